"""Frozen value types shared by every layer. No I/O here; anything may import this module."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

# --------------------------------------------------------------------------- articles

SourceKind = Literal["rss", "atom", "jsonfeed", "feed", "file", "folder", "search"]


@dataclass(frozen=True, slots=True)
class Source:
    url: str
    kind: str = "feed"
    name: str | None = None
    id: int | None = None
    interval_s: int = 900
    etag: str | None = None
    last_modified: str | None = None
    next_poll: datetime | None = None
    error_count: int = 0
    last_error: str | None = None
    last_fetch: datetime | None = None
    last_success: datetime | None = None
    origin: str = "config"  # config | chat | cli


@dataclass(frozen=True, slots=True)
class Article:
    """A normalised article. ``url`` is the canonical URL; times are UTC-aware."""

    url: str
    title: str
    summary: str = ""
    text: str = ""
    published: datetime | None = None
    fetched: datetime | None = None
    publisher: str = ""
    domain: str = ""
    content_hash: str = ""
    language: str | None = None
    urls_seen: tuple[str, ...] = ()
    source_id: int | None = None
    is_seed: bool = False
    id: int | None = None

    @property
    def when(self) -> datetime | None:
        """The best time we know for the article: published, else fetched."""
        return self.published or self.fetched


# --------------------------------------------------------------------------- signals

Sentiment = Literal["very-bearish", "bearish", "neutral", "bullish", "very-bullish"]
SENTIMENT_TIERS: tuple[str, ...] = ("very-bearish", "bearish", "neutral", "bullish", "very-bullish")
SENTIMENT_SCORE: dict[str, int] = {"very-bearish": -2, "bearish": -1, "neutral": 0, "bullish": 1, "very-bullish": 2}


def sentiment_label(score: float) -> str:
    """The tier (in words) of a mean sentiment score on the -2..+2 scale of SENTIMENT_SCORE."""
    if score <= -1.5:
        return "very bearish"
    if score <= -0.5:
        return "bearish"
    if score < 0.5:
        return "neutral"
    if score < 1.5:
        return "bullish"
    return "very bullish"


CATEGORIES: tuple[str, ...] = ("Regulation", "Legal", "Contracts", "Military", "Policy", "Industry", "Opinion")
Effect = Literal["positive", "negative", "mixed"]


@dataclass(frozen=True, slots=True)
class ImpactReason:
    """One component of an impact score, citing the phrase that triggered it."""

    component: str  # regulatory | financial | operational | certainty | kind | base
    points: float
    phrase: str
    note: str = ""

    def __str__(self) -> str:
        sign = "+" if self.points >= 0 else ""
        pts = f"{self.points:g}"
        tail = f", {self.note}" if self.note else ""
        return f"{self.component} {sign}{pts}: {self.phrase}{tail}"


@dataclass(frozen=True, slots=True)
class Entity:
    name: str
    type: str  # company | government | person | product | organization


@dataclass(frozen=True, slots=True)
class Affected:
    party: str
    type: str
    effect: str  # positive | negative | mixed
    how: str = ""


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date the article mentions: a deadline or scheduled event, for "what to watch"."""

    when: date
    what: str
    kind: str = "event"  # deadline | hearing | event | past


