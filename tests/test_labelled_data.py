"""The labelled evaluation set and the seed records are well-formed, complete and our own words."""

from __future__ import annotations

import importlib.util
import re
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

import pytest

from bot.eval.report import read_jsonl
from bot.models import CATEGORIES, SENTIMENT_TIERS
from bot.seeds import load_seed_records

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"


def _generator():
    spec = importlib.util.spec_from_file_location("make_labelled", DATA / "make_labelled.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


ROWS = read_jsonl(DATA / "labelled.jsonl")
BY_ID = {r["id"]: r for r in ROWS}


def test_file_is_what_the_generator_writes():
    assert _generator().ARTICLES == ROWS


def test_size_and_unique_keys():
    assert len(ROWS) >= 150
    assert len(BY_ID) == len(ROWS)
    assert len({r["url"] for r in ROWS}) == len(ROWS)
    assert sum(not r["label"]["relevant"] for r in ROWS) >= 40


def test_input_fields_follow_the_batch_contract():
    for r in ROWS:
        assert set(r) == {"id", "url", "title", "text", "published", "source", "label"}, r["id"]
        assert r["url"].startswith("https://") and r["title"] and r["text"]
        if r["published"] is not None and len(r["published"]) > 10:  # a full timestamp carries its zone
            assert datetime.fromisoformat(r["published"]).tzinfo is not None, r["id"]
        elif r["published"] is not None:
            datetime.fromisoformat(r["published"])  # a plain date
        assert 1 <= len(r["text"].split("\n\n")) <= 4, r["id"]


def test_labels_are_complete_and_in_range():
    for r in ROWS:
        lab = r["label"]
        if lab["relevant"]:
            assert isinstance(lab["impact"], int) and 1 <= lab["impact"] <= 10, r["id"]
            assert lab["sentiment"] in SENTIMENT_TIERS, r["id"]
            assert lab["category"] in CATEGORIES, r["id"]
        else:
            assert lab["development"] is None and lab["impact"] is None and lab["sentiment"] is None, r["id"]


def test_every_development_has_several_independent_outlets():
    devs = _generator().DEVELOPMENTS
    outlets: dict[str, set[str]] = defaultdict(set)
    for r in ROWS:
        lab = r["label"]
        if lab["development"] and not lab["syndicated_of"]:
            outlets[lab["development"]].add(r["source"])
    assert set(outlets) == set(devs)
    thin = {d: sorted(s) for d, s in outlets.items() if len(s) < 3}
    assert not thin


def test_syndicated_copies_point_at_an_original_with_the_same_labels():
    copies = [r for r in ROWS if r["label"]["syndicated_of"]]
    assert len(copies) >= 8
    per_original = Counter(r["label"]["syndicated_of"] for r in copies)
    assert max(per_original.values()) >= 2
    for r in copies:
        orig = BY_ID[r["label"]["syndicated_of"]]
        assert orig["label"]["syndicated_of"] is None
        assert orig["source"] != r["source"]
        assert {k: v for k, v in orig["label"].items() if k != "syndicated_of"} == {
            k: v for k, v in r["label"].items() if k != "syndicated_of"
        }
        assert r["text"].split("\n\n")[0] == orig["text"].split("\n\n")[0]


def test_opinion_pieces_score_low():
    for r in ROWS:
        if r["label"]["category"] == "Opinion":
            assert r["label"]["impact"] <= 3, r["id"]
            assert r["label"]["development"] is None


def test_seed_records_load_with_the_labels_the_seeds_state():
    recs = {r.id: r for r in load_seed_records(ROOT / "seeds")}
    assert len(recs) == 5
    first = recs["seed-000"]
    assert (first.category, first.sentiment, first.impact, first.sources) == ("Regulation", "bearish", 8, 2)
    for r in recs.values():
        assert r.date is not None and r.summary and 5 <= len(r.key_facts) <= 7 and r.entities and r.affected


def _shingles(text: str, n: int = 8) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="third-party seed stories not present")
def test_nothing_is_copied_from_the_seed_stories():
    theirs: set[tuple[str, ...]] = set()
    for p in SHARED_SEEDS.iterdir():
        theirs |= _shingles(p.read_text(encoding="utf-8", errors="replace"))
    ours = {r["id"]: r["title"] + " " + r["text"] for r in ROWS}
    ours |= {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "seeds").glob("*.toml")}
    copied = {k: sorted(_shingles(v) & theirs)[:2] for k, v in ours.items() if _shingles(v) & theirs}
    assert not copied
