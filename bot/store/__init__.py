"""The only package that touches SQLite (through sqlite-utils)."""

from bot.store.db import open_db

__all__ = ["open_db"]
