"""Entry point ``standoff-bot`` (also ``python -m bot``).

Each sub-command lives in its own module under ``bot.cli`` exposing ``register(subparsers)``;
handlers take ``(args, app)`` and return an exit code. This module turns BotError into a
one-line message and its exit code; nothing else prints tracebacks for expected failures.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from bot.errors import BotError

COMMAND_MODULES = [
    "bot.cli.db_cmd",
    "bot.cli.run_cmd",
    "bot.cli.digest_cmd",
    "bot.cli.health_cmd",
    "bot.cli.eval_cmd",
    "bot.cli.ask_cmd",
    "bot.cli.ingest_cmd",
    "bot.cli.classify_cmd",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="standoff-bot",
        description="News-alert bot that follows one story for Slack, Discord and the terminal.",
    )
    parser.add_argument("--config", metavar="PATH", help="config file (env STANDOFF_BOT_CONFIG; default config/default.toml)")
    parser.add_argument("--db", metavar="PATH", help="SQLite corpus (env STANDOFF_BOT_DB; default ./data/standoff.db)")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more logging (-vv for debug)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from bot.app import build_app, setup_logging

    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    setup_logging(args.verbose)
    app = None
    try:
        app = build_app(args.config, args.db)
        return int(args.func(args, app) or 0)
    except BotError as exc:
        print(f"standoff-bot: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    finally:
        if app is not None:
            app.close()
