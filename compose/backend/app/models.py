"""Request and response models. They drive /openapi.json, which the gate validates every answer against,
so each model must describe exactly what the routes return (nullable fields are marked nullable)."""
from datetime import datetime
from typing import Any, Dict, List, Optional

from pydantic import BaseModel, Field


class Model(BaseModel):
    class Config:
        @staticmethod
        def schema_extra(schema: Dict[str, Any], model) -> None:
            # pydantic 1 leaves Optional[...] out of OpenAPI 3.0's "nullable": add it.
            props = schema.get("properties", {})
            for field in model.__fields__.values():
                prop = props.get(field.alias)
                if field.allow_none and prop is not None and "$ref" not in prop:
                    prop["nullable"] = True


# --- errors -------------------------------------------------------------------------------------
class ErrorDetail(Model):
    detail: str = Field(..., example="Not authenticated")


ERROR_REF = {"$ref": "#/components/schemas/ErrorDetail"}


def errors(*codes: int, json_content: bool = False) -> Dict[int, Dict[str, Any]]:
    """Declared error answers ({"detail": str}). json_content=True for routes whose 200 is not JSON
    (FastAPI would otherwise declare the error body with the route's own media type)."""
    texts = {
        400: "Invalid request",
        401: "Invalid, expired or revoked token (WWW-Authenticate: Bearer)",
        403: "Not authenticated, not an admin, or another tenant named",
        404: "Not found",
        409: "Conflict",
        429: "Too many failed login attempts (Retry-After)",
        500: "Internal server error",
        503: "Unhealthy",
    }
    if json_content:
        return {code: {"description": texts.get(code, "Error"),
                       "content": {"application/json": {"schema": ERROR_REF}}} for code in codes}
    return {code: {"model": ErrorDetail, "description": texts.get(code, "Error")} for code in codes}


BEARER_ERRORS = errors(401, 403)


# --- public ---------------------------------------------------------------------------------------
class HealthOut(Model):
    status: str = Field(..., example="healthy")
    timestamp: datetime


class RootOut(Model):
    status: str = Field(..., example="ok")
    service: str = Field(..., example="carla-backend")
    timestamp: datetime


class VersionOut(Model):
    version: str = Field(..., example="staging")
    build_time: str
    environment: str
    docker_image_tag: str


class ScenariosOut(Model):
    scenarios: List[str]


# --- auth -----------------------------------------------------------------------------------------
class RegisterIn(Model):
    username: str
    email: str
    password: str
    first_name: Optional[str] = Field(None, max_length=100)
    last_name: Optional[str] = Field(None, max_length=100)


class LoginIn(Model):
    username: str
    password: str


class CheckUsernameIn(Model):
    username: str


class CheckUsernameOut(Model):
    exists: bool


class ChangePasswordIn(Model):
    current_password: str
    new_password: str


class ResetPasswordIn(Model):
    username: str
    new_password: str


class UserOut(Model):
    id: int
    username: str
    email: str
    first_name: Optional[str]
    last_name: Optional[str]
    is_admin: bool
    tenant_id: int


class UserDetailOut(UserOut):
    is_active: bool
    created_at: datetime
    last_login: Optional[datetime]


class RegisterOut(Model):
    message: str
    user: UserDetailOut


class LoginOut(Model):
    access_token: str
    token_type: str = Field(..., example="bearer")
    expires_in: int = Field(..., description="seconds")
    user: UserOut


class MessageOut(Model):
    message: str


class UsersOut(Model):
    users: List[UserDetailOut]
    total: int


# --- config ---------------------------------------------------------------------------------------
class ConfigIn(Model):
    app_config: Optional[Dict[str, Any]] = None
    sim_config: Optional[Dict[str, Any]] = None


class ConfigOut(Model):
    tenant_id: int
    app_config: Dict[str, Any]
    sim_config: Dict[str, Any]
    version: int
    updated_at: datetime


class ConfigSavedOut(ConfigOut):
    message: str


class SeedConfigOut(Model):
    message: str
    tenants_seeded: int


# --- simulation -----------------------------------------------------------------------------------
class SimulationStartIn(Model):
    scenarios: List[str] = Field(..., min_items=1, example=["all"])
    debug: bool = False
    report: bool = True


class SimulationActionOut(Model):
    success: bool
    message: str
    session_id: Optional[str]


class SimulationStatusOut(Model):
    is_running: bool
    is_starting: bool
    is_stopping: bool
    current_scenario: Optional[str]
    scenario_index: int
    total_scenarios: int
    session_id: Optional[str]
    progress: float = Field(..., description="percent of the run's scenarios done")
    last_result: Optional[str]
    timestamp: datetime


class RunnerOut(Model):
    tenant_id: int
    session_id: Optional[str]
    is_running: bool
    current_scenario: Optional[str]
    scenario_index: int
    total_scenarios: int


class RunnersOut(Model):
    runners: List[RunnerOut]
    total: int


class PoolStatusOut(Model):
    enabled: bool
    total: int
    available: int
    in_use: int
    servers: List[Dict[str, Any]]
    message: str


# --- reports and logs -----------------------------------------------------------------------------
class ReportSummary(Model):
    id: int
    name: str
    session_id: Optional[str]
    status: str
    created_at: datetime


class ReportsOut(Model):
    reports: List[ReportSummary]
    total: int


class LogFile(Model):
    name: str
    lines: int
    size: int
    created_at: datetime
    updated_at: datetime


class LogsOut(Model):
    logs: List[str]
    files: List[LogFile]
