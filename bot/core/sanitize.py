"""Text safety helpers shared by every renderer (Slack, Discord, terminal). Pure functions, no I/O.

Untrusted text (article titles, summaries, chat input echoed back) goes through, in this order:

1. ``clean``: drop control characters (ANSI escapes included), bidirectional overrides and
   invisible characters; keep newlines and tabs.
2. ``neutralise_mentions``: turn every mention syntax (``<!channel>``, ``<!here>``, ``<!everyone>``,
   ``<@U...>``, ``<#C...>``, ``<!subteam^...>``, Discord ``<@123>``, ``<@&role>``, ``<#123>``, plain
   ``@here``/``@channel``/``@everyone``) into inert text: a zero-width space after the ``@``/``#``.
3. ``escape_slack`` (Slack only): ``&`` ``<`` ``>`` become entities, so no markup can form.
4. ``truncate`` / ``fit_escaped``: bound the length, cutting at a word boundary.

``safe_text`` does 1 and 2, which is what Discord and the terminal need; ``slack_text`` does 1 to 4.
"""

from __future__ import annotations

import re

ZWSP = "\u200b"
ELLIPSIS = "…"

# Bidirectional embeddings, overrides, isolates and marks (Trojan Source), plus invisible characters
# that can hide a mention from a filter while the client still renders it.
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_INVISIBLE = "\u00ad\u180e\u200b\u2060\u2061\u2062\u2063\u2064\ufeff\ufff9\ufffa\ufffb"

# <!here>, <!channel|label>, <!subteam^S1|@team>, <@U123|name>, <#C123|general>, Discord <@!1>, <@&1>, <#1>
_ANGLE_MENTION = re.compile(r"<\s*([!@#])\s*([&!]?)([^<>|\s]*)(?:\|([^<>]*))?>")
_PLAIN_MENTION = re.compile(r"([@＠﹫])(?=here|channel|everyone)", re.I)
_OPEN_MENTION = re.compile(r"<(?=\s*[!@#])")
_WORD_BREAK = re.compile(r"\s+\S*$")


_DROP_RE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\U000e0000-\U000e007f"
    + re.escape(_BIDI + _INVISIBLE) + "]"
)
_BREAKS_RE = re.compile("\r\n|[\r\u2028\u2029]")


def clean(text: str, *, keep_newlines: bool = True) -> str:
    """Remove control, bidi-override and invisible characters; normalise line breaks.

    Tabs survive; newlines survive when ``keep_newlines`` (else they become spaces).
    Lone surrogates (which no platform can encode) and Unicode tag characters are removed too.
    """
    if not text:
        return ""
    text = _BREAKS_RE.sub("\n", text)
    text = _DROP_RE.sub("", text)
    return text if keep_newlines else text.replace("\n", " ")


def neutralise_mentions(text: str) -> str:
    """Make every mention syntax inert while keeping it readable (``<!here>`` -> ``@\u200bhere``)."""

    def angle(m: re.Match[str]) -> str:
        sigil, extra, ident, label = m.group(1), m.group(2), m.group(3), m.group(4)
        if label:
            shown = label.lstrip("@#")
        elif sigil == "!" and ident.startswith("subteam^"):
            shown = "group"
        else:
            shown = ident
        lead = "#" if sigil == "#" else "@"
        if extra == "&" and not label:
            shown = f"role {ident}"
        return f"{lead}{ZWSP}{shown}"

    text = _ANGLE_MENTION.sub(angle, text)
    text = _OPEN_MENTION.sub("<" + ZWSP, text)  # leftovers such as "<<!here>" -> "<@here": break the "<@"
    return _PLAIN_MENTION.sub(lambda m: m.group(1) + ZWSP, text)


def escape_slack(text: str) -> str:
    """Slack's three control characters as entities: ``&`` ``<`` ``>``."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def safe_text(text: str | None, *, keep_newlines: bool = True) -> str:
    """Clean and neutralise untrusted text (no escaping): for Discord, the terminal and plain fields."""
    return neutralise_mentions(clean(text or "", keep_newlines=keep_newlines))


def one_line(text: str | None) -> str:
    """Safe text on one line with runs of whitespace collapsed: for headers, titles and labels."""
    return " ".join(safe_text(text, keep_newlines=False).split())


def truncate(text: str, limit: int, *, ellipsis: str = ELLIPSIS) -> str:
    """At most ``limit`` characters; if cut, cut at a word boundary (when one is near) and add ``ellipsis``."""
    if limit <= 0:
        return ""
    if len(text) <= limit:
        return text
    if limit <= len(ellipsis):
        return text[:limit]
    head = text[: limit - len(ellipsis)]
    return _word_cut(head, text[len(head)]) + ellipsis


def _word_cut(head: str, next_char: str) -> str:
    """Drop a partial last word from ``head``, unless that word is very long (a URL, say)."""
    if next_char.isspace():
        return head.rstrip()
    m = _WORD_BREAK.search(head)
    if m and m.start() > 0 and len(head) - m.start() <= max(len(head) // 3, 40):
        return head[: m.start()].rstrip()
    return head


def escaped_len(text: str) -> int:
    """Length of ``escape_slack(text)`` without building it."""
    return len(text) + 4 * text.count("&") + 3 * (text.count("<") + text.count(">"))


def fit_escaped(text: str, limit: int, *, ellipsis: str = ELLIPSIS) -> str:
    """``escape_slack(text)`` bounded to ``limit`` characters, cut at a word boundary, never inside an entity."""
    if escaped_len(text) <= limit:
        return escape_slack(text)
    if limit <= len(ellipsis):
        return ""
    budget = limit - len(ellipsis)
    used = 0
    cut = 0
    for i, ch in enumerate(text):
        w = 5 if ch == "&" else 4 if ch in "<>" else 1
        if used + w > budget:
            break
        used += w
        cut = i + 1
    head = _word_cut(text[:cut], text[cut]) if cut < len(text) else text[:cut]
    return escape_slack(head) + ellipsis


def slack_text(text: str | None, limit: int, *, keep_newlines: bool = True) -> str:
    """Untrusted text made safe for Slack mrkdwn/plain_text and bounded to ``limit`` characters."""
    return fit_escaped(safe_text(precut(text, limit), keep_newlines=keep_newlines), limit)


def precut(text: str | None, limit: int) -> str:
    """Drop what cannot survive a cut to ``limit`` anyway, before the costlier passes (cleaning may
    shrink text, so a margin is kept). Cutting raw text never creates a mention: every pass runs after."""
    text = text or ""
    cap = 4 * limit + 64
    return text if len(text) <= cap else text[:cap]


__all__ = [
    "ELLIPSIS",
    "ZWSP",
    "clean",
    "escape_slack",
    "escaped_len",
    "fit_escaped",
    "neutralise_mentions",
    "one_line",
    "precut",
    "safe_text",
    "slack_text",
    "truncate",
]
