"""bot.watcher.fetch against a loopback feed server: conditional GET, errors, caps, redirects."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.config import WatcherConfig
from bot.errors import FetchError
from bot.watcher.fetch import Fetcher, read_file, read_local
from tests.fakes.feed_server import FeedServer, Route

FEEDS = Path(__file__).resolve().parent / "data" / "feeds"
RSS = (FEEDS / "rss2.xml").read_bytes()
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def fetcher(**kw) -> Fetcher:
    cfg = WatcherConfig(**{"timeout": 5.0, "max_bytes": 100_000, "max_decompressed_bytes": 400_000, **kw})
    return Fetcher(cfg, now=lambda: NOW)


async def test_etag_conditional_get_returns_304_without_a_body():
    async with FeedServer({"/f": Route(RSS, etag='"v1"')}) as srv, fetcher() as f:
        first = await f.fetch(srv.url("/f"))
        assert first.status == 200 and first.body == RSS and first.etag == '"v1"'
        second = await f.fetch(srv.url("/f"), etag=first.etag)
        assert second.not_modified and second.body is None and second.etag == '"v1"'
        assert srv.hits_for("/f")[1].headers["If-None-Match"] == '"v1"'


async def test_last_modified_conditional_get():
    lm = "Sun, 01 Mar 2026 10:00:00 GMT"
    async with FeedServer({"/f": Route(RSS, last_modified=lm)}) as srv, fetcher() as f:
        first = await f.fetch(srv.url("/f"))
        second = await f.fetch(srv.url("/f"), last_modified=first.last_modified)
        assert second.status == 304 and second.last_modified == lm
        assert srv.hits_for("/f")[1].headers["If-Modified-Since"] == lm


async def test_server_error_raises_with_status():
    async with FeedServer({"/f": Route(status=500)}) as srv, fetcher() as f:
        with pytest.raises(FetchError) as ei:
            await f.fetch(srv.url("/f"))
        assert ei.value.status == 500 and ei.value.retry_after is None


async def test_429_carries_retry_after():
    async with FeedServer({"/f": Route(status=429, headers={"Retry-After": "120"})}) as srv, fetcher() as f:
        with pytest.raises(FetchError) as ei:
            await f.fetch(srv.url("/f"))
        assert ei.value.status == 429 and ei.value.retry_after == 120


async def test_slow_response_times_out():
    async with FeedServer({"/slow": Route(RSS, stall=True)}) as srv, fetcher(timeout=0.3) as f:
        with pytest.raises(FetchError, match="timed out"):
            await f.fetch(srv.url("/slow"))
        assert srv.stalled.is_set()


async def test_truncated_body_is_an_error():
    async with FeedServer({"/t": Route(RSS, truncate_to=100)}) as srv, fetcher() as f:
        with pytest.raises(FetchError, match="network error"):
            await f.fetch(srv.url("/t"))


async def test_oversized_body_is_refused():
    big = b"<rss>" + b"x" * 200_000 + b"</rss>"
    async with FeedServer({"/big": Route(big)}) as srv, fetcher() as f:
        with pytest.raises(FetchError, match="cap"):
            await f.fetch(srv.url("/big"))


async def test_gzip_body_is_decoded():
    async with FeedServer({"/gz": Route(RSS, gzip_body=True)}) as srv, fetcher() as f:
        res = await f.fetch(srv.url("/gz"))
        assert res.body == RSS
        assert "gzip" in srv.hits_for("/gz")[0].headers["Accept-Encoding"]


async def test_compression_bomb_stops_at_the_decompressed_cap():
    bomb = gzip.compress(b"\0" * 50_000_000, compresslevel=9)  # ~50 KB on the wire, 50 MB inflated
    assert len(bomb) < 100_000
    async with FeedServer({"/bomb": Route(raw_encoded=bomb)}) as srv, fetcher() as f:
        with pytest.raises(FetchError, match="decompressed cap"):
            await f.fetch(srv.url("/bomb"))


async def test_corrupt_gzip_is_an_error():
    async with FeedServer({"/bad": Route(raw_encoded=b"\x1f\x8b not gzip at all")}) as srv, fetcher() as f:
        with pytest.raises(FetchError, match="corrupt"):
            await f.fetch(srv.url("/bad"))


async def test_redirects_are_followed_up_to_the_cap_and_a_loop_fails():
    routes = {"/a": Route(redirect_to="/b", status=301), "/b": Route(redirect_to="/feed"), "/feed": Route(RSS),
              "/loop": Route(redirect_to="/loop")}
    async with FeedServer(routes) as srv, fetcher(max_redirects=3) as f:
        res = await f.fetch(srv.url("/a"))
        assert res.body == RSS and res.url == srv.url("/feed")
        with pytest.raises(FetchError, match="more than 3 redirects"):
            await f.fetch(srv.url("/loop"))
        assert len(srv.hits_for("/loop")) == 4


async def test_connection_refused_is_a_fetch_error():
    async with FeedServer() as srv:
        url = srv.url("/gone")
    async with fetcher() as f:
        with pytest.raises(FetchError, match="network error"):
            await f.fetch(url)


def test_local_file_and_folder_signatures(tmp_path):
    (tmp_path / "a.xml").write_bytes(RSS)
    sig, files = read_local(str(tmp_path), etag=None, max_bytes=10_000)
    assert [p.name for p in files] == ["a.xml"]
    assert read_local(str(tmp_path), etag=sig, max_bytes=10_000) == (sig, [])
    (tmp_path / "b.json").write_bytes((FEEDS / "feed.json").read_bytes())
    sig2, files2 = read_local(str(tmp_path), etag=sig, max_bytes=10_000)
    assert sig2 != sig and len(files2) == 2
    assert read_file(files2[0], 10_000) == RSS
    with pytest.raises(FetchError, match="cap"):
        read_file(files2[0], 100)
    with pytest.raises(FetchError, match="no such file"):
        read_local(str(tmp_path / "missing.xml"), etag=None, max_bytes=10)
