"""``standoff-bot eval [PATH]``: score the classifier on a labelled set and print the report with targets."""

from __future__ import annotations

import argparse

from bot.app import App
from bot.eval.report import add_arguments, run


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "eval",
        help="score the classifier on a labelled JSONL set (default tests/data/labelled.jsonl)",
        description="Run the batch classifier on a labelled set and print relevance, development (B-cubed), "
        "impact, sentiment and category figures against their targets. Exit 0 unless --strict.",
    )
    add_arguments(p)
    p.set_defaults(func=handle)


def handle(args: argparse.Namespace, app: App) -> int:
    return run(args, config=getattr(args, "config", None))
