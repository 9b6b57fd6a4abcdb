"""The alert gate: quiet hours in the channel's zone, mute, noise budget."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.core.gate import decide, in_quiet_hours, parse_quiet_hours
from bot.errors import UsageError
from bot.models import Subscription

T0 = datetime(2026, 3, 1, tzinfo=UTC)


def sub(**kw) -> Subscription:
    return Subscription(platform="slack", channel="C1", since=T0, **kw)


@pytest.mark.parametrize(
    ("utc_hour", "quiet"),
    [(2, False), (3, True), (11, True), (12, False), (20, False)],
)
def test_quiet_hours_wrap_midnight_in_channel_zone(utc_hour: int, quiet: bool) -> None:
    # 22:00-07:00 in New York (EST, UTC-5) is 03:00-12:00 UTC
    s = sub(quiet_hours="22:00-07:00", timezone="America/New_York")
    now = datetime(2026, 3, 2, utc_hour, 0, tzinfo=UTC)
    verdict, reason = decide(s, now, [])
    assert verdict == ("hold" if quiet else "send")
    assert ("quiet hours" in reason) is quiet


def test_quiet_hours_same_day_range_and_empty() -> None:
    assert in_quiet_hours("12:00-13:00", datetime(2026, 3, 2, 12, 30, tzinfo=UTC), "UTC")
    assert not in_quiet_hours("12:00-13:00", datetime(2026, 3, 2, 13, 0, tzinfo=UTC), "UTC")
    assert not in_quiet_hours("12:00-12:00", datetime(2026, 3, 2, 12, 0, tzinfo=UTC), "UTC")
    assert not in_quiet_hours(None, T0, "UTC")
    with pytest.raises(UsageError):
        parse_quiet_hours("late")


def test_noise_budget_counts_only_the_last_hour() -> None:
    s = sub(noise_budget=3)
    now = T0 + timedelta(hours=5)
    two = [now - timedelta(minutes=10), now - timedelta(minutes=50)]
    assert decide(s, now, two) == ("send", "")
    three = [*two, now - timedelta(minutes=59)]
    verdict, reason = decide(s, now, three)
    assert verdict == "hold" and "noise budget" in reason
    old = [*two, now - timedelta(minutes=61)]
    assert decide(s, now, old) == ("send", "")
    assert decide(sub(), now, three * 10) == ("send", "")  # no budget: no limit


def test_muted_channel_holds_until_mute_ends() -> None:
    s = sub(muted_until=T0 + timedelta(hours=2))
    assert decide(s, T0 + timedelta(hours=1), [])[0] == "hold"
    assert decide(s, T0 + timedelta(hours=2), []) == ("send", "")
