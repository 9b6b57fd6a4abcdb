"""The slash command (``/standoff <sub-command> ...``): parse, check permission, answer from the corpus.

``handle(app, req)`` is synchronous and fast (each sub-command is a few indexed queries), so every
adapter can call it inside the platform's acknowledgement window. It never raises for bad input:
usage errors come back as a short private usage line, refusals as a polite private notice.
Sub-commands are plain functions registered by name in ``COMMANDS``; ``help`` lists them all.
"""

from __future__ import annotations

import shlex
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.core import views
from bot.core.health import health_message
from bot.core.sanitize import one_line, truncate
from bot.core.schedule import parse_schedule
from bot.errors import BotError, NotFound, UnsafeURL, UsageError
from bot.models import CommandRequest, Message, Subscription
from bot.store import queries
from bot.store.search import search
from bot.store.subscriptions import (
    delete_subscription,
    get_subscription,
    set_muted_until,
    upsert_subscription,
)
from bot.watcher.safety import check_url

STATUS_HIGH = 5
STATUS_WATCH = 5
MAX_N = 50


@dataclass(frozen=True)
class Ctx:
    app: Any  # bot.app.App
    req: CommandRequest
    now: datetime

    @property
    def db(self) -> Any:
        return self.app.db

    @property
    def settings(self) -> Any:
        return self.app.settings


@dataclass(frozen=True)
class Command:
    name: str
    usage: str
    summary: str
    run: Callable[[Ctx, list[str]], Message]
    admin: bool = False


# --------------------------------------------------------------------------- helpers


def _int(word: str, what: str, lo: int, hi: int) -> int:
    try:
        n = int(word)
    except ValueError as exc:
        raise UsageError(f"{what} must be a whole number") from exc
    if not lo <= n <= hi:
        raise UsageError(f"{what} must be between {lo} and {hi}")
    return n


def _count_arg(args: list[str], default: int) -> int:
    if not args:
        return default
    if len(args) > 1:
        raise UsageError("too many arguments")
    return _int(args[0], "N", 1, MAX_N)


def _no_args(args: list[str]) -> None:
    if args:
        raise UsageError("takes no arguments")


def _hhmm(word: str) -> str:
    parts = word.split(":")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        raise UsageError(f"{word!r} is not a time like 22:00")
    h, m = int(parts[0]), int(parts[1])
    if not (0 <= h <= 23 and 0 <= m <= 59):
        raise UsageError(f"{word!r} is not a time like 22:00")
    return f"{h:02d}:{m:02d}"


def _validate_schedule(text: str) -> str:
    return parse_schedule(text).text


# --------------------------------------------------------------------------- read commands


def cmd_status(c: Ctx, args: list[str]) -> Message:
    _no_args(args)
    min_impact = c.settings.alerts.min_impact
    return views.status_message(
        story=c.settings.story.name,
        principal=c.settings.story.principal,
        high=queries.latest_developments(c.db, STATUS_HIGH, min_impact=min_impact),
        min_impact=min_impact,
        watch=queries.upcoming_dates(c.db, c.now.date(), STATUS_WATCH),
        trend=queries.sentiment_trend(c.db, c.now),
        counts=queries.corpus_counts(c.db),
        now=c.now,
    )


def cmd_timeline(c: Ctx, args: list[str]) -> Message:
    return views.timeline_message(queries.timeline(c.db, _count_arg(args, 10)), c.settings.story.name)


def cmd_latest(c: Ctx, args: list[str]) -> Message:
    devs = queries.latest_developments(c.db, _count_arg(args, 5))
    return views.developments_message("Latest developments", devs, empty="No developments yet.")


def cmd_search(c: Ctx, args: list[str]) -> Message:
    text = " ".join(args).strip()
    if not text:
        raise UsageError("what should I search for?")
    text = truncate(one_line(text), 200)
    words = queries.search_words(text)
    if not words:
        raise UsageError("those words are too common to search for; add a more specific one")
    hits = search(c.db, " ".join(words), 10, start="", end="")
    return views.search_message(text, hits, queries.development_ids(c.db, [h.id for h in hits]))


def _development(c: Ctx, args: list[str]) -> Any:
    if len(args) != 1:
        raise UsageError("give one development id (shown in `latest` and `timeline`)")
    dev = queries.find_development(c.db, args[0])
    if dev is None:
        raise NotFound(f"No development with id {truncate(one_line(args[0]), 40)!r}. Ids are shown in `latest`.")
    return dev


def cmd_sources(c: Ctx, args: list[str]) -> Message:
    dev = _development(c, args)
    return views.sources_message(dev, queries.development_sources(c.db, dev))


