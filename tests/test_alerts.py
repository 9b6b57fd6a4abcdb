"""Living alerts: the pure planner, the I/O wrapper, and whole scenarios through the fake Slack API."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from slack_sdk.web.async_client import AsyncWebClient

from bot.chat.delivery import Delivery
from bot.chat.slack import SlackTransport
from bot.clock import iso
from bot.core.alert_view import alert_message, article_reply, verification
from bot.core.alerts import plan, plan_alerts, post_key
from bot.core.render import to_text
from bot.models import Affected, Article, Development, ImpactReason, Subscription
from bot.store import outbox
from bot.store.alerts import get_state
from bot.store.developments import save_development
from bot.store.digests import held_developments
from bot.store.subscriptions import upsert_subscription
from tests.fakes.slack_server import FakeSlack

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def _dev(dev_id: str = "d1", *, articles: tuple[int, ...] = (1,), impact: int = 8, title: str = "Pentagon sets a deadline",
         first_seen: datetime = T0 + timedelta(minutes=5), **kw) -> Development:
    return Development(
        id=dev_id, title=title, event_date=first_seen.date(), first_seen=first_seen,
        updated=kw.pop("updated", first_seen), article_ids=articles,
        publishers=tuple(f"Outlet {a}" for a in articles), sources=len(articles), impact=impact,
        impact_reasons=(ImpactReason("regulatory", 3, "supply chain risk"), ImpactReason("certainty", 1, "confirmed")),
        sentiment="bearish", category="Regulation", key_facts=("A deadline was set.", "Talks continue."),
        affected=(Affected("Anthropic", "company", "negative", "contract at risk"),),
        url=f"https://news.example/{dev_id}/1", **kw,
    )


def _sub(channel: str = "C1", **kw) -> Subscription:
    return Subscription(platform="slack", channel=channel, since=T0, **kw)


def _articles(*ids: int) -> dict[int, Article]:
    return {i: Article(url=f"https://news.example/a/{i}", title=f"Story {i}", publisher=f"Outlet {i}",
                       published=T0 + timedelta(minutes=i), id=i) for i in ids}


# --------------------------------------------------------------------------- pure planner


def test_first_qualifying_development_posts_once() -> None:
    p = plan([_sub()], [_dev()], {}, {}, T0 + timedelta(minutes=10), {})
    assert [(i.kind, i.key) for i in p.items] == [("post", "post:slack:C1:d1")]
    (st,) = p.states
    assert st.state == "posted" and st.article_ids == (1,) and st.parent_key == "post:slack:C1:d1"


def test_older_developments_and_weak_ones_do_not_alert() -> None:
    old = _dev("old", first_seen=T0 - timedelta(days=1))
    weak = _dev("weak", impact=3)
    thin = _dev("thin")
    p = plan([_sub(min_sources=2)], [old, weak, thin], {}, {}, T0 + timedelta(hours=1), {})
    assert p.items == () and p.states == ()


def test_growth_replies_in_article_order_and_edits_parent() -> None:
    now = T0 + timedelta(minutes=10)
    first = plan([_sub()], [_dev()], {}, {}, now, {})
    states = {s.where: s for s in first.states}
    grown = _dev(articles=(1, 3, 2), updated=now)
    p = plan([_sub()], [grown], states, _articles(2, 3), now, {})
    assert [(i.kind, i.key) for i in p.items] == [
        ("reply", "reply:slack:C1:d1:2"), ("reply", "reply:slack:C1:d1:3"),
        ("edit", p.items[2].key)]
    assert all(i.parent_key == "post:slack:C1:d1" for i in p.items)
    assert "Verified by 3 sources" in to_text(p.items[2].message)
    # re-planning the same state says nothing new
    states = {s.where: s for s in p.states}
    assert plan([_sub()], [grown], states, _articles(2, 3), now, {}).items == ()


def test_impact_jump_broadcasts_the_reply() -> None:
    first = plan([_sub()], [_dev(impact=7)], {}, {}, T0 + timedelta(minutes=10), {})
    states = {s.where: s for s in first.states}
    p = plan([_sub()], [_dev(articles=(1, 2), impact=9)], states, _articles(2), T0 + timedelta(minutes=20), {})
    assert [i.kind for i in p.items] == ["broadcast", "edit"]
    p2 = plan([_sub()], [_dev(impact=9)], states, {}, T0 + timedelta(minutes=20), {})
    assert [i.kind for i in p2.items] == ["broadcast", "edit"]  # a jump with no new article still broadcasts
    p3 = plan([_sub()], [_dev(articles=(1, 2), impact=8)], states, _articles(2), T0 + timedelta(minutes=20), {})
    assert [i.kind for i in p3.items] == ["reply", "edit"]


def test_gate_hold_records_the_alert_instead_of_posting() -> None:
    sub = _sub(noise_budget=1)
    now = T0 + timedelta(minutes=30)
    p = plan([sub], [_dev("a"), _dev("b")], {}, {}, now, {})
    assert [i.key for i in p.items] == ["post:slack:C1:a"]
    assert [(s.development_id, s.state) for s in p.states] == [("a", "posted"), ("b", "held")]
    assert p.held[0][2] == "b" and "noise budget" in p.held[0][3]
    muted = plan([_sub(muted_until=now + timedelta(hours=1))], [_dev("a")], {}, {}, now, {})
    assert muted.items == () and muted.states[0].state == "held"


def test_held_alert_never_posts_later() -> None:
    now = T0 + timedelta(minutes=30)
    p = plan([_sub(muted_until=now + timedelta(minutes=5))], [_dev()], {}, {}, now, {})
    states = {s.where: s for s in p.states}
    later = plan([_sub()], [_dev(articles=(1, 2))], states, _articles(2), now + timedelta(hours=1), {})
    assert later.items == ()


def test_two_channels_get_their_own_alerts() -> None:
    p = plan([_sub("C1"), _sub("C2", min_impact=9)], [_dev(impact=8)], {}, {}, T0 + timedelta(minutes=10), {})
    assert [i.channel for i in p.items] == ["C1"]


# --------------------------------------------------------------------------- views


def test_alert_view_says_what_the_brief_asks() -> None:
    text = to_text(alert_message(_dev()))
    for part in ("Pentagon sets a deadline", "Regulation", "Bearish", "Impact 8/10", "Unverified: 1 source",
                 "supply chain risk", "A deadline was set.", "Anthropic (negative", "https://news.example/d1/1"):
        assert part in text
    assert verification(_dev(articles=(1, 2))) == "Verified by 2 sources"
    reply = to_text(article_reply(_articles(4)[4]))
    assert "Outlet 4" in reply and "Story 4" in reply and "https://news.example/a/4" in reply


# --------------------------------------------------------------------------- through the corpus and Slack


@pytest.fixture
async def slack() -> AsyncIterator[FakeSlack]:
    fake = FakeSlack()
    await fake.start()
    yield fake
    await fake.stop()


def _add_articles(app, *ids: int, title: str | None = None) -> None:
    for i in ids:
        app.db["articles"].upsert({"id": i, "url": f"https://news.example/a/{i}", "title": title or f"Story {i}",
                                   "publisher": f"Outlet {i}", "published": iso(T0 + timedelta(minutes=i))},
                                  pk="id")


def _save(app, dev: Development) -> None:
    with app.db.atomic():
        save_development(app.db, dev)


async def _cycle(app, clock, fake: FakeSlack) -> None:
    plan_alerts(app)
    transport = SlackTransport(AsyncWebClient(token=fake.token, base_url=fake.api_url))
    await Delivery(app.db, {"slack": transport}, clock, pace_seconds=1.0).drain()


async def test_development_growing_to_five_sources_edits_one_parent_and_adds_four_replies(app, clock, slack) -> None:
    clock.set(T0 + timedelta(minutes=10))
    upsert_subscription(app.db, _sub())
    _add_articles(app, 1, 2, 3, 4, 5)
    for n in range(1, 6):
        clock.advance(minutes=5)
        _save(app, _dev(articles=tuple(range(1, n + 1)), updated=clock.now()))
        await _cycle(app, clock, slack)
    top = slack.channel("C1")
    assert len(top) == 1 and len(slack.calls_to("chat.postMessage")) == 5
    parent = top[0]
    replies = slack.thread("C1", parent["ts"])
    assert [r["text"] for r in replies] == [f"Outlet {i}: Story {i}" for i in range(2, 6)]
    assert len(slack.calls_to("chat.update")) == 4
    assert "Verified by 5 sources" in json.dumps(parent["blocks"])
    # a replan and a redelivery change nothing
    calls = len(slack.calls)
    await _cycle(app, clock, slack)
    assert len(slack.calls) == calls


async def test_updated_feed_entry_edits_and_never_reposts(app, clock, slack) -> None:
    clock.set(T0 + timedelta(minutes=10))
    upsert_subscription(app.db, _sub())
    _add_articles(app, 1)
    _save(app, _dev(updated=clock.now()))
    await _cycle(app, clock, slack)
    clock.advance(minutes=5)
    _save(app, _dev(title="Pentagon sets a Friday deadline", updated=clock.now()))
    await _cycle(app, clock, slack)
    assert len(slack.calls_to("chat.postMessage")) == 1
    (update,) = slack.calls_to("chat.update")
    assert "Friday deadline" in update.params["text"]


async def test_pending_edits_coalesce_before_delivery(app, clock) -> None:
    clock.set(T0 + timedelta(minutes=10))
    upsert_subscription(app.db, _sub())
    _add_articles(app, 1, 2, 3)
    _save(app, _dev(updated=clock.now()))
    plan_alerts(app)
    for n in (2, 3):
        clock.advance(minutes=1)
        _save(app, _dev(articles=tuple(range(1, n + 1)), updated=clock.now()))
        plan_alerts(app)
    edits = [i for i in outbox.pending(app.db) if i.kind == "edit"]
    assert len(edits) == 1 and "Verified by 3 sources" in to_text(edits[0].message)


async def test_new_subscription_does_not_flood_with_old_developments(app, clock, slack) -> None:
    clock.set(T0 + timedelta(hours=2))
    for i in range(5):
        _save(app, _dev(f"old{i}", first_seen=T0 + timedelta(minutes=i), updated=T0 + timedelta(minutes=i)))
    upsert_subscription(app.db, replace(_sub(), since=clock.now()))
    await _cycle(app, clock, slack)
    assert slack.calls_to("chat.postMessage") == []
    clock.advance(minutes=1)
    _save(app, _dev("fresh", first_seen=clock.now(), updated=clock.now()))
    await _cycle(app, clock, slack)
    assert len(slack.channel("C1")) == 1


async def test_quiet_hours_hold_for_the_digest(app, clock, slack) -> None:
    clock.set(T0 + timedelta(minutes=10))  # 12:10 UTC
    upsert_subscription(app.db, _sub(quiet_hours="12:00-13:00"))
    _save(app, _dev(updated=clock.now()))
    await _cycle(app, clock, slack)
    assert slack.calls_to("chat.postMessage") == []
    assert get_state(app.db, "slack", "C1", "d1").state == "held"  # type: ignore[union-attr]
    assert [d.id for d in held_developments(app.db, "slack", "C1")] == ["d1"]


async def test_hostile_titles_ping_no_one(app, clock, slack) -> None:
    clock.set(T0 + timedelta(minutes=10))
    upsert_subscription(app.db, _sub())
    hostile = "<!channel> <!here|here> @everyone <@U0123ABC> <#C999|general> <https://evil.example|click> \u202eevil"
    _add_articles(app, 1)
    _add_articles(app, 2, title=hostile)
    _save(app, _dev(title=hostile, updated=clock.now()))
    await _cycle(app, clock, slack)
    clock.advance(minutes=5)
    _save(app, _dev(articles=(1, 2), title=hostile + " again", updated=clock.now()))
    await _cycle(app, clock, slack)
    sent = slack.all_texts()
    assert len(sent) == 3  # post, reply, edit
    for body in sent:
        text = json.loads(body)
        flat = text["text"] + json.dumps(text["blocks"], ensure_ascii=False)
        assert not re.search(r"<[!@#]", flat)
        assert not re.search(r"[@＠](here|channel|everyone)", flat)
        assert "<https://evil.example" not in flat and "\u202e" not in flat
    for call in slack.calls_to("chat.postMessage") + slack.calls_to("chat.update"):
        assert call.params["parse"] == "none"


def test_post_key_is_deterministic() -> None:
    assert post_key("slack", "C1", "d1") == "post:slack:C1:d1"


# --------------------------------------------------------------------------- property: any growth story


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=60, deadline=None)
@given(steps=st.lists(st.tuples(st.integers(0, 3), st.integers(1, 10)), min_size=1, max_size=8),
       min_impact=st.integers(1, 10))
def test_any_growth_story_posts_once_and_replies_once_per_later_article(steps, min_impact) -> None:
    """However a development grows (new articles, impact up and down), each channel gets at most one
    post, one reply per article added after it, every item key is unique, and re-planning adds nothing."""
    sub = _sub(min_impact=min_impact)
    states: dict = {}
    keys: list[str] = []
    ids: tuple[int, ...] = ()
    posted_with: tuple[int, ...] | None = None
    now = T0 + timedelta(minutes=10)
    for added, impact in steps:
        ids = ids + tuple(range(len(ids) + 1, len(ids) + 1 + added))
        if not ids:
            continue
        now += timedelta(minutes=1)
        dev = _dev(articles=ids, impact=impact, updated=now)
        p = plan([sub], [dev], states, _articles(*ids), now, {})
        keys += [i.key for i in p.items]
        if posted_with is None and any(i.kind == "post" for i in p.items):
            posted_with = ids
        states.update({s.where: s for s in p.states})
        assert plan([sub], [dev], states, _articles(*ids), now, {}).items == ()
    assert len(keys) == len(set(keys))
    posts = [k for k in keys if k.startswith("post:")]
    replies = [k for k in keys if k.startswith("reply:")]
    assert len(posts) <= 1
    expected = 0 if posted_with is None else len(ids) - len(posted_with)
    assert len(replies) == expected


def test_replanning_from_scratch_never_queues_twice(app, clock) -> None:
    clock.set(T0 + timedelta(minutes=10))
    upsert_subscription(app.db, _sub())
    _add_articles(app, 1, 2)
    _save(app, _dev(updated=clock.now()))
    assert [i.kind for i in plan_alerts(app)] == ["post"]
    clock.advance(minutes=1)
    _save(app, _dev(articles=(1, 2), updated=clock.now()))
    assert [i.kind for i in plan_alerts(app)] == ["reply", "edit"]
    assert plan_alerts(app) == []
    # lose the cursor and everything the planner remembered, as if its state had gone: the outbox keys
    # still refuse every item that was already queued
    with app.db.atomic():
        app.db.execute("delete from meta where key = 'alerts.cursor'")
        app.db.execute("delete from alerts")
    assert [i.kind for i in plan_alerts(app)] == []
    assert len(outbox.pending(app.db)) == 3
