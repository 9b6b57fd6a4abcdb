"""Ingest benchmark: N generated feeds of M entries (RSS, Atom and JSON Feed, with syndicated copies).

Measures, with the real pipeline (``bot.watcher.run.poll``) and a real SQLite file:
1. parse + normalise + store from files (a folder source), and that no feed feedparser can read is lost;
2. fetch + parse + normalise + store over loopback HTTP (server in a separate process);
3. a second run over loopback where every source answers 304;
4. peak memory (max RSS of this process).

    .venv/bin/python bench/ingest.py [--feeds 200] [--entries 50] [--seed 7]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import multiprocessing as mp
import random
import resource
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.app import App  # noqa: E402
from bot.clock import FakeClock  # noqa: E402
from bot.config import SourceConfig, load_settings  # noqa: E402
from bot.store import open_db  # noqa: E402
from bot.watcher.run import poll  # noqa: E402

TARGET_FILES_EPS = 5_000
TARGET_304_S = 1.0
TARGET_MEM_MB = 150

WORDS = [
    "safeguards", "contract", "deadline", "officials", "model", "designation", "supply", "chain",
    "risk", "court", "filing", "lab", "defence", "policy", "hearing", "senators", "procurement",
    "statement", "analysts", "markets", "partners", "limits", "surveillance", "weapons", "autonomous",
    "agreement", "negotiators", "memo", "federal", "agencies", "vendors", "review", "exposure",
    "compliance",
]
OUTLETS = [f"outlet{i}.example.com" for i in range(40)]


# --------------------------------------------------------------------------- corpus

def _sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def make_entries(n_feeds: int, n_entries: int, seed: int) -> list[list[dict]]:
    """Deterministic entries per feed; about 10% of each feed are syndicated copies of other feeds' items."""
    rng = random.Random(seed)
    base = datetime(2026, 2, 20, tzinfo=UTC)
    feeds: list[list[dict]] = []
    for f in range(n_feeds):
        items = []
        for e in range(n_entries):
            host = OUTLETS[(f + e) % len(OUTLETS)]
            title = f"{_sentence(rng, 8)[:-1]} ({f}-{e})"
            paras = [_sentence(rng, rng.randint(15, 30)) for _ in range(rng.randint(3, 6))]
            items.append({
                "url": f"https://{host}/{2026}/{f}/{e}/story-{f}-{e}?utm_source=rss&utm_medium=feed",
                "title": title,
                "summary": paras[0],
                "content": "".join(f"<p>{p}</p>" for p in paras),
                "date": base + timedelta(minutes=f * n_entries + e),
            })
        feeds.append(items)
    for f, items in enumerate(feeds):  # syndicated copies: same words, another outlet's URL
        for k in range(max(1, n_entries // 10)):
            src = feeds[(f + 1 + k) % n_feeds][k]
            items[-1 - k] = {**src, "url": f"https://syndicate{f % 7}.example.net/copy/{f}/{k}",
                             "date": src["date"] + timedelta(hours=1)}
    return feeds


def rss(items: list[dict], i: int, sloppy: bool) -> bytes:
    out = [f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
           f'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Feed {i}</title>'
           f"<link>https://feed{i}.example.com/</link><description>bench</description><language>en</language>"]
    for it in items:
        title = escape(it["title"]) + ("&nbsp;&mdash; sloppy" if sloppy else "")
        out.append(f"<item><title>{title}</title><link>{escape(it['url'])}</link>"
                   f"<guid isPermaLink=\"false\">{escape(it['url'])}</guid>"
                   f"<pubDate>{it['date'].strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate>"
                   f"<description>{escape(it['summary'])}</description>"
                   f"<content:encoded><![CDATA[{it['content']}]]></content:encoded></item>")
    out.append("</channel></rss>")
    return "".join(out).encode()


def atom(items: list[dict], i: int) -> bytes:
    out = ['<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">'
           f"<title>Feed {i}</title><id>urn:feed:{i}</id><updated>2026-03-01T00:00:00Z</updated>"]
    for it in items:
        out.append(f"<entry><title>{escape(it['title'])}</title><link rel=\"alternate\" href=\"{escape(it['url'])}\"/>"
                   f"<id>{escape(it['url'])}</id><published>{it['date'].isoformat()}</published>"
                   f"<updated>{it['date'].isoformat()}</updated><summary>{escape(it['summary'])}</summary>"
                   f"<content type=\"html\">{escape(it['content'])}</content></entry>")
    out.append("</feed>")
    return "".join(out).encode()


def jsonfeed(items: list[dict], i: int) -> bytes:
    return json.dumps({
        "version": "https://jsonfeed.org/version/1.1", "title": f"Feed {i}", "language": "en",
        "items": [{"id": it["url"], "url": it["url"], "title": it["title"], "summary": it["summary"],
                   "content_html": it["content"], "date_published": it["date"].isoformat()} for it in items],
    }).encode()


def render(feeds: list[list[dict]]) -> list[tuple[str, bytes, str]]:
    """(file name, body, content type) per feed: RSS, Atom, JSON Feed in turn; every 20th RSS is ill-formed."""
    out = []
    for i, items in enumerate(feeds):
        kind = i % 3
        if kind == 0:
            out.append((f"feed{i:04d}.xml", rss(items, i, sloppy=i % 20 == 0), "application/rss+xml"))
        elif kind == 1:
            out.append((f"feed{i:04d}.atom", atom(items, i), "application/atom+xml"))
        else:
            out.append((f"feed{i:04d}.json", jsonfeed(items, i), "application/feed+json"))
    return out


# --------------------------------------------------------------------------- server process

CONTENT_TYPES = {".xml": "application/rss+xml", ".atom": "application/atom+xml", ".json": "application/feed+json"}


def _serve(folder: str, conn) -> None:
    """The loopback server process: every file of ``folder`` at /NAME with an ETag."""
    sys.path.insert(0, str(ROOT))
    from tests.fakes.feed_server import FeedServer, Route

    async def main() -> None:
        routes = {f"/{p.name}": Route(p.read_bytes(), content_type=CONTENT_TYPES[p.suffix], etag=f'"{i}"')
                  for i, p in enumerate(sorted(Path(folder).iterdir()))}
        srv = await FeedServer(routes).start()
        conn.send(srv.port)
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, conn.recv)  # until the parent says stop
        await srv.stop()

    asyncio.run(main())


# --------------------------------------------------------------------------- runs

def make_app(tmp: Path, name: str, sources: list[SourceConfig]) -> App:
    settings = load_settings(ROOT / "config" / "default.toml", tmp / f"{name}.db", env={})
    seeds = tmp / "seeds"
    seeds.mkdir(exist_ok=True)
    settings = replace(settings, sources=sources, story=replace(settings.story, seeds=str(seeds)))
    return App(settings=settings, db=open_db(settings.db_path), clock=FakeClock(), env={})


def lost_feeds(folder: Path, ours_ok: set[str]) -> list[str]:
    """Files feedparser reads (with entries) that our pipeline did not."""
    import feedparser

    lost = []
    for p in sorted(folder.iterdir()):
        if p.name not in ours_ok and feedparser.parse(p.read_bytes()).entries:
            lost.append(p.name)
    return lost


def _timed(fn):  # -> (result, wall seconds, CPU seconds of this process)
    t0, c0 = time.perf_counter(), time.process_time()
    result = fn()
    return result, time.perf_counter() - t0, time.process_time() - c0


def _fig(walls: list[float], cpus: list[float], n: int) -> str:
    best, med = min(walls), statistics.median(walls)
    return (f"best {n / best:8,.0f} entries/s ({best:.2f} s), median {n / med:,.0f}/s; "
            f"CPU best {n / min(cpus):,.0f} entries per CPU-second")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--feeds", type=int, default=200)
    ap.add_argument("--entries", type=int, default=50)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=3, help="runs of each measurement (best and median shown)")
    args = ap.parse_args()
    n_entries = args.feeds * args.entries
    files = render(make_entries(args.feeds, args.entries, args.seed))
    names = [name for name, _, _ in files]
    size_mb = sum(len(b) for _, b, _ in files) / 1e6
    print(f"corpus: {args.feeds} feeds x {args.entries} entries = {n_entries:,} entries "
          f"({size_mb:.1f} MB; RSS/Atom/JSON Feed; ~10% syndicated copies; "
          f"{sum(1 for i in range(args.feeds) if i % 3 == 0 and i % 20 == 0)} ill-formed RSS); "
          f"each figure: {args.repeat} runs, fresh corpus file each")
    ok = True
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        folder = tmp / "feeds"
        folder.mkdir()
        for name, body, _ in files:
            (folder / name).write_bytes(body)
        del files  # the pipeline reads the files; keep the generator's copy out of the memory figure
        gc.collect()

        # 1. files: one folder source
        walls, cpus = [], []
        for i in range(args.repeat):
            app = make_app(tmp, f"files{i}", [])
            rep, wall, cpu = _timed(lambda app=app: asyncio.run(
                poll(app, extra_sources=[str(folder)], only_due=False)))
            walls.append(wall)
            cpus.append(cpu)
            stored = app.db.execute("select count(*) from articles").fetchone()[0]
            app.close()
        bad = {e.split(":", 1)[0] for _, msg in rep.errors for e in msg.split("; ")}
        lost = lost_feeds(folder, {p.name for p in folder.iterdir()} - bad)
        eps = n_entries / min(walls)
        print(f"files   parse+normalize+store: {_fig(walls, cpus, n_entries)}  (target >= {TARGET_FILES_EPS:,}/s)")
        print(f"        {rep.new:,} new, {rep.duplicate:,} duplicate, {stored:,} rows; "
              f"feeds lost that feedparser reads: {len(lost)} (target 0)")
        ok &= eps >= TARGET_FILES_EPS and not lost

        # 2 + 3. loopback HTTP, server in another process
        parent, child = mp.Pipe()
        proc = mp.get_context("spawn").Process(target=_serve, args=(str(folder), child), daemon=True)
        proc.start()
        try:
            port = parent.recv()
            sources = [SourceConfig(url=f"http://127.0.0.1:{port}/{name}") for name in names]
            walls, cpus, walls304, cpus304 = [], [], [], []
            for i in range(args.repeat):
                app = make_app(tmp, f"http{i}", sources)
                rep, wall, cpu = _timed(lambda app=app: asyncio.run(poll(app, only_due=False)))
                walls.append(wall)
                cpus.append(cpu)
                ok &= rep.failed == 0
                rep2, wall, cpu = _timed(lambda app=app: asyncio.run(poll(app, only_due=False)))
                walls304.append(wall)
                cpus304.append(cpu)
                ok &= rep2.not_modified == len(names)
                app.close()
            print(f"http    fetch+parse+normalize+store: {_fig(walls, cpus, n_entries)} "
                  f"({rep.polled} polled, {rep.failed} failed, {rep.new:,} new, {rep.duplicate:,} duplicate)")
            print(f"http    second run, all unchanged: best {min(walls304):.3f} s, median "
                  f"{statistics.median(walls304):.3f} s (target < {TARGET_304_S:g} s); CPU best {min(cpus304):.3f} s; "
                  f"{rep2.not_modified}/{rep2.polled} not modified, {rep2.new} new")
            ok &= min(walls304) < TARGET_304_S
        finally:
            parent.send("stop")
            proc.join(timeout=10)
            if proc.is_alive():
                proc.terminate()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"memory  peak RSS of this process: {peak_mb:6.1f} MB  (target < {TARGET_MEM_MB} MB)")
    ok &= peak_mb < TARGET_MEM_MB
    load = Path("/proc/loadavg").read_text().split()[:3] if Path("/proc/loadavg").exists() else ["?"]
    print(f"machine load average {' '.join(load)} on {mp.cpu_count()} CPUs (wall-clock figures suffer when it is "
          f"above the CPU count)")
    print("result: all targets met" if ok else "result: TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
