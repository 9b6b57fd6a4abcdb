"""bot.core.sanitize: examples and hypothesis properties (no mention, control or bidi character survives)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.sanitize import (
    ZWSP,
    clean,
    escape_slack,
    escaped_len,
    fit_escaped,
    one_line,
    safe_text,
    slack_text,
    truncate,
)

HOSTILE = [
    "<!channel>", "<!here>", "<!everyone>", "<@U024BE7LH>", "<@U1|boss>", "<#C024BE7LR|general>",
    "<!subteam^SAZ94GDB8|@devs>", "@here", "@channel", "@everyone", "@HERE", "<@&123456>", "<@!42>",
    "<https://evil.example|click>", "&lt;!channel&gt;", "\u202e", "\x1b[2J", "\u2066", "\x00", "\u200b",
]
mention_text = st.lists(
    st.one_of(st.sampled_from(HOSTILE), st.text(max_size=12), st.sampled_from(["<", ">", "&", "@", "!", "|", " "])),
    max_size=25,
).map("".join)

# What a Slack client would treat as a mention or markup, and what a terminal would obey.
SLACK_MARKUP = re.compile(r"<[!@#]|<https?:")
PLAIN = re.compile(r"[@＠﹫](here|channel|everyone)", re.I)
BAD_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ufeff]")


def test_examples() -> None:
    assert safe_text("ping <!channel> now") == f"ping @{ZWSP}channel now"
    assert safe_text("<@U123|bob> and <#C9|general>") == f"@{ZWSP}bob and #{ZWSP}general"
    assert safe_text("<!subteam^S1|@devs>") == f"@{ZWSP}devs"
    assert safe_text("hey @everyone") == f"hey @{ZWSP}everyone"
    assert safe_text("<@&99> <@!7>") == f"@{ZWSP}role 99 @{ZWSP}7"
    assert clean("red\x1b[31m text\u202eevil\r\n") == "red[31m textevil\n"
    assert escape_slack("a & <b>") == "a &amp; &lt;b&gt;"
    assert one_line("  two\n lines\t here ") == "two lines here"
    assert truncate("hello wonderful world", 12) == "hello…"
    assert truncate("short", 12) == "short"
    assert fit_escaped("a & b & c & d", 12) == "a &amp; b…"


@settings(max_examples=300, deadline=None)
@given(mention_text)
def test_no_mention_or_markup_survives_slack_text(text: str) -> None:
    out = slack_text(text, 3000)
    assert not SLACK_MARKUP.search(out)
    assert "<" not in out and ">" not in out
    assert not PLAIN.search(out)
    assert not BAD_CHARS.search(out)


@settings(max_examples=300, deadline=None)
@given(mention_text)
def test_safe_text_is_inert_for_discord_and_terminal(text: str) -> None:
    out = safe_text(text)
    assert not PLAIN.search(out)
    assert not re.search(r"<[@#!]", out)
    assert not BAD_CHARS.search(out)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400), st.integers(min_value=0, max_value=300))
def test_limits_hold(text: str, limit: int) -> None:
    t = truncate(text, limit)
    assert len(t) <= limit
    f = fit_escaped(text, limit)
    assert len(f) <= limit
    # never cut inside an entity: every & starts a complete entity
    assert not re.search(r"&(?!amp;|lt;|gt;)", f)
    assert escaped_len(text) == len(escape_slack(text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_fit_escaped_keeps_a_prefix(text: str) -> None:
    f = fit_escaped(text, 80)
    body = f.removesuffix("…").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    assert text.startswith(body)