def cmd_explain(c: Ctx, args: list[str]) -> Message:
    if len(args) != 1:
        raise UsageError("give one development or article id")
    from bot.pipeline import explain_lines  # imported on use: it loads the classifier

    ref = args[0]
    dev = queries.find_development(c.db, ref)  # an id prefix is enough
    try:
        lines = list(explain_lines(c.db, dev.id if dev else ref))
    except NotFound:
        lines = []
    if lines:
        return views.explain_message(dev.title if dev else f"article {ref}", lines)
    if dev is None:
        raise NotFound(f"Nothing to explain for {truncate(one_line(ref), 40)!r}. Ids are shown in `latest`.")
    lines = [f"Impact {dev.impact}/10, {dev.category}, {dev.sentiment}; {views.sources_label(dev)}"]
    lines += [str(r) for r in dev.impact_reasons]
    return views.explain_message(dev.title, lines)


def cmd_health(c: Ctx, args: list[str]) -> Message:
    _no_args(args)
    return health_message(c.db, c.now)


def cmd_help(c: Ctx, args: list[str]) -> Message:
    return views.help_message(c.settings.story.command, [(cmd.usage, cmd.summary) for cmd in COMMANDS.values()])


# --------------------------------------------------------------------------- admin commands


def _parse_subscribe(args: list[str], base: Subscription) -> Subscription:
    sub = base
    i = 0

    def need(n: int) -> list[str]:
        values = args[i + 1: i + 1 + n]
        if len(values) < n:
            raise UsageError(f"{truncate(one_line(args[i]), 30)} needs a value")
        return values

    while i < len(args):
        word = args[i].lower()
        if word == "min-impact":
            sub = replace(sub, min_impact=_int(need(1)[0], "min-impact", 1, 10))
            i += 2
        elif word == "min-sources":
            sub = replace(sub, min_sources=_int(need(1)[0], "min-sources", 1, 50))
            i += 2
        elif word == "digest":
            kind = need(1)[0].lower()
            if kind == "off":
                sub, i = replace(sub, digest=None), i + 2
            elif kind == "daily":
                sched = _validate_schedule(f"daily {need(2)[1]}")
                sub, i = replace(sub, digest=sched), i + 3
            elif kind == "weekly":
                day, at = need(3)[1:]
                sub, i = replace(sub, digest=_validate_schedule(f"weekly {day} {at}")), i + 4
            elif kind == "cron":
                expr = need(2)[1]
                if " " not in expr.strip() and not expr.startswith("@"):  # unquoted: the next five words
                    expr = " ".join(need(6)[1:])
                    i += 4
                sub, i = replace(sub, digest=_validate_schedule(expr)), i + 3
            else:
                raise UsageError("digest daily HH:MM | weekly DAY HH:MM | cron \"m h dom mon dow\" | off")
        elif word == "tz":
            zone = need(1)[0]
            try:
                ZoneInfo(zone)
            except Exception as exc:
                raise UsageError(f"unknown time zone {truncate(one_line(zone), 40)!r} (e.g. Europe/Paris)") from exc
            sub, i = replace(sub, timezone=zone), i + 2
        elif word == "quiet":
            value = need(1)[0].lower()
            if value == "off":
                sub = replace(sub, quiet_hours=None)
            else:
                start, sep, end = value.partition("-")
                if not sep:
                    raise UsageError("quiet HH:MM-HH:MM | off")
                sub = replace(sub, quiet_hours=f"{_hhmm(start)}-{_hhmm(end)}")
            i += 2
        elif word == "budget":
            value = need(1)[0].lower()
            sub = replace(sub, noise_budget=None if value == "off" else _int(value, "budget", 1, 100))
            i += 2
        else:
            raise UsageError(f"unknown option {truncate(one_line(args[i]), 30)!r}")
    return sub


def cmd_subscribe(c: Ctx, args: list[str]) -> Message:
    existing = get_subscription(c.db, c.req.platform, c.req.channel)
    base = existing or Subscription(
        platform=c.req.platform,
        channel=c.req.channel,
        since=c.now,  # only developments first seen from now on alert: subscribing never floods
        min_impact=c.settings.alerts.min_impact,
        min_sources=c.settings.alerts.min_sources,
        digest=c.settings.digest.schedule or None,
        timezone=c.settings.bot.timezone,
        digest_when_empty=c.settings.digest.when_empty,
    )
    sub = _parse_subscribe(args, base)
    upsert_subscription(c.db, sub)
    return views.subscription_message(sub, created=existing is None)


def cmd_unsubscribe(c: Ctx, args: list[str]) -> Message:
    _no_args(args)
    if delete_subscription(c.db, c.req.platform, c.req.channel):
        return views.notice("Unsubscribed: this channel gets no more alerts or digests.")
    return views.notice("This channel was not subscribed.", private=True)


def cmd_mute(c: Ctx, args: list[str]) -> Message:
    if len(args) != 1:
        raise UsageError("give a number of hours (0 or off to unmute)")
    word = args[0].lower()
    hours = 0.0 if word == "off" else None
    if hours is None:
        try:
            hours = float(word)
        except ValueError as exc:
            raise UsageError("HOURS must be a number") from exc
        if not 0 <= hours <= 24 * 30:
            raise UsageError("HOURS must be between 0 and 720")
    until = c.now + timedelta(hours=hours) if hours else None
    if not set_muted_until(c.db, c.req.platform, c.req.channel, until):
        return views.notice("This channel is not subscribed; nothing to mute.", private=True)
    if until is None:
        return views.notice("Alerts unmuted.")
    return views.notice(f"Alerts muted until {until:%d %b %H:%M} UTC; held developments go into the next digest.")


