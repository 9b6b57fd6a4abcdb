"""Key facts (extractive sentences with actors, actions, numbers, dates) and dates mentioned (deadlines,
hearings, scheduled events) for "what to watch". Pure; the reference date is the article's own date."""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.classify.events import Hit
from bot.classify.text import Doc
from bot.models import DateMention, Entity

_MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
_MONTH_DAY = re.compile(
    r"\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(20\d\d))?\b"
)
_ISO = re.compile(r"\b(20\d\d)-(\d\d)-(\d\d)\b")
_WEEKDAY = re.compile(r"\b(?:by|on|until|before|this|next|coming)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|"
                      r"Saturday|Sunday)\b", re.I)
_PAST = re.compile(r"\b(?:\w+ed|said|told|met|won|took|gave|sent|held|made|came|went|began|wrote|spoke|"
                   r"issued|was|were|had)\b", re.I)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_DEADLINE = re.compile(r"\b(?:deadline|due|expires?|until|ultimatum|by\s+\w+day|no later than|comply|respond)\b",
                       re.I)
_HEARING = re.compile(r"\b(?:hearing|oral arguments?|arguments|trial|court date|docket|sentencing)\b", re.I)
_NUMBER = re.compile(r"\$\s?\d|\b\d[\d,.]*\s*(?:%|percent|million|billion)|\b\d{2,}\b")


def _year_for(month: int, day: int, ref: date) -> int:
    """The year that puts month/day nearest to ``ref`` (a story spans at most a few months)."""
    best = ref.year
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if abs((d - ref).days) < abs((date(best, month, min(day, 28)) - ref).days):
            best = y
    return best


def _kind(sentence: str, when: date, ref: date) -> str:
    if _HEARING.search(sentence):
        return "hearing" if when >= ref else "past"
    if _DEADLINE.search(sentence):
        return "deadline" if when >= ref - timedelta(days=1) else "past"
    return "event" if when >= ref else "past"


def _what(sentence: str) -> str:
    s = " ".join(sentence.split())
    return s if len(s) <= 160 else s[:157].rsplit(" ", 1)[0] + "..."


def _date_candidates(doc: Doc, ref: date) -> dict[int, list[date]]:
    """Dates found in ``doc.full``, grouped by sentence index."""
    text = doc.full
    out: dict[int, list[date]] = {}

    def add(pos: int, d: date) -> None:
        i = doc.sentence_at(pos)
        if i >= 0 and abs((d - ref).days) <= 3 * 366:
            out.setdefault(i, []).append(d)

    for m in _MONTH_DAY.finditer(text):
        month = _MONTHS[m.group(1)[:3].lower()]
        day = int(m.group(2))
        year = int(m.group(3)) if m.group(3) else _year_for(month, day, ref)
        try:
            add(m.start(), date(year, month, day))
        except ValueError:
            continue
    for m in _ISO.finditer(text):
        try:
            add(m.start(), date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        except ValueError:
            continue
    for m in _WEEKDAY.finditer(text):
        wd = _WEEKDAYS.index(m.group(1).lower())
        i = doc.sentence_at(m.start())
        past = m.group(0).lower().startswith("on ") and i >= 0 and _PAST.search(doc.sentences[i])
        if past:  # "ruled on Thursday": the Thursday before the article
            add(m.start(), ref - timedelta(days=(ref.weekday() - wd) % 7))
        else:  # "by Friday", "until Friday", "next Monday": the one ahead
            add(m.start(), ref + timedelta(days=(wd - ref.weekday()) % 7))
    return out


def dates(doc: Doc, ref: date | None, limit: int = 8) -> tuple[DateMention, ...]:
    """Dates the article mentions, with what is said of them and their kind (deadline|hearing|event|past)."""
    if ref is None:
        ref = date(2026, 1, 1)
    found: dict[tuple[date, str], DateMention] = {}
    for i, ds in sorted(_date_candidates(doc, ref).items()):
        s = doc.sentences[i]
        for d in ds:
            k = _kind(s, d, ref)
            found.setdefault((d, k), DateMention(when=d, what=_what(s), kind=k))
    rank = {"deadline": 0, "hearing": 1, "event": 2, "past": 3}
    ordered = sorted(found.values(), key=lambda dm: (rank.get(dm.kind, 4), dm.when))[:limit]
    return tuple(sorted(ordered, key=lambda dm: dm.when))


def key_facts(doc: Doc, entities: tuple[Entity, ...], hits: list[Hit], limit: int = 4) -> tuple[str, ...]:
    """The most factual sentences (actors + actions + numbers/dates), in article order."""
    names = [e.name.split()[-1] for e in entities[:10]]
    hit_sentences = {h.sentence for h in hits}
    numbers = {doc.sentence_at(m.start()) for m in _NUMBER.finditer(doc.full)}
    dated = {doc.sentence_at(m.start()) for rx in (_MONTH_DAY, _ISO, _WEEKDAY) for m in rx.finditer(doc.full)}
    title_key = doc.title.lower()[:60]
    scored: list[tuple[float, int, str]] = []
    start = 1 if doc.title else 0
    for i in range(start, min(len(doc.spans), 150)):
        s = doc.sentences[i]
        n = len(s)
        if n < 40 or n > 400 or (s.count('"') + s.count("\u201c") >= 2 and n < 120):
            continue
        if s.lower()[:60] == title_key:
            continue
        actors = sum(1 for nm in names if nm and nm in s)
        score = min(actors, 3) * 1.0
        if s in hit_sentences:
            score += 1.5
        if i in numbers:
            score += 0.7
        if i in dated:
            score += 0.7
        if s.rstrip().endswith("?"):
            score -= 1.5
        score -= i * 0.02  # earlier is more central
        if score >= 1.5:
            scored.append((score, i, " ".join(s.split())))
    best = sorted(scored, key=lambda t: (-t[0], t[1]))[:limit]
    seen: set[str] = set()
    out = []
    for _, _, s in sorted(best, key=lambda t: t[1]):
        k = s[:60].lower()
        if k not in seen:
            seen.add(k)
            out.append(s)
    return tuple(out)
