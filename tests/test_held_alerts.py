"""Quiet hours and noise budgets through full cycles: held alerts are not dropped, they go into the digest.

Real runner, real alert planner, outbox and delivery, the real slack_sdk client against the fake Slack
Web API; time is a FakeClock stepped by the test.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from slack_sdk.web.async_client import AsyncWebClient

from bot.app import App
from bot.chat.slack import SlackTransport
from bot.models import Development, Subscription
from bot.runner import make_delivery, run_cycle
from bot.store.developments import save_development
from bot.store.subscriptions import upsert_subscription
from tests.fakes.slack_server import FakeSlack


@pytest.fixture
async def slack():
    fake = FakeSlack()
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture
def quiet_app(app: App, tmp_path: Path) -> App:
    """No sources (no network) and an empty seed folder: only the developments a test adds exist."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    st = app.settings
    settings = replace(st, sources=[], story=replace(st.story, seeds=str(seeds)),
                       alerts=replace(st.alerts, pace_seconds=0.0))
    return replace(app, settings=settings)


def add_dev(app: App, i: int, when: datetime, impact: int = 8) -> Development:
    d = Development(id=f"dev{i:02d}", title=f"Development {i:02d} in the standoff", event_date=when.date(),
                    first_seen=when, updated=when, impact=impact, sources=2, publishers=("a.example", "b.example"),
                    url=f"https://news.example/{i}")
    save_development(app.db, d)
    return d


def texts(fake: FakeSlack, channel: str) -> list[str]:
    return [json.dumps(m.get("blocks")) + m.get("text", "") for m in fake.channel(channel)]


def states(app: App) -> dict[str, int]:
    return dict(app.db.execute("select state, count(*) from alerts group by state").fetchall())


async def test_noise_budget_3_per_hour_10_developments(quiet_app: App, clock, slack: FakeSlack) -> None:
    app = quiet_app
    t0 = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    clock.set(t0)
    upsert_subscription(app.db, Subscription(platform="slack", channel="C1", since=t0 - timedelta(hours=1),
                                             noise_budget=3, digest="daily 09:00",
                                             last_digest_at=t0 - timedelta(hours=1)))
    transports = {"slack": SlackTransport(AsyncWebClient(token=slack.token, base_url=slack.api_url))}
    delivery = make_delivery(app, transports)
    for i in range(10):
        add_dev(app, i, t0 + timedelta(seconds=i), impact=7 + i % 3)
    clock.advance(minutes=1)
    report = await run_cycle(app, stop=None, delivery=delivery)
    assert report.queued == 3 and report.delivery.sent == 3
    assert len(slack.channel("C1")) == 3
    assert states(app) == {"posted": 3, "held": 7}

    clock.advance(minutes=30)  # still inside the hour: nothing more is posted
    await run_cycle(app, delivery=delivery)
    assert len(slack.channel("C1")) == 3

    clock.set(datetime(2026, 3, 3, 9, 0, 30, tzinfo=UTC))  # the next digest
    report = await run_cycle(app, delivery=delivery)
    assert report.digests == ["digest:slack:C1:2026-03-03T09:00:00+00:00"]
    msgs = texts(slack, "C1")
    assert len(msgs) == 4
    digest = msgs[-1]
    assert "Held alerts (7)" in digest
    assert all(f"Development {i:02d}" in digest for i in range(10))  # all ten are in the digest
    assert states(app) == {"posted": 3, "digested": 7}
    clock.advance(minutes=10)
    await run_cycle(app, delivery=delivery)
    assert len(slack.channel("C1")) == 4  # held alerts are not posted later, nor digested twice


async def test_quiet_hours_hold_alerts_into_the_digest(quiet_app: App, clock, slack: FakeSlack) -> None:
    app = quiet_app
    ny = "America/New_York"
    night = datetime(2026, 3, 3, 4, 0, tzinfo=UTC)  # 23:00 in New York
    clock.set(night)
    upsert_subscription(app.db, Subscription(platform="slack", channel="C2", since=night - timedelta(hours=2),
                                             quiet_hours="22:00-07:00", timezone=ny, digest="daily 07:30",
                                             last_digest_at=night - timedelta(hours=2)))
    delivery = make_delivery(app, {"slack": SlackTransport(AsyncWebClient(token=slack.token,
                                                                          base_url=slack.api_url))})
    add_dev(app, 1, night - timedelta(minutes=5), impact=9)
    add_dev(app, 2, night - timedelta(minutes=1), impact=7)
    report = await run_cycle(app, delivery=delivery)
    assert report.queued == 0 and slack.channel("C2") == []
    assert states(app) == {"held": 2}

    clock.set(datetime(2026, 3, 3, 12, 5, tzinfo=UTC))  # 07:05: quiet hours are over, digest not yet due
    add_dev(app, 3, clock.now() - timedelta(minutes=1), impact=8)
    await run_cycle(app, delivery=delivery)
    assert len(slack.channel("C2")) == 1 and "Development 03" in texts(slack, "C2")[0]

    clock.set(datetime(2026, 3, 3, 12, 31, tzinfo=UTC))  # 07:31 in New York
    report = await run_cycle(app, delivery=delivery)
    assert len(report.digests) == 1
    digest = texts(slack, "C2")[-1]
    assert "Held alerts (2)" in digest and "Development 01" in digest and "Development 02" in digest
    assert states(app) == {"posted": 1, "digested": 2}
