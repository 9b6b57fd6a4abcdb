"""Classifier throughput on one core: feed-sized articles (headline + 1-3 paragraphs) and 5,000-word articles,
through the whole stream (relevance, events, impact, sentiment, entities, facts, clustering), plus peak memory.

    .venv/bin/python bench/classify.py [--feed N] [--long N]

Target: >= 500 feed-sized articles/s. The articles are generated from our own sentence templates (a mix of
story coverage and hard negatives), so the figures do not depend on any downloaded data.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
import tracemalloc
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.classify.stream import Stream
from bot.config import load_settings
from bot.models import Article
from bot.pipeline import load_story

TARGET_FEED = 500.0

ACTORS = ["Anthropic", "the Pentagon", "Defense Secretary Pete Hegseth", "Dario Amodei", "the White House",
          "OpenAI", "Lockheed Martin", "a federal judge", "the D.C. Circuit", "xAI", "the Army", "Google"]
ACTIONS = ["threatened to label {o} a supply chain risk", "refused to drop its safeguards on mass surveillance",
           "designated {o} a supply-chain risk on Friday", "sued {o} in federal court in San Francisco",
           "gave {o} until Friday at 5:01 p.m. to accept any lawful use", "signed a deal for classified networks",
           "told employees to stop using Claude", "blocked the designation with a preliminary injunction",
           "released a new model with faster coding", "raised new funding at a higher valuation",
           "awarded a $98 million maintenance contract", "opened an office in Tokyo",
           "heard oral argument on the statute on May 19", "said the company is no longer a threat"]
FILLER = ["Officials familiar with the talks said the decision came after weeks of negotiation.",
          "The company declined to comment beyond its statement.",
          "Analysts said the move could reshape how vendors write their acceptable-use policies.",
          "The department did not respond to a request for comment on Tuesday.",
          "Industry groups have urged both sides to return to the table before the deadline.",
          "Shares of listed defense contractors moved little on the news."]
PUBLISHERS = ["Reuters", "AP", "Axios", "Politico", "DefenseScoop", "The Verge", "Bloomberg", "CNBC"]


WHEN = ["on Monday", "on Tuesday", "late Wednesday", "this week", "in a filing", "in a statement", "on a call",
        "according to two officials", "people familiar with the matter said", "a spokesperson confirmed"]


def sentence(rng: random.Random) -> str:
    a, o = rng.sample(ACTORS, 2)
    return f"{a[0].upper()}{a[1:]} {rng.choice(ACTIONS).format(o=o)} {rng.choice(WHEN)} ({rng.randint(2, 999)})."


def paragraph(rng: random.Random, n: int) -> str:
    return " ".join(sentence(rng) if rng.random() < 0.6 else rng.choice(FILLER) for _ in range(n))


OTHER = ["The Navy", "A chip maker", "The city council", "A startup", "The Senate", "Researchers", "A retailer"]
OTHER_ACTIONS = ["launched a new product line", "reported quarterly earnings above estimates",
                 "approved a budget for road repairs", "raised a seed round from angel investors",
                 "published a study on battery chemistry", "opened a new distribution center"]


def other_sentence(rng: random.Random) -> str:
    return f"{rng.choice(OTHER)} {rng.choice(OTHER_ACTIONS)} {rng.choice(WHEN)} ({rng.randint(2, 999)})."


def make_mixed(rng: random.Random, i: int, share: float) -> Article:
    """A feed item that is about the story with probability ``share``, else ordinary tech/defence news."""
    if rng.random() < share:
        return make(rng, i, None)
    when = datetime(2026, 2, 20, tzinfo=UTC) + timedelta(hours=i // 4)
    body = "\n\n".join(" ".join(other_sentence(rng) if rng.random() < 0.7 else rng.choice(FILLER)
                                for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(1, 3)))
    return Article(url=f"https://example.com/{i}", title=other_sentence(rng).rstrip("."), text=body,
                   published=when, fetched=when, publisher=rng.choice(PUBLISHERS), id=i + 1)


def make(rng: random.Random, i: int, words: int | None) -> Article:
    when = datetime(2026, 2, 20, tzinfo=UTC) + timedelta(hours=i // 4)
    if words is None:
        body = "\n\n".join(paragraph(rng, rng.randint(2, 4)) for _ in range(rng.randint(1, 3)))
    else:
        paras: list[str] = []
        while sum(len(p.split()) for p in paras) < words:
            paras.append(paragraph(rng, 6))
        body = "\n\n".join(paras)
    return Article(url=f"https://example.com/{i}", title=sentence(rng).rstrip("."), text=body, published=when,
                   fetched=when, publisher=rng.choice(PUBLISHERS), id=i + 1)


def run(arts: list[Article], story_factory) -> float:  # type: ignore[no-untyped-def]
    stream = Stream(story_factory())
    t = time.perf_counter()
    for a in arts:
        stream.process(a)
    return len(arts) / (time.perf_counter() - t)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--feed", type=int, default=3000, help="feed-sized articles (default 3000)")
    p.add_argument("--long", type=int, default=40, help="5,000-word articles (default 40)")
    p.add_argument("--share", type=float, default=0.3,
                   help="share of feed items about the story (default 0.3: topical feeds, most items elsewhere)")
    args = p.parse_args()
    root = Path(__file__).resolve().parent.parent
    settings = load_settings(root / "config" / "default.toml", ":memory:", env={})

    def story():  # type: ignore[no-untyped-def]
        return load_story(settings)

    rng = random.Random(7)
    feed = [make_mixed(rng, i, args.share) for i in range(args.feed)]
    story_only = [make(rng, i, None) for i in range(args.feed // 3)]
    long = [make(rng, i, 5000) for i in range(args.long)]
    feed_words = sum(len((a.title + " " + a.text).split()) for a in feed) / max(1, len(feed))
    run(feed[:50], story)  # warm up: lexicons, regex compilation
    feed_rate = run(feed, story)
    story_rate = run(story_only, story)
    long_rate = run(long, story)
    tracemalloc.start()
    run([replace(a, id=a.id) for a in feed[:500]] + long[:5], story)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ok = "ok" if feed_rate >= TARGET_FEED else "BELOW TARGET"
    print(f"feed-sized articles ({feed_words:.0f} words avg, n={len(feed)}, {args.share:.0%} about the story): "
          f"{feed_rate:6.0f} articles/s   target >= {TARGET_FEED:.0f}  {ok}")
    print(f"feed-sized articles, all about the story (n={len(story_only)}, worst case): "
          f"{story_rate:6.0f} articles/s")
    print(f"5,000-word articles (n={len(long)}):              {long_rate:8.1f} articles/s   (no target)")
    print(f"peak traced memory while classifying 505 articles: {peak / 1e6:.1f} MB; process max RSS {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
