"""Schedules: parsing, next_run across DST changes, cron semantics."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.schedule import parse_schedule
from bot.errors import UsageError

NY = "America/New_York"


def test_daily_0900_new_york_keeps_wall_clock_across_spring_forward() -> None:
    s = parse_schedule("daily 09:00")
    t = datetime(2026, 3, 6, 15, 0, tzinfo=UTC)  # Friday afternoon, EST (UTC-5)
    runs = []
    for _ in range(4):
        t = s.next_run(t, NY)
        runs.append(t)
    # 7 March is still EST (14:00 UTC); DST starts 8 March 2026, so 09:00 EDT = 13:00 UTC.
    assert runs == [
        datetime(2026, 3, 7, 14, 0, tzinfo=UTC),
        datetime(2026, 3, 8, 13, 0, tzinfo=UTC),
        datetime(2026, 3, 9, 13, 0, tzinfo=UTC),
        datetime(2026, 3, 10, 13, 0, tzinfo=UTC),
    ]
    assert all(r.tzinfo is not None and r.utcoffset().total_seconds() == 0 for r in runs)


def test_daily_across_fall_back() -> None:
    s = parse_schedule("daily 09:00")
    first = s.next_run(datetime(2026, 10, 31, 13, 0, tzinfo=UTC), NY)  # 09:00 EDT just ran
    assert first == datetime(2026, 11, 1, 14, 0, tzinfo=UTC)  # 1 Nov is EST again
    assert s.next_run(datetime(2026, 10, 30, 14, 0, tzinfo=UTC), NY) == datetime(2026, 10, 31, 13, 0, tzinfo=UTC)


def test_time_in_the_gap_runs_once_at_the_jump_and_ambiguous_time_runs_once() -> None:
    gap = parse_schedule("30 2 * * *")
    assert gap.next_run(datetime(2026, 3, 8, 0, 0, tzinfo=UTC), NY) == datetime(2026, 3, 8, 7, 30, tzinfo=UTC)
    twice = parse_schedule("30 1 * * *")
    first = twice.next_run(datetime(2026, 11, 1, 0, 0, tzinfo=UTC), NY)
    assert first == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)
    assert twice.next_run(first, NY) == datetime(2026, 11, 2, 6, 30, tzinfo=UTC)


def test_weekly_and_cron() -> None:
    wk = parse_schedule("weekly Monday 08:30")
    assert wk.next_run(datetime(2026, 3, 9, 8, 30, tzinfo=UTC), "UTC") == datetime(2026, 3, 16, 8, 30, tzinfo=UTC)
    assert parse_schedule("weekly sun 07:00").next_run(datetime(2026, 3, 2, tzinfo=UTC)).weekday() == 6
    cron = parse_schedule("*/15 9-17 * * mon-fri")
    assert cron.next_run(datetime(2026, 3, 7, tzinfo=UTC)) == datetime(2026, 3, 9, 9, 0, tzinfo=UTC)  # Sat -> Mon
    assert cron.next_run(datetime(2026, 3, 9, 9, 0, tzinfo=UTC)) == datetime(2026, 3, 9, 9, 15, tzinfo=UTC)
    # both day fields restricted: either matches (cron semantics); 1 April 2026 is a Wednesday
    either = parse_schedule("0 12 1 * fri")
    assert either.next_run(datetime(2026, 3, 31, tzinfo=UTC)) == datetime(2026, 4, 1, 12, 0, tzinfo=UTC)
    assert either.next_run(datetime(2026, 4, 1, 13, tzinfo=UTC)) == datetime(2026, 4, 3, 12, 0, tzinfo=UTC)
    assert parse_schedule("0 0 29 2 *").next_run(datetime(2026, 3, 1, tzinfo=UTC)).year == 2028
    assert parse_schedule("0 9 * * 7").weekdays == parse_schedule("0 9 * * 0").weekdays == frozenset({6})


def test_previous_run() -> None:
    s = parse_schedule("daily 09:00")
    assert s.previous_run(datetime(2026, 3, 8, 12, 59, tzinfo=UTC), NY) == datetime(2026, 3, 7, 14, 0, tzinfo=UTC)
    assert s.previous_run(datetime(2026, 3, 8, 13, 0, tzinfo=UTC), NY) == datetime(2026, 3, 8, 13, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    ["", "daily", "daily 9", "daily 24:00", "daily 09:60", "weekly 09:00", "weekly funday 09:00",
     "* * * *", "60 * * * *", "* 24 * * *", "* * 0 * *", "* * * 13 *", "*/0 * * * *", "5-1 * * * *", "hourly"],
)
def test_bad_schedules_raise_usage(text: str) -> None:
    with pytest.raises(UsageError) as err:
        parse_schedule(text)
    assert "usage:" in str(err.value)


def test_unknown_timezone_is_usage_error() -> None:
    with pytest.raises(UsageError):
        parse_schedule("daily 09:00").next_run(datetime(2026, 3, 1, tzinfo=UTC), "Mars/Olympus")
