"""Pure feed parsing: bytes -> ParsedFeed of RawEntry. No I/O.

RSS 0.9x/1.0/2.0 and Atom (1.0 and 0.3) are read with a strict lxml parser (fast; entities are
never resolved, the network is never touched). Anything lxml rejects falls back to feedparser,
which recovers ill-formed XML, odd encodings and HTML entities. JSON Feed 1.x is read with json
(feedparser cannot read it).
"""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from html.entities import name2codepoint
from typing import Any
from urllib.parse import urljoin

import feedparser
from feedparser.datetimes import _parse_date as _fp_parse_date
from lxml import etree

from bot.errors import ParseError
from bot.watcher.normalize import RawEntry

ATOM = "{http://www.w3.org/2005/Atom}"
ATOM03 = "{http://purl.org/atom/ns#}"
RSS10 = "{http://purl.org/rss/1.0/}"
RSS090 = "{http://my.netscape.com/rdf/simple/0.9/}"
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
DC = "{http://purl.org/dc/elements/1.1/}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass
class ParsedFeed:
    kind: str  # rss | rdf | atom | jsonfeed
    parser: str  # lxml | json | feedparser
    title: str = ""
    language: str | None = None
    entries: list[RawEntry] = field(default_factory=list)


# --------------------------------------------------------------------------- dates

_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_RFC822 = re.compile(
    r"(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*"
    r"(?:([+-])(\d{2})(\d{2})|GMT|UTC|UT|Z)?$"
)


def _rfc822(value: str) -> datetime | None:
    """The common RFC 822 shapes (numeric zone or GMT/UTC), fast; None for anything else."""
    m = _RFC822.match(value)
    if m is None:
        return None
    month = _MONTHS.get(m.group(2).lower())
    if month is None:
        return None
    try:
        dt = datetime(int(m.group(3)), month, int(m.group(1)), int(m.group(4)), int(m.group(5)),
                      int(m.group(6) or 0), tzinfo=UTC)
    except ValueError:
        return None
    if m.group(7):
        offset = timedelta(hours=int(m.group(8)), minutes=int(m.group(9)))
        dt = dt - offset if m.group(7) == "+" else dt + offset
    return dt


def parse_date(value: str | None) -> datetime | None:
    """RFC 822, ISO 8601 and the many variants feedparser knows, as UTC-aware datetimes."""
    if not value:
        return None
    value = value.strip()
    if not value:
        return None
    dt: datetime | None = None
    if value[0].isdigit() and len(value) >= 10 and value[4] == "-":
        try:
            dt = datetime.fromisoformat(value)
        except ValueError:
            dt = None
    if dt is None:
        dt = _rfc822(value)
    if dt is None:
        try:
            dt = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            dt = None
    if dt is None:
        try:
            st = _fp_parse_date(value)
        except Exception:  # feedparser's date handlers raise assorted errors on junk
            st = None
        if st is None:
            return None
        return datetime.fromtimestamp(calendar.timegm(st), tz=UTC)
    if dt.tzinfo is None:
        return dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)


# --------------------------------------------------------------------------- lxml

def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, recover=False, huge_tree=False,
        remove_comments=True, remove_pis=True, load_dtd=False,
    )


def _text(el: etree._Element | None) -> str:
    if el is None:
        return ""
    if len(el):
        return "".join(el.itertext())
    return el.text or ""


def _abs(base: str, link: str) -> str:
    if not link or not base or link.startswith(("http://", "https://")):
        return link
    return urljoin(base, link)


def _atom_text(el: etree._Element | None) -> str:
    """Atom text construct: html and text types are plain strings; xhtml keeps its markup."""
    if el is None:
        return ""
    if el.get("type") == "xhtml":
        return "".join(etree.tostring(c, encoding="unicode", with_tail=True) for c in el) or (el.text or "")
    return _text(el)


def _rss_items(root: etree._Element, base: str, language: str | None) -> list[RawEntry]:
    channel = root.find("channel")
    items = channel.findall("item") if channel is not None else []
    if not items:
        items = root.findall("item")
    out: list[RawEntry] = []
    for item in items:
        link = title = summary = content = guid = src_name = src_url = ""
        pub: str | None = None
        upd: str | None = None
        for child in item:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag == "title":
                title = _text(child)
            elif tag == "link":
                link = link or _text(child).strip()
            elif tag == "description":
                summary = _text(child)
            elif tag == CONTENT + "encoded":
                content = _text(child)
            elif tag == "pubDate":
                pub = _text(child)
            elif tag == DC + "date":
                upd = _text(child)
            elif tag == "guid":
                guid = _text(child).strip()
                if child.get("isPermaLink", "true").lower() == "true" and guid.startswith("http") and not link:
                    link = guid
            elif tag == "source":
                src_name = _text(child)
                src_url = child.get("url", "")
            elif tag == ATOM + "link" and not link and child.get("rel", "alternate") == "alternate":
                link = child.get("href", "")
        out.append(RawEntry(link=_abs(base, link), title=title, summary=summary, content=content,
                            published=parse_date(pub), updated=parse_date(upd), guid=guid,
                            source_name=src_name, source_url=src_url, language=language))
    return out


