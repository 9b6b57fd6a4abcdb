"""Developments and per-article signals: rows <-> models."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

import sqlite_utils

from bot.clock import iso, parse_iso
from bot.models import Article, Development, Signal
from bot.store.codec import affected_from, dates_from, dumps, entities_from, loads, reasons_from


def development_to_row(d: Development) -> dict[str, Any]:
    return {
        "id": d.id,
        "title": d.title,
        "event_date": d.event_date.isoformat() if d.event_date else None,
        "first_seen": iso(d.first_seen),
        "updated": iso(d.updated),
        "article_ids": dumps(list(d.article_ids)),
        "publishers": dumps(list(d.publishers)),
        "sources": d.sources,
        "impact": d.impact,
        "impact_reasons": dumps(list(d.impact_reasons)),
        "sentiment": d.sentiment,
        "category": d.category,
        "key_facts": dumps(list(d.key_facts)),
        "affected": dumps(list(d.affected)),
        "entities": dumps(list(d.entities)),
        "dates": dumps(list(d.dates)),
        "url": d.url,
    }


def development_from_row(r: dict[str, Any]) -> Development:
    return Development(
        id=r["id"],
        title=r["title"],
        event_date=date.fromisoformat(r["event_date"]) if r["event_date"] else None,
        first_seen=parse_iso(r["first_seen"]),  # type: ignore[arg-type]
        updated=parse_iso(r["updated"]),  # type: ignore[arg-type]
        article_ids=tuple(loads(r["article_ids"], [])),
        publishers=tuple(loads(r["publishers"], [])),
        sources=r["sources"],
        impact=r["impact"],
        impact_reasons=reasons_from(r["impact_reasons"]),
        sentiment=r["sentiment"],
        category=r["category"],
        key_facts=tuple(loads(r["key_facts"], [])),
        affected=affected_from(r["affected"]),
        entities=entities_from(r["entities"]),
        dates=dates_from(r["dates"]),
        url=r["url"],
    )


def save_development(db: sqlite_utils.Database, d: Development) -> None:
    db["developments"].upsert(development_to_row(d), pk="id")


def get_development(db: sqlite_utils.Database, dev_id: str) -> Development | None:
    rows = list(db.query("select * from developments where id = ?", [dev_id]))
    return development_from_row(rows[0]) if rows else None


def get_developments(db: sqlite_utils.Database, ids: Iterable[str]) -> list[Development]:
    ids = list(ids)
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    return [development_from_row(r) for r in db.query(f"select * from developments where id in ({marks})", ids)]


def signal_to_row(s: Signal, classified_at: str | None = None) -> dict[str, Any]:
    return {
        "article_id": s.article_id,
        "relevant": int(s.relevant),
        "relevance": s.relevance,
        "impact": s.impact,
        "impact_reasons": dumps(list(s.impact_reasons)),
        "sentiment": s.sentiment,
        "sentiment_score": s.sentiment_score,
        "category": s.category,
        "kind": s.kind,
        "entities": dumps(list(s.entities)),
        "affected": dumps(list(s.affected)),
        "key_facts": dumps(list(s.key_facts)),
        "dates": dumps(list(s.dates)),
        "relevance_reasons": dumps(list(s.relevance_reasons)),
        "sentiment_reasons": dumps(list(s.sentiment_reasons)),
        "development_id": s.development_id,
        "syndicated_of": s.syndicated_of,
        "classified_at": classified_at,
    }


def signal_from_row(r: dict[str, Any]) -> Signal:
    return Signal(
        article_id=r["article_id"],
        relevant=bool(r["relevant"]),
        relevance=r["relevance"],
        impact=r["impact"],
        impact_reasons=reasons_from(r["impact_reasons"]),
        sentiment=r["sentiment"],
        sentiment_score=r["sentiment_score"],
        category=r["category"],
        kind=r["kind"],
        entities=entities_from(r["entities"]),
        affected=affected_from(r["affected"]),
        key_facts=tuple(loads(r["key_facts"], [])),
        dates=dates_from(r["dates"]),
        relevance_reasons=tuple(loads(r["relevance_reasons"], [])),
        sentiment_reasons=tuple(loads(r["sentiment_reasons"], [])),
        development_id=r["development_id"],
        syndicated_of=r["syndicated_of"],
    )


def save_signal(db: sqlite_utils.Database, s: Signal, classified_at: str | None = None) -> None:
    db["signals"].upsert(signal_to_row(s, classified_at), pk="article_id")


def get_signal(db: sqlite_utils.Database, article_id: int) -> Signal | None:
    rows = list(db.query("select * from signals where article_id = ?", [article_id]))
    return signal_from_row(rows[0]) if rows else None


# --------------------------------------------------------------------------- classifier I/O

_ARTICLE_COLS = "id, url, title, summary, text, published, fetched, publisher, domain, content_hash, is_seed"


def _article(row: tuple[Any, ...]) -> Article:
    return Article(
        id=row[0], url=row[1], title=row[2] or "", summary=row[3] or "", text=row[4] or "",
        published=parse_iso(row[5]), fetched=parse_iso(row[6]), publisher=row[7] or "", domain=row[8] or "",
        content_hash=row[9] or "", is_seed=bool(row[10]),
    )


def pending_articles(db: sqlite_utils.Database, limit: int = 500) -> list[Article]:
    """Unclassified articles, oldest first by publication (else fetch) date, then id."""
    rows = db.execute(
        f"select {_ARTICLE_COLS} from articles where classified = 0 "
        "order by coalesce(published, fetched) is null, coalesce(published, fetched), id limit ?",
        [limit],
    ).fetchall()
    return [_article(r) for r in rows]


def count_pending(db: sqlite_utils.Database) -> int:
    return int(db.execute("select count(*) from articles where classified = 0").fetchone()[0])


def mark_articles_classified(db: sqlite_utils.Database, ids: Iterable[int]) -> None:
    db.conn.executemany("update articles set classified = 1 where id = ?", [(i,) for i in ids])


def article_titles(db: sqlite_utils.Database, ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """id -> (title, url) for the given articles."""
    ids = list(ids)
    out: dict[int, tuple[str, str]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i: i + 500]
        marks = ",".join("?" * len(chunk))
        for r in db.execute(f"select id, title, url from articles where id in ({marks})", chunk).fetchall():
            out[r[0]] = (r[1] or "", r[2] or "")
    return out


def get_signals(db: sqlite_utils.Database, ids: Iterable[int]) -> dict[int, Signal]:
    ids = list(ids)
    out: dict[int, Signal] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i: i + 500]
        marks = ",".join("?" * len(chunk))
        for r in db.query(f"select * from signals where article_id in ({marks})", chunk):
            out[r["article_id"]] = signal_from_row(r)
    return out


def load_cluster_states(db: sqlite_utils.Database, since_day: str | None) -> list[dict[str, Any]]:
    """Clustering state of developments active on or after ``since_day`` (all when None), plus undated ones."""
    if since_day is None:
        rows = db.execute("select state from development_state").fetchall()
    else:
        rows = db.execute(
            "select state from development_state where last_day is null or last_day >= ?", [since_day]
        ).fetchall()
    return [loads(r[0], {}) for r in rows]


def load_cluster_state(db: sqlite_utils.Database, dev_id: str) -> dict[str, Any] | None:
    row = db.execute("select state from development_state where id = ?", [dev_id]).fetchone()
    return loads(row[0], {}) if row else None


def delete_development(db: sqlite_utils.Database, dev_id: str) -> None:
    db.execute("delete from developments where id = ?", [dev_id])
    db.execute("delete from development_state where id = ?", [dev_id])


def save_cluster_state(db: sqlite_utils.Database, dev_id: str, last_day: str | None, state: dict[str, Any]) -> None:
    db.execute(
        "insert into development_state(id, last_day, state) values (?, ?, ?) "
        "on conflict(id) do update set last_day = excluded.last_day, state = excluded.state",
        [dev_id, last_day, dumps(state)],
    )


def get_meta(db: sqlite_utils.Database, key: str) -> str | None:
    row = db.execute("select value from meta where key = ?", [key]).fetchone()
    return row[0] if row else None


def set_meta(db: sqlite_utils.Database, key: str, value: str) -> None:
    db.execute("insert into meta(key, value) values (?, ?) on conflict(key) do update set value = excluded.value",
               [key, value])


def clear_classification(db: sqlite_utils.Database, meta_prefix: str = "classify.") -> None:
    """Forget every signal, development and clustering state; mark every article unclassified."""
    with db.atomic():
        db.execute("delete from signals")
        db.execute("delete from developments")
        db.execute("delete from development_state")
        db.execute("delete from meta where key like ?", [meta_prefix + "%"])
        db.execute("update articles set classified = 0 where classified != 0")


def insert_batch_article(db: sqlite_utils.Database, a: Article) -> int:
    """Insert one article as given (no de-duplication: the batch classifier wants one row per input line).
    A URL already present gets a ``#n`` suffix so every input keeps its own row."""
    url = a.url or "batch:"
    n = 0
    while db.execute("select 1 from articles where url = ?", [url]).fetchone():
        n += 1
        url = f"{a.url or 'batch:'}#{n}"
    cur = db.execute(
        "insert into articles (url, title, summary, text, published, fetched, publisher, domain, content_hash, "
        "is_seed, classified) values (?, ?, '', ?, ?, ?, ?, ?, '', 0, 0)",
        [url, a.title, a.text, iso(a.published), iso(a.fetched), a.publisher, a.domain],
    )
    return int(cur.lastrowid or 0)
