"""``standoff-bot ask "status"``: answer one chat command in the terminal and exit (for scripts)."""

from __future__ import annotations

import argparse
import shlex

from bot.app import App
from bot.core.commands import handle
from bot.core.render import to_text
from bot.models import CommandRequest


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ask", help="answer one chat command (e.g. ask \"status\") and exit")
    p.add_argument("text", nargs="+", metavar="TEXT", help='the command, e.g. "status" or "search supply chain"')
    p.add_argument("--channel", default=None, help="channel the command acts on (default bot.terminal_channel)")
    p.set_defaults(func=ask)


def ask(args: argparse.Namespace, app: App) -> int:
    """Print the answer; exit 2 when the command was refused or its arguments were wrong."""
    req = CommandRequest(
        platform="terminal",
        channel=args.channel or app.settings.bot.terminal_channel,
        user="terminal",
        text=args.text[0] if len(args.text) == 1 else shlex.join(args.text),
        is_admin=True,  # whoever runs the CLI owns the corpus
        user_name="terminal",
    )
    msg = handle(app, req)
    print(to_text(msg))
    return 2 if msg.tone == "error" else 0
