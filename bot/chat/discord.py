"""The Discord adapter (discord.py): the ``/standoff`` slash commands and the alert Transport.

Thin on purpose: a command handler acknowledges (defers) at once, builds a CommandRequest and calls
``bot.core.commands.handle``; the answer is rendered by ``bot.core.render_discord`` and sent as a
follow-up within the interaction token's 15 minutes. Alerts are sent by the outbox worker through
``DiscordTransport``. Nothing here decides what to say.

Living alerts on Discord: the parent is one embed message in the channel, edited in place. The first
further article creates a public thread *from* that message (so the thread id equals the parent's
message id) and each further article is one message in it. A ``broadcast`` (impact jumped) is the
thread message plus a short copy in the channel linking to the thread.

Recognising our own messages after a crash (``find_sent``): every message we send carries a nonce
``sb`` + 22 hex digits of SHA-256(outbox key) (24 characters; Discord allows 25) with
``enforce_nonce``, so Discord itself de-duplicates a resend for a few minutes. Because GET messages
does not return nonces, the same marker is also written at the end of the embed footer
(``ref sb...``), and ``find_sent`` looks for it in the channel's (or thread's) most recent
``HISTORY_LIMIT`` messages written by our bot. An edit keeps the *parent's* marker in its footer so
the parent stays recognisable.

Every send and edit carries ``allowed_mentions`` = none (besides the renderer neutralising mentions).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import shlex
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import aiohttp
import discord
from discord import app_commands

from bot.config import Secret
from bot.core.render_discord import DiscordMessage, content_text, render, thread_name, unescape_md
from bot.errors import BotError, ConfigError, DeliveryError
from bot.models import Block, CommandRequest, Message, OutboxItem, SentRef, Span

if TYPE_CHECKING:
    from bot.app import App

log = logging.getLogger("standoff_bot.discord")

PLATFORM = "discord"
HISTORY_LIMIT = 50  # recent messages searched for our marker after a crash
THREAD_ARCHIVE_MINUTES = 10080  # a week
MAX_RATELIMIT_WAIT = 30.0  # longer 429 waits are handed to the outbox worker (its clock, its stop event)
ADMIN_SUBCOMMANDS = frozenset({"subscribe", "unsubscribe", "mute"})  # and "feeds add|remove"
PRIVATE_SUBCOMMANDS = frozenset({"help"})
NO_MENTIONS = discord.AllowedMentions.none()

Handler = Callable[["App", CommandRequest], Message]


# --------------------------------------------------------------------------- markers


def nonce_for(key: str, part: str = "b") -> str:
    """A 24-character nonce for outbox ``key`` (``part`` tells apart the two messages of a broadcast)."""
    return "s" + part + hashlib.sha256(key.encode()).hexdigest()[:22]


def footer_for(nonce: str) -> str:
    return f"ref {nonce}"


def _has_marker(msg: dict[str, Any], nonce: str, bot_id: int | None) -> bool:
    if bot_id is not None and int(msg.get("author", {}).get("id", 0)) != bot_id:
        return False
    want = footer_for(nonce)
    return any((e.get("footer") or {}).get("text", "").endswith(want) for e in msg.get("embeds") or [])


# --------------------------------------------------------------------------- errors


_PERMANENT_CODES = {
    10003: "unknown_channel", 10008: "unknown_message", 50001: "missing_access", 50013: "missing_permissions",
    50035: "invalid_form_body", 160004: "thread_exists", 50083: "thread_archived", 160005: "thread_locked",
}


def _delivery_error(exc: BaseException, what: str) -> DeliveryError:
    """Map a discord.py / network error onto our DeliveryError (permanent or with retry_after)."""
    if isinstance(exc, discord.RateLimited):
        return DeliveryError(f"{what}: rate limited", code="rate_limited", retry_after=exc.retry_after)
    if isinstance(exc, discord.DiscordServerError):
        return DeliveryError(f"{what}: Discord server error {exc.status}", code=f"http_{exc.status}")
    if isinstance(exc, discord.HTTPException):
        code = _PERMANENT_CODES.get(exc.code, f"http_{exc.status}_{exc.code}")
        if exc.status == 429:  # a 429 discord.py would not wait for (e.g. without Via): ask the worker to wait
            return DeliveryError(f"{what}: rate limited", code="rate_limited", retry_after=1.0)
        permanent = exc.status in (400, 401, 403, 404)
        return DeliveryError(f"{what}: {exc.text or exc.status}", code=code, permanent=permanent)
    if isinstance(exc, aiohttp.ClientError | OSError | asyncio.TimeoutError):
        return DeliveryError(f"{what}: network error ({type(exc).__name__})", code="network")
    return DeliveryError(f"{what}: {type(exc).__name__}", code="unexpected")


# --------------------------------------------------------------------------- transport


class DiscordTransport:
    """Sends outbox items to Discord over discord.py's HTTP client (its own rate-limit buckets)."""

    platform = PLATFORM

    def __init__(self, token: Secret | str, *, history_limit: int = HISTORY_LIMIT) -> None:
        self._token = token if isinstance(token, Secret) else Secret(token)
        self._http: discord.http.HTTPClient | None = None
        self._login_lock = asyncio.Lock()
        self.bot_id: int | None = None
        self.history_limit = history_limit
        self._threads: set[int] = set()  # threads we know exist

    async def _client(self) -> discord.http.HTTPClient:
        async with self._login_lock:
            if self._http is None:
                http = discord.http.HTTPClient(asyncio.get_running_loop(), max_ratelimit_timeout=MAX_RATELIMIT_WAIT)
                try:
                    me = await http.static_login(self._token.get())
                except discord.LoginFailure as exc:
                    await http.close()
                    raise DeliveryError("Discord refused DISCORD_TOKEN", code="login", permanent=True) from exc
                except (discord.HTTPException, aiohttp.ClientError, OSError) as exc:
                    await http.close()
                    raise _delivery_error(exc, "login") from exc
                self.bot_id = int(me["id"])
                self._http = http
            return self._http

    async def aclose(self) -> None:
        if self._http is not None:
            await self._http.close()
            self._http = None

    # -- Transport protocol

    async def send(self, item: OutboxItem, parent: SentRef | None) -> SentRef:
        if item.kind in ("reply", "broadcast"):
            if parent is None:
                raise DeliveryError(f"{item.kind} without a parent", code="no_parent", permanent=True)
            thread_id = await self._ensure_thread(item, parent)
            ref = await self._post(thread_id, item.message, nonce_for(item.key), item.key)
            if item.kind == "broadcast":
                await self._post_channel_copy(item, thread_id)
            return SentRef(ref, str(thread_id))
        msg_id = await self._post(int(item.channel), item.message, nonce_for(item.key), item.key)
        return SentRef(msg_id, None)

    async def edit(self, item: OutboxItem, target: SentRef) -> SentRef:
        marker = nonce_for(item.parent_key or item.key)
        out = render(item.message, footer=footer_for(marker))
        http = await self._client()
        params = discord.http.handle_message_parameters(
            content=out.content or None, embed=discord.Embed.from_dict(out.embed), allowed_mentions=NO_MENTIONS)
        try:
            await http.edit_message(int(item.channel), int(target.message_id), params=params)
        except Exception as exc:
            raise _delivery_error(exc, f"edit {item.key}") from exc
        return SentRef(target.message_id, target.thread_id)

    async def find_sent(self, item: OutboxItem, parent: SentRef | None) -> SentRef | None:
        """Look for our marker in recent messages; completes a broadcast whose channel copy was lost."""
        if item.kind in ("reply", "broadcast"):
            if parent is None:
                return None
            thread_id = int(parent.thread_id or parent.message_id)
            found = await self._find(thread_id, nonce_for(item.key))
            if found is None:
                return None
            if item.kind == "broadcast" and await self._find(int(item.channel), nonce_for(item.key, "c")) is None:
                await self._post_channel_copy(item, thread_id)
            self._threads.add(thread_id)
            return SentRef(found, str(thread_id))
        found = await self._find(int(item.channel), nonce_for(item.key))
        return SentRef(found, None) if found else None

    # -- helpers

    async def _post(self, channel_id: int, message: Message, nonce: str, key: str, content: str = "") -> str:
        out = render(message, footer=footer_for(nonce))
        http = await self._client()
        params = discord.http.handle_message_parameters(
            content=content_text(content) if content else None, embed=discord.Embed.from_dict(out.embed),
            nonce=nonce, allowed_mentions=NO_MENTIONS)
        try:
            data = await http.send_message(channel_id, params=params)
        except Exception as exc:
            raise _delivery_error(exc, f"send {key}") from exc
        return str(data["id"])

    async def _post_channel_copy(self, item: OutboxItem, thread_id: int) -> None:
        await self._post(int(item.channel), item.message, nonce_for(item.key, "c"), item.key,
                         content=f"Impact jumped: follow the thread <#{thread_id}>")

    async def _find(self, channel_id: int, nonce: str) -> str | None:
        http = await self._client()
        try:
            recent = await http.logs_from(channel_id, self.history_limit)
        except discord.NotFound:
            return None  # e.g. the thread was never created: nothing of ours can be in it
        except Exception as exc:
            raise _delivery_error(exc, "look up recent messages") from exc
        for msg in recent:
            if _has_marker(msg, nonce, self.bot_id):
                return str(msg["id"])
        return None

    async def _ensure_thread(self, item: OutboxItem, parent: SentRef) -> int:
        """The thread started from the parent message (created on the first further article)."""
        thread_id = int(parent.thread_id or parent.message_id)
        if thread_id in self._threads:
            return thread_id
        http = await self._client()
        channel_id, message_id = int(item.channel), int(parent.message_id)
        name = str(item.extra.get("thread_name") or "")
        try:
            if not name:
                parent_msg = await http.get_message(channel_id, message_id)
                embeds = parent_msg.get("embeds") or []
                name = unescape_md(embeds[0].get("title", "")) if embeds else ""
            data = await http.start_thread_with_message(
                channel_id, message_id, name=thread_name(name), auto_archive_duration=THREAD_ARCHIVE_MINUTES)
            thread_id = int(data["id"])
        except discord.HTTPException as exc:
            if exc.code != 160004:  # "a thread has already been created for this message": fine
                raise _delivery_error(exc, f"thread for {item.key}") from exc
        except Exception as exc:
            raise _delivery_error(exc, f"thread for {item.key}") from exc
        self._threads.add(thread_id)
        return thread_id


