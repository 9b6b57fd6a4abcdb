"""``standoff-bot health``: per-source fetch health, delivery backlog, publish-to-alert lag."""

from __future__ import annotations

import argparse

from bot.app import App
from bot.core.health import health_lines, health_report, source_line


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("health", help="source health, delivery backlog and publish-to-alert lag (exit 1 if all sources are dead)")
    p.set_defaults(func=health)


def health(args: argparse.Namespace, app: App) -> int:
    now = app.clock.now()
    report = health_report(app.db, now)
    for line in health_lines(report):
        print(line)
    if report.sources:
        print("Sources:")
        for s in report.sources:
            print(f"  {source_line(now, s)}")
            if s.last_error and s.consecutive_errors:
                print(f"      last error: {s.last_error[:200]}")
    return 0 if report.ok else 1
