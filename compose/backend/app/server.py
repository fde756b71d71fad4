"""Entry point: configure logging, refuse unsafe settings, then run uvicorn."""
import logging
import os
import sys


def main() -> int:
    from . import faults, logging_setup
    from .settings import settings

    logging_setup.setup("DEBUG" if faults.fault("debug-log") else settings.log_level, settings.loki_url)
    log = logging.getLogger("carla.server")
    faults.announce()
    if settings.jwt_secret_problem:
        if settings.strict:
            log.critical("Refusing to start: %s (ENVIRONMENT=%s needs a random secret of at least 32 "
                         "characters in JWT_SECRET_KEY)", settings.jwt_secret_problem, settings.environment)
            return 2
        log.warning("%s: using a random per-process secret (ENVIRONMENT=%s)",
                    settings.jwt_secret_problem, settings.environment)
    if faults.fault("default-jwt-secret"):
        log.warning("JWT secret is the public default (fault default-jwt-secret)")

    import uvicorn
    from .main import app

    log.info("Starting backend", extra={"version": settings.version, "build_time": settings.build_time,
                                        "environment": settings.environment})
    uvicorn.run(
        app,
        host=os.environ.get("HOST", "0.0.0.0"),
        port=int(os.environ.get("PORT", "8000")),
        server_header=False,
        date_header=True,
        proxy_headers=True,
        forwarded_allow_ips=os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1"),
        access_log=False,
        log_config=None,
        ws="auto",
        timeout_keep_alive=5,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
