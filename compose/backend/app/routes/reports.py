"""/api/reports: the caller's tenant's simulation reports."""
import traceback

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse

from .. import db
from ..auth import tenant_scope
from ..faults import fault
from ..models import BEARER_ERRORS, MessageOut, ReportsOut, errors
from ..settings import settings

router = APIRouter(prefix="/api/reports", tags=["reports"])
NOT_FOUND = "Report not found"


def _debug_error_page() -> PlainTextResponse:
    """The 'server-error' fault: a DEBUG-style 500 that leaks a traceback."""
    try:
        raise RuntimeError("simulated failure while listing reports")
    except RuntimeError:
        return PlainTextResponse("Internal Server Error\n\n" + traceback.format_exc(), status_code=500)


@router.get("", response_model=ReportsOut, responses={**BEARER_ERRORS, **errors(500)},
            summary="The tenant's reports, newest first")
def list_reports(tenant_id: int = Depends(tenant_scope)):
    if fault("server-error"):
        return _debug_error_page()
    with db.cursor() as cur:
        if fault("list-leak"):
            cur.execute("SELECT id, name, session_id, status, created_at FROM simulation_reports ORDER BY created_at DESC, id DESC")
        else:
            cur.execute("SELECT id, name, session_id, status, created_at FROM simulation_reports "
                        "WHERE tenant_id = %s ORDER BY created_at DESC, id DESC", (tenant_id,))
        rows = cur.fetchall()
    return {"reports": rows, "total": len(rows)}


@router.get("/{report_id}", response_class=HTMLResponse, summary="One report (HTML)",
            responses={200: {"content": {"text/html": {"schema": {"type": "string"}}},
                             "description": "The report page"},
                       **errors(401, 403, 404, json_content=True)})
def get_report(report_id: int, tenant_id: int = Depends(tenant_scope)):
    with db.cursor() as cur:
        cur.execute("SELECT html FROM simulation_reports WHERE id = %s AND tenant_id = %s", (report_id, tenant_id))
        row = cur.fetchone()
    if row is None:
        if fault("dsn-in-error"):
            return JSONResponse(status_code=404, content={"detail": NOT_FOUND, "database_url": settings.database_url})
        raise HTTPException(status_code=404, detail=NOT_FOUND)
    return HTMLResponse(row["html"])


@router.delete("/{report_id}", response_model=MessageOut, responses={**BEARER_ERRORS, **errors(404)},
               summary="Delete one report")
def delete_report(report_id: int, tenant_id: int = Depends(tenant_scope)):
    with db.cursor() as cur:
        cur.execute("DELETE FROM simulation_reports WHERE id = %s AND tenant_id = %s", (report_id, tenant_id))
        if cur.rowcount == 0 and not fault("missing-id-ok"):
            raise HTTPException(status_code=404, detail=NOT_FOUND)
    return {"message": "Report deleted"}
