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
from bot.classify.text import Doc, content_words

DISPUTE = re.compile(
    r"\b(?:standoffs?|stand-offs?|disputes?|feuds?|clash(?:es|ed)?|showdowns?|ultimatums?|deadlines?|"
    r"threat(?:s|en|ens|ened)?|"
    r"designat(?:e|es|ed|ing|ion)|blacklist(?:s|ed|ing)?|bans?|banned|barred|cease|stop using|phase[ -]out|"
    r"sue[sd]?|suing|lawsuits?|litigat\w*|courts?|judges?|injunctions?|rulings?|appeals?|retaliat\w*|refus\w*|"
    r"reject\w*|red lines?|safeguards?|guardrails?|surveillance|autonomous weapons?|defense production act|"
    r"truces?|rifts?|punish\w*|"
    r"cut off|excluded|left out|leaves? out|offboard\w*|supply[ -]chain risk|national security risk|"
    r"retreat\w*|backs? down|capitulat\w*|conscience|oral argument|circuit|fight\w*|punish\w*|"
    r"def(?:y|ies|ied|ying|iance)|stand(?:s|ing)? (?:up to|against|firm)|open letter|shut (?:\w+ )?down|"
    r"(?:left|leav\w*|shut|froze|frozen|lock\w*)\s+(?:\w+\s+){0,2}out)\b"
)
# Other targets of supply-chain-risk designations and bans: their presence without our principal nearby
# marks the hard negative "another designation".
OTHER_TARGETS = re.compile(
    r"\b(?:Huawei|Kaspersky|ZTE|Hikvision|Dahua|DJI|TikTok|ByteDance|DeepSeek|Acronis|China Mobile|SMIC|"
    r"TP-Link|Chinese|Russian|Iranian)\b"
)

# The principal's other fights (copyright, privacy, antitrust): legal words, but not this story.
OTHER_DISPUTES = re.compile(
    r"\b(?:copyright\w*|lyrics|authors?|publishers|book\s+piracy|pirated|scrap(?:e|ed|es|ing)|training\s+data|"
    r"infring\w*|trademark|patent\w*|antitrust|privacy\s+(?:suit|lawsuit|class)|class[\s-]action|"
    r"shareholders?|securities\s+fraud|wrongful\s+(?:death|termination))\b",
    re.IGNORECASE,
)
STORY_VOCAB = 0.5


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
    return both, len(_dispute_sentences(doc) & (ps | cs))


def _dispute_sentences(doc: Doc) -> set[int]:
    got = doc.cache.get("dispute")
    if got is None:
        got = {doc.sentence_at(m.start()) for m in DISPUTE.finditer(doc.lower)} - {-1}
        doc.cache["dispute"] = got
    return got  # type: ignore[return-value]


def _title_on_story(story: Story, doc: Doc) -> bool:
    """Does the headline itself speak of the story (a counterpart, key term, dispute word or story word)?"""
    t = doc.title
    if story.counterpart_mentions(t) or story.key_terms_in(t) or DISPUTE.search(t.lower()):
        return True
    score, _ = story.vocab_score(content_words(t))
    lifts = story.lifts
    return any(lifts.get(w, 0.0) >= 0.6 for w in content_words(t) if w not in story.alias_words) or score >= 0.25


def score(story: Story, doc: Doc, threshold: float = 0.5, *, is_seed: bool = False) -> Relevance:
    reasons: list[str] = []
    p_all, c_all, ps, cs = story.parties(doc)
    if not p_all and not c_all and not is_seed:  # neither party named: nothing more to weigh
        return Relevance(0.01, False, (f"neither {story.principal} nor a counterpart is named",), 0, 0, (), False)
    lead_n = doc.lead_sentences
    has_title = bool(doc.title)
    p_title = has_title and 0 in ps
    c_title = has_title and 0 in cs
    p_lead = any(i < lead_n for i in ps)
    c_lead = any(i < lead_n for i in cs)
    terms = story.key_terms_in(doc.full)
    both, dispute = _sentence_hits(story, doc) if p_all else (0, 0)
    vocab, shared = story.vocab_score(doc.content_words)
    # A feed item (headline + a sentence or two, ``Doc.short``) has fewer words to show its evidence: the
    # headline carries more weight, and a lead too short to hold a side mention is not "passing".
    short = doc.short
    other_targets = sorted(set(OTHER_TARGETS.findall(doc.title if (p_title or p_lead) else doc.lead)))

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
    title_story = short and p_title and (c_title or story.key_terms_in(doc.title) or DISPUTE.search(doc.title_lower))
    if title_story:
        z += 1.0
        reasons.append("a short item whose headline names the principal and the dispute")
    if vocab:
        z += 4.0 * vocab
        if shared:
            reasons.append(f"story vocabulary {vocab:.2f} ({', '.join(shared[:5])})")
    s = 1.0 / (1.0 + math.exp(-z))

    # Gates for hard negatives: explainable caps. The learned story vocabulary counts as context, so
    # coverage that has drifted (court dates, contractors' certifications) stays in.
    story_words = vocab >= STORY_VOCAB
    if not p_all:
        if c_all and len(terms) >= (1 if short else 2) and story_words and not other_targets:
            s = min(s, 0.6)
            reasons.append(f"cap: {story.principal} not named, but counterparts, key terms and story vocabulary")
        else:
            s = min(s, 0.2)
            reasons.append(f"cap: {story.principal} not mentioned")
    elif not c_all and not terms and not dispute and not story_words:
        s = min(s, 0.3)
        reasons.append("cap: no counterpart, key term, dispute or story vocabulary: other news about the principal")
    elif not terms and not dispute and not story_words:
        s = min(s, 0.35)
        reasons.append("cap: parties named but no dispute (e.g. an unrelated contract)")
    elif not p_lead and len(p_all) == 1 and not both and not story_words:
        s = min(s, 0.45)
        reasons.append(f"cap: {story.principal} only mentioned in passing")
    if p_title and s >= threshold and vocab < 0.65 and not _title_on_story(story, doc):
        side = sum(1 for i in (cs | _dispute_sentences(doc)) if i > 0)
        # in a short item the lead is the article: a counterpart or dispute there is not in passing
        if side == 0 or (side == 1 and not short):
            s = min(s, 0.4)
            reasons.append("cap: the headline is about other news; the story is only mentioned in passing")
    other_fight = OTHER_DISPUTES.search(doc.title or doc.lead)
    if other_fight and not c_title and s >= threshold:
        s = min(s, 0.3)
        reasons.append(f"cap: another dispute of the principal ('{other_fight.group(0)}')")
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
