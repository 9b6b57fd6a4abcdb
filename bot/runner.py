"""The long-running bot: one cycle = poll due sources, classify, plan alerts, queue due digests, deliver.

``run_cycle`` is one pass (``standoff-bot run --once`` and the scheduler's job); ``run_forever``
starts the chat adapters that are configured, schedules cycles and stops cleanly when ``stop``
is set (SIGTERM / Ctrl-C): the cycle in flight finishes its current delivery, anything not sent
stays queued in the outbox for the next start.

A stage that fails is recorded on the report (an unexpected error also logged with its
traceback) and the cycle goes on; the watcher records per-source failures on their rows.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import sys
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from bot.app import App
from bot.clock import iso
from bot.core.digest import DigestData, build_digest, digest_key, digest_slot, previous_window
from bot.core.health import LAST_CYCLE_KEY
from bot.errors import BotError
from bot.models import OutboxItem, Subscription
from bot.store.developments import set_meta
from bot.store.digests import (
    developments_between,
    held_developments,
    record_digest,
    subscriptions_with_digests,
    watch_developments,
)

log = logging.getLogger("standoff_bot.runner")

CYCLE_EVERY_S = 30.0  # how often a cycle checks for due sources, new articles and due digests
STOP_GRACE_S = 7.0  # after stop: the cycle in flight and the adapters get this long to finish (exit < 10 s)
CLASSIFY_BATCH = 500  # articles per classification step; a stop is heard between steps


@dataclass
class CycleReport:
    started: datetime
    finished: datetime | None = None
    ingest: Any = None
    classify: Any = None
    planned: int = 0
    queued: int = 0
    digests: list[str] = field(default_factory=list)
    delivery: Any = None
    errors: list[str] = field(default_factory=list)
    unexpected: bool = False  # a stage raised something other than a BotError (a bug; logged)

    def summary(self) -> str:
        parts = []
        if self.ingest is not None:
            parts.append(f"ingest: {_short(self.ingest)}")
        if self.classify is not None:
            c = self.classify
            parts.append(f"classified {getattr(c, 'classified', 0)}, relevant {getattr(c, 'relevant', 0)},"
                         f" new developments {len(getattr(c, 'new_developments', []))}")
        parts.append(f"alerts queued {self.queued}")
        parts.append(f"digests queued {len(self.digests)}")
        if self.delivery is not None:
            d = self.delivery
            parts.append(f"delivered {getattr(d, 'sent', 0)}, failed {getattr(d, 'failed', 0)},"
                         f" still queued {getattr(d, 'pending', 0)}")
        if self.errors:
            parts.append(f"errors {len(self.errors)}")
        return "; ".join(parts)


def _short(report: object) -> str:
    for name in ("summary_line", "summary"):
        summary = getattr(report, name, None)
        if callable(summary):
            return str(summary())
    return str(report)


async def _maybe_await(value: object) -> object:
    return await value if inspect.isawaitable(value) else value


# --------------------------------------------------------------------------- stages


async def poll_stage(app: App, report: CycleReport, extra_sources: Sequence[str] = ()) -> None:
    from bot.watcher.run import poll

    report.ingest = await poll(app, extra_sources=tuple(extra_sources), only_due=True)


async def classify_stage(app: App, report: CycleReport, stop: asyncio.Event | None = None) -> None:
    """Classify new articles in batches, yielding to the loop between them so a stop is heard."""
    from bot.pipeline import ClassifyReport, classify_pending

    total = report.classify = ClassifyReport()
    while True:
        part = await _maybe_await(classify_pending(app, limit=CLASSIFY_BATCH))
        total.classified += part.classified
        total.relevant += part.relevant
        total.new_developments += [d for d in part.new_developments if d not in total.new_developments]
        total.changed_developments += [d for d in part.changed_developments if d not in total.changed_developments]
        if part.classified < CLASSIFY_BATCH or (stop is not None and stop.is_set()):
            break
        await asyncio.sleep(0)


def plan_stage(app: App, report: CycleReport) -> None:
    """Plan alerts; ``plan_alerts`` queues them itself, in one transaction with the alert states."""
    from bot.core.alerts import plan_alerts

    items: list[OutboxItem] = list(plan_alerts(app))
    report.planned = report.queued = len(items)


def post_due_digests(app: App, now: datetime) -> list[str]:
    """Queue every digest due at ``now``; returns the outbox keys written. Safe to repeat."""
    queued: list[str] = []
    for sub in subscriptions_with_digests(app.db):
        try:
            key = queue_digest_if_due(app, sub, now)
        except BotError as exc:  # e.g. a bad schedule stored for one channel: the others go on
            log.warning("digest for %s %s: %s", sub.platform, sub.channel, exc)
            continue
        if key:
            queued.append(key)
    return queued


def gather_digest(app: App, sub: Subscription, until: datetime) -> DigestData:
    """Read what the channel's digest covers: ``(last digest, until]`` and the period before it."""
    db = app.db
    since = sub.last_digest_at or sub.since
    p_since, p_until = previous_window(since, until)
    return DigestData(
        since=since,
        until=until,
        developments=tuple(developments_between(db, since, until)),
        previous=tuple(developments_between(db, p_since, p_until)),
        held=tuple(held_developments(db, sub.platform, sub.channel)),
        watch=tuple(watch_developments(db, until)),
    )


