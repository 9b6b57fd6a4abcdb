"""Render a neutral ``bot.models.Message`` to Slack Block Kit and to terminal text. Pure functions.

Every span's text is untrusted: it is cleaned, its mentions neutralised and (for Slack) ``& < >``
escaped before any markup of ours is put around it, so no input can form a mention or a link.
Links are rendered ``<url|label>`` only for http(s) URLs that pass ``safe_url``; any other URL is
shown as (escaped) text. Slack limits are enforced here, by construction:

- at most ``MAX_BLOCKS`` (50) blocks, ``MAX_MESSAGE_CHARS`` (12,000) characters of text per message
- ``MAX_SECTION`` (3,000) per section text, ``MAX_HEADER`` (150) per header, ``MAX_FIELD`` (2,000)
  per field and 10 fields per section, ``MAX_CONTEXT_ELEMENTS`` (10) per context block
- the fallback ``text`` is bounded to ``MAX_FALLBACK`` characters.

Long paragraphs and bullet lists are split over several sections; what does not fit the message
budget is dropped and a short "(truncated)" note closes the message.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from bot.core.sanitize import (
    ELLIPSIS,
    ZWSP,
    escaped_len,
    fit_escaped,
    neutralise_mentions,
    one_line,
    precut,
    safe_text,
    slack_text,
    truncate,
)
from bot.models import Block, Inline, Message, Span

MAX_BLOCKS = 50
MAX_SECTION = 3000
MAX_HEADER = 150
MAX_FIELD = 2000
MAX_FIELDS = 10
MAX_CONTEXT_ELEMENTS = 10
MAX_MESSAGE_CHARS = 12_000
MAX_FALLBACK = 3000
MAX_URL = 1000
TRUNCATED_NOTE = "(truncated)"

_MENTION_WORD = re.compile(r"here|channel|everyone", re.I)
_AT_SIGNS = ("@", "＠", "﹫")
_URL_BAD = re.compile(r"[\s<>|\"'`\\\x00-\x1f\x7f]")


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) URL fit to put inside ``<...|...>``, else None."""
    if not url or len(url) > MAX_URL or _URL_BAD.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


# --------------------------------------------------------------------------- Slack


def _mark(span: Span, body: str) -> str:
    if not body.strip():
        return body
    if span.code:
        return f"`{body}`"
    lead = body[: len(body) - len(body.lstrip())]
    trail = body[len(body.rstrip()):]
    core = body.strip()
    if span.bold:
        core = f"*{core}*"
    if span.italic:
        core = f"_{core}_"
    return f"{lead}{core}{trail}"


def _markup_cost(span: Span) -> int:
    return 2 * (int(span.code) or int(span.bold) + int(span.italic))


def _span_mrkdwn(span: Span, budget: int, after_at: bool = False) -> str:
    """One span as mrkdwn, at most ``budget`` characters (the link is dropped if it does not fit).

    ``after_at``: the text before this span ends with "@", so a leading "here" would complete a mention.
    """
    text = safe_text(precut(span.text, budget))
    if after_at and _MENTION_WORD.match(text):
        text = ZWSP + text
    if span.code:
        text = text.replace("`", "'")
    url = safe_url(span.url)
    inner = budget - _markup_cost(span)
    if inner <= 0:
        return ""
    if url is not None:
        label = one_line(precut(span.text, budget)) or url
        link_url = url.replace("&", "&amp;")
        overhead = len(link_url) + 3
        if escaped_len(label) + overhead <= inner or (inner - overhead >= 20):
            return _mark(span, f"<{link_url}|{fit_escaped(label, inner - overhead)}>")
        return _mark(span, fit_escaped(label, inner))
    if span.url:  # present but not a safe http(s) URL: show it as text, never as a link
        text = f"{text} ({safe_text(span.url, keep_newlines=False)})"
    return _mark(span, fit_escaped(text, inner))


def inline_mrkdwn(spans: Inline, limit: int) -> str:
    """Spans as one mrkdwn string of at most ``limit`` characters."""
    out: list[str] = []
    used = 0
    for span in spans:
        tail = next((p for p in reversed(out) if p), "")
        part = _span_mrkdwn(span, limit - used, after_at=tail.endswith(_AT_SIGNS))
        out.append(part)
        used += len(part)
        if used >= limit - len(ELLIPSIS):
            break
    return "".join(out)


def _inline_plain(spans: Inline) -> str:
    return "".join(s.text for s in spans)


def _split_lines(lines: list[str], limit: int) -> list[str]:
    """Join lines into chunks of at most ``limit`` characters each (a line longer than that is cut)."""
    chunks: list[str] = []
    cur = ""
    for line in lines:
        line = line[:limit]
        if cur and len(cur) + 1 + len(line) > limit:
            chunks.append(cur)
            cur = line
        else:
            cur = f"{cur}\n{line}" if cur else line
    if cur:
        chunks.append(cur)
    return chunks


def _mrkdwn(text: str) -> dict[str, Any]:
    return {"type": "mrkdwn", "text": text, "verbatim": True}


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": _mrkdwn(text)}


def _paragraph_sections(spans: Inline) -> list[str]:
    """A paragraph may exceed one section: split at newlines, then render each piece within the limit."""
    pieces: list[list[Span]] = [[]]
    for span in spans:
        parts = span.text.split("\n")
        for i, part in enumerate(parts):
            if i:
                pieces.append([])
            if part or span.url:
                pieces[-1].append(Span(part, bold=span.bold, italic=span.italic, code=span.code, url=span.url))
    lines = [inline_mrkdwn(tuple(p), MAX_SECTION) for p in pieces]
    return [c for c in _split_lines(lines, MAX_SECTION) if c.strip()]


