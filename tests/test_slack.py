"""The Slack app: signed slash commands through the real Bolt app, admin checks, the transport's errors."""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import AsyncIterator
from dataclasses import replace
from urllib.parse import urlencode

import aiohttp
import pytest
from slack_sdk.signature import SignatureVerifier
from slack_sdk.web.async_client import AsyncWebClient

from bot.app import App, build_slack
from bot.chat.slack import SlackTransport, build_bolt_app, run_slack, serve_http
from bot.config import Secret, Secrets
from bot.errors import DeliveryError
from bot.models import Block, Message, OutboxItem, Span
from bot.store.subscriptions import get_subscription
from tests.fakes.slack_server import FakeSlack

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"


@pytest.fixture
async def slack() -> AsyncIterator[FakeSlack]:
    fake = FakeSlack()
    await fake.start()
    yield fake
    await fake.stop()


class Bot:
    def __init__(self, fake: FakeSlack, port: int) -> None:
        self.fake = fake
        self.url = f"http://127.0.0.1:{port}/slack/events"

    async def command(self, text: str, *, user: str = "U1", timestamp: int | None = None,
                      secret: str = SECRET, rid: str = "r1") -> int:
        body = urlencode({
            "token": "legacy", "team_id": "T1", "team_domain": "fake", "channel_id": "C1", "channel_name": "news",
            "user_id": user, "user_name": "someone", "command": "/standoff", "text": text,
            "response_url": self.fake.response_url(rid), "trigger_id": "1.2.3", "api_app_id": "A1",
        })
        ts = str(timestamp if timestamp is not None else int(time.time()))  # Slack's scheme uses real time
        sig = SignatureVerifier(secret).generate_signature(timestamp=ts, body=body)
        headers = {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": sig,
                   "Content-Type": "application/x-www-form-urlencoded"}
        async with aiohttp.ClientSession() as s, s.post(self.url, data=body, headers=headers) as r:
            await r.read()
            return r.status


@pytest.fixture
async def bot(app: App, slack: FakeSlack) -> AsyncIterator[Bot]:
    client = AsyncWebClient(token=slack.token, base_url=slack.api_url)
    bolt = build_bolt_app(app, client, signing_secret=SECRET)
    runner, port = await serve_http(bolt, 0, host="127.0.0.1")
    yield Bot(slack, port)
    await runner.cleanup()


def _flat(response: dict) -> str:
    return response.get("text", "") + json.dumps(response.get("blocks", []), ensure_ascii=False)


async def test_signed_help_is_acked_and_answered_privately(bot: Bot, slack: FakeSlack) -> None:
    assert await bot.command("help") == 200
    answer = await slack.response(1)
    assert "status" in _flat(answer) and "timeline" in _flat(answer)
    assert answer["response_type"] in ("ephemeral", "in_channel")


async def test_wrong_signature_and_stale_timestamp_are_refused(bot: Bot, slack: FakeSlack) -> None:
    assert await bot.command("help", secret="not-the-secret") == 401
    assert await bot.command("help", timestamp=int(time.time()) - 600) == 401
    assert slack.responses == []
    assert await bot.command("help") == 200  # and a good one still works
    await slack.response(1)


async def test_non_admin_subscribe_is_refused_privately(app: App, bot: Bot, slack: FakeSlack) -> None:
    slack.users["U2"] = {"is_admin": False, "is_owner": False}
    assert await bot.command("subscribe min-impact 6", user="U2") == 200
    answer = await slack.response(1)
    assert answer["response_type"] == "ephemeral"
    assert get_subscription(app.db, "slack", "C1") is None


async def test_workspace_admin_subscribes_and_the_lookup_is_cached(app: App, bot: Bot, slack: FakeSlack) -> None:
    slack.users["UADMIN"] = {"is_admin": True}
    assert await bot.command("subscribe min-impact 6", user="UADMIN") == 200
    await slack.response(1)
    sub = get_subscription(app.db, "slack", "C1")
    assert sub is not None and sub.min_impact == 6
    assert await bot.command("unsubscribe", user="UADMIN", rid="r2") == 200
    await slack.response(2)
    assert get_subscription(app.db, "slack", "C1") is None
    assert len(slack.calls_to("users.info")) == 1


