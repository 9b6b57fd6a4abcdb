"""Developments and per-article signals: rows <-> models."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

import sqlite_utils

from bot.clock import iso, parse_iso
from bot.models import Development, Signal
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
