"""The real discord.py client against the loopback fake: gateway, command sync, slash commands end to end."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from dataclasses import replace
from typing import Any

import pytest

from bot.chat.discord import run_discord
from bot.config import Secret
from bot.core.commands import COMMANDS
from bot.errors import ConfigError
from bot.store.subscriptions import get_subscription
from tests.fakes.discord_server import APP_ID, CHANNEL_ID, GUILD_ID, FakeDiscord, patch_discord

SUBCOMMANDS = set(COMMANDS)  # every core sub-command exists on Discord too, and nothing else
MENTION = re.compile(r"(?<![\\\u200b])@(everyone|here)|<@[!&]?\d+>", re.I)
EPHEMERAL, LOADING = 64, 128


def with_discord(app, *, guilds: list[int], token: str = "test-token") -> None:
    s = app.settings
    app.settings = replace(s, discord=replace(s.discord, guild_ids=guilds),
                           secrets=replace(s.secrets, discord_token=Secret(token)))


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    server = FakeDiscord()
    await server.start()
    with patch_discord(server):
        yield server
    await server.close()


@pytest.fixture
async def bot(app, fake) -> AsyncIterator[FakeDiscord]:
    """The bot connected to the fake over the gateway, commands synced to the test guild."""
    with_discord(app, guilds=[GUILD_ID])
    stop = asyncio.Event()
    task = asyncio.create_task(run_discord(app, stop, guild_ready_timeout=0.01))
    await fake.wait_for(lambda: fake.identified >= 1 and fake.heartbeats >= 1)
    yield fake
    stop.set()
    await asyncio.wait_for(task, 10)


async def ask(fake: FakeDiscord, sub: str, options: dict[str, Any] | None = None, **kw: Any) -> dict[str, Any]:
    """Send the slash command; wait until the deferred answer is filled in; return the answer message."""
    inter = await fake.dispatch_interaction(sub, options, **kw)
    token = inter["token"]

    def answered() -> bool:
        msgs = [m for m in fake.state.webhook_messages.get(token, []) if not m.get("deleted")]
        return bool(msgs) and not msgs[-1]["flags"] & LOADING

    await fake.wait_for(answered)
    callback = next(r for r in fake.state.responses if r["token"] == token)
    assert callback["type"] == 5  # deferred first: the 3-second window can never be missed
    answer = [m for m in fake.state.webhook_messages[token] if not m.get("deleted")][-1]
    answer["deferred_ephemeral"] = callback["ephemeral"]
    answer["original_deleted"] = bool(fake.state.webhook_messages[token][0].get("deleted"))
    return answer


async def test_connects_without_privileged_intents_and_syncs_the_group_to_the_guild(bot):
    assert bot.intents is not None and bot.intents & ((1 << 1) | (1 << 8) | (1 << 15)) == 0
    assert "global" not in bot.state.commands  # guild ids configured: instant guild sync only
    (group,) = bot.state.commands[str(GUILD_ID)]
    assert group["name"] == "standoff"
    assert {o["name"] for o in group["options"]} == SUBCOMMANDS
    sync = bot.calls_to("PUT", rf"^/applications/{APP_ID}/guilds/{GUILD_ID}/commands$")
    assert len(sync) == 1


async def test_status_is_deferred_then_answered_publicly_with_an_embed(bot):
    answer = await ask(bot, "status")
    assert not answer["flags"] & EPHEMERAL
    assert answer["embeds"] and answer["embeds"][0].get("title")
    assert answer["allowed_mentions"] == {"parse": []}


async def test_a_non_admin_trying_subscribe_gets_a_polite_private_refusal(app, bot):
    answer = await ask(bot, "subscribe", {"min_impact": 8})
    assert answer["flags"] & EPHEMERAL and answer["deferred_ephemeral"]
    assert "only" in answer["embeds"][0]["description"].lower()
    assert get_subscription(app.db, "discord", str(CHANNEL_ID)) is None


async def test_an_admin_with_manage_server_subscribes_the_channel(app, bot):
    answer = await ask(bot, "subscribe", {"min_impact": 8, "min_sources": 2}, admin=True)
    sub = get_subscription(app.db, "discord", str(CHANNEL_ID))
    assert sub is not None and sub.min_impact == 8 and sub.min_sources == 2
    assert sub.since == app.clock.now()  # only developments from now on alert
    assert "ubscribed" in answer["embeds"][0]["description"]


async def test_help_is_private_and_bad_arguments_get_a_private_usage_line(bot):
    answer = await ask(bot, "help")
    assert answer["flags"] & EPHEMERAL
    usage = await ask(bot, "sources", {"development": "no-such-development"})
    assert usage["flags"] & EPHEMERAL  # answered privately even though the deferral was public:
    assert not usage["deferred_ephemeral"] and usage["original_deleted"]  # the public "thinking" is removed
    assert "no-such-development" in usage["embeds"][0]["description"].replace("\\", "")


async def test_a_hostile_search_query_pings_no_one(bot):
    answer = await ask(bot, "search", {"query": "@everyone <@&1234567890> \"unbalanced [x](http://evil)"})
    for e in answer["embeds"]:
        for text in (e.get("title", ""), e.get("description", "")):
            assert not MENTION.search(text)
            assert not re.search(r"(?<!\\)\]\(http://evil", text)


async def test_without_guild_ids_commands_sync_globally(app, fake):
    with_discord(app, guilds=[])
    stop = asyncio.Event()
    task = asyncio.create_task(run_discord(app, stop, guild_ready_timeout=0.01))
    await fake.wait_for(lambda: "global" in fake.state.commands and fake.identified >= 1)
    stop.set()
    await asyncio.wait_for(task, 10)
    assert {o["name"] for o in fake.state.commands["global"][0]["options"]} == SUBCOMMANDS


async def test_a_refused_token_is_a_config_error_naming_the_variable(app, fake):
    with_discord(app, guilds=[GUILD_ID], token="wrong-token")
    with pytest.raises(ConfigError) as err:
        await asyncio.wait_for(run_discord(app, asyncio.Event()), 10)
    assert "DISCORD_TOKEN" in str(err.value) and "wrong-token" not in str(err.value)


async def test_feeds_list_is_for_everyone_but_adding_a_feed_is_refused_privately(app, bot):
    listing = await ask(bot, "feeds", {"action": "list"})
    assert not listing["flags"] & EPHEMERAL
    refused = await ask(bot, "feeds", {"action": "add", "url": "https://example.org/feed.xml"})
    assert refused["flags"] & EPHEMERAL and refused["deferred_ephemeral"]
    assert not list(app.db.query("SELECT 1 FROM sources WHERE url = 'https://example.org/feed.xml'"))


async def test_an_admin_mutes_a_subscribed_channel_for_hours(app, bot):
    await ask(bot, "subscribe", {}, admin=True)
    answer = await ask(bot, "mute", {"hours": 2.5}, admin=True)
    sub = get_subscription(app.db, "discord", str(CHANNEL_ID))
    assert sub.muted_until is not None and (sub.muted_until - app.clock.now()).total_seconds() == 2.5 * 3600
    assert "muted" in answer["embeds"][0]["description"].lower()
