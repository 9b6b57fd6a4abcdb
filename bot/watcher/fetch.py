"""Fetching feed bodies: async httpx over an injectable transport, and local files and folders.

Conditional GET (If-None-Match / If-Modified-Since; a 304 returns no body), a total time limit,
a cap on the body as sent and another after decompression (so a gzip bomb stops at the cap),
redirects followed by hand up to a cap, and for chat-origin sources the URL safety check on the
first request and on every redirect hop.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import zlib
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import httpx

from bot.config import WatcherConfig
from bot.errors import FetchError, UnsafeURL
from bot.watcher.policy import parse_max_age, parse_retry_after
from bot.watcher.safety import Resolver, check_url

REDIRECT_CODES = (301, 302, 303, 307, 308)
FEED_SUFFIXES = (".xml", ".rss", ".atom", ".rdf", ".json", ".feed")


@dataclass
class FetchResult:
    url: str  # the final URL after redirects
    status: int
    body: bytes | None  # None when not modified
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None
    max_age: float | None = None

    @property
    def not_modified(self) -> bool:
        return self.body is None


# --------------------------------------------------------------------------- local files

def is_local(url: str) -> bool:
    return url.startswith("file:") or "://" not in url


def local_path(url: str) -> Path:
    if url.startswith("file:"):
        parts = urlsplit(url)
        return Path(unquote(parts.path))
    return Path(url).expanduser()


def _file_sig(st: os.stat_result) -> str:
    return f"{st.st_mtime_ns:x}-{st.st_size:x}"


def feed_files(folder: Path) -> list[Path]:
    """Files of a folder source, sorted: feed-like suffixes, or any file when none have one."""
    files = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    feeds = [p for p in files if p.suffix.lower() in FEED_SUFFIXES]
    return feeds or files


def read_local(url: str, *, etag: str | None, max_bytes: int) -> tuple[str, list[Path]]:
    """Look at a file or folder source. Returns (signature, files to read); the list is empty when the
    signature equals ``etag`` (nothing changed). Bodies are read one at a time with ``read_file``."""
    path = local_path(url)
    try:
        if path.is_dir():
            files = feed_files(path)
            sig = hashlib.blake2b(
                "\n".join(f"{p.name}\t{_file_sig(p.stat())}" for p in files).encode(), digest_size=12
            ).hexdigest()
            return sig, ([] if sig == etag else files)
        st = path.stat()
        sig = _file_sig(st)
        if sig == etag:
            return sig, []
        if st.st_size > max_bytes:
            raise FetchError(f"file is larger than the {max_bytes:,}-byte cap", url=url, permanent=True)
        return sig, [path]
    except FileNotFoundError as exc:
        raise FetchError(f"no such file or folder: {path}", url=url) from exc
    except PermissionError as exc:
        raise FetchError(f"permission denied: {path}", url=url) from exc
    except OSError as exc:
        raise FetchError(f"cannot read {path}: {exc.strerror}", url=url) from exc


def read_file(path: Path, max_bytes: int) -> bytes:
    """A local feed file's bytes. Raises FetchError when it is missing, unreadable or over ``max_bytes``."""
    try:
        if path.stat().st_size > max_bytes:
            raise FetchError(f"{path.name}: over the {max_bytes:,}-byte cap", url=str(path))
        return path.read_bytes()
    except OSError as exc:
        raise FetchError(f"{path.name}: cannot read ({exc.strerror})", url=str(path)) from exc


# --------------------------------------------------------------------------- HTTP

class _Inflater:
    """Bounded decompression of a Content-Encoding: stops with FetchError past ``limit`` bytes out."""

    def __init__(self, encoding: str, limit: int, url: str) -> None:
        enc = encoding.strip().lower()
        if enc in ("", "identity"):
            self._z = None
        elif enc in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif enc == "deflate":
            self._z = zlib.decompressobj(zlib.MAX_WBITS)
        else:
            raise FetchError(f"unsupported Content-Encoding {encoding!r}", url=url)
        self._limit = limit
        self._url = url
        self._out: list[bytes] = []
        self._size = 0

    def _add(self, chunk: bytes) -> None:
        self._size += len(chunk)
        if self._size > self._limit:
            raise FetchError(f"body is larger than the {self._limit:,}-byte decompressed cap", url=self._url)
        self._out.append(chunk)

    def feed(self, data: bytes) -> None:
        if self._z is None:
            self._add(data)
            return
        try:
            while data:
                room = self._limit - self._size + 1
                chunk = self._z.decompress(data, room)
                self._add(chunk)
                data = self._z.unconsumed_tail
        except zlib.error as exc:
            raise FetchError(f"corrupt compressed body ({exc})", url=self._url) from exc

    def finish(self) -> bytes:
        if self._z is not None:
            try:
                self._add(self._z.flush())
            except zlib.error as exc:
                raise FetchError(f"corrupt compressed body ({exc})", url=self._url) from exc
        return b"".join(self._out)


