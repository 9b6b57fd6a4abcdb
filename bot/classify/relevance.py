"""Relevance of one article to the tracked story: a score in [0, 1], a decision and the reasons.

A transparent logistic score over a few features: the principal party named (title, lead, body),
counterparts named, both in one sentence, the story's key terms, dispute vocabulary near the parties,
and the story's learned vocabulary. Gates keep hard negatives out: no principal, no story; the
principal without any counterpart, key term or dispute word is other news about the principal
(launches, funding); "anthropic" in another sense is not a mention (``Story.principal_mentions``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from bot.classify.story import Story
from bot.classify.text import Doc

DISPUTE = re.compile(
    r"\b(?:standoff|stand-off|dispute|feud|clash(?:es|ed)?|showdown|ultimatum|deadline|threat(?:s|en|ens|ened)?|"
    r"designat(?:e|es|ed|ing|ion)|blacklist(?:s|ed|ing)?|bans?|banned|barred|cease|stop using|phase[ -]out|"
    r"sue[sd]?|suing|lawsuit|court|judge|injunction|ruling|appeals?|retaliat\w*|refus\w*|reject\w*|red lines?|"
    r"safeguards?|guardrails?|surveillance|autonomous weapons?|defense production act|truce|rift|punish\w*|"
    r"cut off|excluded|left out|leaves? out|offboard\w*|supply[ -]chain risk|national security risk|"
    r"retreat\w*|backs? down|capitulat\w*|conscience)\b"
)
# Other targets of supply-chain-risk designations and bans: their presence without our principal nearby
# marks the hard negative "another designation".
OTHER_TARGETS = re.compile(
    r"\b(?:Huawei|Kaspersky|ZTE|Hikvision|Dahua|DJI|TikTok|ByteDance|DeepSeek|Acronis|China Mobile|SMIC)\b"
)


@dataclass(frozen=True)
class Relevance:
    score: float
    relevant: bool
    reasons: tuple[str, ...]
    principal_hits: int
    counterpart_hits: int
    key_terms: tuple[str, ...]
    confident: bool  # relevant enough to learn vocabulary from


def _sentence_hits(story: Story, doc: Doc) -> tuple[int, int]:
    """Sentences naming both parties, and sentences with a dispute word and at least one party."""
    _, _, ps, cs = story.parties(doc)
    both = len(ps & cs)
    disp = {doc.sentence_at(m.start()) for m in DISPUTE.finditer(doc.lower)}
    return both, len(disp & (ps | cs))


def score(story: Story, doc: Doc, threshold: float = 0.5, *, is_seed: bool = False) -> Relevance:
    reasons: list[str] = []
    p_all, c_all, ps, cs = story.parties(doc)
    lead_n = doc.lead_sentences
    has_title = bool(doc.title)
    p_title = has_title and 0 in ps
    c_title = has_title and 0 in cs
    p_lead = any(i < lead_n for i in ps)
    c_lead = any(i < lead_n for i in cs)
    terms = story.key_terms_in(doc.full)
    both, dispute = _sentence_hits(story, doc) if p_all else (0, 0)
    vocab, shared = story.vocab_score(doc.content_words)
    other_targets = sorted(set(OTHER_TARGETS.findall(doc.full)))

    z = -4.2
    if p_title:
        z += 1.6
        reasons.append(f"{story.principal} named in the headline")
    if p_lead:
        z += 0.9
    if p_all:
        z += 0.25 * min(len(p_all), 6)
        reasons.append(f"{story.principal} mentioned {len(p_all)}x")
    if c_title:
        z += 1.0
    if c_lead:
        z += 0.5
    if c_all:
        z += 0.12 * min(len(c_all), 6)
        names = sorted({f for _, f in c_all})[:3]
        reasons.append(f"counterparts: {', '.join(names)}")
    if both:
        z += 0.7 * min(both, 3)
        reasons.append(f"principal and counterpart in {both} sentence(s)")
    if terms:
        z += 0.6 * min(len(terms), 4)
        reasons.append(f"key terms: {', '.join(terms[:4])}")
    if dispute:
        z += 0.35 * min(dispute, 5)
        reasons.append(f"dispute language in {dispute} sentence(s)")
    if vocab:
        z += 3.0 * vocab
        if shared:
            reasons.append(f"story vocabulary {vocab:.2f} ({', '.join(shared[:5])})")
    s = 1.0 / (1.0 + math.exp(-z))

    # Gates for hard negatives: explainable caps.
    if not p_all:
        s = min(s, 0.2)
        reasons.append(f"cap: {story.principal} not mentioned")
    elif not c_all and len(terms) < 2 and not dispute:
        s = min(s, 0.3)
        reasons.append("cap: no counterpart, key term or dispute: other news about the principal")
    elif not terms and not dispute:
        s = min(s, 0.35)
        reasons.append("cap: parties named but no dispute (e.g. an unrelated contract)")
    elif not p_lead and len(p_all) == 1 and not both:
        s = min(s, 0.45)
        reasons.append(f"cap: {story.principal} only mentioned in passing")
    if other_targets and s >= threshold and not both and len(p_all) <= 2:
        s = min(s, 0.4)
        reasons.append(f"cap: about another target ({', '.join(other_targets[:3])})")
    if is_seed:
        s = max(s, 0.99)
        reasons.append("seed story (relevant by definition)")
    s = round(s, 4)
    return Relevance(
        score=s,
        relevant=s >= threshold,
        reasons=tuple(reasons),
        principal_hits=len(p_all),
        counterpart_hits=len(c_all),
        key_terms=tuple(terms),
        confident=s >= max(0.8, threshold),
    )
