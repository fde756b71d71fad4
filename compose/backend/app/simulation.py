"""Simulated scenario runs (staging has no CARLA server).

A run walks its scenarios in an asyncio task, a fraction of a second each, per tenant. When it ends
(completed or stopped) it writes one simulation_reports row, its simulation_metrics rows and its log
file (app_logs rows) for that tenant.
"""
import asyncio
import html
import logging
import random
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Dict, List, Optional

from starlette.concurrency import run_in_threadpool

from . import db, metrics
from .faults import fault
from .settings import SCENARIOS, settings

log = logging.getLogger("carla.simulation")


@dataclass
class Run:
    tenant_id: int
    session_id: Optional[str] = None
    scenarios: List[str] = field(default_factory=list)
    index: int = 0
    current: Optional[str] = None
    is_running: bool = False
    is_starting: bool = False
    is_stopping: bool = False
    skip_requested: bool = False
    debug: bool = False
    report: bool = True
    started_by: str = ""
    started_at: Optional[datetime] = None
    results: List[dict] = field(default_factory=list)
    log_lines: List[tuple] = field(default_factory=list)
    last_result: Optional[str] = None
    task: Optional[asyncio.Task] = None

    @property
    def progress(self) -> float:
        if not self.scenarios:
            return 0.0
        return round(100.0 * len(self.results) / len(self.scenarios), 1)

    def status(self) -> dict:
        return {
            "is_running": self.is_running,
            "is_starting": self.is_starting,
            "is_stopping": self.is_stopping,
            "current_scenario": self.current,
            "scenario_index": self.index,
            "total_scenarios": len(self.scenarios),
            "session_id": self.session_id,
            "progress": self.progress,
            "last_result": self.last_result,
            "timestamp": datetime.now(timezone.utc),
        }

    def note(self, level: str, message: str) -> None:
        self.log_lines.append((datetime.now(timezone.utc), level, message))
        getattr(log, level.lower(), log.info)(message, extra={"tenant_id": self.tenant_id,
                                                             "session_id": self.session_id})


_runs: Dict[int, Run] = {}


class SimulationError(Exception):
    pass


def resolve_scenarios(requested: List[str]) -> List[str]:
    names = [s.strip() for s in requested]
    if any(n.lower() == "all" for n in names):
        return list(SCENARIOS)
    unknown = [n for n in names if n not in SCENARIOS]
    if unknown:
        raise SimulationError("Unknown scenario: " + ", ".join(unknown[:5]))
    return names


def status(tenant_id: int) -> dict:
    return _runs.get(tenant_id, Run(tenant_id=tenant_id)).status()


def runners() -> List[Run]:
    return [run for _, run in sorted(_runs.items())]


def _update_gauges() -> None:
    running = [r for r in _runs.values() if r.is_running]
    metrics.SIMULATION_STATUS.set(1 if running else 0)
    metrics.SCENARIO_PROGRESS.set(running[-1].progress if running else 0)


def start(tenant_id: int, username: str, requested: List[str], debug: bool, report: bool) -> Run:
    scenarios = resolve_scenarios(requested)
    current = _runs.get(tenant_id)
    if current is not None and current.is_running:
        raise SimulationError("A simulation is already running")
    run = Run(tenant_id=tenant_id, session_id=uuid.uuid4().hex, scenarios=scenarios, debug=debug,
              report=report, started_by=username, started_at=datetime.now(timezone.utc),
              is_running=True, is_starting=True)
    _runs[tenant_id] = run
    metrics.SIMULATION_STARTS.inc()
    run.note("INFO", f"Simulation {run.session_id} started by {username}: {', '.join(scenarios)}")
    run.task = asyncio.get_running_loop().create_task(_walk(run))
    _update_gauges()
    return run


def stop(tenant_id: int) -> Optional[Run]:
    run = _runs.get(tenant_id)
    if run is None or not run.is_running:
        return None
    if not run.is_stopping:
        run.is_stopping = True
        metrics.SIMULATION_STOPS.inc()
        run.note("INFO", "Stop requested")
    return run


def skip(tenant_id: int) -> Optional[Run]:
    run = _runs.get(tenant_id)
    if run is None or not run.is_running or run.is_stopping:
        return None
    run.skip_requested = True
    metrics.SIMULATION_SKIPS.inc()
    run.note("INFO", f"Skip requested for {run.current or 'the next scenario'}")
    return run


