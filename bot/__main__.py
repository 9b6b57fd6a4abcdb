"""`python -m bot` runs the same CLI as the `standoff-bot` console script."""

from bot.cli import main

raise SystemExit(main())
