"""bot.core.render: Slack Block Kit limits and mention safety for ANY message (hypothesis), plus examples."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core import render
from bot.models import Block, Message, Span
from tests.strategies import message_strategy

HOSTILE = ["<!channel>", "<!here>", "<!everyone>", "<@U024BE7LH>", "<#C1|general>", "<!subteam^S1|@devs>",
           "@here", "@channel", "@everyone", "<https://evil.example|click>", "&", "<", ">", "|", "*", "`",
           "\u202e", "\x1b[31m", "\n", "javascript:alert(1)", "x" * 300]
texts = st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=40)), max_size=12).map("".join)
long_texts = st.one_of(texts, st.builds(lambda t, n: t * n, texts, st.integers(1, 400)))  # long but cheap to draw
urls = st.one_of(st.none(), st.sampled_from(["https://example.com/a?b=1&c=2", "http://x.test/<!here>",
                                             "javascript:alert(1)", "ftp://x.test/", "https://ok.test/|x",
                                             "https://e.test/" + "a" * 2000]), st.text(max_size=30))
messages = message_strategy(long_texts, urls, field_names=texts, max_bullets=30, max_context=15, max_fields=14,
                            max_blocks=60)

LINK = re.compile(r"<(https?://[^\s<>|]+)\|([^<>]*)>")
PLAIN = re.compile(r"[@＠﹫](here|channel|everyone)", re.I)
BAD = re.compile("[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def _texts(payload: dict[str, Any]) -> list[tuple[str, str]]:
    """(block type, text) for every text in the payload, plus the fallback."""
    out = [("fallback", payload["text"])]
    for b in payload["blocks"]:
        if isinstance(b.get("text"), dict):
            out.append((b["type"], b["text"]["text"]))
        out += [(b["type"], e["text"]) for e in b.get("elements", [])]
        out += [(b["type"], f["text"]) for f in b.get("fields", [])]
    return out


@settings(max_examples=80, deadline=None)
@given(messages)
def test_slack_limits_hold_and_no_mention_survives(msg: Message) -> None:
    payload = render.to_slack(msg)
    blocks = payload["blocks"]
    assert 1 <= len(blocks) <= 50
    total = 0
    for b in blocks:
        if b["type"] == "header":
            assert 1 <= len(b["text"]["text"]) <= 150
            assert b["text"]["type"] == "plain_text"
        elif b["type"] == "section":
            if "text" in b:
                assert 1 <= len(b["text"]["text"]) <= 3000
            if "fields" in b:
                assert 1 <= len(b["fields"]) <= 10
                assert all(1 <= len(f["text"]) <= 2000 for f in b["fields"])
        elif b["type"] == "context":
            assert 1 <= len(b["elements"]) <= 10
        total += render.block_chars(b)
    assert total <= 12_000
    assert len(payload["text"]) <= 3000
    allowed_urls = {render.safe_url(s.url) for bl in msg.blocks for s in
                    (*bl.spans, *(x for it in bl.items for x in it), *(x for _, v in bl.fields for x in v))}
    for kind, text in _texts(payload):
        for m in LINK.finditer(text):
            assert kind != "header"
            assert m.group(1).replace("&amp;", "&") in allowed_urls
        rest = LINK.sub("", text)
        assert "<" not in rest and ">" not in rest, (kind, text)
        assert not PLAIN.search(text)
        assert not BAD.search(text)
        assert not re.search(r"&(?!amp;|lt;|gt;)", text)


@settings(max_examples=40, deadline=None)
@given(messages)
def test_terminal_text_has_no_control_characters_or_mentions(msg: Message) -> None:
    out = render.to_text(msg)
    assert not BAD.search(out)
    assert not PLAIN.search(out)
    assert not re.search(r"<[@#!]", out)
    assert len(out) <= 20_000


def test_links_are_rendered_only_for_http_urls() -> None:
    msg = Message(blocks=(Block(kind="paragraph", spans=(
        Span("Read <this>", url="https://example.com/a?b=1&c=2"), Span(" and "),
        Span("that", url="javascript:alert(1)"))),), fallback="x")
    text = render.to_slack(msg)["blocks"][0]["text"]["text"]
    assert text == "<https://example.com/a?b=1&amp;c=2|Read &lt;this&gt;> and that (javascript:alert(1))"


def test_hostile_title_pings_no_one() -> None:
    msg = Message(blocks=(Block(kind="header", spans=(Span("<!channel> @here breaking"),)),
                          Block(kind="bullets", items=((Span("<@U123> said", bold=True),),))),
                  fallback="<!everyone> alert")
    out = render.to_slack(msg)
    assert out["blocks"][0]["text"]["text"] == "@\u200bchannel @\u200bhere breaking"
    assert out["blocks"][1]["text"]["text"] == "• *@\u200bU123 said*"
    assert out["text"] == "@\u200beveryone alert"


def test_mentions_split_across_spans_stay_inert() -> None:
    para = Block(kind="paragraph", spans=(Span("ping @"), Span(""), Span("here", bold=False), Span(" and <"),
                                          Span("!channel>")))
    msg = Message(blocks=(para,), fallback="x")
    slack = render.to_slack(msg)["blocks"][0]["text"]["text"]
    assert slack == "ping @\u200bhere and &lt;!channel&gt;"
    text = render.to_text(msg)
    assert not PLAIN.search(text) and "<!" not in text


def test_long_message_is_cut_with_a_note() -> None:
    para = Block(kind="paragraph", spans=(Span("word " * 1000),))
    out = render.to_slack(Message(blocks=(para,) * 10, fallback="long"))
    assert out["blocks"][-1]["elements"][0]["text"] == "(truncated)"
    assert sum(render.block_chars(b) for b in out["blocks"]) <= 12_000


def test_terminal_rendering() -> None:
    msg = Message(blocks=(
        Block(kind="header", spans=(Span("Status"),)),
        Block(kind="paragraph", spans=(Span("Impact "), Span("9", bold=True))),
        Block(kind="bullets", items=((Span("one", url="https://a.test/x"),), (Span("two"),))),
        Block(kind="fields", fields=(("Sources", (Span("3"),)),)),
        Block(kind="context", items=((Span("a"),), (Span("b"),))),
        Block(kind="divider"),
    ), fallback="Status")
    assert render.to_text(msg).splitlines() == [
        "Status", "======", "Impact 9", "  - one <https://a.test/x>", "  - two", "  Sources: 3", "  a · b", "-" * 40]
