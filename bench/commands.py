"""Slash-command latency: each sub-command's handler (``bot.core.commands.handle``) on a generated corpus.

    .venv/bin/python bench/commands.py                       # 100,000 articles: p99 target 20 ms
    .venv/bin/python bench/commands.py --articles 1000000    # 1,000,000 articles: p99 target 50 ms
    .venv/bin/python bench/commands.py --db /tmp/c.db        # keep the corpus and reuse it next time

The corpus is built through the real migrations (so the real indexes and triggers) with executemany
in one transaction: articles with FTS text, a signal per article (about 8% relevant), developments
(one per four relevant articles) with publishers, syndicated copies, impact reasons and dates, 40 sources.
Times are wall-clock per call, after a warm-up, with a fixed injected clock. Figures and targets are
printed; the exit code is 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.app import App
from bot.clock import FakeClock
from bot.config import load_settings
from bot.core.commands import handle
from bot.core.render import to_slack
from bot.models import CommandRequest
from bot.store import open_db

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
SPAN_DAYS = 730
RELEVANT_SHARE = 0.08
ARTICLES_PER_DEV = 4

# A Zipf-distributed vocabulary of 20,000 words: English function words at the top, then made-up words
# (news text is mostly rare words), plus the story's terms in the relevant articles.
_SYL = ["ka", "to", "ri", "men", "sa", "lo", "ver", "ti", "na", "pol", "de", "fen", "sur", "con", "tra", "ex",
        "port", "gu", "ard", "li", "mo", "del", "ci", "ber", "an", "th", "ro", "pic", "pen", "ta", "gon", "war"]
_COMMON = ["the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "on", "with", "as", "was", "by",
           "at", "from", "his", "an", "be", "this", "are", "or", "have", "has", "but", "they", "their"]
VOCAB = _COMMON + ["".join(random.Random(i).choices(_SYL, k=2 + i % 3)) + str(i % 7 or "")
                   for i in range(20_000 - len(_COMMON))]
CUM_WEIGHTS = list(itertools.accumulate(1.0 / (r + 1) for r in range(len(VOCAB))))
STORY = ["anthropic", "pentagon", "hegseth", "claude", "amodei", "supply", "chain", "risk", "defense",
         "production", "act", "ultimatum", "blacklist", "department", "war", "red", "lines", "injunction"]
PUBLISHERS = [f"Outlet {i}" for i in range(60)] + ["Reuters", "AP", "Axios", "Politico", "Lawfare", "Defense One"]
SENTIMENTS = ("very-bearish", "bearish", "neutral", "bullish", "very-bullish")
CATEGORIES = ("Regulation", "Legal", "Contracts", "Military", "Policy", "Industry", "Opinion")


def _iso(dt: datetime) -> str:
    return dt.isoformat(timespec="seconds")


def _sentence(rng: random.Random, n: int, story: bool) -> str:
    words = rng.choices(VOCAB, cum_weights=CUM_WEIGHTS, k=n)
    if story:
        for _ in range(max(1, n // 5)):
            words[rng.randrange(n)] = rng.choice(STORY)
    return " ".join(words)


def generate(db, n_articles: int, seed: int = 7) -> dict[str, int]:
    rng = random.Random(seed)
    conn = db.conn
    t0 = time.perf_counter()
    with conn:
        conn.executemany(
            "insert into sources (url, kind, name, origin, enabled, interval_s, added_at, last_fetch, last_success,"
            " fetch_count, not_modified_count) values (?, 'feed', ?, 'config', 1, 900, ?, ?, ?, 100, 40)",
            [(f"https://outlet{i}.test/feed", f"Outlet {i}", _iso(NOW - timedelta(days=400)),
              _iso(NOW - timedelta(minutes=5)), _iso(NOW - timedelta(minutes=5))) for i in range(40)],
        )
        relevant: list[tuple[int, datetime]] = []
        batch: list[tuple] = []
        signals: list[tuple] = []
        for i in range(1, n_articles + 1):
            when = NOW - timedelta(seconds=SPAN_DAYS * 86400 * (n_articles - i) / n_articles)
            rel = rng.random() < RELEVANT_SHARE
            pub = rng.choice(PUBLISHERS)
            title = _sentence(rng, 8, rel).capitalize()
            batch.append((i, f"https://{pub.replace(' ', '').lower()}.test/{i}", title, _sentence(rng, 18, rel),
                          _sentence(rng, 40, rel), _iso(when), _iso(when), pub, f"{pub.replace(' ', '').lower()}.test",
                          rng.randrange(1, 41), f"h{i}", 1))
            signals.append((i, int(rel), 0.9 if rel else 0.1, rng.randrange(1, 11) if rel else 1))
            if rel:
                relevant.append((i, when))
            if len(batch) >= 20_000:
                conn.executemany(
                    "insert into articles (id, url, title, summary, text, published, fetched, publisher, domain,"
                    " source_id, content_hash, classified) values (?,?,?,?,?,?,?,?,?,?,?,?)", batch)
                batch.clear()
        if batch:
            conn.executemany(
                "insert into articles (id, url, title, summary, text, published, fetched, publisher, domain,"
                " source_id, content_hash, classified) values (?,?,?,?,?,?,?,?,?,?,?,?)", batch)
        t_articles = time.perf_counter() - t0

        devs = []
        dev_of: dict[int, tuple[str, int | None]] = {}
        for k in range(0, len(relevant), ARTICLES_PER_DEV):
            group = relevant[k: k + ARTICLES_PER_DEV]
            dev_id = f"d{k // ARTICLES_PER_DEV:07d}-{rng.randrange(16**6):06x}"
            first = group[0][1]
            ids = [a for a, _ in group]
            pubs = sorted({rng.choice(PUBLISHERS) for _ in ids})
            syndicated = ids[-1] if len(ids) > 2 and rng.random() < 0.3 else None
            for a in ids:
                dev_of[a] = (dev_id, ids[0] if a == syndicated else None)
            dates = []
            if rng.random() < 0.2:
                for _ in range(rng.randrange(1, 3)):
                    day = (first + timedelta(days=rng.randrange(-5, 30))).date()
                    dates.append({"when": day.isoformat(), "what": _sentence(rng, 5, True),
                                  "kind": rng.choice(("deadline", "hearing", "event"))})
            impact = min(10, max(1, int(rng.gauss(5, 2))))
            reasons = [{"component": "regulatory", "points": 3, "phrase": "supply chain risk", "note": ""},
                       {"component": "kind", "points": 1, "phrase": "news", "note": ""}]
            devs.append((dev_id, _sentence(rng, 9, True).capitalize(), first.date().isoformat(), _iso(first),
                         _iso(group[-1][1]), json.dumps(ids), json.dumps(pubs), max(1, len(pubs) - (syndicated is not None)),
                         impact, json.dumps(reasons), rng.choice(SENTIMENTS), rng.choice(CATEGORIES),
                         json.dumps([_sentence(rng, 10, True)]), json.dumps(dates), f"https://reuters.test/{ids[0]}"))
        conn.executemany(
            "insert into developments (id, title, event_date, first_seen, updated, article_ids, publishers, sources,"
            " impact, impact_reasons, sentiment, category, key_facts, dates, url)"
            " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", devs)
        conn.executemany(
            "insert into signals (article_id, relevant, relevance, impact, development_id, syndicated_of)"
            " values (?,?,?,?,?,?)",
            [(a, r, rel, imp, *dev_of.get(a, (None, None))) for a, r, rel, imp in signals])
        conn.execute("insert or replace into meta(key, value) values ('bench_articles', ?)", [str(n_articles)])
    conn.execute("analyze")
    return {"articles": n_articles, "relevant": len(relevant), "developments": len(devs),
            "seconds": round(time.perf_counter() - t0, 1), "article_seconds": round(t_articles, 1)}


def _pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(q / 100 * len(s) + 0.5) - 1))]


def run(app: App, runs: int, rng: random.Random) -> list[tuple[str, float, float, float, float]]:
    dev_ids = [r[0] for r in app.db.execute("select id from developments order by random() limit 200")]
    art_ids = [r[0] for r in app.db.execute(
        "select article_id from signals where relevant = 1 order by random() limit 200")]
    cases: list[tuple[str, object]] = [
        ("status", "status"),
        ("timeline", "timeline"),
        ("timeline 50", "timeline 50"),
        ("latest", "latest"),
        ("latest 25", "latest 25"),
        ("search (common words)", f"search the {VOCAB[40]} {VOCAB[41]}"),
        ("search (stopwords only)", "search the of"),
        ("search (story word)", "search anthropic"),
        ("search (one rare word)", lambda: f"search {VOCAB[rng.randrange(5000, 20000)]}"),
        ("search (story words)", "search supply chain risk"),
        ("search (no hit)", "search zebra"),
        ("sources ID", lambda: f"sources {rng.choice(dev_ids)}"),
        ("explain DEV", lambda: f"explain {rng.choice(dev_ids)}"),
        ("explain ARTICLE", lambda: f"explain {rng.choice(art_ids)}"),
        ("subscribe (admin)", lambda: f"subscribe min-impact {rng.randrange(1, 11)} digest daily 09:00 tz UTC"),
        ("mute (admin)", "mute 2"),
        ("unsubscribe (admin)", "unsubscribe"),
        ("feeds list", "feeds list"),
        ("health", "health"),
        ("help", "help"),
        ("bad arguments", "latest lots"),
    ]
    out = []
    for name, text in cases:
        times: list[float] = []
        cpu: list[float] = []
        render_times: list[float] = []
        for i in range(runs + 5):
            if name.startswith(("mute", "unsubscribe")):
                handle(app, CommandRequest("slack", "CBENCH", "U1", "subscribe", is_admin=True))
            t = text() if callable(text) else text
            req = CommandRequest(platform="slack", channel="CBENCH", user="U1", text=str(t), is_admin=True)
            c0 = time.thread_time()
            t0 = time.perf_counter()
            msg = handle(app, req)
            t1 = time.perf_counter()
            c1 = time.thread_time()
            to_slack(msg)
            t2 = time.perf_counter()
            if i >= 5:
                times.append((t1 - t0) * 1000)
                cpu.append((c1 - c0) * 1000)
                render_times.append((t2 - t0) * 1000)
        out.append((name, _pct(times, 50), _pct(times, 99), _pct(cpu, 99), _pct(render_times, 99)))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=200, help="timed calls per command (after 5 warm-up calls)")
    ap.add_argument("--db", help="corpus file to build or reuse (default: a temporary file)")
    ap.add_argument("--target-ms", type=float, default=None, help="p99 target (default 20 ms, 50 ms above 100k)")
    args = ap.parse_args(argv)
    target = args.target_ms or (20.0 if args.articles <= 100_000 else 50.0)

    tmp = None
    if args.db:
        path = Path(args.db)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="bench-commands-")
        path = Path(tmp.name) / "corpus.db"
    db = open_db(path)
    have = db.execute("select value from meta where key = 'bench_articles'").fetchone()
    if have and int(have[0]) == args.articles:
        print(f"reusing {path} ({args.articles:,} articles)")
    elif db.execute("select count(*) from sources").fetchone()[0]:
        print(f"{path} holds another corpus; give a new --db", file=sys.stderr)
        return 2
    else:
        print(f"generating {args.articles:,} articles in {path} ...", flush=True)
        g = generate(db, args.articles)
        print(f"  {g['articles']:,} articles ({g['relevant']:,} relevant), {g['developments']:,} developments "
              f"in {g['seconds']} s (articles + FTS {g['article_seconds']} s)")
    settings = load_settings(ROOT / "config" / "default.toml", path, env={})
    app = App(settings=settings, db=db, clock=FakeClock(NOW), env={})

    results = run(app, args.runs, random.Random(1))
    print(f"\nhandler latency over {args.runs} calls each, {args.articles:,} articles; target p99 < {target:g} ms")
    print("(wall-clock; 'cpu p99' is this thread's CPU time, which other processes on a busy machine do not inflate)")
    print(f"{'command':<24} {'p50 ms':>8} {'p99 ms':>8} {'cpu p99':>8} {'+render p99':>12}  verdict")
    worst = 0.0
    for name, p50, p99, cp99, rp99 in results:
        worst = max(worst, p99)
        print(f"{name:<24} {p50:>8.2f} {p99:>8.2f} {cp99:>8.2f} {rp99:>12.2f}  {'ok' if p99 < target else 'MISSED'}")
    print(f"worst p99 {worst:.2f} ms vs target {target:g} ms: {'met' if worst < target else 'MISSED'}"
          f" (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")
    app.close()
    if tmp is not None:
        tmp.cleanup()
    return 0 if worst < target else 1


if __name__ == "__main__":
    raise SystemExit(main())
