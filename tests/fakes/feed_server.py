"""A loopback feed server (aiohttp, port 0) serving fixture feeds, with the misbehaviours feeds show.

Each path maps to a ``Route``: a body with ETag / Last-Modified (answering conditional GETs with 304),
or a failure mode: a status with headers (500, 429 + Retry-After), a redirect, a response that stalls
until released, a truncated body, a gzip body. Every request is logged so tests can assert on headers.

Used in-loop by tests (``async with FeedServer() as srv``) and from a thread by the benchmark
(``ThreadedFeedServer``).
"""

from __future__ import annotations

import asyncio
import gzip
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field

from aiohttp import web


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "application/rss+xml; charset=utf-8"
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    redirect_to: str | None = None  # path or absolute URL; status 302 unless status is a 3xx
    stall: bool = False  # wait for the server's release event before answering
    truncate_to: int | None = None  # announce the full length, send this many bytes, drop the connection
    gzip_body: bool = False  # send ``body`` gzip-compressed with Content-Encoding: gzip
    raw_encoded: bytes | None = None  # send these bytes as-is with Content-Encoding: gzip


@dataclass
class Hit:
    path: str
    headers: Mapping[str, str]
    status: int


class FeedServer:
    def __init__(self, routes: dict[str, Route] | None = None) -> None:
        self.routes: dict[str, Route] = dict(routes or {})
        self.hits: list[Hit] = []
        self.release = asyncio.Event()
        self.stalled = asyncio.Event()  # set when a stalling route has been reached
        self._runner: web.AppRunner | None = None
        self.port = 0

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def hits_for(self, path: str) -> list[Hit]:
        return [h for h in self.hits if h.path == path]

    async def start(self) -> FeedServer:
        app = web.Application()
        app.router.add_route("GET", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None
        self.port = server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        self.release.set()
        if self._runner is not None:
            await self._runner.cleanup()

    async def __aenter__(self) -> FeedServer:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        path = request.path_qs
        route = self.routes.get(path) or self.routes.get(request.path)
        if route is None:
            self.hits.append(Hit(path, dict(request.headers), 404))
            return web.Response(status=404, text="not found")
        if route.stall:
            self.stalled.set()
            await self.release.wait()
        status = self._status(request, route)
        self.hits.append(Hit(path, dict(request.headers), status))
        headers = dict(route.headers)
        if route.etag:
            headers["ETag"] = route.etag
        if route.last_modified:
            headers["Last-Modified"] = route.last_modified
        if route.redirect_to is not None:
            headers["Location"] = route.redirect_to
            return web.Response(status=route.status if 300 <= route.status < 400 else 302, headers=headers)
        if status == 304:
            return web.Response(status=304, headers=headers)
        if route.truncate_to is not None:
            resp = web.StreamResponse(status=status, headers={**headers, "Content-Type": route.content_type})
            resp.content_length = len(route.body)
            await resp.prepare(request)
            await resp.write(route.body[: route.truncate_to])
            transport = request.transport
            if transport is not None:
                transport.close()
            return resp
        body = route.body
        if route.raw_encoded is not None:
            body = route.raw_encoded
            headers["Content-Encoding"] = "gzip"
        elif route.gzip_body:
            body = gzip.compress(route.body)
            headers["Content-Encoding"] = "gzip"
        headers["Content-Type"] = route.content_type
        return web.Response(status=status, body=body, headers=headers)

    @staticmethod
    def _status(request: web.Request, route: Route) -> int:
        if route.status != 200:
            return route.status
        inm = request.headers.get("If-None-Match")
        if route.etag and inm is not None:
            return 304 if inm == route.etag else 200
        ims = request.headers.get("If-Modified-Since")
        if route.last_modified and ims is not None and ims == route.last_modified:
            return 304
        return 200


class ThreadedFeedServer:
    """A FeedServer on its own event loop in a daemon thread (for the benchmark)."""

    def __init__(self, routes: dict[str, Route]) -> None:
        self._routes = routes
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self.server: FeedServer | None = None

    def __enter__(self) -> FeedServer:
        self._thread.start()

        async def make() -> FeedServer:
            return await FeedServer(self._routes).start()

        self.server = asyncio.run_coroutine_threadsafe(make(), self._loop).result(timeout=30)
        return self.server

    def __exit__(self, *exc: object) -> None:
        if self.server is not None:
            asyncio.run_coroutine_threadsafe(self.server.stop(), self._loop).result(timeout=30)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=30)
        self._loop.close()
