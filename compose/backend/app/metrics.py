"""Prometheus metrics with the upstream names (carla_*), plus the default process/python collectors."""
from prometheus_client import Counter, Gauge, Histogram, Info

from .faults import fault
from .settings import settings

SIMULATION_STARTS = Counter("carla_simulation_starts", "Simulation runs started")
SIMULATION_STOPS = Counter("carla_simulation_stops", "Simulation runs stopped on request")
SIMULATION_SKIPS = Counter("carla_simulation_skips", "Scenarios skipped on request")
API_REQUESTS = Counter("carla_api_requests", "API requests", ["endpoint", "method"])
API_DURATION = Histogram("carla_api_request_duration_seconds", "API request duration", ["endpoint"])
SIMULATION_STATUS = Gauge("carla_simulation_status", "Simulation status (0 stopped, 1 running, 2 paused)")
ACTIVE_WEBSOCKETS = Gauge("carla_active_websocket_connections", "Open WebSocket connections")
SCENARIO_PROGRESS = Gauge("carla_scenario_progress", "Progress of the current run in percent")
APP_INFO = Info("carla_app", "Application build information")
APP_INFO.info({"version": "dev" if fault("metrics-version") else settings.version, "build_time": settings.build_time,
               "docker_image_tag": settings.docker_image_tag})
