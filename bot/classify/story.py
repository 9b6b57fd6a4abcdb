"""The tracked story: who the principal party is, its counterparts, key terms and vocabulary.

Built from config ``[story]`` plus the seed records, and extended by vocabulary learned from
confidently relevant articles (``Vocabulary.learn``), so relevance follows the story as it drifts
(lawsuits, rulings, hearings). Pure: no I/O; the pipeline persists ``Vocabulary.to_json()``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.classify.text import Doc, content_words

# Words that, following a capitalised alias, show it is used in another sense ("the Anthropic Principle").
_OTHER_SENSE = (
    "principle|principles|bias|biases|reasoning|selection|coincidence|coincidences|fallacy|universe|"
    "landscape|landscapes|activity|activities|origin|origins|warming|climate|emissions|noise|factors|drivers|"
    "disturbance|disturbances|biomes|habitats|forcing|footprint|influence|influences"
)
# A capitalised word after "Claude" that still means the product, not a person's surname.
_PRODUCT_WORDS = {
    "code", "opus", "sonnet", "haiku", "gov", "ai", "enterprise", "pro", "max", "instant", "models", "model",
    "chatbot", "app", "assistant", "for", "and", "was", "is", "has", "in", "on", "to", "by", "at", "the",
}
_MAX_VOCAB = 4000


def _term_regex(term: str, *, case_sensitive: bool) -> str:
    parts = [re.escape(p) for p in re.split(r"[\s\-]+", term.strip()) if p]
    body = r"[\s\-]+".join(parts)
    del case_sensitive  # callers choose the case by the text they search
    return rf"(?<![\w\-]){body}(?![\w])"


def _alias_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    names = sorted({n.strip() for n in names if n and n.strip()}, key=len, reverse=True)
    if not names:
        return None
    alts = []
    for n in names:
        for form in dict.fromkeys((n, n.upper())):
            alts.append(r"[\s\-]+".join(re.escape(p) for p in re.split(r"[\s\-]+", form) if p))
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)")  # "Anthropic-Pentagon" names both


@dataclass
class Vocabulary:
    """Document frequencies of content words in confidently relevant articles (seeds included) and in
    articles judged not relevant (the background). Their ratio (lift) says which words are the story's."""

    df: Counter[str] = field(default_factory=Counter)
    docs: int = 0
    bg: Counter[str] = field(default_factory=Counter)
    bg_docs: int = 0

    def learn(self, words: Iterable[str]) -> None:
        self.docs += 1
        self.df.update(set(words))
        if len(self.df) > _MAX_VOCAB * 2:
            self.df = _prune(self.df, _MAX_VOCAB)

    def observe_background(self, words: Iterable[str]) -> None:
        self.bg_docs += 1
        self.bg.update(set(words))
        if len(self.bg) > _MAX_VOCAB * 4:
            self.bg = _prune(self.bg, _MAX_VOCAB * 2)

    def weights(self, min_df: int = 2) -> dict[str, float]:
        """Share of relevant documents holding each word (for down-weighting story-wide words)."""
        if not self.docs:
            return {}
        floor = max(1, min(min_df, self.docs))
        return {w: n / self.docs for w, n in self.df.items() if n >= floor}

    def lifts(self, min_df: int = 2) -> dict[str, float]:
        """Story-ness of each word in [0, 1]: log2 of how much likelier it is in relevant articles than in
        the background (smoothed), capped at 8x."""
        if not self.docs:
            return {}
        floor = max(1, min(min_df, self.docs))
        out: dict[str, float] = {}
        for w, n in self.df.items():
            if n < floor:
                continue
            p_rel = n / self.docs
            p_bg = (self.bg.get(w, 0) + 0.5) / (self.bg_docs + 1.0)
            lift = p_rel / p_bg
            if lift > 1.5:
                out[w] = min(3.0, math.log2(lift)) / 3.0
        return out

    def to_json(self) -> dict[str, Any]:
        return {"docs": self.docs, "df": dict(sorted(self.df.items())), "bg_docs": self.bg_docs,
                "bg": dict(sorted(self.bg.items()))}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Vocabulary:
        if not data:
            return cls()
        return cls(df=Counter({str(k): int(v) for k, v in data.get("df", {}).items()}), docs=int(data.get("docs", 0)),
                   bg=Counter({str(k): int(v) for k, v in data.get("bg", {}).items()}),
                   bg_docs=int(data.get("bg_docs", 0)))


def _prune(c: Counter[str], keep: int) -> Counter[str]:
    return Counter(dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:keep]))


