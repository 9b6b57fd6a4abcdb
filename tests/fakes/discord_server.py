"""A loopback fake of Discord (REST API v10 + gateway websocket) that the real discord.py client talks to.

Start it on port 0, then point discord.py at it with ``patch_discord(server)`` (a context manager that
sets ``discord.http.Route.BASE`` and ``discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY`` and restores
them). It speaks just enough of Discord for our bot:

REST: ``GET /users/@me``, ``GET /oauth2/applications/@me``, ``GET /gateway/bot``, ``PUT`` global and
guild application commands, ``POST /interactions/{id}/{token}/callback``, follow-up webhooks
(``POST /webhooks/{app}/{token}``, ``PATCH``/``DELETE .../messages/@original``), channel messages
(``POST``, ``GET`` list, ``GET`` one, ``PATCH``) and threads from a message.
Messages posted with a ``nonce`` and ``enforce_nonce`` are de-duplicated while ``nonce_window`` is on,
as Discord does for a few minutes. ``GET`` never returns the nonce (as on Discord).

Gateway: HELLO, IDENTIFY -> READY (guild unavailable) then GUILD_CREATE, heartbeats acknowledged,
``dispatch_interaction`` sends INTERACTION_CREATE.

Failure injection: ``rate_limit(n, retry_after)`` answers the next ``n`` message sends/edits with
Discord's 429 (JSON ``retry_after`` + ``X-RateLimit-*`` headers); ``fail_channel(id, status, code)``
answers every request on a channel with that error; ``crash_after_accept`` lets a test drop the
response of an accepted message (the crash window).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import discord
import yarl
from aiohttp import WSMsgType, web

APP_ID = 900000000000000001
BOT_ID = 900000000000000002
GUILD_ID = 900000000000000100
CHANNEL_ID = 900000000000000200
OTHER_CHANNEL_ID = 900000000000000201
ADMIN_ID = 900000000000000300
MEMBER_ID = 900000000000000301
MANAGE_GUILD = 1 << 5
SEND_PERMS = (1 << 11) | (1 << 10) | (1 << 14) | (1 << 16) | (1 << 35) | (1 << 38)

_DISCORD_EPOCH_MS = 1420070400000


@dataclass
class Call:
    method: str
    path: str
    query: dict[str, str]
    json: Any
    status: int = 200


@dataclass
class _State:
    messages: dict[int, list[dict[str, Any]]] = field(default_factory=dict)  # channel id -> messages in order
    threads: dict[int, dict[str, Any]] = field(default_factory=dict)  # thread id -> thread channel
    nonces: dict[tuple[int, str], dict[str, Any]] = field(default_factory=dict)
    commands: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # "global" | guild id -> commands
    responses: list[dict[str, Any]] = field(default_factory=list)  # interaction callbacks
    webhook_messages: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # token -> messages


class FakeDiscord:
    def __init__(self, *, channels: tuple[int, ...] = (CHANNEL_ID, OTHER_CHANNEL_ID),
                 token: str = "test-token") -> None:
        self.channels = channels
        self.token = token
        self.state = _State()
        self.calls: list[Call] = []
        self.nonce_window = True
        self.identified = 0
        self.heartbeats = 0
        self._ids = itertools.count(1)
        self._rate_limits: list[float] = []
        self._failing: dict[int, tuple[int, int, str]] = {}
        self._drop_next_accept: int = 0
        self._changed = asyncio.Condition()
        self._sockets: list[web.WebSocketResponse] = []
        self.intents: int | None = None
        self._runner: web.AppRunner | None = None
        self._seq = 0
        self.port = 0

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def close(self) -> None:
        for ws in list(self._sockets):
            with contextlib.suppress(Exception):
                await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> yarl.URL:
        return yarl.URL(f"ws://127.0.0.1:{self.port}/gateway")

    # ------------------------------------------------------------------ test controls

    def rate_limit(self, count: int, retry_after: float = 0.01) -> None:
        """The next ``count`` message sends/edits get a 429 with ``retry_after`` seconds."""
        self._rate_limits.extend([retry_after] * count)

    def fail_channel(self, channel_id: int, status: int = 403, code: int = 50001,
                     message: str = "Missing Access") -> None:
        self._failing[channel_id] = (status, code, message)

    def drop_next_accepted(self, count: int = 1) -> None:
        """Accept the next ``count`` message posts, then cut the connection before answering (a crash)."""
        self._drop_next_accept += count

    async def wait_for(self, predicate: Callable[[], bool], timeout: float = 10.0) -> None:
        """Wait until ``predicate()`` holds; it is re-checked after every request the fake handles."""
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(predicate), timeout)

    def messages(self, channel_id: int | str) -> list[dict[str, Any]]:
        return self.state.messages.get(int(channel_id), [])

    def calls_to(self, method: str, pattern: str) -> list[Call]:
        rx = re.compile(pattern)
        return [c for c in self.calls if c.method == method and rx.search(c.path)]

    # ------------------------------------------------------------------ gateway

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        self._seq += 1
        frame = json.dumps({"op": 0, "t": event, "s": self._seq, "d": data})
        for ws in list(self._sockets):
            await ws.send_str(frame)

    async def dispatch_interaction(self, sub: str, options: dict[str, Any] | None = None, *,
                                   user_id: int = MEMBER_ID, admin: bool = False,
                                   channel_id: int = CHANNEL_ID, command: str = "standoff") -> dict[str, Any]:
        """Send INTERACTION_CREATE for ``/command sub option=value ...``; returns the interaction payload."""
        sub_opts = [{"name": k, "type": _option_type(v), "value": v} for k, v in (options or {}).items()]
        perms = SEND_PERMS | (MANAGE_GUILD if admin else 0)
        inter = {
            "id": str(self._snowflake()),
            "application_id": str(APP_ID),
            "type": 2,
            "token": f"itok-{next(self._ids)}",
            "version": 1,
            "guild_id": str(GUILD_ID),
            "channel_id": str(channel_id),
            "channel": _channel(channel_id),
            "member": {
                "user": _user(user_id, "admin" if admin else "member"),
                "roles": [],
                "joined_at": "2026-01-01T00:00:00+00:00",
                "deaf": False,
                "mute": False,
                "flags": 0,
                "permissions": str(perms),
            },
            "app_permissions": str(SEND_PERMS),
            "data": {"id": str(APP_ID + 10), "name": command, "type": 1,
                     "options": [{"name": sub, "type": 1, "options": sub_opts}]},
            "locale": "en-US",
            "guild_locale": "en-US",
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(GUILD_ID)},
            "context": 0,
            "attachment_size_limit": 8388608,
        }
        await self.dispatch("INTERACTION_CREATE", inter)
        return inter

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._sockets.append(ws)
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 41250}}))
        try:
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    continue
                payload = json.loads(msg.data)
                op = payload.get("op")
                if op == 1:
                    self.heartbeats += 1
                    await ws.send_str(json.dumps({"op": 11}))
                elif op == 2:
                    if payload["d"].get("token") != self.token:
                        await ws.close(code=4004, message=b"Authentication failed.")
                        break
                    self.identified += 1
                    self.intents = payload["d"].get("intents")
                    await self.dispatch("READY", {
                        "v": 10,
                        "user": _user(BOT_ID, "standoff-bot", bot=True),
                        "guilds": [{"id": str(GUILD_ID), "unavailable": True}],
                        "session_id": f"session-{self.identified}",
                        "resume_gateway_url": str(self.gateway_url),
                        "application": {"id": str(APP_ID), "flags": 0},
                        "shard": [0, 1],
                    })
                    await self.dispatch("GUILD_CREATE", self._guild())
                await self._notify()
        finally:
            self._sockets.remove(ws)
        return ws

    def _guild(self) -> dict[str, Any]:
        return {
            "id": str(GUILD_ID), "name": "Test Guild", "icon": None, "owner_id": str(ADMIN_ID),
            "unavailable": False, "member_count": 3, "large": False, "features": [], "emojis": [], "stickers": [],
            "roles": [{"id": str(GUILD_ID), "name": "@everyone", "permissions": str(SEND_PERMS), "position": 0,
                       "color": 0, "hoist": False, "managed": False, "mentionable": False, "flags": 0}],
            "channels": [_channel(c) for c in self.channels],
            "threads": [], "members": [], "voice_states": [], "presences": [],
            "premium_tier": 0, "verification_level": 0, "default_message_notifications": 0,
            "explicit_content_filter": 0, "mfa_level": 0, "nsfw_level": 0, "preferred_locale": "en-US",
            "system_channel_flags": 0, "afk_timeout": 300, "joined_at": "2026-01-01T00:00:00+00:00",
        }

    # ------------------------------------------------------------------ REST

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        body: Any = None
        if request.can_read_body:
            raw = await request.read()
            body = json.loads(raw) if raw and request.content_type == "application/json" else None
        call = Call(request.method, path, dict(request.query), body)
        self.calls.append(call)
        try:
            resp = await self._route(request, path, body, call)
        except _Dropped:
            if request.transport is not None:
                request.transport.close()  # the message is stored; the client never hears back
            await self._notify()
            return web.Response(status=500)
        call.status = resp.status
        await self._notify()
        return resp

    async def _route(self, request: web.Request, path: str, body: Any, call: Call) -> web.StreamResponse:
        method = request.method
        webhook = path.startswith(("/interactions/", "/webhooks/"))  # these authenticate by their token
        if not webhook and request.headers.get("Authorization") != f"Bot {self.token}":
            return _error(401, 0, "401: Unauthorized")
        if method == "GET" and path == "/users/@me":
            return _json(_user(BOT_ID, "standoff-bot", bot=True))
        if method == "GET" and path == "/oauth2/applications/@me":
            return _json(_app_info())
        if method == "GET" and path == "/gateway/bot":
            return _json({"url": str(self.gateway_url), "shards": 1,
                          "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 0,
                                                  "max_concurrency": 1}})
        m = re.fullmatch(r"/applications/(\d+)(?:/guilds/(\d+))?/commands", path)
        if m and method == "PUT":
            scope = m.group(2) or "global"
            cmds = [{**c, "id": str(self._snowflake()), "application_id": m.group(1), "version": "1",
                     **({"guild_id": scope} if scope != "global" else {})} for c in body]
            self.state.commands[scope] = cmds
            return _json(cmds)
        m = re.fullmatch(r"/interactions/(\d+)/([^/]+)/callback", path)
        if m and method == "POST":
            return self._interaction_callback(int(m.group(1)), m.group(2), body)
        m = re.fullmatch(r"/webhooks/(\d+)/([^/]+)(/messages/@original)?", path)
        if m:
            return self._webhook(method, m.group(2), bool(m.group(3)), body)
        m = re.fullmatch(r"/channels/(\d+)/messages(?:/(\d+))?(/threads)?", path)
        if m:
            channel_id = int(m.group(1))
            if channel_id in self._failing:
                status, code, message = self._failing[channel_id]
                return _error(status, code, message)
            if channel_id not in self.channels and channel_id not in self.state.threads:
                return _error(404, 10003, "Unknown Channel")
            message_id = int(m.group(2)) if m.group(2) else None
            if m.group(3) and method == "POST" and message_id is not None:
                return self._start_thread(channel_id, message_id, body)
            if method in ("POST", "PATCH") and self._rate_limits:
                return _rate_limited(self._rate_limits.pop(0))
            if method == "POST" and message_id is None:
                return self._post_message(channel_id, body)
            if method == "GET" and message_id is None:
                limit = int(call.query.get("limit", "50"))
                msgs = [_public(x) for x in reversed(self.messages(channel_id))][:limit]
                return _json(msgs)
            if message_id is not None:
                found = next((x for x in self.messages(channel_id) if int(x["id"]) == message_id), None)
                if found is None:
                    return _error(404, 10008, "Unknown Message")
                if method == "GET":
                    return _json(_public(found))
                if method == "PATCH":
                    _check_limits(body)
                    found.update({k: v for k, v in body.items() if k in ("content", "embeds", "allowed_mentions")})
                    found["edited_timestamp"] = datetime.now(UTC).isoformat()
                    found["edits"] = found.get("edits", 0) + 1
                    return _json(_public(found))
        return _error(404, 0, f"404: Not Found ({method} {path})")

    def _post_message(self, channel_id: int, body: dict[str, Any]) -> web.Response:
        problem = _check_limits(body)
        if problem:
            return _error(400, 50035, f"Invalid Form Body: {problem}")
        nonce = body.get("nonce")
        if nonce is not None and len(str(nonce)) > 25:
            return _error(400, 50035, "Invalid Form Body: nonce longer than 25")
        if nonce is not None and body.get("enforce_nonce") and self.nonce_window:
            seen = self.state.nonces.get((channel_id, str(nonce)))
            if seen is not None:
                return _json(seen)
        msg = self._message(channel_id, body)
        self.state.messages.setdefault(channel_id, []).append(msg)
        if channel_id in self.state.threads:
            self.state.threads[channel_id]["message_count"] += 1
        if nonce is not None:
            self.state.nonces[(channel_id, str(nonce))] = msg
        if self._drop_next_accept:
            self._drop_next_accept -= 1
            raise _Dropped()
        return _json(msg)

    def _start_thread(self, channel_id: int, message_id: int, body: dict[str, Any]) -> web.Response:
        parent = next((x for x in self.messages(channel_id) if int(x["id"]) == message_id), None)
        if parent is None:
            return _error(404, 10008, "Unknown Message")
        if message_id in self.state.threads:
            return _error(400, 160004, "A thread has already been created for this message")
        name = body.get("name", "")
        if not 1 <= len(name) <= 100:
            return _error(400, 50035, "Invalid Form Body: name must be 1-100 characters")
        thread = {
            "id": str(message_id), "type": 11, "guild_id": str(GUILD_ID), "parent_id": str(channel_id),
            "owner_id": str(BOT_ID), "name": name, "message_count": 0, "member_count": 1,
            "rate_limit_per_user": 0, "flags": 0, "last_message_id": None,
            "thread_metadata": {"archived": False, "auto_archive_duration": body.get("auto_archive_duration", 1440),
                                "archive_timestamp": datetime.now(UTC).isoformat(), "locked": False},
        }
        self.state.threads[message_id] = thread
        self.state.messages.setdefault(message_id, [])
        parent["thread"] = thread
        return _json(thread, status=201)

    def _interaction_callback(self, interaction_id: int, token: str, body: dict[str, Any]) -> web.Response:
        kind = body.get("type")
        data = body.get("data") or {}
        problem = _check_limits(data)
        if problem:
            return _error(400, 50035, f"Invalid Form Body: {problem}")
        ephemeral = bool(int(data.get("flags", 0)) & 64)
        msg = self._message(CHANNEL_ID, data)
        msg["flags"] = int(data.get("flags", 0)) | (128 if kind == 5 else 0)
        msg["interaction_token"] = token
        self.state.responses.append({"interaction_id": interaction_id, "token": token, "type": kind,
                                     "data": data, "ephemeral": ephemeral, "message": msg})
        self.state.webhook_messages.setdefault(token, []).append(msg)
        return _json({
            "interaction": {"id": str(interaction_id), "type": 2, "response_message_id": msg["id"],
                            "response_message_loading": kind == 5, "response_message_ephemeral": ephemeral},
            "resource": {"type": kind, "message": _public(msg)},
        })

    def _webhook(self, method: str, token: str, original: bool, body: Any) -> web.Response:
        msgs = self.state.webhook_messages.setdefault(token, [])
        if original:
            if not msgs:
                return _error(404, 10008, "Unknown Message")
            if method == "DELETE":
                msgs[0]["deleted"] = True
                return web.Response(status=204)
            if method == "PATCH":
                problem = _check_limits(body)
                if problem:
                    return _error(400, 50035, f"Invalid Form Body: {problem}")
                msgs[0].update({k: v for k, v in body.items() if k in ("content", "embeds", "allowed_mentions")})
                msgs[0]["flags"] = msgs[0].get("flags", 0) & ~128
                return _json(_public(msgs[0]))
            return _json(_public(msgs[0]))
        if method == "POST":
            problem = _check_limits(body)
            if problem:
                return _error(400, 50035, f"Invalid Form Body: {problem}")
            first_after_defer = bool(msgs) and msgs[0].get("flags", 0) & 128 and not msgs[0].get("deleted")
            if first_after_defer:  # the first follow-up after a deferral replaces the "thinking" message
                msgs[0].update({k: v for k, v in body.items() if k in ("content", "embeds", "allowed_mentions")})
                msgs[0]["flags"] = msgs[0]["flags"] & ~128
                return _json(_public(msgs[0]))
            msg = self._message(CHANNEL_ID, body)
            msg["flags"] = int(body.get("flags", 0))
            msg["followup"] = True
            msgs.append(msg)
            return _json(_public(msg))
        return _error(405, 0, "Method Not Allowed")

    # ------------------------------------------------------------------ helpers

    def _snowflake(self) -> int:
        """Ids carry the real creation time, as Discord's do: discord.py derives token expiry from them."""
        n = next(self._ids)
        return ((int(time.time() * 1000) - _DISCORD_EPOCH_MS) << 22) + (n & 0x3FFFFF)

    def _message(self, channel_id: int, body: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": str(self._snowflake()), "channel_id": str(channel_id), "type": 0,
            "author": _user(BOT_ID, "standoff-bot", bot=True),
            "content": body.get("content") or "", "embeds": body.get("embeds") or [],
            "allowed_mentions": body.get("allowed_mentions"),
            "nonce": body.get("nonce"), "timestamp": datetime.now(UTC).isoformat(), "edited_timestamp": None,
            "tts": False, "mention_everyone": False, "mentions": [], "mention_roles": [], "attachments": [],
            "pinned": False, "flags": int(body.get("flags", 0) or 0), "components": [],
        }

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()


