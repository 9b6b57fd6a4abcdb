"""Digests: what a channel missed since its last digest, and when a digest is owed. Pure.

``digest_slot`` decides whether a digest is due: the latest scheduled slot at or before ``now``
that is later than the channel's last digest. Several missed slots (the bot was down) give
one slot, the latest, so they coalesce into one digest; the outbox key is built from that slot
(``digest_key``), so a digest can never be queued twice. ``build_digest`` turns the data the
store gathered into a neutral Message.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bot.clock import iso
from bot.core.schedule import parse_schedule, zone_for
from bot.models import (
    SENTIMENT_SCORE,
    Block,
    DateMention,
    Development,
    Inline,
    Message,
    Span,
    Subscription,
    sentiment_label,
)

HIGH_IMPACT = 7
MAX_HELD = 25
MAX_WATCH = 5
MAX_TIMELINE = 8


@dataclass(frozen=True, slots=True)
class DigestData:
    """What the store found for one channel's digest window ``(since, until]``."""

    since: datetime
    until: datetime
    developments: tuple[Development, ...]  # updated in the window
    previous: tuple[Development, ...] = ()  # updated in the window of the same length before
    held: tuple[Development, ...] = ()  # alerts held for this channel (quiet hours, noise budget, mute)
    watch: tuple[Development, ...] = ()  # recent developments whose dates may lie ahead


def digest_slot(sub: Subscription, now: datetime) -> datetime | None:
    """The scheduled slot whose digest is owed at ``now``, or None. Raises UsageError on a bad schedule."""
    if not sub.digest:
        return None
    slot = parse_schedule(sub.digest).previous_run(now, sub.timezone)
    baseline = sub.last_digest_at or sub.since
    if slot is None or slot <= baseline:
        return None
    return slot


def digest_key(sub: Subscription, slot: datetime) -> str:
    return f"digest:{sub.platform}:{sub.channel}:{iso(slot)}"


def is_empty(data: DigestData) -> bool:
    return not data.developments and not data.held


def _sources(d: Development) -> str:
    return f"{d.sources} independent sources" if d.sources >= 2 else "1 source, unverified"


def _local(when: datetime, tz: str) -> str:
    return when.astimezone(zone_for(tz)).strftime("%a %d %b %H:%M")


def _dev_line(d: Development) -> Inline:
    spans: list[Span] = [Span(f"[{d.impact}] ", bold=True)]
    spans.append(Span(d.title, url=d.url or None))
    when = f"{d.event_date:%d %b}; " if d.event_date else ""
    spans.append(Span(f" ({when}{d.category}, {d.sentiment}; {_sources(d)})"))
    return tuple(spans)


def _mean_sentiment(devs: Sequence[Development]) -> float | None:
    if not devs:
        return None
    return sum(SENTIMENT_SCORE.get(d.sentiment, 0) for d in devs) / len(devs)


def sentiment_trend(now: Sequence[Development], before: Sequence[Development], principal: str) -> str:
    cur, prev = _mean_sentiment(now), _mean_sentiment(before)
    if cur is None:
        return f"No new coverage to judge sentiment for {principal}."
    line = f"Sentiment for {principal}: {sentiment_label(cur)} on balance ({cur:+.1f} on a -2..+2 scale)"
    if prev is None:
        return line + "."
    diff = cur - prev
    if abs(diff) < 0.25:
        return line + f", steady against the previous period ({prev:+.1f})."
    direction = "more bullish" if diff > 0 else "more bearish"
    return line + f", {direction} than the previous period ({prev:+.1f})."


def status_change(now: Sequence[Development], before: Sequence[Development]) -> str:
    if not now:
        return "No change in the standoff's status this period."
    top = max(d.impact for d in now)
    prev_top = max((d.impact for d in before), default=None)
    major = [d for d in now if d.impact >= HIGH_IMPACT]
    parts = []
    if major:
        latest = max(major, key=lambda d: (d.event_date or d.first_seen.date(), d.updated))
        parts.append(f"Latest major development: {latest.title} (impact {latest.impact}).")
    else:
        parts.append("No high-impact development this period.")
    if prev_top is None:
        parts.append(f"Highest impact this period: {top}.")
    elif top > prev_top:
        parts.append(f"Escalating: highest impact {top}, up from {prev_top} in the previous period.")
    elif top < prev_top:
        parts.append(f"Calmer: highest impact {top}, down from {prev_top} in the previous period.")
    else:
        parts.append(f"Highest impact {top}, as in the previous period.")
    return " ".join(parts)