def queue_digest_if_due(app: App, sub: Subscription, now: datetime) -> str | None:
    slot = digest_slot(sub, now)
    if slot is None:
        return None
    data = gather_digest(app, sub, now)
    msg = build_digest(sub, data, story=app.settings.story.name, principal=app.settings.story.principal,
                       max_items=app.settings.digest.max_items)
    item = None
    if msg is not None:
        item = OutboxItem(key=digest_key(sub, slot), platform=sub.platform, channel=sub.channel, kind="digest",
                          message=msg, created=now, extra={"slot": slot.isoformat(), "since": data.since.isoformat()})
    queued = record_digest(app.db, sub, item, now, [d.id for d in data.held])
    return item.key if item is not None and queued else None


def digest_stage(app: App, now: datetime, report: CycleReport) -> None:
    report.digests = post_due_digests(app, now)


Transports = Mapping[str, Any]  # platform -> bot.chat.base.Transport


def make_delivery(app: App, transports: Transports) -> Any:
    from bot.chat.delivery import Delivery

    return Delivery(app.db, dict(transports), app.clock, app.settings.alerts.pace_seconds)


async def deliver_stage(app: App, delivery: Any, stop: asyncio.Event, report: CycleReport) -> None:
    if delivery is None or not delivery.transports:
        return
    report.delivery = await delivery.drain(stop)


@contextlib.contextmanager
def _stage(name: str, report: CycleReport) -> Iterator[None]:
    """A stage that fails unexpectedly is logged with its traceback and recorded; the cycle goes on,
    so queued messages are still delivered when, say, classification hits a bug."""
    try:
        yield
    except BotError as exc:
        report.errors.append(f"{name}: {exc}")
        log.warning("%s: %s", name, exc)
    except Exception as exc:
        report.errors.append(f"{name}: unexpected {type(exc).__name__}: {exc}")
        report.unexpected = True
        log.exception("%s failed unexpectedly", name)


