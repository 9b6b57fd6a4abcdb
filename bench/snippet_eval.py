"""Classifier quality on feed-style input: full bodies vs the title + snippet that real feeds carry.

    .venv/bin/python bench/snippet_eval.py [LABELLED.jsonl ...] [--errors] [--keep DIR]

News-search and RSS feeds (Google News, Bing News, GDELT, Hacker News, most RSS) carry a headline and a
sentence or two, often with boilerplate. For every labelled set given (default: the two development sets
``tests/data/labelled.jsonl`` and ``tests/data/heldout.jsonl``) this derives a feed-style variant, runs the
batch classifier on both the full and the feed-style rows, and prints the evaluator's figures side by side.

The derivation is deterministic (a CRC of the item's id picks each variation, no random state):
- the headline is suffixed " - {source}" for half the items (news-search style);
- the body is cut to its first one or two sentences (never more than ~350 characters);
- a third of the items get feed boilerplate appended ("Read more", "The post ... appeared first on ...",
  "Continue reading", "[&#8230;]") and half of those carry HTML entities (``&amp;``, ``&#8217;``).
Labels are unchanged: a snippet reports the same event as its article.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.errors import BotError
from bot.eval.report import Evaluation, evaluate, read_jsonl, run_classifier, write_classifier_input

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SETS = (ROOT / "tests" / "data" / "labelled.jsonl", ROOT / "tests" / "data" / "heldout.jsonl")
SNIPPET_CHARS = 350
_SENT_END = re.compile(r"(?<=[.!?])[\"'\u201d]?\s+(?=[\"'\u201c(]?[A-Z0-9])")
_ABBREV_END = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gen|Gov|Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec|"
                         r"Inc|Corp|Co|Ltd|vs|Jr|Sr|a\.m|p\.m|U\.S))\.$")
BOILERPLATE = (
    " Read more",
    " The post {title} appeared first on {source}.",
    " Continue reading...",
    " [&#8230;]",
    "\nSubscribe to our newsletter for more.",
)


def _pick(key: str, salt: str, n: int) -> int:
    return zlib.crc32(f"{salt}:{key}".encode()) % n


def first_sentences(text: str, n: int, limit: int = SNIPPET_CHARS) -> str:
    """The first ``n`` sentences of the first paragraph(s), cut at a word boundary within ``limit``."""
    flat = " ".join((text or "").split())
    out, start = [], 0
    for m in _SENT_END.finditer(flat):
        if _ABBREV_END.search(flat, max(0, m.start() - 6), m.start()):
            continue
        out.append(flat[start : m.start()].strip())
        start = m.end()
        if len(out) >= n:
            break
    else:
        out.append(flat[start:].strip())
    snippet = " ".join(s for s in out[:n] if s)
    if len(snippet) > limit:
        snippet = snippet[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "..."
    return snippet


def feed_variant(row: dict) -> dict:
    """A feed-style copy of one labelled row (title + snippet + boilerplate); the label is kept."""
    key = str(row["id"])
    source = str(row.get("source") or "").strip()
    title = str(row.get("title") or "")
    if source and _pick(key, "suffix", 2) == 0:
        title = f"{title} - {source}"
    body = first_sentences(str(row.get("text") or ""), 1 + _pick(key, "sentences", 2))
    if _pick(key, "boilerplate", 3) == 0:
        extra = BOILERPLATE[_pick(key, "which", len(BOILERPLATE))]
        body += extra.format(title=row.get("title") or "", source=source or "the site")
        if _pick(key, "entities", 2) == 0:
            body = body.replace("&", "&amp;").replace("'", "&#8217;").replace("&amp;#8230;", "&#8230;")
    out = dict(row)
    out.update(title=title, text=body)
    return out


def classify_and_score(rows: list[dict], work: Path, name: str) -> Evaluation:
    inp, out = work / f"{name}.in.jsonl", work / f"{name}.out.jsonl"
    write_classifier_input(rows, inp)
    run_classifier(inp, out, scratch_db=work / f"{name}.db")
    return evaluate(rows, read_jsonl(out))


def format_side_by_side(results: dict[str, Evaluation]) -> str:
    names = list(results)
    first = results[names[0]]
    head = f"{'metric':<32}" + "".join(f" {n:>16}" for n in names) + "  target"
    lines = [head]
    for row in first.rows:
        cells = []
        for n in names:
            r = results[n].row(row.name)
            mark = "" if r.passed is None else (" " if r.passed else "!")
            cells.append(f" {'n/a' if r.value is None else f'{r.value:.3f}':>15}{mark}")
        target = "" if row.target is None else (">= " if row.higher_is_better else "<= ") + f"{row.target:g}"
        lines.append(f"{row.name:<32}" + "".join(cells) + f"  {target}")
    lines.append("('!' = target missed)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="snippet_eval", description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", default=[str(p) for p in DEFAULT_SETS], help="labelled JSONL set(s)")
    parser.add_argument("--errors", action="store_true", help="list the misses of the snippet variants")
    parser.add_argument("--keep", metavar="DIR", help="keep the derived inputs and classifier outputs here")
    args = parser.parse_args(argv)
    results: dict[str, Evaluation] = {}
    try:
        with tempfile.TemporaryDirectory(prefix="snippet-eval-") as tmp:
            work = Path(args.keep or tmp)
            work.mkdir(parents=True, exist_ok=True)
            for path in args.paths:
                stem = Path(path).stem
                rows = read_jsonl(path)
                results[f"{stem}:full"] = classify_and_score(rows, work, f"{stem}-full")
                results[f"{stem}:snippet"] = classify_and_score([feed_variant(r) for r in rows], work,
                                                                f"{stem}-snippet")
    except BotError as exc:
        print(f"snippet_eval: error: {exc}", file=sys.stderr)
        return 2
    print(format_side_by_side(results))
    if args.errors:
        for name, ev in results.items():
            if name.endswith(":snippet") and ev.errors:
                print(f"\nmisses ({name}):")
                print("\n".join(f"  {e}" for e in ev.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
