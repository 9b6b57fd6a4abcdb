"""bot.watcher.parse: every feed format we claim, odd encodings, and the feedparser fallback."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import feedparser
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.errors import ParseError
from bot.watcher.parse import parse_date, parse_feed

FEEDS = Path(__file__).resolve().parent / "data" / "feeds"


def _parse(name: str, **kw):
    return parse_feed((FEEDS / name).read_bytes(), url=(FEEDS / name).as_uri(), **kw)


def test_rss2_items_with_content_encoded_and_source_element():
    feed = _parse("rss2.xml")
    assert (feed.kind, feed.parser, feed.language) == ("rss", "lxml", "en-us")
    assert len(feed.entries) == 3
    first = feed.entries[0]
    assert "autonomous weapons" in first.content
    assert first.published == datetime(2026, 2, 27, 2, 15, tzinfo=UTC)
    third = feed.entries[2]
    assert (third.source_name, third.source_url) == ("Reuters", "https://www.reuters.com")


def test_atom_entries_pick_the_alternate_link_and_xhtml_content():
    feed = _parse("atom.xml")
    assert feed.kind == "atom" and len(feed.entries) == 2
    e = feed.entries[0]
    assert e.link == "https://policy.example.org/notes/deadline-passes"
    assert "formal designation" in e.content
    assert e.published == datetime(2026, 2, 27, 22, 1, tzinfo=UTC)


def test_rss10_and_rss091():
    rdf = _parse("rdf.xml")
    assert rdf.kind == "rdf" and rdf.entries[0].link == "https://rdf.example.com/items/hearing-scheduled"
    assert rdf.entries[0].published == datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    old = _parse("rss091.xml")
    assert old.kind == "rss" and old.entries[0].title.startswith("Contractors")


def test_json_feed_which_feedparser_cannot_read():
    assert not feedparser.parse((FEEDS / "feed.json").read_bytes()).entries  # the reason we parse it ourselves
    feed = _parse("feed.json")
    assert (feed.kind, feed.parser, feed.language) == ("jsonfeed", "json", "en")
    assert [e.link for e in feed.entries] == [
        "https://json.example.com/posts/court-filing?utm_campaign=x", "https://json.example.com/posts/emoji"]
    assert "🚀" in feed.entries[1].title


@pytest.mark.parametrize(("name", "expected"), [
    ("cp1252.xml", "“Smart quotes” and the € cost of compliance — café talk"),
    ("latin1.xml", "Grüße aus München: Behörden prüfen KI-Verträge"),
])
def test_non_utf8_encodings_declared_in_xml(name, expected):
    assert _parse(name).entries[0].title == expected


def test_ill_formed_xml_is_recovered_by_the_fallback():
    body = (FEEDS / "broken.xml").read_bytes()
    feed = parse_feed(body)
    assert feed.parser == "feedparser"
    assert [e.link for e in feed.entries] == [
        "https://broken.example.com/investors-react", "https://broken.example.com/second"]
    assert "\u00a0" in feed.entries[0].title or "react" in feed.entries[0].title


def test_every_fixture_feedparser_reads_is_read_with_at_least_as_many_entries():
    for path in sorted(FEEDS.iterdir()):
        fp = feedparser.parse(path.read_bytes())
        ours = parse_feed(path.read_bytes(), url=path.as_uri())
        assert len(ours.entries) >= len(fp.entries), path.name


@pytest.mark.parametrize("body", [b"", b"   ", b"<html><body>Not a feed</body></html>", b"\x00\x01garbage",
                                  json.dumps({"hello": "world"}).encode()])
def test_unreadable_bodies_raise_parse_error(body):
    with pytest.raises(ParseError):
        parse_feed(body)


def test_external_entities_are_never_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    body = (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
            '<rss version="2.0"><channel><title>t</title><item><title>a &x; b</title>'
            '<link>https://e.example.com/1</link></item></channel></rss>').encode()
    feed = parse_feed(body)
    assert all("TOP-SECRET" not in e.title for e in feed.entries)


@pytest.mark.parametrize(("text", "expected"), [
    ("Thu, 26 Feb 2026 21:15:00 -0500", datetime(2026, 2, 27, 2, 15, tzinfo=UTC)),
    ("2026-02-27T17:01:00Z", datetime(2026, 2, 27, 17, 1, tzinfo=UTC)),
    ("2026-02-27", datetime(2026, 2, 27, tzinfo=UTC)),
    ("27 Feb 2026 17:01 EST", datetime(2026, 2, 27, 22, 1, tzinfo=UTC)),
    ("not a date", None),
    ("", None),
])
def test_dates(text, expected):
    assert parse_date(text) == expected


def test_html_entities_and_bare_ampersands_are_repaired_without_the_slow_fallback():
    body = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
            b"<item><title>AT&T&nbsp;and R&D &mdash; caf&eacute;</title><link>https://e.example.com/a?x=1&y=2</link>"
            b"<description>5 &lt; 6 &amp; fine</description></item></channel></rss>")
    feed = parse_feed(body)
    assert feed.parser == "lxml"
    e = feed.entries[0]
    assert e.title == "AT&T\u00a0and R&D — café"
    assert e.link == "https://e.example.com/a?x=1&y=2"
    assert e.summary == "5 < 6 & fine"


def test_charset_from_the_http_header_when_the_xml_declares_none():
    body = ('<rss version="2.0"><channel><title>t</title><item><title>\u201cQuoted\u201d caf\u00e9 \u20ac</title>'
            "<link>https://e.example.com/q</link></item></channel></rss>").encode("cp1252")
    feed = parse_feed(body, content_type="application/rss+xml; charset=windows-1252")
    assert feed.entries[0].title == "\u201cQuoted\u201d caf\u00e9 \u20ac"


@settings(max_examples=200, deadline=None)
@given(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)),
       st.integers(min_value=-12 * 60, max_value=14 * 60).map(lambda m: m - m % 15))
def test_fast_rfc822_path_agrees_with_the_standard_library(dt, offset_min):
    from email.utils import format_datetime, parsedate_to_datetime

    aware = dt.replace(microsecond=0, tzinfo=timezone(timedelta(minutes=offset_min)))
    text = format_datetime(aware)
    assert parse_date(text) == parsedate_to_datetime(text).astimezone(UTC)