# --------------------------------------------------------------------------- slash commands


def _is_admin(interaction: discord.Interaction, admins: list[str]) -> bool:
    """Manage Server in this guild, or a user id listed in ``bot.admins``: checked on every command."""
    if str(interaction.user.id) in admins:
        return True
    return interaction.guild_id is not None and interaction.permissions.manage_guild


def _error_message(text: str) -> Message:
    return Message(blocks=(Block("paragraph", spans=(Span(text),)),), fallback=text, tone="error", private=True)


def _call_handler(handler: Handler, app: App, req: CommandRequest) -> Message:
    try:
        return handler(app, req)
    except BotError as exc:
        return _error_message(str(exc))
    except Exception:
        log.exception("/%s %s failed", app.settings.story.command, req.text.split(" ", 1)[0])
        return _error_message("Sorry, something went wrong answering that. It has been logged.")


def _needs_admin(words: list[str]) -> bool:
    return bool(words) and (words[0] in ADMIN_SUBCOMMANDS or (words[0] == "feeds" and words[1:2] != ["list"]))


async def answer(app: App, handler: Handler, interaction: discord.Interaction, words: list[str]) -> None:
    """Defer at once (well inside Discord's 3 s), ask the core, then answer as a follow-up.

    ``words`` are already shell-quoted where they hold user text, so the core's parser sees them whole.
    """
    text = " ".join(words)
    sub = words[0] if words else "help"
    is_admin = _is_admin(interaction, [str(a) for a in app.settings.bot.admins])
    private_hint = sub in PRIVATE_SUBCOMMANDS or (_needs_admin(words) and not is_admin)
    await interaction.response.defer(ephemeral=private_hint, thinking=True)
    req = CommandRequest(platform=PLATFORM, channel=str(interaction.channel_id or ""), user=str(interaction.user.id),
                         text=text, is_admin=is_admin, user_name=interaction.user.name)
    message = _call_handler(handler, app, req)
    out: DiscordMessage = render(message)
    embed = discord.Embed.from_dict(out.embed)
    if interaction.is_expired():  # past the 15-minute token: nothing can be said any more
        log.warning("/%s %s answered after the interaction token expired", app.settings.story.command, sub)
        return
    if message.private and not private_hint:
        # the deferral was public; an ephemeral answer must be a new message, so drop the public one
        with contextlib.suppress(discord.HTTPException):
            await interaction.delete_original_response()
    await interaction.followup.send(content=out.content or discord.utils.MISSING, embed=embed,
                                    ephemeral=message.private or private_hint, allowed_mentions=NO_MENTIONS)


