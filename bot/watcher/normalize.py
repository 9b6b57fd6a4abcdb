"""Pure normalisation of parsed feed entries into ``bot.models.Article``.

Canonical URLs (tracking parameters and fragments dropped), HTML to text, dates to UTC,
publisher from the item's own ``<source>`` element when present (news-search feeds) else the
link's registrable domain, and a content hash over the fields that do not change on every fetch.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from urllib.parse import unquote_plus

import tldextract

from bot.models import Article

# query parameters that identify a campaign or click, never the document
_TRACKING_EXACT = frozenset({
    "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "twclid", "igshid", "mc_cid", "mc_eid",
    "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "wickedid",
    "rb_clickid", "s_cid", "cmpid", "ncid", "ocid", "sr_share", "spm", "guccounter", "guce_referrer",
    "guce_referrer_sig", "at_medium", "at_campaign", "ref_src", "ref_url", "smid", "cid", "ito",
})
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "itm_", "__s")
_DEFAULT_PORTS = {"http": "80", "https": "443"}


def _is_tracking(key: str) -> bool:
    k = key.lower()
    return k in _TRACKING_EXACT or k.startswith(_TRACKING_PREFIXES)


_URL = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)([^?#]*)(?:\?([^#]*))?")


def _key(param: str) -> str:
    key = param.partition("=")[0]
    return unquote_plus(key) if "%" in key or "+" in key else key


@lru_cache(maxsize=65536)
def canonical_url(url: str) -> str:
    """The URL an article is keyed by: lower-case scheme and host, no default port, no fragment,
    no tracking parameters. Other URLs (``seed:x``, ``file:``) come back stripped of spaces only.
    Kept query parameters keep their order and encoding."""
    url = url.strip()
    m = _URL.match(url)
    if m is None:
        return url
    scheme = m.group(1).lower()
    if scheme not in ("http", "https"):
        return url
    netloc = m.group(2)
    userinfo, at, hostport = netloc.rpartition("@")
    hostport = hostport.lower()
    host, port = hostport, ""
    if hostport.startswith("["):  # IPv6 literal
        end = hostport.find("]")
        host, port = hostport[: end + 1], hostport[end + 2:] if hostport[end + 1: end + 2] == ":" else ""
    elif ":" in hostport:
        host, _, port = hostport.partition(":")
    host = host.rstrip(".")
    if port and port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{port}"
    netloc = f"{userinfo}{at}{host}"
    path = m.group(3) or "/"
    query = m.group(4) or ""
    if query:
        kept = [p for p in query.split("&") if p and not _is_tracking(_key(p))]
        query = "&".join(kept)
    return f"{scheme}://{netloc}{path}?{query}" if query else f"{scheme}://{netloc}{path}"


# --------------------------------------------------------------------------- html -> text

_DROP = re.compile(r"(?is)<(script|style|noscript|iframe|svg|head)\b.*?</\1\s*>|<!--.*?-->")
_HAS_DROP = re.compile(r"<(?:[Ss][CcTtVv]|[Nn][Oo][Ss]|[Ii][Ff][Rr]|[Hh][Ee][Aa][Dd]|!--)")  # a cheap pre-check
_BLOCK = frozenset({
    "br", "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "ul", "ol", "table",
    "section", "article", "header", "footer", "pre", "hr", "dd", "dt",
})
_ANY_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)?[^>]*>")
_ODD_UNICODE_SPACE = re.compile("[\u00a0\u200b\u2009\u3000]")


def _odd_spacing(value: str) -> bool:
    """True when whitespace needs collapsing beyond stripping each line."""
    if "  " in value or "\t" in value or "\r" in value or "\f" in value or "\v" in value:
        return True
    return not value.isascii() and _ODD_UNICODE_SPACE.search(value) is not None


def _tag(m: re.Match[str]) -> str:
    name = m.group(2)
    return "\n" if name and name.lower() in _BLOCK else ""


def _squash(line: str) -> str:
    return " ".join(line.replace("\u200b", "").split())


def html_to_text(value: str | None) -> str:
    """Visible text of an HTML fragment: tags dropped, entities decoded, whitespace tidied.
    Block-level breaks become newlines."""
    if not value:
        return ""
    if "<" in value:
        if _HAS_DROP.search(value):
            value = _DROP.sub(" ", value)
        value = _ANY_TAG.sub(_tag, value)
    if "&" in value:
        value = html.unescape(value)
    odd = _odd_spacing(value)
    if "\n" not in value:
        return _squash(value) if odd else value.strip()
    lines = map(_squash, value.split("\n")) if odd else map(str.strip, value.split("\n"))
    return "\n".join(line for line in lines if line)


def one_line(value: str | None) -> str:
    """A title: one line of text."""
    return " ".join(html_to_text(value).split())


# --------------------------------------------------------------------------- publisher

@lru_cache(maxsize=1)
def _extractor() -> tldextract.TLDExtract:
    # bundled public-suffix snapshot only: never fetch the list at run time
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


_HOST = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://(?:[^/?#@]*@)?(\[[^\]]*\]|[^/?#:]*)")


def registrable_domain(url: str) -> str:
    """``https://www.bbc.co.uk/news`` -> ``bbc.co.uk``; hosts without a public suffix come back as-is."""
    m = _HOST.match(url)
    return _domain_of_host(m.group(1).rstrip(".").lower()) if m else ""


