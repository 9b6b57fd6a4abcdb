"""What each channel has been told about each development (table ``alerts``) and the planner's cursor.

One row per (platform, channel, development): state 'posted' (a parent is queued or sent), 'held'
(quiet hours / noise budget / mute: listed by the next digest) or 'digested'. ``impact``, ``sources``,
``article_ids`` and ``view_hash`` are what the channel was last told, so re-planning only adds what is new.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlite_utils

from bot.clock import iso, parse_iso
from bot.models import Article
from bot.store.codec import dumps, loads

CURSOR_KEY = "alerts.cursor"


@dataclass(frozen=True, slots=True)
class AlertState:
    platform: str
    channel: str
    development_id: str
    state: str  # posted | held | digested
    created: datetime
    updated: datetime
    parent_key: str | None = None
    impact: int = 0
    sources: int = 0
    article_ids: tuple[int, ...] = ()
    view_hash: str = ""

    @property
    def where(self) -> tuple[str, str, str]:
        return (self.platform, self.channel, self.development_id)


def _row(s: AlertState) -> dict[str, Any]:
    return {
        "platform": s.platform,
        "channel": s.channel,
        "development_id": s.development_id,
        "parent_key": s.parent_key,
        "state": s.state,
        "impact": s.impact,
        "sources": s.sources,
        "article_ids": dumps(list(s.article_ids)),
        "created": iso(s.created),
        "updated": iso(s.updated),
        "view_hash": s.view_hash,
    }


def _from_row(r: dict[str, Any]) -> AlertState:
    return AlertState(
        platform=r["platform"],
        channel=r["channel"],
        development_id=r["development_id"],
        state=r["state"],
        created=parse_iso(r["created"]),  # type: ignore[arg-type]
        updated=parse_iso(r["updated"]),  # type: ignore[arg-type]
        parent_key=r["parent_key"],
        impact=r["impact"],
        sources=r["sources"],
        article_ids=tuple(loads(r["article_ids"], [])),
        view_hash=r.get("view_hash") or "",
    )


def states_for(db: sqlite_utils.Database, development_ids: Iterable[str]) -> dict[tuple[str, str, str], AlertState]:
    ids = list(dict.fromkeys(development_ids))
    out: dict[tuple[str, str, str], AlertState] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i: i + 500]
        marks = ",".join("?" * len(chunk))
        for r in db.query(f"SELECT * FROM alerts WHERE development_id IN ({marks})", chunk):
            s = _from_row(r)
            out[s.where] = s
    return out


def get_state(db: sqlite_utils.Database, platform: str, channel: str, development_id: str) -> AlertState | None:
    rows = list(db.query("SELECT * FROM alerts WHERE platform = ? AND channel = ? AND development_id = ?",
                         [platform, channel, development_id]))
    return _from_row(rows[0]) if rows else None


def save_state(db: sqlite_utils.Database, s: AlertState) -> None:
    """Insert or update the row (no commit: call inside the planner's transaction)."""
    row = _row(s)
    cols = ", ".join(row)
    marks = ", ".join("?" * len(row))
    updates = ", ".join(f"{c} = excluded.{c}" for c in row if c not in ("platform", "channel", "development_id",
                                                                          "created"))
    db.execute(f"INSERT INTO alerts ({cols}) VALUES ({marks}) ON CONFLICT(platform, channel, development_id)"
               f" DO UPDATE SET {updates}", list(row.values()))


def recent_alert_times(db: sqlite_utils.Database, since: datetime) -> dict[tuple[str, str], list[datetime]]:
    """When each channel's parent alerts (state posted) were planned, from ``since`` on (noise budget)."""
    out: dict[tuple[str, str], list[datetime]] = {}
    for p, c, created in db.execute(
        "SELECT platform, channel, created FROM alerts WHERE state = 'posted' AND created > ? ORDER BY created",
        [iso(since)],
    ).fetchall():
        out.setdefault((p, c), []).append(parse_iso(created))  # type: ignore[arg-type]
    return out


def held(db: sqlite_utils.Database, platform: str, channel: str) -> list[AlertState]:
    rows = db.query("SELECT * FROM alerts WHERE platform = ? AND channel = ? AND state = 'held' ORDER BY created",
                    [platform, channel])
    return [_from_row(r) for r in rows]


def get_cursor(db: sqlite_utils.Database) -> datetime | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [CURSOR_KEY]).fetchone()
    return parse_iso(row[0]) if row else None


def set_cursor(db: sqlite_utils.Database, when: datetime) -> None:
    """No commit: part of the planner's transaction."""
    db.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
               [CURSOR_KEY, iso(when)])


def articles_by_id(db: sqlite_utils.Database, ids: Iterable[int]) -> dict[int, Article]:
    """The few article fields a thread reply needs."""
    wanted = list(dict.fromkeys(ids))
    out: dict[int, Article] = {}
    for i in range(0, len(wanted), 500):
        chunk = wanted[i: i + 500]
        marks = ",".join("?" * len(chunk))
        for r in db.query(f"SELECT id, url, title, publisher, domain, published, fetched FROM articles"
                          f" WHERE id IN ({marks})", chunk):
            out[r["id"]] = Article(url=r["url"], title=r["title"], publisher=r["publisher"], domain=r["domain"],
                                   published=parse_iso(r["published"]), fetched=parse_iso(r["fetched"]),
                                   id=r["id"])
    return out
