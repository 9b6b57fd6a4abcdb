"""APScheduler wiring only: which runner function runs how often. No decisions live here.

Every job is a plain async function from ``bot.runner`` taking no arguments (the runner binds
the app, transports and stop event, and reads ``clock.now()`` itself). Jobs never overlap
(``max_instances=1``) and a backlog of missed runs coalesces into one.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger


@dataclass(frozen=True, slots=True)
class Job:
    name: str
    func: Callable[[], Awaitable[object]]
    every_s: float
    run_at_start: bool = True  # first run at once, else after one interval


def build_scheduler(jobs: Sequence[Job]) -> AsyncIOScheduler:
    """An AsyncIOScheduler (not started) running each job every ``every_s`` seconds.

    APScheduler keeps its own wall-clock timer; the jobs read the injected clock themselves.
    """
    scheduler = AsyncIOScheduler(timezone="UTC", job_defaults={"coalesce": True, "max_instances": 1,
                                                               "misfire_grace_time": None})
    for job in jobs:
        kwargs: dict[str, object] = {}
        if job.run_at_start:
            kwargs["next_run_time"] = datetime.now(UTC)
        scheduler.add_job(job.func, IntervalTrigger(seconds=job.every_s, timezone="UTC"), id=job.name,
                          name=job.name, **kwargs)
    return scheduler