def _rdf_items(root: etree._Element, ns: str, base: str, language: str | None) -> list[RawEntry]:
    out: list[RawEntry] = []
    for item in root.iter(ns + "item"):
        link = _text(item.find(ns + "link")).strip() or item.get(RDF + "about", "")
        out.append(RawEntry(
            link=_abs(base, link),
            title=_text(item.find(ns + "title")),
            summary=_text(item.find(ns + "description")),
            content=_text(item.find(CONTENT + "encoded")),
            published=parse_date(_text(item.find(DC + "date"))),
            guid=item.get(RDF + "about", ""),
            language=language,
        ))
    return out


def _atom_link(entry: etree._Element, ns: str) -> str:
    fallback = ""
    for ln in entry.iterchildren(ns + "link"):
        rel = ln.get("rel", "alternate")
        href = ln.get("href", "")
        if rel == "alternate" and (ln.get("type") in (None, "text/html", "application/xhtml+xml")):
            return href
        if rel == "alternate" and not fallback:
            fallback = href
    return fallback


def _atom_entries(root: etree._Element, ns: str, base: str, language: str | None) -> list[RawEntry]:
    t_title, t_summary, t_content, t_id = ns + "title", ns + "summary", ns + "content", ns + "id"
    t_link, t_source = ns + "link", ns + "source"
    published_tags = (ns + "published", ns + "issued")
    updated_tags = (ns + "updated", ns + "modified")
    out: list[RawEntry] = []
    for entry in root.iterchildren(ns + "entry"):
        ebase = _abs(base, entry.get(XML_BASE, "")) or base
        title = summary = content = guid = link = alt_link = src_name = src_url = ""
        published: str | None = None
        updated: str | None = None
        for child in entry:
            tag = child.tag
            if tag == t_link:
                rel = child.get("rel", "alternate")
                if rel == "alternate":
                    if not link and child.get("type") in (None, "text/html", "application/xhtml+xml"):
                        link = child.get("href", "")
                    elif not alt_link:
                        alt_link = child.get("href", "")
            elif tag == t_title:
                title = _atom_text(child)
            elif tag == t_summary:
                summary = _atom_text(child)
            elif tag == t_content:
                content = _atom_text(child)
            elif tag == t_id:
                guid = _text(child).strip()
            elif tag in published_tags:
                published = published or _text(child)
            elif tag in updated_tags:
                updated = updated or _text(child)
            elif tag == t_source:
                src_name = _text(child.find(t_title))
                src_url = _atom_link(child, ns)
        out.append(RawEntry(
            link=_abs(ebase, link or alt_link),
            title=title,
            summary=summary,
            content=content,
            published=parse_date(published),
            updated=parse_date(updated),
            guid=guid,
            source_name=src_name,
            source_url=src_url,
            language=entry.get(XML_LANG) or language,
        ))
    return out


_BARE_AMP = re.compile(rb"&(?!(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);)")
_NAMED = re.compile(rb"&([A-Za-z][A-Za-z0-9]*);")
_XML_ENTITIES = frozenset({b"amp", b"lt", b"gt", b"quot", b"apos"})


def _named_entity(m: re.Match[bytes]) -> bytes:
    name = m.group(1)
    if name in _XML_ENTITIES:
        return m.group(0)
    cp = name2codepoint.get(name.decode("ascii"))
    return b"&#%d;" % cp if cp is not None else b"&amp;" + name + b";"


def repair_entities(body: bytes) -> bytes:
    """The commonest feed breakage: bare ``&`` and HTML-only entities such as ``&nbsp;``."""
    return _NAMED.sub(_named_entity, _BARE_AMP.sub(b"&amp;", body))