class _Dropped(Exception):
    """Raised inside a handler: aiohttp then drops the connection without a response."""


def _public(msg: dict[str, Any]) -> dict[str, Any]:
    """A message as Discord's REST returns it on GET: no nonce, none of our bookkeeping."""
    return {k: v for k, v in msg.items()
            if k not in ("nonce", "allowed_mentions", "edits", "interaction_token", "deleted", "followup")}


def _option_type(value: Any) -> int:
    if isinstance(value, bool):
        return 5
    if isinstance(value, int):
        return 4
    if isinstance(value, float):
        return 10
    return 3


def _user(uid: int, name: str, *, bot: bool = False) -> dict[str, Any]:
    return {"id": str(uid), "username": name, "discriminator": "0", "global_name": name, "avatar": None,
            "bot": bot, "public_flags": 0, "flags": 0}


def _channel(cid: int) -> dict[str, Any]:
    return {"id": str(cid), "type": 0, "guild_id": str(GUILD_ID), "name": f"alerts-{cid % 1000}",
            "position": 0, "permission_overwrites": [], "nsfw": False, "parent_id": None, "topic": None,
            "rate_limit_per_user": 0, "last_message_id": None, "flags": 0}


def _app_info() -> dict[str, Any]:
    return {"id": str(APP_ID), "name": "standoff-bot", "description": "", "icon": None, "bot_public": True,
            "bot_require_code_grant": False, "owner": _user(ADMIN_ID, "owner"), "verify_key": "00",
            "flags": 0, "summary": "", "rpc_origins": [], "team": None, "interactions_endpoint_url": None}


