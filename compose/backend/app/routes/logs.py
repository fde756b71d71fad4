"""/api/logs: the caller's tenant's log files (stored as app_logs rows, one file = one file_name)."""
import re

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import PlainTextResponse

from .. import db
from ..auth import tenant_scope
from ..faults import fault
from ..models import BEARER_ERRORS, LogsOut, MessageOut, errors

router = APIRouter(prefix="/api/logs", tags=["logs"])
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$")


def _checked(name: str) -> str:
    if not NAME_RE.fullmatch(name) or ".." in name:
        raise HTTPException(status_code=400, detail="Invalid log file name")
    return name


@router.get("", response_model=LogsOut, responses=BEARER_ERRORS, summary="The tenant's log files")
def list_logs(tenant_id: int = Depends(tenant_scope)):
    with db.cursor() as cur:
        cur.execute(
            "SELECT file_name AS name, count(*) AS lines, "
            "sum(octet_length(message) + 1) AS size, min(created_at) AS created_at, max(created_at) AS updated_at "
            "FROM app_logs WHERE tenant_id = %s GROUP BY file_name ORDER BY max(created_at) DESC, file_name",
            (tenant_id,))
        rows = cur.fetchall()
    return {"logs": [r["name"] for r in rows], "files": rows}


@router.get("/{name}", response_class=PlainTextResponse, summary="One log file (text)",
            responses={200: {"content": {"text/plain": {"schema": {"type": "string"}}},
                             "description": "The log file"},
                       **errors(400, 401, 403, 404, json_content=True)})
def get_log(name: str, tenant_id: int = Depends(tenant_scope)):
    name = _checked(name)
    with db.cursor() as cur:
        cur.execute("SELECT created_at, level, message FROM app_logs WHERE tenant_id = %s AND file_name = %s "
                    "ORDER BY id", (tenant_id, name))
        rows = cur.fetchall()
    if not rows:
        if fault("missing-id-ok"):
            raise RuntimeError("log file lookup failed")  # unhandled: the edge answers 500
        raise HTTPException(status_code=404, detail="Log file not found")
    return PlainTextResponse("".join(f"{r['created_at'].isoformat()} {r['level']} {r['message']}\n" for r in rows))


@router.delete("/{name}", response_model=MessageOut, responses={**BEARER_ERRORS, **errors(400, 404)},
               summary="Delete one log file")
def delete_log(name: str, tenant_id: int = Depends(tenant_scope)):
    name = _checked(name)
    with db.cursor() as cur:
        cur.execute("DELETE FROM app_logs WHERE tenant_id = %s AND file_name = %s", (tenant_id, name))
        if cur.rowcount == 0:
            raise HTTPException(status_code=404, detail="Log file not found")
    return {"message": "Log file deleted"}
