"""PostgreSQL access: a small thread-safe pool; every connection uses search_path carla_simulator."""
import contextlib
import logging
import threading
import time

import psycopg2
import psycopg2.extras
import psycopg2.pool

from .settings import settings

log = logging.getLogger("carla.db")
SCHEMA = "carla_simulator"
POOL_SIZE = 10

_pool = None
_slots = threading.BoundedSemaphore(POOL_SIZE)
_lock = threading.Lock()


def _connect_kwargs():
    return {
        "dsn": settings.database_url,
        "options": f"-c search_path={SCHEMA},public -c statement_timeout=15000",
        "connect_timeout": 5,
        "application_name": "carla-backend",
    }


def init(wait_seconds: float = 60.0) -> None:
    """Create the pool, waiting for the database, and check the schema exists."""
    global _pool
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            pool = psycopg2.pool.ThreadedConnectionPool(1, POOL_SIZE, **_connect_kwargs())
            break
        except psycopg2.OperationalError as exc:
            if time.monotonic() > deadline:
                raise RuntimeError("database not reachable") from exc
            log.info("Waiting for the database: %s", str(exc).strip().splitlines()[0] if str(exc) else exc)
            time.sleep(1)
    with _lock:
        _pool = pool
    with cursor() as cur:
        cur.execute("SELECT to_regclass(%s) AS t", (f"{SCHEMA}.users",))
        if cur.fetchone()["t"] is None:
            raise RuntimeError(f"schema {SCHEMA} is missing: was database/init/01-schema.sql run?")


def close() -> None:
    global _pool
    with _lock:
        if _pool is not None:
            _pool.closeall()
            _pool = None


@contextlib.contextmanager
def cursor():
    """One transaction: commit on success, roll back on error. Rows are dicts."""
    if _pool is None:
        raise RuntimeError("database pool not initialised")
    with _slots:
        conn = _pool.getconn()
        broken = False
        try:
            if conn.closed:
                raise psycopg2.InterfaceError("connection closed")
            with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
                yield cur
            conn.commit()
        except (psycopg2.OperationalError, psycopg2.InterfaceError):
            broken = True
            raise
        except BaseException:
            if not conn.closed:
                conn.rollback()
            raise
        finally:
            _pool.putconn(conn, close=broken or bool(conn.closed))


def ping() -> bool:
    try:
        with cursor() as cur:
            cur.execute("SELECT 1 AS ok")
            return cur.fetchone()["ok"] == 1
    except Exception:
        return False