def _body(data: Any) -> bytes:
    return json.dumps(data).encode()


# discord.py parses JSON only when Content-Type is exactly "application/json" (no charset).
_JSON = {"Content-Type": "application/json"}


def _json(data: Any, status: int = 200) -> web.Response:
    return web.Response(
        status=status, body=_body(data),
        headers={**_JSON, "X-RateLimit-Limit": "50", "X-RateLimit-Remaining": "49", "X-RateLimit-Reset-After": "0.001",
                 "X-RateLimit-Reset": "0", "X-RateLimit-Bucket": "fakebucket"},
    )


def _error(status: int, code: int, message: str) -> web.Response:
    return web.Response(status=status, body=_body({"code": code, "message": message}), headers=_JSON)


def _rate_limited(retry_after: float) -> web.Response:
    return web.Response(
        status=429,
        body=_body({"message": "You are being rate limited.", "retry_after": retry_after, "global": False}),
        headers={**_JSON, "Retry-After": f"{retry_after}", "X-RateLimit-Limit": "5", "X-RateLimit-Remaining": "0",
                 "X-RateLimit-Reset-After": f"{retry_after}", "X-RateLimit-Reset": "0",
                 "X-RateLimit-Bucket": "fakebucket", "X-RateLimit-Scope": "user", "Via": "1.1 google"},
    )


