"""A loopback fake of the Slack Web API (aiohttp, port 0) that the real slack_sdk client talks to.

Records every call; keeps channels, threads and message metadata so conversations.history and
conversations.replies answer like Slack; answers 429 with Retry-After, channel errors
(channel_not_found, not_in_channel, is_archived) and invalid_blocks on Block Kit limits
(50 blocks, 3000 characters of section text, 150 of header text). Also receives response_url posts.

Crash simulation: ``hold_after(n, method)`` makes the n-th accepted chat.postMessage (or chat.update)
keep its response until ``release`` is set, after setting ``accepted``.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import web

MAX_BLOCKS = 50
MAX_SECTION = 3000
MAX_HEADER = 150


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    token: str | None


@dataclass
class Held:
    after: int
    method: str = "chat.postMessage"
    accepted: asyncio.Event = field(default_factory=asyncio.Event)
    release: asyncio.Event = field(default_factory=asyncio.Event)


class FakeSlack:
    def __init__(self, token: str = "xoxb-test", app_token: str = "xapp-test") -> None:
        self.token = token
        self.app_token = app_token
        self.socket: web.WebSocketResponse | None = None  # the bot's Socket Mode connection
        self.socket_connected = asyncio.Event()
        self.socket_acks: list[dict[str, Any]] = []
        self.socket_acked = asyncio.Event()
        self.calls: list[Call] = []
        self.messages: dict[str, list[dict[str, Any]]] = {}  # channel -> messages, oldest first
        self.responses: list[dict[str, Any]] = []  # bodies posted to response_url
        self.responded = asyncio.Event()  # set on every response_url post
        self.users: dict[str, dict[str, Any]] = {}
        self.channel_errors: dict[str, str] = {}
        self.rate_limits: list[float] = []  # Retry-After values for the next chat.* calls
        self.rate_limit_every: int | None = None  # also refuse every n-th chat.* call with 429
        self.rate_limit_retry_after = 1.0
        self._chat_calls = 0
        self.held: Held | None = None
        self._accepted: dict[str, int] = {}  # method -> accepted calls
        self._ts = 1_772_366_400_000_000  # microseconds; ts strings look like Slack's "1772366400.000100"
        self._runner: web.AppRunner | None = None
        self.port = 0

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> str:
        app = web.Application()
        app.router.add_post("/api/{method}", self._handle)
        app.router.add_get("/api/{method}", self._handle)
        app.router.add_post("/respond/{rid}", self._respond)
        app.router.add_get("/socket", self._socket)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self.api_url

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    def response_url(self, rid: str = "r1") -> str:
        return f"http://127.0.0.1:{self.port}/respond/{rid}"

    # ------------------------------------------------------------------ test helpers

    def hold_after(self, n: int, method: str = "chat.postMessage") -> Held:
        self.held = Held(after=n, method=method)
        return self.held

    async def response(self, n: int = 1) -> dict[str, Any]:
        """Wait (on an event, never a sleep) until ``n`` response_url posts arrived; return the n-th."""
        while len(self.responses) < n:
            self.responded.clear()
            await self.responded.wait()
        return self.responses[n - 1]

    async def send_envelope(self, envelope: dict[str, Any]) -> dict[str, Any]:
        """Push a Socket Mode envelope to the connected bot and wait for its ack."""
        await self.socket_connected.wait()
        assert self.socket is not None
        n = len(self.socket_acks)
        await self.socket.send_json(envelope)
        while len(self.socket_acks) <= n:
            self.socket_acked.clear()
            await self.socket_acked.wait()
        return self.socket_acks[n]

    def calls_to(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    def channel(self, channel: str) -> list[dict[str, Any]]:
        """Top-level messages of a channel (with thread broadcasts), oldest first."""
        return [m for m in self.messages.get(channel, []) if not m.get("thread_ts") or m["thread_ts"] == m["ts"]
                or m.get("subtype") == "thread_broadcast"]

    def thread(self, channel: str, ts: str) -> list[dict[str, Any]]:
        return [m for m in self.messages.get(channel, []) if m.get("thread_ts") == ts and m["ts"] != ts]

    def all_texts(self) -> list[str]:
        out = []
        for c in self.calls:
            if c.method in ("chat.postMessage", "chat.update"):
                out.append(json.dumps({"text": c.params.get("text"), "blocks": c.params.get("blocks")}))
        out += [json.dumps(r) for r in self.responses]
        return out

    # ------------------------------------------------------------------ handlers

    async def _params(self, request: web.Request) -> dict[str, Any]:
        params: dict[str, Any] = dict(request.query)
        body = await request.read()
        if body:
            ctype = request.headers.get("Content-Type", "")
            if "json" in ctype:
                params.update(json.loads(body))
            else:
                params.update(dict(parse_qsl(body.decode())))
        for k in ("blocks", "metadata"):
            if isinstance(params.get(k), str):
                params[k] = json.loads(params[k])
        return params

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self.socket = ws
        await ws.send_json({"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A1"}})
        self.socket_connected.set()
        async for msg in ws:
            if msg.type == web.WSMsgType.TEXT:
                self.socket_acks.append(json.loads(msg.data))
                self.socket_acked.set()
        return ws

    async def _respond(self, request: web.Request) -> web.Response:
        self.responses.append(json.loads(await request.read()))
        self.responded.set()
        return web.Response(text="ok")

    def _next_ts(self) -> str:
        self._ts += 100
        return f"{self._ts // 1_000_000}.{self._ts % 1_000_000:06d}"

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await self._params(request)
        auth = request.headers.get("Authorization", "")
        token = auth.removeprefix("Bearer ") if auth.startswith("Bearer ") else params.get("token")
        self.calls.append(Call(method, params, token))
        if method == "apps.connections.open":
            if token != self.app_token:
                return _ok({"ok": False, "error": "invalid_auth"})
            return _ok({"ok": True, "url": f"ws://127.0.0.1:{self.port}/socket"})
        if token != self.token:
            return _ok({"ok": False, "error": "invalid_auth"})
        if method.startswith("chat."):
            self._chat_calls += 1
        every = self.rate_limit_every
        if method.startswith("chat.") and (self.rate_limits or (every and self._chat_calls % every == 0)):
            retry = self.rate_limits.pop(0) if self.rate_limits else self.rate_limit_retry_after
            return web.json_response({"ok": False, "error": "ratelimited"}, status=429,
                                     headers={"Retry-After": f"{retry:g}"})
        handler = getattr(self, "_m_" + method.replace(".", "_"), None)
        if handler is None:
            return _ok({"ok": False, "error": "unknown_method"})
        return await handler(params)

    async def _m_auth_test(self, p: dict[str, Any]) -> web.Response:
        return _ok({"ok": True, "url": "https://fake.slack.test/", "team": "Fake", "user": "standoff",
                    "team_id": "T1", "user_id": "UBOT", "bot_id": "BBOT"})

    async def _m_users_info(self, p: dict[str, Any]) -> web.Response:
        user = self.users.get(p.get("user", ""))
        if user is None:
            return _ok({"ok": False, "error": "user_not_found"})
        return _ok({"ok": True, "user": {"id": p["user"], "name": user.get("name", "someone"), **user}})

    def _check(self, p: dict[str, Any]) -> str | None:
        ch = p.get("channel", "")
        if ch in self.channel_errors:
            return self.channel_errors[ch]
        blocks = p.get("blocks") or []
        if len(blocks) > MAX_BLOCKS:
            return "invalid_blocks"
        for b in blocks:
            if b.get("type") == "header" and len(b["text"]["text"]) > MAX_HEADER:
                return "invalid_blocks"
            if b.get("type") == "section" and "text" in b and len(b["text"]["text"]) > MAX_SECTION:
                return "invalid_blocks"
            if b.get("type") == "section" and len(b.get("fields", [])) > 10:
                return "invalid_blocks"
        if not p.get("text") and not blocks:
            return "no_text"
        return None

    async def _m_chat_postMessage(self, p: dict[str, Any]) -> web.Response:
        err = self._check(p)
        if err:
            return _ok({"ok": False, "error": err})
        ch = p["channel"]
        ts = self._next_ts()
        msg: dict[str, Any] = {"type": "message", "ts": ts, "text": p.get("text", ""), "bot_id": "BBOT",
                               "blocks": p.get("blocks", [])}
        if p.get("thread_ts"):
            parent = next((m for m in self.messages.get(ch, []) if m["ts"] == p["thread_ts"]), None)
            if parent is None:
                return _ok({"ok": False, "error": "thread_not_found"})
            msg["thread_ts"] = p["thread_ts"]
            parent.setdefault("thread_ts", parent["ts"])
            parent["reply_count"] = parent.get("reply_count", 0) + 1
            if str(p.get("reply_broadcast")).lower() in ("true", "1"):
                msg["subtype"] = "thread_broadcast"
        if p.get("metadata"):
            msg["metadata"] = p["metadata"]
        self.messages.setdefault(ch, []).append(msg)
        await self._maybe_hold("chat.postMessage")
        return _ok({"ok": True, "channel": ch, "ts": ts, "message": msg})

    async def _m_chat_update(self, p: dict[str, Any]) -> web.Response:
        err = self._check(p)
        if err:
            return _ok({"ok": False, "error": err})
        msg = next((m for m in self.messages.get(p["channel"], []) if m["ts"] == p.get("ts")), None)
        if msg is None:
            return _ok({"ok": False, "error": "message_not_found"})
        msg["text"] = p.get("text", "")
        msg["blocks"] = p.get("blocks", [])
        msg["edited"] = {"user": "UBOT", "ts": self._next_ts()}
        await self._maybe_hold("chat.update")
        return _ok({"ok": True, "channel": p["channel"], "ts": msg["ts"], "text": msg["text"]})

    async def _maybe_hold(self, method: str) -> None:
        self._accepted[method] = self._accepted.get(method, 0) + 1
        held = self.held
        if held is not None and held.method == method and self._accepted[method] == held.after:
            held.accepted.set()
            await held.release.wait()

    def _view(self, m: dict[str, Any], with_meta: bool) -> dict[str, Any]:
        out = {k: v for k, v in m.items() if k != "metadata"}
        if with_meta and "metadata" in m:
            out["metadata"] = m["metadata"]
        return out

    async def _m_conversations_history(self, p: dict[str, Any]) -> web.Response:
        ch = p.get("channel", "")
        if ch in self.channel_errors:
            return _ok({"ok": False, "error": self.channel_errors[ch]})
        limit = int(p.get("limit", 100))
        meta = str(p.get("include_all_metadata")).lower() in ("true", "1")
        msgs = list(reversed(self.channel(ch)))[:limit]
        return _ok({"ok": True, "messages": [self._view(m, meta) for m in msgs], "has_more": False})

    async def _m_conversations_replies(self, p: dict[str, Any]) -> web.Response:
        ch = p.get("channel", "")
        ts = p.get("ts", "")
        meta = str(p.get("include_all_metadata")).lower() in ("true", "1")
        parent = [m for m in self.messages.get(ch, []) if m["ts"] == ts]
        if not parent:
            return _ok({"ok": False, "error": "thread_not_found"})
        msgs = (parent + self.thread(ch, ts))[: int(p.get("limit", 1000))]
        return _ok({"ok": True, "messages": [self._view(m, meta) for m in msgs], "has_more": False})


def _ok(body: dict[str, Any]) -> web.Response:
    return web.json_response(body)
