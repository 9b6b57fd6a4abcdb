"""The classifier as a stream: articles in date order in, signals and development updates out. Pure.

``Stream`` owns the story (with its learned vocabulary) and the clusterer state; it never reads a
clock or a database. ``bot.pipeline`` feeds it from the corpus and persists what it returns; the
batch CLI feeds it from a JSONL file through an in-memory corpus.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from bot.classify import Analysis, analyse, with_development
from bot.classify.developments import Assignment, Cluster, Clusterer, Item, publisher_key, sketch, vector
from bot.classify.sentiment import tier
from bot.classify.story import Story
from bot.models import (
    CATEGORIES,
    SENTIMENT_TIERS,
    Affected,
    Article,
    DateMention,
    Development,
    Entity,
    ImpactReason,
    Signal,
)

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Outcome:
    signal: Signal
    assignment: Assignment | None
    analysis: Analysis


class Stream:
    def __init__(self, story: Story, clusterer: Clusterer | None = None, threshold: float = 0.5,
                 impact_offset: float = 0.0, seed_labels: Mapping[str, SeedLabels] | None = None) -> None:
        self.story = story
        self.clusterer = clusterer or Clusterer()
        self.threshold = threshold
        self.impact_offset = impact_offset
        self.seed_labels = dict(seed_labels or {})
        self._last_seen = EPOCH

    def process(self, article: Article) -> Outcome:
        an = analyse(self.story, article, self.threshold, impact_offset=self.impact_offset)
        if article.is_seed and an.signal.relevant:
            labels = self.seed_labels.get(title_key(article.title))
            if labels is not None:
                an = replace(an, signal=labels.apply(an.signal))
        seen = article.fetched or article.published or self._last_seen
        self._last_seen = max(self._last_seen, seen)
        if not an.signal.relevant:
            if an.signal.relevance < 0.3:
                self.story.observe_background(an.doc.content_words)
            return Outcome(an.signal, None, an)
        common = self.story.weights
        item = Item(
            article_id=int(article.id or 0),
            url=article.url,
            title=an.doc.title,
            publisher=publisher_key(article.publisher or article.domain, article.url),
            when=article.when.date() if article.when else None,
            seen=seen,
            event=an.event,
            kind=an.signal.kind,
            vec=vector(an.doc.title, an.doc.body, common),
            sketch=sketch(an.doc.body or an.doc.title),
            event_in_title=an.event_in_title,
        )
        asg = self.clusterer.assign(item)
        if an.confident and not article.is_seed:
            self.story.learn(an.doc.content_words)
        return Outcome(with_development(an.signal, asg.cluster.id, asg.syndicated_of), asg, an)


def title_key(title: str) -> str:
    return " ".join(title.lower().split())


@dataclass(frozen=True)
class SeedLabels:
    """A seed record's own labels: its signal states them rather than our estimate."""

    impact: int | None = None
    sentiment: str | None = None
    category: str | None = None
    kind: str | None = None

    def apply(self, s: Signal) -> Signal:
        out = s
        if self.impact:
            out = replace(out, impact=self.impact, impact_reasons=(
                ImpactReason("seed", float(self.impact), "the seed story's own score", f"our estimate {s.impact}"),
                *s.impact_reasons))
        if self.sentiment in SENTIMENT_TIERS:
            out = replace(out, sentiment=self.sentiment,
                          sentiment_reasons=(*s.sentiment_reasons, f"seed label {self.sentiment}"))
        if self.category in CATEGORIES:
            out = replace(out, category=self.category)
        if self.kind in ("news", "opinion", "explainer"):
            out = replace(out, kind=self.kind)
        return out


def _top(items: list[tuple[object, int]], n: int) -> list[object]:
    return [x for x, _ in sorted(items, key=lambda t: -t[1])[:n]]


def consensus_impact(news: list[Signal], lead: Signal | None) -> tuple[int, tuple[ImpactReason, ...]]:
    """A development's impact: the trimmed mean of its independent reports' scores (the highest and lowest
    dropped from five reports on), so one sensational or one thin write-up does not set it and the number
    of outlets never raises it. The reasons are those of the strongest report plus the consensus step."""
    if lead is None:
        return 1, ()
    xs = sorted(s.impact for s in news)
    if len(xs) >= 5:
        xs = xs[1:-1]
    mean = sum(xs) / len(xs)
    impact = max(1, min(10, int(mean + 0.5)))
    reasons = lead.impact_reasons
    if impact != lead.impact:
        reasons = (*reasons, ImpactReason("consensus", float(impact - lead.impact),
                                          f"mean of {len(news)} independent report(s)",
                                          f"strongest report scored {lead.impact}"))
    return impact, reasons


def aggregate(cluster: Cluster, signals: Mapping[int, Signal], titles: Mapping[int, str] | None = None,
              urls: Mapping[int, str] | None = None) -> Development:
    """A Development from its cluster and the member signals (those missing are skipped).

    impact: the trimmed mean of the news members' impacts (see ``consensus_impact``), with reasons;
    sentiment: the median of member scores; category: the most common among originals."""
    members = [signals[i] for i in cluster.article_ids if i in signals]
    originals = [s for s in members if s.syndicated_of is None] or members
    news = [s for s in originals if s.kind == "news"] or originals
    lead = max(news, key=lambda s: (s.impact, -(s.article_id or 0))) if news else None
    impact, reasons = consensus_impact(news, lead)
    scores = sorted(s.sentiment_score for s in originals)
    sent = tier(scores[len(scores) // 2]) if scores else "neutral"
    if sent not in SENTIMENT_TIERS:
        sent = "neutral"
    cats = Counter(s.category for s in news)
    category = max(cats, key=lambda c: (cats[c], c == (lead.category if lead else ""), c)) if cats else "Industry"
    facts: list[str] = []
    for s in sorted(news, key=lambda s: -s.impact):
        for f in s.key_facts:
            if f not in facts and len(facts) < 5:
                facts.append(f)
    ents: Counter[Entity] = Counter()
    aff: dict[str, Affected] = {}
    dates: dict[tuple[object, str], DateMention] = {}
    for s in originals:
        ents.update(s.entities)
        for a in s.affected:
            aff.setdefault(a.party, a)
        for d in s.dates:
            dates.setdefault((d.when, d.kind), d)
    if lead is not None:
        for a in lead.affected:
            aff[a.party] = a
    first = cluster.article_ids[0] if cluster.article_ids else None
    title = cluster.title
    if titles and lead is not None and lead.article_id in titles and not title:
        title = titles[lead.article_id]
    return Development(
        id=cluster.id,
        title=title,
        event_date=cluster.event_date(),
        first_seen=cluster.first_seen,
        updated=cluster.updated,
        article_ids=tuple(cluster.article_ids),
        publishers=tuple(cluster.publishers),
        sources=max(1, len(cluster.publishers)),
        impact=impact,
        impact_reasons=reasons,
        sentiment=sent,
        category=category,
        key_facts=tuple(facts),
        affected=tuple(list(aff.values())[:8]),
        entities=tuple(_top(list(ents.items()), 12)),  # type: ignore[arg-type]
        dates=tuple(sorted(dates.values(), key=lambda d: (d.when, d.kind))[:10]),
        url=(urls or {}).get(first, "") if first is not None else "",
    )
