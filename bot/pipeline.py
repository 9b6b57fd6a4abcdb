"""The classifier's thin I/O layer: read unclassified articles, classify them in date order, write
signals and developments, mark the articles classified.

Decisions live in ``bot.classify`` (pure). State needed between calls (recent developments' clustering
state, the learned vocabulary) is persisted in ``development_state`` and ``meta``, so a call reads
only the new articles and the developments active within the clustering window, never the whole corpus.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlite_utils

from bot.classify import analyse, build_story
from bot.classify.developments import Cluster, Clusterer
from bot.classify.story import Story, Vocabulary
from bot.classify.stream import SeedLabels, Stream, aggregate, title_key
from bot.clock import iso
from bot.errors import BotError, NotFound
from bot.models import Article, Development, Signal
from bot.seeds import load_seed_records
from bot.store import developments as store

log = logging.getLogger("standoff_bot.pipeline")

VOCAB_KEY = "classify.vocabulary"
BATCH = 500
WINDOW_DAYS = 6

Progress = Callable[[int, int], None]


@dataclass
class ClassifyReport:
    classified: int = 0
    relevant: int = 0
    changed_developments: list[str] = field(default_factory=list)
    new_developments: list[str] = field(default_factory=list)


def load_story(settings: Any, db: sqlite_utils.Database | None = None) -> Story:
    """The story from config and seeds, with the vocabulary learned so far (from ``meta``) if any."""
    try:
        seeds = load_seed_records(settings.seeds_dir)
    except BotError as exc:
        log.warning("seeds not loaded: %s", exc)
        seeds = []
    vocab = None
    if db is not None:
        raw = store.get_meta(db, VOCAB_KEY)
        if raw:
            vocab = Vocabulary.from_json(json.loads(raw))
    return build_story(settings.story, seeds, vocab)


def calibration(story: Story, settings: Any) -> float:
    """Seeds calibrate impact: half the median gap between the seeds' own scores and ours, within +-1.
    Needs three labelled seeds; seeds without a score do not count."""
    try:
        seeds = [s for s in load_seed_records(settings.seeds_dir) if s.impact]
    except BotError:
        return 0.0
    if len(seeds) < 3:
        return 0.0
    gaps = []
    for s in seeds:
        when = datetime.combine(s.date, datetime.min.time(), UTC) if s.date else None
        art = Article(url=s.seed_url, title=s.title, text=s.body, published=when, is_seed=True)
        gaps.append(int(s.impact or 0) - analyse(story, art).signal.impact)
    gaps.sort()
    mid = len(gaps) // 2
    median = gaps[mid] if len(gaps) % 2 else (gaps[mid - 1] + gaps[mid]) / 2
    return max(-1.0, min(1.0, 0.5 * median))


def _stream(app: Any, since_day: str | None) -> Stream:
    story = load_story(app.settings, app.db)
    states = store.load_cluster_states(app.db, since_day)
    clusters = [Cluster.from_json(s) for s in states if s]
    return Stream(story, Clusterer(clusters, WINDOW_DAYS), app.settings.story.relevance_threshold,
                  impact_offset=calibration(story, app.settings), seed_labels=seed_labels(app.settings))


def seed_labels(settings: Any) -> dict[str, SeedLabels]:
    """The seed records' own labels, by headline, for the seed articles in the corpus."""
    try:
        records = load_seed_records(settings.seeds_dir)
    except BotError:
        return {}
    kinds = {"analysis": "news", "news": "news", "opinion": "opinion", "explainer": "explainer"}
    return {title_key(r.title): SeedLabels(r.impact, r.sentiment, r.category, kinds.get(r.kind)) for r in records}


def classify_pending(app: Any, progress: Progress | None = None, limit: int | None = None) -> ClassifyReport:
    """Classify every article with ``classified = 0`` (seeds included), oldest first; update developments.

    Deterministic for the same corpus. Each batch of up to 500 articles is one transaction."""
    db = app.db
    report = ClassifyReport()
    total = store.count_pending(db)
    if limit is not None:
        total = min(total, limit)
    done = 0
    new_ids: set[str] = set()
    changed: dict[str, None] = {}
    while done < total:
        batch = store.pending_articles(db, min(BATCH, total - done))
        if not batch:
            break
        first = next((a.when for a in batch if a.when), None)
        since = (first - timedelta(days=WINDOW_DAYS * 3)).date().isoformat() if first else None
        stream = _stream(app, since)
        touched: dict[str, Cluster] = {}
        new_signals: dict[int, Signal] = {}
        with db.atomic():
            for c in _forget_reclassified(db, stream, [int(a.id or 0) for a in batch]):
                touched[c.id] = c
                changed.setdefault(c.id, None)
            for art in batch:
                out = stream.process(art)
                new_signals[int(art.id or 0)] = out.signal
                store.save_signal(db, out.signal, iso(art.fetched or art.published))
                report.classified += 1
                if out.assignment is not None:
                    report.relevant += 1
                    c = out.assignment.cluster
                    touched[c.id] = c
                    changed.setdefault(c.id, None)
                    if out.assignment.new:
                        new_ids.add(c.id)
            emptied = {cid for cid, c in touched.items() if not c.members}
            for cid in emptied:
                store.delete_development(db, cid)
                touched.pop(cid)
                changed.pop(cid, None)
                stream.clusterer.clusters.pop(cid, None)
            for dev in _developments(db, touched.values(), new_signals):
                store.save_development(db, dev)
            for c in touched.values():
                ds = c.dates
                store.save_cluster_state(db, c.id, ds[-1].isoformat() if ds else None, c.to_json())
            store.set_meta(db, VOCAB_KEY, json.dumps(stream.story.vocabulary.to_json(), sort_keys=True))
            store.mark_articles_classified(db, [int(a.id or 0) for a in batch])
        done += len(batch)
        if progress:
            progress(done, total)
    report.new_developments = sorted(new_ids)
    report.changed_developments = [d for d in changed if d not in new_ids]
    return report


