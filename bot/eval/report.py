"""Evaluate the batch classifier against a labelled set and print a report with targets.

The thin I/O around ``bot.eval.metrics``: read the labelled JSONL, run ``standoff-bot classify IN -o OUT`` in a
subprocess (or read an existing predictions file), join predictions to labels by ``id``, compute the metrics
and format them. Used by ``bench/classify_eval.py`` and ``standoff-bot eval``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.errors import EvalError
from bot.eval import metrics as m

ROOT = Path(__file__).resolve().parent.parent.parent
DEFAULT_LABELLED = ROOT / "tests" / "data" / "labelled.jsonl"
INPUT_KEYS = ("id", "url", "title", "text", "published", "source")


@dataclass(frozen=True)
class Row:
    """One line of the report: a figure, and the target it is held to (if any)."""

    name: str
    value: float | None
    target: float | None = None
    higher_is_better: bool = True
    note: str = ""

    @property
    def passed(self) -> bool | None:
        if self.target is None:
            return None
        if self.value is None:
            return False
        return self.value >= self.target if self.higher_is_better else self.value <= self.target


@dataclass
class Evaluation:
    rows: list[Row] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # human-readable misses, for --errors

    @property
    def passed(self) -> bool:
        return all(r.passed is not False for r in self.rows)

    def row(self, name: str) -> Row:
        return next(r for r in self.rows if r.name == name)


# --------------------------------------------------------------------------- files


def read_jsonl(path: str | Path) -> list[dict]:
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise EvalError(f"cannot read {path}: {exc.strerror or exc}") from exc
    out: list[dict] = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalError(f"{path}:{n}: not valid JSON ({exc.msg})") from exc
        if not isinstance(obj, dict) or "id" not in obj:
            raise EvalError(f"{path}:{n}: each line must be an object with an 'id'")
        out.append(obj)
    return out


def write_classifier_input(labelled: Sequence[dict], path: str | Path) -> None:
    """The labelled rows without their labels: exactly the batch-classifier input format."""
    with Path(path).open("w", encoding="utf-8") as fh:
        for row in labelled:
            fh.write(json.dumps({k: row.get(k) for k in INPUT_KEYS}, ensure_ascii=False) + "\n")


def run_classifier(
    input_path: str | Path,
    output_path: str | Path,
    *,
    config: str | None = None,
    scratch_db: str | Path | None = None,
    timeout: float = 900,
) -> None:
    """Run ``python -m bot classify INPUT -o OUTPUT`` as a subprocess.

    ``scratch_db`` (default: beside the input) is given as STANDOFF_BOT_DB so the run never opens the user's
    corpus; the batch contract itself touches no corpus unless ``--db`` is passed to ``classify``.
    """
    cmd = [sys.executable, "-m", "bot"]
    if config:
        cmd += ["--config", str(config)]
    cmd += ["classify", str(input_path), "-o", str(output_path)]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env["STANDOFF_BOT_DB"] = str(scratch_db or Path(input_path).with_name("scratch.db"))
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env, cwd=ROOT)
    except subprocess.TimeoutExpired as exc:
        raise EvalError(f"classifier did not finish within {timeout:g}s") from exc
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-5:]
        raise EvalError(f"classifier exited with {proc.returncode}: " + " | ".join(tail))


# --------------------------------------------------------------------------- scoring


def _num(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _relevant(pred: dict | None) -> bool:
    return bool(pred and pred.get("relevant"))


def evaluate(labelled: Sequence[dict], predictions: Sequence[dict]) -> Evaluation:
    """Join predictions to labels by id and compute every figure. Missing predictions count as misses."""
    by_id = {str(p["id"]): p for p in predictions}
    ev = Evaluation()
    title = {str(r["id"]): r.get("title", "") for r in labelled}
    missing = [str(r["id"]) for r in labelled if str(r["id"]) not in by_id]
    if missing:
        ev.errors.append(f"no prediction for {len(missing)} item(s): {', '.join(missing[:10])}")

    # relevance
    gold_rel = [bool(r["label"]["relevant"]) for r in labelled]
    pred_rel = [_relevant(by_id.get(str(r["id"]))) for r in labelled]
    rel = m.binary_prf(gold_rel, pred_rel)
    n_pos = sum(gold_rel)
    ev.rows += [
        Row("relevance precision", rel.precision, 0.95, note=f"{len(labelled)} items, {n_pos} relevant"),
        Row("relevance recall", rel.recall, 0.95),
        Row("relevance F1", rel.f1),
    ]
    for r, g, p in zip(labelled, gold_rel, pred_rel, strict=True):
        if g != p:
            kind = "missed (false negative)" if g else "false positive"
            ev.errors.append(f"relevance {kind}: {r['id']}  {title[str(r['id'])]}")

    relevant_rows = [r for r in labelled if r["label"]["relevant"]]
    preds = [by_id.get(str(r["id"])) or {} for r in relevant_rows]

    # developments (B-cubed over gold-relevant items; null on either side = a cluster of one)
    gold_dev = [r["label"].get("development") for r in relevant_rows]
    pred_dev = [p.get("development") for p in preds]
    bc = m.bcubed(gold_dev, pred_dev)
    n_dev = len({d for d in gold_dev if d is not None})
    n_pred = len({d for d in pred_dev if d is not None})
    ev.rows += [
        Row(
            "development B-cubed precision",
            bc.precision,
            note=f"{len(relevant_rows)} items, {n_dev} gold developments, {n_pred} predicted",
        ),
        Row("development B-cubed recall", bc.recall),
        Row("development B-cubed F1", bc.f1, 0.9),
    ]
    ev.errors += _cluster_errors(relevant_rows, gold_dev, pred_dev)

    # impact
    pairs = [
        (float(r["label"]["impact"]), _num(p.get("impact")), r)
        for r, p in zip(relevant_rows, preds, strict=True)
        if r["label"].get("impact") is not None
    ]
    scored = [(g, p, r) for g, p, r in pairs if p is not None]
    gi, pi = [g for g, _, _ in scored], [p for _, p, _ in scored]
    note = f"{len(scored)} items" + (
        f", {len(pairs) - len(scored)} without a predicted impact" if len(scored) < len(pairs) else ""
    )
    ev.rows += [
        Row("impact Spearman", m.spearman(gi, pi), note=note),
        Row("impact MAE", m.mean_absolute_error(gi, pi), 1.0, higher_is_better=False),
    ]
    worst = sorted(scored, key=lambda t: -abs(t[0] - t[1]))[:10]
    ev.errors += [
        f"impact gold {g:g} predicted {p:g}: {r['id']}  {r.get('title', '')}"
        for g, p, r in worst
        if abs(g - p) > 1
    ]

    # sentiment
    sent = [
        (r["label"]["sentiment"], p.get("sentiment"), r)
        for r, p in zip(relevant_rows, preds, strict=True)
        if r["label"].get("sentiment")
    ]
    gs, ps = [g for g, _, _ in sent], [p for _, p, _ in sent]
    ev.rows += [
        Row("sentiment within one tier", m.within_one(gs, ps), 0.9, note=f"{len(sent)} items"),
        Row("sentiment exact", m.accuracy(gs, ps)),
    ]
    ev.errors += [
        f"sentiment gold {g} predicted {p}: {r['id']}  {r.get('title', '')}"
        for g, p, r in sent
        if (d := m.tier_distance(g, p)) is None or d > 1
    ]

    # category (case-insensitive; no target)
    cats = [
        (str(r["label"]["category"]).lower(), str(p.get("category") or "").lower())
        for r, p in zip(relevant_rows, preds, strict=True)
        if r["label"].get("category")
    ]
    ev.rows.append(
        Row(
            "category accuracy",
            m.accuracy([g for g, _ in cats], [p for _, p in cats]),
            note=f"{len(cats)} items",
        )
    )

    # syndicated copies: detection over all items (no target)
    gold_syn = [r["label"].get("syndicated_of") is not None for r in labelled]
    pred_syn = [bool((by_id.get(str(r["id"])) or {}).get("syndicated_of")) for r in labelled]
    sy = m.binary_prf(gold_syn, pred_syn)
    ev.rows += [
        Row("syndication precision", sy.precision, note=f"{sum(gold_syn)} syndicated copies"),
        Row("syndication recall", sy.recall),
    ]

    # independent sources per development (no target)
    gold_n, pred_n = _source_counts(relevant_rows, preds)
    ev.rows += [
        Row(
            "sources per development MAE",
            m.mean_absolute_error(gold_n, pred_n),
            note=f"{len(gold_n)} developments",
        ),
        Row("corroboration agreement", m.accuracy([g >= 2 for g in gold_n], [p >= 2 for p in pred_n])),
    ]
    return ev


def _publisher(row: dict) -> str:
    return str(row.get("source") or row.get("url", "").split("/")[2].removeprefix("www.")).lower()


def _source_counts(rows: Sequence[dict], preds: Sequence[dict]) -> tuple[list[float], list[float]]:
    """Per gold development: its independent sources (distinct publishers of non-reprinted articles) and the
    ``sources`` the classifier reported for the predicted development holding most of its articles (the
    largest figure any article in that predicted development carries; 0 when none was predicted)."""
    gold_pubs: dict[str, set[str]] = defaultdict(set)
    members: dict[str, Counter] = defaultdict(Counter)
    for r, p in zip(rows, preds, strict=True):
        dev = r["label"].get("development")
        if dev is None:
            continue
        if r["label"].get("syndicated_of") is None:
            gold_pubs[dev].add(_publisher(r))
        if p.get("development") is not None:
            members[dev][p["development"]] += 1
    reported: dict[str, float] = defaultdict(float)
    for p in preds:
        n = _num(p.get("sources"))
        if p.get("development") is not None and n is not None:
            reported[p["development"]] = max(reported[p["development"]], n)
    gold_n, pred_n = [], []
    for dev in sorted(gold_pubs):
        gold_n.append(float(len(gold_pubs[dev])))
        top = members[dev].most_common(1)
        pred_n.append(reported[top[0][0]] if top else 0.0)
    return gold_n, pred_n


def _cluster_errors(
    rows: Sequence[dict], gold: Sequence[str | None], pred: Sequence[str | None]
) -> list[str]:
    """Gold developments split across predicted clusters, and predicted clusters that merge gold ones."""
    out: list[str] = []
    by_gold: dict[str, Counter] = defaultdict(Counter)
    by_pred: dict[str, Counter] = defaultdict(Counter)
    for r, g, p in zip(rows, gold, pred, strict=True):
        if g is not None:
            by_gold[g][p if p is not None else f"(none: {r['id']})"] += 1
        if p is not None:
            by_pred[p][g if g is not None else f"(none: {r['id']})"] += 1
    for g, c in sorted(by_gold.items()):
        if len(c) > 1:
            out.append(f"development split: {g} -> " + ", ".join(f"{k} x{n}" for k, n in c.most_common()))
    for p, c in sorted(by_pred.items()):
        if len(c) > 1:
            out.append(
                f"predicted cluster merges: {p} <- " + ", ".join(f"{k} x{n}" for k, n in c.most_common())
            )
    return out


# --------------------------------------------------------------------------- output


def format_report(ev: Evaluation, *, show_errors: bool = False) -> str:
    lines = [f"{'metric':<32} {'value':>7}  {'target':<9} {'':<4}  note"]
    for r in ev.rows:
        value = "n/a" if r.value is None else f"{r.value:.3f}"
        target = "" if r.target is None else (">= " if r.higher_is_better else "<= ") + f"{r.target:g}"
        mark = {True: "ok", False: "FAIL", None: ""}[r.passed]
        lines.append(f"{r.name:<32} {value:>7}  {target:<9} {mark:<4}  {r.note}".rstrip())
    failed = [r.name for r in ev.rows if r.passed is False]
    lines.append("all targets met" if not failed else f"targets missed: {', '.join(failed)}")
    if show_errors and ev.errors:
        lines.append("")
        lines.append("misses:")
        lines += [f"  {e}" for e in ev.errors]
    return "\n".join(lines)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "path",
        nargs="?",
        default=str(DEFAULT_LABELLED),
        help="labelled JSONL (default: tests/data/labelled.jsonl)",
    )
    parser.add_argument(
        "--predictions", metavar="FILE", help="score this classifier output instead of running the classifier"
    )
    parser.add_argument(
        "--keep-output", metavar="FILE", help="write the classifier output here (default: a temp file)"
    )
    parser.add_argument(
        "--errors", action="store_true", help="list the misses (false positives, split clusters, ...)"
    )
    parser.add_argument(
        "--strict", action="store_true", help="exit 1 if any target is missed (default: always exit 0)"
    )


def run(args: argparse.Namespace, *, config: str | None = None) -> int:
    """Evaluate per parsed ``args`` (see ``add_arguments``), print the report, return the exit code."""
    labelled = read_jsonl(args.path)
    bad = [
        str(r["id"]) for r in labelled if not isinstance(r.get("label"), dict) or "relevant" not in r["label"]
    ]
    if bad:
        raise EvalError(f"{args.path}: rows without a 'label' holding 'relevant': {', '.join(bad[:10])}")
    if args.predictions:
        predictions = read_jsonl(args.predictions)
    else:
        with tempfile.TemporaryDirectory(prefix="standoff-eval-") as tmp:
            inp = Path(tmp) / "input.jsonl"
            out = Path(args.keep_output) if args.keep_output else Path(tmp) / "output.jsonl"
            write_classifier_input(labelled, inp)
            run_classifier(inp, out, config=config)
            predictions = read_jsonl(out)
    ev = evaluate(labelled, predictions)
    print(format_report(ev, show_errors=args.errors))
    return 1 if args.strict and not ev.passed else 0