async def _drain(resp: httpx.Response, limit: int = 65_536) -> None:
    """Read a small body to its end so the connection can be reused; a large one is left (and the
    connection closed with the response)."""
    if resp.is_stream_consumed:
        return
    read = 0
    async for chunk in resp.aiter_raw():
        read += len(chunk)
        if read > limit:
            return


async def _single(data: bytes) -> AsyncIterator[bytes]:
    yield data


class Fetcher:
    """One httpx.AsyncClient for a poll. ``transport`` is injected in tests (MockTransport or loopback)."""

    def __init__(
        self,
        config: WatcherConfig,
        *,
        now: Callable[[], datetime],
        transport: httpx.AsyncBaseTransport | None = None,
        resolver: Resolver | None = None,
    ) -> None:
        self.config = config
        self._now = now
        self._resolver = resolver
        self._client = httpx.AsyncClient(
            transport=transport,
            follow_redirects=False,
            timeout=httpx.Timeout(config.timeout),
            limits=httpx.Limits(max_connections=max(1, config.concurrency),
                                max_keepalive_connections=max(1, config.concurrency)),
            headers={"User-Agent": config.user_agent, "Accept-Encoding": "gzip, deflate",
                     "Accept": "application/rss+xml, application/atom+xml, application/feed+json, "
                               "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"},
            trust_env=False,
        )

    async def aclose(self) -> None:
        await self._client.aclose()

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def _check(self, url: str) -> None:
        if self._resolver is not None:
            check_url(url, self._resolver)
        else:  # the system resolver blocks: keep it off the event loop
            await asyncio.to_thread(check_url, url)

    async def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None, check_safety: bool = False
    ) -> FetchResult:
        """GET ``url``. Raises FetchError (with status and retry_after when known) or UnsafeURL."""
        try:
            async with asyncio.timeout(self.config.timeout):
                return await self._fetch(url, etag, last_modified, check_safety)
        except TimeoutError as exc:
            raise FetchError(f"timed out after {self.config.timeout:g}s", url=url) from exc
        except httpx.TimeoutException as exc:
            raise FetchError(f"timed out after {self.config.timeout:g}s", url=url) from exc
        except httpx.InvalidURL as exc:
            raise FetchError(f"invalid URL ({exc})", url=url, permanent=True) from exc
        except httpx.UnsupportedProtocol as exc:
            raise FetchError(f"unsupported URL scheme ({exc})", url=url, permanent=True) from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"network error: {type(exc).__name__}: {exc}".rstrip(": "), url=url) from exc

    async def _fetch(self, url: str, etag: str | None, last_modified: str | None, check: bool) -> FetchResult:
        cfg = self.config
        current = url
        for _hop in range(cfg.max_redirects + 1):
            if check:
                await self._check(current)
            headers = {}
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
            async with self._client.stream("GET", current, headers=headers) as resp:
                status = resp.status_code
                if status in REDIRECT_CODES:
                    location = resp.headers.get("location")
                    if not location:
                        raise FetchError(f"HTTP {status} redirect without a Location", url=url, status=status)
                    await _drain(resp)
                    current = urljoin(current, location)
                    continue
                if status == 304:
                    await _drain(resp)
                    return FetchResult(current, 304, None, resp.headers.get("etag") or etag,
                                       resp.headers.get("last-modified") or last_modified,
                                       max_age=parse_max_age(resp.headers.get("cache-control")))
                if status >= 400:
                    retry_after = parse_retry_after(resp.headers.get("retry-after"), self._now())
                    raise FetchError(f"HTTP {status} {resp.reason_phrase}".strip(), url=url, status=status,
                                     retry_after=retry_after, permanent=status in (404, 410))
                if status != 200:
                    raise FetchError(f"unexpected HTTP {status}", url=url, status=status)
                declared = resp.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > cfg.max_bytes:
                    raise FetchError(f"body of {int(declared):,} bytes is over the {cfg.max_bytes:,}-byte cap",
                                     url=url, status=status)
                if resp.is_stream_consumed:  # a transport that hands over the body already decoded
                    chunks: AsyncIterator[bytes] = _single(resp.content)
                    inflater = _Inflater("", cfg.max_decompressed_bytes, url)
                else:
                    chunks = resp.aiter_raw()
                    inflater = _Inflater(resp.headers.get("content-encoding", ""), cfg.max_decompressed_bytes, url)
                received = 0
                async for chunk in chunks:
                    received += len(chunk)
                    if received > cfg.max_bytes:
                        raise FetchError(f"body is over the {cfg.max_bytes:,}-byte cap", url=url, status=status)
                    inflater.feed(chunk)
                body = inflater.finish()
                return FetchResult(current, status, body, resp.headers.get("etag"),
                                   resp.headers.get("last-modified"), resp.headers.get("content-type"),
                                   parse_max_age(resp.headers.get("cache-control")))
        raise FetchError(f"more than {cfg.max_redirects} redirects", url=url)


__all__ = ["FetchResult", "Fetcher", "UnsafeURL", "feed_files", "is_local", "local_path", "read_file", "read_local"]
