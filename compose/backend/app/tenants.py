"""Tenants, their default configuration, and the admin seeded at start-up."""
import copy
import logging
import uuid

from psycopg2.extras import Json

from . import db
from .security import hash_password, password_problem, verify_password
from .settings import SCENARIOS, settings

log = logging.getLogger("carla.tenants")

DEFAULT_APP_CONFIG = {
    "server": {"host": "localhost", "port": 2000, "timeout": 10.0, "connection": {"max_retries": 3}},
    "display": {"width": 1280, "height": 720, "fps": 30, "hud_enabled": True},
    "logging": {"level": "INFO", "simulation_file": "simulation.log", "enabled": True},
    "analytics": {"enabled": True},
}
DEFAULT_SIM_CONFIG = {
    "scenarios": list(SCENARIOS),
    "vehicle": {"model": "vehicle.tesla.model3", "max_speed_kmh": 50.0},
    "world": {"map": "Town01", "weather": "ClearNoon", "synchronous_mode": True, "fixed_delta_seconds": 0.05},
    "controller": {"type": "autopilot"},
    "target_distance_m": 500.0,
}


def defaults():
    return copy.deepcopy(DEFAULT_APP_CONFIG), copy.deepcopy(DEFAULT_SIM_CONFIG)


def create_tenant(cur, owner: str) -> int:
    """Create a tenant and its default configuration inside the caller's transaction."""
    slug = f"{owner.lower()}-{uuid.uuid4().hex[:8]}"
    cur.execute("INSERT INTO tenants (name, slug) VALUES (%s, %s) RETURNING id", (f"{owner}'s tenant", slug))
    tenant_id = cur.fetchone()["id"]
    ensure_config(cur, tenant_id)
    return tenant_id


def ensure_config(cur, tenant_id: int) -> bool:
    app_config, sim_config = defaults()
    cur.execute("INSERT INTO tenant_configs (tenant_id, app_config, sim_config) VALUES (%s, %s, %s) "
                "ON CONFLICT (tenant_id) DO NOTHING", (tenant_id, Json(app_config), Json(sim_config)))
    return cur.rowcount > 0


def seed_admin() -> None:
    """Create (or repair) the admin from ADMIN_USERNAME / ADMIN_PASSWORD. Idempotent."""
    username, password = settings.admin_username, settings.admin_password
    if not username or not password:
        log.warning("ADMIN_USERNAME/ADMIN_PASSWORD not set: no admin seeded")
        return
    if password_problem(password):
        log.warning("The seeded admin's password does not meet the password policy")
    email = settings.admin_email or f"{username.lower()}@carla-staging.local"
    with db.cursor() as cur:
        cur.execute("SELECT pg_advisory_xact_lock(4242)")
        cur.execute("SELECT id, password_hash, is_admin, is_active FROM users WHERE lower(username) = lower(%s)",
                    (username,))
        user = cur.fetchone()
        if user is None:
            tenant_id = create_tenant(cur, username)
            cur.execute("INSERT INTO users (username, email, password_hash, first_name, last_name, is_admin, tenant_id) "
                        "VALUES (%s, %s, %s, 'Staging', 'Admin', TRUE, %s)",
                        (username, email, hash_password(password), tenant_id))
            log.info("Admin user seeded", extra={"user": username, "tenant_id": tenant_id})
            return
        if not verify_password(password, user["password_hash"]):
            cur.execute("UPDATE users SET password_hash = %s, updated_at = now() WHERE id = %s",
                        (hash_password(password), user["id"]))
            log.info("Admin password updated from ADMIN_PASSWORD", extra={"user": username})
        if not user["is_admin"] or not user["is_active"]:
            cur.execute("UPDATE users SET is_admin = TRUE, is_active = TRUE WHERE id = %s", (user["id"],))
        log.info("Admin user present", extra={"user": username})


def seed_missing_configs() -> int:
    with db.cursor() as cur:
        cur.execute("SELECT id FROM tenants ORDER BY id")
        return sum(1 for row in cur.fetchall() if ensure_config(cur, row["id"]))
