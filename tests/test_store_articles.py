"""bot.store.articles (upsert, dedupe, updates), bot.store.sources and bot.store.search."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.errors import NotFound
from bot.models import Article
from bot.store import open_db
from bot.store.articles import get_article, get_article_by_url, unclassified_ids, upsert_articles
from bot.store.search import fts_query, search
from bot.store.sources import add_source, get_source, list_sources, remove_source
from bot.watcher.normalize import content_hash

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def art(url: str, title: str, summary: str = "", text: str = "", **kw) -> Article:
    return Article(url=url, title=title, summary=summary, text=text, fetched=NOW,
                   content_hash=content_hash(title, summary, text), **kw)


@pytest.fixture
def db():
    d = open_db(None)
    yield d
    d.close()


LONG = "The lab kept both of its limits on military use in place after the deadline."


def test_new_duplicate_by_url_and_by_hash(db):
    a = art("https://a.example.com/1", "Deadline passes", LONG)
    new, upd, dup = upsert_articles(db, [a], NOW)
    assert len(new) == 1 and upd == [] and dup == 0
    copy = art("https://b.example.org/copy", "Deadline passes", LONG, urls_seen=("https://b.example.org/copy?x=1",))
    new2, upd2, dup2 = upsert_articles(db, [a, copy], NOW)
    assert (new2, upd2, dup2) == ([], [], 2)
    stored = get_article(db, new[0])
    assert stored is not None
    assert stored.urls_seen == ("https://b.example.org/copy", "https://b.example.org/copy?x=1")
    assert db.execute("select count(*) from articles").fetchone()[0] == 1


def test_short_generic_content_is_not_merged_by_hash(db):
    new, _, dup = upsert_articles(db, [art("https://a.example.com/1", "Podcast"),
                                       art("https://b.example.com/2", "Podcast")], NOW)
    assert len(new) == 2 and dup == 0


def test_changed_content_updates_in_place_and_resets_classified(db):
    (aid,), _, _ = upsert_articles(db, [art("https://a.example.com/1", "Title", LONG)], NOW)
    db.execute("update articles set classified = 1")
    later = NOW + timedelta(hours=2)
    new, upd, dup = upsert_articles(db, [art("https://a.example.com/1", "Title (updated)", LONG + " More.")], later)
    assert (new, upd, dup) == ([], [aid], 0)
    row = db.execute("select title, updated, classified, fetched from articles where id = ?", [aid]).fetchone()
    assert row == ("Title (updated)", later.isoformat(timespec="seconds"), 0, NOW.isoformat(timespec="seconds"))
    assert unclassified_ids(db) == [aid]


def test_a_feed_copy_never_overwrites_a_seed(db):
    seed = art("https://outlet.example.com/story", "Seed title", "Our own words about the story, kept.",
               is_seed=True)
    (sid,), _, _ = upsert_articles(db, [seed], NOW)
    feed = art("https://outlet.example.com/story", "Outlet title", "The outlet's own longer text here.")
    assert upsert_articles(db, [feed], NOW) == ([], [], 1)
    stored = get_article(db, sid)
    assert stored is not None and stored.is_seed and stored.title == "Seed title"


def test_fts_follows_updates(db):
    (aid,), _, _ = upsert_articles(db, [art("https://a.example.com/1", "Alpha", "first wording of the body text")],
                                   NOW)
    upsert_articles(db, [art("https://a.example.com/1", "Alpha", "second phrasing of the body text")], NOW)
    assert [h.id for h in search(db, "phrasing")] == [aid]
    assert search(db, "wording") == []


def test_search_ranks_snippets_and_pages(db):
    upsert_articles(db, [
        art("https://a.example.com/1", "Supply chain risk designation issued", "Officials issued the label."),
        art("https://a.example.com/2", "Unrelated", "A story that mentions supply once and chain once."),
        art("https://a.example.com/3", "Weather", "Rain tomorrow in the capital, no other news at all."),
    ], NOW)
    hits = search(db, "supply chain")
    assert [h.url for h in hits] == ["https://a.example.com/1", "https://a.example.com/2"]
    assert "[supply] [chain]" in hits[0].snippet.lower()
    assert hits[0].score <= hits[1].score
    assert [h.url for h in search(db, "supply chain", limit=1, offset=1)] == ["https://a.example.com/2"]


@pytest.mark.parametrize("q", ['"', "AND", "OR NOT", "NEAR(", "title:x", "*", "a* OR", "^x", "(", "'; drop table x",
                               "", "   ", "-", "💥", "a\x00b"])
def test_search_accepts_any_text(db, q):
    upsert_articles(db, [art("https://a.example.com/1", "AND OR NOT near title", LONG)], NOW)
    search(db, q)


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_search_never_raises_on_arbitrary_text(q):
    d = open_db(None)
    try:
        upsert_articles(d, [art("https://a.example.com/1", "Headline", LONG)], NOW)
        assert isinstance(search(d, q), list)
    finally:
        d.close()


def test_fts_query_quotes_words():
    assert fts_query('supply "chain" OR') == '"supply" "chain" "OR"'
    assert fts_query("!!!") is None


def test_sources_add_list_remove(db):
    s = add_source(db, "https://feed.example.com/rss", kind="feed", name="Feed", origin="cli", now=NOW)
    assert s.id is not None and s.origin == "cli" and s.name == "Feed"
    add_source(db, "https://feed.example.com/rss", name="Renamed", origin="chat", now=NOW)
    assert [(x.url, x.name, x.origin) for x in list_sources(db)] == [("https://feed.example.com/rss", "Renamed", "cli")]
    add_source(db, "/tmp/once", kind="folder", origin="once", now=NOW, enabled=False)
    assert len(list_sources(db)) == 1 and len(list_sources(db, include_disabled=True)) == 2
    (aid,), _, _ = upsert_articles(db, [art("https://a.example.com/1", "T", LONG, source_id=s.id)], NOW)
    remove_source(db, "https://feed.example.com/rss")
    assert get_source(db, "https://feed.example.com/rss") is None
    kept = get_article_by_url(db, "https://a.example.com/1")
    assert kept is not None and kept.source_id is None and kept.id == aid
    with pytest.raises(NotFound):
        remove_source(db, "https://feed.example.com/rss")


def test_broad_query_is_ranked_within_its_newest_matches(db, monkeypatch):
    import bot.store.search as search_mod

    monkeypatch.setattr(search_mod, "WINDOW", 3)
    upsert_articles(db, [art(f"https://a.example.com/{i}", title, f"body {i} mentions alpha somewhere in the text")
                         for i, title in enumerate(["Alpha oldest", "Beta", "Gamma", "Alpha newest-but-one", "Delta"])],
                    NOW)
    hits = search(db, "alpha")
    # the oldest article falls outside the window of the 3 newest matches; the title hit leads
    assert [h.url for h in hits] == ["https://a.example.com/3", "https://a.example.com/4", "https://a.example.com/2"]
    assert all("[alpha]" in h.snippet.lower() for h in hits)
    assert [h.url for h in search(db, "alpha", limit=1, offset=1)] == ["https://a.example.com/4"]


def test_bulk_batches_index_every_new_row_and_leave_no_flag(db):
    batch = [art(f"https://a.example.com/{i}", f"Headline number {i}", f"zebra{i} body text long enough here")
             for i in range(60)]
    batch.append(art("https://a.example.com/5", "Headline number 5", "quokka replaced the body text in place"))
    batch.append(art("https://a.example.com/70", "Late entry", "yak body text that is long enough to count"))
    new, upd, dup = upsert_articles(db, batch, NOW)
    assert (len(new), len(upd), dup) == (61, 0, 0)  # new in this batch: counted as new, not updated
    db.execute("insert into articles_fts(articles_fts) values ('integrity-check')")  # raises if out of step
    assert db.execute("select count(*) from meta where key = 'fts_deferred'").fetchone()[0] == 0
    assert [h.url for h in search(db, "zebra59")] == ["https://a.example.com/59"]
    assert [h.url for h in search(db, "quokka")] == ["https://a.example.com/5"]
    assert search(db, "zebra5") == []  # the replaced text is gone from the index
    assert [h.url for h in search(db, "yak")] == ["https://a.example.com/70"]
    # a later single insert goes through the ordinary trigger
    upsert_articles(db, [art("https://b.example.com/1", "Solo", "walrus text that is long enough to count")], NOW)
    assert [h.url for h in search(db, "walrus")] == ["https://b.example.com/1"]
    db.execute("insert into articles_fts(articles_fts) values ('integrity-check')")
