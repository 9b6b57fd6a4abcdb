"""``standoff-bot classify [--rebuild]``, the batch contract ``classify IN.jsonl -o OUT.jsonl [--db PATH]``,
and ``standoff-bot explain ID``."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlsplit

from bot.app import App
from bot.errors import UsageError
from bot.models import Article

MAX_FIELD = 200_000


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("classify", help="classify new articles (or a JSONL batch) into signals and developments")
    p.add_argument("input", nargs="?", metavar="INPUT.jsonl",
                   help="batch mode: one article per line {id,url,title,text,published,source}")
    p.add_argument("-o", "--output", metavar="OUTPUT.jsonl", help="batch mode: where to write one line per input")
    p.add_argument("--db", dest="batch_db", metavar="PATH", default=None,
                   help="batch mode: also store the batch in this corpus (default: an in-memory corpus)")
    p.add_argument("--rebuild", action="store_true", help="forget all signals and developments and re-run")
    p.set_defaults(func=run)
    e = sub.add_parser("explain", help="why an article or development got its relevance, impact and sentiment")
    e.add_argument("id", metavar="ID", help="an article id (number) or a development id")
    e.set_defaults(func=explain)


def run(args: argparse.Namespace, app: App) -> int:
    if args.input:
        if args.rebuild:
            raise UsageError("--rebuild works on the corpus, not on a batch file")
        return batch(args, app)
    if args.output:
        raise UsageError("-o needs an INPUT.jsonl")
    from bot.pipeline import classify_pending, rebuild

    with _progress() as progress:
        report = rebuild(app, progress) if args.rebuild else classify_pending(app, progress)
    print(f"classified {report.classified} article(s), {report.relevant} relevant; "
          f"{len(report.new_developments)} new and {len(report.changed_developments)} updated development(s)")
    return 0


class _progress:
    """A rich progress bar when stderr is a terminal; otherwise nothing."""

    def __enter__(self):  # type: ignore[no-untyped-def]
        self._bar = None
        if sys.stderr.isatty():
            from rich.progress import Progress

            self._bar = Progress(transient=True)
            self._bar.start()
            self._task = self._bar.add_task("classifying", total=None)
            return self._update
        return None

    def _update(self, done: int, total: int) -> None:
        if self._bar is not None:
            self._bar.update(self._task, completed=done, total=total)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()


def explain(args: argparse.Namespace, app: App) -> int:
    from bot.pipeline import explain_lines

    for line in explain_lines(app.db, args.id):
        print(line)
    return 0


# --------------------------------------------------------------------------- batch contract


def _text(v: object, limit: int = MAX_FIELD) -> str:
    if v is None:
        return ""
    if not isinstance(v, str):
        v = json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else str(v)
    return v[:limit]


def _when(v: object) -> datetime | None:
    if not isinstance(v, str) or not v.strip():
        return None
    s = v.strip()[:40]
    try:
        d = datetime.fromisoformat(s.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        try:
            d = datetime.fromisoformat(s[:10])
        except ValueError:
            return None
    if d.tzinfo is None:
        d = d.replace(tzinfo=UTC)
    d = d.astimezone(UTC)
    return d if 1990 <= d.year <= 2100 else None


def read_batch(fh: TextIO) -> list[dict[str, Any]]:
    """Input lines as dicts; a line that is not a JSON object becomes ``{"id": None}`` (still answered)."""
    rows: list[dict[str, Any]] = []
    for line in fh:
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, RecursionError):
            obj = None
        rows.append(obj if isinstance(obj, dict) else {"id": None})
    return rows


def to_article(row: dict[str, Any]) -> Article:
    url = _text(row.get("url"), 2000).strip()
    source = _text(row.get("source"), 200).strip()
    host = ""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        host = ""
    host = host[4:] if host.startswith("www.") else host
    return Article(url=url or f"batch:{_text(row.get('id'), 200)}", title=_text(row.get("title"), 2000),
                   text=_text(row.get("text")), published=_when(row.get("published")),
                   publisher=source or host, domain=host)


def batch(args: argparse.Namespace, app: App) -> int:
    from bot.pipeline import classify_pending
    from bot.store import developments as store
    from bot.store import open_db

    if not args.output:
        raise UsageError("batch mode needs -o OUTPUT.jsonl")
    try:
        with Path(args.input).open(encoding="utf-8", errors="replace") as fh:
            rows = read_batch(fh)
    except OSError as exc:
        raise UsageError(f"cannot read {args.input}: {exc.strerror or exc}") from exc
    db = open_db(args.batch_db) if args.batch_db else open_db(":memory:")
    try:
        work = App(settings=replace(app.settings, db_path=Path(args.batch_db or ":memory:")), db=db,
                   clock=app.clock, env=app.env)
        arts = [to_article(r) for r in rows]
        far = datetime(9999, 1, 1, tzinfo=UTC)
        order = sorted(range(len(rows)), key=lambda i: (arts[i].published or far, i))
        ids: dict[int, int] = {}
        with db.atomic():
            for i in order:
                ids[i] = store.insert_batch_article(db, arts[i])
        classify_pending(work)
        by_article = {aid: i for i, aid in ids.items()}
        out_rows = [_output(db, rows[i], ids[i], rows, by_article) for i in range(len(rows))]
    finally:
        db.close()
    try:
        with Path(args.output).open("w", encoding="utf-8") as fh:
            for r in out_rows:
                fh.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
    except OSError as exc:
        raise UsageError(f"cannot write {args.output}: {exc.strerror or exc}") from exc
    n_rel = sum(1 for r in out_rows if r["relevant"])
    print(f"classified {len(out_rows)} article(s), {n_rel} relevant -> {args.output}", file=sys.stderr)
    return 0



def _output(db: Any, row: dict[str, Any], article_id: int, rows: list[dict[str, Any]],
            by_article: dict[int, int]) -> dict[str, Any]:
    from bot.store import developments as store

    sig = store.get_signal(db, article_id)
    out: dict[str, Any] = {"id": row.get("id"), "relevant": False, "relevance": 0.0, "development": None,
                           "development_title": None, "sources": None, "syndicated_of": None, "impact": None,
                           "impact_reasons": [], "sentiment": None, "affected": [], "category": None,
                           "entities": [], "key_facts": [], "dates": []}
    if sig is None:
        return out
    out["relevance"] = sig.relevance
    if not sig.relevant:
        return out
    dev = store.get_development(db, sig.development_id) if sig.development_id else None
    of = by_article.get(sig.syndicated_of) if sig.syndicated_of else None
    out.update(
        relevant=True,
        development=sig.development_id,
        development_title=dev.title if dev else None,
        sources=dev.sources if dev else 1,
        syndicated_of=rows[of].get("id") if of is not None else None,
        # impact is the event's: the development's consensus of independent reports (commentary keeps its own)
        impact=dev.impact if dev and sig.kind == "news" else sig.impact,
        impact_reasons=[str(r) for r in (dev.impact_reasons if dev and sig.kind == "news" else sig.impact_reasons)],
        sentiment=sig.sentiment,
        affected=[asdict(a) for a in sig.affected],
        category=sig.category,
        entities=[asdict(e) for e in sig.entities],
        key_facts=list(sig.key_facts),
        dates=[{"when": d.when.isoformat(), "what": d.what, "kind": d.kind} for d in sig.dates],
    )
    return out
