"""Whether an alert may go out now or is held for the channel's next digest (quiet hours, noise budget).

Pure: takes the subscription, the time and the channel's recent alert times. A held alert is
never dropped: the alerts planner records it as held and the next digest lists it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime, time, timedelta

from bot.core.schedule import zone_for
from bot.errors import UsageError
from bot.models import Subscription

BUDGET_WINDOW = timedelta(hours=1)
QUIET_USAGE = "usage: quiet hours as HH:MM-HH:MM, e.g. 22:00-07:00 (in the channel's time zone)"
_QUIET = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


def parse_quiet_hours(text: str) -> tuple[time, time]:
    """``"22:00-07:00"`` -> (22:00, 07:00). The range may wrap midnight. Raises UsageError."""
    m = _QUIET.match(text or "")
    if not m:
        raise UsageError(QUIET_USAGE)
    h1, m1, h2, m2 = (int(g) for g in m.groups())
    if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59:
        raise UsageError(QUIET_USAGE)
    return time(h1, m1), time(h2, m2)


def in_quiet_hours(quiet: str | None, now: datetime, tz: str) -> bool:
    """True when ``now`` falls in ``[start, end)`` local time; ``start == end`` means never."""
    if not quiet:
        return False
    start, end = parse_quiet_hours(quiet)
    local = now.astimezone(zone_for(tz)).time().replace(tzinfo=None)
    if start == end:
        return False
    if start < end:
        return start <= local < end
    return local >= start or local < end  # wraps midnight


def decide(sub: Subscription, now: datetime, recent_alerts: Sequence[datetime]) -> tuple[str, str]:
    """Return ("send", "") or ("hold", reason).

    ``recent_alerts``: when this channel's earlier alerts (parent posts) were sent or planned;
    only those in the last hour count against the noise budget.
    """
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    if sub.muted_until is not None and now < sub.muted_until:
        return "hold", f"muted until {sub.muted_until.astimezone(UTC):%Y-%m-%d %H:%M} UTC"
    if sub.quiet_hours and in_quiet_hours(sub.quiet_hours, now, sub.timezone):
        return "hold", f"quiet hours {sub.quiet_hours} ({sub.timezone})"
    if sub.noise_budget is not None:
        window_start = now - BUDGET_WINDOW
        used = sum(1 for t in recent_alerts if window_start < t <= now)
        if used >= sub.noise_budget:
            return "hold", f"noise budget reached: {used} alerts in the last hour (limit {sub.noise_budget})"
    return "send", ""
