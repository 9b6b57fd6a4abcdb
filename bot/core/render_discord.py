"""Render a neutral Message to a Discord message: an embed (plus short content) within Discord's limits.

Pure: returns plain dicts in Discord's JSON shape (the adapter turns them into ``discord.Embed``).

Untrusted text goes through ``core.sanitize.safe_text`` (control/bidi characters dropped, every
mention syntax made inert) and then Discord markdown is escaped with backslashes, so article text
can neither ping anyone nor form masked links ``[x](http://evil)``, headings, quotes, spoilers or
code blocks. Only links we build from ``Span.url`` (http/https only) are masked links.
Mentions are also disabled on the wire (``allowed_mentions`` none) by the adapter: two layers.

Limits (Discord API): content 2,000; embed title 256, description 4,096, 25 fields with name 256
and value 1,024, footer 2,048, 6,000 characters in all; thread names 1 to 100.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit

from bot.core.sanitize import ELLIPSIS, one_line, safe_text, truncate
from bot.models import Block, Inline, Message, Span

CONTENT_MAX = 2000
TITLE_MAX = 256
DESCRIPTION_MAX = 4096
FIELDS_MAX = 25
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FOOTER_MAX = 2048
EMBED_TOTAL_MAX = 6000
THREAD_NAME_MAX = 100
URL_MAX = 2048

COLORS = {
    "neutral": 0x95A5A6,
    "bearish": 0xE74C3C,
    "bullish": 0x2ECC71,
    "alert": 0xE67E22,
    "error": 0x992D22,
}

# Everything that can start Discord markdown, inline or at a line start: escaped with a backslash.
_MD_SPECIAL = frozenset("\\*_~`|>#[]-<@")  # "[" and "]" escaped: no masked link can form
_SAFE_URL_CHARS = "/:?&=#%~+,;@!$'*.-_"


@dataclass(frozen=True, slots=True)
class DiscordMessage:
    """What the adapter sends: ``content`` (may be empty) and one embed dict."""

    content: str
    embed: dict[str, Any]


def escape_md(text: str) -> str:
    """Backslash-escape every character that could start Discord markdown.

    ``-`` only matters at the start of a line (``- item``, ``-# small``), so only a leading one is escaped.
    """
    return "".join(
        "\\" + ch if ch in _MD_SPECIAL and (ch != "-" or i == 0 or text[i - 1] == "\n") else ch
        for i, ch in enumerate(text)
    )


def fit_md(text: str, limit: int) -> str:
    """``escape_md(safe)`` bounded to ``limit`` characters, cut at a word boundary, never inside an escape."""
    escaped = escape_md(text)
    if len(escaped) <= limit:
        return escaped
    if limit <= len(ELLIPSIS):
        return ""
    budget = limit - len(ELLIPSIS)
    used = cut = 0
    for i, ch in enumerate(text):
        w = 2 if ch in _MD_SPECIAL else 1
        if used + w > budget:
            break
        used += w
        cut = i + 1
    head = text[:cut]
    # prefer a word boundary when one is near
    m = re.search(r"\s+\S*$", head)
    if cut < len(text) and not text[cut].isspace() and m and m.start() > 0 and cut - m.start() <= max(cut // 3, 40):
        head = head[: m.start()]
    return escape_md(head.rstrip()) + ELLIPSIS


def safe_url(url: str | None) -> str | None:
    """An http(s) URL with characters that could break markdown percent-encoded, or None."""
    if not url:
        return None
    url = "".join(ch for ch in url.strip() if ch.isprintable() and not ch.isspace())
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    cleaned = quote(url, safe=_SAFE_URL_CHARS)
    return cleaned if len(cleaned) <= URL_MAX else None


_CAP = 2 * DESCRIPTION_MAX  # no single text can show more than this: longer input is cut before any work


def _cap(text: str) -> str:
    return text if len(text) <= _CAP else text[:_CAP] + ELLIPSIS


def _span(span: Span, *, in_link_ok: bool = True) -> str:
    raw = safe_text(_cap(span.text), keep_newlines=False)
    text = escape_md(raw)
    if not text.strip():
        return text
    if span.code:
        text = f"`{raw.replace('`', 'ˋ')}`"
    if span.bold:
        text = f"**{text}**"
    if span.italic:
        text = f"*{text}*"
    url = safe_url(span.url) if in_link_ok else None
    if url and not span.code:
        text = f"[{text}]({url})"
    return text


def inline(spans: Inline, *, links: bool = True) -> str:
    """Spans to Discord markdown: text escaped, styles and our own links applied."""
    return "".join(_span(s, in_link_ok=links) for s in spans)


def plain(spans: Inline) -> str:
    """Spans as one safe line without markdown (for titles, footers and field names, which ignore links)."""
    return one_line(_cap("".join(_cap(s.text) for s in spans)))


def _block_lines(block: Block) -> list[tuple[str, str]]:
    """(markdown line, its plain text) per line of a block; the plain text is used if a line must be cut."""

    def raw(spans: Inline) -> str:
        return safe_text(_cap("".join(_cap(s.text) for s in spans)), keep_newlines=False)

    if block.kind == "header":
        return [(f"**{inline(block.spans, links=False)}**", raw(block.spans))]
    if block.kind == "paragraph":
        return [(inline(block.spans), raw(block.spans))]
    if block.kind == "bullets":
        return [("• " + inline(item), "• " + raw(item)) for item in block.items]
    if block.kind == "context":
        items = [item for item in block.items if item]
        if not items:
            return []
        # plain, not wrapped in italics: "*" around an item that starts bold ("***") breaks Discord's parser
        return [(" · ".join(inline(i) for i in items), " · ".join(raw(i) for i in items))]
    if block.kind == "divider":
        return [("\u200b", "")]
    return []


def _join_bounded(lines: list[tuple[str, str]], limit: int) -> str:
    """Join lines with newlines within ``limit``; a line that does not fit is cut (as plain text) and ends it."""
    out: list[str] = []
    used = 0
    for line, raw_text in lines:
        if not line:
            continue
        sep = 1 if out else 0
        if used + sep + len(line) <= limit:
            out.append(line)
            used += sep + len(line)
            continue
        room = limit - used - sep
        if room >= 40:
            cut = fit_md(raw_text, room)
            if cut:
                out.append(cut)
        elif room >= len(ELLIPSIS):
            out.append(ELLIPSIS)
        break
    return "\n".join(out)


def _field_value(spans: Inline) -> str:
    text = inline(spans)
    if len(text) <= FIELD_VALUE_MAX:
        return text or "-"
    # re-render plainly and bound: links are dropped rather than cut in half
    return fit_md(safe_text(_cap("".join(_cap(s.text) for s in spans)), keep_newlines=False), FIELD_VALUE_MAX) or "-"


def render(message: Message, *, footer: str | None = None) -> DiscordMessage:
    """One embed for ``message``, within every Discord limit, with ``footer`` (our marker) last in the footer."""
    blocks = list(message.blocks)
    title = ""
    if blocks and blocks[0].kind == "header":
        title = fit_md(plain(blocks[0].spans), TITLE_MAX)
        blocks = blocks[1:]

    fields: list[dict[str, Any]] = []
    lines: list[str] = []
    for block in blocks:
        if block.kind == "fields":
            for name, value in block.fields:
                if len(fields) >= FIELDS_MAX:
                    break
                fields.append({
                    "name": fit_md(one_line(_cap(name)), FIELD_NAME_MAX) or "-",
                    "value": _field_value(value),
                    "inline": len(plain(value)) <= 40,
                })
        elif sum(len(line) + 1 for line, _ in lines) <= DESCRIPTION_MAX:  # past that nothing more can show
            lines.extend(_block_lines(block))

    footer_text = truncate(one_line(_cap(footer)), FOOTER_MAX) if footer else ""
    fixed = len(title) + len(footer_text)
    # fields first within the total; the description takes what is left
    kept: list[dict[str, Any]] = []
    for f in fields:
        size = len(f["name"]) + len(f["value"])
        if fixed + size > EMBED_TOTAL_MAX - 200:
            break
        kept.append(f)
        fixed += size
    room = min(DESCRIPTION_MAX, EMBED_TOTAL_MAX - fixed)
    description = _join_bounded(lines, room)

    embed: dict[str, Any] = {"type": "rich", "color": COLORS.get(message.tone, COLORS["neutral"])}
    if title:
        embed["title"] = title
    if description:
        embed["description"] = description
    if kept:
        embed["fields"] = kept
    if footer_text:
        embed["footer"] = {"text": footer_text}
    url = safe_url(message.url)
    if url and title:
        embed["url"] = url
    if not title and not description and not kept:
        embed["description"] = fit_md(safe_text(_cap(message.fallback)), room) or "-"
    return DiscordMessage(content="", embed=embed)


def embed_length(embed: dict[str, Any]) -> int:
    """Discord's count toward the 6,000 limit: title, description, field names and values, footer, author."""
    total = len(embed.get("title", "")) + len(embed.get("description", ""))
    total += sum(len(f.get("name", "")) + len(f.get("value", "")) for f in embed.get("fields", []))
    total += len(embed.get("footer", {}).get("text", "")) + len(embed.get("author", {}).get("name", ""))
    return total


def content_text(text: str) -> str:
    """Our own short content line (never article text) bounded to the message limit."""
    return truncate(text, CONTENT_MAX)


def unescape_md(text: str) -> str:
    """Undo ``escape_md`` (e.g. an embed title reused where markdown does not render, like a thread name)."""
    return re.sub(r"\\([^0-9A-Za-z\s])", r"\1", text)


def thread_name(text: str | None, default: str = "Updates") -> str:
    """A thread name: one safe line, 1 to 100 characters (thread names show no markdown)."""
    name = truncate(one_line(_cap(text or "")), THREAD_NAME_MAX)
    return name if name.strip() else default


__all__ = [
    "CONTENT_MAX",
    "DESCRIPTION_MAX",
    "EMBED_TOTAL_MAX",
    "FIELDS_MAX",
    "FIELD_NAME_MAX",
    "FIELD_VALUE_MAX",
    "FOOTER_MAX",
    "THREAD_NAME_MAX",
    "TITLE_MAX",
    "DiscordMessage",
    "content_text",
    "embed_length",
    "escape_md",
    "fit_md",
    "inline",
    "render",
    "safe_url",
    "thread_name",
    "unescape_md",
]
