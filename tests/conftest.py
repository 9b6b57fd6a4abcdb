"""Shared fixtures. Tests never touch the internet and never sleep for time."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.app import App
from bot.clock import FakeClock
from bot.config import load_settings
from bot.store import open_db

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 1, 12, 0, tzinfo=UTC))


@pytest.fixture
def settings(tmp_path: Path):
    return load_settings(ROOT / "config" / "default.toml", tmp_path / "test.db", env={})


@pytest.fixture
def app(settings, clock) -> Iterator[App]:
    db = open_db(settings.db_path)
    a = App(settings=settings, db=db, clock=clock, env={})
    yield a
    a.close()
