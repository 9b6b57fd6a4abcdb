"""core.commands.handle: every sub-command answered from a small real corpus (no fakes of our own code)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core import commands, render
from bot.models import CommandRequest, DateMention, Development, ImpactReason, Signal
from bot.store.developments import save_development, save_signal
from bot.store.queries import corpus_counts, recount
from bot.store.subscriptions import get_subscription

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def ask(app, text: str, *, admin: bool = False, user: str = "U1", channel: str = "C1"):
    msg = commands.handle(app, CommandRequest(platform="slack", channel=channel, user=user, text=text, is_admin=admin))
    return msg, render.to_text(msg)


def _article(db, i: int, title: str, publisher: str, *, text: str = "") -> int:
    db["articles"].insert({"id": i, "url": f"https://{publisher.lower().replace(' ', '')}.test/a{i}", "title": title,
                           "summary": title, "text": text or title, "publisher": publisher,
                           "domain": f"{publisher.lower()}.test", "published": (NOW - timedelta(days=i)).isoformat()})
    return i


@pytest.fixture
def corpus(app):
    db = app.db
    _article(db, 1, "Pentagon designates Anthropic a supply chain risk", "Reuters")
    _article(db, 2, "Pentagon designates Anthropic a supply chain risk", "Yahoo News")  # syndicated copy
    _article(db, 3, "Anthropic sues over the designation", "Lawfare")
    _article(db, 4, "Hegseth sets a Friday deadline for Anthropic <!channel>", "Defense One")
    for aid, dev, synd in [(1, "dev-risk", None), (2, "dev-risk", 1), (3, "dev-suit", None), (4, "dev-ultimatum", None)]:
        save_signal(db, Signal(article_id=aid, relevant=True, relevance=0.9, impact=8, development_id=dev,
                               syndicated_of=synd))
    save_development(db, Development(
        id="dev-risk", title="Pentagon designates Anthropic a supply chain risk", event_date=date(2026, 2, 27),
        first_seen=NOW - timedelta(days=2), updated=NOW - timedelta(days=1), article_ids=(1, 2),
        publishers=("Reuters",), sources=1, impact=9, sentiment="very-bearish", category="Regulation",
        impact_reasons=(ImpactReason("regulatory", 4, "supply chain risk", "formal designation"),),
        url="https://reuters.test/a1"))
    save_development(db, Development(
        id="dev-suit", title="Anthropic sues over the designation", event_date=date(2026, 2, 28),
        first_seen=NOW - timedelta(days=1), updated=NOW - timedelta(hours=2), article_ids=(3,),
        publishers=("Lawfare",), sources=1, impact=7, sentiment="neutral", category="Legal",
        dates=(DateMention(date(2026, 3, 10), "hearing on a preliminary injunction", "hearing"),),
        url="https://lawfare.test/a3"))
    save_development(db, Development(
        id="dev-ultimatum", title="Hegseth sets a deadline <!here>", event_date=date(2026, 2, 24),
        first_seen=NOW - timedelta(days=6), updated=NOW - timedelta(days=6), article_ids=(4,),
        publishers=("Defense One", "Axios"), sources=2, impact=6, sentiment="bearish", category="Military",
        dates=(DateMention(date(2026, 2, 27), "deadline to accept the terms", "deadline"),
               DateMention(date(2026, 3, 5), "contract review", "deadline")),
        url="https://defenseone.test/a4"))
    return app


def test_status_shows_high_impact_watch_trend_and_counts(corpus) -> None:
    msg, text = ask(corpus, "status")
    assert not msg.private
    assert "where it stands" in text
    high = text.split("What to watch")[0]
    assert "Anthropic sues over the designation" in high and "Pentagon designates" in high
    assert "Hegseth" not in high  # impact 6 is below the default threshold 7
    watch = text.split("What to watch")[1]
    assert watch.index("05 Mar 2026") < watch.index("10 Mar 2026")
    assert "27 Feb 2026 (deadline)" not in watch  # past deadline is not open
    assert "Sentiment for Anthropic" in text and "3 developments" in text
    assert "4 articles, 4 in the story, 3 developments" in text


def test_latest_and_timeline(corpus) -> None:
    _, text = ask(corpus, "latest 2")
    assert text.index("Anthropic sues") < text.index("Pentagon designates")
    assert "Hegseth" not in text
    assert "Unverified: 1 source" in text
    _, text = ask(corpus, "timeline")
    order = [text.index(t) for t in ("Hegseth sets", "Pentagon designates", "Anthropic sues")]
    assert order == sorted(order)
    assert "@\u200bhere" in text and "<!here>" not in text
    _, text = ask(corpus, "timeline 1")
    assert "Anthropic sues" in text and "Pentagon designates" not in text


def test_search_finds_articles_and_tolerates_fts_syntax(corpus) -> None:
    _, text = ask(corpus, "search supply chain")
    assert "Pentagon designates Anthropic a supply chain risk" in text
    _, text = ask(corpus, 'search "unbalanced AND (')
    assert "Unbalanced quotes" in text
    _, text = ask(corpus, "search NEAR( * sues")
    assert "Anthropic sues" in text
    _, text = ask(corpus, "search zebra")
    assert "No articles match" in text
    msg, text = ask(corpus, "search the of AND")
    assert msg.private and "too common" in text
    _, text = ask(corpus, "search the designation")
    assert "Anthropic sues over the designation" in text


def test_sources_marks_syndicated_copies(corpus) -> None:
    msg, text = ask(corpus, "sources dev-risk")
    lines = text.splitlines()
    reuters = next(x for x in lines if "Reuters" in x)
    yahoo = next(x for x in lines if "Yahoo News" in x)
    assert "syndicated copy" in yahoo and "syndicated copy" not in reuters
    assert lines.index(reuters) < lines.index(yahoo)
    assert "https://reuters.test/a1" in text
    _, text = ask(corpus, "sources dev-")  # a unique prefix of at least 4 characters is enough... if unique
    assert "No development" in text
    _, text = ask(corpus, "sources dev-s")
    assert "Lawfare" in text
    msg, text = ask(corpus, "sources nope")
    assert msg.private and "No development" in text


def test_explain_falls_back_to_impact_reasons(corpus) -> None:
    _, text = ask(corpus, "explain dev-risk")
    assert "regulatory +4: supply chain risk" in text


@pytest.mark.parametrize("text", ["timeline x", "latest 0", "latest 99", "status now", "sources", "mute",
                                  "search", "feeds add", "explain", "subscribe min-impact 11",
                                  "subscribe digest daily 25:00", "subscribe tz Mars/Base", "subscribe quiet 22"])
def test_bad_arguments_get_a_private_usage_line(corpus, text: str) -> None:
    msg, out = ask(corpus, text, admin=True)
    assert msg.private and msg.tone == "error"
    assert "Usage: /standoff" in out
    assert len(out.splitlines()) == 1


def test_unknown_command_and_empty_text(corpus) -> None:
    msg, out = ask(corpus, "frobnicate")
    assert msg.private and "Unknown command" in out
    msg, out = ask(corpus, "")
    assert "/standoff status" in out


@pytest.mark.parametrize("text", ["subscribe", "unsubscribe", "mute 2", "feeds add https://example.com/f",
                                  "feeds remove https://example.com/f"])
def test_admin_commands_refuse_non_admins(corpus, text: str) -> None:
    msg, out = ask(corpus, text, admin=False)
    assert msg.private and "only workspace admins" in out
    assert get_subscription(corpus.db, "slack", "C1") is None


def test_listed_admin_users_may_subscribe(app, tmp_path) -> None:
    from dataclasses import replace

    app.settings = replace(app.settings, bot=replace(app.settings.bot, admins=["U9"]))
    _msg, out = ask(app, "subscribe", user="U9")
    assert out.startswith("Subscribed")


def test_subscribe_update_mute_unsubscribe(corpus) -> None:
    msg, out = ask(corpus, "subscribe", admin=True)
    assert "Subscribed" in out and not msg.private
    sub = get_subscription(corpus.db, "slack", "C1")
    assert sub.since == NOW and sub.min_impact == 7 and sub.digest == "daily 09:00"
    corpus.clock.advance(hours=1)
    _, out = ask(corpus, 'subscribe min-impact 5 min-sources 2 digest cron "0 9 * * 1-5" tz America/New_York '
                         "quiet 22:00-7:00 budget 3", admin=True)
    assert "Subscription updated" in out
    sub = get_subscription(corpus.db, "slack", "C1")
    assert (sub.since, sub.min_impact, sub.min_sources, sub.digest, sub.timezone, sub.quiet_hours, sub.noise_budget) \
        == (NOW, 5, 2, "0 9 * * 1-5", "America/New_York", "22:00-07:00", 3)
    ask(corpus, "subscribe digest weekly mon 08:30 budget off quiet off", admin=True)
    sub = get_subscription(corpus.db, "slack", "C1")
    assert (sub.digest, sub.noise_budget, sub.quiet_hours) == ("weekly mon 08:30", None, None)
    ask(corpus, "subscribe digest cron 30 8 * * 1 min-impact 6", admin=True)  # unquoted cron: five words
    sub = get_subscription(corpus.db, "slack", "C1")
    assert (sub.digest, sub.min_impact) == ("30 8 * * 1", 6)
    msg, out = ask(corpus, "subscribe digest cron 30 8 *", admin=True)
    assert msg.private and "needs a value" in out
    ask(corpus, "subscribe digest off", admin=True)
    assert get_subscription(corpus.db, "slack", "C1").digest is None
    _, out = ask(corpus, "mute 2", admin=True)
    assert "muted until 01 Mar 15:00" in out
    assert get_subscription(corpus.db, "slack", "C1").muted_until == NOW + timedelta(hours=3)
    ask(corpus, "mute off", admin=True)
    assert get_subscription(corpus.db, "slack", "C1").muted_until is None
    _, out = ask(corpus, "unsubscribe", admin=True)
    assert "Unsubscribed" in out and get_subscription(corpus.db, "slack", "C1") is None
    msg, out = ask(corpus, "mute 1", admin=True)
    assert msg.private and "not subscribed" in out


def test_feeds_add_list_remove_and_unsafe_urls(corpus) -> None:
    msg, out = ask(corpus, "feeds add http://127.0.0.1:8080/feed", admin=True)
    assert msg.private
    msg, out = ask(corpus, "feeds add http://169.254.169.254/latest", admin=True)
    assert msg.private
    msg, out = ask(corpus, "feeds add http://[::1]/feed", admin=True)
    assert msg.private
    msg, out = ask(corpus, "feeds add file:///etc/passwd", admin=True)
    assert msg.private
    assert corpus.db.execute("select count(*) from sources").fetchone()[0] == 0
    _, out = ask(corpus, "feeds add <http://93.184.216.34/feed.xml>", admin=True)
    assert "Feed added" in out
    row = next(corpus.db.query("select origin, enabled from sources"))
    assert row == {"origin": "chat", "enabled": 1}
    _, out = ask(corpus, "feeds list")
    assert "http://93.184.216.34/feed.xml" in out and "chat" in out
    msg, out = ask(corpus, "feeds add http://93.184.216.34/feed.xml", admin=True)
    assert "Already watching" in out
    _, out = ask(corpus, "feeds remove http://93.184.216.34/feed.xml", admin=True)
    assert "Feed removed" in out
    _, out = ask(corpus, "feeds list")
    assert "No feeds" in out


def test_health_answers(corpus) -> None:
    _msg, out = ask(corpus, "health")
    assert "health" in out.lower()


def test_slash_prefix_and_command_name_are_accepted(corpus) -> None:
    _, a = ask(corpus, "/standoff latest 1")
    _, b = ask(corpus, "latest 1")
    assert a == b


def test_counts_follow_inserts_and_deletes(corpus) -> None:
    db = corpus.db
    def three(c):
        return (c.articles, c.relevant, c.developments)

    assert three(corpus_counts(db)) == (4, 4, 3)
    db.execute("delete from articles where id = 4")
    db.execute("update signals set relevant = 0 where article_id = 3")
    assert three(corpus_counts(db)) == (3, 2, 3)  # the cascade removed article 4's relevant signal
    db.execute("update corpus_counts set n = 99")
    assert three(recount(db)) == (3, 2, 3)


def test_help_and_readme_agree(app) -> None:
    _, out = ask(app, "help")
    helped = set(re.findall(r"^  - /standoff ([a-z]+)", out, re.M))
    assert helped == set(commands.COMMANDS)
    readme = (ROOT / "README.md").read_text()
    section = readme[readme.index("## Chat commands"):]
    section = section[: section.find("\n## ", 5) if "\n## " in section[5:] else len(section)]
    documented = set(re.findall(r"^\| `/standoff ([a-z]+)", section, re.M))
    assert documented == set(commands.COMMANDS)


COMMAND_WORDS = [*commands.COMMANDS, "min-impact", "digest", "cron", "weekly", "daily", "tz", "quiet", "budget",
                 "off", "add", "remove", "list", "dev-risk", "5", "-1", "99999999999999999999", '"', "'", "<!here>",
                 "\x00", "09:00", "22:00-07:00", "http://10.0.0.1/", "mon"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.sampled_from(COMMAND_WORDS), st.text(max_size=15)), max_size=8), st.booleans())
def test_handle_never_raises_and_always_renders(corpus, words: list[str], admin: bool) -> None:
    msg, _ = ask(corpus, " ".join(words), admin=admin)
    payload = render.to_slack(msg)
    assert 1 <= len(payload["blocks"]) <= 50
    assert "<!here>" not in str(payload)
