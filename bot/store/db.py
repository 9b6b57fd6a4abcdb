"""Open the corpus: WAL, busy timeout, foreign keys, registered migrations applied."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from bot.errors import StoreError
from bot.store.migrations import MIGRATIONS

BUSY_TIMEOUT_MS = 10_000


def open_db(path: str | Path | None, *, migrate: bool = True) -> sqlite_utils.Database:
    """Open (creating if needed) the corpus at ``path``; ``None`` or ":memory:" gives an in-memory one."""
    try:
        if path is None or str(path) == ":memory:":
            db = sqlite_utils.Database(memory=True, execute_plugins=False)
        else:
            p = Path(path)
            p.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(p), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
            db = sqlite_utils.Database(conn, execute_plugins=False)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
        db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA temp_store=MEMORY")
        db.execute("PRAGMA cache_size=-65536")
        if migrate:
            MIGRATIONS.apply(db)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot open the corpus at {path}: {exc}") from exc
    except OSError as exc:
        raise StoreError(f"cannot create the corpus at {path}: {exc.strerror}") from exc
    return db