@dataclass
class Story:
    name: str
    principal: str
    principal_aliases: tuple[str, ...]
    counterparts: tuple[str, ...]
    key_terms: tuple[str, ...]
    vocabulary: Vocabulary = field(default_factory=Vocabulary)
    seed_impacts: tuple[int, ...] = ()
    _weights: dict[str, float] | None = field(default=None, repr=False)
    _lifts: dict[str, float] | None = field(default=None, repr=False)
    _lifts_at: tuple[int, int] = (0, 0)
    _weights_at: int = 0

    def __post_init__(self) -> None:
        aliases = tuple(dict.fromkeys((self.principal, *self.principal_aliases)))
        self.principal_aliases = aliases
        self._principal_re = _alias_pattern(aliases)
        self._counterpart_re = _alias_pattern(self.counterparts)
        terms = sorted({re.sub(r"[\s\-]+", " ", t.strip().lower()) for t in self.key_terms if t.strip()},
                       key=len, reverse=True)
        self._terms = [(t, re.split(r"[\s\-]+", t)[0], re.compile(_term_regex(t, case_sensitive=False)))
                       for t in terms]
        self._other_sense = re.compile(rf"\s+(?:{_OTHER_SENSE})\b", re.IGNORECASE)
        self._alias_words = {w.lower() + suffix for a in aliases for w in a.split() for suffix in ("", "'s")}

    # ------------------------------------------------------------------ mentions
    def principal_mentions(self, text: str) -> list[tuple[int, str]]:
        """Positions and forms of real mentions of the principal party (other senses filtered out)."""
        if self._principal_re is None:
            return []
        out: list[tuple[int, str]] = []
        strong = False
        candidates = []
        for m in self._principal_re.finditer(text):
            form = m.group(0)
            tail = text[m.end(): m.end() + 40]
            if self._other_sense.match(tail):
                continue
            candidates.append((m.start(), form, tail))
            if form.lower() != "claude":
                strong = True
        for pos, form, tail in candidates:
            if form.lower() == "claude" and not strong:
                before = text[max(0, pos - 6): pos]
                nxt = re.match(r"\s+([A-Z][a-z]+)", tail)
                if before.endswith(("Jean-", "Jean ")) or (nxt and nxt.group(1).lower() not in _PRODUCT_WORDS):
                    continue
            out.append((pos, form))
        return out

    def parties(self, doc: Doc) -> tuple[list[tuple[int, str]], list[tuple[int, str]], set[int], set[int]]:
        """Principal and counterpart mentions over ``doc.full`` and the sentence indices holding each.
        Computed once per document."""
        got = doc.cache.get("parties")
        if got is None:
            p = self.principal_mentions(doc.full)
            c = self.counterpart_mentions(doc.full)
            ps = {doc.sentence_at(i) for i, _ in p}
            cs = {doc.sentence_at(i) for i, _ in c}
            got = (p, c, ps - {-1}, cs - {-1})
            doc.cache["parties"] = got
        return got  # type: ignore[return-value]

    def counterpart_mentions(self, text: str) -> list[tuple[int, str]]:
        if self._counterpart_re is None:
            return []
        return [(m.start(), m.group(0)) for m in self._counterpart_re.finditer(text)]

    def key_terms_in(self, text: str) -> list[str]:
        """Distinct key terms present (configured spelling, lower case), in configuration order of length."""
        low = text.lower()
        return [t for t, first, rx in self._terms if first in low and rx.search(low)]

    # ------------------------------------------------------------------ vocabulary
    @property
    def weights(self) -> dict[str, float]:
        """Share of relevant documents holding each word, recomputed as the vocabulary grows ~5%."""
        n = self.vocabulary.docs
        if self._weights is None or n - self._weights_at > max(1, self._weights_at // 20):
            self._weights = self.vocabulary.weights()
            self._weights_at = n
        return self._weights

    @property
    def alias_words(self) -> set[str]:
        return self._alias_words

    @property
    def lifts(self) -> dict[str, float]:
        """Word lifts, recomputed when the vocabulary has grown by about 5% since the last computation."""
        v = self.vocabulary
        now = (v.docs, v.bg_docs)
        if self._lifts is None or any(n - m > max(1, m // 20) for n, m in zip(now, self._lifts_at, strict=True)):
            self._lifts = v.lifts()
            self._lifts_at = now
        return self._lifts

    def vocab_score(self, words: Sequence[str]) -> tuple[float, list[str]]:
        """How much of the article's vocabulary is distinctively the story's: [0, 1] plus the top words."""
        lifts = self.lifts
        if not lifts or not words:
            return 0.0, []
        skip = self._alias_words
        scored = sorted(((lifts[w], w) for w in set(words) if w in lifts and w not in skip), reverse=True)[:12]
        score = sum(x for x, _ in scored) / 8.0
        return min(1.0, score), [w for _, w in scored[:8]]

    def learn(self, words: Iterable[str]) -> None:
        self.vocabulary.learn(words)

    def observe_background(self, words: Iterable[str]) -> None:
        self.vocabulary.observe_background(words)


def build_story(config: Any, seeds: Sequence[Any] = (), vocabulary: Vocabulary | None = None) -> Story:
    """A Story from a ``StoryConfig`` and seed records (``bot.seeds.SeedRecord``).

    With no saved vocabulary, the seeds' own words start it: seeds are relevant by definition.
    """
    story = Story(
        name=config.name,
        principal=config.principal,
        principal_aliases=tuple(config.principal_aliases),
        counterparts=tuple(config.counterparts),
        key_terms=tuple(config.key_terms),
        vocabulary=vocabulary or Vocabulary(),
        seed_impacts=tuple(s.impact for s in seeds if getattr(s, "impact", None)),
    )
    if vocabulary is None:
        for s in seeds:
            story.learn(content_words(f"{s.title}\n{s.body}"))
    return story
