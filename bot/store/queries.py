"""Read queries behind the slash commands. Each one is an index range or a point lookup, so every
command stays within milliseconds at a million articles (see ``bench/commands.py``).

Corpus counts come from ``corpus_counts`` (kept by triggers, migration ``m002_chat_queries``),
not from ``count(*)``; ``recount`` recomputes them exactly. Feeds added or removed from chat are
written here too (``add_feed``/``remove_feed``): the only writes, to the ``sources`` table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import sqlite_utils

from bot.clock import iso, parse_iso
from bot.models import Development, Source
from bot.store.developments import development_from_row

SENTIMENT_SCORE = {"very-bearish": -2, "bearish": -1, "neutral": 0, "bullish": 1, "very-bullish": 2}
_WHEN = "coalesce(event_date, substr(first_seen, 1, 10))"  # matches index idx_dev_when


@dataclass(frozen=True, slots=True)
class CorpusCounts:
    articles: int
    relevant: int
    developments: int
    sources: int


@dataclass(frozen=True, slots=True)
class WatchItem:
    day: date
    what: str
    kind: str
    development_id: str
    development_title: str


@dataclass(frozen=True, slots=True)
class SentimentWindow:
    mean: float | None  # -2..+2, None when no development in the window
    count: int


@dataclass(frozen=True, slots=True)
class SourceArticle:
    article_id: int
    publisher: str
    domain: str
    title: str
    url: str
    published: datetime | None
    syndicated_of: int | None  # the original's article id when this is a syndicated copy


@dataclass(frozen=True, slots=True)
class SearchHit:
    article_id: int
    title: str
    url: str
    publisher: str
    published: datetime | None
    snippet: str
    development_id: str | None = None


# --------------------------------------------------------------------------- developments


def latest_developments(db: sqlite_utils.Database, limit: int, *, min_impact: int = 1) -> list[Development]:
    """The developments first seen most recently, newest first."""
    rows = db.query(
        "select * from developments where +impact >= ? order by first_seen desc limit ?", [min_impact, limit]
    )
    return [development_from_row(r) for r in rows]


def timeline(db: sqlite_utils.Database, limit: int, *, min_impact: int = 1) -> list[Development]:
    """The ``limit`` most recent developments by event date (first-seen day when unknown), oldest first."""
    rows = db.query(
        f"select * from developments indexed by idx_dev_when where +impact >= ?"
        f" order by {_WHEN} desc, first_seen desc limit ?",
        [min_impact, limit],
    )
    return list(reversed([development_from_row(r) for r in rows]))


def find_development(db: sqlite_utils.Database, ref: str) -> Development | None:
    """A development by id, or by a unique id prefix (at least 4 characters)."""
    ref = ref.strip()
    if not ref:
        return None
    rows = list(db.query("select * from developments where id = ?", [ref]))
    if not rows and len(ref) >= 4:
        rows = list(db.query("select * from developments where id >= ? and id < ? limit 2", [ref, ref + "\uffff"]))
        if len(rows) != 1:
            return None
    return development_from_row(rows[0]) if rows else None


def upcoming_dates(db: sqlite_utils.Database, today: date, limit: int) -> list[WatchItem]:
    """Dates developments mention from ``today`` on (deadlines first on a day), soonest first, each once."""
    rows = db.query(
        "select dd.day, dd.what, dd.kind, dd.development_id, d.title from development_dates dd"
        " join developments d on d.id = dd.development_id"
        " where dd.day >= ? and dd.kind != 'past'"
        " order by dd.day, dd.kind != 'deadline', dd.what limit ?",
        [today.isoformat(), limit * 4],
    )
    seen: set[tuple[str, str]] = set()
    out: list[WatchItem] = []
    for r in rows:
        key = (r["day"], r["what"].strip().lower())
        if key in seen:
            continue
        seen.add(key)
        try:
            day = date.fromisoformat(r["day"])
        except ValueError:
            continue
        out.append(WatchItem(day, r["what"], r["kind"], r["development_id"], r["title"]))
        if len(out) >= limit:
            break
    return out


def sentiment_window(db: sqlite_utils.Database, since: datetime, until: datetime) -> SentimentWindow:
    """Mean sentiment (-2..+2) of developments first seen in ``[since, until)``."""
    cases = " ".join(f"when '{k}' then {v}" for k, v in SENTIMENT_SCORE.items())
    row = db.execute(
        f"select avg(case sentiment {cases} else 0 end), count(*) from developments"
        " where first_seen >= ? and first_seen < ?",
        [iso(since), iso(until)],
    ).fetchone()
    return SentimentWindow(mean=row[0], count=row[1])


def sentiment_trend(db: sqlite_utils.Database, now: datetime, days: int = 7) -> tuple[SentimentWindow, SentimentWindow]:
    """(the last ``days`` days, the ``days`` before that)."""
    span = timedelta(days=days)
    return sentiment_window(db, now - span, now), sentiment_window(db, now - 2 * span, now - span)


def development_sources(db: sqlite_utils.Database, dev: Development, limit: int = 60) -> list[SourceArticle]:
    """The articles of ``dev`` with publisher and link, originals before syndicated copies."""
    ids = list(dev.article_ids)[:500]
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = db.query(
        f"select a.id, a.publisher, a.domain, a.title, a.url, coalesce(a.published, a.fetched) as at,"
        f" s.syndicated_of from articles a left join signals s on s.article_id = a.id"
        f" where a.id in ({marks}) order by s.syndicated_of is not null, at limit ?",
        [*ids, limit],
    )
    return [
        SourceArticle(r["id"], r["publisher"], r["domain"], r["title"], r["url"], parse_iso(r["at"]), r["syndicated_of"])
        for r in rows
    ]


# --------------------------------------------------------------------------- counts


def corpus_counts(db: sqlite_utils.Database) -> CorpusCounts:
    counts = {r[0]: r[1] for r in db.execute("select name, n from corpus_counts")}
    sources = db.execute("select count(*) from sources where enabled = 1").fetchone()[0]
    return CorpusCounts(counts.get("articles", 0), counts.get("relevant", 0), counts.get("developments", 0), sources)


def recount(db: sqlite_utils.Database) -> CorpusCounts:
    """Recompute ``corpus_counts`` exactly (slow at scale: a full count of each table)."""
    with db.conn:
        db.execute("update corpus_counts set n = (select count(*) from articles) where name = 'articles'")
        db.execute("update corpus_counts set n = (select count(*) from developments) where name = 'developments'")
        db.execute("update corpus_counts set n = (select count(*) from signals where relevant != 0)"
                   " where name = 'relevant'")
    return corpus_counts(db)


# --------------------------------------------------------------------------- search

_TOKEN = re.compile(r"\w+", re.UNICODE)
_FTS_OPERATORS = {"AND", "OR", "NOT", "NEAR"}


def fts_query(text: str) -> str:
    """User text as a safe FTS5 query: each word quoted (prefix match on the last), all required."""
    words = [w for w in _TOKEN.findall(text) if w not in _FTS_OPERATORS][:12]
    if not words:
        return ""
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def fts_search(db: sqlite_utils.Database, text: str, limit: int = 10, *, window: int = 200) -> list[SearchHit]:
    """Articles matching every word of ``text``: the ``window`` newest matches, best ``limit`` by BM25.

    Taking the newest matches first (rowid order, which FTS5 walks without sorting) bounds the
    work for common words at any corpus size; news search wants recent hits anyway.
    """
    q = fts_query(text)
    if not q:
        return []
    rows = db.execute(
        "select rowid, bm25(articles_fts, 5.0, 2.0, 1.0) as score,"
        " snippet(articles_fts, 1, '', '', '…', 24) as snip from articles_fts where articles_fts match ?"
        " order by rowid desc limit ?",
        [q, window],
    ).fetchall()
    best = sorted(rows, key=lambda r: r[1])[:limit]
    if not best:
        return []
    ids = [r[0] for r in best]
    marks = ",".join("?" * len(ids))
    meta: dict[int, dict[str, Any]] = {
        r["id"]: r
        for r in db.query(
            f"select a.id, a.title, a.url, a.publisher, coalesce(a.published, a.fetched) as at, s.development_id"
            f" from articles a left join signals s on s.article_id = a.id where a.id in ({marks})",
            ids,
        )
    }
    out = []
    for rowid, _score, snip in best:
        r = meta.get(rowid)
        if r:
            out.append(SearchHit(rowid, r["title"], r["url"], r["publisher"], parse_iso(r["at"]), snip or "",
                                 r["development_id"]))
    return out


# --------------------------------------------------------------------------- feeds


def _source_from_row(r: dict[str, Any]) -> Source:
    return Source(
        url=r["url"], kind=r["kind"], name=r["name"], id=r["id"], interval_s=r["interval_s"] or 900,
        error_count=r["error_count"], last_error=r["last_error"], last_fetch=parse_iso(r["last_fetch"]),
        last_success=parse_iso(r["last_success"]), origin=r["origin"],
    )


def list_feeds(db: sqlite_utils.Database, limit: int = 100) -> list[Source]:
    rows = db.query("select * from sources where enabled = 1 order by origin != 'config', id limit ?", [limit])
    return [_source_from_row(r) for r in rows]


def add_feed(db: sqlite_utils.Database, url: str, now: datetime, *, origin: str = "chat") -> bool:
    """Add an enabled feed, due for polling now; False if it was already there (re-enabled if disabled)."""
    with db.conn:
        cur = db.execute(
            "insert into sources(url, kind, origin, enabled, next_poll, added_at) values (?, 'feed', ?, 1, ?, ?)"
            " on conflict(url) do update set enabled = 1 where enabled = 0",
            [url, origin, iso(now), iso(now)],
        )
    return cur.rowcount > 0


def remove_feed(db: sqlite_utils.Database, url: str) -> bool:
    """Stop polling a feed (its articles stay in the corpus); False if no such enabled feed."""
    with db.conn:
        cur = db.execute("update sources set enabled = 0 where url = ? and enabled = 1", [url])
    return cur.rowcount > 0
