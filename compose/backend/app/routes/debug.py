"""The 'undeclared-route' fault: a route no policy lists, open to anyone. Mounted only with that fault."""
from fastapi import APIRouter

from ..settings import settings

router = APIRouter(tags=["debug"])


@router.get("/api/debug/settings", summary="Runtime settings (debug)")
def debug_settings():
    return {"environment": settings.environment, "version": settings.version, "log_level": settings.log_level}
