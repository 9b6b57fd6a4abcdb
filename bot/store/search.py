"""Full-text search over articles (FTS5, bm25 ranking, snippets).

Any user text is safe: it is cut into words and each word is quoted, so FTS5 query syntax
(``AND``, ``NEAR``, ``*``, quotes, column filters) in the input is searched for as plain words.
A query with at most ``WINDOW`` matches is ranked by bm25 over all of them. A broader one is ranked
among its newest ``WINDOW`` matches by how many query words each title holds (newest first among
equals): bm25 would first walk every match of each word in the corpus, which for common words at a
million articles takes far longer than a chat command may. Snippets and article columns are fetched
only for the page of hits returned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

import sqlite_utils

from bot.clock import parse_iso

MAX_TERMS = 12
WINDOW = 500  # queries with more matches are ranked among their newest WINDOW
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class SearchHit:
    id: int
    title: str
    url: str
    publisher: str
    published: datetime | None
    snippet: str
    score: float  # lower is better: bm25, or minus the title-word hits for a broad query


def fts_query(text: str) -> str | None:
    """User text -> an FTS5 query of quoted words, all required. None when there are no words."""
    words = _WORD.findall(text or "")[:MAX_TERMS]
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def _rank_window(db: sqlite_utils.Database, query: str, ids: list[int]) -> list[tuple[int, float]]:
    """Order a window of matches by how many query words their title holds, newest first among equals.
    (bm25 would first count every match of each word in the whole corpus: too slow for common words.)"""
    words = {w.casefold() for w in _WORD.findall(query)}
    marks = ",".join("?" * len(ids))
    titles = dict(db.execute(f"select id, title from articles where id in ({marks})", ids).fetchall())
    scored = []
    for rowid in ids:
        title = (titles.get(rowid) or "").casefold()
        scored.append((-float(sum(1 for w in words if w in title)), rowid))
    scored.sort(key=lambda s: (s[0], -s[1]))
    return [(rowid, score) for score, rowid in scored]


def search(db: sqlite_utils.Database, query: str, limit: int = 10, offset: int = 0,
           *, start: str = "[", end: str = "]") -> list[SearchHit]:
    """Best matches first. ``start``/``end`` mark matched words inside snippets."""
    q = fts_query(query)
    if q is None or limit <= 0:
        return []
    newest = [r[0] for r in db.execute(
        "select rowid from articles_fts where articles_fts match ? order by rowid desc limit ?", [q, WINDOW + 1]
    ).fetchall()]
    if len(newest) <= WINDOW:  # few matches: exact bm25 over all of them
        ranked = db.execute(
            "select rowid, rank from articles_fts where articles_fts match ? order by rank limit ? offset ?",
            [q, int(limit), max(0, int(offset))],
        ).fetchall()
    else:
        ranked = _rank_window(db, query, newest[:WINDOW])[max(0, int(offset)): max(0, int(offset)) + int(limit)]
    if not ranked:
        return []
    ids = [r[0] for r in ranked]
    marks = ",".join("?" * len(ids))
    snippets = dict(db.execute(
        f"select rowid, snippet(articles_fts, -1, ?, ?, '…', 16) from articles_fts "
        f"where articles_fts match ? and rowid in ({marks})",
        [start, end, q, *ids],
    ).fetchall())
    rows = {r[0]: r for r in db.execute(
        f"select id, title, url, publisher, published from articles where id in ({marks})", ids
    ).fetchall()}
    hits = []
    for rowid, rank in ranked:
        row = rows.get(rowid)
        if row is None:
            continue
        hits.append(SearchHit(id=row[0], title=row[1] or "", url=row[2], publisher=row[3] or "",
                              published=parse_iso(row[4]), snippet=snippets.get(rowid, "") or "",
                              score=float(rank)))
    return hits
