"""Digest schedules: ``daily HH:MM``, ``weekly DAY HH:MM`` or a five-field cron expression.

Pure. ``Schedule.next_run(after, tz)`` works on wall-clock time in ``tz`` and returns a UTC-aware
datetime strictly after ``after``. Across DST changes the wall-clock time is kept (09:00 stays
09:00 local); a time that does not exist on the spring-forward day runs at the moment the clock
jumps, and a time that happens twice on the fall-back day runs once (the first time).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.errors import UsageError

USAGE = "usage: daily HH:MM | weekly DAY HH:MM | cron 'MIN HOUR DOM MON DOW'"

_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # Python weekday() order
_CRON_DOW = {"sun": 0, "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6}
_MONTHS = {m: i + 1 for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
_ALIASES = {
    "@hourly": "0 * * * *",
    "@daily": "0 0 * * *",
    "@midnight": "0 0 * * *",
    "@weekly": "0 0 * * 0",
    "@monthly": "0 0 1 * *",
}
_HHMM = re.compile(r"^(\d{1,2}):(\d{2})$")
_SEARCH_DAYS = 366 * 8 + 1  # long enough for "29 Feb on a Monday"


@dataclass(frozen=True, slots=True)
class Schedule:
    """A parsed schedule. Sets hold the allowed values; ``*_any`` says the field was ``*``."""

    text: str
    minutes: frozenset[int]
    hours: frozenset[int]
    days: frozenset[int]  # day of month 1..31
    months: frozenset[int]  # 1..12
    weekdays: frozenset[int]  # Python weekday(): Monday 0 .. Sunday 6
    days_any: bool = True
    weekdays_any: bool = True

    def _day_matches(self, d: date) -> bool:
        if d.month not in self.months:
            return False
        dom = d.day in self.days
        dow = d.weekday() in self.weekdays
        if self.days_any or self.weekdays_any:
            # cron: when one of the two is '*', the other alone decides
            return dom and dow
        return dom or dow  # cron: both restricted means either may match

    def next_run(self, after: datetime, tz: str = "UTC") -> datetime:
        """The first run strictly after ``after`` (aware), as a UTC-aware datetime."""
        zone = zone_for(tz)
        if after.tzinfo is None:
            after = after.replace(tzinfo=UTC)
        start = after.astimezone(zone).date() - timedelta(days=1)
        times = sorted(time(h, m) for h in self.hours for m in self.minutes)
        for offset in range(_SEARCH_DAYS):
            d = start + timedelta(days=offset)
            if not self._day_matches(d):
                continue
            # Take the earliest candidate of the day: around a DST gap, local order and UTC order can differ.
            found = [c for c in (_to_utc(d, t, zone) for t in times) if c > after]
            if found:
                return min(found)
        raise UsageError(f"schedule {self.text!r} never runs")

    def previous_run(self, before: datetime, tz: str = "UTC", *, horizon_days: int = 400) -> datetime | None:
        """The last run at or before ``before`` within ``horizon_days``, or None."""
        zone = zone_for(tz)
        if before.tzinfo is None:
            before = before.replace(tzinfo=UTC)
        start = before.astimezone(zone).date() + timedelta(days=1)
        times = sorted(time(h, m) for h in self.hours for m in self.minutes)
        for offset in range(horizon_days + 2):
            d = start - timedelta(days=offset)
            if not self._day_matches(d):
                continue
            found = [c for c in (_to_utc(d, t, zone) for t in times) if c <= before]
            if found:
                return max(found)
        return None


def zone_for(tz: str) -> ZoneInfo:
    try:
        return ZoneInfo(tz or "UTC")
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise UsageError(f"unknown time zone {tz!r} (use an IANA name such as America/New_York)") from exc


def _to_utc(d: date, t: time, zone: ZoneInfo) -> datetime:
    # fold=0: an ambiguous time is its first occurrence; a missing time maps past the gap.
    return datetime.combine(d, t, tzinfo=zone).astimezone(UTC)


def parse_schedule(text: str) -> Schedule:
    """Parse ``daily HH:MM``, ``weekly DAY HH:MM`` or a 5-field cron expression. Raises UsageError."""
    raw = " ".join((text or "").split())
    if not raw:
        raise UsageError(USAGE)
    words = raw.lower().split(" ")
    every = frozenset(range(1, 32)), frozenset(range(1, 13)), frozenset(range(7))
    if words[0] == "daily":
        if len(words) != 2:
            raise UsageError(USAGE)
        h, m = _hhmm(words[1])
        return Schedule(raw, frozenset({m}), frozenset({h}), *every)
    if words[0] == "weekly":
        if len(words) != 3:
            raise UsageError(USAGE)
        day = _weekday(words[1])
        h, m = _hhmm(words[2])
        return Schedule(raw, frozenset({m}), frozenset({h}), every[0], every[1], frozenset({day}),
                        days_any=True, weekdays_any=False)
    if words[0] in _ALIASES:
        if len(words) != 1:
            raise UsageError(USAGE)
        words = _ALIASES[words[0]].split(" ")
    if len(words) != 5:
        raise UsageError(USAGE)
    try:
        minutes = _field(words[0], 0, 59, {})
        hours = _field(words[1], 0, 23, {})
        days = _field(words[2], 1, 31, {})
        months = _field(words[3], 1, 12, _MONTHS)
        cron_dow = _field(words[4], 0, 7, _CRON_DOW)
    except ValueError as exc:
        raise UsageError(f"{exc}; {USAGE}") from exc
    weekdays = frozenset((d - 1) % 7 for d in cron_dow)  # cron 0/7 = Sunday -> 6, 1 = Monday -> 0
    return Schedule(raw, minutes, hours, days, months, weekdays,
                    days_any=words[2] == "*", weekdays_any=words[4] == "*")


def _hhmm(word: str) -> tuple[int, int]:
    m = _HHMM.match(word)
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        raise UsageError(f"bad time {word!r}; {USAGE}")
    return int(m.group(1)), int(m.group(2))


def _weekday(word: str) -> int:
    full = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    for i, name in enumerate(full):
        if len(word) >= 3 and name.startswith(word):
            return i
    raise UsageError(f"bad day {word!r}; {USAGE}")


def _value(tok: str, names: dict[str, int]) -> int:
    if tok in names:
        return names[tok]
    if not tok.isdigit():
        raise ValueError(f"bad cron value {tok!r}")
    return int(tok)


def _field(spec: str, lo: int, hi: int, names: dict[str, int]) -> frozenset[int]:
    out: set[int] = set()
    for part in spec.split(","):
        step = 1
        if "/" in part:
            part, step_s = part.split("/", 1)
            if not step_s.isdigit() or int(step_s) < 1:
                raise ValueError(f"bad cron step {step_s!r}")
            step = int(step_s)
        if part == "*":
            a, b = lo, hi
        elif "-" in part:
            a_s, b_s = part.split("-", 1)
            a, b = _value(a_s, names), _value(b_s, names)
        else:
            a = _value(part, names)
            b = hi if step > 1 else a
        if not (lo <= a <= hi and lo <= b <= hi) or a > b:
            raise ValueError(f"cron value out of range {lo}-{hi}: {part!r}")
        out.update(range(a, b + 1, step))
    if not out:
        raise ValueError(f"empty cron field {spec!r}")
    return frozenset(out)
