"""The composition root: the one place that reads the environment and builds the DB, clock and clients.

Everything else receives what it needs as arguments. Later layers (watcher, classifier,
chat adapters, scheduler) add their builders here rather than constructing clients themselves.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from bot.clock import Clock, SystemClock
from bot.config import Settings, load_settings
from bot.store import open_db

log = logging.getLogger("standoff_bot")


@dataclass
class App:
    settings: Settings
    db: sqlite_utils.Database
    clock: Clock = field(default_factory=SystemClock)
    env: Mapping[str, str] = field(default_factory=lambda: dict(os.environ))

    def close(self) -> None:
        self.db.close()


def build_app(
    config_path: str | Path | None = None,
    db_path: str | Path | None = None,
    *,
    env: Mapping[str, str] | None = None,
    clock: Clock | None = None,
) -> App:
    env = dict(os.environ) if env is None else dict(env)
    settings = load_settings(config_path, db_path, env=env)
    db = open_db(settings.db_path)
    return App(settings=settings, db=db, clock=clock or SystemClock(), env=env)


@dataclass
class SlackClients:
    """What the Slack side needs: one Web API client and the outbox Transport over it."""

    client: Any  # slack_sdk.web.async_client.AsyncWebClient
    transport: Any  # bot.chat.slack.SlackTransport


def build_slack(app: App) -> SlackClients | None:
    """The Slack Web API client (``settings.slack.api_url``, token from SLACK_BOT_TOKEN) and transport.

    None when SLACK_BOT_TOKEN is not set. 429s are handled by the outbox worker, not by slack_sdk's
    retry handlers (see bot/chat/delivery.py), so only the connection-error retry is kept.
    """
    token = app.settings.secrets.slack_bot_token
    if not token:
        return None
    from slack_sdk.web.async_client import AsyncWebClient

    from bot.chat.slack import SlackTransport

    client = AsyncWebClient(token=token.get(), base_url=app.settings.slack.api_url, timeout=30)
    return SlackClients(client=client, transport=SlackTransport(client))


@dataclass
class DiscordClients:
    """The Discord outbox Transport (its own discord.py HTTP client, logged in on first use).

    The gateway client for slash commands is started by ``bot.chat.discord.run_discord``.
    """

    transport: Any  # bot.chat.discord.DiscordTransport


def build_discord(app: App) -> DiscordClients | None:
    """None when DISCORD_TOKEN is not set."""
    token = app.settings.secrets.discord_token
    if not token:
        return None
    from bot.chat.discord import DiscordTransport

    return DiscordClients(transport=DiscordTransport(token))


def setup_logging(verbose: int = 0) -> None:
    level = logging.WARNING if verbose <= 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    # Client libraries log request details at DEBUG; never let them log headers with tokens.
    for noisy in ("httpx", "httpcore", "slack_sdk", "slack_bolt", "discord", "apscheduler", "asyncio"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))
