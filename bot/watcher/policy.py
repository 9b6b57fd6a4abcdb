"""Pure poll scheduling: when to poll a source next after a success or a failure.

Successes wait the source's interval (lengthened by a Cache-Control max-age, capped), spread by
jitter so sources do not poll in lockstep. Failures back off exponentially from ``backoff_base``
up to ``backoff_max``; a server's Retry-After is honoured but capped at ``backoff_max``.
"""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

MIN_RETRY_S = 60.0  # never poll a failing source more often than this, whatever Retry-After says


def _spread(seconds: float, jitter: float, rng: random.Random) -> float:
    if jitter <= 0:
        return seconds
    return seconds * (1.0 + rng.uniform(-jitter, jitter))


def next_poll_after_success(
    now: datetime,
    interval: float,
    *,
    jitter: float,
    rng: random.Random,
    max_age: float | None = None,
    cap: float = 21_600,
) -> datetime:
    """Next poll after a good fetch (including 304). A longer ``max_age`` from the server wins, up to ``cap``."""
    wait = float(interval)
    if max_age is not None and max_age > wait:
        wait = min(float(max_age), max(cap, wait))
    return now + timedelta(seconds=_spread(wait, jitter, rng))


def backoff_seconds(error_count: int, *, base: float, cap: float) -> float:
    """Exponential back-off: ``base`` after the first failure, doubling, never above ``cap``."""
    n = max(1, error_count)
    return min(cap, base * (2.0 ** min(n - 1, 30)))


def next_poll_after_failure(
    now: datetime,
    error_count: int,
    *,
    base: float,
    cap: float,
    jitter: float,
    rng: random.Random,
    retry_after: float | None = None,
) -> datetime:
    """Next poll after a failure. ``error_count`` counts this failure. Retry-After, when given, replaces
    the exponential wait but is held between ``MIN_RETRY_S`` and ``cap``."""
    if retry_after is not None:
        wait = min(cap, max(MIN_RETRY_S, retry_after))
        return now + timedelta(seconds=wait)  # the server named the time: no jitter needed
    wait = backoff_seconds(error_count, base=base, cap=cap)
    return now + timedelta(seconds=min(cap, _spread(wait, jitter, rng)))


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds from a Retry-After header: delta-seconds or an HTTP date. None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


_MAX_AGE = re.compile(r"(?:^|,)\s*(?:s-)?max-age\s*=\s*\"?(\d+)", re.I)


def parse_max_age(cache_control: str | None) -> float | None:
    if not cache_control or "no-cache" in cache_control.lower():
        return None
    m = _MAX_AGE.search(cache_control)
    return float(m.group(1)) if m else None


def is_due(next_poll: datetime | None, now: datetime) -> bool:
    return next_poll is None or next_poll <= now
