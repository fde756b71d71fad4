"""/api/simulation/*: simulated runs of the caller's tenant."""
from fastapi import APIRouter, Depends, HTTPException

from .. import simulation
from ..auth import Principal, current_principal
from ..models import BEARER_ERRORS, SimulationActionOut, SimulationStartIn, SimulationStatusOut, errors

router = APIRouter(prefix="/api/simulation", tags=["simulation"])


@router.get("/status", response_model=SimulationStatusOut, responses=BEARER_ERRORS, summary="Run status")
async def status(principal: Principal = Depends(current_principal)):
    return simulation.status(principal.tenant_id)


@router.post("/start", response_model=SimulationActionOut, responses={**BEARER_ERRORS, **errors(400)},
             summary="Start a simulated run")
async def start(body: SimulationStartIn, principal: Principal = Depends(current_principal)):
    try:
        run = simulation.start(principal.tenant_id, principal.username, body.scenarios, body.debug, body.report)
    except simulation.SimulationError as exc:
        raise HTTPException(status_code=400, detail=str(exc))
    return {"success": True, "message": f"Simulation started: {', '.join(run.scenarios)}",
            "session_id": run.session_id}


@router.post("/stop", response_model=SimulationActionOut, responses=BEARER_ERRORS, summary="Stop the run")
async def stop(principal: Principal = Depends(current_principal)):
    run = simulation.stop(principal.tenant_id)
    if run is None:
        return {"success": False, "message": "No simulation is running", "session_id": None}
    return {"success": True, "message": "Simulation stopping", "session_id": run.session_id}


@router.post("/skip", response_model=SimulationActionOut, responses=BEARER_ERRORS,
             summary="Skip the current scenario")
async def skip(principal: Principal = Depends(current_principal)):
    run = simulation.skip(principal.tenant_id)
    if run is None:
        return {"success": False, "message": "No simulation is running", "session_id": None}
    return {"success": True, "message": "Skipping the current scenario", "session_id": run.session_id}
