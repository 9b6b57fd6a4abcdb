"""The Slack adapter (thin): a Transport for the outbox worker and the Bolt app for the slash command.

Clients are built in the composition root (``bot.app.build_slack``) and handed in. Nothing here
decides what to say: ``bot.core.commands.handle`` answers commands, ``bot.core.render.to_slack``
renders, ``bot.chat.delivery`` orders, paces and retries.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import aiohttp
from slack_bolt.app.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.core.render import to_slack
from bot.errors import BotError, DeliveryError
from bot.models import CommandRequest, Message, OutboxItem, SentRef

if TYPE_CHECKING:
    from bot.app import App

log = logging.getLogger("standoff_bot.slack")

METADATA_EVENT = "standoff_outbox"
HISTORY_LIMIT = 100  # how far back find_sent looks in a channel
REPLIES_LIMIT = 200
ADMIN_CACHE_SECONDS = 600.0
EVENTS_PATH = "/slack/events"

# Errors that no retry can fix: recorded on the outbox row and reported.
PERMANENT_ERRORS = frozenset({
    "channel_not_found", "not_in_channel", "is_archived", "invalid_blocks", "invalid_blocks_format",
    "msg_too_long", "no_text", "restricted_action", "cant_update_message", "message_not_found",
    "thread_not_found", "invalid_auth", "not_authed", "account_inactive", "token_revoked", "missing_scope",
    "invalid_metadata_format", "invalid_metadata_schema", "edit_window_closed", "team_access_not_granted",
    "channel_is_archived", "ekm_access_denied", "access_denied", "no_permission",
})

Handler = Callable[["App", CommandRequest], Message]


def _delivery_error(exc: Exception, what: str) -> DeliveryError:
    if isinstance(exc, SlackApiError):
        code = str(exc.response.get("error") or "error")
        status = exc.response.status_code
        if status == 429:
            try:
                retry = float(exc.response.headers.get("Retry-After", "1"))
            except (TypeError, ValueError):
                retry = 1.0
            return DeliveryError(f"{what}: rate limited", code="ratelimited", retry_after=max(0.0, retry))
        return DeliveryError(f"{what}: {code}", code=code, permanent=code in PERMANENT_ERRORS)
    return DeliveryError(f"{what}: {type(exc).__name__}", code="connection")


class SlackTransport:
    """``bot.chat.base.Transport`` over chat.postMessage / chat.update / conversations.* ."""

    platform = "slack"

    def __init__(self, client: AsyncWebClient) -> None:
        self.client = client

    @staticmethod
    def _metadata(item: OutboxItem) -> dict[str, Any]:
        return {"event_type": METADATA_EVENT, "event_payload": {"key": item.key}}

    async def send(self, item: OutboxItem, parent: SentRef | None) -> SentRef:
        body = to_slack(item.message)
        kwargs: dict[str, Any] = {}
        thread = None
        if parent is not None:
            thread = parent.thread_id or parent.message_id
            kwargs["thread_ts"] = thread
            if item.kind == "broadcast":
                kwargs["reply_broadcast"] = True
        try:
            resp = await self.client.chat_postMessage(
                channel=item.channel, text=body["text"], blocks=body["blocks"], unfurl_links=False,
                unfurl_media=False, parse="none", metadata=self._metadata(item), **kwargs,
            )
        except (TimeoutError, SlackApiError, aiohttp.ClientError) as exc:
            raise _delivery_error(exc, f"chat.postMessage to {item.channel}") from exc
        return SentRef(message_id=str(resp["ts"]), thread_id=thread)

    async def edit(self, item: OutboxItem, target: SentRef) -> SentRef:
        body = to_slack(item.message)
        try:
            await self.client.chat_update(
                channel=item.channel, ts=target.message_id, text=body["text"], blocks=body["blocks"],
                parse="none", metadata=self._metadata(item),
            )
        except (TimeoutError, SlackApiError, aiohttp.ClientError) as exc:
            raise _delivery_error(exc, f"chat.update in {item.channel}") from exc
        return target

    async def find_sent(self, item: OutboxItem, parent: SentRef | None) -> SentRef | None:
        thread = (parent.thread_id or parent.message_id) if parent is not None else None
        try:
            if thread is not None:
                resp = await self.client.conversations_replies(
                    channel=item.channel, ts=thread, include_all_metadata=True, limit=REPLIES_LIMIT)
            else:
                resp = await self.client.conversations_history(
                    channel=item.channel, include_all_metadata=True, limit=HISTORY_LIMIT)
        except (TimeoutError, SlackApiError, aiohttp.ClientError) as exc:
            raise _delivery_error(exc, f"looking up {item.key} in {item.channel}") from exc
        for msg in resp.get("messages") or []:
            meta = msg.get("metadata") or {}
            if meta.get("event_type") == METADATA_EVENT and (meta.get("event_payload") or {}).get("key") == item.key:
                return SentRef(message_id=str(msg["ts"]), thread_id=thread)
        return None


# --------------------------------------------------------------------------- the Bolt app


class AdminCheck:
    """Admins are workspace admins/owners (users.info, cached) or user ids in ``settings.bot.admins``."""

    def __init__(self, client: AsyncWebClient, admins: list[str], clock_now: Callable[[], float]) -> None:
        self.client = client
        self.admins = set(admins)
        self.now = clock_now
        self._cache: dict[str, tuple[float, bool]] = {}

    async def __call__(self, user: str) -> bool:
        if user in self.admins:
            return True
        hit = self._cache.get(user)
        if hit is not None and self.now() - hit[0] < ADMIN_CACHE_SECONDS:
            return hit[1]
        try:
            info = await self.client.users_info(user=user)
            u = info.get("user") or {}
            ok = bool(u.get("is_admin") or u.get("is_owner") or u.get("is_primary_owner"))
        except (TimeoutError, SlackApiError, aiohttp.ClientError) as exc:
            log.warning("users.info for %s failed (%s); treating as not an admin", user, type(exc).__name__)
            return False
        self._cache[user] = (self.now(), ok)
        return ok


def _default_handler(app: App, req: CommandRequest) -> Message:
    from bot.core.commands import handle  # the core engineer's module

    return handle(app, req)


def _error_message(text: str) -> Message:
    from bot.models import Block, Span

    return Message(blocks=(Block(kind="paragraph", spans=(Span(text),)),), fallback=text, tone="error",
                   private=True)


class _DropEnvTokenWarning(logging.Filter):
    """Bolt reads SLACK_BOT_TOKEN from the environment by itself and warns that our client wins; it does."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()