def _word(value: object) -> str:
    return shlex.quote(str(value))


def build_group(app: App, handler: Handler | None = None) -> app_commands.Group:
    """The ``/standoff`` group (name from ``story.command``) with the same subcommands as Slack."""
    if handler is None:
        from bot.core.commands import handle as handler
    h: Handler = handler
    group = app_commands.Group(name=app.settings.story.command,
                               description=f"Follow {app.settings.story.name}"[:100], guild_only=True)

    def run(interaction: discord.Interaction, *words: object) -> Any:
        return answer(app, h, interaction, [str(w) for w in words if w is not None and w != ""])

    @group.command(name="status", description="Where the story stands now")
    async def status(interaction: discord.Interaction) -> None:
        await run(interaction, "status")

    @group.command(name="timeline", description="The developments in date order")
    @app_commands.describe(count="how many (default 10)")
    async def timeline(interaction: discord.Interaction, count: app_commands.Range[int, 1, 50] | None = None) -> None:
        await run(interaction, "timeline", count)

    @group.command(name="latest", description="The newest developments")
    @app_commands.describe(count="how many (default 5)")
    async def latest(interaction: discord.Interaction, count: app_commands.Range[int, 1, 50] | None = None) -> None:
        await run(interaction, "latest", count)

    @group.command(name="search", description="Search every article")
    @app_commands.describe(query="words to look for")
    async def search(interaction: discord.Interaction, query: app_commands.Range[str, 1, 200]) -> None:
        await run(interaction, "search", _word(query))

    @group.command(name="sources", description="Publishers and links of a development")
    @app_commands.describe(development="development id (shown in latest and timeline)")
    async def sources(interaction: discord.Interaction, development: app_commands.Range[str, 1, 100]) -> None:
        await run(interaction, "sources", _word(development))

    @group.command(name="explain", description="Why a development or article scored as it did")
    @app_commands.describe(id="development or article id")
    async def explain(interaction: discord.Interaction, id: app_commands.Range[str, 1, 100]) -> None:
        await run(interaction, "explain", _word(id))

    @group.command(name="subscribe", description="Alert this channel (needs Manage Server)")
    @app_commands.describe(min_impact="lowest impact that alerts (1-10)", min_sources="independent sources needed",
                           digest="daily HH:MM | weekly DAY HH:MM | cron EXPR | off", timezone="e.g. Europe/Paris",
                           quiet="quiet hours HH:MM-HH:MM | off", budget="at most N alerts per hour | off")
    async def subscribe(interaction: discord.Interaction, min_impact: app_commands.Range[int, 1, 10] | None = None,
                        min_sources: app_commands.Range[int, 1, 50] | None = None,
                        digest: app_commands.Range[str, 1, 100] | None = None,
                        timezone: app_commands.Range[str, 1, 64] | None = None,
                        quiet: app_commands.Range[str, 1, 20] | None = None,
                        budget: app_commands.Range[str, 1, 10] | None = None) -> None:
        words: list[object] = ["subscribe"]
        if min_impact is not None:
            words += ["min-impact", min_impact]
        if min_sources is not None:
            words += ["min-sources", min_sources]
        if digest:
            kind, _, rest = digest.strip().partition(" ")
            words += ["digest", _word(kind)] + ([_word(rest)] if kind.lower() == "cron" else
                                                 [_word(w) for w in rest.split()])
        for name, value in (("tz", timezone), ("quiet", quiet), ("budget", budget)):
            if value:
                words += [name, _word(value)]
        await run(interaction, *words)

    @group.command(name="unsubscribe", description="Stop alerts and digests here (needs Manage Server)")
    async def unsubscribe(interaction: discord.Interaction) -> None:
        await run(interaction, "unsubscribe")

    @group.command(name="mute", description="Hold this channel's alerts (needs Manage Server)")
    @app_commands.describe(hours="for how many hours; 0 unmutes")
    async def mute(interaction: discord.Interaction, hours: app_commands.Range[float, 0, 720]) -> None:
        await run(interaction, "mute", f"{hours:g}")

    @group.command(name="feeds", description="The feeds watched; add or remove one (needs Manage Server)")
    @app_commands.describe(action="list, add or remove", url="the feed URL (add, remove)")
    @app_commands.choices(action=[app_commands.Choice(name=a, value=a) for a in ("list", "add", "remove")])
    async def feeds(interaction: discord.Interaction, action: app_commands.Choice[str] | None = None,
                    url: app_commands.Range[str, 1, 2000] | None = None) -> None:
        await run(interaction, "feeds", action.value if action else "list", _word(url) if url else None)

    @group.command(name="health", description="Sources, delivery backlog and alert lag")
    async def health(interaction: discord.Interaction) -> None:
        await run(interaction, "health")

    @group.command(name="help", description="What the commands do")
    async def help_(interaction: discord.Interaction) -> None:
        await run(interaction, "help")

    return group


