"""How the bot is doing: per-source fetch health, delivery backlog, publish-to-alert lag.

``health_report`` reads the corpus (sources, articles, outbox) and decides; ``health_message``
turns the report into a neutral Message for ``/standoff health`` and ``standoff-bot health``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

import sqlite_utils

from bot.clock import parse_iso
from bot.models import Block, Message, Span
from bot.store.developments import get_meta

DEAD_AFTER = timedelta(hours=24)  # failing this long with no success: dead
DEAD_ERRORS = 10  # or this many consecutive errors
ENTRIES_WINDOW_DAYS = 7
LAG_WINDOW_DAYS = 30
LAST_CYCLE_KEY = "runner.last_cycle"  # meta: when the runner last finished a cycle


@dataclass(frozen=True, slots=True)
class SourceHealth:
    id: int
    name: str
    url: str
    enabled: bool
    last_fetch: datetime | None
    last_success: datetime | None
    consecutive_errors: int
    last_error: str | None
    fetches: int
    not_modified_share: float | None  # share of fetches answered 304; None before any fetch
    entries_per_day: float  # articles from this source per day over the last week (or its life, if younger)
    dead: bool
    next_poll: datetime | None = None


@dataclass(frozen=True, slots=True)
class HealthReport:
    now: datetime
    sources: tuple[SourceHealth, ...]
    outbox_pending: int
    outbox_failed: int
    oldest_pending: datetime | None
    lag_p50_s: float | None  # publish-to-alert lag in seconds, over alerts of the last 30 days
    lag_p95_s: float | None
    lag_samples: int
    articles: int = 0
    developments: int = 0
    last_cycle: datetime | None = None  # when the runner last finished a cycle (any process on this corpus)
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def dead_sources(self) -> tuple[SourceHealth, ...]:
        return tuple(s for s in self.sources if s.dead)

    @property
    def ok(self) -> bool:
        """Healthy enough for a liveness check: not every enabled source is dead."""
        enabled = [s for s in self.sources if s.enabled]
        return not enabled or any(not s.dead for s in enabled)


def is_dead(now: datetime, *, errors: int, last_success: datetime | None, added: datetime | None,
            last_fetch: datetime | None) -> bool:
    """Dead: at least one error now and failing for over 24 h, or DEAD_ERRORS errors in a row."""
    if errors <= 0:
        return False
    if errors >= DEAD_ERRORS:
        return True
    since = last_success or added or last_fetch
    return since is not None and now - since > DEAD_AFTER


def _window_days(now: datetime, added: datetime | None) -> float:
    """Days to average entries over: the last week, or the source's life if it is younger (at least a day)."""
    if added is None:
        return float(ENTRIES_WINDOW_DAYS)
    return min(float(ENTRIES_WINDOW_DAYS), max(1.0, (now - added).total_seconds() / 86400))


