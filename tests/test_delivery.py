"""The outbox worker against the fake Slack Web API with the real slack_sdk client."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from slack_sdk.web.async_client import AsyncWebClient

from bot.chat.delivery import Delivery
from bot.chat.slack import SlackTransport
from bot.models import Block, Message, OutboxItem, Span
from bot.store import outbox
from tests.fakes.slack_server import FakeSlack


@pytest.fixture
async def slack() -> AsyncIterator[FakeSlack]:
    fake = FakeSlack()
    await fake.start()
    yield fake
    await fake.stop()


def _transport(fake: FakeSlack) -> SlackTransport:
    return SlackTransport(AsyncWebClient(token=fake.token, base_url=fake.api_url))


def _msg(text: str) -> Message:
    return Message(blocks=(Block(kind="paragraph", spans=(Span(text),)),), fallback=text)


def _queue(app, clock, key: str, kind: str = "post", parent: str | None = None, channel: str = "C1",
           text: str | None = None) -> None:
    item = OutboxItem(key=key, platform="slack", channel=channel, kind=kind, message=_msg(text or key),
                      parent_key=parent, created=clock.now())
    with app.db.atomic():
        (outbox.enqueue_edit if kind == "edit" else outbox.enqueue)(app.db, item)


def _worker(app, clock, fake: FakeSlack, pace: float = 1.0) -> Delivery:
    return Delivery(app.db, {"slack": _transport(fake)}, clock, pace_seconds=pace)


async def test_post_replies_and_edit_land_in_one_thread(app, clock, slack: FakeSlack) -> None:
    _queue(app, clock, "post:d1")
    _queue(app, clock, "reply:d1:1", "reply", "post:d1")
    _queue(app, clock, "reply:d1:2", "broadcast", "post:d1")
    _queue(app, clock, "edit:d1:a", "edit", "post:d1", text="edited parent")
    report = await _worker(app, clock, slack).drain()
    assert (report.sent, report.failed, report.pending) == (4, 0, 0)
    (parent,) = [m for m in slack.channel("C1") if m.get("subtype") != "thread_broadcast"]
    assert parent["text"] == "edited parent"
    assert [m["text"] for m in slack.thread("C1", parent["ts"])] == ["reply:d1:1", "reply:d1:2"]
    assert slack.thread("C1", parent["ts"])[1]["subtype"] == "thread_broadcast"
    post = slack.calls_to("chat.postMessage")[0].params
    assert post["unfurl_links"] is False and post["unfurl_media"] is False and post["parse"] == "none"
    assert post["metadata"] == {"event_type": "standoff_outbox", "event_payload": {"key": "post:d1"}}
    assert slack.calls_to("chat.update")[0].params["parse"] == "none"
    assert outbox.get(app.db, "post:d1").message_id == parent["ts"]  # type: ignore[union-attr]


async def test_messages_to_one_channel_are_paced_on_the_clock(app, clock, slack: FakeSlack) -> None:
    for i in range(3):
        _queue(app, clock, f"post:{i}")
    start = clock.now()
    await _worker(app, clock, slack, pace=1.0).drain()
    assert len(slack.channel("C1")) == 3
    assert (clock.now() - start).total_seconds() >= 2.0
    assert clock.slept and all(s <= 1.0 for s in clock.slept)


async def test_restart_between_send_and_record_neither_duplicates_nor_drops(app, clock, slack: FakeSlack) -> None:
    for i in range(4):
        _queue(app, clock, f"post:{i}")
    _queue(app, clock, "reply:1:a", "reply", "post:1")
    held = slack.hold_after(2)  # Slack accepts post:1, then the worker dies before recording its ts
    task = asyncio.create_task(_worker(app, clock, slack).drain())
    await held.accepted.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    held.release.set()
    row = outbox.get(app.db, "post:1")
    assert row is not None and row.status == "pending" and row.attempts == 1

    report = await _worker(app, clock, slack).drain()  # a fresh worker after the restart
    assert report.pending == 0 and report.failed == 0
    keys = [m["metadata"]["event_payload"]["key"] for m in slack.messages["C1"]]
    assert keys == ["post:0", "post:1", "post:2", "post:3", "reply:1:a"]  # each once, in order
    assert len(slack.calls_to("conversations.history")) == 1  # looked up, not re-sent
    post1 = outbox.get(app.db, "post:1")
    assert post1 is not None and post1.message_id == slack.messages["C1"][1]["ts"]
    reply = slack.messages["C1"][4]
    assert reply["thread_ts"] == post1.message_id


async def test_restart_resends_what_slack_never_accepted(app, clock, slack: FakeSlack) -> None:
    _queue(app, clock, "post:0")
    outbox.begin_attempt(app.db, "post:0")  # the worker died before the request went out
    await _worker(app, clock, slack).drain()
    assert len(slack.calls_to("conversations.history")) == 1
    assert [m["text"] for m in slack.channel("C1")] == ["post:0"]


async def test_burst_of_200_under_429s_arrives_complete_and_in_order(app, clock, slack: FakeSlack) -> None:
    slack.rate_limit_every = 7
    slack.rate_limit_retry_after = 3.0
    for i in range(200):
        _queue(app, clock, f"post:{i:03d}", channel="C1" if i % 2 else "C2")
    report = await _worker(app, clock, slack, pace=1.0).drain()
    assert (report.sent, report.failed, report.pending) == (200, 0, 0)
    for ch in ("C1", "C2"):
        texts = [m["text"] for m in slack.channel(ch)]
        assert texts == sorted(texts) and len(texts) == 100 and len(set(texts)) == 100
    assert clock.slept.count(3.0) >= 20  # every Retry-After was waited for, on the clock
    assert slack.calls_to("conversations.history") == []  # a 429 is a refusal: nothing to look up


async def test_permanent_errors_are_recorded_and_do_not_block_others(app, clock, slack: FakeSlack) -> None:
    slack.channel_errors = {"CGONE": "channel_not_found", "CNOT": "not_in_channel"}
    _queue(app, clock, "post:gone", channel="CGONE")
    _queue(app, clock, "reply:gone:1", "reply", "post:gone", channel="CGONE")
    _queue(app, clock, "post:not", channel="CNOT")
    _queue(app, clock, "post:ok", channel="C1")
    report = await _worker(app, clock, slack).drain()
    assert (report.sent, report.failed, report.pending) == (1, 3, 0)
    errors = dict(report.errors)
    assert "channel_not_found" in errors["post:gone"] and "not_in_channel" in errors["post:not"]
    assert "parent" in errors["reply:gone:1"]
    assert outbox.get(app.db, "post:gone").status == "failed"  # type: ignore[union-attr]
    # a second drain does not retry them
    calls = len(slack.calls)
    await _worker(app, clock, slack).drain()
    assert len(slack.calls) == calls


async def test_oversized_blocks_are_a_permanent_invalid_blocks_error(app, clock, slack: FakeSlack) -> None:
    # the fake checks Block Kit limits; our renderer keeps within them, so the message gets through
    _queue(app, clock, "post:long", text="word " * 5000)
    report = await _worker(app, clock, slack).drain()
    assert report.sent == 1
    blocks = slack.calls_to("chat.postMessage")[0].params["blocks"]
    assert len(blocks) <= 50 and all(len(b.get("text", {}).get("text", "")) <= 3000 for b in blocks)


async def test_a_long_429_storm_defers_and_keeps_channel_order(app, clock, slack: FakeSlack) -> None:
    slack.rate_limits = [5.0] * 100  # more 429s than one drain accepts
    _queue(app, clock, "post:a")
    _queue(app, clock, "post:b")
    worker = Delivery(app.db, {"slack": _transport(slack)}, clock, pace_seconds=1.0, max_rate_limits=3)
    report = await worker.drain()
    assert report.sent == 0 and report.pending == 2
    a = outbox.get(app.db, "post:a")
    assert a is not None and a.not_before is not None and a.not_before > clock.now()
    assert a.attempts == 0 and a.status == "pending"  # refusals are not failures
    assert len(slack.calls_to("chat.postMessage")) == 4  # post:b waited behind post:a
    slack.rate_limits = []
    clock.advance(seconds=3600)
    report = await worker.drain()
    assert report.sent == 2
    assert [m["text"] for m in slack.channel("C1")] == ["post:a", "post:b"]


async def test_stop_event_leaves_the_rest_queued(app, clock, slack: FakeSlack) -> None:
    for i in range(3):
        _queue(app, clock, f"post:{i}")
    stop = asyncio.Event()
    stop.set()
    report = await _worker(app, clock, slack).drain(stop)
    assert report.sent == 0 and report.pending == 3 and slack.calls == []


async def test_edit_replaced_while_in_flight_is_sent_again_with_the_latest_content(app, clock, slack) -> None:
    _queue(app, clock, "post:d1")
    await _worker(app, clock, slack).drain()
    _queue(app, clock, "edit:d1:1", "edit", "post:d1", text="two sources")
    held = slack.hold_after(1, "chat.update")
    task = asyncio.create_task(_worker(app, clock, slack).drain())
    await held.accepted.wait()
    _queue(app, clock, "edit:d1:2", "edit", "post:d1", text="three sources")  # coalesces into the pending row
    held.release.set()
    report = await task
    assert report.pending == 0
    assert [c.params["text"] for c in slack.calls_to("chat.update")] == ["two sources", "three sources"]
    assert slack.channel("C1")[0]["text"] == "three sources"
    assert outbox.get(app.db, "edit:d1:1").status == "sent"  # type: ignore[union-attr]
    assert outbox.get(app.db, "edit:d1:2") is None


async def test_transient_errors_back_off_then_give_up_after_max_attempts(app, clock, slack) -> None:
    slack.channel_errors = {"C1": "internal_error"}  # not a permanent code: transient
    _queue(app, clock, "post:a")
    worker = Delivery(app.db, {"slack": _transport(slack)}, clock, pace_seconds=1.0, max_attempts=3)
    delays = []
    for _ in range(3):
        report = await worker.drain()
        a = outbox.get(app.db, "post:a")
        assert a is not None
        if a.status == "failed":
            break
        delays.append((a.not_before - clock.now()).total_seconds())  # type: ignore[operator]
        clock.set(a.not_before)  # type: ignore[arg-type]
    assert delays == [5.0, 10.0]  # exponential back-off
    assert report.failed == 1 and "internal_error" in (a.last_error or "")
    assert len(slack.calls_to("chat.postMessage")) == 3
    assert slack.calls_to("conversations.history") == []  # an error answer means nothing was posted
