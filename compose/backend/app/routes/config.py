"""/api/config: the caller's tenant configuration {app_config, sim_config}."""
from fastapi import APIRouter, Depends, HTTPException
from psycopg2.extras import Json

from .. import db, tenants
from ..auth import tenant_scope
from ..models import BEARER_ERRORS, ConfigIn, ConfigOut, ConfigSavedOut, errors

router = APIRouter(prefix="/api/config", tags=["config"])
COLUMNS = "tenant_id, app_config, sim_config, version, updated_at"


def _load(cur, tenant_id: int) -> dict:
    cur.execute(f"SELECT {COLUMNS} FROM tenant_configs WHERE tenant_id = %s", (tenant_id,))
    row = cur.fetchone()
    if row is None:
        cur.execute("SELECT 1 FROM tenants WHERE id = %s", (tenant_id,))
        if cur.fetchone() is None:
            raise HTTPException(status_code=404, detail="Tenant not found")
        tenants.ensure_config(cur, tenant_id)
        cur.execute(f"SELECT {COLUMNS} FROM tenant_configs WHERE tenant_id = %s", (tenant_id,))
        row = cur.fetchone()
    return row


@router.get("", response_model=ConfigOut, responses={**BEARER_ERRORS, **errors(404)},
            summary="The tenant's configuration")
def get_config(tenant_id: int = Depends(tenant_scope)):
    with db.cursor() as cur:
        return _load(cur, tenant_id)


@router.post("", response_model=ConfigSavedOut, responses={**BEARER_ERRORS, **errors(400, 404)},
             summary="Update the tenant's configuration (sections given replace the stored ones)")
def update_config(body: ConfigIn, tenant_id: int = Depends(tenant_scope)):
    if body.app_config is None and body.sim_config is None:
        raise HTTPException(status_code=400, detail="Nothing to update: give app_config and/or sim_config")
    with db.cursor() as cur:
        current = _load(cur, tenant_id)
        cur.execute(
            f"UPDATE tenant_configs SET app_config = %s, sim_config = %s, version = version + 1, "
            f"updated_at = now() WHERE tenant_id = %s RETURNING {COLUMNS}",
            (Json(body.app_config if body.app_config is not None else current["app_config"]),
             Json(body.sim_config if body.sim_config is not None else current["sim_config"]), tenant_id))
        return dict(cur.fetchone(), message="Configuration saved")


@router.post("/reset", response_model=ConfigSavedOut, responses={**BEARER_ERRORS, **errors(404)},
             summary="Reset the tenant's configuration to the defaults")
def reset_config(tenant_id: int = Depends(tenant_scope)):
    app_config, sim_config = tenants.defaults()
    with db.cursor() as cur:
        _load(cur, tenant_id)
        cur.execute(
            f"UPDATE tenant_configs SET app_config = %s, sim_config = %s, version = version + 1, "
            f"updated_at = now() WHERE tenant_id = %s RETURNING {COLUMNS}",
            (Json(app_config), Json(sim_config), tenant_id))
        return dict(cur.fetchone(), message="Configuration reset to defaults")
