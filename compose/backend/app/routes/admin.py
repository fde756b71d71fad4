"""Admin-only routes besides /api/auth/users."""
from fastapi import APIRouter, Depends

from .. import simulation, tenants
from ..auth import Principal, admin_principal
from ..models import BEARER_ERRORS, PoolStatusOut, RunnersOut, SeedConfigOut

router = APIRouter(tags=["admin"])


@router.post("/api/admin/seed-default-config", response_model=SeedConfigOut, responses=BEARER_ERRORS,
             summary="Give every tenant without one the default configuration")
def seed_default_config(principal: Principal = Depends(admin_principal)):
    count = tenants.seed_missing_configs()
    return {"message": "Default configuration seeded", "tenants_seeded": count}


@router.get("/api/carla/pool/status", response_model=PoolStatusOut, responses=BEARER_ERRORS,
            summary="CARLA server pool (none in staging)")
async def pool_status(principal: Principal = Depends(admin_principal)):
    return {"enabled": False, "total": 0, "available": 0, "in_use": 0, "servers": [],
            "message": "No CARLA server pool in staging: runs are simulated"}


@router.get("/api/runners", response_model=RunnersOut, responses=BEARER_ERRORS,
            summary="Simulation runners of all tenants")
async def runners(principal: Principal = Depends(admin_principal)):
    items = [{"tenant_id": r.tenant_id, "session_id": r.session_id, "is_running": r.is_running,
              "current_scenario": r.current, "scenario_index": r.index, "total_scenarios": len(r.scenarios)}
             for r in simulation.runners()]
    return {"runners": items, "total": len(items)}
