"""Shared checks for the labelled evaluation sets (labelled, heldout, heldout2) and their generators.

Each data test keeps its own bounds (sizes, bands, styles); what every set must satisfy the same way
lives here once.
"""

from __future__ import annotations

import importlib.util
import re
from collections import defaultdict
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

from bot.models import CATEGORIES, SENTIMENT_TIERS

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"

BATCH_FIELDS = {"id", "url", "title", "text", "published", "source", "label"}
LABEL_KEYS = {"relevant", "development", "impact", "sentiment", "category", "syndicated_of"}

# issue 3's "story so far"
STORY_SO_FAR = {
    "memo-any-lawful-use",
    "xai-classified-deal",
    "ultimatum",
    "amodei-statement",
    "engineers-open-letter",
    "altman-red-lines",
    "openai-pentagon-agreement",
    "federal-use-ban",
    "supply-chain-designation",
    "contractors-drop-claude",
    "lawsuits-filed",
    "preliminary-injunction",
    "dc-circuit-denies-stay",
    "classified-clearance-without-anthropic",
    "dc-circuit-oral-argument",
    "truce",
}

Row = dict[str, Any]


def load_generator(name: str) -> ModuleType:
    """Import ``tests/data/<name>.py`` (a stand-alone script) as a module."""
    spec = importlib.util.spec_from_file_location(name, DATA / f"{name}.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def shingles(text: str, n: int = 8) -> set[tuple[str, ...]]:
    """Runs of ``n`` words, lower-cased: two texts sharing one share a phrase."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def seed_shingles() -> set[tuple[str, ...]]:
    theirs: set[tuple[str, ...]] = set()
    for p in SHARED_SEEDS.iterdir():
        theirs |= shingles(p.read_text(encoding="utf-8", errors="replace"))
    return theirs


def check_published(row: Row) -> None:
    """A full timestamp carries its zone; a plain date parses."""
    published = row["published"]
    if published is not None and len(published) > 10:
        assert datetime.fromisoformat(published).tzinfo is not None, row["id"]
    elif published is not None:
        datetime.fromisoformat(published)


def check_relevant_labels(row: Row, developments: object | None = None) -> None:
    """A relevant row has an impact 1-10, a sentiment tier, a category (and a known development, if given)."""
    lab = row["label"]
    assert isinstance(lab["impact"], int) and 1 <= lab["impact"] <= 10, row["id"]
    assert lab["sentiment"] in SENTIMENT_TIERS, row["id"]
    assert lab["category"] in CATEGORIES, row["id"]
    if developments is not None:
        assert lab["development"] is None or lab["development"] in developments, row["id"]


def independent_outlets(rows: list[Row]) -> dict[str, set[str]]:
    """Publishers per development, syndicated copies left out."""
    outlets: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        lab = r["label"]
        if lab["development"] and not lab["syndicated_of"]:
            outlets[lab["development"]].add(r["source"])
    return outlets


def check_copy_of_original(copy: Row, by_id: dict[str, Row]) -> Row:
    """A syndicated copy points at an original from another outlet with the same labels and lead paragraph."""
    orig = by_id[copy["label"]["syndicated_of"]]
    assert orig["label"]["syndicated_of"] is None, copy["id"]
    assert orig["source"] != copy["source"], copy["id"]
    assert {k: v for k, v in orig["label"].items() if k != "syndicated_of"} == {
        k: v for k, v in copy["label"].items() if k != "syndicated_of"
    }, copy["id"]
    assert copy["text"].split("\n\n")[0] == orig["text"].split("\n\n")[0], copy["id"]
    return orig
