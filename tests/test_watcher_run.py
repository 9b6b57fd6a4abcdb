"""bot.watcher.run.poll end to end over a loopback feed server: storing, 304s, updates, failures, folders."""

from __future__ import annotations

import argparse
import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from bot.app import App
from bot.cli import main as cli_main
from bot.cli.ingest_cmd import feeds_list
from bot.clock import parse_iso
from bot.config import SourceConfig
from bot.store import open_db
from bot.store.articles import get_article, get_article_by_url, unclassified_ids
from bot.store.sources import add_source, list_sources, source_rows
from bot.watcher.run import IngestReport, poll
from bot.watcher.seeds import load_seeds
from tests.fakes.feed_server import FeedServer, Route

FEEDS = Path(__file__).resolve().parent / "data" / "feeds"
RSS = (FEEDS / "rss2.xml").read_bytes()
ATOM = (FEEDS / "atom.xml").read_bytes()

SEED = '''id = "s1"
title = "Lab refuses to drop two limits on military use"
date = 2026-02-26
summary = "Our own note on the refusal, for the tests."
key_facts = ["The lab kept two limits in place."]
'''


@pytest.fixture
def seeds_dir(tmp_path: Path) -> Path:
    d = tmp_path / "seeds"
    d.mkdir()
    (d / "s1.toml").write_text(SEED)
    return d


def make_app(settings, clock, seeds_dir: Path, sources: list[SourceConfig], **watcher) -> App:
    s = replace(settings, sources=sources, story=replace(settings.story, seeds=str(seeds_dir)),
                watcher=replace(settings.watcher, **{"timeout": 5.0, **watcher}))
    return App(settings=s, db=open_db(s.db_path), clock=clock, env={})


def row(app: App, url: str) -> dict:
    return next(r for r in source_rows(app.db, include_disabled=True) if r["url"] == url)


async def test_poll_stores_then_second_run_is_all_not_modified(settings, clock, seeds_dir):
    async with FeedServer({"/rss": Route(RSS, etag='"r1"'),
                           "/atom": Route(ATOM, last_modified="Sat, 28 Feb 2026 12:00:00 GMT",
                                          content_type="application/atom+xml")}) as srv:
        app = make_app(settings, clock, seeds_dir, [SourceConfig(url=srv.url("/rss"), name="Wire"),
                                                     SourceConfig(url=srv.url("/atom"))])
        events: list[tuple[int, int, str, str]] = []
        r1 = await poll(app, rng=random.Random(0), progress=lambda *a: events.append(a))
        # 3 RSS items + 2 Atom entries, one of which is a syndicated copy of an RSS item
        assert (r1.polled, r1.not_modified, r1.failed, r1.new, r1.updated, r1.duplicate) == (2, 0, 0, 4, 0, 1)
        assert len(r1.new_ids) == 4 and r1.errors == []
        assert events[0][:2] == (0, 2) and sorted(e[0] for e in events[1:]) == [1, 2]
        original = get_article_by_url(app.db, "https://wire.example.com/2026/02/lab-declines?id=7")
        copy_url = "https://mirror.example.net/syndicated/lab-declines"
        assert original is not None and copy_url in original.urls_seen
        assert get_article_by_url(app.db, copy_url) is None
        rss = row(app, srv.url("/rss"))
        assert (rss["etag"], rss["last_status"], rss["fetch_count"], rss["entries_total"]) == ('"r1"', 200, 1, 3)
        wait = (parse_iso(rss["next_poll"]) - clock.now()).total_seconds()
        assert 900 * 0.9 <= wait <= 900 * 1.1

        # not due yet: nothing is fetched
        assert (await poll(app)).polled == 0
        assert len(srv.hits) == 2

        clock.advance(seconds=1000)
        r2 = await poll(app, rng=random.Random(1))
        assert (r2.polled, r2.not_modified, r2.new, r2.updated, r2.duplicate) == (2, 2, 0, 0, 0)
        assert srv.hits_for("/rss")[-1].status == 304 and srv.hits_for("/atom")[-1].status == 304
        assert srv.hits_for("/atom")[-1].headers["If-Modified-Since"] == "Sat, 28 Feb 2026 12:00:00 GMT"
        rss = row(app, srv.url("/rss"))
        assert (rss["fetch_count"], rss["not_modified_count"], rss["entries_total"]) == (2, 1, 3)
        assert rss["last_success"] == clock.now().isoformat(timespec="seconds")
        app.close()


