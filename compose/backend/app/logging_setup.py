"""Structured logging: one JSON object per line on stdout, optionally pushed to Loki.

The Loki push runs in a daemon thread fed by a bounded queue: requests never wait for it. When Loki
is unreachable, batches are dropped after a short timeout and at most one warning a minute is printed.
"""
import json
import logging
import queue
import socket
import sys
import threading
import time
import urllib.request
from datetime import datetime, timezone

_RESERVED = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime", "color_message"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "timestamp": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in record.__dict__.items():
            if key not in _RESERVED and not key.startswith("_"):
                entry[key] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str, ensure_ascii=False)


class LokiHandler(logging.Handler):
    """Batches formatted lines and pushes them to Loki's /loki/api/v1/push from a daemon thread."""

    def __init__(self, url: str, labels: dict, batch_size: int = 200, flush_seconds: float = 1.0,
                 timeout: float = 2.0, max_queue: int = 10000):
        super().__init__()
        self.push_url = url.rstrip("/") + "/loki/api/v1/push"
        self.labels = labels
        self.batch_size = batch_size
        self.flush_seconds = flush_seconds
        self.timeout = timeout
        self.queue: "queue.Queue" = queue.Queue(maxsize=max_queue)
        self._last_warning = 0.0
        self._thread = threading.Thread(target=self._run, name="loki-push", daemon=True)
        self._thread.start()

    def emit(self, record: logging.LogRecord) -> None:
        if record.name == "carla.loki":
            return  # never ship our own delivery warnings (no feedback loop)
        try:
            self.queue.put_nowait((str(time.time_ns()), self.format(record)))
        except queue.Full:
            pass  # drop: logging must never block a request
        except Exception:  # pragma: no cover - formatting errors must not break the app
            pass

    def _run(self) -> None:
        while True:
            batch = [self.queue.get()]
            deadline = time.monotonic() + self.flush_seconds
            while len(batch) < self.batch_size:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                try:
                    batch.append(self.queue.get(timeout=remaining))
                except queue.Empty:
                    break
            self._push(batch)

    def _push(self, batch) -> None:
        body = json.dumps({"streams": [{"stream": self.labels, "values": [list(v) for v in batch]}]})
        request = urllib.request.Request(self.push_url, data=body.encode("utf-8"), method="POST",
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                response.read()
        except Exception as exc:  # unreachable, DNS failure, 4xx/5xx: drop the batch
            now = time.monotonic()
            if now - self._last_warning >= 60:
                self._last_warning = now
                logging.getLogger("carla.loki").warning(
                    "Loki push failed, dropping %d log lines (further failures silenced for 60 s): %s",
                    len(batch), type(exc).__name__)


def setup(level: str = "INFO", loki_url: str = None) -> None:
    formatter = JsonFormatter()
    stdout = logging.StreamHandler(sys.stdout)
    stdout.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [stdout]
    root.setLevel(getattr(logging, level, logging.INFO))
    if loki_url:
        host = socket.gethostname()
        loki = LokiHandler(loki_url, {"service": "backend", "container": host, "job": "carla-backend"})
        loki.setFormatter(formatter)
        root.addHandler(loki)
    # uvicorn's loggers go through the root handlers; its access log is replaced by ours.
    for name in ("uvicorn", "uvicorn.error"):
        logger = logging.getLogger(name)
        logger.handlers[:] = []
        logger.propagate = True
    access = logging.getLogger("uvicorn.access")
    access.handlers[:] = []
    access.propagate = False
    access.disabled = True
