"""``standoff-bot db stats``: what the corpus holds."""

from __future__ import annotations

import argparse

from bot.app import App


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("db", help="corpus maintenance")
    dsub = p.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    s = dsub.add_parser("stats", help="counts of sources, articles, developments and queued messages")
    s.set_defaults(func=stats)


def stats(args: argparse.Namespace, app: App) -> int:
    db = app.db
    rows = [
        ("sources", db.execute("select count(*) from sources").fetchone()[0]),
        ("articles", db.execute("select count(*) from articles").fetchone()[0]),
        ("seed articles", db.execute("select count(*) from articles where is_seed = 1").fetchone()[0]),
        ("relevant articles", db.execute("select count(*) from signals where relevant = 1").fetchone()[0]),
        ("developments", db.execute("select count(*) from developments").fetchone()[0]),
        ("subscriptions", db.execute("select count(*) from subscriptions").fetchone()[0]),
        ("outbox pending", db.execute("select count(*) from outbox where status = 'pending'").fetchone()[0]),
        ("outbox failed", db.execute("select count(*) from outbox where status = 'failed'").fetchone()[0]),
    ]
    print(f"corpus: {app.settings.db_path}")
    for name, n in rows:
        print(f"  {name:<18} {n:>9,}")
    return 0