@dataclass(frozen=True, slots=True)
class Signal:
    """The classifier's verdict on one article."""

    article_id: int | None
    relevant: bool
    relevance: float
    impact: int = 1
    impact_reasons: tuple[ImpactReason, ...] = ()
    sentiment: str = "neutral"
    sentiment_score: float = 0.0
    category: str = "Industry"
    kind: str = "news"  # news | opinion | explainer
    entities: tuple[Entity, ...] = ()
    affected: tuple[Affected, ...] = ()
    key_facts: tuple[str, ...] = ()
    dates: tuple[DateMention, ...] = ()
    development_id: str | None = None
    syndicated_of: int | None = None
    relevance_reasons: tuple[str, ...] = ()
    sentiment_reasons: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Development:
    """One real-world event as reported by one or more outlets."""

    id: str
    title: str
    event_date: date | None
    first_seen: datetime
    updated: datetime
    article_ids: tuple[int, ...] = ()
    publishers: tuple[str, ...] = ()  # independent publishers, originals first
    sources: int = 1  # independent sources: syndicated copies count once
    impact: int = 1
    impact_reasons: tuple[ImpactReason, ...] = ()
    sentiment: str = "neutral"
    category: str = "Industry"
    key_facts: tuple[str, ...] = ()
    affected: tuple[Affected, ...] = ()
    entities: tuple[Entity, ...] = ()
    dates: tuple[DateMention, ...] = ()
    url: str = ""

    @property
    def verified(self) -> bool:
        return self.sources >= 2


# --------------------------------------------------------------------------- chat


@dataclass(frozen=True, slots=True)
class Subscription:
    """A channel's alert settings. ``since``: only developments first seen after it alert."""

    platform: str  # slack | discord | terminal
    channel: str
    since: datetime
    min_impact: int = 7
    min_sources: int = 1
    digest: str | None = "daily 09:00"  # daily HH:MM | weekly DAY HH:MM | cron expression | None
    timezone: str = "UTC"
    quiet_hours: str | None = None  # "22:00-07:00"
    noise_budget: int | None = None  # at most K alerts per hour
    muted_until: datetime | None = None
    last_digest_at: datetime | None = None
    digest_when_empty: str = "line"  # line | skip


@dataclass(frozen=True, slots=True)
class Span:
    """A run of inline text. ``text`` is untrusted and is escaped by every renderer."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    url: str | None = None


Inline = tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Block:
    """One block of a neutral message. Which fields matter depends on ``kind``:

    header: spans; paragraph: spans; bullets: items; context: items;
    fields: fields (name, value); divider: nothing.
    """

    kind: Literal["header", "paragraph", "bullets", "context", "fields", "divider"]
    spans: Inline = ()
    items: tuple[Inline, ...] = ()
    fields: tuple[tuple[str, Inline], ...] = ()


@dataclass(frozen=True, slots=True)
class Message:
    """A platform-neutral message, rendered to Block Kit, Discord or terminal text by core.render."""

    blocks: tuple[Block, ...]
    fallback: str  # plain-text summary for notifications and screen readers
    tone: str = "neutral"  # neutral | bearish | bullish | alert | error: a color hint
    private: bool = False  # answer only to the user who asked (Slack ephemeral / Discord ephemeral)
    url: str | None = None  # the main link, used as an embed URL on Discord


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """A message the bot owes a channel. Written before sending; ``key`` makes it unique forever.

    kind: post (a parent alert), reply (in the parent's thread), edit (of the parent),
    broadcast (a reply also shown in the channel), digest, notice.
    """

    key: str
    platform: str
    channel: str
    kind: str
    message: Message
    development_id: str | None = None
    parent_key: str | None = None  # for reply/edit/broadcast: the outbox key of the parent post
    seq: int | None = None
    status: str = "pending"  # pending | sent | failed
    message_id: str | None = None
    thread_id: str | None = None
    attempts: int = 0
    last_error: str | None = None
    not_before: datetime | None = None
    created: datetime | None = None
    sent_at: datetime | None = None
    extra: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CommandRequest:
    """A slash command as any platform delivers it: ``/standoff <text>``."""

    platform: str  # slack | discord | terminal
    channel: str
    user: str
    text: str  # everything after the command name, e.g. "timeline 5"
    is_admin: bool = False  # workspace admin/owner (Slack), Manage Server (Discord), or listed in bot.admins
    user_name: str = ""


@dataclass(frozen=True, slots=True)
class SentRef:
    """What a platform returned for a sent message: its id (Slack ts / Discord message id) and thread."""

    message_id: str
    thread_id: str | None = None