def upcoming(devs: Sequence[Development], today: date) -> list[tuple[DateMention, Development]]:
    """Dates ahead (deadlines first on the same day), each once, soonest first."""
    seen: set[tuple[date, str]] = set()
    out: list[tuple[DateMention, Development]] = []
    for d in devs:
        for m in d.dates:
            if m.kind == "past" or m.when < today:
                continue
            k = (m.when, m.what.strip().lower())
            if k in seen:
                continue
            seen.add(k)
            out.append((m, d))
    out.sort(key=lambda p: (p[0].when, p[0].kind != "deadline", p[0].what))
    return out[:MAX_WATCH]


def build_digest(sub: Subscription, data: DigestData, *, story: str, principal: str,
                 max_items: int = 10) -> Message | None:
    """The digest Message for ``sub``; for an empty period one line, or None when the channel chose 'skip'."""
    period = f"since {_local(data.since, sub.timezone)}"
    if is_empty(data):
        if sub.digest_when_empty == "skip":
            return None
        text = f"{story} digest: no new developments {period}."
        return Message(blocks=(Block(kind="paragraph", spans=(Span(text),)),), fallback=text)

    ranked = sorted(data.developments, key=lambda d: (-d.impact, -d.sources, d.title))
    blocks: list[Block] = [
        Block(kind="header", spans=(Span(f"{story}: digest"),)),
        Block(kind="context", items=((Span(f"{len(data.developments)} developments {period} ({sub.timezone})"),),)),
    ]
    if ranked:
        blocks.append(Block(kind="paragraph", spans=(Span("Developments by impact", bold=True),)))
        blocks.append(Block(kind="bullets", items=tuple(_dev_line(d) for d in ranked[:max_items])))
        if len(ranked) > max_items:
            blocks.append(Block(kind="context", items=((Span(f"and {len(ranked) - max_items} more"),),)))
    blocks.append(Block(kind="paragraph", spans=(Span("Status: ", bold=True),
                                                  Span(status_change(data.developments, data.previous)))))
    blocks.append(Block(kind="paragraph", spans=(Span(sentiment_trend(data.developments, data.previous,
                                                                      principal)),)))
    dated = sorted((d for d in data.developments if d.event_date), key=lambda d: (d.event_date, d.title))
    if dated:
        blocks.append(Block(kind="paragraph", spans=(Span("New on the timeline", bold=True),)))
        blocks.append(Block(kind="bullets", items=tuple(
            (Span(f"{d.event_date:%Y-%m-%d} "), Span(d.title, url=d.url or None)) for d in dated[:MAX_TIMELINE])))
    today = data.until.astimezone(zone_for(sub.timezone)).date()
    ahead = upcoming([*data.developments, *data.watch], today)
    if ahead:
        blocks.append(Block(kind="paragraph", spans=(Span("What to watch", bold=True),)))
        blocks.append(Block(kind="bullets", items=tuple(
            (Span(f"{m.when:%Y-%m-%d} ({m.kind}) "), Span(m.what)) for m, _ in ahead)))
    if data.held:
        held = sorted(data.held, key=lambda d: (-d.impact, d.title))
        blocks.append(Block(kind="paragraph", spans=(Span(f"Held alerts ({len(held)})", bold=True),
                                                     Span(": not posted at the time (quiet hours or noise budget)"))))
        blocks.append(Block(kind="bullets", items=tuple(_dev_line(d) for d in held[:MAX_HELD])))
        if len(held) > MAX_HELD:
            blocks.append(Block(kind="context", items=((Span(f"and {len(held) - MAX_HELD} more held"),),)))
    top = ranked[0] if ranked else sorted(data.held, key=lambda d: -d.impact)[0]
    fallback = (f"{story} digest {period}: {len(data.developments)} developments, {len(data.held)} held;"
                f" top: {top.title} (impact {top.impact})")
    tone = "alert" if any(d.impact >= HIGH_IMPACT for d in data.developments) else "neutral"
    return Message(blocks=tuple(blocks), fallback=fallback, tone=tone, url=top.url or None)


def previous_window(since: datetime, until: datetime) -> tuple[datetime, datetime]:
    """The window of the same length just before ``(since, until]`` (at least one day)."""
    length = max(until - since, timedelta(days=1))
    return since - length, since
