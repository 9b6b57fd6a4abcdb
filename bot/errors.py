"""One exception tree for the whole bot, grouped by concern.

Foreign errors (httpx, sqlite3, slack_sdk, discord) are mapped to these where they
enter our code (``raise FetchError(...) from exc``). Only ``bot.cli`` and the chat
adapters turn them into words for people.
"""

from __future__ import annotations


class BotError(Exception):
    """Base of every error the bot raises on purpose. ``exit_code`` is used by the CLI."""

    exit_code: int = 1

    def __init__(self, message: str, **context: object) -> None:
        super().__init__(message)
        self.message = message
        self.context = context

    def __str__(self) -> str:
        return self.message


class ConfigError(BotError):
    """A bad key or value in a config file or the environment."""

    exit_code = 2

    def __init__(self, message: str, *, key: str | None = None, path: str | None = None) -> None:
        where = f"{path}: " if path else ""
        what = f"{key}: " if key else ""
        super().__init__(f"{where}{what}{message}", key=key, path=path)
        self.key = key
        self.path = path


class UsageError(BotError):
    """Bad command-line or chat-command arguments."""

    exit_code = 2


class StoreError(BotError):
    """The corpus could not be opened, migrated or written."""


class NotFound(BotError):
    """A development, article, source or channel that does not exist."""


class FetchError(BotError):
    """A source could not be fetched or parsed. ``retry_after`` in seconds if the server said so."""

    def __init__(
        self,
        message: str,
        *,
        url: str | None = None,
        status: int | None = None,
        retry_after: float | None = None,
        permanent: bool = False,
    ) -> None:
        super().__init__(message, url=url, status=status, retry_after=retry_after)
        self.url = url
        self.status = status
        self.retry_after = retry_after
        self.permanent = permanent


class ParseError(FetchError):
    """A fetched body that no parser could read as a feed."""


class UnsafeURL(BotError):
    """A URL that points at a private, loopback or link-local address, or an unsupported scheme."""

    exit_code = 2


class PermissionDenied(BotError):
    """A chat user tried an admin-only command."""


class DeliveryError(BotError):
    """A message could not be delivered to a chat platform.

    ``permanent`` errors (channel not found, bot not in channel, invalid blocks) are recorded
    and reported, never retried. Transient ones carry ``retry_after`` when the platform said so.
    """

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        permanent: bool = False,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, code=code, retry_after=retry_after)
        self.code = code
        self.permanent = permanent
        self.retry_after = retry_after


class EvalError(BotError):
    """The evaluation could not run: a bad labelled or predictions file, or the classifier run failed."""
