"""The durable outbox: every post, reply, edit, digest and notice is a row here before it is sent.

A row's ``key`` is unique forever (INSERT OR IGNORE), so re-planning after a crash never queues a
message twice. ``attempts`` is raised and committed *before* each send: a row that is still
pending with ``attempts > 0`` may already have been accepted by the platform, and the delivery
worker looks it up (``Transport.find_sent``) before sending it again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlite_utils

from bot.clock import iso, parse_iso
from bot.models import OutboxItem, SentRef
from bot.store.codec import dumps, loads, message_from_json, message_to_json


@dataclass(frozen=True, slots=True)
class Backlog:
    pending: int
    failed: int
    sent: int
    oldest_pending: datetime | None


def item_to_row(item: OutboxItem) -> dict[str, Any]:
    return {
        "key": item.key,
        "platform": item.platform,
        "channel": item.channel,
        "kind": item.kind,
        "development_id": item.development_id,
        "parent_key": item.parent_key,
        "payload": message_to_json(item.message),
        "status": item.status,
        "message_id": item.message_id,
        "thread_id": item.thread_id,
        "attempts": item.attempts,
        "last_error": item.last_error,
        "not_before": iso(item.not_before),
        "created": iso(item.created),
        "sent_at": iso(item.sent_at),
        "extra": dumps(item.extra or {}),
    }


def item_from_row(r: dict[str, Any]) -> OutboxItem:
    return OutboxItem(
        key=r["key"],
        platform=r["platform"],
        channel=r["channel"],
        kind=r["kind"],
        message=message_from_json(r["payload"]),
        development_id=r["development_id"],
        parent_key=r["parent_key"],
        seq=r["seq"],
        status=r["status"],
        message_id=r["message_id"],
        thread_id=r["thread_id"],
        attempts=r["attempts"],
        last_error=r["last_error"],
        not_before=parse_iso(r["not_before"]),
        created=parse_iso(r["created"]),
        sent_at=parse_iso(r["sent_at"]),
        extra=loads(r["extra"], {}),
    )


def enqueue(db: sqlite_utils.Database, item: OutboxItem) -> bool:
    """Write ``item`` as a pending row. False (and nothing changes) if its key was ever queued before.

    ``item.created`` should be set from the injected clock; if it is not, SQLite's time is used.
    Does not commit: call it inside the caller's ``with db.atomic():`` so the row is written in the
    same transaction as the state that caused it.
    """
    row = item_to_row(item)
    created_given = row["created"] is not None
    if not created_given:
        row["created"] = ""  # NOT NULL: replaced with SQLite's time just below
    cols = list(row)
    cur = db.execute(
        f"INSERT OR IGNORE INTO outbox ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
        [row[c] for c in cols],
    )
    if cur.rowcount and not created_given:
        db.execute("UPDATE outbox SET created = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE key = ?",
                   [item.key])
    return cur.rowcount > 0


def enqueue_edit(db: sqlite_utils.Database, item: OutboxItem) -> bool:
    """Queue an edit of ``item.parent_key``, coalescing: if an edit of that parent is still pending,
    its content is replaced by this newer one (the latest content wins) instead of adding a row.

    Returns True when a row was written or updated, False if ``item.key`` was queued before.
    """
    if db.execute("SELECT 1 FROM outbox WHERE key = ?", [item.key]).fetchone():
        return False
    cur = db.execute(
        "UPDATE outbox SET payload = ?, extra = ? WHERE seq = (SELECT max(seq) FROM outbox"
        " WHERE parent_key = ? AND kind = 'edit' AND status = 'pending')",
        [message_to_json(item.message), dumps(item.extra or {}), item.parent_key],
    )
    if cur.rowcount:
        return True
    return enqueue(db, item)


def get(db: sqlite_utils.Database, key: str) -> OutboxItem | None:
    rows = list(db.query("SELECT * FROM outbox WHERE key = ?", [key]))
    return item_from_row(rows[0]) if rows else None


def pending(db: sqlite_utils.Database, platform: str | None = None) -> list[OutboxItem]:
    """Pending rows in queue order (seq), optionally of one platform."""
    if platform is None:
        rows = db.query("SELECT * FROM outbox WHERE status = 'pending' ORDER BY seq")
    else:
        rows = db.query("SELECT * FROM outbox WHERE status = 'pending' AND platform = ? ORDER BY seq", [platform])
    return [item_from_row(r) for r in rows]


def begin_attempt(db: sqlite_utils.Database, key: str) -> int:
    """Count one more attempt and commit it before sending. Returns the attempts made before this one."""
    with db.atomic():
        row = db.execute("SELECT attempts FROM outbox WHERE key = ?", [key]).fetchone()
        db.execute("UPDATE outbox SET attempts = attempts + 1 WHERE key = ?", [key])
    return int(row[0]) if row else 0


def release_attempt(db: sqlite_utils.Database, key: str) -> None:
    """Take back an attempt the platform refused outright (a 429): it cannot have been delivered,
    so it neither counts towards giving up nor makes the next attempt look the key up."""
    with db.atomic():
        db.execute("UPDATE outbox SET attempts = max(0, attempts - 1) WHERE key = ?", [key])


def mark_sent(db: sqlite_utils.Database, key: str, ref: SentRef, now: datetime,
              payload: str | None = None) -> bool:
    """Record the platform's message id. With ``payload``, only if the row still holds that content
    (a coalesced edit whose content changed while it was in flight stays pending and is sent again).
    """
    sql = ("UPDATE outbox SET status = 'sent', message_id = ?, thread_id = ?, sent_at = ?, last_error = NULL"
           " WHERE key = ?")
    params: list[Any] = [ref.message_id, ref.thread_id, iso(now), key]
    if payload is not None:
        sql += " AND payload = ?"
        params.append(payload)
    with db.atomic():
        cur = db.execute(sql, params)
    return cur.rowcount > 0


def mark_failed(db: sqlite_utils.Database, key: str, error: str, now: datetime | None = None) -> None:
    """A permanent failure: recorded on the row and reported, never retried."""
    with db.atomic():
        db.execute("UPDATE outbox SET status = 'failed', last_error = ?, sent_at = ? WHERE key = ?",
                   [error[:500], iso(now), key])


def mark_retry(db: sqlite_utils.Database, key: str, error: str, not_before: datetime | None) -> None:
    """A transient failure: stays pending, not to be tried before ``not_before``."""
    with db.atomic():
        db.execute("UPDATE outbox SET last_error = ?, not_before = ? WHERE key = ?",
                   [error[:500], iso(not_before), key])


def backlog(db: sqlite_utils.Database, platform: str | None = None) -> Backlog:
    where, params = ("WHERE platform = ?", [platform]) if platform else ("", [])
    pend, failed, sent, oldest = db.execute(
        "SELECT sum(status = 'pending'), sum(status = 'failed'), sum(status = 'sent'),"
        f" min(CASE WHEN status = 'pending' THEN created END) FROM outbox {where}",
        params,
    ).fetchone()
    return Backlog(pending=pend or 0, failed=failed or 0, sent=sent or 0, oldest_pending=parse_iso(oldest))


def failed(db: sqlite_utils.Database, platform: str | None = None) -> list[OutboxItem]:
    if platform is None:
        rows = db.query("SELECT * FROM outbox WHERE status = 'failed' ORDER BY seq")
    else:
        rows = db.query("SELECT * FROM outbox WHERE status = 'failed' AND platform = ? ORDER BY seq", [platform])
    return [item_from_row(r) for r in rows]
