"""Public routes: health, root, version, scenarios, metrics."""
import asyncio
from datetime import datetime, timezone

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from .. import middleware
from ..faults import fault
from ..models import HealthOut, RootOut, ScenariosOut, VersionOut, errors
from ..settings import SCENARIOS, settings

router = APIRouter()
FLAP_AFTER = 1000  # the metrics-flap fault: once this many requests were served (mid-run, under load) ...
_FLAPPED = [0]     # ... Prometheus' next two scrapes fail


def _now() -> datetime:
    return datetime.now(timezone.utc)


@router.get("/health", response_model=HealthOut, tags=["public"], summary="Liveness",
            responses={503: {"model": HealthOut, "description": "Unhealthy"}})
async def health():
    if fault("unhealthy"):
        return JSONResponse(status_code=503, content={"status": "unhealthy", "timestamp": _now().isoformat()})
    if fault("health-component-down"):
        return JSONResponse(status_code=200, content={"status": "healthy", "timestamp": _now().isoformat(),
                                                      "checks": {"database": "down", "simulation": "ok"}})
    return {"status": "healthy", "timestamp": _now()}


@router.get("/", response_model=RootOut, tags=["public"], summary="Service root")
async def root():
    return {"status": "ok", "service": "carla-backend", "timestamp": _now()}


@router.get("/api/version", response_model=VersionOut, tags=["public"], summary="Build version")
async def version():
    if fault("slow-api"):
        await asyncio.sleep(1.5)
    return {"version": settings.version, "build_time": settings.build_time,
            "environment": settings.environment, "docker_image_tag": settings.docker_image_tag}


@router.get("/api/scenarios", response_model=ScenariosOut, tags=["public"], summary="Available scenarios")
async def scenarios():
    if fault("slow-api"):
        await asyncio.sleep(1.5)
    if fault("wrong-scenarios"):
        return {"scenarios": [s for s in SCENARIOS if s != "vehicle_cutting"] + ["test_scenario"]}
    return {"scenarios": list(SCENARIOS)}


@router.get("/metrics", tags=["public"], summary="Prometheus metrics",
            response_class=Response, responses={
                200: {"content": {"text/plain": {"schema": {"type": "string"}}},
                      "description": "Prometheus text exposition format 0.0.4"},
                **errors(404, json_content=True)})
async def prometheus_metrics(request: Request):
    if fault("no-metrics"):
        return JSONResponse(status_code=404, content={"detail": "Not Found"})
    if (fault("metrics-flap") and request.headers.get("user-agent", "").startswith("Prometheus/")
            and middleware.requests_seen() > FLAP_AFTER and _FLAPPED[0] < 2):
        _FLAPPED[0] += 1
        return JSONResponse(status_code=503, content={"detail": "metrics temporarily unavailable"})
    # The header is set by hand: media_type= would append a second charset parameter.
    return Response(content=generate_latest(), headers={"Content-Type": CONTENT_TYPE_LATEST})
