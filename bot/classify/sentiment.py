"""Five-tier sentiment for the principal party: what happened to it, read through VADER.

score = 0.65 x the reported event's lean for the principal (a designation is very bad, a court block
very good; scaled by certainty) + 0.35 x VADER compound over the sentences naming the principal, with
a domain lexicon added and quoted speech removed (a party's own words about its threats are not news
about its fortunes). VADER handles negation ("not good"); event negation is handled by the triggers.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.classify.events import Hit, primary
from bot.classify.story import Story
from bot.classify.text import Doc
from bot.models import SENTIMENT_TIERS

DOMAIN_LEXICON: dict[str, float] = {
    "designate": -1.5, "designated": -1.8, "designation": -1.5, "blacklist": -2.5, "blacklisted": -2.5,
    "blacklisting": -2.5, "ultimatum": -1.8, "retaliation": -1.8, "retaliatory": -1.8, "punish": -2.0,
    "punished": -2.0, "punitive": -2.0, "banned": -2.0, "barred": -1.8, "excluded": -1.5, "sidelined": -1.5,
    "cancel": -1.2, "canceled": -1.5, "cancelled": -1.5, "terminated": -1.5, "standoff": -1.0, "feud": -1.2,
    "rift": -1.2, "clash": -1.0, "threatens": -1.5, "threatened": -1.5, "risk": -0.8, "offboarding": -1.0,
    "truce": 1.8, "reinstated": 2.0, "restored": 1.8, "cleared": 1.5, "injunction": 0.8, "wins": 2.2,
    "victory": 2.5, "vindicated": 2.5, "backing": 1.2, "rallied": 1.5, "support": 1.2, "blocks": 0.3,
    "lifts": 1.5, "lifted": 1.5, "principled": 1.5, "safeguards": 0.4, "woke": -1.5, "supply-chain": -0.3,
    "soured": -1.5, "souring": -1.5, "sours": -1.5, "friction": -1.0,
}
_QUOTE = re.compile(r"[\"\u201c][^\"\u201d]{0,400}[\"\u201d]")


_NEGATOR_WORDS = (
    "not no never none nobody nothing neither nor without cannot can't don't doesn't didn't isn't wasn't aren't "
    "weren't won't wouldn't shouldn't couldn't hasn't haven't hadn't"
)
_NEGATORS = frozenset(_NEGATOR_WORDS.split())
_BOOST = {"very": 0.293, "extremely": 0.293, "highly": 0.293, "deeply": 0.293, "severely": 0.293,
          "slightly": -0.293, "somewhat": -0.293, "barely": -0.293}
_TOKEN = re.compile(r"[a-z][a-z'\-]*")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, float]:
    """VADER's lexicon (shipped with vaderSentiment, read once) plus the domain terms above."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    lex = dict(SentimentIntensityAnalyzer().lexicon)
    lex.update(DOMAIN_LEXICON)
    return lex


def compound(text: str) -> float:
    """VADER's scoring, simplified for speed: valences summed with VADER's negation (x -0.74, three words
    back) and booster rules, normalised by VADER's x / sqrt(x^2 + 15)."""
    lex = lexicon()
    toks = _TOKEN.findall(text.lower().replace("\u2019", "'"))
    total = 0.0
    for i, w in enumerate(toks):
        v = lex.get(w)
        if v is None:
            continue
        for j in range(max(0, i - 3), i):
            b = _BOOST.get(toks[j])
            if b:
                v += b if v > 0 else -b
        if any(toks[j] in _NEGATORS or toks[j].endswith("n't") for j in range(max(0, i - 3), i)):
            v *= -0.74
        total += v
    return total / ((total * total + 15) ** 0.5) if total else 0.0


def tier(score: float) -> str:
    if score <= -0.45:
        return SENTIMENT_TIERS[0]
    if score <= -0.12:
        return SENTIMENT_TIERS[1]
    if score < 0.12:
        return SENTIMENT_TIERS[2]
    if score < 0.45:
        return SENTIMENT_TIERS[3]
    return SENTIMENT_TIERS[4]


def vader(story: Story, doc: Doc, max_sentences: int = 8) -> tuple[float, int]:
    """Mean compound over the first sentences that name the principal, quoted speech removed."""
    _, _, ps, _ = story.parties(doc)
    total, n = 0.0, 0
    for i in sorted(ps)[: max_sentences * 2]:
        text = _QUOTE.sub(" ", doc.sentences[i]).strip()
        if len(text) < 12:
            continue
        total += compound(text)
        n += 1
        if n >= max_sentences:
            break
    return (total / n if n else 0.0), n


def score(story: Story, doc: Doc, hits: list[Hit], kind: str = "news") -> tuple[str, float, tuple[str, ...]]:
    reasons: list[str] = []
    main = primary(hits)
    event = 0.0
    if main is not None and kind == "explainer":
        # an explainer recounts the story: the balance of the events it reports, not the first one it names
        leans: dict[str, float] = {}
        for h in hits:
            if h.certainty != "negated" and h.trigger.event not in leans:
                leans[h.trigger.event] = h.trigger.lean * h.factor
        event = sum(leans.values()) / len(leans)
        reasons.append(f"explainer: balance of {len(leans)} kind(s) of event, lean {event:+.2f}")
    elif main is not None:
        event = main.trigger.lean * (main.factor if main.trigger.lean < 0 else max(main.factor, 0.6))
        reasons.append(f"event: {main.trigger.label} ({main.certainty}) lean {event:+.2f}")
    others = [h.trigger.lean * h.factor for h in hits if h is not main and h.certainty != "negated" and h.in_lead]
    if others:
        event += 0.1 * sum(others) / len(others)
    v, n = vader(story, doc)
    if n:
        reasons.append(f"tone of {n} sentence(s) naming {story.principal}: {v:+.2f}")
    s = 0.7 * event + 0.25 * v if main is not None else 0.6 * v
    if kind == "opinion":  # commentary argues; it does not change the principal's fortunes by itself
        s *= 0.3
        reasons.append("opinion: the writer's stance moves no fortunes, score x0.3")
    elif kind != "news":  # an explainer recounts events whose consequences are real, but none is new
        s *= 0.5
        reasons.append(f"{kind}: tone halved")
    s = max(-1.0, min(1.0, s))
    t = tier(s)
    reasons.append(f"score {s:+.2f} -> {t}")
    return t, round(s, 4), tuple(reasons)