def _bolt_logger() -> logging.Logger:
    logger = logging.getLogger("standoff_bot.slack.bolt")
    if not any(isinstance(f, _DropEnvTokenWarning) for f in logger.filters):
        logger.addFilter(_DropEnvTokenWarning())
    return logger


def build_bolt_app(
    app: App,
    client: AsyncWebClient,
    *,
    signing_secret: str | None = None,
    handler: Handler | None = None,
    run_in_thread: bool = False,
) -> AsyncApp:
    """The Bolt app answering ``/{settings.story.command}``. Ack at once; answer through ``respond``.

    The handler runs on the event loop after the ack by default: command handlers answer from indexed
    queries (bench/commands.py holds them to p99 < 20 ms) and the corpus has one writer connection,
    which a worker thread must not share mid-transaction. ``run_in_thread=True`` is for a slower
    handler on a file database of its own.
    """
    bolt = AsyncApp(
        client=client,
        logger=_bolt_logger(),
        signing_secret=signing_secret,
        request_verification_enabled=signing_secret is not None,
        process_before_response=False,
        raise_error_for_unhandled_request=False,
    )
    answer = handler or _default_handler
    is_admin = AdminCheck(client, list(app.settings.bot.admins), lambda: app.clock.now().timestamp())
    command = "/" + app.settings.story.command

    @bolt.command(command)
    async def _slash(ack: Callable[..., Awaitable[None]], command: dict[str, Any],
                     respond: Callable[..., Awaitable[Any]]) -> None:
        await ack()
        user = str(command.get("user_id", ""))
        req = CommandRequest(
            platform="slack",
            channel=str(command.get("channel_id", "")),
            user=user,
            text=str(command.get("text", "")).strip(),
            is_admin=await is_admin(user),
            user_name=str(command.get("user_name", "")),
        )
        try:
            if run_in_thread:
                msg = await asyncio.to_thread(answer, app, req)
            else:
                msg = answer(app, req)
        except BotError as exc:
            msg = _error_message(exc.message)
        except Exception:
            log.exception("the %s command failed", command)
            msg = _error_message("Sorry, something went wrong answering that. It has been logged.")
        body = to_slack(msg)
        await respond(text=body["text"], blocks=body["blocks"],
                      response_type="ephemeral" if msg.private else "in_channel",
                      unfurl_links=False, unfurl_media=False)

    return bolt


async def serve_http(bolt: AsyncApp, port: int, host: str = "0.0.0.0") -> tuple[Any, int]:
    """Start Bolt's aiohttp server (request signing checked by Bolt). Returns (runner, bound port)."""
    from aiohttp import web
    from slack_bolt.app.async_server import AsyncSlackAppServer

    server = AsyncSlackAppServer(port=port, path=EVENTS_PATH, app=bolt, host=host)
    runner = web.AppRunner(server.web_app)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    bound = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    return runner, bound


async def run_slack(app: App, stop: asyncio.Event) -> None:
    """Answer slash commands until ``stop`` is set: Socket Mode with SLACK_APP_TOKEN, else HTTP mode."""
    from bot.app import build_slack

    slack = build_slack(app)
    if slack is None:
        raise BotError("Slack is not configured: set SLACK_BOT_TOKEN (and SLACK_APP_TOKEN or SLACK_SIGNING_SECRET)")
    secrets = app.settings.secrets
    if secrets.slack_app_token:
        from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

        bolt = build_bolt_app(app, slack.client)
        handler = AsyncSocketModeHandler(bolt, secrets.slack_app_token.get())
        await handler.connect_async()
        log.info("Slack: connected in Socket Mode")
        try:
            await stop.wait()
        finally:
            await handler.close_async()
        return
    if not secrets.slack_signing_secret:
        raise BotError("Slack HTTP mode needs SLACK_SIGNING_SECRET (or set SLACK_APP_TOKEN for Socket Mode)")
    bolt = build_bolt_app(app, slack.client, signing_secret=secrets.slack_signing_secret.get())
    runner, port = await serve_http(bolt, app.settings.slack.http_port)
    log.info("Slack: listening for slash commands on port %d at %s", port, EVENTS_PATH)
    try:
        await stop.wait()
    finally:
        await runner.cleanup()


__all__ = ["AdminCheck", "SlackTransport", "build_bolt_app", "run_slack", "serve_http"]