class StandoffClient(discord.Client):
    """discord.py client with the command tree; no privileged intents (guilds only)."""

    def __init__(self, app: App, *, handler: Handler | None = None, **options: Any) -> None:
        super().__init__(intents=discord.Intents(guilds=True), allowed_mentions=NO_MENTIONS, **options)
        self.app = app
        self.tree = app_commands.CommandTree(self)
        self.tree.add_command(build_group(app, handler))
        self.tree.on_error = self._on_tree_error  # type: ignore[method-assign]
        self.synced: asyncio.Event = asyncio.Event()

    async def setup_hook(self) -> None:
        await sync_commands(self.tree, self.app.settings.discord.guild_ids)
        self.synced.set()

    async def _on_tree_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        log.error("slash command failed: %s", type(error).__name__, exc_info=error)
        text = "Sorry, that command failed."
        if isinstance(error, app_commands.TransformerError | app_commands.CommandSignatureMismatch):
            text = f"Try `/{self.app.settings.story.command} help`: that did not look right."
        with contextlib.suppress(discord.HTTPException):
            if interaction.response.is_done():
                await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
            else:
                await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_MENTIONS)


async def sync_commands(tree: app_commands.CommandTree, guild_ids: list[int]) -> None:
    """Instant sync to the configured guilds (development); global sync (up to an hour) otherwise."""
    if guild_ids:
        for gid in guild_ids:
            guild = discord.Object(id=gid)
            tree.copy_global_to(guild=guild)
            await tree.sync(guild=guild)
        log.info("slash commands synced to %d guild(s)", len(guild_ids))
    else:
        await tree.sync()
        log.info("slash commands synced globally")


