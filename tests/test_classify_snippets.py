"""Short feed items: a condition is not an event, and a soured relationship is bad news for the principal."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.classify import analyse, build_story
from bot.classify.events import find
from bot.classify.text import Doc
from bot.models import Article
from bot.seeds import load_seed_records


@pytest.fixture
def story(settings):
    return build_story(settings.story, load_seed_records(settings.seeds_dir))


def doc(title: str, text: str) -> Doc:
    return Doc.from_article(Article(url="https://example.com/a", title=title, text=text,
                                    published=datetime(2026, 4, 10, tzinfo=UTC)))


@pytest.mark.parametrize(
    "text",
    [
        "Even if Anthropic ultimately wins in court, most contractors will keep it off their programs.",
        "Unless the court blocks the label, contractors must certify they have dropped Claude.",
    ],
)
def test_a_ruling_under_a_condition_is_speculated(text):
    hits = [h for h in find(doc("What contractors are doing now", text)) if h.trigger.event == "ruling_for"]
    assert hits and all(h.certainty == "speculated" for h in hits)


def test_a_ruling_that_happened_is_still_enacted():
    hits = find(doc("Judge blocks the Pentagon's label on Anthropic",
                    "A federal judge in San Francisco blocked the supply-chain-risk label on Thursday."))
    assert any(h.trigger.event == "ruling_for" and h.certainty == "enacted" for h in hits)


def test_a_soured_relationship_is_not_bullish(story):
    a = Article(url="https://example.com/b", title="Anthropic's questions soured its relationship with the Pentagon",
                text="Anthropic asked the Defense Department how its model had been used in a raid, and the "
                     "relationship with officials soured after the standoff over safeguards.",
                published=datetime(2026, 2, 14, tzinfo=UTC))
    sig = analyse(story, a).signal
    assert sig.relevant
    assert sig.sentiment in ("bearish", "very-bearish")


def test_a_feed_items_lead_event_is_its_own_news(story):
    title = "Why the company says today's AI cannot be trusted with targeting"
    lead = ("Anthropic refused the Pentagon's demand to drop its limits on autonomous weapons and mass "
            "surveillance, its chief executive said on Thursday.")
    short = analyse(story, Article(url="https://example.com/c", title=title, text=lead,
                                   published=datetime(2026, 2, 26, tzinfo=UTC)))
    assert short.doc.short and short.event == "refusal" and short.event_in_title
    long_body = lead + " " + " ".join(["The engineering case rests on how models fail in the field."] * 4)
    full = analyse(story, Article(url="https://example.com/c", title=title, text=long_body,
                                  published=datetime(2026, 2, 26, tzinfo=UTC)))
    assert not full.doc.short and full.event == "refusal" and not full.event_in_title
