"""The FastAPI application: routers, CORS, the edge middleware, exception handlers, start-up."""
import logging
import traceback

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.middleware.cors import CORSMiddleware

from . import db, simulation, tenants
from .faults import fault
from .middleware import EdgeMiddleware
from .routes import admin, auth, config, debug, logs, public, reports, simulation as simulation_routes, ws
from .settings import settings

log = logging.getLogger("carla.app")

DESCRIPTION = """Reference backend of the CARLA Driving Simulator Client staging stack.
Runs are simulated (no CARLA server). Every tenant-scoped answer is the caller's token's tenant."""


def create_app() -> FastAPI:
    app = FastAPI(title="CARLA Driving Simulator Client API", version=settings.version,
                  description=DESCRIPTION, debug=False)
    for module in (public, auth, config, simulation_routes, reports, logs, admin, ws):
        app.include_router(module.router)
    if fault("undeclared-route"):
        app.include_router(debug.router)

    if fault("cors-reflect"):
        app.add_middleware(CORSMiddleware, allow_origin_regex=".*", allow_credentials=True,
                           allow_methods=["*"], allow_headers=["*"])
    else:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_credentials=True,
                           allow_methods=["GET", "POST", "PUT", "DELETE", "OPTIONS"],
                           allow_headers=["Authorization", "Content-Type", "X-Requested-With"],
                           max_age=600)
    app.add_middleware(EdgeMiddleware, router_app=app)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        # Exactly the declared HTTPValidationError shape: loc, msg, type (pydantic's ctx left out).
        detail = [{"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
                  for e in exc.errors()]
        if fault("debug-errors"):
            trace = "Traceback (most recent call last):\n" + "".join(traceback.format_stack())
            return JSONResponse(status_code=422, content=jsonable_encoder({"detail": detail, "debug": trace}))
        return JSONResponse(status_code=422, content=jsonable_encoder({"detail": detail}))

    @app.exception_handler(UnicodeEncodeError)
    async def unencodable_text(request: Request, exc: UnicodeEncodeError) -> JSONResponse:
        # JSON may carry lone surrogates (\ud800) that no database encoding accepts: the client's error.
        return JSONResponse(status_code=400, content={"detail": "Request text contains characters that cannot be stored"})

    @app.on_event("startup")
    def startup() -> None:
        db.init()
        tenants.seed_admin()
        log.info("Backend ready", extra={"version": settings.version, "environment": settings.environment})

    @app.on_event("shutdown")
    async def shutdown() -> None:
        await simulation.shutdown()
        db.close()

    return app


app = create_app()
