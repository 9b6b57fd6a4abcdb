"""Category: Regulation, Legal, Contracts, Military, Policy, Industry or Opinion, from the reported
event first and the article's vocabulary second."""

from __future__ import annotations

import re

from bot.classify.events import Hit, primary
from bot.classify.text import Doc

EVENT_CATEGORY = {
    "designation": "Regulation", "ban": "Regulation", "blacklist": "Regulation", "ultimatum": "Regulation",
    "dpa": "Regulation", "memo": "Policy", "ruling_for": "Legal", "ruling_against": "Legal", "lawsuit": "Legal",
    "hearing": "Legal", "cancellation": "Contracts", "money": "Contracts", "fallout": "Contracts",
    "exclusion": "Contracts", "competitor_deal": "Contracts", "truce": "Policy", "refusal": "Regulation",
    "support": "Industry", "endorsement": "Industry", "congress": "Policy", "amicus": "Legal",
    "settlement": "Legal", "restoration": "Contracts", "appeal": "Legal",
    "bench_doubts_government": "Legal", "bench_doubts_principal": "Legal",
}
_WORDS = {
    "Legal": re.compile(r"\b(?:court|judge|lawsuit|injunction|appeal|ruling|attorneys?|legal)\b", re.I),
    "Regulation": re.compile(r"\b(?:designation|regulat\w+|supply[\s-]chain risk|rules?|compliance|ban)\b", re.I),
    "Contracts": re.compile(r"\b(?:contracts?|deal|agreement|procurement|vendors?|award\w*)\b", re.I),
    "Military": re.compile(r"\b(?:weapons?|warfighters?|battlefield|troops|military operations?|combat|drones?)\b",
                           re.I),
    "Policy": re.compile(r"\b(?:policy|white house|president|congress|lawmakers|senators?|executive order)\b", re.I),
}


def classify(doc: Doc, hits: list[Hit], kind: str) -> tuple[str, str]:
    if kind == "opinion":
        return "Opinion", "opinion piece"
    main = primary(hits)
    if main is not None and main.trigger.event in EVENT_CATEGORY:
        return EVENT_CATEGORY[main.trigger.event], f"event: {main.trigger.label}"
    text = doc.full[:8000]
    counts = {c: len(rx.findall(text)) for c, rx in _WORDS.items()}
    best = max(counts, key=lambda c: (counts[c], c))
    if counts[best] >= 2:
        return best, f"vocabulary: {counts[best]} {best.lower()} words"
    return "Industry", "default"
