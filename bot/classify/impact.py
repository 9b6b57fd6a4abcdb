"""Impact 1-10 by a transparent rubric: every component cites the phrase that triggered it.

impact = base 2 + the reported event's points (scaled by certainty: enacted 1, threatened 0.6,
speculated 0.4, negated 0) + 0.15 x the strongest trigger of each other component (capped at +1),
then modulated by kind (opinion and explainer <= 3). Volume of coverage never enters.

The event's points carry the analyst's scale (with base and seed calibration): a formal designation or
federal-use ban 8-9, an injunction ~8, a lawsuit, a refusal, contractors leaving, a truce ~7, an ultimatum
~7, a court declining to pause ~7, a rival's access ~5-6, a hearing ~5, talks ~5, an open letter ~4.
Other events an article mentions are mostly background: they add little, so a story that recaps the
designation in its third paragraph is not scored as the designation; and when the only event an
article names is one it recalls ("official resigns over the designation") its points are halved.
"""

from __future__ import annotations

from bot.classify.events import Hit, primary
from bot.models import ImpactReason

BASE = 2.0
CONTEXT_WEIGHT = 0.15
CONTEXT_CAP = 1.0
FLOOR = 1.5
RECALLED = 0.5  # the article's only event is one it recalls ("after the designation"): not its news


def score(hits: list[Hit], kind: str = "news", offset: float = 0.0) -> tuple[int, tuple[ImpactReason, ...]]:
    reasons: list[ImpactReason] = [ImpactReason("base", BASE, "relevant to the story")]
    raw = BASE
    main = primary(hits)
    if main is None and kind == "news":
        raw += FLOOR
        reasons.append(ImpactReason("base", FLOOR, "news of the standoff with no specific measure named"))
    if main is not None:
        recalled = main.background
        pts = round(main.trigger.points * main.factor * (RECALLED if recalled else 1.0), 2)
        raw += pts
        how = f"{main.certainty}, recalled as background" if recalled else main.certainty
        reasons.append(ImpactReason(main.trigger.component, pts, f"{main.trigger.label}, {how}", f'"{main.phrase}"'))
    best: dict[str, Hit] = {}
    for h in hits:
        if h is main or h.certainty == "negated" or (main and h.trigger.component == main.trigger.component):
            continue
        w = h.trigger.points * h.factor * (1.0 if h.in_lead else 0.5)
        cur = best.get(h.trigger.component)
        if cur is None or w > cur.trigger.points * cur.factor * (1.0 if cur.in_lead else 0.5):
            best[h.trigger.component] = h
    context = 0.0
    for comp in sorted(best):
        h = best[comp]
        pts = round(CONTEXT_WEIGHT * h.trigger.points * h.factor * (1.0 if h.in_lead else 0.5), 2)
        pts = min(pts, CONTEXT_CAP - context)
        if pts <= 0.05:
            continue
        context += pts
        reasons.append(ImpactReason(comp, pts, f"{h.trigger.label}, {h.certainty}", f'"{h.phrase}"'))
    raw += context
    for h in hits:
        if h.certainty == "negated":
            reasons.append(ImpactReason(h.trigger.component, 0, f"{h.trigger.label}, negated", f'"{h.phrase}"'))
            break
    if offset:
        raw += offset
        reasons.append(ImpactReason("calibration", round(offset, 2), "seed-story calibration"))
    if kind == "opinion" and raw > 3:
        reasons.append(ImpactReason("kind", round(3 - raw, 2), "opinion piece: commentary moves no decision"))
        raw = 3.0 if raw >= 6 else 2.0
    elif kind == "explainer" and raw > 3:
        reasons.append(ImpactReason("kind", round(3 - raw, 2), "explainer: background, not news"))
        raw = 3.0
    impact = int(max(1, min(10, int(raw + 0.5))))
    return impact, tuple(reasons)