async def run_cycle(app: App, transports: Transports | None = None, *, stop: asyncio.Event | None = None,
                    extra_sources: Sequence[str] = (), delivery: Any = None) -> CycleReport:
    """One full pass. Digests are queued before delivery so a due digest goes out in the same cycle.

    ``transports`` maps a platform name to its Transport; items for other platforms stay queued.
    Pass a long-lived ``delivery`` instead to keep per-channel pacing across cycles.
    """
    stop = stop or asyncio.Event()
    if delivery is None and transports:
        delivery = make_delivery(app, transports)
    report = CycleReport(started=app.clock.now())
    with _stage("poll", report):
        await poll_stage(app, report, extra_sources)
    if not stop.is_set():
        with _stage("classify", report):
            await classify_stage(app, report, stop)
    if not stop.is_set():
        with _stage("alerts", report):
            plan_stage(app, report)
        with _stage("digests", report):
            digest_stage(app, app.clock.now(), report)
    with _stage("delivery", report):
        await deliver_stage(app, delivery, stop, report)
    report.finished = app.clock.now()
    with contextlib.suppress(Exception), app.db.atomic():  # liveness for /healthz; never fails a cycle
        set_meta(app.db, LAST_CYCLE_KEY, iso(report.finished))
    log.info("cycle: %s", report.summary())
    return report


# --------------------------------------------------------------------------- adapters


@dataclass
class Adapters:
    """The adapter tasks ``start_adapters`` started."""

    tasks: list[asyncio.Task[Any]] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # adapters that stopped with an error
    names: list[str] = field(default_factory=list)


def chosen_adapters(app: App, stdin_isatty: bool) -> list[str]:
    """Which adapters run: Slack if its tokens are set, Discord if its token is set, else the terminal on a TTY."""
    s = app.settings.secrets
    names = []
    if s.slack_bot_token and (s.slack_app_token or s.slack_signing_secret):
        names.append("slack")
    if s.discord_token:
        names.append("discord")
    if not names and stdin_isatty:
        names.append("terminal")
    return names


def _adapter_runner(name: str) -> Callable[[App, asyncio.Event], Awaitable[Any]]:
    if name == "slack":
        from bot.chat.slack import run_slack

        return run_slack
    if name == "discord":
        from bot.chat.discord import run_discord

        return run_discord
    from bot.chat.terminal import run_terminal

    return run_terminal


def start_adapters(app: App, stop: asyncio.Event, names: Sequence[str]) -> Adapters:
    out = Adapters(names=list(names))
    for name in names:
        runner = _adapter_runner(name)
        out.tasks.append(asyncio.create_task(_guard(name, runner(app, stop), stop, out.failed),
                                             name=f"adapter-{name}"))
    return out


async def _guard(name: str, coro: Awaitable[Any], stop: asyncio.Event, failed: list[str]) -> None:
    """Run an adapter; if it fails, say so once and stop the bot rather than run half-deaf."""
    try:
        await coro
    except asyncio.CancelledError:
        raise
    except BotError as exc:
        print(f"standoff-bot: {name}: {exc}", file=sys.stderr)
        failed.append(name)
        stop.set()
    except Exception:
        log.exception("%s adapter crashed", name)
        failed.append(name)
        stop.set()


def transports_for(app: App, names: Sequence[str]) -> dict[str, Any]:
    """The delivery transports (platform -> Transport) for the named adapters; builders live in bot.app."""
    out: dict[str, Any] = {}
    if "slack" in names:
        from bot.app import build_slack

        slack = build_slack(app)
        if slack is not None:
            out["slack"] = slack.transport
    if "discord" in names:
        from bot.app import build_discord

        discord = build_discord(app)
        if discord is not None:
            out["discord"] = discord.transport
    if "terminal" in names:
        from bot.chat.terminal import TerminalTransport

        out["terminal"] = TerminalTransport()
    return out


