"""Prometheus metrics with the upstream names (carla_*), plus the default process/python collectors.

Beyond upstream's set: responses by status code (the seed's "error rates", which upstream's counter
without a status cannot give) and security events (seed "Security event tracking")."""
from prometheus_client import Counter, Gauge, Histogram, Info

from .faults import fault
from .settings import settings

SIMULATION_STARTS = Counter("carla_simulation_starts", "Simulation runs started")
SIMULATION_STOPS = Counter("carla_simulation_stops", "Simulation runs stopped on request")
SIMULATION_SKIPS = Counter("carla_simulation_skips", "Scenarios skipped on request")
API_REQUESTS = Counter("carla_api_requests", "API requests", ["endpoint", "method"])
API_DURATION = Histogram("carla_api_request_duration_seconds", "API request duration", ["endpoint"])
SIMULATION_STATUS = Gauge("carla_simulation_status", "Simulation status (0 stopped, 1 running, 2 paused)")
ACTIVE_WEBSOCKETS = Gauge("carla_active_websocket_connections", "Open WebSocket connections")
SCENARIO_PROGRESS = Gauge("carla_scenario_progress", "Progress of the current run in percent")
APP_INFO = Info("carla_app", "Application build information")
APP_INFO.info({"version": "dev" if fault("metrics-version") else settings.version, "build_time": settings.build_time,
               "docker_image_tag": settings.docker_image_tag})
API_RESPONSES = Counter("carla_api_responses", "API responses by status code", ["endpoint", "method", "status"])
SECURITY_EVENTS = Counter("carla_security_events",
                          "Security events: failed or throttled logins, rejected tokens, denied requests", ["event"])
SECURITY_EVENT_NAMES = ("login_failed", "login_throttled", "token_rejected", "access_denied")
TRACK_SECURITY_EVENTS = not fault("no-security-events")
if TRACK_SECURITY_EVENTS:
    for _event in SECURITY_EVENT_NAMES:
        SECURITY_EVENTS.labels(event=_event)  # every series exists from the start, at 0


def security_event(endpoint: str, status: int):
    """The security event a response is, or None: 401/429 of the login route are failed/throttled
    logins; any other 401 a rejected token; 403 a denied request."""
    if endpoint == "/api/auth/login" and status in (401, 429):
        return "login_failed" if status == 401 else "login_throttled"
    if status == 401:
        return "token_rejected"
    if status == 403:
        return "access_denied"
    return None
