"""``standoff-bot ingest``, ``feeds list|add|remove`` and ``search``: the watcher and the corpus from a shell."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.errors import UsageError
from bot.store.search import search
from bot.store.sources import add_source, remove_source, source_rows
from bot.watcher.fetch import is_local, local_path
from bot.watcher.run import IngestReport, Progress, poll, source_kind_for

if TYPE_CHECKING:
    from bot.app import App

LOOP_IDLE_S = 30.0  # `ingest` without --once: seconds between checks for due sources


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="poll sources and store new articles")
    p.add_argument("--once", action="store_true", help="poll every source once, due or not, then exit")
    p.add_argument("--source", action="append", default=[], metavar="URL_OR_PATH",
                   help="an extra feed URL, file or folder for this run only (repeatable)")
    p.set_defaults(func=ingest)

    f = sub.add_parser("feeds", help="list, add or remove sources")
    fsub = f.add_subparsers(dest="feeds_command", metavar="ACTION", required=True)
    fl = fsub.add_parser("list", help="sources with last fetch, errors and last error")
    fl.add_argument("--all", action="store_true", help="also show one-run extras given to ingest --source")
    fl.set_defaults(func=feeds_list)
    fa = fsub.add_parser("add", help="add a feed URL, file or folder")
    fa.add_argument("url", metavar="URL")
    fa.add_argument("--name", default=None)
    fa.set_defaults(func=feeds_add)
    fr = fsub.add_parser("remove", help="remove a source (its articles stay)")
    fr.add_argument("url", metavar="URL")
    fr.set_defaults(func=feeds_remove)

    s = sub.add_parser("search", help="full-text search of the corpus, ranked, with snippets")
    s.add_argument("query", nargs="+", metavar="QUERY")
    s.add_argument("--limit", type=int, default=10)
    s.set_defaults(func=search_cmd)


# --------------------------------------------------------------------------- ingest

def _plain_progress(done: int, total: int, url: str, outcome: str) -> None:
    # failures are already reported by the watcher's one warning line each
    if done and not outcome.startswith("failed"):
        print(f"[{done}/{total}] {url}: {outcome}", flush=True)


def _with_progress(run: Callable[[Progress], IngestReport]) -> IngestReport:
    """Run ``run(progress)`` with a rich progress bar on a terminal, plain lines otherwise."""
    if not sys.stdout.isatty():
        return run(_plain_progress)
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
    from rich.progress import Progress as Bar

    with Bar(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
             transient=True) as bar:
        task = bar.add_task("polling", total=None)

        def progress(done: int, total: int, url: str, outcome: str) -> None:
            bar.update(task, total=total, completed=done, description=(url[-50:] or "polling"))

        return run(progress)


def _poll_once(app: App, extra: list[str], only_due: bool) -> IngestReport:
    return _with_progress(lambda progress: asyncio.run(
        poll(app, extra_sources=extra, only_due=only_due, progress=progress)))


def ingest(args: argparse.Namespace, app: App) -> int:
    extra = list(args.source)
    for s in extra:
        if is_local(s) and not local_path(s).exists():
            raise UsageError(f"no such file or folder: {s}")
    if args.once:
        report = _poll_once(app, extra, only_due=False)
        print(report.summary_line())
        return 0
    # loop: extras on the first pass, then due sources until Ctrl-C
    totals = IngestReport()
    try:
        report = _poll_once(app, extra, only_due=True)
        _add(totals, report)
        print(report.summary_line(), flush=True)
        while True:
            asyncio.run(app.clock.sleep(LOOP_IDLE_S))
            report = asyncio.run(poll(app, only_due=True))
            _add(totals, report)
            if report.polled:
                print(report.summary_line(), flush=True)
    except KeyboardInterrupt:
        print()
        print(totals.summary_line())
        return 0


def _add(total: IngestReport, r: IngestReport) -> None:
    for name in ("polled", "not_modified", "failed", "new", "updated", "duplicate"):
        setattr(total, name, getattr(total, name) + getattr(r, name))


# --------------------------------------------------------------------------- feeds

def _when(value: str | None) -> str:
    return value[:16].replace("T", " ") if value else "never"


def feeds_list(args: argparse.Namespace, app: App) -> int:
    rows = source_rows(app.db, include_disabled=args.all)
    if not rows:
        print("no sources")
        return 0
    for r in rows:
        name = f" ({r['name']})" if r["name"] else ""
        extra = "" if r["enabled"] else "  [this run only]"
        print(f"{r['url']}{name}{extra}")
        status = f"HTTP {r['last_status']}" if r["last_status"] else "-"
        print(f"    kind {r['kind']}, origin {r['origin']}, last fetch {_when(r['last_fetch'])} ({status}), "
              f"last success {_when(r['last_success'])}, next {_when(r['next_poll'])}, "
              f"errors {r['error_count']}, entries {r['entries_total']}")
        if r["last_error"]:
            print(f"    last error: {r['last_error']}")
    return 0


def feeds_add(args: argparse.Namespace, app: App) -> int:
    url = args.url.strip()
    if is_local(url):
        path = local_path(url)
        if not path.exists():
            raise UsageError(f"no such file or folder: {url}")
        url = str(path.resolve()) if not url.startswith("file:") else url
    elif not url.lower().startswith(("http://", "https://")):
        raise UsageError(f"not an http(s) URL, file or folder: {url}")
    src = add_source(app.db, url, kind=source_kind_for(url), name=args.name, origin="cli", now=app.clock.now())
    print(f"added {src.url} ({src.kind})")
    return 0


def feeds_remove(args: argparse.Namespace, app: App) -> int:
    url = args.url.strip()
    if is_local(url) and not url.startswith("file:") and local_path(url).exists():
        url = str(local_path(url).resolve())
    remove_source(app.db, url)
    print(f"removed {url}")
    return 0


# --------------------------------------------------------------------------- search

def search_cmd(args: argparse.Namespace, app: App) -> int:
    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    hits = search(app.db, " ".join(args.query), limit=args.limit)
    if not hits:
        print("no matches")
        return 0
    for i, h in enumerate(hits, 1):
        when = h.published.strftime("%Y-%m-%d") if h.published else "undated"
        print(f"{i}. {h.title}  ({h.publisher or '?'}, {when})")
        print(f"   {h.url}")
        if h.snippet:
            print(f"   {' '.join(h.snippet.split())}")
    return 0
