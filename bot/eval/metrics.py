"""Pure evaluation metrics for the classifier: relevance P/R/F1, B-cubed clustering, Spearman, MAE, tiers.

No I/O. Every function takes parallel sequences (gold first, predicted second) and returns numbers.
Conventions for empty cases are spelled out per function so reports never divide by zero.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from bot.models import SENTIMENT_TIERS


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float
    support: int = 0  # items the figure is computed over


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r > 0 else 0.0


def _check(gold: Sequence[object], pred: Sequence[object]) -> None:
    if len(gold) != len(pred):
        raise ValueError(f"gold and predicted differ in length ({len(gold)} vs {len(pred)})")


def binary_prf(gold: Sequence[bool], pred: Sequence[bool]) -> PRF:
    """Precision, recall and F1 of the positive class.

    With no predicted positives precision is 1.0 (no false alarms were raised); with no gold positives recall is
    1.0 (nothing was missed). F1 is 0.0 when both precision and recall are 0.
    """
    _check(gold, pred)
    tp = sum(1 for g, p in zip(gold, pred, strict=True) if g and p)
    fp = sum(1 for g, p in zip(gold, pred, strict=True) if not g and p)
    fn = sum(1 for g, p in zip(gold, pred, strict=True) if g and not p)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return PRF(precision, recall, _f1(precision, recall), len(gold))


def _with_singletons(labels: Sequence[Hashable | None], tag: str) -> list[Hashable]:
    """Replace None with a label unique to that item, so unlabelled items form clusters of one."""
    return [(tag, i) if lab is None else ("c", lab) for i, lab in enumerate(labels)]


def bcubed(gold: Sequence[Hashable | None], pred: Sequence[Hashable | None]) -> PRF:
    """B-cubed precision, recall and F1 of a clustering (Bagga & Baldwin 1998; Amigó et al. 2009).

    ``gold[i]`` and ``pred[i]`` are the gold and predicted cluster ids of item i; ``None`` puts an item in a
    cluster of its own. Per item: precision = share of its predicted cluster that shares its gold cluster,
    recall = share of its gold cluster that shares its predicted cluster; both averaged over items.
    An empty input scores 1.0 on all three.
    """
    _check(gold, pred)
    n = len(gold)
    if n == 0:
        return PRF(1.0, 1.0, 1.0, 0)
    g = _with_singletons(gold, "g")
    p = _with_singletons(pred, "p")
    both = Counter(zip(g, p, strict=True))
    g_size = Counter(g)
    p_size = Counter(p)
    precision = sum(both[gi, pi] / p_size[pi] for gi, pi in zip(g, p, strict=True)) / n
    recall = sum(both[gi, pi] / g_size[gi] for gi, pi in zip(g, p, strict=True)) / n
    return PRF(precision, recall, _f1(precision, recall), n)


def ranks(values: Sequence[float]) -> list[float]:
    """1-based ranks, ties sharing the average of the ranks they span (as in Spearman's rho)."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    out = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        avg = (i + j) / 2 + 1
        for k in range(i, j + 1):
            out[order[k]] = avg
        i = j + 1
    return out


def pearson(x: Sequence[float], y: Sequence[float]) -> float | None:
    """Pearson correlation; None with fewer than two items or when either side is constant."""
    _check(x, y)
    n = len(x)
    if n < 2:
        return None
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y, strict=True))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    if sxx == 0 or syy == 0:
        return None
    return sxy / math.sqrt(sxx * syy)


def spearman(x: Sequence[float], y: Sequence[float]) -> float | None:
    """Spearman's rank correlation (Pearson over tie-averaged ranks); None when undefined."""
    _check(x, y)
    return pearson(ranks(x), ranks(y))


def mean_absolute_error(gold: Sequence[float], pred: Sequence[float]) -> float | None:
    """Mean of |gold - pred|; None for an empty input."""
    _check(gold, pred)
    if not gold:
        return None
    return sum(abs(g - p) for g, p in zip(gold, pred, strict=True)) / len(gold)


def tier_distance(gold: str, pred: str | None, tiers: Sequence[str] = SENTIMENT_TIERS) -> int | None:
    """Steps between two tiers on the ordered scale; None if either is not a tier."""
    if pred not in tiers or gold not in tiers:
        return None
    return abs(tiers.index(gold) - tiers.index(pred))


def within_one(
    gold: Sequence[str], pred: Sequence[str | None], tiers: Sequence[str] = SENTIMENT_TIERS
) -> float | None:
    """Share of items whose predicted tier is at most one step from the gold tier (missing counts as wrong)."""
    _check(gold, pred)
    if not gold:
        return None
    ok = 0
    for g, p in zip(gold, pred, strict=True):
        d = tier_distance(g, p, tiers)
        ok += d is not None and d <= 1
    return ok / len(gold)


def accuracy(gold: Sequence[object], pred: Sequence[object]) -> float | None:
    """Share of exact matches; None for an empty input."""
    _check(gold, pred)
    if not gold:
        return None
    return sum(1 for g, p in zip(gold, pred, strict=True) if g == p) / len(gold)
