"""News, opinion or explainer: the cues that generalise across writing styles, and their traps."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.classify import _reports_event
from bot.classify.events import find
from bot.classify.kind import detect
from bot.classify.text import Doc
from bot.models import Article


def kind_of(title: str, text: str, url: str = "https://example.com/news/a", publisher: str | None = None) -> str:
    doc = Doc.from_article(Article(url=url, title=title, text=text, publisher=publisher,
                                   published=datetime(2026, 3, 1, tzinfo=UTC)))
    return detect(doc, lambda: _reports_event(find(doc)))[0]


def test_a_roman_numeral_is_not_the_writer():
    text = ("Lawyers were divided on the question. Title I of the Defense Production Act lets the government "
            "order priority contracts, but it has never been used to force a software company to change terms.")
    assert kind_of("Threat to use the Defense Production Act on a software firm would break new ground", text) == "news"


def test_a_reporter_in_the_first_person_is_still_reporting():
    text = ("Here's what I'm hearing: lawyers for the company and the Justice Department have met twice to "
            "discuss a settlement of the supply-chain case.")
    assert kind_of("Inside the back channel", text) == "news"
    text = "Chief information officers I spoke with said procurement teams were waiting for written guidance."
    assert kind_of("What the reversal means for enterprise customers", text) == "news"


def test_first_person_argument_is_still_opinion():
    text = "I think the Pentagon is wrong here. I believe the company had every right to refuse."
    assert kind_of("The wrong fight", text) == "opinion"


def test_verdict_headlines_are_opinion():
    assert kind_of("Anthropic wants a veto over the military. It shouldn't get one.", "The company asks.") == "opinion"
    assert kind_of("The Defense Production Act is the wrong tool for this dispute", "The act dates from 1950.") \
        == "opinion"
    assert kind_of("Letters to the editor: AI, housing and transit", "Readers wrote in.") == "opinion"


def test_explainer_cues_strong_and_weak():
    body = "The Pentagon designated the company a supply-chain risk in March."
    assert kind_of("What is a 'supply chain risk' designation?", body) == "explainer"
    assert kind_of("The dispute: a guide for the perplexed", body) == "explainer"
    assert kind_of("Where things stand between the company and the government", body) == "explainer"
    # a weak cue beside a headline that reports an event is news analysis of that event
    assert kind_of("Preliminary injunction in the case leaves key questions for the appeals court", body) == "news"
    assert kind_of("Trump and Anthropic: a ceasefire with open questions", body) == "news"


def test_a_blog_reporting_an_event_in_the_third_person_is_news():
    body = "A federal judge blocked the Pentagon's blacklisting of Claude on Thursday."
    assert kind_of("Anthropic WINS!!! Judge blocks Pentagon from blacklisting Claude", body,
                   publisher="TheAIWire Blog") == "news"
    assert kind_of("Why I am proud of where I work", "My colleagues stood firm and I am proud.",
                   publisher="Substack: Alignment Notes") == "opinion"


def test_a_multi_sentence_headline_is_all_headline():
    doc = Doc.from_article(Article(url="u", title="Anthropic WINS!!! Judge halts Pentagon label", text="Body. More."))
    assert doc.title_sentences == 2
    assert any(h.in_title and h.trigger.event == "ruling_for" for h in find(doc))


def test_a_quoted_word_does_not_split_a_headline_and_a_relative_clause_is_background():
    doc = Doc.from_article(Article(url="u", title="Trump pulls the plug on 'woke' AI company that defied the Pentagon",
                                   text="The president ordered federal agencies to stop using the company's tools."))
    assert doc.title_sentences == 1
    refusal = next(h for h in find(doc) if h.trigger.event == "refusal")
    assert not refusal.in_title


def test_a_discussion_thread_is_commentary():
    assert kind_of("Trump says Anthropic is no longer a threat (discussion)", "The president said so today.") \
        == "opinion"


def test_an_analyst_houses_voice_is_commentary():
    text = ("We do not change our fair value estimates for the cloud providers after the Pentagon's label. "
            "The larger risk is reputational spillover, which we think is limited.")
    assert kind_of("Federal blacklisting dents, but doesn't break, the investment case", text) == "opinion"
    # a reporter's "we" inside a quote is not the outlet's voice
    quoted = 'The Pentagon designated the company on Friday. "We think this is retaliation," a spokesperson said.'
    assert kind_of("Pentagon designates AI firm", quoted) == "news"
