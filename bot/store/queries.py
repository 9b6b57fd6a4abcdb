"""Read queries behind the slash commands. Each one is an index range or a point lookup, so every
command stays within milliseconds at a million articles (see ``bench/commands.py``).

Corpus counts come from ``corpus_counts`` (kept by triggers, migration ``m002_chat_queries``),
not from ``count(*)``; ``recount`` recomputes them exactly. Full-text search itself is
``bot.store.search.search``; ``search_words`` prepares its input. Feeds added or removed from chat are
written here too (``add_feed``/``remove_feed``): the only writes, to the ``sources`` table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import sqlite_utils

from bot.clock import iso, parse_iso
from bot.models import SENTIMENT_SCORE, Development, Source
from bot.store.developments import development_from_row

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


# --------------------------------------------------------------------------- developments


# Lists show a line per development: read only the plain columns, skip decoding the JSON ones.
_LIST_COLS = "id, title, event_date, first_seen, updated, sources, impact, sentiment, category, url"


def _list_item(r: dict[str, Any]) -> Development:
    """A Development with the list columns filled in; its tuple fields (articles, reasons...) left empty."""
    return Development(
        id=r["id"],
        title=r["title"],
        event_date=date.fromisoformat(r["event_date"]) if r["event_date"] else None,
        first_seen=parse_iso(r["first_seen"]),  # type: ignore[arg-type]
        updated=parse_iso(r["updated"]),  # type: ignore[arg-type]
        sources=r["sources"],
        impact=r["impact"],
        sentiment=r["sentiment"],
        category=r["category"],
        url=r["url"],
    )


def latest_developments(db: sqlite_utils.Database, limit: int, *, min_impact: int = 1) -> list[Development]:
    """The developments first seen most recently, newest first (list columns only, see ``_list_item``)."""
    rows = db.query(
        f"select {_LIST_COLS} from developments where +impact >= ? order by first_seen desc limit ?",
        [min_impact, limit],
    )
    return [_list_item(r) for r in rows]


def timeline(db: sqlite_utils.Database, limit: int, *, min_impact: int = 1) -> list[Development]:
    """The ``limit`` most recent developments by event date (first-seen day when unknown), oldest first."""
    rows = db.query(
        f"select {_LIST_COLS} from developments indexed by idx_dev_when where +impact >= ?"
        f" order by {_WHEN} desc, first_seen desc limit ?",
        [min_impact, limit],
    )
    return list(reversed([_list_item(r) for r in rows]))


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
    with db.atomic():
        db.execute("update corpus_counts set n = (select count(*) from articles) where name = 'articles'")
        db.execute("update corpus_counts set n = (select count(*) from developments) where name = 'developments'")
        db.execute("update corpus_counts set n = (select count(*) from signals where relevant != 0)"
                   " where name = 'relevant'")
    return corpus_counts(db)


# --------------------------------------------------------------------------- search

_TOKEN = re.compile(r"\w+", re.UNICODE)
_FTS_OPERATORS = {"AND", "OR", "NOT", "NEAR"}
STOPWORDS = frozenset(
    [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "has", "have", "he", "her", "his",
        "in", "is", "it", "its", "of", "on", "or", "that", "the", "their", "they", "this", "to", "was", "were",
        "will", "with",
    ]
)


def search_words(text: str) -> list[str]:
    """The words of a search worth looking for: FTS5 operators and stopwords dropped.

    Stopwords match nearly every article, so intersecting them costs the most and narrows nothing.
    """
    words = [w for w in _TOKEN.findall(text) if w not in _FTS_OPERATORS]
    return [w for w in words if w.lower() not in STOPWORDS][:12]


def development_ids(db: sqlite_utils.Database, article_ids: list[int]) -> dict[int, str]:
    """The development each of ``article_ids`` belongs to (articles in none are left out)."""
    if not article_ids:
        return {}
    marks = ",".join("?" * len(article_ids))
    return dict(db.execute(
        f"select article_id, development_id from signals where article_id in ({marks})"
        f" and development_id is not null",
        article_ids,
    ).fetchall())


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
    """Add an enabled feed, due for polling now; False if it was already being polled.

    A disabled row comes back on (a one-run extra, origin 'once', becomes ``origin``'s). A config feed
    switched off here stays off across restarts (``sync_config_sources`` leaves ``enabled`` alone).
    """
    with db.atomic():
        cur = db.execute(
            "insert into sources(url, kind, origin, enabled, next_poll, added_at) values (?, 'feed', ?, 1, ?, ?)"
            " on conflict(url) do update set enabled = 1,"
            " origin = case when origin = 'once' then excluded.origin else origin end where enabled = 0",
            [url, origin, iso(now), iso(now)],
        )
    return cur.rowcount > 0


def remove_feed(db: sqlite_utils.Database, url: str) -> bool:
    """Stop polling a feed (its articles stay in the corpus); False if no such enabled feed."""
    with db.atomic():
        cur = db.execute("update sources set enabled = 0 where url = ? and enabled = 1", [url])
    return cur.rowcount > 0