def cmd_feeds(c: Ctx, args: list[str]) -> Message:
    if not args or args[0].lower() == "list":
        if len(args) > 1:
            raise UsageError("feeds list takes no arguments")
        return views.feeds_message(queries.list_feeds(c.db))
    action = args[0].lower()
    if action not in ("add", "remove") or len(args) != 2:
        raise UsageError("feeds list | feeds add URL | feeds remove URL")
    if not _is_admin(c):
        return _refusal(c)
    url = args[1].strip("<>")  # Slack wraps pasted links in <...>
    if "|" in url:
        url = url.split("|", 1)[0]
    if action == "remove":
        if queries.remove_feed(c.db, url):
            return views.notice(f"Feed removed: {url}")
        return views.notice(f"No such feed: {url}", private=True)
    # http(s) only, and no host that resolves to a private, loopback or link-local address; the fetcher
    # checks again on every redirect. ``app.resolver`` (optional) replaces DNS in tests.
    check_url(url, getattr(c.app, "resolver", None))
    if queries.add_feed(c.db, url, c.now, origin="chat"):
        return views.notice(f"Feed added: {url}. It will be polled shortly.")
    return views.notice(f"Already watching {url}.", private=True)


# --------------------------------------------------------------------------- dispatch

COMMANDS: dict[str, Command] = {
    c.name: c
    for c in [
        Command("status", "status", "where the standoff stands now: top developments, what to watch, trend", cmd_status),
        Command("timeline", "timeline [N]", "the last N developments in date order (default 10)", cmd_timeline),
        Command("latest", "latest [N]", "the N newest developments (default 5)", cmd_latest),
        Command("search", "search QUERY", "search every article in the corpus", cmd_search),
        Command("sources", "sources ID", "publishers and links of a development; syndicated copies marked", cmd_sources),
        Command("explain", "explain ID", "why a development or article got its relevance, impact and sentiment",
                cmd_explain),
        Command("subscribe", "subscribe [min-impact N] [min-sources N] [digest daily HH:MM|weekly DAY HH:MM|"
                "cron \"m h dom mon dow\"|off] [tz ZONE] [quiet HH:MM-HH:MM|off] [budget K|off]",
                "alert this channel (admins)", cmd_subscribe, admin=True),
        Command("unsubscribe", "unsubscribe", "stop alerts and digests here (admins)", cmd_unsubscribe, admin=True),
        Command("mute", "mute HOURS", "hold this channel's alerts for HOURS, 0 to unmute (admins)", cmd_mute, admin=True),
        Command("feeds", "feeds list|add URL|remove URL", "the feeds watched; add or remove one (admins)", cmd_feeds),
        Command("health", "health", "sources, delivery backlog and alert lag", cmd_health),
        Command("help", "help", "this list", cmd_help),
    ]
}


def _is_admin(c: Ctx) -> bool:
    return c.req.is_admin or c.req.user in c.settings.bot.admins


def _refusal(c: Ctx) -> Message:
    return views.notice("Sorry, only workspace admins (or users listed in bot.admins) can change subscriptions "
                        "and feeds.", private=True)


def split_args(text: str, command: str = "standoff") -> list[str]:
    """The words of a command line, quotes respected; a leading ``/standoff`` (or ``standoff``) is dropped."""
    words = shlex.split(text.replace("“", '"').replace("”", '"'))
    if words and words[0].lstrip("/").lower() == command.lower():
        words = words[1:]
    return words


def handle(app: Any, req: CommandRequest) -> Message:
    """Answer one slash command. Never raises for bad input; unexpected errors propagate (they are bugs)."""
    command = app.settings.story.command
    try:
        args = split_args(req.text, command)
    except ValueError:
        return views.usage_message("Unbalanced quotes. Try `/" + command + " help`.")
    if not args:
        return cmd_help(Ctx(app, req, app.clock.now()), [])
    name = args[0].lower()
    cmd = COMMANDS.get(name)
    if cmd is None:
        shown = truncate(one_line(args[0]), 30)
        return views.usage_message(f"Unknown command {shown!r}. Try `/{command} help`.")
    ctx = Ctx(app, req, app.clock.now())
    if cmd.admin and not _is_admin(ctx):
        return _refusal(ctx)
    try:
        return cmd.run(ctx, args[1:])
    except UsageError as exc:
        return views.usage_message(f"{str(exc).rstrip('.')}. Usage: /{command} {cmd.usage}")
    except (NotFound, UnsafeURL) as exc:
        return views.notice(str(exc), private=True, tone="error")
    except BotError as exc:
        return views.notice(f"Sorry, that failed: {exc}", private=True, tone="error")
