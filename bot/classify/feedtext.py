"""Feed-style text made plain: HTML entities decoded, feed boilerplate dropped, outlet suffixes off headlines.

News-search and RSS feeds carry a headline and a sentence or two, often wrapped in boilerplate ("Read more",
"The post X appeared first on Y", "Continue reading", "[&#8230;]", "Subscribe ..."). The watcher decodes HTML
but batch input reaches the classifier raw, so ``Doc.from_article`` runs these first. Pure.
"""

from __future__ import annotations

import html
import re
from itertools import islice

_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# boilerplate that ends a feed item: matched at the end of the text, repeatedly
_TAIL = re.compile(
    r"(?:"
    r"the\s+post\s+.{1,300}?\s+appeared\s+first\s+on\s+.{1,120}?"
    r"|(?:read\s+more|continue\s+reading|keep\s+reading|read\s+the\s+(?:full\s+)?(?:story|article)|more\s+here)"
    r"(?:\s+(?:at|on|here)\b.{0,60}?)?"
    r"|(?:click|tap)\s+here\s+to\s+.{1,80}?"
    r"|subscribe\s+(?:to|for|now)\b.{0,120}?"
    r"|sign\s+up\s+(?:to|for)\b.{0,120}?"
    r"|(?:this\s+)?(?:article|story)\s+(?:was\s+)?(?:originally\s+)?(?:published|appeared)\s+(?:on|in|at)\s+.{1,120}?"
    r")\s*[.!:\u2026]*\s*(?:\.\.\.|\u2026|\u00bb|>>|\u2192)?\s*$",
    re.IGNORECASE | re.DOTALL,
)
# where such boilerplate can begin (lower case): found with str.find, then the full pattern is tried there
_TAIL_KEYS = ("the post", "read", "continue", "keep", "more here", "click", "tap", "subscribe", "sign up", "this",
              "article", "story")
# an elision mark that ends a cut summary: "[...]", "[&#8230;]" (decoded), "... [more]"
_ELISION = re.compile(r"\s*(?:\[\s*(?:\.\.\.|\u2026)\s*\]|(?:\.\.\.|\u2026)\s*\[?\s*more\s*\]?)\s*$", re.IGNORECASE)
_SENTENCE_END = ".!?\u2026\"'\u201d)]:\n"
_TITLE_SEPS = (" - ", " | ", " \u2013 ", " \u2014 ")
_ALNUM = re.compile(r"[^a-z0-9]+")


def unescape(text: str) -> str:
    """HTML entities decoded (twice at most: feeds double-escape ``&amp;#8217;``)."""
    for _ in range(2):
        if "&" not in text or not _ENTITY.search(text):
            break
        text = html.unescape(text)
    return text


def strip_boilerplate(text: str) -> str:
    """The body without the feed boilerplate that trails it."""
    if not text:
        return text
    for _ in range(4):
        cut = None
        if text.endswith(("]", ".", "\u2026")):
            m = _ELISION.search(text, max(0, len(text) - 40))
            cut = m.start() if m else None
        if cut is None:
            for pos in _candidates(text):
                # boilerplate stands on its own after a sentence ("They said read more." is prose)
                if (pos == 0 or text[:pos].rstrip()[-1:] in _SENTENCE_END) and _TAIL.match(text, pos):
                    cut = pos
                    break
        if not cut:  # none, or nothing but boilerplate: leave it
            break
        text = text[:cut].rstrip()
    return text


def _candidates(text: str) -> list[int]:
    """Start offsets of words in the last 500 characters that can begin boilerplate, in text order."""
    base = max(0, len(text) - 500)
    low = text[base:].lower()
    out = []
    for key in _TAIL_KEYS:
        i = low.find(key)
        while i >= 0:
            at = base + i
            if at == 0 or not text[at - 1].isalnum():  # a word's start, not "already" or "spread"
                out.append(at)
            i = low.find(key, i + 1)
    return sorted(out)


def _key(value: str) -> str:
    return _ALNUM.sub("", value.lower())


def _outlet_like(segment: str, names: tuple[str, ...]) -> bool:
    """Does a headline's tail look like an outlet's name: the publisher or domain, or a short capitalised name?"""
    seg = _key(segment)
    if not seg:
        return False
    for name in names:
        k = _key(name.rsplit(".", 1)[0] if "." in name and " " not in name else name)
        if k and (k in seg or seg in k) and min(len(k), len(seg)) >= 3:
            return True
    words = segment.split()
    if not 0 < len(words) <= 4 or len(segment) > 40 or not words[0][:1].isupper():
        return False  # "Times of India", "The Wall Street Journal", "example.com"
    return all(w[:1].isupper() or "." in w or w in _NAME_JOINERS for w in words)


_NAME_JOINERS = frozenset({"of", "the", "and", "de", "for", "on", "in", "&"})
_WORD_SPAN = re.compile(r"[A-Za-z0-9\u00c0-\u024f]+")


def drop_repeated_title(body: str, title: str, *names: str) -> str:
    """A feed description that opens by repeating the headline (news-search feeds: "headline  Outlet") keeps
    only what follows it; a description that is nothing but the headline and an outlet's name is empty."""
    t_words = [w.lower() for w in _WORD_SPAN.findall(title)]
    if len(t_words) < 3 or not body:
        return body
    spans = list(islice(_WORD_SPAN.finditer(body), len(t_words)))
    if len(spans) < len(t_words) or any(m.group(0).lower() != w for m, w in zip(spans, t_words, strict=True)):
        return body
    end = spans[-1].end()
    rest = body[end:].lstrip(" \t.:;,-|\u2013\u2014\u00a0")
    if rest and len(rest) <= 60 and "\n" not in rest and _outlet_like(rest.rstrip(". "), tuple(n for n in names if n)):
        return ""
    return rest


def strip_outlet(title: str, *names: str) -> str:
    """``"Anthropic sues Pentagon - Reuters"`` -> ``"Anthropic sues Pentagon"``: a trailing outlet name is not
    news. Only the last segment goes, and only when at least four words of headline stay."""
    names = tuple(n for n in names if n)
    for sep in _TITLE_SEPS:  # the last separator only: "A - B - Reuters" loses "Reuters"
        head, found, tail = title.rpartition(sep)
        if found and len(head.split()) >= 4 and _outlet_like(tail.strip(), names):
            return head.rstrip()
    return title


def plain(text: str) -> str:
    return strip_boilerplate(unescape(text))
