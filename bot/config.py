"""Frozen settings from TOML plus the environment.

Each ``[section]`` of the TOML file maps onto one frozen dataclass below; a key is valid
exactly when the dataclass has a field of that name, and its value must match the field's
type. Adding a setting means adding a field (and a line in the README: a test checks).
Secrets never come from files: only from the environment, wrapped in ``Secret``.
"""

from __future__ import annotations

import os
import tomllib
import types
import typing
from dataclasses import MISSING, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from bot.errors import ConfigError

PACKAGE_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONFIG = PACKAGE_ROOT / "config" / "default.toml"
DEFAULT_DB = Path("data") / "standoff.db"


class Secret:
    """A secret string whose repr and str never show the value."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('********')"

    __str__ = __repr__

    def __bool__(self) -> bool:
        return bool(self._value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


@dataclass(frozen=True)
class StoryConfig:
    name: str = "Anthropic vs. the Pentagon"
    command: str = "standoff"
    seeds: str = "seeds"
    principal: str = "Anthropic"
    principal_aliases: list[str] = field(default_factory=lambda: ["Anthropic", "Claude", "Amodei"])
    counterparts: list[str] = field(default_factory=list)
    key_terms: list[str] = field(default_factory=list)
    relevance_threshold: float = 0.5


@dataclass(frozen=True)
class SourceConfig:
    url: str
    name: str = ""
    kind: str = "feed"
    interval: int = 0  # seconds; 0 means the watcher default


@dataclass(frozen=True)
class WatcherConfig:
    interval: int = 900
    jitter: float = 0.1
    concurrency: int = 8
    timeout: float = 20.0
    max_bytes: int = 5_000_000
    max_decompressed_bytes: int = 25_000_000
    max_redirects: int = 5
    backoff_base: int = 300
    backoff_max: int = 21_600
    user_agent: str = "standoff-bot/0.1 (+https://github.com/standoff-bot/standoff-bot)"


@dataclass(frozen=True)
class AlertsConfig:
    min_impact: int = 7
    min_sources: int = 1
    pace_seconds: float = 1.0
    broadcast_jump: int = 2


@dataclass(frozen=True)
class DigestConfig:
    schedule: str = "daily 09:00"
    when_empty: str = "line"
    max_items: int = 10


@dataclass(frozen=True)
class BotConfig:
    timezone: str = "UTC"
    admins: list[str] = field(default_factory=list)
    terminal_channel: str = "terminal"


@dataclass(frozen=True)
class SlackConfig:
    http_port: int = 3000
    api_url: str = "https://slack.com/api/"
    channels: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class DiscordConfig:
    guild_ids: list[int] = field(default_factory=list)
    channels: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Secrets:
    slack_bot_token: Secret | None = None
    slack_app_token: Secret | None = None
    slack_signing_secret: Secret | None = None
    discord_token: Secret | None = None


SECTIONS: dict[str, type] = {
    "story": StoryConfig,
    "watcher": WatcherConfig,
    "alerts": AlertsConfig,
    "digest": DigestConfig,
    "bot": BotConfig,
    "slack": SlackConfig,
    "discord": DiscordConfig,
}


@dataclass(frozen=True)
class Settings:
    story: StoryConfig = field(default_factory=StoryConfig)
    watcher: WatcherConfig = field(default_factory=WatcherConfig)
    alerts: AlertsConfig = field(default_factory=AlertsConfig)
    digest: DigestConfig = field(default_factory=DigestConfig)
    bot: BotConfig = field(default_factory=BotConfig)
    slack: SlackConfig = field(default_factory=SlackConfig)
    discord: DiscordConfig = field(default_factory=DiscordConfig)
    sources: list[SourceConfig] = field(default_factory=list)
    secrets: Secrets = field(default_factory=Secrets)
    config_path: Path = DEFAULT_CONFIG
    db_path: Path = DEFAULT_DB

    @property
    def seeds_dir(self) -> Path:
        p = Path(self.story.seeds)
        return p if p.is_absolute() else (self.config_path.parent.parent / p).resolve()


def _type_ok(value: Any, tp: Any) -> bool:
    origin = typing.get_origin(tp)
    if tp is Any:
        return True
    if origin in (typing.Union, types.UnionType):
        return any(_type_ok(value, a) for a in typing.get_args(tp))
    if tp is type(None):
        return value is None
    if origin is list:
        (inner,) = typing.get_args(tp)
        return isinstance(value, list) and all(_type_ok(v, inner) for v in value)
    if tp is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if tp is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, tp)


def _type_name(tp: Any) -> str:
    origin = typing.get_origin(tp)
    if origin is list:
        return f"a list of {_type_name(typing.get_args(tp)[0])}"
    return {str: "a string", int: "an integer", float: "a number", bool: "true or false"}.get(tp, str(tp))


def _build(cls: type, data: dict[str, Any], prefix: str, path: str) -> Any:
    hints = typing.get_type_hints(cls)
    known = {f.name: f for f in fields(cls)}
    for key, value in data.items():
        if key not in known:
            raise ConfigError("unknown key", key=f"{prefix}{key}", path=path)
        if not _type_ok(value, hints[key]):
            raise ConfigError(f"must be {_type_name(hints[key])}, got {value!r}", key=f"{prefix}{key}", path=path)
    for name, f in known.items():
        if name not in data and f.default is MISSING and f.default_factory is MISSING:
            raise ConfigError("is required", key=f"{prefix}{name}", path=path)
    return cls(**data)


def _validate(settings: Settings, path: str) -> None:
    checks: list[tuple[bool, str, str]] = [
        (1 <= settings.alerts.min_impact <= 10, "alerts.min_impact", "must be between 1 and 10"),
        (settings.alerts.min_sources >= 1, "alerts.min_sources", "must be at least 1"),
        (0.0 <= settings.story.relevance_threshold <= 1.0, "story.relevance_threshold", "must be between 0 and 1"),
        (settings.watcher.concurrency >= 1, "watcher.concurrency", "must be at least 1"),
        (settings.watcher.timeout > 0, "watcher.timeout", "must be positive"),
        (settings.watcher.interval >= 60, "watcher.interval", "must be at least 60 seconds"),
        (settings.digest.when_empty in ("line", "skip"), "digest.when_empty", "must be 'line' or 'skip'"),
        (settings.story.command.isidentifier() or settings.story.command.replace("-", "").isalnum(),
         "story.command", "must be a plain word such as 'standoff'"),
    ]
    for ok, key, msg in checks:
        if not ok:
            raise ConfigError(msg, key=key, path=path)
    try:
        from zoneinfo import ZoneInfo

        ZoneInfo(settings.bot.timezone)
    except Exception as exc:
        raise ConfigError(f"unknown time zone {settings.bot.timezone!r}", key="bot.timezone", path=path) from exc
    seen: set[str] = set()
    for i, s in enumerate(settings.sources):
        if s.url in seen:
            raise ConfigError(f"duplicate source {s.url!r}", key=f"sources[{i}].url", path=path)
        seen.add(s.url)


def secrets_from_env(env: typing.Mapping[str, str]) -> Secrets:
    def s(name: str) -> Secret | None:
        v = env.get(name, "").strip()
        return Secret(v) if v else None

    return Secrets(
        slack_bot_token=s("SLACK_BOT_TOKEN"),
        slack_app_token=s("SLACK_APP_TOKEN"),
        slack_signing_secret=s("SLACK_SIGNING_SECRET"),
        discord_token=s("DISCORD_TOKEN"),
    )


def load_settings(
    config_path: str | Path | None = None,
    db_path: str | Path | None = None,
    env: typing.Mapping[str, str] | None = None,
) -> Settings:
    """Read the TOML file and the environment. Raises ConfigError naming the key and the file."""
    env = os.environ if env is None else env
    path = Path(config_path or env.get("STANDOFF_BOT_CONFIG") or DEFAULT_CONFIG)
    spath = str(path)
    try:
        with path.open("rb") as fh:
            raw = tomllib.load(fh)
    except FileNotFoundError as exc:
        raise ConfigError("config file not found", path=spath) from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML ({exc})", path=spath) from exc
    except OSError as exc:
        raise ConfigError(f"cannot read ({exc.strerror})", path=spath) from exc

    built: dict[str, Any] = {}
    for key, value in raw.items():
        if key == "sources":
            if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
                raise ConfigError("must be an array of tables ([[sources]])", key="sources", path=spath)
            built["sources"] = [_build(SourceConfig, v, f"sources[{i}].", spath) for i, v in enumerate(value)]
        elif key in SECTIONS:
            if not isinstance(value, dict):
                raise ConfigError("must be a table", key=key, path=spath)
            built[key] = _build(SECTIONS[key], value, f"{key}.", spath)
        else:
            raise ConfigError("unknown key", key=key, path=spath)

    settings = Settings(**built, config_path=path.resolve(), secrets=secrets_from_env(env))
    slack_url = env.get("SLACK_API_URL")
    if slack_url:
        settings = replace(settings, slack=replace(settings.slack, api_url=slack_url.rstrip("/") + "/"))
    guilds = env.get("DISCORD_GUILD_IDS")
    if guilds:
        try:
            ids = [int(g) for g in guilds.replace(",", " ").split()]
        except ValueError as exc:
            raise ConfigError("must be Discord guild ids separated by commas", key="DISCORD_GUILD_IDS",
                              path="environment") from exc
        settings = replace(settings, discord=replace(settings.discord, guild_ids=ids))
    db = db_path or env.get("STANDOFF_BOT_DB") or DEFAULT_DB
    settings = replace(settings, db_path=Path(db))
    _validate(settings, spath)
    return settings
