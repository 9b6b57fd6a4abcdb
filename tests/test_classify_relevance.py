"""Relevance: the story's own coverage in, hard negatives out, with reasons."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.classify import analyse, build_story
from bot.classify.story import Vocabulary
from bot.models import Article
from bot.seeds import load_seed_records


@pytest.fixture
def story(settings):
    return build_story(settings.story, load_seed_records(settings.seeds_dir))


def art(title: str, text: str, **kw) -> Article:
    return Article(url=kw.pop("url", "https://example.com/a"), title=title, text=text,
                   published=datetime(2026, 2, 27, 15, tzinfo=UTC), **kw)


def test_the_standoff_is_relevant_with_reasons(story):
    a = art("Pentagon designates Anthropic a supply-chain risk",
            "The Department of War formally designated Anthropic a supply chain risk on Friday after the company "
            "refused to drop its safeguards against mass surveillance and autonomous weapons.")
    sig = analyse(story, a).signal
    assert sig.relevant and sig.relevance > 0.9
    assert any("headline" in r for r in sig.relevance_reasons)
    assert any("key terms" in r for r in sig.relevance_reasons)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Anthropic releases a faster Claude model for coding",
         "Anthropic on Tuesday released a new version of its Claude model with a longer context window and "
         "better coding scores, the company said in a blog post."),
        ("Physicists revisit the anthropic principle",
         "The anthropic principle says observers must find a universe compatible with their existence. "
         "Cosmologists debate the Anthropic Principle again as multiverse models return."),
        ("FCC adds Huawei gear to covered list, citing supply chain risk",
         "The FCC said Huawei and ZTE equipment pose a supply chain risk to national security networks; "
         "the Commerce Department backed the move."),
        ("Music publishers press copyright case against Anthropic over lyrics",
         "Publishers asked a federal judge to expand their copyright lawsuit against Anthropic, saying Claude "
         "reproduces lyrics. Anthropic said it had guardrails in place and would oppose the motion."),
        ("Claude Monet retrospective opens in Paris",
         "Claude Monet's water lilies fill the museum's main hall this spring."),
        ("Army awards $98 million contract for predictive maintenance AI",
         "The Army awarded a contract to a startup to predict vehicle failures. The Pentagon has been expanding "
         "AI pilots across the services."),
    ],
)
def test_hard_negatives_stay_out(story, title, text):
    sig = analyse(story, art(title, text)).signal
    assert not sig.relevant, sig.relevance_reasons


def test_passing_mention_in_other_news_stays_out(story):
    a = art("Anthropic's annualized revenue tops a new milestone",
            "Anthropic's revenue passed a new milestone on the strength of its coding products, people familiar "
            "with the figures said. Enterprise customers account for most of the growth. The company, which "
            "remains in litigation with the Defense Department, declined to comment.")
    sig = analyse(story, a).signal
    assert not sig.relevant


def test_opinion_about_the_standoff_is_relevant(story):
    a = art("Opinion | The Pentagon is punishing the wrong AI company",
            "Hegseth's threat to brand Anthropic a supply chain risk for keeping two safeguards is a mistake.",
            url="https://example.com/opinion/pentagon-anthropic")
    sig = analyse(story, a).signal
    assert sig.relevant and sig.kind == "opinion"


def test_learned_vocabulary_keeps_drifted_coverage_in(story):
    words = ["circuit", "oral", "argument", "panel", "statute", "findings", "designation", "appeal"]
    vocab = Vocabulary()
    for _ in range(6):
        vocab.learn([*words, "pentagon", "anthropic"])
    for _ in range(10):
        vocab.observe_background(["football", "weather", "panel", "recipe"])
    learned = build_story(story_config(story), [], vocab)
    a = art("Quick takes on the Anthropic argument",
            "The circuit panel questioned whether the statute's findings were made before the designation; "
            "the appeal turns on that.")
    assert analyse(learned, a).signal.relevant
    bare = build_story(story_config(story), [], Vocabulary())
    assert analyse(bare, a).signal.relevance < analyse(learned, a).signal.relevance


def story_config(story):
    from bot.config import StoryConfig

    return StoryConfig(principal=story.principal, principal_aliases=list(story.principal_aliases),
                       counterparts=list(story.counterparts), key_terms=list(story.key_terms))


def test_seeds_are_relevant_by_definition(story):
    a = art("A note", "Nothing of note here.", is_seed=True)
    assert analyse(story, a).signal.relevant


def test_hostile_and_empty_input_does_not_crash(story):
    for title, text in [("", ""), ("\x00\x01", "\u202e" * 1000), ("A" * 10_000, "word " * 60_000),
                        ("İstanbul ANTHROPIC", "İİİ Anthropic Pentagon supply chain risk " * 50)]:
        sig = analyse(story, art(title, text)).signal
        assert 0.0 <= sig.relevance <= 1.0
