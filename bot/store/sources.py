"""The ``sources`` table: feeds, files and folders the watcher polls, and what it learnt polling them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

import sqlite_utils

from bot.clock import iso, parse_iso
from bot.errors import NotFound
from bot.models import Source

ORIGINS = ("config", "chat", "cli", "once")  # once: an extra source given to one `ingest` run


def source_from_row(row: Mapping[str, Any]) -> Source:
    return Source(
        url=row["url"],
        kind=row["kind"] or "feed",
        name=row["name"],
        id=row["id"],
        interval_s=row["interval_s"] or 900,
        etag=row["etag"],
        last_modified=row["last_modified"],
        next_poll=parse_iso(row["next_poll"]),
        error_count=row["error_count"] or 0,
        last_error=row["last_error"],
        last_fetch=parse_iso(row["last_fetch"]),
        last_success=parse_iso(row["last_success"]),
        origin=row["origin"] or "config",
    )


def source_to_row(source: Source) -> dict[str, Any]:
    return {
        "url": source.url,
        "kind": source.kind,
        "name": source.name,
        "interval_s": source.interval_s,
        "etag": source.etag,
        "last_modified": source.last_modified,
        "next_poll": iso(source.next_poll),
        "error_count": source.error_count,
        "last_error": source.last_error,
        "last_fetch": iso(source.last_fetch),
        "last_success": iso(source.last_success),
        "origin": source.origin,
    }


def _rows(db: sqlite_utils.Database, where: str = "", params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    cur = db.execute(f"select * from sources {where} order by id", list(params))
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def list_sources(db: sqlite_utils.Database, *, include_disabled: bool = False) -> list[Source]:
    """Sources in the order they were added. One-run extras (disabled rows) only when asked."""
    where = "" if include_disabled else "where enabled = 1"
    return [source_from_row(r) for r in _rows(db, where)]


def source_rows(db: sqlite_utils.Database, *, include_disabled: bool = False) -> list[dict[str, Any]]:
    """Raw rows (every column, e.g. last_status, fetch_count) for listings."""
    return _rows(db, "" if include_disabled else "where enabled = 1")


def get_source(db: sqlite_utils.Database, url: str) -> Source | None:
    rows = _rows(db, "where url = ?", [url])
    return source_from_row(rows[0]) if rows else None


def add_source(
    db: sqlite_utils.Database,
    url: str,
    kind: str = "feed",
    name: str | None = None,
    origin: str = "cli",
    now: datetime | None = None,
    *,
    interval_s: int | None = None,
    enabled: bool = True,
) -> Source:
    """Add a source, or re-enable and relabel an existing one (keeping its fetch state). Returns the row."""
    existing = _rows(db, "where url = ?", [url])
    with db.atomic():
        if existing:
            row = existing[0]
            updates: dict[str, Any] = {"kind": kind, "enabled": 1 if enabled else row["enabled"]}
            if name:
                updates["name"] = name
            if interval_s is not None:
                updates["interval_s"] = interval_s
            # a one-run extra that is now added for good takes the new origin
            if row["origin"] == "once" or (origin == "config" and row["origin"] != "config"):
                updates["origin"] = origin
            sets = ", ".join(f"{k} = ?" for k in updates)
            db.execute(f"update sources set {sets} where id = ?", [*updates.values(), row["id"]])
        else:
            db.execute(
                "insert into sources (url, kind, name, origin, enabled, interval_s, added_at) "
                "values (?, ?, ?, ?, ?, ?, ?)",
                [url, kind, name, origin, 1 if enabled else 0, interval_s, iso(now)],
            )
    src = get_source(db, url)
    assert src is not None
    return src


def remove_source(db: sqlite_utils.Database, url: str) -> None:
    """Delete a source; its articles stay (their source_id becomes NULL). NotFound if unknown."""
    with db.atomic():
        cur = db.execute("delete from sources where url = ?", [url])
    if cur.rowcount == 0:
        raise NotFound(f"no source with URL {url!r}", url=url)


def sync_config_sources(
    db: sqlite_utils.Database, configured: Iterable[tuple[str, str, str | None, int | None]], now: datetime
) -> None:
    """Make the config-origin rows match ``configured`` (url, kind, name, interval_s or None).
    Rows added from chat or the CLI are kept; config rows no longer configured are removed."""
    wanted = {url: (kind, name, interval) for url, kind, name, interval in configured}
    existing = {r["url"]: r for r in _rows(db)}
    with db.atomic():
        for url, (kind, name, interval) in wanted.items():
            row = existing.get(url)
            if row is None:
                db.execute(
                    "insert into sources (url, kind, name, origin, enabled, interval_s, added_at) "
                    "values (?, ?, ?, 'config', 1, ?, ?)",
                    [url, kind, name, interval, iso(now)],
                )
            elif row["origin"] == "once":  # a one-run extra that is now configured
                db.execute(
                    "update sources set kind = ?, name = ?, interval_s = ?, enabled = 1, origin = 'config' "
                    "where id = ?",
                    [kind, name, interval, row["id"]],
                )
            elif row["origin"] == "config" and (row["kind"], row["name"], row["interval_s"]) != (kind, name, interval):
                # ``enabled`` is left alone: a config feed switched off from chat stays off
                db.execute("update sources set kind = ?, name = ?, interval_s = ? where id = ?",
                           [kind, name, interval, row["id"]])
        for url, row in existing.items():
            if row["origin"] == "config" and url not in wanted:
                db.execute("delete from sources where id = ?", [row["id"]])


def record_poll(db: sqlite_utils.Database, source_id: int, fields: Mapping[str, Any]) -> None:
    """Write a poll's outcome onto the source row (no commit: the caller owns the transaction).
    ``fields`` are column values; the counters ``fetch_count``, ``not_modified_count`` and
    ``entries_total`` are added to, not replaced."""
    adds = {k: fields[k] for k in ("fetch_count", "not_modified_count", "entries_total") if k in fields}
    sets = {k: v for k, v in fields.items() if k not in adds}
    parts = [f"{k} = ?" for k in sets] + [f"{k} = {k} + ?" for k in adds]
    db.execute(f"update sources set {', '.join(parts)} where id = ?",
               [*sets.values(), *adds.values(), source_id])


def require_source(db: sqlite_utils.Database, url: str) -> Source:
    src = get_source(db, url)
    if src is None:
        raise NotFound(f"no source with URL {url!r}", url=url)
    return src