def subscribe_configured_channels(app: App, names: Sequence[str], now: datetime) -> list[str]:
    """Subscribe ``slack.channels`` / ``discord.channels`` of the running platforms (and the terminal
    chat's channel when it runs) with the configured defaults, unless already subscribed. Alerts start from ``now``: a new channel is never flooded.

    The seed stories are loaded first, so they are older than any new subscription and never alert
    (they wait for ``latest``, ``timeline`` and digests)."""
    from bot.store.subscriptions import get_subscription, upsert_subscription
    from bot.watcher.seeds import load_seeds

    st = app.settings
    wanted = [("slack", c) for c in st.slack.channels if "slack" in names]
    wanted += [("discord", str(c)) for c in st.discord.channels if "discord" in names]
    if "terminal" in names:
        wanted.append(("terminal", st.bot.terminal_channel))
    added: list[str] = []
    if not wanted:
        return added
    try:
        load_seeds(app)
    except BotError as exc:
        log.warning("seeds not loaded: %s", exc)
    for platform, channel in wanted:
        if get_subscription(app.db, platform, channel) is not None:
            continue
        upsert_subscription(app.db, Subscription(
            platform=platform, channel=channel, since=now, min_impact=st.alerts.min_impact,
            min_sources=st.alerts.min_sources, digest=st.digest.schedule or None, timezone=st.bot.timezone,
            digest_when_empty=st.digest.when_empty))
        added.append(f"{platform}:{channel}")
    return added


# --------------------------------------------------------------------------- forever


async def run_forever(app: App, stop: asyncio.Event, *, stdin_isatty: bool | None = None,
                      every_s: float = CYCLE_EVERY_S,
                      on_cycle: Callable[[CycleReport], None] | None = None) -> list[str]:
    """Run until ``stop`` is set; then let the cycle in flight finish (at most STOP_GRACE_S) and return
    the names of adapters that failed (empty after a clean stop)."""
    from bot.scheduler import Job, build_scheduler

    isatty = sys.stdin.isatty() if stdin_isatty is None else stdin_isatty
    names = chosen_adapters(app, isatty)
    adapters = start_adapters(app, stop, names)
    subscribe_configured_channels(app, names, app.clock.now())
    transports = transports_for(app, names) if names else {}
    delivery = make_delivery(app, transports) if transports else None
    if not names:
        print("standoff-bot: no chat platform configured (set SLACK_BOT_TOKEN and SLACK_APP_TOKEN, or"
              " DISCORD_TOKEN); polling sources on schedule. Ctrl-C to stop.", file=sys.stderr)
    in_flight: set[asyncio.Task[None]] = set()

    async def one_cycle() -> None:
        try:
            report = await run_cycle(app, stop=stop, delivery=delivery)
            if on_cycle is not None:
                on_cycle(report)
        except Exception:  # unexpected: loud, but the bot keeps running
            log.exception("cycle failed")

    async def cycle() -> None:
        """The scheduler's job: start a cycle unless one is running, and return at once.

        The cycle runs in its own task so that stopping the scheduler never cancels it mid-delivery.
        """
        if stop.is_set() or any(not t.done() for t in in_flight):
            return
        task = asyncio.create_task(one_cycle(), name="cycle")
        in_flight.add(task)
        task.add_done_callback(in_flight.discard)

    scheduler = build_scheduler([Job("cycle", cycle, every_s)])
    scheduler.start()
    try:
        await stop.wait()
    finally:
        scheduler.shutdown(wait=False)
        await _finish(list(in_flight) + adapters.tasks, STOP_GRACE_S)
        await close_transports(transports)
    return adapters.failed


async def close_transports(transports: Transports) -> None:
    """Close whatever sessions the transports hold (best effort: the process is stopping)."""
    for t in transports.values():
        close = getattr(t, "aclose", None) or getattr(t, "close", None)
        if close is not None:
            with contextlib.suppress(Exception):
                await _maybe_await(close())


async def _finish(tasks: Sequence[asyncio.Task[Any]], grace: float) -> None:
    if not tasks:
        return
    _done, pending = await asyncio.wait(tasks, timeout=grace)
    for t in pending:
        t.cancel()
    if pending:
        await asyncio.wait(pending, timeout=1.0)


def since_default(now: datetime) -> datetime:
    """Where a preview digest starts when the channel has no subscription: one day back."""
    return now - timedelta(days=1)