async def test_changed_entry_is_updated_in_place_and_queued_for_the_classifier(settings, clock, seeds_dir):
    routes = {"/rss": Route(RSS, etag='"v1"')}
    async with FeedServer(routes) as srv:
        app = make_app(settings, clock, seeds_dir, [SourceConfig(url=srv.url("/rss"))])
        await poll(app, only_due=False)
        art = get_article_by_url(app.db, "https://wire.example.com/2026/02/supply-chain-risk")
        assert art is not None and art.id is not None
        app.db.execute("update articles set classified = 1")
        srv.routes["/rss"] = Route(RSS.replace(b"officials considered a supply chain risk designation",
                                           b"officials formally issued a supply chain risk designation"),
                               etag='"v2"')
        clock.advance(hours=1)
        r = await poll(app, only_due=False)
        assert (r.new, r.updated, r.duplicate, r.updated_ids) == (0, 1, 2, [art.id])
        after = get_article(app.db, art.id)
        assert after is not None and "formally issued" in after.summary
        assert unclassified_ids(app.db) == [art.id]
        assert app.db.execute("select updated from articles where id = ?", [art.id]).fetchone()[0] == \
            clock.now().isoformat(timespec="seconds")
        assert app.db.execute("select count(*) from articles where is_seed = 0").fetchone()[0] == 3
        app.close()


async def test_one_bad_source_never_stops_the_others(settings, clock, seeds_dir):
    routes = {"/good": Route(RSS), "/500": Route(status=500), "/429": Route(status=429, headers={"Retry-After": "7200"}),
              "/slow": Route(RSS, stall=True), "/html": Route(b"<!doctype html><html><body>hi</body></html>",
                                                           content_type="text/html")}
    async with FeedServer(routes) as srv:
        urls = {p: srv.url(p) for p in routes}
        app = make_app(settings, clock, seeds_dir, [SourceConfig(url=u) for u in urls.values()], timeout=0.25)
        r = await poll(app, rng=random.Random(0))
        assert (r.polled, r.failed, r.new) == (5, 4, 3)
        errors = dict(r.errors)
        assert "HTTP 500" in errors[urls["/500"]]
        assert "timed out" in errors[urls["/slow"]]
        assert "HTML page" in errors[urls["/html"]]
        limited = row(app, urls["/429"])
        assert limited["error_count"] == 1 and limited["last_status"] == 429
        assert parse_iso(limited["next_poll"]) == clock.now() + timedelta(seconds=7200)
        failed = row(app, urls["/500"])
        assert 300 * 0.9 <= (parse_iso(failed["next_poll"]) - clock.now()).total_seconds() <= 300 * 1.1
        assert row(app, urls["/good"])["error_count"] == 0

        clock.advance(seconds=400)  # the 500 source is due again, fails again: longer back-off
        await poll(app, rng=random.Random(0))
        failed = row(app, urls["/500"])
        assert failed["error_count"] == 2
        assert 600 * 0.9 <= (parse_iso(failed["next_poll"]) - clock.now()).total_seconds() <= 600 * 1.1
        app.close()


async def test_feeds_list_shows_the_stored_error(settings, clock, seeds_dir, capsys):
    async with FeedServer({"/500": Route(status=500)}) as srv:
        app = make_app(settings, clock, seeds_dir, [SourceConfig(url=srv.url("/500"), name="Broken")])
        await poll(app)
        feeds_list(argparse.Namespace(all=False), app)
        out = capsys.readouterr().out
        assert srv.url("/500") in out and "(Broken)" in out
        assert "errors 1" in out and "last error: HTTP 500" in out
        app.close()