def percentile(values: list[float], q: float) -> float | None:
    """Nearest-rank percentile (``q`` in 0..100) of ``values``; None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * q // 100))  # ceil(n * q / 100), at least 1
    return ordered[int(min(rank, len(ordered))) - 1]


def health_report(db: sqlite_utils.Database, now: datetime) -> HealthReport:
    week_ago = (now - timedelta(days=ENTRIES_WINDOW_DAYS)).isoformat(timespec="seconds")
    per_source = dict(
        db.execute(
            "select source_id, count(*) from articles where source_id is not null"
            " and coalesce(fetched, published) >= ? group by source_id",
            [week_ago],
        ).fetchall()
    )
    sources: list[SourceHealth] = []
    cols = ("id, url, name, enabled, last_fetch, last_success, error_count, last_error, fetch_count,"
            " not_modified_count, added_at, next_poll")
    for row in db.execute(f"select {cols} from sources order by id").fetchall():
        (sid, url, name, enabled, last_fetch, last_success, errors, last_error, fetches, n304, added,
         next_poll) = row
        lf, ls, ad = parse_iso(last_fetch), parse_iso(last_success), parse_iso(added)
        sources.append(
            SourceHealth(
                id=sid,
                name=name or url,
                url=url,
                enabled=bool(enabled),
                last_fetch=lf,
                last_success=ls,
                consecutive_errors=errors or 0,
                last_error=last_error,
                fetches=fetches or 0,
                not_modified_share=(n304 or 0) / fetches if fetches else None,
                entries_per_day=per_source.get(sid, 0) / _window_days(now, ad),
                dead=bool(enabled) and is_dead(now, errors=errors or 0, last_success=ls, added=ad, last_fetch=lf),
                next_poll=parse_iso(next_poll),
            )
        )
    pending, failed, oldest = db.execute(
        "select sum(status = 'pending'), sum(status = 'failed'),"
        " min(case when status = 'pending' then created end) from outbox"
    ).fetchone()
    lags = _lags(db, now)
    articles = db.execute("select count(*) from articles").fetchone()[0]
    developments = db.execute("select count(*) from developments").fetchone()[0]
    return HealthReport(
        now=now,
        sources=tuple(sources),
        outbox_pending=pending or 0,
        outbox_failed=failed or 0,
        oldest_pending=parse_iso(oldest),
        lag_p50_s=percentile(lags, 50),
        lag_p95_s=percentile(lags, 95),
        lag_samples=len(lags),
        articles=articles,
        developments=developments,
        last_cycle=parse_iso(get_meta(db, LAST_CYCLE_KEY)),
    )


def _lags(db: sqlite_utils.Database, now: datetime) -> list[float]:
    """Seconds from a development's earliest article (published, else fetched) to its first sent post."""
    since = (now - timedelta(days=LAG_WINDOW_DAYS)).isoformat(timespec="seconds")
    rows = db.execute(
        """
        select o.sent_at, min(coalesce(a.published, a.fetched))
        from outbox o
        join developments d on d.id = o.development_id
        join json_each(d.article_ids) j
        join articles a on a.id = j.value
        where o.kind = 'post' and o.status = 'sent' and o.sent_at is not null and o.sent_at >= ?
        group by o.seq
        """,
        [since],
    ).fetchall()
    out: list[float] = []
    for sent, first in rows:
        s, f = parse_iso(sent), parse_iso(first)
        if s is not None and f is not None:
            out.append(max(0.0, (s - f).total_seconds()))
    return out


# --------------------------------------------------------------------------- words


def _ago(now: datetime, when: datetime | None) -> str:
    if when is None:
        return "never"
    return f"{human_duration((now - when).total_seconds())} ago"


def human_duration(seconds: float | None) -> str:
    if seconds is None:
        return "n/a"
    s = max(0, int(seconds))
    if s < 60:
        return f"{s}s"
    if s < 3600:
        return f"{s // 60}m"
    if s < 86400:
        return f"{s // 3600}h {s % 3600 // 60}m"
    return f"{s // 86400}d {s % 86400 // 3600}h"


def source_line(now: datetime, s: SourceHealth) -> str:
    share = "n/a" if s.not_modified_share is None else f"{s.not_modified_share:.0%}"
    state = "DEAD" if s.dead else ("disabled" if not s.enabled else ("failing" if s.consecutive_errors else "ok"))
    return (f"{s.name}: {state}; last success {_ago(now, s.last_success)}; {s.consecutive_errors} errors in a row;"
            f" 304s {share}; {s.entries_per_day:.1f} entries/day")


def health_lines(report: HealthReport) -> list[str]:
    """The report as plain lines (used by the message and the CLI)."""
    now = report.now
    lines = [
        f"Sources: {len(report.sources)} ({len(report.dead_sources)} dead)",
        f"Delivery backlog: {report.outbox_pending} pending, {report.outbox_failed} failed"
        + (f" (oldest pending {_ago(now, report.oldest_pending)})" if report.oldest_pending else ""),
        f"Publish-to-alert lag: p50 {human_duration(report.lag_p50_s)}, p95 {human_duration(report.lag_p95_s)}"
        f" over {report.lag_samples} alerts",
        f"Corpus: {report.articles} articles, {report.developments} developments",
        f"Last cycle of the runner: {_ago(now, report.last_cycle)}",
    ]
    return lines


def health_message(db: sqlite_utils.Database, now: datetime) -> Message:
    report = health_report(db, now)
    summary = health_lines(report)
    src_items = tuple((Span(source_line(now, s)),) for s in report.sources[:40])
    blocks: list[Block] = [
        Block(kind="header", spans=(Span("Bot health"),)),
        Block(kind="bullets", items=tuple((Span(line),) for line in summary)),
    ]
    if src_items:
        blocks.append(Block(kind="paragraph", spans=(Span("Sources", bold=True),)))
        blocks.append(Block(kind="bullets", items=src_items))
        if len(report.sources) > 40:
            blocks.append(Block(kind="context", items=((Span(f"and {len(report.sources) - 40} more"),),)))
    else:
        blocks.append(Block(kind="context", items=((Span("No sources yet."),),)))
    fallback = "Bot health: " + "; ".join(summary)
    return Message(blocks=tuple(blocks), fallback=fallback, tone="neutral")