async def test_configured_admins_need_no_lookup(app: App, slack: FakeSlack) -> None:
    app.settings = replace(app.settings, bot=replace(app.settings.bot, admins=["UCONF"]))
    client = AsyncWebClient(token=slack.token, base_url=slack.api_url)
    runner, port = await serve_http(build_bolt_app(app, client, signing_secret=SECRET), 0, host="127.0.0.1")
    try:
        assert await Bot(slack, port).command("subscribe", user="UCONF") == 200
        await slack.response(1)
    finally:
        await runner.cleanup()
    assert get_subscription(app.db, "slack", "C1") is not None
    assert slack.calls_to("users.info") == []


async def test_hostile_command_text_is_echoed_inert(bot: Bot, slack: FakeSlack) -> None:
    assert await bot.command("search <!channel> @everyone <@U999>") == 200
    flat = _flat(await slack.response(1))
    assert not re.search(r"<[!@#]", flat) and not re.search(r"@(here|channel|everyone)", flat)


def _item(key: str = "post:x", channel: str = "C1") -> OutboxItem:
    msg = Message(blocks=(Block(kind="paragraph", spans=(Span("hi"),)),), fallback="hi")
    return OutboxItem(key=key, platform="slack", channel=channel, kind="post", message=msg)


async def test_build_slack_uses_the_configured_api_url_and_handles_429_itself(app: App, slack: FakeSlack) -> None:
    assert build_slack(app) is None  # no token, no Slack
    app.settings = replace(app.settings, secrets=Secrets(slack_bot_token=Secret(slack.token)),
                           slack=replace(app.settings.slack, api_url=slack.api_url))
    built = build_slack(app)
    assert built is not None and built.client.base_url == slack.api_url
    # no slack_sdk rate-limit retry handler: a 429 reaches the worker with its Retry-After
    slack.rate_limits = [7.0]
    with pytest.raises(DeliveryError) as exc:
        await built.transport.send(_item(), None)
    assert exc.value.retry_after == 7.0 and not exc.value.permanent
    assert len(slack.calls_to("chat.postMessage")) == 1
    ref = await built.transport.send(_item(), None)
    assert ref.message_id == slack.channel("C1")[0]["ts"]


async def test_transport_maps_permanent_errors(slack: FakeSlack) -> None:
    transport = SlackTransport(AsyncWebClient(token=slack.token, base_url=slack.api_url))
    slack.channel_errors = {"CX": "is_archived"}
    with pytest.raises(DeliveryError) as exc:
        await transport.send(_item(channel="CX"), None)
    assert exc.value.permanent and exc.value.code == "is_archived"
    bad = SlackTransport(AsyncWebClient(token="xoxb-wrong", base_url=slack.api_url))
    with pytest.raises(DeliveryError) as exc:
        await bad.send(_item(), None)
    assert exc.value.permanent and exc.value.code == "invalid_auth"


async def test_find_sent_looks_up_the_key_in_history_and_threads(slack: FakeSlack) -> None:
    transport = SlackTransport(AsyncWebClient(token=slack.token, base_url=slack.api_url))
    parent = await transport.send(_item("post:p"), None)
    reply = OutboxItem(key="reply:p:1", platform="slack", channel="C1", kind="reply", message=_item().message)
    sent = await transport.send(reply, parent)
    assert await transport.find_sent(_item("post:p"), None) == parent
    assert (await transport.find_sent(reply, parent)).message_id == sent.message_id  # type: ignore[union-attr]
    assert await transport.find_sent(_item("post:never"), None) is None


