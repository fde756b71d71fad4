"""The outermost ASGI layer: access log, request metrics, security headers, catch-all 500."""
import asyncio
import json
import logging
import os
import time

from starlette.routing import Match

from . import metrics
from .faults import fault

access_log = logging.getLogger("carla.access")
error_log = logging.getLogger("carla.error")
security_log = logging.getLogger("carla.security")

DOC_PATHS = ("/docs", "/redoc", "/docs/oauth2-redirect")
CSP_API = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
CSP_HTML = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
# FastAPI's doc pages load swagger-ui / redoc from jsDelivr and run a small inline script.
CSP_DOCS = ("default-src 'none'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
            "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.googleapis.com; "
            "font-src https://fonts.gstatic.com; img-src 'self' data: https://fastapi.tiangolo.com "
            "https://cdn.redoc.ly; connect-src 'self'; worker-src 'self' blob:; "
            "frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
_STRIP = {b"server", b"x-powered-by"}
QUIET_PATHS = ("/health", "/metrics")
FREEZE_AFTER = 500  # the metrics-freeze fault: requests counted before the metrics stop moving
_seen = [0]


def requests_seen() -> int:
    """HTTP requests this process has served so far (the fault switches that act mid-run read it)."""
    return _seen[0]


def _security_headers(path: str, content_type: bytes):
    if path in DOC_PATHS:
        csp = CSP_DOCS
    elif content_type.startswith(b"text/html"):
        csp = CSP_HTML
    else:
        csp = CSP_API
    headers = [
        (b"x-content-type-options", b"nosniff"),
        (b"x-frame-options", b"DENY"),
        (b"referrer-policy", b"no-referrer"),
        (b"content-security-policy", csp.encode()),
        (b"cache-control", b"no-store"),
        (b"cross-origin-opener-policy", b"same-origin"),
        (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
    ]
    if fault("server-header"):
        headers += [(b"server", b"uvicorn"), (b"x-powered-by", b"FastAPI/0.92")]
    return headers


def _elapsed_since_edge(scope, start: float) -> float:
    """Seconds since nginx took the request (X-Request-Start: t=<epoch seconds>), else since this app did."""
    for key, value in scope.get("headers", []):
        if key == b"x-request-start":
            try:
                edge = float(value.decode().removeprefix("t="))
                return max(time.time() - edge, time.perf_counter() - start)
            except ValueError:
                break
    return time.perf_counter() - start


class EdgeMiddleware:
    def __init__(self, app, router_app=None):
        self.app = app
        self.router_app = router_app  # the FastAPI instance, for route templates

    def _endpoint(self, scope) -> str:
        partial = None
        for route in getattr(self.router_app, "routes", []):
            try:
                match, _ = route.matches(scope)
            except Exception:
                continue
            if match == Match.FULL:
                return getattr(route, "path", "unmatched")
            if match == Match.PARTIAL and partial is None:
                partial = getattr(route, "path", None)
        return partial or "unmatched"

    async def __call__(self, scope, receive, send):
        if scope["type"] == "websocket":
            await self.app(scope, receive, send)
            return
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        start = time.perf_counter()
        path = scope.get("path", "")
        if fault("dies-on-traversal") and ("../" in path or "..%2f" in path.lower()):
            error_log.critical("Fault dies-on-traversal: exiting on %s", path)
            os._exit(3)
        slower = 0.0
        if path == "/api/reports" and scope.get("method") == "GET":
            slower = 0.6 if fault("reports-slower-60") else 0.3 if fault("reports-slower-30") else 0.0
        state = {"status": 500, "started": False}

        async def send_wrapper(message):
            if message["type"] == "http.response.start" and slower:
                # The 'reports-slower-30' / '-60' faults: the answer waits 30 % / 60 % of the time it took so far,
                # counted from when the edge (nginx) took the request when it says so, as the client sees it.
                await asyncio.sleep(slower * _elapsed_since_edge(scope, start))
            if message["type"] == "http.response.start":
                state["status"] = message["status"]
                state["started"] = True
                raw = [(k, v) for k, v in message.get("headers", []) if k.lower() not in _STRIP]
                content_type = next((v for k, v in raw if k.lower() == b"content-type"), b"")
                present = {k.lower() for k, _ in raw}
                raw += [(k, v) for k, v in _security_headers(path, content_type) if k not in present]
                message = dict(message, headers=raw)
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        except Exception:
            error_log.exception("Unhandled error", extra={"method": scope.get("method"), "path": path})
            if not state["started"]:
                body = json.dumps({"detail": "Internal server error"}).encode()
                await send_wrapper({"type": "http.response.start", "status": 500,
                                    "headers": [(b"content-type", b"application/json"),
                                                (b"content-length", str(len(body)).encode())]})
                await send({"type": "http.response.body", "body": body})
            state["status"] = 500
        finally:
            duration = time.perf_counter() - start
            endpoint = self._endpoint(scope)
            method = scope.get("method", "GET")
            _seen[0] += 1
            if not (fault("metrics-freeze") and _seen[0] > FREEZE_AFTER):
                metrics.API_REQUESTS.labels(endpoint=endpoint, method=method).inc()
                if not (fault("histogram-skips-errors") and state["status"] >= 400):
                    metrics.API_DURATION.labels(endpoint=endpoint).observe(duration)
                metrics.API_RESPONSES.labels(endpoint=endpoint, method=method, status=str(state["status"])).inc()
            client = scope.get("client") or ("", 0)
            event = metrics.security_event(endpoint, state["status"])
            if event and metrics.TRACK_SECURITY_EVENTS:
                metrics.SECURITY_EVENTS.labels(event=event).inc()
                security_log.warning("Security event %s: %s %s %s", event, method, path, state["status"],
                                     extra={"event": event, "method": method, "path": path, "endpoint": endpoint,
                                            "status": state["status"], "client": client[0]})
            # Probes (healthcheck every few seconds, Prometheus scrapes) only at DEBUG when they succeed.
            quiet = path in QUIET_PATHS and state["status"] < 400
            access_log.log(
                logging.DEBUG if quiet else logging.INFO, "%s %s %s", method, path, state["status"],
                extra={"method": method, "path": path, "endpoint": endpoint, "status": state["status"],
                       "duration_ms": round(duration * 1000, 2), "client": client[0]})
