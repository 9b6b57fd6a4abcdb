"""The thin I/O pipeline: sync sources, fetch due ones concurrently, parse, normalise, store, record.

One source's failure is recorded on its row (``last_error``, back-off) and never stops the others.
Time comes from ``app.clock``; the HTTP transport and DNS resolver are injectable.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

import httpx

from bot.clock import iso
from bot.errors import BotError, ConfigError, FetchError, ParseError, UnsafeURL
from bot.models import Article, Source
from bot.store.articles import upsert_articles_in_transaction
from bot.store.sources import add_source, get_source, list_sources, record_poll, sync_config_sources
from bot.watcher.fetch import Fetcher, is_local, local_path, read_file, read_local
from bot.watcher.normalize import normalize_entry
from bot.watcher.parse import parse_feed
from bot.watcher.policy import is_due, next_poll_after_failure, next_poll_after_success
from bot.watcher.safety import Resolver
from bot.watcher.seeds import load_seeds

if TYPE_CHECKING:
    from bot.app import App

log = logging.getLogger("standoff_bot.watcher")

Progress = Callable[[int, int, str, str], None]
"""``progress(done, total, source_url, outcome)``: called once with done=0 before polling, then per source."""

MAX_ERROR_CHARS = 500
FLUSH_ARTICLES = 2000  # write pending results once this many articles are waiting...
FLUSH_SOURCES = 50  # ...or this many sources


@dataclass
class IngestReport:
    polled: int = 0
    not_modified: int = 0
    failed: int = 0
    new: int = 0
    updated: int = 0
    duplicate: int = 0
    new_ids: list[int] = field(default_factory=list)
    updated_ids: list[int] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)

    def summary_line(self) -> str:
        return (
            f"{self.polled} sources polled, {self.not_modified} not modified, {self.failed} failed; "
            f"articles: {self.new} new, {self.updated} updated, {self.duplicate} duplicate"
        )


@dataclass
class _Outcome:
    status: int | None = None
    not_modified: bool = False
    articles: list[Article] = field(default_factory=list)
    entries: int = 0
    etag: str | None = None
    last_modified: str | None = None
    max_age: float | None = None
    warning: str | None = None  # partial failure, e.g. unreadable files in a folder


def source_kind_for(url: str) -> str:
    if is_local(url):
        return "folder" if local_path(url).is_dir() else "file"
    return "feed"


def _parse_to_articles(body: bytes, *, url: str, content_type: str | None, now: datetime,
                       source_id: int | None) -> tuple[list[Article], int]:
    feed = parse_feed(body, url=url, content_type=content_type)
    out = []
    for raw in feed.entries:
        art = normalize_entry(raw, fetched=now, source_id=source_id, feed_language=feed.language)
        if art is not None:
            out.append(art)
    return out, len(feed.entries)


def _poll_local(source: Source, now: datetime, max_bytes: int) -> _Outcome:
    sig, files = read_local(source.url, etag=source.etag, max_bytes=max_bytes)
    if not files:
        return _Outcome(status=304, not_modified=True, etag=sig)
    out = _Outcome(status=200, etag=sig)
    problems: list[str] = []
    for path in files:
        try:
            body = read_file(path, max_bytes)
            arts, n = _parse_to_articles(body, url=path.as_uri(), content_type=None, now=now,
                                         source_id=source.id)
        except ParseError as exc:
            problems.append(f"{path.name}: {exc}")
            continue
        except FetchError as exc:
            problems.append(str(exc))
            continue
        out.articles.extend(arts)
        out.entries += n
    if problems:
        if len(problems) == len(files):
            raise ParseError(f"no readable feed among {len(files)} file(s): {problems[0]}", url=source.url)
        out.warning = f"{len(problems)} of {len(files)} files unreadable: " + "; ".join(problems[:3])
    return out


async def _poll_remote(source: Source, fetcher: Fetcher, now: datetime) -> _Outcome:
    res = await fetcher.fetch(source.url, etag=source.etag, last_modified=source.last_modified,
                              check_safety=source.origin == "chat")
    if res.not_modified:
        return _Outcome(status=304, not_modified=True, etag=res.etag, last_modified=res.last_modified,
                        max_age=res.max_age)
    assert res.body is not None
    arts, n = _parse_to_articles(res.body, url=res.url, content_type=res.content_type, now=now,
                                 source_id=source.id)
    return _Outcome(status=res.status, articles=arts, entries=n, etag=res.etag,
                    last_modified=res.last_modified, max_age=res.max_age)


def _short(exc: BaseException) -> str:
    msg = str(exc) or type(exc).__name__
    return msg if len(msg) <= MAX_ERROR_CHARS else msg[: MAX_ERROR_CHARS - 1] + "…"


class _Poller:
    def __init__(self, app: App, fetcher: Fetcher | None, rng: random.Random, report: IngestReport,
                 progress: Progress | None, total: int) -> None:
        self.app = app
        self.cfg = app.settings.watcher
        self.fetcher = fetcher
        self.rng = rng
        self.report = report
        self.progress = progress
        self.total = total
        self.done = 0
        self.pending: list[tuple[Source, datetime, _Outcome | None, BaseException | None]] = []
        self.pending_articles = 0

    async def run_one(self, source: Source, sem: asyncio.Semaphore) -> None:
        now = self.app.clock.now()
        outcome: _Outcome | None = None
        error: BaseException | None = None
        async with sem:
            try:
                if is_local(source.url) and source.origin == "chat":
                    raise UnsafeURL("files and folders cannot be added from chat", url=source.url)
                if is_local(source.url):
                    outcome = _poll_local(source, now, self.cfg.max_decompressed_bytes)
                else:
                    assert self.fetcher is not None
                    outcome = await _poll_remote(source, self.fetcher, now)
            except BotError as exc:  # FetchError, ParseError, UnsafeURL: recorded on the source's row
                error = exc
            except Exception as exc:  # a bug must not stop the other sources, but it must be loud
                log.exception("unexpected error polling %s", source.url)
                error = exc
        self.pending.append((source, now, outcome, error))
        self.pending_articles += len(outcome.articles) if outcome is not None else 0
        if error is not None or outcome is None:
            self._tick(source.url, f"failed: {_short(error) if error else 'no result'}")
        else:
            self._tick(source.url, "not modified" if outcome.not_modified else f"{outcome.entries} entries")
        if self.pending_articles >= FLUSH_ARTICLES or len(self.pending) >= FLUSH_SOURCES:
            self.flush()

    def flush(self) -> None:
        """Write every pending outcome (articles and source rows) in ONE transaction: per-source commits
        cost far more, mostly in FTS5 segment writes. Synchronous, so no task runs in between."""
        pending, self.pending, self.pending_articles = self.pending, [], 0
        if not pending:
            return
        with self.app.db.atomic():
            for p in pending:
                self._store(*p)

    def _store(self, source: Source, now: datetime, outcome: _Outcome | None,
               error: BaseException | None) -> None:
        db = self.app.db
        rep = self.report
        interval = source.interval_s or self.cfg.interval
        assert source.id is not None
        rep.polled += 1
        if error is not None or outcome is None:
            message = _short(error) if error is not None else "no result"
            count = source.error_count + 1
            retry_after = getattr(error, "retry_after", None)
            nxt = next_poll_after_failure(now, count, base=self.cfg.backoff_base, cap=self.cfg.backoff_max,
                                          jitter=self.cfg.jitter, rng=self.rng, retry_after=retry_after)
            record_poll(db, source.id, {
                "error_count": count, "last_error": message, "last_status": getattr(error, "status", None),
                "last_fetch": iso(now), "next_poll": iso(nxt), "fetch_count": 1,
            })
            rep.failed += 1
            rep.errors.append((source.url, message))
            log.warning("%s: %s (next try %s)", source.name or source.url, message,
                        nxt.strftime("%Y-%m-%d %H:%M UTC"))
            return
        nxt = next_poll_after_success(now, interval, jitter=self.cfg.jitter, rng=self.rng,
                                      max_age=outcome.max_age, cap=self.cfg.backoff_max)
        fields: dict[str, Any] = {
            "etag": outcome.etag, "last_modified": outcome.last_modified, "next_poll": iso(nxt),
            "error_count": 0, "last_error": outcome.warning, "last_status": outcome.status,
            "last_fetch": iso(now), "last_success": iso(now), "fetch_count": 1,
            "not_modified_count": 1 if outcome.not_modified else 0, "entries_total": outcome.entries,
        }
        new_ids, updated_ids, dups = upsert_articles_in_transaction(db, outcome.articles, now)
        record_poll(db, source.id, fields)
        if outcome.not_modified:
            rep.not_modified += 1
        rep.new += len(new_ids)
        rep.updated += len(updated_ids)
        rep.duplicate += dups
        rep.new_ids.extend(new_ids)
        rep.updated_ids.extend(updated_ids)
        if outcome.warning:
            rep.errors.append((source.url, outcome.warning))
            log.warning("%s: %s", source.name or source.url, outcome.warning)

    def _tick(self, url: str, outcome: str) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(self.done, self.total, url, outcome)


def _select(app: App, extra_sources: Sequence[str], only_due: bool, now: datetime) -> list[Source]:
    db = app.db
    chosen: dict[str, Source] = {}
    for src in list_sources(db):
        if not only_due or is_due(src.next_poll, now):
            chosen[src.url] = src
    for url in extra_sources:
        url = url.strip()
        if not url:
            continue
        if is_local(url) and not url.startswith("file:"):
            url = str(local_path(url).resolve())
        src = get_source(db, url)
        if src is None:
            src = add_source(db, url, kind=source_kind_for(url), origin="once", now=now, enabled=False)
        chosen[src.url] = src  # extras are polled on every run that names them, due or not
    return list(chosen.values())


async def poll(
    app: App,
    *,
    extra_sources: Sequence[str] = (),
    only_due: bool = True,
    progress: Progress | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    resolver: Resolver | None = None,
    rng: random.Random | None = None,
) -> IngestReport:
    """Sync config sources, load seeds, poll sources (due ones, or all with ``only_due=False``) plus
    ``extra_sources`` (URLs or paths, for this run only), store articles, record each source's outcome.

    ``transport`` defaults to ``app.http_transport`` when the app has one (tests inject loopback or
    MockTransport); ``resolver`` is the DNS resolver used by the chat-origin safety check."""
    report = IngestReport()
    now = app.clock.now()
    try:
        load_seeds(app)
    except ConfigError as exc:
        report.errors.append(("seeds", str(exc)))
        log.warning("seeds not loaded: %s", exc)
    configured = [(s.url, s.kind or "feed", s.name or None, s.interval or None) for s in app.settings.sources]
    sync_config_sources(app.db, configured, now)
    sources = _select(app, extra_sources, only_due, now)
    if progress is not None:
        progress(0, len(sources), "", "start")
    if not sources:
        return report
    transport = transport if transport is not None else getattr(app, "http_transport", None)
    resolver = resolver if resolver is not None else getattr(app, "resolver", None)
    rng = rng or random.Random()
    sem = asyncio.Semaphore(max(1, app.settings.watcher.concurrency))
    fetcher = None
    if any(not is_local(s.url) for s in sources):  # no HTTP client (and TLS setup) for files only
        fetcher = Fetcher(app.settings.watcher, now=app.clock.now, transport=transport, resolver=resolver)
    poller = _Poller(app, fetcher, rng, report, progress, len(sources))
    try:
        await asyncio.gather(*(poller.run_one(s, sem) for s in sources))
    finally:
        poller.flush()  # what was fetched before an interruption is still recorded
        if fetcher is not None:
            await fetcher.aclose()
    return report
