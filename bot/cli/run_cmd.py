"""``standoff-bot run [--once] [--health-port PORT]``: the long-running bot, or one full cycle."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import sys
from typing import Any

from bot.app import App


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("run", help="run the bot: poll sources, classify, alert, post digests (Ctrl-C stops)")
    p.add_argument("--once", action="store_true", help="one full cycle (poll, classify, alert, deliver, due digests), then exit")
    p.add_argument("--health-port", type=int, metavar="PORT", help="serve /healthz and /metrics on PORT (off by default)")
    p.add_argument("--health-host", default="127.0.0.1", metavar="HOST", help="address for --health-port (default 127.0.0.1)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, app: App) -> int:
    return asyncio.run(_main(args, app))


async def _main(args: argparse.Namespace, app: App) -> int:
    from bot.runner import (
        chosen_adapters,
        close_transports,
        run_cycle,
        run_forever,
        subscribe_configured_channels,
        transports_for,
    )

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    installed = []
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
            installed.append(sig)
    health: Any = None
    try:
        if args.health_port is not None:
            from bot.health_http import start_health_server

            health, port = await start_health_server(app, args.health_port, args.health_host)
            print(f"standoff-bot: health endpoint on http://{args.health_host}:{port}/healthz", file=sys.stderr)
        if args.once:
            # No terminal chat in --once; messages for terminal channels print to stdout.
            names = chosen_adapters(app, stdin_isatty=False) or ["terminal"]
            subscribe_configured_channels(app, names, app.clock.now())
            transports = transports_for(app, names)
            try:
                report = await run_cycle(app, transports, stop=stop)
            finally:
                await close_transports(transports)
            print(f"cycle: {report.summary()}")
            for err in report.errors:
                print(f"  {err}", file=sys.stderr)
            return 1 if report.unexpected else 0
        failed = await run_forever(app, stop)
        return 1 if failed else 0
    finally:
        if health is not None:
            await health.cleanup()
        for sig in installed:
            loop.remove_signal_handler(sig)