async def _walk(run: Run) -> None:
    outcome = "completed"
    try:
        await asyncio.sleep(0.05)
        run.is_starting = False
        for index, name in enumerate(run.scenarios):
            if run.is_stopping:
                break
            run.index, run.current, run.skip_requested = index, name, False
            run.note("INFO", f"Scenario {index + 1}/{len(run.scenarios)} {name} started")
            _update_gauges()
            elapsed, step = 0.0, 0.05
            while elapsed < settings.scenario_seconds and not run.is_stopping and not run.skip_requested:
                await asyncio.sleep(step)
                elapsed += step
            if run.is_stopping:
                result = "stopped"
            elif run.skip_requested:
                result = "skipped"
            else:
                result = "passed"
            run.results.append({"scenario": name, "result": result, "duration": round(elapsed, 2),
                                "max_speed_kmh": round(random.uniform(25, 50), 1),
                                "min_distance_m": round(random.uniform(2, 15), 2)})
            run.note("INFO", f"Scenario {name} {result} after {elapsed:.2f}s")
            _update_gauges()
        if run.is_stopping:
            outcome = "stopped"
    except asyncio.CancelledError:
        outcome = "cancelled"
        raise
    except Exception:
        outcome = "failed"
        log.exception("Simulated run failed", extra={"session_id": run.session_id})
    finally:
        run.note("INFO", f"Simulation {run.session_id} {outcome}")
        run.last_result = outcome
        try:
            await run_in_threadpool(_persist, run, outcome)
        except Exception:
            log.exception("Could not store the run's report", extra={"session_id": run.session_id})
        run.is_running = run.is_starting = run.is_stopping = False
        run.current = None
        _update_gauges()


def _report_html(run: Run, outcome: str) -> str:
    rows = "".join(
        f"<tr><td>{html.escape(r['scenario'])}</td><td>{html.escape(r['result'])}</td>"
        f"<td>{r['duration']}</td><td>{r['max_speed_kmh']}</td><td>{r['min_distance_m']}</td></tr>"
        for r in run.results)
    return (
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>Simulation report {html.escape(run.session_id)}</title></head><body>"
        f"<h1>Simulation report</h1><p>Session {html.escape(run.session_id)}: {html.escape(outcome)}. "
        f"Started {run.started_at.isoformat()} by {html.escape(run.started_by)} "
        "(simulated run: the staging stack has no CARLA server).</p>"
        "<table><thead><tr><th>Scenario</th><th>Result</th><th>Duration (s)</th>"
        "<th>Max speed (km/h)</th><th>Min distance (m)</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></body></html>")


def _persist(run: Run, outcome: str) -> None:
    stamp = run.started_at.strftime("%Y%m%d_%H%M%S")
    report_name = f"simulation_report_{stamp}_{run.session_id[:8]}.html"
    log_name = f"simulation_{stamp}_{run.session_id[:8]}.log"
    with db.cursor() as cur:
        if not fault("no-report"):
            cur.execute(
                "INSERT INTO simulation_reports (tenant_id, name, html, session_id, status) "
                "VALUES (%s, %s, %s, %s, %s)",
                (run.tenant_id, report_name, _report_html(run, outcome), run.session_id, outcome))
        for r in run.results:
            for metric in ("duration", "max_speed_kmh", "min_distance_m"):
                cur.execute(
                    "INSERT INTO simulation_metrics (tenant_id, session_id, scenario, metric_name, metric_value) "
                    "VALUES (%s, %s, %s, %s, %s)",
                    (run.tenant_id, run.session_id, r["scenario"], metric, float(r[metric])))
        for created, level, message in run.log_lines:
            cur.execute(
                "INSERT INTO app_logs (tenant_id, file_name, level, logger, message, session_id, created_at) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s)",
                (run.tenant_id, log_name, level, "carla.simulation", message, run.session_id, created))


async def shutdown() -> None:
    for run in list(_runs.values()):
        if run.task is not None and not run.task.done():
            run.is_stopping = True
    tasks = [r.task for r in _runs.values() if r.task is not None and not r.task.done()]
    if tasks:
        await asyncio.wait(tasks, timeout=3)
