"""Pure scoring over models: relevance, events, impact + reasons, sentiment, entities, facts, category.

``analyse(story, article)`` runs every scorer once over a prepared ``Doc`` and returns an ``Analysis``:
the per-article ``Signal`` (without a development yet) plus what clustering needs. No SQLite, no
clock, no network: ``bot.pipeline`` does the I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from bot.classify import category as _category
from bot.classify import entities as _entities
from bot.classify import events as _events
from bot.classify import facts as _facts
from bot.classify import impact as _impact
from bot.classify import kind as _kind
from bot.classify import relevance as _relevance
from bot.classify import sentiment as _sentiment
from bot.classify.story import Story, Vocabulary, build_story
from bot.classify.text import Doc
from bot.models import Article, DateMention, Signal

__all__ = ["Analysis", "Story", "Vocabulary", "analyse", "build_story"]


@dataclass(frozen=True)
class Analysis:
    signal: Signal
    doc: Doc
    event: str | None
    confident: bool
    event_in_title: bool = False


def analyse(story: Story, article: Article, threshold: float = 0.5, *, impact_offset: float = 0.0) -> Analysis:
    doc = Doc.from_article(article)
    rel = _relevance.score(story, doc, threshold, is_seed=article.is_seed)
    if not rel.relevant:
        sig = Signal(article_id=article.id, relevant=False, relevance=rel.score, impact=1,
                     relevance_reasons=rel.reasons, category="Industry")
        return Analysis(sig, doc, None, False)
    hits = _events.find(doc)
    main = _events.primary(hits)
    kind, kind_why = _kind.detect(doc, lambda: _reports_event(hits))
    when = article.when.date() if article.when else None
    dates = _facts.dates(doc, when)
    if kind == "news" and _is_recap(hits, dates):
        kind, kind_why = "explainer", "a recap: many past events, none in the headline"
    impact, reasons = _impact.score(hits, kind, impact_offset)
    tier, s_score, s_reasons = _sentiment.score(story, doc, hits, kind)
    cat, _why = _category.classify(doc, hits, kind)
    ents = _entities.find(story, doc)
    affected = _entities.affected(story, ents, s_score, main.trigger.event if main else None)
    rel_reasons = rel.reasons + ((f"kind: {kind} ({kind_why})",) if kind != "news" else ())
    sig = Signal(
        article_id=article.id, relevant=True, relevance=rel.score, impact=impact, impact_reasons=reasons,
        sentiment=tier, sentiment_score=s_score, category=cat, kind=kind, entities=ents, affected=affected,
        key_facts=_facts.key_facts(doc, ents, hits), dates=dates, relevance_reasons=rel_reasons,
        sentiment_reasons=s_reasons,
    )
    # the item's own news: its headline's event, or in a feed item (headline + a sentence or two) its lead's
    own = bool(main and not main.background and (main.in_title or (doc.short and main.in_lead)))
    return Analysis(sig, doc, _events.event_key(main), rel.confident, own)


def _reports_event(hits: list[_events.Hit]) -> bool:
    """The headline itself reports an event (not as background, not negated, not merely asked about)."""
    return any(h.in_title and not h.background and h.certainty in ("enacted", "threatened", "scheduled") for h in hits)


def _is_recap(hits: list[_events.Hit], dates: tuple[DateMention, ...]) -> bool:
    """Five or more kinds of event reported as done, several past dates, and none of it in the headline:
    a timeline or backgrounder rather than news of one event."""
    if any(h.in_title and not h.background for h in hits):
        return False
    done = {h.trigger.event for h in hits if h.certainty == "enacted" and h.trigger.event != "money"}
    past = {d.when for d in dates if d.kind == "past"}
    return len(done) >= 5 and len(past) >= 3


def with_development(sig: Signal, development_id: str, syndicated_of: int | None) -> Signal:
    return replace(sig, development_id=development_id, syndicated_of=syndicated_of)
