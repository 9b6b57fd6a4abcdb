"""Channel subscriptions: ``subscriptions`` rows <-> ``bot.models.Subscription``."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlite_utils

from bot.clock import iso, parse_iso
from bot.models import Subscription


def subscription_to_row(s: Subscription) -> dict[str, Any]:
    return {
        "platform": s.platform,
        "channel": s.channel,
        "since": iso(s.since),
        "min_impact": s.min_impact,
        "min_sources": s.min_sources,
        "digest": s.digest,
        "timezone": s.timezone,
        "quiet_hours": s.quiet_hours,
        "noise_budget": s.noise_budget,
        "muted_until": iso(s.muted_until),
        "last_digest_at": iso(s.last_digest_at),
        "digest_when_empty": s.digest_when_empty,
    }


def subscription_from_row(r: dict[str, Any]) -> Subscription:
    return Subscription(
        platform=r["platform"],
        channel=r["channel"],
        since=parse_iso(r["since"]),  # type: ignore[arg-type]
        min_impact=r["min_impact"],
        min_sources=r["min_sources"],
        digest=r["digest"],
        timezone=r["timezone"],
        quiet_hours=r["quiet_hours"],
        noise_budget=r["noise_budget"],
        muted_until=parse_iso(r["muted_until"]),
        last_digest_at=parse_iso(r["last_digest_at"]),
        digest_when_empty=r["digest_when_empty"],
    )


def get_subscription(db: sqlite_utils.Database, platform: str, channel: str) -> Subscription | None:
    rows = list(db.query("select * from subscriptions where platform = ? and channel = ?", [platform, channel]))
    return subscription_from_row(rows[0]) if rows else None


def list_subscriptions(db: sqlite_utils.Database, platform: str | None = None) -> list[Subscription]:
    if platform is None:
        rows = db.query("select * from subscriptions order by platform, channel")
    else:
        rows = db.query("select * from subscriptions where platform = ? order by channel", [platform])
    return [subscription_from_row(r) for r in rows]


def upsert_subscription(db: sqlite_utils.Database, sub: Subscription) -> None:
    """Insert or replace the channel's row (every column is taken from ``sub``)."""
    row = subscription_to_row(sub)
    cols = ", ".join(row)
    marks = ", ".join("?" * len(row))
    updates = ", ".join(f"{c} = excluded.{c}" for c in row if c not in ("platform", "channel"))
    with db.atomic():
        db.execute(
            f"insert into subscriptions ({cols}) values ({marks})"
            f" on conflict(platform, channel) do update set {updates}",
            list(row.values()),
        )


def delete_subscription(db: sqlite_utils.Database, platform: str, channel: str) -> bool:
    """Remove the channel's subscription; True if there was one."""
    with db.atomic():
        cur = db.execute("delete from subscriptions where platform = ? and channel = ?", [platform, channel])
    return cur.rowcount > 0


def set_muted_until(db: sqlite_utils.Database, platform: str, channel: str, until: datetime | None) -> bool:
    """Mute (or, with None, unmute) the channel's alerts; True if the channel is subscribed."""
    with db.atomic():
        cur = db.execute("update subscriptions set muted_until = ? where platform = ? and channel = ?",
                         [iso(until), platform, channel])
    return cur.rowcount > 0


def set_last_digest(db: sqlite_utils.Database, platform: str, channel: str, when: datetime) -> bool:
    """Record when the channel's last digest was queued. Does not commit: call it inside the
    caller's ``with db.atomic():`` together with the digest's enqueue (see bot.store.digests)."""
    cur = db.execute("update subscriptions set last_digest_at = ? where platform = ? and channel = ?",
                     [iso(when), platform, channel])
    return cur.rowcount > 0