async def run_discord(app: App, stop: asyncio.Event, *, handler: Handler | None = None,
                      **client_options: Any) -> None:
    """Connect to Discord and serve slash commands until ``stop`` is set. DISCORD_TOKEN must be set."""
    token = app.settings.secrets.discord_token
    if not token:
        raise ConfigError("is not set", key="DISCORD_TOKEN", path="environment")
    client = StandoffClient(app, handler=handler, **client_options)
    runner = asyncio.create_task(client.start(token.get(), reconnect=True), name="discord-client")
    stopper = asyncio.create_task(stop.wait())
    try:
        await asyncio.wait({runner, stopper}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopper.cancel()
        await client.close()
        if not runner.done():
            runner.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await runner
    exc = runner.exception() if not runner.cancelled() else None
    if isinstance(exc, discord.LoginFailure):
        raise ConfigError("was refused by Discord (check the bot token)", key="DISCORD_TOKEN",
                          path="environment") from exc
    if isinstance(exc, discord.PrivilegedIntentsRequired):
        raise BotError("Discord asked for privileged intents; the bot needs none") from exc
    if exc is not None:
        raise BotError(f"Discord connection failed: {type(exc).__name__}") from exc


__all__ = [
    "DiscordTransport",
    "StandoffClient",
    "answer",
    "build_group",
    "footer_for",
    "nonce_for",
    "run_discord",
    "sync_commands",
]
