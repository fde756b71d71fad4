"""Fault switches for the gate's self-test.

STAGING_FAULTS (comma-separated names) is read ONCE, at import, from the process environment only.
Nothing a request carries can turn a fault on. All faults are off by default.
"""
import logging
import os

KNOWN_FAULTS = frozenset({
    "reset-password-open",    # reset-password works without a token, for any user
    "tenant-override",        # ?tenant_id= / X-Tenant-Id select the tenant without ownership check
    "ws-no-auth",             # WebSockets accept any or no token
    "default-jwt-secret",     # tokens signed/verified with the public default secret
    "cors-reflect",           # any Origin echoed with credentials allowed
    "slow-api",               # /api/scenarios and /api/version take ~1.5 s
    "server-error",           # GET /api/reports answers 500 with a traceback
    "unhealthy",              # /health answers 503
    "no-metrics",             # /metrics answers 404
    "weak-password",          # password policy not enforced
    "no-login-throttle",      # failed logins never throttled
    "sql-injection",          # check-username builds SQL by string concatenation
    "token-survives-logout",  # logout does not revoke the token
    "admin-open",             # admin routes accept any authenticated user
    "server-header",          # Server: uvicorn and X-Powered-By headers
    "anonymous-reports",      # /api/reports serves anonymous callers the tenant they name (?tenant_id=)
    "list-leak",              # /api/reports lists every tenant's reports
    "undeclared-route",       # GET /api/debug/settings: served, in no policy, open to anyone
    "password-in-log",        # a login's password written to the log
    "password-echo",          # register echoes the password in its answer ("pw")
    "dsn-in-error",           # an unknown report id answers with the database connection string
    "long-token",             # access tokens live 30 days
    "dies-on-traversal",      # the process exits on a path traversal attempt (an app dying mid-run)
    # issue 12: values and semantics of the seed and the contract
    "wrong-scenarios",        # /api/scenarios drops vehicle_cutting and lists a test-only scenario
    "metrics-version",        # carla_app_info{version} says "dev" while /api/version says the build's version
    "debug-log",              # the backend logs at DEBUG although LOG_LEVEL=INFO
    "debug-errors",           # error answers (422) carry the traceback, as a debug build's do
    "health-component-down",  # /health answers 200 "healthy" while reporting its database check "down"
    "missing-id-ok",          # DELETE of a missing report answers 200, GET of a missing log file 500
    "histogram-skips-errors", # the duration histogram observes only answers below 400
    "metrics-freeze",         # request counter and duration histogram stop moving after 500 requests
    "metrics-flap",           # /metrics answers 503 to two Prometheus scrapes once 1000 requests were served
    "slow-login",             # /api/auth/login takes 1.5 s more (hidden in the load levels' overall p95)
    "no-security-events",     # failed logins and denied requests leave no metric and no log event
    "no-report",              # a simulated run stores no report (metrics and logs still written)
    "reports-slower-30",      # GET /api/reports holds its answer for 30 % of the time it took since nginx took it (~+30 %)
    "reports-slower-60",      # the same, 60 %: clearly beyond the detector's 20 % minimum, for the fault matrix
})


def _parse(raw: str):
    names = {part.strip().lower() for part in raw.split(",") if part.strip()}
    return frozenset(names & KNOWN_FAULTS), sorted(names - KNOWN_FAULTS)


ACTIVE, UNKNOWN = _parse(os.environ.get("STAGING_FAULTS", ""))


def fault(name: str) -> bool:
    """True when the named fault was switched on at start-up."""
    if name not in KNOWN_FAULTS:
        raise ValueError(f"unknown fault name {name!r}")
    return name in ACTIVE


def announce() -> None:
    log = logging.getLogger("carla.faults")
    for name in UNKNOWN:
        log.warning("Unknown fault name in STAGING_FAULTS ignored: %s", name)
    if ACTIVE:
        log.warning("FAULTS ACTIVE (this instance is deliberately defective): %s",
                    ",".join(sorted(ACTIVE)), extra={"faults": sorted(ACTIVE)})
    else:
        log.info("No faults active")
