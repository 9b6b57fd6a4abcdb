"""What a digest needs from the corpus, and recording a digest atomically.

``record_digest`` marks the channel's held alerts as digested, moves ``last_digest_at`` and
queues the digest in ONE transaction: after a crash either all three happened or none did,
so a digest is posted once and a held alert is listed once.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlite_utils

from bot.clock import iso
from bot.models import Development, OutboxItem, Subscription
from bot.store.developments import development_from_row
from bot.store.outbox import enqueue
from bot.store.subscriptions import list_subscriptions, set_last_digest

WATCH_DAYS = 60


def developments_between(db: sqlite_utils.Database, since: datetime, until: datetime) -> list[Development]:
    """Developments updated in ``(since, until]``."""
    rows = db.query("select * from developments where updated > ? and updated <= ? order by updated",
                    [iso(since), iso(until)])
    return [development_from_row(r) for r in rows]


def held_developments(db: sqlite_utils.Database, platform: str, channel: str) -> list[Development]:
    rows = db.query(
        "select d.* from alerts a join developments d on d.id = a.development_id"
        " where a.platform = ? and a.channel = ? and a.state = 'held' order by a.created",
        [platform, channel],
    )
    return [development_from_row(r) for r in rows]


def watch_developments(db: sqlite_utils.Database, until: datetime) -> list[Development]:
    """Recent developments that mention dates (deadlines, hearings) for "what to watch"."""
    rows = db.query("select * from developments where dates != '[]' and updated > ? and updated <= ?",
                    [iso(until - timedelta(days=WATCH_DAYS)), iso(until)])
    return [development_from_row(r) for r in rows]


def subscriptions_with_digests(db: sqlite_utils.Database) -> list[Subscription]:
    return [s for s in list_subscriptions(db) if s.digest]


def subscriptions_for_channel(db: sqlite_utils.Database, channel: str) -> list[Subscription]:
    return [s for s in list_subscriptions(db) if s.channel == channel]


def record_digest(db: sqlite_utils.Database, sub: Subscription, item: OutboxItem | None, now: datetime,
                  held_ids: list[str]) -> bool:
    """In one transaction: enqueue ``item``, mark the held alerts it lists 'digested', ``last_digest_at = now``.

    The enqueue goes first: if the slot's key was queued already (another process got there), nothing
    else changes. ``item`` None (an empty period the channel chose to skip) only moves ``last_digest_at``.
    Returns whether a new outbox row was written.
    """
    with db.atomic():
        if item is not None and not enqueue(db, item):
            return False
        if held_ids:
            marks = ",".join("?" * len(held_ids))
            db.execute(
                f"update alerts set state = 'digested', updated = ? where platform = ? and channel = ?"
                f" and state = 'held' and development_id in ({marks})",
                [iso(now), sub.platform, sub.channel, *held_ids],
            )
        set_last_digest(db, sub.platform, sub.channel, now)
    return item is not None
