"""URL safety for sources added from chat: http(s) only, and no host that resolves to a private address.

The fetcher applies ``check_url`` to the first request and to every redirect hop of a chat-origin source.
The resolver is injectable so tests never touch DNS.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable
from urllib.parse import urlsplit

from bot.errors import UnsafeURL

Resolver = Callable[[str], Iterable[str]]
ALLOWED_SCHEMES = ("http", "https")


def system_resolver(host: str) -> list[str]:
    """Every address ``host`` resolves to (A and AAAA)."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise UnsafeURL(f"cannot resolve host {host!r}", url=host) from exc
    return [str(info[4][0]).split("%", 1)[0] for info in infos]


def is_public_address(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(addr, ipaddress.IPv6Address):
        mapped = addr.ipv4_mapped or addr.sixtofour
        if mapped is not None:
            return is_public_address(mapped)
        if addr.teredo is not None:
            return all(is_public_address(a) for a in addr.teredo)
    if (
        addr.is_private
        or addr.is_loopback
        or addr.is_link_local
        or addr.is_multicast
        or addr.is_reserved
        or addr.is_unspecified
    ):
        return False
    if isinstance(addr, ipaddress.IPv6Address) and addr.is_site_local:
        return False
    return addr.is_global


def check_url(url: str, resolver: Resolver | None = None) -> None:
    """Raise UnsafeURL unless ``url`` is http(s) and every address of its host is public."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError as exc:
        raise UnsafeURL(f"not a valid URL: {url!r}", url=url) from exc
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise UnsafeURL(f"only http and https URLs are allowed, not {parts.scheme or 'a bare path'!r}", url=url)
    if not host:
        raise UnsafeURL(f"no host in URL {url!r}", url=url)
    host = host.rstrip(".")
    try:
        literal = ipaddress.ip_address(host)
        addresses: list[str] = [str(literal)]
    except ValueError:
        addresses = list((resolver or system_resolver)(host))
    if not addresses:
        raise UnsafeURL(f"host {host!r} has no address", url=url)
    for a in addresses:
        try:
            addr = ipaddress.ip_address(a.split("%", 1)[0])
        except ValueError as exc:
            raise UnsafeURL(f"host {host!r} resolved to a bad address {a!r}", url=url) from exc
        if not is_public_address(addr):
            raise UnsafeURL(f"host {host!r} resolves to a non-public address ({addr})", url=url)
