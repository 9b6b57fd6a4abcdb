"""Feed-style input: boilerplate and entities off the body, outlet suffixes off the headline, and a short
item whose headline names the principal and the dispute stays in."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.classify import analyse, build_story
from bot.classify.feedtext import drop_repeated_title, plain, strip_boilerplate, strip_outlet, unescape
from bot.classify.text import Doc
from bot.models import Article
from bot.seeds import load_seed_records


@pytest.fixture
def story(settings):
    return build_story(settings.story, load_seed_records(settings.seeds_dir))


def art(title: str, text: str, **kw) -> Article:
    return Article(url=kw.pop("url", "https://example.com/a"), title=title, text=text,
                   published=datetime(2026, 3, 10, 15, tzinfo=UTC), **kw)


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("The company filed suit on Monday. Read more", "The company filed suit on Monday."),
        ("The company filed suit. Continue reading...", "The company filed suit."),
        ("The company filed suit [&#8230;]", "The company filed suit"),
        ("The company filed suit. The post Lab sues the Pentagon appeared first on Some Blog.",
         "The company filed suit."),
        ("The company filed suit.\nSubscribe to our newsletter for more.", "The company filed suit."),
        ("The company filed suit. Read more at example.com. Continue reading", "The company filed suit."),
    ],
)
def test_feed_boilerplate_is_dropped(raw, want):
    assert plain(raw) == want


def test_prose_that_resembles_boilerplate_stays():
    assert strip_boilerplate("Critics told the agency to read more carefully") == (
        "Critics told the agency to read more carefully")
    assert strip_boilerplate("Read more") == "Read more"  # nothing but boilerplate: left as it is


def test_entities_are_decoded_even_when_escaped_twice():
    assert unescape("Anthropic&#8217;s terms &amp;amp; limits") == "Anthropic\u2019s terms & limits"
    assert unescape("AT&T and R&D") == "AT&T and R&D"


@pytest.mark.parametrize(
    ("title", "names", "want"),
    [
        ("Anthropic sues the Pentagon over its label - Reuters", ("reuters.com",), "Anthropic sues the Pentagon over its label"),
        ("Tech workers rally behind Anthropic with letter - Fortune", (), "Tech workers rally behind Anthropic with letter"),
        ("Judge blocks the label | Courthouse News Service", ("courthousenews.com",), "Judge blocks the label"),
        ("Judge blocks label - Reuters", ("Reuters",), "Judge blocks label - Reuters"),  # too little headline left
        ("Pentagon drops Anthropic from classified work - The Wall Street Journal", ("news.google.com",),
         "Pentagon drops Anthropic from classified work"),
        ("Judge blocks the Pentagon label - and what the ruling means for contractors", (),
         "Judge blocks the Pentagon label - and what the ruling means for contractors"),
    ],
)
def test_outlet_suffix_leaves_the_headline(title, names, want):
    assert strip_outlet(title, *names) == want


def test_doc_uses_the_plain_text():
    d = Doc.from_article(art("Anthropic&#8217;s suit against the Pentagon explained - Axios",
                             "Anthropic sued on Monday. The post X appeared first on Axios.", publisher="axios.com"))
    assert d.title == "Anthropic\u2019s suit against the Pentagon explained"
    assert d.body == "Anthropic sued on Monday."


def test_a_short_item_with_the_dispute_in_its_headline_is_relevant(story):
    a = art("Our weekend after the Anthropic ban",
            "We are a small startup that builds tools for two federal agencies, and everything we ship runs on "
            "Claude. Continue reading...")
    sig = analyse(story, a).signal
    assert sig.relevant
    assert any("short item" in r for r in sig.relevance_reasons)


def test_the_same_headline_bonus_needs_the_dispute(story):
    a = art("Anthropic opens an office in Seoul", "The company opened its first office in South Korea. Read more")
    sig = analyse(story, a).signal
    assert not sig.relevant
    assert not any("short item" in r for r in sig.relevance_reasons)


def test_a_short_lead_naming_the_counterpart_is_not_a_passing_mention(story):
    a = art("Anthropic says no",
            "Anthropic declined the Department of War's demand to drop its two usage restrictions, its chief "
            "executive writing that the company cannot in good conscience agree.")
    assert analyse(story, a).signal.relevant


def test_a_description_repeating_the_headline_keeps_only_what_follows():
    title = "Anthropic sues the Pentagon over its label"
    assert drop_repeated_title(title + "\u00a0\u00a0Reuters", title, "news.google.com") == ""
    assert drop_repeated_title(title + ". The company filed in San Francisco.", title) == (
        "The company filed in San Francisco.")
    assert drop_repeated_title("Anthropic sued the Pentagon on Monday.", title) == (
        "Anthropic sued the Pentagon on Monday.")


def test_a_repeated_headline_does_not_count_twice(story):
    title = "Anthropic sues the Pentagon over supply-chain-risk label"
    once = analyse(story, art(title, "")).signal
    twice = analyse(story, art(title, title + "  Reuters", publisher="news.google.com")).signal
    assert twice.relevance == once.relevance