def _check_limits(body: dict[str, Any] | None) -> str | None:
    """Discord's message limits, as the real API enforces them (400 Invalid Form Body)."""
    if not body:
        return None
    if len(body.get("content") or "") > 2000:
        return "content longer than 2000"
    embeds = body.get("embeds") or []
    if len(embeds) > 10:
        return "more than 10 embeds"
    total = 0
    for e in embeds:
        checks = [(len(e.get("title", "")), 256, "title"), (len(e.get("description", "")), 4096, "description"),
                  (len(e.get("fields", [])), 25, "fields"),
                  (len(e.get("footer", {}).get("text", "")), 2048, "footer")]
        for f in e.get("fields", []):
            checks += [(len(f.get("name", "")), 256, "field name"), (len(f.get("value", "")), 1024, "field value")]
            if not f.get("name") or not f.get("value"):
                return "empty field"
        for size, limit, what in checks:
            if size > limit:
                return f"embed {what} longer than {limit}"
        total += len(e.get("title", "")) + len(e.get("description", "")) + len(e.get("footer", {}).get("text", ""))
        total += sum(len(f.get("name", "")) + len(f.get("value", "")) for f in e.get("fields", []))
    if total > 6000:
        return "embeds longer than 6000 in total"
    return None


@contextlib.contextmanager
def patch_discord(fake: FakeDiscord) -> Iterator[None]:
    """Point discord.py's REST base and gateway at ``fake``; restore both afterwards."""
    old_base = discord.http.Route.BASE
    old_gateway = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    discord.http.Route.BASE = fake.base_url
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = fake.gateway_url
    try:
        yield
    finally:
        discord.http.Route.BASE = old_base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = old_gateway
