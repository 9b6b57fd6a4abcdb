"""bench/snippet_eval.py: feed-style variants are derived deterministically and keep their labels."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _bench():
    spec = importlib.util.spec_from_file_location("snippet_eval", ROOT / "bench" / "snippet_eval.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


ROW = {
    "id": "x-01", "url": "https://example.com/a", "title": "Judge blocks Pentagon label on Anthropic",
    "text": "A federal judge in San Francisco on Thursday blocked the label. The U.S. government said it would "
            "appeal. Anthropic & its lawyers welcomed the ruling, which the judge called narrow.",
    "published": "2026-03-26T20:00:00Z", "source": "Reuters",
    "label": {"relevant": True, "development": "pi", "impact": 8, "sentiment": "bullish"},
}


def test_first_sentences_cuts_at_sentence_ends_not_abbreviations():
    sb = _bench()
    assert sb.first_sentences(ROW["text"], 1) == "A federal judge in San Francisco on Thursday blocked the label."
    two = sb.first_sentences(ROW["text"], 2)
    assert two.endswith("The U.S. government said it would appeal.")
    assert len(sb.first_sentences("word " * 200, 1)) <= sb.SNIPPET_CHARS + 3


def test_feed_variant_is_deterministic_and_keeps_the_label():
    sb = _bench()
    rows = [dict(ROW, id=f"x-{i:02d}") for i in range(40)]
    a = [sb.feed_variant(r) for r in rows]
    b = [sb.feed_variant(r) for r in rows]
    assert a == b
    assert all(v["label"] == ROW["label"] and len(v["text"]) < len(ROW["text"]) + 80 for v in a)
    assert any(v["title"].endswith(" - Reuters") for v in a)
    assert any(v["title"] == ROW["title"] for v in a)
    assert any("&amp;" in v["text"] or "&#8217;" in v["text"] or "&#8230;" in v["text"] for v in a)
    assert any("Read more" in v["text"] or "appeared first on" in v["text"] or "Continue reading" in v["text"]
               or "Subscribe" in v["text"] or "[&#8230;]" in v["text"] for v in a)