def _forget_reclassified(db: sqlite_utils.Database, stream: Stream, ids: list[int]) -> list[Cluster]:
    """Articles classified before (an updated article) leave their old development first."""
    old = store.get_signals(db, ids)
    left: list[Cluster] = []
    for aid, sig in sorted(old.items()):
        if not sig.development_id:
            continue
        if sig.development_id not in stream.clusterer.clusters:
            state = store.load_cluster_state(db, sig.development_id)
            if state:
                stream.clusterer.add_cluster(Cluster.from_json(state))
        c = stream.clusterer.forget(aid)
        if c is not None:
            left.append(c)
    return left


def _developments(db: sqlite_utils.Database, clusters: Iterable[Cluster],
                  fresh: dict[int, Signal]) -> list[Development]:
    clusters = list(clusters)
    need = {i for c in clusters for i in c.article_ids if i not in fresh}
    sigs = {**store.get_signals(db, need), **fresh}
    firsts = {c.article_ids[0] for c in clusters if c.article_ids}
    urls = {i: u for i, (_, u) in store.article_titles(db, firsts).items()}
    return [aggregate(c, sigs, urls=urls) for c in clusters]


def rebuild(app: Any, progress: Progress | None = None) -> ClassifyReport:
    """Forget signals, developments and learned vocabulary, then classify the whole corpus in date order.
    Development ids derive from their first article's URL, so they survive a rebuild of the same corpus."""
    store.clear_classification(app.db)
    return classify_pending(app, progress)


# --------------------------------------------------------------------------- explain


def explain_lines(db: sqlite_utils.Database, id: str | int) -> list[str]:
    """Why an article (numeric id) or a development (its id) got its relevance, impact and sentiment."""
    key = str(id).strip()
    if key.isdigit():
        sig = store.get_signal(db, int(key))
        if sig is None:
            raise NotFound(f"no classified article with id {key}")
        return _explain_signal(db, sig)
    dev = store.get_development(db, key)
    if dev is None:
        raise NotFound(f"no development with id {key!r}")
    return _explain_development(db, dev)


def _explain_signal(db: sqlite_utils.Database, s: Signal) -> list[str]:
    info = store.article_titles(db, [s.article_id or 0]).get(s.article_id or 0, ("", ""))
    lines = [f"Article {s.article_id}: {info[0]}", f"  {info[1]}"]
    lines.append(f"Relevance {s.relevance:.2f} -> {'relevant' if s.relevant else 'not relevant'}")
    lines += [f"  - {r}" for r in s.relevance_reasons]
    if not s.relevant:
        return lines
    lines.append(f"Impact {s.impact}/10 ({s.kind}, {s.category})")
    lines += [f"  - {r}" for r in s.impact_reasons]
    lines.append(f"Sentiment {s.sentiment} ({s.sentiment_score:+.2f})")
    lines += [f"  - {r}" for r in s.sentiment_reasons]
    if s.development_id:
        extra = f" (copy of article {s.syndicated_of})" if s.syndicated_of else ""
        lines.append(f"Development {s.development_id}{extra}")
    return lines


def _explain_development(db: sqlite_utils.Database, d: Development) -> list[str]:
    status = "corroborated" if d.verified else "unverified (one source)"
    lines = [
        f"Development {d.id}: {d.title}",
        f"Event date {d.event_date or 'unknown'}; first seen {iso(d.first_seen)}; updated {iso(d.updated)}",
        f"Independent sources {d.sources} ({status}): {', '.join(d.publishers)}",
        f"Impact {d.impact}/10, {d.category}, sentiment {d.sentiment}",
    ]
    lines += [f"  - {r}" for r in d.impact_reasons]
    sigs = store.get_signals(db, d.article_ids)
    titles = store.article_titles(db, d.article_ids)
    lines.append(f"Articles ({len(d.article_ids)}):")
    for aid in d.article_ids[:30]:
        s = sigs.get(aid)
        t = titles.get(aid, ("", ""))[0]
        if s is None:
            continue
        copy = f", copy of {s.syndicated_of}" if s.syndicated_of else ""
        lines.append(f"  {aid}: impact {s.impact}, {s.sentiment}{copy}: {t[:100]}")
    return lines
