"""WebSockets /ws/simulation-view and /ws/control (query parameters tenant_id and token).

A missing or invalid token, or a tenant_id other than the token's, closes the socket with 1008
(policy violation). Otherwise the socket receives the tenant's run status as JSON periodically;
/ws/control also answers {"action": "status"|"stop"|"skip"} messages.
"""
import asyncio
import json
import logging
from typing import Optional

from fastapi import APIRouter, HTTPException, WebSocket, WebSocketDisconnect
from starlette.concurrency import run_in_threadpool

from .. import metrics, simulation
from ..auth import principal_from_token
from ..faults import fault
from ..settings import settings

router = APIRouter()
log = logging.getLogger("carla.ws")
POLICY_VIOLATION = 1008


async def _authorise(websocket: WebSocket) -> Optional[int]:
    """The tenant the socket may watch, or None (policy violation)."""
    raw_tenant = websocket.query_params.get("tenant_id")
    token = websocket.query_params.get("token")
    try:
        requested = int(raw_tenant) if raw_tenant not in (None, "") else None
    except ValueError:
        requested = None
        if not fault("ws-no-auth"):
            return None
    if fault("ws-no-auth"):
        return requested if requested is not None else 0
    if not token:
        return None
    try:
        principal = await run_in_threadpool(principal_from_token, token)
    except HTTPException:
        return None
    if requested is not None and requested != principal.tenant_id:
        return None
    return principal.tenant_id


def _payload(tenant_id: int, kind: str) -> str:
    status = simulation.status(tenant_id)
    status["timestamp"] = status["timestamp"].isoformat()
    return json.dumps({"type": kind, "tenant_id": tenant_id, "status": status})


async def _serve(websocket: WebSocket, kind: str, control: bool) -> None:
    tenant_id = await _authorise(websocket)
    await websocket.accept()
    if tenant_id is None:
        log.warning("WebSocket refused (policy violation)", extra={"path": websocket.url.path})
        await websocket.close(code=POLICY_VIOLATION, reason="Policy violation")
        return
    metrics.ACTIVE_WEBSOCKETS.inc()
    log.info("WebSocket opened", extra={"path": websocket.url.path, "tenant_id": tenant_id})

    async def sender():
        try:
            while True:
                await websocket.send_text(_payload(tenant_id, kind))
                await asyncio.sleep(settings.ws_interval_seconds)
        except Exception:  # socket gone: the receive loop ends the connection
            pass

    send_task = asyncio.create_task(sender())
    try:
        while True:
            message = await websocket.receive_text()
            if not control:
                continue
            try:
                action = json.loads(message).get("action")
            except (ValueError, AttributeError):
                action = None
            if action == "stop":
                simulation.stop(tenant_id)
            elif action == "skip":
                simulation.skip(tenant_id)
            elif action not in ("status", "ping"):
                await websocket.send_text(json.dumps({"type": "error", "detail": "Unknown action"}))
                continue
            await websocket.send_text(_payload(tenant_id, kind))
    except (WebSocketDisconnect, RuntimeError):
        pass
    finally:
        send_task.cancel()
        metrics.ACTIVE_WEBSOCKETS.dec()
        log.info("WebSocket closed", extra={"path": websocket.url.path, "tenant_id": tenant_id})


@router.websocket("/ws/simulation-view")
async def simulation_view(websocket: WebSocket):
    await _serve(websocket, "simulation_status", control=False)


@router.websocket("/ws/control")
async def control(websocket: WebSocket):
    await _serve(websocket, "control_status", control=True)
