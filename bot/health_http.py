"""Optional HTTP health endpoint (``run --health-port PORT``): ``/healthz`` and Prometheus ``/metrics``.

Off by default. ``/healthz`` answers 200 while at least one enabled source is alive (or none is
configured) and the runner has finished a cycle within ``STALE_AFTER`` (or not yet finished its
first); 503 otherwise. ``/metrics`` is the Prometheus text format, version 0.0.4.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from aiohttp import web

from bot.app import App
from bot.core.health import HealthReport, health_lines, health_report
from bot.errors import BotError

_APP_KEY = web.AppKey("bot_app", App)
_STARTED_KEY = web.AppKey("started", datetime)
STALE_AFTER = timedelta(minutes=15)


def problems(report: HealthReport, now: datetime, started: datetime | None = None) -> list[str]:
    """Why the process is unhealthy; empty when it is healthy.

    ``started``: when this process began serving; a cycle of an earlier run does not count against it.
    """
    out = []
    if not report.ok:
        out.append("every source is dead")
    marks = [t for t in (report.last_cycle, started) if t is not None]
    if marks and now - max(marks) > STALE_AFTER:
        out.append(f"no cycle finished for {int((now - max(marks)).total_seconds() // 60)} minutes")
    return out


def _label(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def metrics_text(report: HealthReport) -> str:
    """The report as Prometheus exposition text."""
    out: list[str] = []

    def metric(name: str, kind: str, help_: str, samples: list[tuple[str, float]]) -> None:
        out.append(f"# HELP {name} {help_}")
        out.append(f"# TYPE {name} {kind}")
        for labels, value in samples:
            out.append(f"{name}{labels} {value:g}")

    def src(s: object) -> str:
        return f'{{source="{_label(getattr(s, "name", ""))}"}}'

    srcs = [s for s in report.sources if s.enabled]
    metric("standoff_source_up", "gauge", "1 unless the source is dead (failing over 24 h or 10 errors in a row)",
           [(src(s), 0.0 if s.dead else 1.0) for s in srcs])
    metric("standoff_source_consecutive_errors", "gauge", "errors in a row for the source",
           [(src(s), float(s.consecutive_errors)) for s in srcs])
    metric("standoff_source_last_success_timestamp_seconds", "gauge", "unix time of the last successful fetch",
           [(src(s), s.last_success.timestamp()) for s in srcs if s.last_success])
    metric("standoff_source_not_modified_ratio", "gauge", "share of fetches answered 304 Not Modified",
           [(src(s), s.not_modified_share) for s in srcs if s.not_modified_share is not None])
    metric("standoff_source_entries_per_day", "gauge", "articles from the source per day over the last week",
           [(src(s), s.entries_per_day) for s in srcs])
    metric("standoff_sources_dead", "gauge", "dead sources", [("", float(len(report.dead_sources)))])
    metric("standoff_outbox_pending", "gauge", "messages queued, not yet sent", [("", float(report.outbox_pending))])
    metric("standoff_outbox_failed", "gauge", "messages that failed permanently", [("", float(report.outbox_failed))])
    lag = [(f'{{quantile="{q}"}}', v) for q, v in (("0.5", report.lag_p50_s), ("0.95", report.lag_p95_s))
           if v is not None]
    metric("standoff_publish_to_alert_lag_seconds", "summary",
           "from a development's first article to its alert, last 30 days", lag)
    metric("standoff_articles", "gauge", "articles in the corpus", [("", float(report.articles))])
    metric("standoff_developments", "gauge", "developments in the corpus", [("", float(report.developments))])
    metric("standoff_last_cycle_timestamp_seconds", "gauge", "unix time the runner last finished a cycle",
           [("", report.last_cycle.timestamp())] if report.last_cycle else [])
    return "\n".join(out) + "\n"


async def _healthz(request: web.Request) -> web.Response:
    app = request.app[_APP_KEY]
    now = app.clock.now()
    report = health_report(app.db, now)
    bad = problems(report, now, request.app[_STARTED_KEY])
    head = f"unhealthy: {'; '.join(bad)}" if bad else "ok"
    body = head + "\n" + "\n".join(health_lines(report)) + "\n"
    return web.Response(text=body, status=503 if bad else 200)


async def _metrics(request: web.Request) -> web.Response:
    app = request.app[_APP_KEY]
    report = health_report(app.db, app.clock.now())
    return web.Response(text=metrics_text(report), content_type="text/plain", charset="utf-8",
                        headers={"X-Content-Type-Options": "nosniff"})


def make_web_app(app: App) -> web.Application:
    web_app = web.Application()
    web_app[_APP_KEY] = app
    web_app[_STARTED_KEY] = app.clock.now()
    web_app.router.add_get("/healthz", _healthz)
    web_app.router.add_get("/metrics", _metrics)
    return web_app


async def start_health_server(app: App, port: int, host: str = "127.0.0.1") -> tuple[web.AppRunner, int]:
    """Start serving; returns the runner (``await runner.cleanup()`` to stop) and the bound port."""
    runner = web.AppRunner(make_web_app(app), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    try:
        await site.start()
    except OSError as exc:
        await runner.cleanup()
        raise BotError(f"health endpoint: cannot listen on {host}:{port} ({exc.strerror or exc})") from exc
    bound = port
    server = getattr(site, "_server", None)
    if server is not None and server.sockets:
        bound = server.sockets[0].getsockname()[1]
    return runner, bound