def _block_to_slack(block: Block) -> list[dict[str, Any]]:
    if block.kind == "header":
        text = slack_text(_inline_plain(block.spans), MAX_HEADER, keep_newlines=False)
        text = " ".join(text.split())
        return [{"type": "header", "text": {"type": "plain_text", "text": text, "emoji": True}}] if text else []
    if block.kind == "paragraph":
        return [_section(c) for c in _paragraph_sections(block.spans)]
    if block.kind == "bullets":
        lines = ["• " + inline_mrkdwn(item, MAX_SECTION - 2).replace("\n", " ") for item in block.items]
        return [_section(c) for c in _split_lines(lines, MAX_SECTION)]
    if block.kind == "context":
        items = list(block.items)
        if len(items) > MAX_CONTEXT_ELEMENTS:  # fold the rest into the last element
            items = [*items[: MAX_CONTEXT_ELEMENTS - 1], tuple(s for it in items[MAX_CONTEXT_ELEMENTS - 1:] for s in
                                                              (*it, Span(" · ")))[:-1]]
        per = MAX_SECTION // max(1, len(items))
        elements = [_mrkdwn(t) for t in (inline_mrkdwn(it, per) for it in items) if t.strip()]
        return [{"type": "context", "elements": elements}] if elements else []
    if block.kind == "fields":
        out: list[dict[str, Any]] = []
        rendered = []
        for name, value in block.fields:
            head = slack_text(name, 200, keep_newlines=False)
            body = inline_mrkdwn(value, MAX_FIELD - len(head) - 3)
            rendered.append(_mrkdwn(f"*{head}*\n{body}" if head.strip() else body or "-"))
        for i in range(0, len(rendered), MAX_FIELDS):
            out.append({"type": "section", "fields": rendered[i: i + MAX_FIELDS]})
        return out
    if block.kind == "divider":
        return [{"type": "divider"}]
    return []


def block_chars(block: dict[str, Any]) -> int:
    """Characters of text a Slack block carries (what the message budget counts)."""
    if "text" in block and isinstance(block["text"], dict):
        return len(block["text"]["text"])
    if block["type"] == "context":
        return sum(len(e["text"]) for e in block["elements"])
    if "fields" in block:
        return sum(len(f["text"]) for f in block["fields"])
    return 0


def to_slack(msg: Message) -> dict[str, Any]:
    """``{"text": fallback, "blocks": [...]}`` within Slack's limits, for chat.postMessage / chat.update."""
    blocks: list[dict[str, Any]] = []
    used = 0
    note = {"type": "context", "elements": [_mrkdwn(TRUNCATED_NOTE)]}
    truncated = False
    for block in msg.blocks:
        for sb in _block_to_slack(block):
            cost = block_chars(sb)
            if len(blocks) >= MAX_BLOCKS - 1 or used + cost > MAX_MESSAGE_CHARS - len(TRUNCATED_NOTE):
                truncated = True
                break
            blocks.append(sb)
            used += cost
        if truncated:
            break
    if truncated:
        blocks.append(note)
    fallback_text = slack_text(msg.fallback, MAX_FALLBACK)
    if not blocks:
        blocks.append(_section(fallback_text or "-"))
    fallback = fallback_text or slack_text(_first_text(msg), MAX_FALLBACK) or "-"
    return {"text": fallback, "blocks": blocks}


def _first_text(msg: Message) -> str:
    for b in msg.blocks:
        if b.spans:
            return _inline_plain(b.spans)
    return ""


# --------------------------------------------------------------------------- terminal

TEXT_WIDTH = 72


def _span_text(span: Span, budget: int = 20_000) -> str:
    text = safe_text(precut(span.text, budget))
    url = span.url
    if url:
        shown = safe_text(precut(url, 2000), keep_newlines=False)
        return f"{text} <{shown}>" if text.strip() and text.strip() != shown else f"<{shown}>"
    return text


def inline_text(spans: Inline, budget: int = 20_000) -> str:
    out: list[str] = []
    used = 0
    for s in spans:
        if used > budget:
            break
        part = _span_text(s, budget - used)
        out.append(part)
        used += len(part)
    return "".join(out)


def _block_lines(block: Block, budget: int) -> list[str]:
    if block.kind == "header":
        title = " ".join(inline_text(block.spans, budget).split())
        return [title, "=" * min(len(title), TEXT_WIDTH)]
    if block.kind == "paragraph":
        return [inline_text(block.spans, budget)]
    if block.kind == "bullets":
        return ["  - " + inline_text(item, budget).replace("\n", "\n    ") for item in block.items]
    if block.kind == "context":
        return ["  " + " · ".join(inline_text(item, budget) for item in block.items)]
    if block.kind == "fields":
        return [f"  {one_line(precut(name, budget))}: {inline_text(value, budget)}" for name, value in block.fields]
    if block.kind == "divider":
        return ["-" * 40]
    return []


def to_text(msg: Message, *, max_chars: int = 20_000) -> str:
    """The message as plain terminal text: no control characters, no markup, mentions inert."""
    lines: list[str] = []
    used = 0
    for block in msg.blocks:
        if used > max_chars:
            break
        for line in _block_lines(block, max_chars - used):
            lines.append(line)
            used += len(line) + 1
    if not lines:
        lines.append(safe_text(precut(msg.fallback, max_chars)))
    # spans are made safe one by one; a mention split over two spans ("<" + "!here>") is caught here
    return truncate(neutralise_mentions("\n".join(lines)), max_chars)


__all__ = ["MAX_BLOCKS", "MAX_HEADER", "MAX_MESSAGE_CHARS", "MAX_SECTION", "block_chars", "inline_mrkdwn",
           "inline_text", "safe_url", "to_slack", "to_text"]
