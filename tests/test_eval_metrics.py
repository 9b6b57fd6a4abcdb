"""Evaluation metrics on tiny hand-computed cases, and the report over a fake classifier output."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from bot.errors import EvalError
from bot.eval import metrics as m
from bot.eval.report import evaluate, format_report, read_jsonl, run_classifier, write_classifier_input

ROOT = Path(__file__).resolve().parent.parent
LABELLED = ROOT / "tests" / "data" / "labelled.jsonl"

# --------------------------------------------------------------------------- binary P/R/F1


def test_binary_prf_counts_hits_false_alarms_and_misses():
    r = m.binary_prf([True, True, False, False, True], [True, False, True, False, True])
    # tp=2 fp=1 fn=1
    assert r.precision == pytest.approx(2 / 3)
    assert r.recall == pytest.approx(2 / 3)
    assert r.f1 == pytest.approx(2 / 3)


def test_binary_prf_asymmetric():
    r = m.binary_prf([True, True, True, True, False], [True, False, False, False, False])
    # tp=1 fp=0 fn=3
    assert (r.precision, r.recall) == (1.0, 0.25)
    assert r.f1 == pytest.approx(2 * 0.25 / 1.25)


def test_binary_prf_empty_conventions():
    nothing_predicted = m.binary_prf([True, False], [False, False])
    assert (nothing_predicted.precision, nothing_predicted.recall, nothing_predicted.f1) == (1.0, 0.0, 0.0)
    nothing_to_find = m.binary_prf([False, False], [False, False])
    assert nothing_to_find.recall == 1.0


def test_length_mismatch_is_an_error():
    with pytest.raises(ValueError):
        m.binary_prf([True], [True, False])


# --------------------------------------------------------------------------- B-cubed


def test_bcubed_hand_computed_split_and_merge():
    # gold {0,1}=A {2,3,4}=B ; predicted {0,1,2}=1 {3,4}=2
    # P per item: 2/3 2/3 1/3 1 1 -> 11/15 ; R per item: 1 1 1/3 2/3 2/3 -> 11/15
    r = m.bcubed(["A", "A", "B", "B", "B"], [1, 1, 1, 2, 2])
    assert r.precision == pytest.approx(11 / 15)
    assert r.recall == pytest.approx(11 / 15)
    assert r.f1 == pytest.approx(11 / 15)


def test_bcubed_everything_in_one_cluster_has_full_recall():
    r = m.bcubed(["A", "A", "B"], ["x", "x", "x"])
    assert r.precision == pytest.approx(5 / 9)  # 2/3, 2/3, 1/3
    assert r.recall == 1.0
    assert r.f1 == pytest.approx(5 / 7)


def test_bcubed_all_singletons_has_full_precision():
    r = m.bcubed(["A", "A", "A", "B"], [1, 2, 3, 4])
    assert r.precision == 1.0
    assert r.recall == pytest.approx((1 / 3 + 1 / 3 + 1 / 3 + 1) / 4)


def test_bcubed_perfect_up_to_renaming():
    r = m.bcubed(["A", "A", "B", "C"], ["z", "z", "y", "x"])
    assert (r.precision, r.recall, r.f1) == (1.0, 1.0, 1.0)


def test_bcubed_none_means_a_cluster_of_one_on_either_side():
    # gold: A A and a singleton; predicted: all singletons -> P=1, R = (1/2 + 1/2 + 1)/3
    r = m.bcubed(["A", "A", None], [None, None, None])
    assert r.precision == 1.0
    assert r.recall == pytest.approx(2 / 3)
    assert r.f1 == pytest.approx(0.8)
    # two unlabelled gold items are not one cluster; a predicted cluster holding both halves precision
    merged = m.bcubed([None, None], ["x", "x"])
    assert (merged.precision, merged.recall) == (0.5, 1.0)
    # None in gold and None in pred never collide with a real label of the same spelling
    assert m.bcubed([None, None], [None, None]).f1 == 1.0


def test_bcubed_empty():
    assert m.bcubed([], []).f1 == 1.0


# --------------------------------------------------------------------------- ranks, Spearman, MAE


def test_ranks_average_ties():
    assert m.ranks([10, 20, 20, 30]) == [1, 2.5, 2.5, 4]
    assert m.ranks([3, 1, 2]) == [3, 1, 2]
    assert m.ranks([5, 5, 5]) == [2, 2, 2]


def test_spearman_hand_computed_with_a_tie():
    # ranks x = 1..5 ; y = [5,6,7,8,7] -> ranks [1,2,3.5,5,3.5]
    # deviations x: -2 -1 0 1 2 ; y: -2 -1 .5 2 .5 -> sxy=8, sxx=10, syy=9.5
    assert m.spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]) == pytest.approx(8 / math.sqrt(95))


def test_spearman_monotone_and_reversed():
    assert m.spearman([1, 2, 3], [10, 100, 1000]) == pytest.approx(1.0)
    assert m.spearman([1, 2, 3, 4], [4, 3, 2, 1]) == pytest.approx(-1.0)


def test_spearman_undefined_cases():
    assert m.spearman([1, 2, 3], [7, 7, 7]) is None
    assert m.spearman([1], [2]) is None


def test_mean_absolute_error():
    assert m.mean_absolute_error([1, 5, 10], [2, 5, 7]) == pytest.approx(4 / 3)
    assert m.mean_absolute_error([], []) is None


# --------------------------------------------------------------------------- tiers and accuracy


def test_within_one_tier_counts_missing_and_unknown_as_wrong():
    gold = ["very-bearish", "bearish", "neutral", "bullish", "neutral"]
    pred = ["bearish", "very-bullish", None, "bullish", "positive"]
    assert m.within_one(gold, pred) == pytest.approx(2 / 5)
    assert m.tier_distance("very-bearish", "very-bullish") == 4
    assert m.tier_distance("neutral", "meh") is None


def test_accuracy():
    assert m.accuracy(["Legal", "Policy", "Legal"], ["Legal", "Legal", "Legal"]) == pytest.approx(2 / 3)
    assert m.accuracy([], []) is None


# --------------------------------------------------------------------------- the report over fake outputs


def _item(id, relevant, dev=None, impact=None, sentiment=None, category=None, syn=None):
    return {
        "id": id,
        "url": f"https://example.com/{id}",
        "title": f"title {id}",
        "text": "text",
        "published": None,
        "source": "example.com",
        "label": {
            "relevant": relevant,
            "development": dev,
            "impact": impact,
            "sentiment": sentiment,
            "category": category,
            "syndicated_of": syn,
        },
    }


LABELS = [
    _item("a", True, "d1", 8, "bearish", "Legal"),
    _item("b", True, "d1", 8, "bearish", "Legal", syn="a"),
    _item("c", True, "d2", 3, "bullish", "Opinion"),
    _item("d", False),
    _item("e", False),
]


def _pred(id, relevant, dev=None, impact=None, sentiment=None, category=None, syn=None):
    return {
        "id": id,
        "relevant": relevant,
        "relevance": 0.9 if relevant else 0.1,
        "development": dev,
        "impact": impact,
        "sentiment": sentiment,
        "category": category,
        "syndicated_of": syn,
    }


def test_report_perfect_predictions_meet_every_target():
    preds = [
        _pred("a", True, "x", 8, "bearish", "Legal"),
        _pred("b", True, "x", 8, "bearish", "legal", syn="a"),
        _pred("c", True, "y", 3, "bullish", "Opinion"),
        _pred("d", False),
        _pred("e", False),
    ]
    ev = evaluate(LABELS, preds)
    assert ev.passed
    assert ev.row("category accuracy").value == 1.0  # case-insensitive
    assert ev.row("syndication recall").value == 1.0
    assert "all targets met" in format_report(ev)


def test_report_scores_mistakes_and_lists_them():
    preds = [
        _pred("a", True, "x", 6, "very-bullish", "Legal"),
        _pred("b", True, "x", 8, "bearish", "Legal"),
        _pred("c", True, "x", 4, "bullish", "Policy"),
        _pred("d", True, "x", 5, "neutral", "Legal"),
        # "e" has no prediction at all: counted as not relevant
    ]
    ev = evaluate(LABELS, preds)
    assert ev.row("relevance precision").value == pytest.approx(3 / 4)
    assert ev.row("relevance recall").value == 1.0
    # relevant items a b c: gold {a,b}{c}, predicted {a,b,c}: P = (2/3+2/3+1/3)/3, R = 1
    assert ev.row("development B-cubed precision").value == pytest.approx(5 / 9)
    assert ev.row("development B-cubed recall").value == 1.0
    assert ev.row("impact MAE").value == pytest.approx((2 + 0 + 1) / 3)
    assert ev.row("sentiment within one tier").value == pytest.approx(2 / 3)
    assert ev.row("syndication recall").value == 0.0
    assert not ev.passed
    text = format_report(ev, show_errors=True)
    assert "FAIL" in text and "targets missed" in text
    assert "false positive: d" in text
    assert "no prediction for 1 item(s): e" in text
    assert "predicted cluster merges: x" in text
    assert "sentiment gold bearish predicted very-bullish: a" in text


def test_classifier_input_drops_labels(tmp_path):
    out = tmp_path / "in.jsonl"
    write_classifier_input(LABELS, out)
    rows = read_jsonl(out)
    assert [r["id"] for r in rows] == ["a", "b", "c", "d", "e"]
    assert all(set(r) == {"id", "url", "title", "text", "published", "source"} for r in rows)


def test_bad_files_raise_eval_error(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a"}\nnot json\n')
    with pytest.raises(EvalError, match="bad.jsonl:2"):
        read_jsonl(bad)
    with pytest.raises(EvalError, match="cannot read"):
        read_jsonl(tmp_path / "missing.jsonl")


def test_a_failing_classifier_run_is_an_eval_error(tmp_path):
    inp = tmp_path / "in.jsonl"
    write_classifier_input(LABELS, inp)
    with pytest.raises(EvalError, match="classifier exited"):
        run_classifier(inp, tmp_path / "out.jsonl", config=str(tmp_path / "no-such-config.toml"), timeout=60)


# --------------------------------------------------------------------------- the two entry points


def _perfect_predictions(path: Path) -> Path:
    out = path / "pred.jsonl"
    with out.open("w") as fh:
        for row in read_jsonl(LABELLED):
            lab = row["label"]
            fh.write(json.dumps({"id": row["id"], **lab}) + "\n")
    return out


def test_bench_script_on_a_fake_output_file(tmp_path):
    pred = _perfect_predictions(tmp_path)
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "classify_eval.py"), "--predictions", str(pred), "--strict"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "development B-cubed F1" in proc.stdout
    assert "all targets met" in proc.stdout


def test_eval_command_exit_code_follows_strict(tmp_path, capsys):
    from bot.cli import main

    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(_pred(r["id"], False)) + "\n" for r in read_jsonl(LABELLED)))
    db = str(tmp_path / "t.db")
    assert main(["--db", db, "eval", str(LABELLED), "--predictions", str(pred)]) == 0
    assert "relevance recall" in capsys.readouterr().out
    assert main(["--db", db, "eval", "--predictions", str(pred), "--strict"]) == 1


def test_source_counts_collapse_reprints_and_repeat_publishers():
    labels = [
        {**_item("a", True, "d1", 8, "bearish", "Legal"), "source": "Reuters"},
        {**_item("b", True, "d1", 8, "bearish", "Legal", syn="a"), "source": "Yahoo"},
        {**_item("c", True, "d1", 8, "bearish", "Legal"), "source": "AP"},
        {**_item("d", True, "d1", 8, "bearish", "Legal"), "source": "reuters"},
        {**_item("e", True, "d2", 5, "bearish", "Legal"), "source": "AP"},
    ]
    preds = [
        {**_pred("a", True, "x"), "sources": 1},
        {**_pred("b", True, "x"), "sources": 1},
        {**_pred("c", True, "x"), "sources": 2},
        {**_pred("d", True, "y"), "sources": 1},
        {**_pred("e", True, "z"), "sources": 1},
    ]
    ev = evaluate(labels, preds)
    # gold: d1 = {reuters, ap} = 2 (the Yahoo reprint counts once with Reuters); d2 = 1
    # predicted: d1's main cluster x reports at most 2; d2's cluster z reports 1
    assert ev.row("sources per development MAE").value == 0.0
    assert ev.row("corroboration agreement").value == 1.0
    preds[2]["sources"] = 3
    assert evaluate(labels, preds).row("sources per development MAE").value == pytest.approx(0.5)


def test_the_real_classifier_output_joins_to_every_label(tmp_path, capsys):
    """Smoke test of the batch contract end to end on a slice of the labelled set."""
    from argparse import Namespace

    from bot.eval.report import run

    rows = read_jsonl(LABELLED)
    picked = [
        r for r in rows if r["id"] in {"ult-01", "ult-01-s1", "stm-02", "inj-01", "neg-principle", "neg-dji"}
    ]
    path = tmp_path / "slice.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in picked))
    out = tmp_path / "out.jsonl"
    args = Namespace(path=str(path), predictions=None, keep_output=str(out), errors=True, strict=False)
    assert run(args) == 0
    text = capsys.readouterr().out
    assert "no prediction for" not in text
    assert {r["id"] for r in read_jsonl(out)} == {r["id"] for r in picked}
