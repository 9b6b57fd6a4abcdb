"""The ``articles`` table: one row per canonical URL; copies under other URLs found by content hash.

``upsert_articles`` writes a batch in one transaction:
- a new canonical URL whose content hash matches an existing article is a duplicate (a syndicated
  copy): its URL is added to that article's ``urls_seen``;
- a known URL with the same hash is a duplicate;
- a known URL with a different hash is updated in place: ``updated`` is set and ``classified``
  reset to 0 so the classifier looks at it again.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

import sqlite_utils

from bot.clock import iso, parse_iso
from bot.models import Article

MAX_URLS_SEEN = 50
MIN_HASH_CHARS = 40  # shorter content is too generic for its hash to identify a copy under another URL

_COLUMNS = (
    "id, url, urls_seen, title, summary, text, published, fetched, updated, publisher, domain, "
    "source_id, content_hash, language, is_seed, classified"
)


def article_from_row(row: Mapping[str, Any] | Sequence[Any]) -> Article:
    """An ``articles`` row (a mapping, or a tuple in ``_COLUMNS`` order) as an Article."""
    if not isinstance(row, Mapping):
        row = dict(zip([c.strip() for c in _COLUMNS.split(",")], row, strict=False))
    return Article(
        url=row["url"],
        title=row["title"] or "",
        summary=row["summary"] or "",
        text=row["text"] or "",
        published=parse_iso(row["published"]),
        fetched=parse_iso(row["fetched"]),
        publisher=row["publisher"] or "",
        domain=row["domain"] or "",
        content_hash=row["content_hash"] or "",
        language=row["language"],
        urls_seen=tuple(json.loads(row["urls_seen"] or "[]")),
        source_id=row["source_id"],
        is_seed=bool(row["is_seed"]),
        id=row["id"],
    )


def get_article(db: sqlite_utils.Database, article_id: int) -> Article | None:
    row = db.execute(f"select {_COLUMNS} from articles where id = ?", [article_id]).fetchone()
    return article_from_row(row) if row else None


def get_article_by_url(db: sqlite_utils.Database, url: str) -> Article | None:
    row = db.execute(f"select {_COLUMNS} from articles where url = ?", [url]).fetchone()
    return article_from_row(row) if row else None


def unclassified_ids(db: sqlite_utils.Database, limit: int = 1000) -> list[int]:
    """Ids of articles the classifier has not seen (or must see again), oldest first."""
    rows = db.execute("select id from articles where classified = 0 order by id limit ?", [limit]).fetchall()
    return [r[0] for r in rows]


def _merge_seen(current: str | None, extra: Iterable[str], own_url: str) -> str | None:
    """JSON of ``current`` plus ``extra``; None when nothing new was added."""
    seen: list[str] = json.loads(current or "[]")
    have = set(seen)
    added = False
    for u in extra:
        if u and u != own_url and u not in have and len(seen) < MAX_URLS_SEEN:
            seen.append(u)
            have.add(u)
            added = True
    return json.dumps(seen, ensure_ascii=False) if added else None


_CHUNK = 400  # rows looked up per query (SQLite's default variable limit is far above this)
BULK_FTS_MIN = 20  # batches at least this large index their new rows in one statement


def upsert_articles(
    db: sqlite_utils.Database, articles: Iterable[Article], now: datetime
) -> tuple[list[int], list[int], int]:
    """Store a batch in one transaction. Returns (new_ids, updated_ids, duplicate_count)."""
    with db.atomic():
        return upsert_articles_in_transaction(db, articles, now)


def upsert_articles_in_transaction(
    db: sqlite_utils.Database, articles: Iterable[Article], now: datetime
) -> tuple[list[int], list[int], int]:
    """``upsert_articles`` for a caller that already holds a transaction (no savepoint: FTS5 flushes
    its pending index data at every savepoint, so batching many sources in one transaction pays)."""
    batch = list(articles)
    fts = _DeferredFts(db.conn, enabled=len(batch) >= BULK_FTS_MIN)
    try:
        return _upsert(db.conn, batch, now, fts)
    finally:
        fts.finish()


def _upsert(conn: Any, batch: list[Article], now: datetime, fts: _DeferredFts) -> tuple[list[int], list[int], int]:
    new_ids: list[int] = []
    updated_ids: list[int] = []
    duplicates = 0
    now_s = iso(now)
    if batch:
        fts.start()
        for lo in range(0, len(batch), _CHUNK):
            chunk = batch[lo: lo + _CHUNK]
            by_url, by_hash = _lookup(conn, chunk)
            for a in chunk:
                found = by_url.get(a.url)
                if found is not None:
                    art_id, old_hash, seen, was_seed, old_source, old_size = found
                    merged = _merge_seen(seen, a.urls_seen, a.url) if a.urls_seen else None
                    if (old_hash == a.content_hash and (was_seed or not a.is_seed)) or \
                            _keep_stored(a, bool(was_seed), old_source, old_size):
                        duplicates += 1
                        if merged is not None:
                            conn.execute("update articles set urls_seen = ? where id = ?", [merged, art_id])
                            by_url[a.url] = (art_id, old_hash, merged, was_seed, old_source, old_size)
                        continue
                    fts.before_update(art_id)
                    conn.execute(
                        "update articles set title = ?, summary = ?, text = ?, published = coalesce(?, published), "
                        "publisher = ?, domain = ?, content_hash = ?, language = coalesce(?, language), "
                        "urls_seen = coalesce(?, urls_seen), updated = ?, classified = 0, "
                        "is_seed = ?, source_id = coalesce(?, source_id) where id = ?",
                        [a.title, a.summary, a.text, iso(a.published), a.publisher, a.domain, a.content_hash,
                         a.language, merged, now_s, int(a.is_seed), a.source_id, art_id],
                    )
                    by_url[a.url] = (art_id, a.content_hash, merged or seen, int(a.is_seed),
                                     a.source_id if a.source_id is not None else old_source, _size(a))
                    if art_id not in updated_ids and art_id not in new_ids:
                        updated_ids.append(art_id)
                    continue
                if not a.is_seed and a.content_hash and len(a.title) + len(a.summary) + len(a.text) >= MIN_HASH_CHARS:
                    twin = by_hash.get(a.content_hash)
                    if twin is not None:
                        art_id, own_url, seen = twin
                        merged = _merge_seen(seen, (a.url, *a.urls_seen), own_url)
                        if merged is not None:
                            conn.execute("update articles set urls_seen = ? where id = ?", [merged, art_id])
                            by_hash[a.content_hash] = (art_id, own_url, merged)
                            if own_url in by_url:
                                by_url[own_url] = (*by_url[own_url][:2], merged, *by_url[own_url][3:])
                        duplicates += 1
                        continue
                seen_json = _seen_json(a)
                cur = conn.execute(
                    "insert into articles (url, urls_seen, title, summary, text, published, fetched, publisher, "
                    "domain, source_id, content_hash, language, is_seed, classified) "
                    "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    [a.url, seen_json, a.title, a.summary, a.text, iso(a.published), iso(a.fetched) or now_s,
                     a.publisher, a.domain, a.source_id, a.content_hash, a.language, int(a.is_seed)],
                )
                art_id = int(cur.lastrowid or 0)
                new_ids.append(art_id)
                by_url[a.url] = (art_id, a.content_hash, seen_json, int(a.is_seed), a.source_id, _size(a))
                if a.content_hash and a.content_hash not in by_hash:
                    by_hash[a.content_hash] = (art_id, a.url, seen_json)
    return new_ids, updated_ids, duplicates


class _DeferredFts:
    """Index the rows a batch inserts with one ``INSERT ... SELECT`` instead of a trigger call per row
    (migration m006): the trigger is off while this transaction holds the meta key ``fts_deferred``.
    Rows are indexed before any of them is updated (the update trigger removes the old text from the
    index, which must be there) and always before the key is deleted, ahead of the commit."""

    def __init__(self, conn: Any, *, enabled: bool) -> None:
        self.conn = conn
        self.enabled = enabled
        self.active = False
        self.floor = 0  # rows with a larger id are not indexed yet

    def start(self) -> None:
        if not self.enabled or self.active or not self.conn.in_transaction:
            return
        self.floor = self.conn.execute("select coalesce(max(id), 0) from articles").fetchone()[0]
        self.conn.execute("insert or replace into meta(key, value) values ('fts_deferred', '1')")
        self.active = True

    def index(self) -> None:
        if not self.active:
            return
        self.conn.execute(
            "insert into articles_fts(rowid, title, summary, text) "
            "select id, title, summary, text from articles where id > ?", [self.floor])
        self.floor = self.conn.execute("select coalesce(max(id), 0) from articles").fetchone()[0]

    def before_update(self, article_id: int) -> None:
        if self.active and article_id > self.floor:
            self.index()

    def finish(self) -> None:
        if not self.active:
            return
        self.active = False
        if self.conn.in_transaction:  # after an error that ended the transaction there is nothing to do
            self.floor, floor = 0, self.floor
            self.conn.execute(
                "insert into articles_fts(rowid, title, summary, text) "
                "select id, title, summary, text from articles where id > ?", [floor])
            self.conn.execute("delete from meta where key = 'fts_deferred'")


def _size(a: Article) -> int:
    return len(a.title) + len(a.summary) + len(a.text)


def _keep_stored(a: Article, was_seed: bool, old_source: int | None, old_size: int) -> bool:
    """Whether a changed copy of a stored URL leaves the stored text alone.

    A seed is our own record of the story: a feed's copy never replaces it. Another source's version
    of the same URL (an aggregator's short blurb beside the outlet's full text) replaces it only when
    longer, so two feeds carrying one URL never flip it back and forth on every poll. The source that
    stored it may always update it."""
    if a.is_seed:
        return False
    if was_seed:
        return True
    if a.source_id is None or old_source is None or a.source_id == old_source:
        return False
    return _size(a) <= old_size


def _seen_json(a: Article) -> str:
    others = [u for u in a.urls_seen if u != a.url][:MAX_URLS_SEEN]
    return json.dumps(others, ensure_ascii=False) if others else "[]"


def _lookup(conn: Any, chunk: list[Article]) -> tuple[dict[str, tuple], dict[str, tuple]]:
    """Existing rows for a chunk's URLs and content hashes, in two queries."""
    urls = list({a.url for a in chunk})
    marks = ",".join("?" * len(urls))
    by_url = {r[0]: tuple(r[1:]) for r in conn.execute(
        f"select url, id, content_hash, urls_seen, is_seed, source_id, "
        f"length(title) + length(summary) + length(text) from articles where url in ({marks})", urls)}
    hashes = list({a.content_hash for a in chunk if a.content_hash})
    by_hash: dict[str, tuple] = {}
    if hashes:
        marks = ",".join("?" * len(hashes))
        for h, art_id, url, seen in conn.execute(
            f"select content_hash, id, url, urls_seen from articles where content_hash in ({marks}) order by id",
            hashes,
        ):
            by_hash.setdefault(h, (art_id, url, seen))
    return by_url, by_hash


def mark_classified(db: sqlite_utils.Database, ids: Iterable[int], value: int = 1) -> None:
    with db.atomic():
        db.conn.executemany("update articles set classified = ? where id = ?", [(value, i) for i in ids])
