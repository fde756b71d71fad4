"""Settings read from the environment once at start-up."""
import os
import secrets
from dataclasses import dataclass, field
from typing import List, Optional

from .faults import fault

DEFAULT_JWT_SECRET = "dev-insecure-change-me"
WELL_KNOWN_SECRETS = frozenset({
    DEFAULT_JWT_SECRET, "secret", "changeme", "change-me", "change_me", "changeit",
    "your-secret-key", "your_secret_key", "your-secret-key-here", "supersecret", "super-secret",
    "jwt-secret", "jwt_secret", "jwtsecret", "secret-key", "secret_key", "secretkey",
    "password", "default", "test", "development", "dev", "staging", "carla",
})
SCENARIOS = ["follow_route", "avoid_obstacle", "emergency_brake", "vehicle_cutting"]


def _read_file(path: str) -> Optional[str]:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read().strip() or None
    except OSError:
        return None


def _int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default


def _float(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name, default))
    except ValueError:
        return default


@dataclass
class Settings:
    version: str
    build_time: str
    docker_image_tag: str
    environment: str
    database_url: str
    jwt_secret: str
    jwt_secret_problem: Optional[str]
    jwt_expire_minutes: int
    admin_username: Optional[str]
    admin_password: Optional[str]
    admin_email: str
    login_max_failures: int
    login_window_seconds: int
    cors_origins: List[str] = field(default_factory=list)
    loki_url: Optional[str] = None
    log_level: str = "INFO"
    scenario_seconds: float = 0.4
    ws_interval_seconds: float = 1.0
    bcrypt_rounds: int = 10
    debug: bool = False

    @property
    def strict(self) -> bool:
        return self.environment.lower() in ("staging", "production", "prod")


def _jwt_secret(environment: str):
    """Return (secret, problem). problem is a message when the secret must not be used."""
    if fault("default-jwt-secret"):
        return DEFAULT_JWT_SECRET, None
    # The real application's name for it (upstream reads JWT_SECRET_KEY).
    secret = os.environ.get("JWT_SECRET_KEY") or ""
    problem = None
    if not secret:
        problem = "JWT_SECRET_KEY is not set"
    elif secret.strip().lower() in WELL_KNOWN_SECRETS:
        problem = "JWT_SECRET_KEY is a well-known default value"
    elif len(secret) < 32:
        problem = "JWT_SECRET_KEY is shorter than 32 characters"
    if problem and environment.lower() not in ("staging", "production", "prod"):
        # Development only: a random per-process secret (tokens die with the process).
        return secrets.token_hex(32), problem
    return secret, problem


def load() -> Settings:
    environment = os.environ.get("ENVIRONMENT", "development")
    version = os.environ.get("VERSION") or _read_file("/app/VERSION") or "staging"
    build_time = os.environ.get("BUILD_TIME") or _read_file("/app/BUILD_TIME") or "unknown"
    secret, problem = _jwt_secret(environment)
    origins = os.environ.get("CORS_ALLOW_ORIGINS", "http://localhost:3001,http://127.0.0.1:3001")
    return Settings(
        version=version,
        build_time=build_time,
        docker_image_tag=os.environ.get("DOCKER_IMAGE_TAG") or version,
        environment=environment,
        database_url=os.environ.get(
            "DATABASE_URL", "postgresql://postgres:postgres@localhost:5432/carla_simulator_staging"),
        jwt_secret=secret,
        jwt_secret_problem=problem,
        # Upstream's setting and default: JWT_EXPIRATION_HOURS=24.
        jwt_expire_minutes=max(1, int(_float("JWT_EXPIRATION_HOURS", 24) * 60)),
        admin_username=os.environ.get("ADMIN_USERNAME") or None,
        admin_password=os.environ.get("ADMIN_PASSWORD") or None,
        admin_email=os.environ.get("ADMIN_EMAIL", ""),
        login_max_failures=max(1, _int("LOGIN_MAX_FAILURES", 5)),
        login_window_seconds=max(1, _int("LOGIN_WINDOW_SECONDS", 300)),
        cors_origins=[o.strip().rstrip("/") for o in origins.split(",") if o.strip() and o.strip() != "*"],
        loki_url=(os.environ.get("LOKI_URL") or "").rstrip("/") or None,
        log_level=os.environ.get("LOG_LEVEL", "INFO").upper(),
        scenario_seconds=max(0.05, _float("SIM_SCENARIO_SECONDS", 0.4)),
        ws_interval_seconds=max(0.1, _float("WS_INTERVAL_SECONDS", 1.0)),
        # bcrypt cost 10: OWASP's minimum for bcrypt (and Spring Security's default). Each step doubles a
        # log-in's CPU time; at 12 a sign-in alone took ~0.3 s of a core here, and the seed's API limit
        # (< 1 s) is judged on /api/auth/login under the load levels like on any other endpoint.
        bcrypt_rounds=min(15, max(4, _int("BCRYPT_ROUNDS", 10))),
        debug=os.environ.get("DEBUG", "false").lower() in ("1", "true", "yes"),
    )


settings = load()