@lru_cache(maxsize=65536)
def _domain_of_host(host: str) -> str:
    if not host:
        return ""
    if host.startswith("["):
        return host
    ext = _extractor()(host)
    if ext.domain and ext.suffix:
        return f"{ext.domain}.{ext.suffix}"
    return host


# --------------------------------------------------------------------------- hash

def content_hash(title: str, summary: str, text: str) -> str:
    """Hash of what a reader sees, from normalised text (``html_to_text`` output). Ignores URLs, dates and
    anything else that changes per fetch; letter case and runs of whitespace do not count."""
    basis = f"{title}\x1f{summary}\x1f{text}".casefold()
    if "  " in basis or "\t" in basis or "\r" in basis or "\xa0" in basis:
        basis = "\n".join(" ".join(line.split()) for line in basis.split("\n"))
    return hashlib.blake2b(basis.encode("utf-8"), digest_size=16).hexdigest()


# --------------------------------------------------------------------------- entries

@dataclass(slots=True)  # not frozen: built once per feed item, on the hot path
class RawEntry:
    """What a parser extracts from one feed item, before normalisation. Strings may hold HTML."""

    link: str = ""
    title: str = ""
    summary: str = ""
    content: str = ""
    published: datetime | None = None
    updated: datetime | None = None
    guid: str = ""
    source_name: str = ""
    source_url: str = ""
    language: str | None = None


def to_utc(dt: datetime | None) -> datetime | None:
    if dt is None:
        return None
    if dt.tzinfo is None:
        return dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)


def normalize_entry(
    raw: RawEntry, *, fetched: datetime, source_id: int | None = None, feed_language: str | None = None
) -> Article | None:
    """One RawEntry -> Article, or None when the entry has no usable link or id."""
    link = raw.link.strip() or (raw.guid.strip() if raw.guid.startswith(("http://", "https://")) else "")
    if not link:
        return None
    url = canonical_url(link)
    title = one_line(raw.title)
    summary = html_to_text(raw.summary)
    text = html_to_text(raw.content) if raw.content else ""
    if text == summary:
        text = ""
    if not title and not summary and not text:
        return None
    if raw.source_name.strip():
        publisher = one_line(raw.source_name)
        domain = registrable_domain(raw.source_url) if raw.source_url else registrable_domain(url)
    else:
        domain = registrable_domain(url)
        publisher = domain
    return Article(
        url=url,
        title=title[:1000],
        summary=summary[:20000],
        text=text[:200000],
        published=to_utc(raw.published or raw.updated),
        fetched=fetched,
        publisher=publisher[:200],
        domain=domain,
        content_hash=content_hash(title, summary, text),
        language=(raw.language or feed_language or None),
        source_id=source_id,
    )
