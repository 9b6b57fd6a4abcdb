"""bot.store.queries: the read side of the slash commands, and the m002 migration on an existing corpus."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.models import DateMention, Development
from bot.store.developments import save_development
from bot.store.migrations import m002_chat_queries
from bot.store.queries import corpus_counts, development_ids, search_words, upcoming_dates

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def _dev(dev_id: str, *dates: DateMention) -> Development:
    return Development(id=dev_id, title=f"title {dev_id}", event_date=None, first_seen=NOW, updated=NOW, dates=dates)


def test_m002_backfills_dates_and_counts_of_an_existing_corpus(app) -> None:
    db = app.db
    for sql in ["DROP TABLE development_dates", "DROP TABLE corpus_counts", "DROP INDEX idx_dev_first_seen",
                "DROP INDEX idx_dev_when"]:
        db.execute(sql)
    for (name,) in db.execute("select name from sqlite_master where type = 'trigger' and name like '%count%'"
                              " or name like 'developments_dates%'").fetchall():
        db.execute(f"DROP TRIGGER {name}")
    save_development(db, _dev("a", DateMention(date(2026, 3, 4), "hearing", "hearing")))
    db.execute("update developments set dates = 'not json' where id = 'a'")  # a bad row must not stop it
    save_development(db, _dev("b", DateMention(date(2026, 3, 5), "deadline one", "deadline"),
                              DateMention(date(2026, 3, 6), "vote", "event")))
    db["articles"].insert({"url": "https://x.test/1", "title": "t"})
    m002_chat_queries(db)
    assert [(w.day.day, w.what) for w in upcoming_dates(db, date(2026, 3, 1), 5)] == [(5, "deadline one"), (6, "vote")]
    c = corpus_counts(db)
    assert (c.articles, c.developments, c.relevant) == (1, 2, 0)


def test_upcoming_dates_follow_updates_deduplicate_and_skip_the_past(app) -> None:
    db = app.db
    save_development(db, _dev("a", DateMention(date(2026, 3, 5), "Deadline to comply", "deadline"),
                              DateMention(date(2026, 2, 1), "old", "deadline")))
    save_development(db, _dev("b", DateMention(date(2026, 3, 5), "deadline to comply ", "deadline"),
                              DateMention(date(2026, 3, 5), "markup", "event"),
                              DateMention(date(2026, 3, 9), "filed", "past")))
    got = [(w.day.day, w.kind, w.what) for w in upcoming_dates(db, date(2026, 3, 1), 5)]
    assert got == [(5, "deadline", "Deadline to comply"), (5, "event", "markup")]
    save_development(db, _dev("a"))  # the classifier dropped the dates: they leave the watch list
    db.execute("delete from developments where id = 'b'")
    assert upcoming_dates(db, date(2026, 3, 1), 5) == []


def test_search_words_drop_stopwords_and_operators() -> None:
    assert search_words('the "supply" chain* AND risk NEAR(x)') == ["supply", "chain", "risk", "x"]
    assert search_words("the of and") == []
    assert search_words("***") == []


def test_development_ids_of_articles(app) -> None:
    from bot.models import Signal
    from bot.store.developments import save_signal

    for i in (1, 2):
        app.db["articles"].insert({"id": i, "url": f"https://x.test/{i}", "title": "t"})
    save_signal(app.db, Signal(article_id=1, relevant=True, relevance=0.9, development_id="d1"))
    save_signal(app.db, Signal(article_id=2, relevant=False, relevance=0.1))
    assert development_ids(app.db, [1, 2, 3]) == {1: "d1"}
    assert development_ids(app.db, []) == {}
