"""Classifier quality on the labelled set, against the targets of issue 3.

    .venv/bin/python bench/classify_eval.py [LABELLED.jsonl] [--predictions OUT.jsonl] [--errors] [--strict]

Runs ``standoff-bot classify`` (as ``python -m bot classify``) on the labelled articles without their labels,
joins the output to the labels and prints relevance precision/recall/F1, development B-cubed, impact Spearman
and MAE, sentiment within one tier, category accuracy and syndication detection. Exit 0 unless ``--strict``.
The same report is ``standoff-bot eval``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.errors import BotError
from bot.eval.report import add_arguments, run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="classify_eval", description=__doc__.split("\n\n")[0])
    add_arguments(parser)
    parser.add_argument("--config", metavar="PATH", help="config file passed to the classifier")
    args = parser.parse_args(argv)
    try:
        return run(args, config=args.config)
    except BotError as exc:
        print(f"classify_eval: error: {exc}", file=sys.stderr)
        return 2 if args.strict else 0


if __name__ == "__main__":
    raise SystemExit(main())