async def test_folder_of_feeds_as_an_extra_source(settings, clock, seeds_dir):
    app = make_app(settings, clock, seeds_dir, [])
    r = await poll(app, extra_sources=[str(FEEDS)])
    assert (r.polled, r.failed, r.new, r.duplicate) == (1, 0, 12, 1)
    titles = {t for (t,) in app.db.execute("select title from articles").fetchall()}
    assert "Grüße aus München: Behörden prüfen KI-Verträge" in titles  # iso-8859-1
    assert "“Smart quotes” and the € cost of compliance — café talk" in titles  # windows-1252
    assert "Ünïcödé check ✓ — 🚀 launch notes" in titles  # JSON Feed
    assert "Investors react & markets shrug" in titles  # ill-formed XML, recovered
    agg = get_article_by_url(app.db, "https://news.aggregator.example/articles/CBMiX2h0dHBz?oc=5")
    assert agg is not None and (agg.publisher, agg.domain) == ("Reuters", "reuters.com")
    assert list_sources(app.db) == []  # an extra is for this run only: not polled by later runs
    again = await poll(app, extra_sources=[str(FEEDS)])
    assert (again.polled, again.not_modified, again.new) == (1, 1, 0)
    app.close()


async def test_folder_with_one_unreadable_file_keeps_the_rest(settings, clock, seeds_dir, tmp_path):
    folder = tmp_path / "feeds"
    folder.mkdir()
    (folder / "good.xml").write_bytes(RSS)
    (folder / "bad.xml").write_bytes(b"this is not a feed")
    app = make_app(settings, clock, seeds_dir, [])
    r = await poll(app, extra_sources=[str(folder)])
    assert (r.failed, r.new) == (0, 3)
    assert r.errors and "bad.xml" in r.errors[0][1]
    app.close()


async def test_seeds_load_once_and_are_flagged(settings, clock, seeds_dir):
    app = make_app(settings, clock, seeds_dir, [])
    assert load_seeds(app) == 1
    assert load_seeds(app) == 0
    seed = get_article_by_url(app.db, "seed:s1")
    assert seed is not None and seed.is_seed and seed.publisher == "seed"
    assert seed.published == datetime(2026, 2, 26, tzinfo=UTC)
    assert "kept two limits" in seed.text
    (seeds_dir / "s1.toml").write_text(SEED.replace("Our own note", "Our revised note"))
    assert load_seeds(app) == 1
    assert app.db.execute("select count(*) from articles").fetchone()[0] == 1
    app.close()


async def test_bad_seed_folder_is_reported_not_fatal(settings, clock, tmp_path):
    app = make_app(settings, clock, tmp_path / "missing", [])
    r = await poll(app)
    assert r.errors and r.errors[0][0] == "seeds"
    app.close()


async def test_config_sync_keeps_chat_sources_and_drops_unconfigured_config_ones(settings, clock, seeds_dir):
    transport = httpx.MockTransport(lambda req: httpx.Response(304))
    app = make_app(settings, clock, seeds_dir, [SourceConfig(url="https://a.example.com/feed")])
    add_source(app.db, "https://chat.example.com/feed", origin="chat", now=clock.now())
    await poll(app, transport=transport, resolver=lambda host: ["93.184.216.34"])
    assert {s.url for s in list_sources(app.db)} == {"https://a.example.com/feed", "https://chat.example.com/feed"}
    app.settings = replace(app.settings, sources=[SourceConfig(url="https://b.example.com/feed", name="B")])
    await poll(app, transport=transport)
    assert {(s.url, s.origin) for s in list_sources(app.db)} == {
        ("https://b.example.com/feed", "config"), ("https://chat.example.com/feed", "chat")}
    app.close()


