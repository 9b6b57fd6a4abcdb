"""Tokens, sentences and bounded text: the shared vocabulary of every scorer. Pure."""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property

from bot.classify.feedtext import drop_repeated_title, plain, strip_outlet, unescape
from bot.models import Article

MAX_CHARS = 60_000  # longer bodies are cut: the first ~10,000 words carry the news
LEAD_CHARS = 700
SHORT_BODY = 600  # a body this short with at most two sentences is a feed item's snippet

_WORD = re.compile(r"[a-z0-9][a-z0-9'\-]*[a-z0-9]|[a-z0-9]")
_SENT_SPLIT = re.compile(r"(?<=[.!?\u201d\"'])\s+(?=[\"\u201c'(\[]?[A-Z0-9])|\n+")
_ABBREV = re.compile(r"(?:\b[A-Z]\.(?:[A-Z]\.)*|\b(?:[ap]\.m|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gen|Gov|Lt|Col|Jan|Feb|Mar|Apr|"
                     r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Inc|Corp|Co|Ltd|vs|v|Jr|Sr|Circ)\.)$")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u2028\u2029\ufeff]")

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having he
    her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not
    now of off on once only or other our ours ourselves out over own same she should so some such than that the
    their theirs them themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself yourselves said says say
    one two new also year years week weeks month months day days time times last first next may might must
    s t don didn doesn isn wasn aren weren won wouldn couldn shouldn it's that's he's she's they're we're i'm
    mr ms mrs like get got make made many much even still well back way since per via according including told
    people company companies news report reports reported statement monday tuesday wednesday thursday friday
    saturday sunday today yesterday""".split()  # noqa: SIM905
)


def clean(text: str | None, limit: int = MAX_CHARS) -> str:
    """Normalised, bounded text: NFKC, no control characters, collapsed spaces."""
    if not text:
        return ""
    if len(text) > limit * 2:
        text = text[: limit * 2]
    text = unicodedata.normalize("NFKC", text)
    text = _CONTROL.sub(" ", text)
    text = _SPACES.sub(" ", text)
    return text[:limit].strip()


def words(text: str) -> list[str]:
    """Lower-case word tokens (hyphens and apostrophes kept inside words)."""
    return _WORD.findall(text.lower().replace("\u2019", "'").replace("\u2010", "-").replace("\u2011", "-"))


def content_words(text: str) -> list[str]:
    return [w for w in words(text) if w not in STOPWORDS and len(w) > 2 and not w.isdigit()]


def sentences(text: str, limit: int = 400) -> list[str]:
    """Split into sentences (and lines); at most ``limit`` sentences, each at most 600 characters."""
    out: list[str] = []
    for part in _SENT_SPLIT.split(text):
        s = part.strip(" \t-\u2022*>#|")
        if len(s) < 3:
            continue
        out.append(s[:600])
        if len(out) >= limit:
            break
    return out


def _add_span(text: str, a: int, b: int, out: list[tuple[int, int]]) -> None:
    while a < b and text[a] in " \t-\u2022*>#|":
        a += 1
    while b > a and text[b - 1] in " \t":
        b -= 1
    if b - a >= 3:
        out.append((a, min(b, a + 600)))


@dataclass
class Doc:
    """An article prepared once for every scorer: cleaned title, body, lower-case forms, sentences."""

    title: str
    body: str
    url: str = ""
    publisher: str = ""
    cache: dict[str, object] = field(default_factory=dict, repr=False)

    @classmethod
    def from_article(cls, a: Article) -> Doc:
        # "Anthropic sues Pentagon - Reuters": the outlet is not news
        title = strip_outlet(clean(unescape(a.title or ""), 500), a.publisher, a.domain)
        # feed items: entities decoded, "Read more" and "The post ..." dropped, a repeated headline dropped
        body = drop_repeated_title(plain(a.text or ""), title, a.publisher, a.domain)
        summary = drop_repeated_title(plain(a.summary or ""), title, a.publisher, a.domain)
        if summary and summary[:200] not in body:
            body = summary + "\n" + body
        return cls(title=title, body=clean(body), url=a.url or "", publisher=a.publisher or a.domain)

    @cached_property
    def full(self) -> str:
        return f"{self.title}.\n{self.body}" if self.title else self.body

    @cached_property
    def lower(self) -> str:
        low = self.full.lower()
        if len(low) != len(self.full):  # a few characters grow when lower-cased: keep offsets aligned
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in self.full)
        return low

    @cached_property
    def title_lower(self) -> str:
        return self.title.lower()

    @cached_property
    def lead(self) -> str:
        """Title plus the first paragraph or so: where an article states its news."""
        return (self.title + ".\n" + self.body[:LEAD_CHARS]) if self.title else self.body[:LEAD_CHARS]

    @cached_property
    def lead_lower(self) -> str:
        return self.lead.lower()

    @cached_property
    def spans(self) -> list[tuple[int, int]]:
        """Sentence spans over ``full`` (the headline is the first), at most 400."""
        out: list[tuple[int, int]] = []
        text = self.full
        start = 0
        for m in _SENT_SPLIT.finditer(text):
            if text[m.start()] != "\n" and _ABBREV.search(text, max(0, m.start() - 8), m.start()):
                continue  # "5 p.m. Friday", "U.S. officials": not a sentence end
            if m.start() < len(self.title) and text[m.start() - 1] in "'\"\u201d" and text[m.start() - 2] not in ".!?":
                continue  # a headline capitalises every word: "Trump pulls plug on 'woke' AI firm" is one sentence
            _add_span(text, start, m.start(), out)
            start = m.end()
            if len(out) >= 400:
                return out
        _add_span(text, start, len(text), out)
        return out

    @cached_property
    def sentences(self) -> list[str]:
        return [self.full[a:b] for a, b in self.spans]

    @cached_property
    def _starts(self) -> list[int]:
        return [a for a, _ in self.spans]

    def sentence_at(self, pos: int) -> int:
        """Index of the sentence holding character ``pos`` of ``full`` (-1 if none)."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0 or pos >= self.spans[i][1]:
            return -1
        return i

    @cached_property
    def title_sentences(self) -> int:
        """How many sentences the headline makes ("Anthropic WINS!!! Judge halts label" makes two)."""
        if not self.title:
            return 0
        return sum(1 for a, _ in self.spans if a < len(self.title))

    @cached_property
    def lead_sentences(self) -> int:
        """How many sentences make the lead (headline + first paragraph or so)."""
        limit = len(self.title) + 2 + LEAD_CHARS
        return max(1, sum(1 for a, _ in self.spans if a < limit))

    @cached_property
    def short(self) -> bool:
        """A feed item: a headline and at most two sentences of body (under ``SHORT_BODY`` characters)."""
        return len(self.body) < SHORT_BODY and len(self.spans) - self.title_sentences <= 2

    @cached_property
    def words(self) -> list[str]:
        return words(self.full)

    @cached_property
    def content_words(self) -> list[str]:
        return [w for w in self.words if w not in STOPWORDS and len(w) > 2 and not w.isdigit()]