async def test_run_slack_http_mode_starts_and_stops(app: App, slack: FakeSlack) -> None:
    app.settings = replace(
        app.settings,
        secrets=Secrets(slack_bot_token=Secret(slack.token), slack_signing_secret=Secret(SECRET)),
        slack=replace(app.settings.slack, api_url=slack.api_url, http_port=0),
    )
    stop = asyncio.Event()
    task = asyncio.create_task(run_slack(app, stop))
    await asyncio.sleep(0)
    stop.set()
    await asyncio.wait_for(task, 5)


def test_manifest_declares_the_command_and_scopes(settings) -> None:
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / "config" / "slack-app-manifest.yml").read_text()
    assert f"- command: /{settings.story.command}\n" in text
    for scope in ("commands", "chat:write", "channels:history", "groups:history", "users:read"):
        assert re.search(rf"^\s+- {re.escape(scope)}\s", text, re.M), scope
    assert "socket_mode_enabled: true" in text


async def test_socket_mode_answers_a_slash_command_without_a_public_url(app: App, slack: FakeSlack) -> None:
    app.settings = replace(
        app.settings,
        secrets=Secrets(slack_bot_token=Secret(slack.token), slack_app_token=Secret(slack.app_token)),
        slack=replace(app.settings.slack, api_url=slack.api_url),
    )
    stop = asyncio.Event()
    task = asyncio.create_task(run_slack(app, stop))
    try:
        ack = await asyncio.wait_for(slack.send_envelope({
            "envelope_id": "env-1", "type": "slash_commands", "accepts_response_payload": True,
            "payload": {"token": "legacy", "team_id": "T1", "channel_id": "C1", "user_id": "U1",
                        "user_name": "someone", "command": "/standoff", "text": "help",
                        "response_url": slack.response_url(), "trigger_id": "1.2.3", "api_app_id": "A1"},
        }), 10)
        assert ack["envelope_id"] == "env-1"
        answer = await asyncio.wait_for(slack.response(1), 10)
        assert "timeline" in _flat(answer)
        assert slack.calls_to("apps.connections.open")[0].token == slack.app_token
    finally:
        stop.set()
        await asyncio.wait_for(task, 10)


async def test_ack_comes_back_before_slow_work_finishes(app: App, slack: FakeSlack) -> None:
    import threading

    from bot.core.commands import handle

    release = threading.Event()

    def slow(a: App, req):  # the real handler, after a stall longer than Slack would wait for an ack
        release.wait(10)
        return handle(a, req)

    client = AsyncWebClient(token=slack.token, base_url=slack.api_url)
    bolt = build_bolt_app(app, client, signing_secret=SECRET, handler=slow, run_in_thread=True)
    runner, port = await serve_http(bolt, 0, host="127.0.0.1")
    try:
        assert await asyncio.wait_for(Bot(slack, port).command("help"), 5) == 200  # acked while still working
        assert slack.responses == []
        release.set()
        assert "timeline" in _flat(await asyncio.wait_for(slack.response(1), 10))
    finally:
        release.set()
        await runner.cleanup()


async def test_fake_enforces_block_kit_limits_and_invalid_blocks_is_permanent(slack: FakeSlack) -> None:
    from slack_sdk.errors import SlackApiError

    from bot.chat.slack import _delivery_error

    client = AsyncWebClient(token=slack.token, base_url=slack.api_url)
    too_many = [{"type": "section", "text": {"type": "mrkdwn", "text": "x"}}] * 51
    long_header = [{"type": "header", "text": {"type": "plain_text", "text": "h" * 151}}]
    long_section = [{"type": "section", "text": {"type": "mrkdwn", "text": "s" * 3001}}]
    for blocks in (too_many, long_header, long_section):
        with pytest.raises(SlackApiError) as exc:
            await client.chat_postMessage(channel="C1", text="t", blocks=blocks)
        err = _delivery_error(exc.value, "post")
        assert err.code == "invalid_blocks" and err.permanent
    assert slack.messages == {}
