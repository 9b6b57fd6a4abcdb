"""DiscordTransport + the outbox worker against the loopback fake Discord, with the real discord.py HTTP client."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import pytest

from bot.chat.delivery import Delivery
from bot.chat.discord import DiscordTransport, footer_for, nonce_for
from bot.errors import DeliveryError
from bot.models import Block, Message, OutboxItem, Span
from bot.store import outbox
from tests.fakes.discord_server import BOT_ID, CHANNEL_ID, OTHER_CHANNEL_ID, FakeDiscord, patch_discord

CH = str(CHANNEL_ID)
MENTION = re.compile(r"(?<![\\\u200b])@(everyone|here)|<@[!&]?\d+>", re.I)


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    server = FakeDiscord()
    await server.start()
    with patch_discord(server):
        yield server
    await server.close()


@pytest.fixture
async def transport(fake: FakeDiscord) -> AsyncIterator[DiscordTransport]:
    t = DiscordTransport("test-token")
    yield t
    await t.aclose()


def alert(title: str, sources: int, impact: int = 7) -> Message:
    return Message(
        blocks=(Block("header", spans=(Span(title),)),
                Block("paragraph", spans=(Span(f"Verified by {sources} sources"),)),
                Block("fields", fields=(("Impact", (Span(f"{impact}/10"),)), ("Sources", (Span(str(sources)),))))),
        fallback=title, tone="alert", url="https://example.com/story")


def reply(publisher: str) -> Message:
    return Message(blocks=(Block("paragraph", spans=(Span(f"{publisher}: more on the story", url="https://ex.com/a"),)),),
                   fallback=publisher)


def item(key: str, kind: str, message: Message, parent_key: str | None = None, channel: str = CH) -> OutboxItem:
    return OutboxItem(key=key, platform="discord", channel=channel, kind=kind, message=message,
                      development_id="dev-1", parent_key=parent_key)


def queue(app, *items: OutboxItem) -> None:
    with app.db.atomic():
        for it in items:
            (outbox.enqueue_edit if it.kind == "edit" else outbox.enqueue)(app.db, it)


def grow_to_five(app) -> None:
    queue(app, item("d1:post", "post", alert("Pentagon designates Anthropic", 1)))
    for n in range(2, 6):
        kind = "broadcast" if n == 4 else "reply"
        queue(app, item(f"d1:reply{n}", kind, reply(f"Outlet {n}"), "d1:post"),
              item(f"d1:edit{n}", "edit", alert("Pentagon designates Anthropic", n, impact=7 + (n == 4) * 2),
                   "d1:post"))


def sends(fake: FakeDiscord):
    return [c for c in fake.calls_to("POST", r"^/channels/\d+/messages$") if c.status == 200]


async def test_a_development_growing_to_five_sources_edits_one_parent_and_fills_one_thread(app, fake, transport):
    grow_to_five(app)
    report = await Delivery(app.db, {"discord": transport}, app.clock, pace_seconds=1.0).drain()
    assert report.failed == 0 and report.pending == 0

    channel = fake.messages(CHANNEL_ID)
    parents = [m for m in channel if not m["content"]]
    assert len(parents) == 1
    parent = parents[0]
    assert parent["embeds"][0]["fields"][1]["value"] == "5"  # edited in place up to 5 sources
    assert parent["edits"] >= 1
    assert parent["embeds"][0]["footer"]["text"] == footer_for(nonce_for("d1:post"))  # edits keep the marker
    thread = fake.messages(int(parent["id"]))
    assert [m["embeds"][0]["description"].split(":")[0] for m in thread] == [
        "[Outlet 2", "[Outlet 3", "[Outlet 4", "[Outlet 5"]
    assert fake.state.threads[int(parent["id"])]["name"] == "Pentagon designates Anthropic"
    # the impact jump (broadcast) is also in the channel, linking to the thread
    copies = [m for m in channel if m["content"]]
    assert len(copies) == 1 and f"<#{parent['id']}>" in copies[0]["content"]
    # every send and every edit: no mentions allowed; sends carry a short nonce enforced
    for call in sends(fake) + fake.calls_to("PATCH", r"^/channels/\d+/messages/\d+$"):
        assert call.json["allowed_mentions"] == {"parse": []}
    for call in sends(fake):
        assert call.json["enforce_nonce"] is True and len(call.json["nonce"]) <= 25
    # recorded: the replies know their thread
    r = outbox.get(app.db, "d1:reply3")
    assert r.status == "sent" and r.thread_id == parent["id"]
    assert app.clock.slept  # paced on the injected clock, never the wall clock


async def test_a_restart_between_accept_and_record_neither_duplicates_nor_loses(app, fake):
    fake.nonce_window = False  # prove the footer marker, not Discord's short nonce memory, prevents the duplicate
    grow_to_five(app)
    fake.drop_next_accepted(1)  # the parent is accepted, then the connection dies before we hear the id
    first = DiscordTransport("test-token")
    report = await Delivery(app.db, {"discord": first}, app.clock, pace_seconds=0).drain()
    await first.aclose()
    assert report.sent == 0 and report.pending > 0
    assert len(fake.messages(CHANNEL_ID)) == 1  # Discord has it; our row does not
    row = outbox.get(app.db, "d1:post")
    assert row.status == "pending" and row.attempts == 1 and row.message_id is None

    app.clock.advance(hours=1)  # past the back-off; a new process with a new client
    second = DiscordTransport("test-token")
    report = await Delivery(app.db, {"discord": second}, app.clock, pace_seconds=0).drain()
    await second.aclose()
    assert report.failed == 0 and report.pending == 0
    channel = fake.messages(CHANNEL_ID)
    assert len([m for m in channel if not m["content"]]) == 1
    assert outbox.get(app.db, "d1:post").message_id == channel[0]["id"]
    assert len(fake.messages(int(channel[0]["id"]))) == 4


async def test_a_lost_broadcast_channel_copy_is_completed_after_a_restart(app, fake):
    fake.nonce_window = False
    grow_to_five(app)
    t = DiscordTransport("test-token")
    await Delivery(app.db, {"discord": t}, app.clock, pace_seconds=0).drain()
    await t.aclose()
    # the crash window of a broadcast: its thread message went out, the channel copy and the record did not
    parent_id = int(outbox.get(app.db, "d1:post").message_id)
    fake.state.messages[CHANNEL_ID] = [m for m in fake.messages(CHANNEL_ID) if not m["content"]]
    with app.db.atomic():
        app.db.execute("UPDATE outbox SET status='pending', message_id=NULL, attempts=1 WHERE key='d1:reply4'")
    t2 = DiscordTransport("test-token")
    await Delivery(app.db, {"discord": t2}, app.clock, pace_seconds=0).drain()
    await t2.aclose()
    assert len(fake.messages(parent_id)) == 4  # the thread message was found, not re-sent
    copies = [m for m in fake.messages(CHANNEL_ID) if m["content"]]
    assert len(copies) == 1  # and the missing channel copy was posted


async def test_a_429_burst_is_waited_out_and_everything_arrives_in_order(app, fake, transport):
    fake.rate_limit(6, retry_after=0.01)
    queue(app, *(item(f"burst:{i}", "post", alert(f"Alert {i}", 1)) for i in range(12)))
    report = await Delivery(app.db, {"discord": transport}, app.clock, pace_seconds=1.0).drain()
    assert report.sent == 12 and report.failed == 0
    assert [m["embeds"][0]["title"] for m in fake.messages(CHANNEL_ID)] == [f"Alert {i}" for i in range(12)]
    assert len([c for c in fake.calls if c.status == 429]) == 6


async def test_permanent_errors_are_recorded_and_other_channels_go_on(app, fake, transport):
    fake.fail_channel(OTHER_CHANNEL_ID, 403, 50001, "Missing Access")
    queue(app, item("x:post", "post", alert("Blocked", 1), channel=str(OTHER_CHANNEL_ID)),
          item("x:reply", "reply", reply("Outlet"), "x:post", channel=str(OTHER_CHANNEL_ID)),
          item("ok:post", "post", alert("Fine", 1)))
    report = await Delivery(app.db, {"discord": transport}, app.clock, pace_seconds=0).drain()
    assert report.sent == 1 and report.failed == 2
    failed = outbox.get(app.db, "x:post")
    assert failed.status == "failed" and "missing_access" in failed.last_error
    assert outbox.get(app.db, "x:reply").status == "failed"
    with pytest.raises(DeliveryError) as err:  # the fake answers 10003 Unknown Channel
        await transport.send(item("u:post", "post", alert("Nowhere", 1), channel="123"), None)
    assert err.value.permanent and err.value.code == "unknown_channel"


async def test_hostile_text_pings_no_one(app, fake, transport):
    hostile = "@everyone <@&123456789012345678> <@42> [free](http://evil.example) # big **bold** ||x||"
    msg = Message(blocks=(Block("header", spans=(Span(hostile),)), Block("paragraph", spans=(Span(hostile),)),
                          Block("fields", fields=((hostile, (Span(hostile),)),))), fallback=hostile)
    queue(app, item("h:post", "post", msg), item("h:reply", "reply", msg, "h:post"),
          item("h:edit", "edit", msg, "h:post"))
    report = await Delivery(app.db, {"discord": transport}, app.clock, pace_seconds=0).drain()
    assert report.failed == 0
    stored = fake.messages(CHANNEL_ID) + fake.messages(int(outbox.get(app.db, "h:post").message_id))
    for m in stored:
        assert m["allowed_mentions"] == {"parse": []}
        e = m["embeds"][0]
        for text in (e["title"], e["description"], e["fields"][0]["name"], e["fields"][0]["value"], m["content"] or ""):
            assert not MENTION.search(text)
            assert not re.search(r"(?<!\\)\]\(", text)  # no masked link from article text
    assert all(int(m["author"]["id"]) == BOT_ID for m in stored)


async def test_a_long_429_is_handed_to_the_worker_which_waits_on_its_clock(app, fake, transport):
    fake.rate_limit(1, retry_after=120.0)  # longer than discord.py will sleep for: it raises RateLimited
    queue(app, item("slow:1", "post", alert("First", 1)), item("slow:2", "post", alert("Second", 1)))
    report = await Delivery(app.db, {"discord": transport}, app.clock, pace_seconds=0).drain()
    assert report.sent == 2 and report.failed == 0
    assert 120.0 in app.clock.slept  # waited on the injected clock, not the wall clock
    assert [m["embeds"][0]["title"] for m in fake.messages(CHANNEL_ID)] == ["First", "Second"]


def test_the_runner_builds_the_discord_transport_only_with_a_token(app):
    from dataclasses import replace

    from bot.app import build_discord
    from bot.config import Secret

    assert build_discord(app) is None
    app.settings = replace(app.settings, secrets=replace(app.settings.secrets, discord_token=Secret("t")))
    built = build_discord(app)
    assert isinstance(built.transport, DiscordTransport) and built.transport.platform == "discord"
    assert "'t'" not in repr(built.transport.__dict__)  # the token stays wrapped in Secret
