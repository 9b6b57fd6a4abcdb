"""bot.watcher.policy: next poll times, back-off with jitter, Retry-After honoured and capped."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from bot.watcher.policy import (
    MIN_RETRY_S,
    backoff_seconds,
    is_due,
    next_poll_after_failure,
    next_poll_after_success,
    parse_max_age,
    parse_retry_after,
)

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def test_success_waits_the_interval_spread_by_jitter():
    rng = random.Random(1)
    waits = {(next_poll_after_success(NOW, 900, jitter=0.1, rng=rng) - NOW).total_seconds() for _ in range(200)}
    assert min(waits) >= 810 and max(waits) <= 990
    assert len(waits) > 100  # actually spread, not lockstep


def test_cache_control_max_age_lengthens_the_wait_up_to_the_cap():
    rng = random.Random(0)
    assert next_poll_after_success(NOW, 600, jitter=0, rng=rng, max_age=1800) == NOW + timedelta(seconds=1800)
    assert next_poll_after_success(NOW, 600, jitter=0, rng=rng, max_age=10**9, cap=3600) == NOW + timedelta(hours=1)
    assert next_poll_after_success(NOW, 600, jitter=0, rng=rng, max_age=60) == NOW + timedelta(seconds=600)


def test_backoff_doubles_and_is_capped():
    assert [backoff_seconds(n, base=300, cap=21600) for n in (1, 2, 3, 4, 8, 50)] == [
        300, 600, 1200, 2400, 21600, 21600]


def test_failure_backoff_with_jitter_stays_under_the_cap():
    rng = random.Random(2)
    for n in range(1, 20):
        wait = (next_poll_after_failure(NOW, n, base=300, cap=21600, jitter=0.1, rng=rng) - NOW).total_seconds()
        assert 0 < wait <= 21600


def test_retry_after_is_honoured_and_capped():
    rng = random.Random(3)
    f = next_poll_after_failure
    assert f(NOW, 1, base=300, cap=21600, jitter=0.1, rng=rng, retry_after=7200) == NOW + timedelta(seconds=7200)
    assert f(NOW, 1, base=300, cap=21600, jitter=0.1, rng=rng, retry_after=10**7) == NOW + timedelta(seconds=21600)
    assert f(NOW, 1, base=300, cap=21600, jitter=0.1, rng=rng, retry_after=1) == NOW + timedelta(seconds=MIN_RETRY_S)


def test_parse_retry_after_seconds_and_http_date():
    assert parse_retry_after("120", NOW) == 120
    assert parse_retry_after("Sun, 01 Mar 2026 13:00:00 GMT", NOW) == 3600
    assert parse_retry_after("Sun, 01 Mar 2026 11:00:00 GMT", NOW) == 0
    assert parse_retry_after("soon", NOW) is None
    assert parse_retry_after(None, NOW) is None


def test_parse_max_age():
    assert parse_max_age("public, max-age=300") == 300
    assert parse_max_age("no-cache, max-age=300") is None
    assert parse_max_age(None) is None


def test_is_due():
    assert is_due(None, NOW)
    assert is_due(NOW, NOW)
    assert not is_due(NOW + timedelta(seconds=1), NOW)