async def test_chat_source_redirected_to_loopback_is_refused_and_recorded(settings, clock, seeds_dir):
    hits: list[str] = []

    def handler(req: httpx.Request) -> httpx.Response:
        hits.append(str(req.url))
        return httpx.Response(302, headers={"Location": "http://127.0.0.1/private"})

    app = make_app(settings, clock, seeds_dir, [])
    add_source(app.db, "https://evil.example.com/feed", origin="chat", now=clock.now())
    r = await poll(app, transport=httpx.MockTransport(handler), resolver=lambda host: ["93.184.216.34"])
    assert r.failed == 1 and "non-public" in r.errors[0][1]
    assert hits == ["https://evil.example.com/feed"]
    assert "non-public" in row(app, "https://evil.example.com/feed")["last_error"]
    app.close()


def test_report_summary_line():
    r = IngestReport(polled=3, not_modified=1, failed=1, new=5, updated=2, duplicate=4)
    assert r.summary_line() == ("3 sources polled, 1 not modified, 1 failed; "
                                "articles: 5 new, 2 updated, 4 duplicate")


def test_cli_ingest_once_a_folder_then_search(tmp_path, seeds_dir, capsys):
    cfg = tmp_path / "bot.toml"
    cfg.write_text(f'[story]\nseeds = "{seeds_dir}"\n')
    db = tmp_path / "cli.db"
    assert cli_main(["--config", str(cfg), "--db", str(db), "ingest", "--once", "--source", str(FEEDS)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[-1] == "1 sources polled, 0 not modified, 0 failed; articles: 12 new, 0 updated, 1 duplicate"
    assert cli_main(["--config", str(cfg), "--db", str(db), "search", "supply", "chain", "--limit", "3"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1. Officials weigh supply chain risk label") and "[supply] [chain]" in out
    assert cli_main(["--config", str(cfg), "--db", str(db), "feeds", "add", str(FEEDS), "--name", "Local"]) == 0
    assert cli_main(["--config", str(cfg), "--db", str(db), "feeds", "list"]) == 0
    assert "(Local)" in capsys.readouterr().out
    assert cli_main(["--config", str(cfg), "--db", str(db), "feeds", "remove", "https://nope.example.com/"]) == 1


async def test_a_chat_source_is_never_read_from_the_local_disk(settings, clock, seeds_dir):
    app = make_app(settings, clock, seeds_dir, [])
    add_source(app.db, str(FEEDS), kind="folder", origin="chat", now=clock.now())
    r = await poll(app)
    assert (r.failed, r.new) == (1, 0) and "chat" in r.errors[0][1]
    app.close()


def _one_item_feed(summary: str) -> bytes:
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>Same story</title>'
            f"<link>https://outlet.example.com/story</link><description>{summary}</description></item>"
            f"</channel></rss>").encode()


async def test_two_feeds_carrying_one_url_do_not_flip_it_on_every_poll(settings, clock, seeds_dir):
    short = _one_item_feed("A short aggregator blurb about the refusal.")
    full = _one_item_feed("The outlet's full account of the refusal, with the two limits and what comes next.")
    async with FeedServer({"/agg": Route(short), "/outlet": Route(full)}) as srv:
        app = make_app(settings, clock, seeds_dir, [SourceConfig(url=srv.url("/agg")),
                                                     SourceConfig(url=srv.url("/outlet"))])
        first = await poll(app, only_due=False)
        assert first.new == 1
        for _ in range(2):
            clock.advance(hours=1)
            again = await poll(app, only_due=False)
            assert (again.new, again.updated, again.duplicate) == (0, 0, 2)
        stored = get_article_by_url(app.db, "https://outlet.example.com/story")
        assert stored is not None and stored.summary.startswith("The outlet's full account")
        # the source that stored it may still correct it
        srv.routes["/outlet"] = Route(_one_item_feed("The outlet's corrected account of the refusal."))
        clock.advance(hours=1)
        fixed = await poll(app, only_due=False)
        assert fixed.updated == 1
        app.close()
