"""Whether an alert may go out now or is held for the channel's next digest (quiet hours, noise budget).

Pure: takes the subscription, the time and the channel's recent alert times.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from bot.models import Subscription


def decide(sub: Subscription, now: datetime, recent_alerts: Sequence[datetime]) -> tuple[str, str]:
    """Return ("send", "") or ("hold", reason). Filled in by the scheduling work (issue 6)."""
    return "send", ""
