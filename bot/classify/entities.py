"""Named entities with types, and who is affected how. A gazetteer built from the story config and seeds
plus a small built-in list of the actors of AI-and-defence news; unknown people are found as
"Title Firstname Lastname" (CEO, Secretary, Judge, Senator...)."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.classify.story import Story
from bot.classify.text import Doc
from bot.models import Affected, Entity

KNOWN: dict[str, tuple[str, str]] = {
    # surface form -> (canonical name, type)
    "Anthropic": ("Anthropic", "company"), "Claude": ("Claude", "product"),
    "Dario Amodei": ("Dario Amodei", "person"), "Amodei": ("Dario Amodei", "person"),
    "Pentagon": ("Pentagon", "government"), "Department of Defense": ("Pentagon", "government"),
    "Defense Department": ("Pentagon", "government"), "Department of War": ("Pentagon", "government"),
    "War Department": ("Pentagon", "government"), "DoD": ("Pentagon", "government"),
    "DoW": ("Pentagon", "government"),
    "Pete Hegseth": ("Pete Hegseth", "person"), "Hegseth": ("Pete Hegseth", "person"),
    "White House": ("White House", "government"), "Donald Trump": ("Donald Trump", "person"),
    "Trump": ("Donald Trump", "person"), "OpenAI": ("OpenAI", "company"), "Sam Altman": ("Sam Altman", "person"),
    "xAI": ("xAI", "company"), "Grok": ("Grok", "product"), "Elon Musk": ("Elon Musk", "person"),
    "Google": ("Google", "company"), "Gemini": ("Gemini", "product"), "Microsoft": ("Microsoft", "company"),
    "Amazon": ("Amazon", "company"), "Meta": ("Meta", "company"), "Palantir": ("Palantir", "company"),
    "Lockheed Martin": ("Lockheed Martin", "company"), "Boeing": ("Boeing", "company"),
    "Raytheon": ("Raytheon", "company"), "ChatGPT": ("ChatGPT", "product"), "Nvidia": ("Nvidia", "company"),
    "D.C. Circuit": ("D.C. Circuit", "government"), "Congress": ("Congress", "government"),
    "Senate": ("Senate", "government"), "NIST": ("NIST", "government"), "GSA": ("GSA", "government"),
    "Defense Production Act": ("Defense Production Act", "law"), "First Amendment": ("First Amendment", "law"),
}
COMPETITORS = {"OpenAI", "xAI", "Google", "Microsoft", "Amazon", "Meta", "Palantir"}
CONTRACTORS = {"Lockheed Martin", "Boeing", "Raytheon"}
_PERSON = re.compile(
    r"\b(?:CEO|Chief Executive|Secretary|Judge|Justice|Senator|Sen\.|Rep\.|Representative|President|"
    r"General|Gen\.|Admiral|spokes(?:man|woman|person)|Attorney General)\s+((?:[A-Z][a-z\u00e0-\u00ff]+\s){0,2}"
    r"[A-Z][a-z\u00e0-\u00ff]+)"
)


@lru_cache(maxsize=8)
def _gazetteer(extra: tuple[tuple[str, str, str], ...]) -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    table = dict(KNOWN)
    for surface, name, typ in extra:
        table.setdefault(surface, (name, typ))
    names = sorted(table, key=len, reverse=True)
    rx = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
    return rx, table


def find(story: Story, doc: Doc) -> tuple[Entity, ...]:
    extra = (
        (story.principal, story.principal, "company"),
        *((c, c, "government") for c in story.counterparts
          if c[:1].isupper() and len(c) > 3 and "Secretary" not in c and " " in c),
    )
    rx, table = _gazetteer(extra)
    counts: dict[Entity, int] = {}
    order: dict[Entity, int] = {}
    text = doc.full[:20000]
    principal_positions = {p for p, _ in story.principal_mentions(text)}
    for m in rx.finditer(text):
        surface = m.group(0)
        if surface in story.principal_aliases and m.start() not in principal_positions:
            continue  # "anthropic" in another sense, "Claude Monet"
        name, typ = table[surface]
        e = Entity(name, typ)
        counts[e] = counts.get(e, 0) + 1
        order.setdefault(e, m.start())
    for m in _PERSON.finditer(doc.body[:20000]):  # not the headline: Title Case Would Make Everyone A Name
        name = m.group(1).strip()
        if any(name in e.name or e.name.endswith(name) for e in counts):
            continue
        if name in table:
            continue
        e = Entity(name, "person")
        counts[e] = counts.get(e, 0) + 1
        order.setdefault(e, m.start())
    ranked = sorted(counts, key=lambda e: (-counts[e], order[e]))
    return tuple(ranked[:12])


def affected(story: Story, entities: tuple[Entity, ...], sentiment_score: float, event: str | None) -> tuple[
        Affected, ...]:
    """The principal's fate follows the sentiment; the government's usually mirrors it; rivals gain when
    the principal loses; contractors lose when they must drop the product."""
    out: list[Affected] = []

    def eff(x: float) -> str:
        return "negative" if x <= -0.12 else "positive" if x >= 0.12 else "mixed"

    out.append(Affected(story.principal, "company", eff(sentiment_score), "principal party"))
    names = {e.name: e for e in entities}
    gov = next((e for e in entities if e.type == "government"), None)
    if gov is not None:
        g = -sentiment_score if event not in ("refusal", "ultimatum") else -0.2
        out.append(Affected(gov.name, "government", eff(g), "counterpart"))
    for c in sorted(COMPETITORS & set(names)):
        out.append(Affected(c, "company", "positive" if sentiment_score <= -0.12 else "mixed", "rival"))
    for c in sorted(CONTRACTORS & set(names)):
        out.append(Affected(c, "company", "negative" if event == "fallout" else "mixed", "contractor"))
    return tuple(out[:8])
