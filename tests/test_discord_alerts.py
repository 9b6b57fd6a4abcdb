"""Living alerts end to end on Discord: planner -> outbox -> delivery worker -> DiscordTransport -> fake Discord."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest

from bot.chat.delivery import Delivery
from bot.chat.discord import DiscordTransport
from bot.clock import iso
from bot.core.alerts import plan_alerts, post_key
from bot.models import Affected, Development, ImpactReason, Subscription
from bot.store import outbox
from bot.store.developments import save_development
from bot.store.subscriptions import upsert_subscription
from tests.fakes.discord_server import CHANNEL_ID, FakeDiscord, patch_discord

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
CH = str(CHANNEL_ID)
MENTION = re.compile(r"(?<![\\\u200b])@(everyone|here)|<@[!&]?\d+>", re.I)


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    server = FakeDiscord()
    await server.start()
    with patch_discord(server):
        yield server
    await server.close()


def _dev(articles: tuple[int, ...], *, impact: int = 8, title: str = "Pentagon sets a deadline",
         updated: datetime) -> Development:
    first = T0 + timedelta(minutes=5)
    return Development(
        id="d1", title=title, event_date=first.date(), first_seen=first, updated=updated, article_ids=articles,
        publishers=tuple(f"Outlet {a}" for a in articles), sources=len(articles), impact=impact,
        impact_reasons=(ImpactReason("regulatory", 3, "supply chain risk"),), sentiment="bearish",
        category="Regulation", key_facts=("A deadline was set.",),
        affected=(Affected("Anthropic", "company", "negative", "contract at risk"),), url="https://news.example/d1/1",
    )


def _add_articles(app, *ids: int, title: str | None = None) -> None:
    for i in ids:
        app.db["articles"].upsert({"id": i, "url": f"https://news.example/a/{i}", "title": title or f"Story {i}",
                                   "publisher": f"Outlet {i}", "published": iso(T0 + timedelta(minutes=i))}, pk="id")


def _save(app, dev: Development) -> None:
    with app.db.atomic():
        save_development(app.db, dev)


async def _cycle(app, transport: DiscordTransport):
    plan_alerts(app)
    return await Delivery(app.db, {"discord": transport}, app.clock, pace_seconds=1.0).drain()


async def test_growth_to_five_sources_one_parent_edited_and_a_thread_of_four(app, clock, fake):
    clock.set(T0 + timedelta(minutes=10))
    upsert_subscription(app.db, Subscription(platform="discord", channel=CH, since=T0))
    _add_articles(app, 1, 2, 3, 4, 5)
    transport = DiscordTransport("test-token")
    for n in range(1, 6):
        clock.advance(minutes=5)
        _save(app, _dev(tuple(range(1, n + 1)), impact=10 if n == 4 else 8, updated=clock.now()))
        report = await _cycle(app, transport)
        assert report.failed == 0
    parent_id = outbox.get(app.db, post_key("discord", CH, "d1")).message_id
    top = [m for m in fake.messages(CHANNEL_ID) if not m["content"]]
    assert [m["id"] for m in top] == [parent_id]  # one parent, never re-posted
    assert "5 sources" in json.dumps(top[0]["embeds"])  # edited in place as sources grew
    thread = fake.messages(int(parent_id))
    assert len(thread) == 4
    outlets = [re.search(r"Outlet \d", json.dumps(m["embeds"])).group(0) for m in thread]
    assert outlets == ["Outlet 2", "Outlet 3", "Outlet 4", "Outlet 5"]
    # the impact jump (8 -> 10 with the 4th article) is also posted in the channel, linking to the thread
    jumps = [m for m in fake.messages(CHANNEL_ID) if m["content"]]
    assert len(jumps) == 1 and f"<#{parent_id}>" in jumps[0]["content"]
    # a replan and a redelivery change nothing
    calls = len(fake.calls)
    await _cycle(app, transport)
    assert len(fake.calls) == calls
    await transport.aclose()


async def test_restart_mid_delivery_duplicates_nothing_and_loses_nothing(app, clock, fake):
    fake.nonce_window = False  # the footer marker alone must recognise our message
    clock.set(T0 + timedelta(minutes=10))
    upsert_subscription(app.db, Subscription(platform="discord", channel=CH, since=T0))
    _add_articles(app, 1, 2, 3)
    _save(app, _dev((1,), updated=clock.now()))
    plan_alerts(app)
    clock.advance(minutes=5)
    _save(app, _dev((1, 2, 3), updated=clock.now()))
    plan_alerts(app)
    fake.drop_next_accepted(2)  # the parent is accepted, the worker dies; then the same for the first reply
    first = DiscordTransport("test-token")
    await Delivery(app.db, {"discord": first}, clock, pace_seconds=0).drain()
    await first.aclose()
    for _ in range(3):  # new processes, each after the back-off
        clock.advance(hours=1)
        t = DiscordTransport("test-token")
        report = await Delivery(app.db, {"discord": t}, clock, pace_seconds=0).drain()
        await t.aclose()
        if report.pending == 0:
            break
    assert report.pending == 0 and report.failed == 0
    parents = [m for m in fake.messages(CHANNEL_ID) if not m["content"]]
    assert len(parents) == 1
    thread = fake.messages(int(parents[0]["id"]))
    assert len(thread) == 2  # two further articles, each exactly once
    assert "3 sources" in json.dumps(parents[0]["embeds"])


async def test_hostile_titles_ping_no_one_on_discord(app, clock, fake):
    clock.set(T0 + timedelta(minutes=10))
    upsert_subscription(app.db, Subscription(platform="discord", channel=CH, since=T0))
    hostile = "@everyone <@&123456789012345678> [win](http://evil.example) **big** # heading"
    _add_articles(app, 1, 2, title=hostile)
    _save(app, _dev((1,), title=hostile, updated=clock.now()))
    transport = DiscordTransport("test-token")
    await _cycle(app, transport)
    clock.advance(minutes=5)
    _save(app, _dev((1, 2), title=hostile, updated=clock.now()))
    await _cycle(app, transport)
    await transport.aclose()
    parent_id = int(outbox.get(app.db, post_key("discord", CH, "d1")).message_id)
    stored = fake.messages(CHANNEL_ID) + fake.messages(parent_id)
    assert len(stored) == 2
    name = fake.state.threads[parent_id]["name"]  # from the hostile title: 1-100 chars, plain (no markdown there)
    assert name.startswith("@\u200beveryone") and "\\" not in name and "<@&" not in name
    for m in stored:
        assert m["allowed_mentions"] == {"parse": []}
        for text in json.dumps(m["embeds"], ensure_ascii=False).split('"'):
            assert not MENTION.search(text)
            assert not re.search(r"(?<!\\)\]\(http://evil", text)
    for call in fake.calls_to("PATCH", r"/messages/\d+$"):
        assert call.json["allowed_mentions"] == {"parse": []}
