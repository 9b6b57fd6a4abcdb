"""Discord rendering: limits hold and nobody is pinged, for any input (hypothesis)."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.core.render_discord import (
    CONTENT_MAX,
    DESCRIPTION_MAX,
    EMBED_TOTAL_MAX,
    FIELD_NAME_MAX,
    FIELD_VALUE_MAX,
    FIELDS_MAX,
    FOOTER_MAX,
    THREAD_NAME_MAX,
    TITLE_MAX,
    embed_length,
    escape_md,
    fit_md,
    render,
    safe_url,
    thread_name,
    unescape_md,
)
from bot.models import Block, Message, Span
from tests.strategies import message_strategy

HOSTILE = [
    "@everyone", "@here", "<@123456789012345678>", "<@!123456789012345678>", "<@&987654321098765432>",
    "<#111>", "[click](http://evil.example)", "[x](<http://evil>)", "**bold**", "__u__", "~~s~~", "||spoiler||",
    "```code", "`", "> quote", "# Heading", "-# sub", "\u202eevil\u202c", "\x1b[31mred", "＠everyone",
    "@\u200beveryone", "<<@123>>", "\\@everyone", "\\", "<t:1:R>", "https://evil.example/(x)", "\n\n# h",
]

# Long inputs are built by repetition: cheap to generate, and they still cross every limit.
long_texts = st.builds(lambda chunk, n: (chunk + " ") * n, st.sampled_from([*HOSTILE, "word", "a" * 70]),
                       st.integers(min_value=100, max_value=1500))
texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(HOSTILE), max_size=12).map(" ".join),
    long_texts,
)
urls = st.one_of(st.none(), st.sampled_from(
    ["https://example.com/a", "javascript:alert(1)", "http://ex.com/a b)", "ftp://x", "https://ex.com/)[x](y"]
), st.text(max_size=40))
messages = message_strategy(texts, urls, max_bullets=20, max_context=10, max_fields=30, max_blocks=8,
                            tone=st.sampled_from(["neutral", "alert", "bearish", "zzz"]), url=urls)

# Discord's mention syntax and masked links, as a client would parse them (escapes honoured).
_MENTION = re.compile(r"(?<![\\\u200b])@(everyone|here)|<@[!&]?\d+>|<#\d+>", re.I)
_UNESCAPED_LINK = re.compile(r"(?<!\\)\]\(")


def _texts(embed: dict) -> list[str]:
    out = [embed.get("title", ""), embed.get("description", ""), embed.get("footer", {}).get("text", "")]
    for f in embed.get("fields", []):
        out += [f["name"], f["value"]]
    return out


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(messages, st.one_of(st.none(), texts))
@example(Message(blocks=(), fallback=("a" * 70 + " ") * 100), "@everyone " * 178)  # fallback + long footer
def test_every_limit_holds_for_any_message(message, footer):
    out = render(message, footer=footer)
    e = out.embed
    assert len(out.content) <= CONTENT_MAX
    assert len(e.get("title", "")) <= TITLE_MAX
    assert len(e.get("description", "")) <= DESCRIPTION_MAX
    assert len(e.get("fields", [])) <= FIELDS_MAX
    for f in e.get("fields", []):
        assert 1 <= len(f["name"]) <= FIELD_NAME_MAX
        assert 1 <= len(f["value"]) <= FIELD_VALUE_MAX
    assert len(e.get("footer", {}).get("text", "")) <= FOOTER_MAX
    assert embed_length(e) <= EMBED_TOTAL_MAX
    assert e.get("title") or e.get("description") or e.get("fields")
    if "url" in e:
        assert e["url"].startswith(("http://", "https://"))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(messages, st.one_of(st.none(), texts))
def test_no_input_can_ping_anyone(message, footer):
    for text in _texts(render(message, footer=footer).embed):
        assert not _MENTION.search(text), text


@settings(max_examples=80, deadline=None)
@given(st.lists(st.builds(Span, text=texts, bold=st.booleans(), italic=st.booleans()), max_size=5))
def test_untrusted_text_never_forms_a_masked_link(span_list):
    msg = Message(blocks=(Block("paragraph", spans=tuple(span_list)),
                          Block("fields", fields=(("f", tuple(span_list)),))), fallback="x")
    for text in _texts(render(msg).embed):
        assert not _UNESCAPED_LINK.search(text), text


@given(texts)
def test_thread_names_are_1_to_100_characters(text):
    name = thread_name(text)
    assert 1 <= len(name) <= THREAD_NAME_MAX
    assert "\n" not in name
    assert not _MENTION.search(name)


@given(st.text(max_size=500), st.integers(min_value=0, max_value=600))
def test_fit_md_is_bounded_and_never_cuts_an_escape(text, limit):
    out = fit_md(text, limit)
    assert len(out) <= max(limit, 0)
    body = out.removesuffix("…")
    trailing = len(body) - len(body.rstrip("\\"))
    assert trailing % 2 == 0  # a lone backslash would escape what follows


def test_hostile_title_renders_inert_but_readable():
    msg = Message(
        blocks=(Block("header", spans=(Span("@everyone <@&42> read [this](http://evil.example)"),)),
                Block("paragraph", spans=(Span("# not a heading **not bold** ||no spoiler||"),))),
        fallback="x",
    )
    e = render(msg).embed
    assert "everyone" in e["title"] and "this" in e["title"]
    assert "](" not in e["title"].replace("\\](", "")
    assert e["description"].startswith("\\#")
    assert "\\*\\*not bold\\*\\*" in e["description"]
    assert "\\|\\|no spoiler\\|\\|" in e["description"]


def test_our_links_stay_links_and_bad_schemes_are_dropped():
    msg = Message(
        blocks=(Block("paragraph", spans=(Span("story", url="https://ex.com/a(b)"), Span(" bad", url="javascript:x"))),),
        fallback="x", url="javascript:alert(1)",
    )
    e = render(msg).embed
    assert "[story](https://ex.com/a%28b%29)" in e["description"]
    assert "javascript" not in e["description"]
    assert "url" not in e
    assert safe_url("https://ex.com/x y") == "https://ex.com/xy"
    assert safe_url("file:///etc/passwd") is None


def test_footer_marker_survives_and_long_descriptions_are_cut_with_an_ellipsis():
    para = Block("paragraph", spans=(Span("word " * 2000),))
    e = render(Message(blocks=(para,), fallback="f"), footer="ref sbabc").embed
    assert e["footer"]["text"] == "ref sbabc"
    assert e["description"].endswith("…")
    assert len(e["description"]) <= DESCRIPTION_MAX


@given(st.text(max_size=300))
def test_unescape_md_undoes_escape_md(text):
    assert unescape_md(escape_md(text)) == text


def test_escape_md_escapes_markdown_starters():
    assert escape_md("a*b_c") == "a\\*b\\_c"
    assert escape_md("-# small\n- item a-b") == "\\-\\# small\n\\- item a-b"