def _parse_xml(body: bytes, url: str) -> ParsedFeed | None:
    """Strict parse, then strict parse after repairing entities. None when lxml cannot read it
    or it is not a feed we know."""
    try:
        root = etree.fromstring(body, _parser(), base_url=url or None)
    except ValueError:
        return None
    except etree.XMLSyntaxError:
        if b"&" not in body:
            return None
        try:
            root = etree.fromstring(repair_entities(body), _parser(), base_url=url or None)
        except (etree.XMLSyntaxError, ValueError):
            return None
    tag = root.tag if isinstance(root.tag, str) else ""
    base = urljoin(url, root.get(XML_BASE, "")) if root.get(XML_BASE) else url
    if tag == "rss" or tag == "channel":
        channel = root.find("channel") if tag == "rss" else root
        language = (_text(channel.find("language")) or _text(channel.find(DC + "language"))).strip() or None \
            if channel is not None else None
        title = _text(channel.find("title")) if channel is not None else ""
        return ParsedFeed("rss", "lxml", title.strip(), language, _rss_items(root, base, language))
    if tag in (ATOM + "feed", ATOM03 + "feed"):
        ns = tag[: tag.index("}") + 1]
        language = root.get(XML_LANG)
        return ParsedFeed("atom", "lxml", _atom_text(root.find(ns + "title")).strip(), language,
                          _atom_entries(root, ns, base, language))
    if tag == RDF + "RDF":
        ns = RSS10 if root.find(RSS10 + "channel") is not None or root.find(RSS10 + "item") is not None \
            else RSS090
        channel = root.find(ns + "channel")
        language = _text(channel.find(DC + "language")).strip() or None if channel is not None else None
        title = _text(channel.find(ns + "title")) if channel is not None else ""
        return ParsedFeed("rdf", "lxml", title.strip(), language, _rdf_items(root, ns, base, language))
    return None


# --------------------------------------------------------------------------- JSON Feed

def _looks_like_json(body: bytes, content_type: str | None) -> bool:
    if content_type and "json" in content_type.lower():
        return True
    head = body[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"{")


def _parse_json(body: bytes, url: str) -> ParsedFeed:
    try:
        data: Any = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ParseError(f"not valid JSON ({exc})", url=url) from exc
    if not isinstance(data, dict) or not str(data.get("version", "")).startswith("https://jsonfeed.org/version/"):
        raise ParseError("JSON but not a JSON Feed (no jsonfeed.org version)", url=url)
    language = data.get("language") if isinstance(data.get("language"), str) else None
    base = data.get("home_page_url") or url
    entries: list[RawEntry] = []
    for item in data.get("items") or []:
        if not isinstance(item, dict):
            continue
        link = item.get("url") or item.get("external_url") or ""
        ident = str(item.get("id", ""))
        if not link and ident.startswith(("http://", "https://")):
            link = ident
        content = item.get("content_html") or item.get("content_text") or ""
        entries.append(RawEntry(
            link=_abs(base, link) if isinstance(link, str) else "",
            title=str(item.get("title") or ""),
            summary=str(item.get("summary") or ""),
            content=str(content),
            published=parse_date(item.get("date_published")),
            updated=parse_date(item.get("date_modified")),
            guid=ident,
            language=item.get("language") if isinstance(item.get("language"), str) else language,
        ))
    return ParsedFeed("jsonfeed", "json", str(data.get("title") or ""), language, entries)


# --------------------------------------------------------------------------- feedparser fallback

def _fp_dt(st: Any) -> datetime | None:
    if not st:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(st), tz=UTC)
    except (OverflowError, ValueError, TypeError):
        return None


def _parse_feedparser(body: bytes, url: str, content_type: str | None) -> ParsedFeed | None:
    headers = {"content-type": content_type} if content_type else {}
    if url:
        headers["content-location"] = url
    d = feedparser.parse(body, response_headers=headers, sanitize_html=False, resolve_relative_uris=False)
    version = d.get("version") or ""
    if not d.entries and not version:
        return None
    feed = d.get("feed", {})
    language = feed.get("language") or None
    entries: list[RawEntry] = []
    for e in d.entries:
        content = ""
        if e.get("content"):
            content = e["content"][0].get("value", "")
        src = e.get("source") or {}
        entries.append(RawEntry(
            link=e.get("link", "") or "",
            title=e.get("title", "") or "",
            summary=e.get("summary", "") or "",
            content=content,
            published=_fp_dt(e.get("published_parsed")),
            updated=_fp_dt(e.get("updated_parsed")),
            guid=e.get("id", "") or "",
            source_name=src.get("title", "") or "",
            source_url=src.get("href", "") or "",
            language=language,
        ))
    kind = "atom" if version.startswith("atom") else "rdf" if version in ("rss090", "rss10") else "rss"
    return ParsedFeed(kind, "feedparser", feed.get("title", "") or "", language, entries)


# --------------------------------------------------------------------------- entry point

_HTMLISH = re.compile(rb"^\s*(<!doctype html|<html)", re.I)


def parse_feed(body: bytes, *, url: str = "", content_type: str | None = None) -> ParsedFeed:
    """Parse a feed body. Raises ParseError when no parser can read it as a feed."""
    if not body or not body.strip():
        raise ParseError("empty body", url=url)
    if _looks_like_json(body, content_type):
        try:
            return _parse_json(body, url)
        except ParseError:
            if body.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
                raise
    parsed = _parse_xml(body, url)
    if parsed is not None:
        return parsed
    parsed = _parse_feedparser(body, url, content_type)
    if parsed is not None:
        return parsed
    if _HTMLISH.match(body[:200]):
        raise ParseError("got an HTML page, not a feed", url=url)
    raise ParseError("not a feed that RSS, Atom or JSON Feed parsers can read", url=url)
