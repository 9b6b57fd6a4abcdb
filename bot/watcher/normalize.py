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
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

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


@lru_cache(maxsize=65536)
def canonical_url(url: str) -> str:
    """The URL an article is keyed by: lower-case scheme and host, no default port, no fragment,
    no tracking parameters. Other URLs (``seed:x``, ``file:``) come back stripped of spaces only."""
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        return url
    host = (parts.hostname or "").rstrip(".")
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host
    if ":" in host:  # IPv6 literal
        netloc = f"[{host}]"
    if port is not None and str(port) != _DEFAULT_PORTS.get(scheme):
        netloc += f":{port}"
    if parts.username or parts.password:
        netloc = parts.netloc.rsplit("@", 1)[0] + "@" + netloc
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        kept = [(k, v) for k, v in pairs if not _is_tracking(k)]
        if len(kept) != len(pairs):
            query = urlencode(kept)
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, query, ""))


# --------------------------------------------------------------------------- html -> text

_DROP = re.compile(r"(?is)<(script|style|noscript|iframe|svg|head)\b.*?</\1\s*>|<!--.*?-->")
_BREAK = re.compile(r"(?i)<\s*(?:br|/p|/div|/li|/h[1-6]|/tr|/blockquote|p|div|li|h[1-6]|tr)\b[^>]*>")
_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")
_NEWLINES = re.compile(r"\s*\n\s*")


def html_to_text(value: str | None) -> str:
    """Visible text of an HTML fragment: tags dropped, entities decoded, whitespace tidied.
    Paragraph-like breaks become newlines."""
    if not value:
        return ""
    if "<" in value:
        value = _DROP.sub(" ", value)
        value = _BREAK.sub("\n", value)
        value = _TAG.sub("", value)
    if "&" in value:
        value = html.unescape(value)
    value = _SPACES.sub(" ", value)
    if "\n" in value:
        value = _NEWLINES.sub("\n", value)
    return value.strip()


def one_line(value: str | None) -> str:
    return " ".join(html_to_text(value).split())


# --------------------------------------------------------------------------- publisher

@lru_cache(maxsize=1)
def _extractor() -> tldextract.TLDExtract:
    # bundled public-suffix snapshot only: never fetch the list at run time
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@lru_cache(maxsize=65536)
def registrable_domain(url: str) -> str:
    """``https://www.bbc.co.uk/news`` -> ``bbc.co.uk``; hosts without a public suffix come back as-is."""
    try:
        host = (urlsplit(url).hostname or "").rstrip(".").lower()
    except ValueError:
        return ""
    if not host:
        return ""
    ext = _extractor()(host)
    if ext.domain and ext.suffix:
        return f"{ext.domain}.{ext.suffix}"
    return host


# --------------------------------------------------------------------------- hash

_WS = re.compile(r"\s+")


def content_hash(title: str, summary: str, text: str) -> str:
    """Hash of what a reader sees. Ignores URLs, dates and anything else that changes per fetch."""
    basis = "\x1f".join(_WS.sub(" ", s).strip().casefold() for s in (title, summary, text))
    return hashlib.blake2b(basis.encode("utf-8"), digest_size=16).hexdigest()


# --------------------------------------------------------------------------- entries

@dataclass(frozen=True, slots=True)
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
    seen = (link,) if link != url else ()
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
        urls_seen=seen,
        source_id=source_id,
    )
