"""The labelled evaluation set and the seed records are well-formed, complete and our own words."""

from __future__ import annotations

from collections import Counter

import pytest

from bot.eval.report import read_jsonl
from bot.seeds import load_seed_records
from tests.datasets import (
    BATCH_FIELDS,
    DATA,
    ROOT,
    SHARED_SEEDS,
    check_copy_of_original,
    check_published,
    check_relevant_labels,
    independent_outlets,
    load_generator,
    seed_shingles,
    shingles,
)

GEN = load_generator("make_labelled")
ROWS = read_jsonl(DATA / "labelled.jsonl")
BY_ID = {r["id"]: r for r in ROWS}


def test_file_is_what_the_generator_writes():
    assert GEN.ARTICLES == ROWS


def test_size_and_unique_keys():
    assert len(ROWS) >= 150
    assert len(BY_ID) == len(ROWS)
    assert len({r["url"] for r in ROWS}) == len(ROWS)
    assert sum(not r["label"]["relevant"] for r in ROWS) >= 40


def test_input_fields_follow_the_batch_contract():
    for r in ROWS:
        assert set(r) == BATCH_FIELDS, r["id"]
        assert r["url"].startswith("https://") and r["title"] and r["text"]
        check_published(r)
        assert 1 <= len(r["text"].split("\n\n")) <= 4, r["id"]


def test_labels_are_complete_and_in_range():
    for r in ROWS:
        lab = r["label"]
        if lab["relevant"]:
            check_relevant_labels(r)
        else:
            assert lab["development"] is None and lab["impact"] is None and lab["sentiment"] is None, r["id"]


def test_every_development_has_several_independent_outlets():
    devs = GEN.DEVELOPMENTS
    outlets = independent_outlets(ROWS)
    assert set(outlets) == set(devs)
    thin = {d: sorted(s) for d, s in outlets.items() if len(s) < 3}
    assert not thin


def test_syndicated_copies_point_at_an_original_with_the_same_labels():
    copies = [r for r in ROWS if r["label"]["syndicated_of"]]
    assert len(copies) >= 8
    per_original = Counter(r["label"]["syndicated_of"] for r in copies)
    assert max(per_original.values()) >= 2
    for r in copies:
        check_copy_of_original(r, BY_ID)


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


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="third-party seed stories not present")
def test_nothing_is_copied_from_the_seed_stories():
    theirs = seed_shingles()
    ours = {r["id"]: r["title"] + " " + r["text"] for r in ROWS}
    ours |= {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "seeds").glob("*.toml")}
    copied = {k: sorted(shingles(v) & theirs)[:2] for k, v in ours.items() if shingles(v) & theirs}
    assert not copied
