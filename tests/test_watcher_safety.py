"""bot.watcher.safety and its use by the fetcher on every redirect hop of chat-origin sources."""

from __future__ import annotations

import httpx
import pytest

from bot.config import WatcherConfig
from bot.errors import UnsafeURL
from bot.watcher.fetch import Fetcher
from bot.watcher.safety import check_url

PUBLIC = {"news.example.com": ["93.184.216.34"], "v6.example.com": ["2606:2800:220:1:248:1893:25c8:1946"]}


def resolver(host: str) -> list[str]:
    table = {**PUBLIC, "internal.example.com": ["10.0.0.5"], "mixed.example.com": ["93.184.216.34", "127.0.0.1"],
             "mapped.example.com": ["::ffff:192.168.1.1"]}
    return table[host]


@pytest.mark.parametrize("url", ["https://news.example.com/feed", "http://v6.example.com/rss", "http://8.8.8.8/x"])
def test_public_http_urls_pass(url):
    check_url(url, resolver)


@pytest.mark.parametrize("url", [
    "file:///etc/passwd", "ftp://news.example.com/", "gopher://x/", "javascript:alert(1)", "/local/path",
    "http://127.0.0.1/", "http://localhost.:1/", "http://[::1]/", "http://10.1.2.3/", "http://192.168.0.1/",
    "http://172.16.0.1/", "http://169.254.169.254/latest/meta-data", "http://0.0.0.0/", "http://224.0.0.1/",
    "http://[fe80::1]/", "http://[fc00::1]/", "http://[::ffff:127.0.0.1]/", "http://[::]/", "http://240.0.0.1/",
    "http://internal.example.com/", "http://mixed.example.com/", "http://mapped.example.com/",
])
def test_unsafe_urls_are_refused(url):
    def res(host: str) -> list[str]:
        return ["127.0.0.1"] if host.startswith("localhost") else resolver(host)

    with pytest.raises(UnsafeURL):
        check_url(url, res)


async def test_redirect_to_loopback_is_refused_for_a_chat_source_before_it_is_requested():
    requested: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(str(request.url))
        if request.url.host == "news.example.com":
            return httpx.Response(302, headers={"Location": "http://127.0.0.1:8080/admin"})
        return httpx.Response(200, text="<rss version='2.0'><channel/></rss>")

    async with Fetcher(WatcherConfig(), now=lambda: None, transport=httpx.MockTransport(handler),
                       resolver=resolver) as f:
        with pytest.raises(UnsafeURL):
            await f.fetch("https://news.example.com/feed", check_safety=True)
        assert requested == ["https://news.example.com/feed"]
        # the same redirect is followed for a config source (no safety check): proves the hop is real
        res = await f.fetch("https://news.example.com/feed", check_safety=False)
        assert res.status == 200 and requested[-1] == "http://127.0.0.1:8080/admin"
