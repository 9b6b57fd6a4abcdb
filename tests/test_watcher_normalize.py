"""bot.watcher.normalize: canonical URLs, HTML to text, publisher, content hash."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from bot.watcher.normalize import (
    RawEntry,
    canonical_url,
    content_hash,
    html_to_text,
    normalize_entry,
    registrable_domain,
)

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def test_canonical_url_drops_tracking_parameters_and_fragment():
    url = "HTTPS://WWW.Example.COM:443/a/b?utm_source=x&id=7&fbclid=1&gclid=2&mc_cid=3&mc_eid=4&utm_medium=y#top"
    assert canonical_url(url) == "https://www.example.com/a/b?id=7"


def test_canonical_url_keeps_meaningful_query_and_port():
    assert canonical_url("http://example.com:8080/search?q=a+b&page=2") == "http://example.com:8080/search?q=a+b&page=2"
    assert canonical_url("https://example.com") == "https://example.com/"


def test_canonical_url_leaves_other_schemes_alone():
    assert canonical_url(" seed:seed-001 ") == "seed:seed-001"


def test_html_to_text_drops_markup_scripts_and_decodes_entities():
    html = "<p>One &amp; <b>two</b></p><script>alert('x')</script><p>caf&eacute;&nbsp;three</p><!-- hidden -->"
    assert html_to_text(html) == "One & two\ncafé three"


def test_registrable_domain_uses_public_suffixes():
    assert registrable_domain("https://www.bbc.co.uk/news/x") == "bbc.co.uk"
    assert registrable_domain("https://feeds.arstechnica.com/arstechnica/index") == "arstechnica.com"
    assert registrable_domain("http://localhost:8000/feed") == "localhost"


def test_publisher_comes_from_the_items_source_element_when_present():
    raw = RawEntry(link="https://news.google.com/rss/articles/CBM123?oc=5", title="Story headline here",
                   summary="s", source_name="Reuters", source_url="https://www.reuters.com")
    art = normalize_entry(raw, fetched=NOW)
    assert art is not None
    assert (art.publisher, art.domain) == ("Reuters", "reuters.com")


def test_publisher_falls_back_to_the_links_registrable_domain():
    art = normalize_entry(RawEntry(link="https://edition.cnn.com/x", title="T"), fetched=NOW)
    assert art is not None
    assert (art.publisher, art.domain) == ("cnn.com", "cnn.com")


def test_dates_become_utc():
    est = timezone(timedelta(hours=-5))
    art = normalize_entry(RawEntry(link="https://a.example.com/x", title="T",
                                   published=datetime(2026, 2, 27, 17, 1, tzinfo=est)), fetched=NOW)
    assert art is not None and art.published == datetime(2026, 2, 27, 22, 1, tzinfo=UTC)


def test_content_hash_ignores_links_dates_and_whitespace_but_not_words():
    a = normalize_entry(RawEntry(link="https://a.example.com/1", title="Same  story", summary="<p>Body</p>",
                                 published=datetime(2026, 1, 1, tzinfo=UTC)), fetched=NOW)
    b = normalize_entry(RawEntry(link="https://b.example.org/2", title="Same story", summary="Body"),
                        fetched=NOW + timedelta(hours=1))
    assert a is not None and b is not None
    assert a.content_hash == b.content_hash
    assert content_hash("Same story", "Body", "") != content_hash("Same story", "Body changed", "")


def test_entry_without_link_or_content_is_dropped():
    assert normalize_entry(RawEntry(title="no link"), fetched=NOW) is None
    assert normalize_entry(RawEntry(link="https://x.example.com/"), fetched=NOW) is None


def test_guid_permalink_is_used_when_link_is_missing():
    art = normalize_entry(RawEntry(guid="https://x.example.com/p/1?utm_source=a", title="T"), fetched=NOW)
    assert art is not None and art.url == "https://x.example.com/p/1"
