"""Due digests through the runner and the real corpus: DST, downtime coalescing, held alerts, once only."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.clock import iso
from bot.models import Development, Subscription
from bot.runner import post_due_digests
from bot.store import outbox
from bot.store.codec import message_from_json
from bot.store.developments import save_development
from bot.store.subscriptions import get_subscription, upsert_subscription

NY = "America/New_York"


def add_dev(app, i: int, when: datetime, impact: int = 8) -> Development:
    d = Development(id=f"dev{i}", title=f"Development number {i}", event_date=when.date(), first_seen=when,
                    updated=when, impact=impact, sources=2, url=f"https://news.example/{i}")
    save_development(app.db, d)
    return d


def digests(app) -> list[dict]:
    return list(app.db.query("select * from outbox where kind = 'digest' order by seq"))


def test_digest_at_0900_new_york_across_dst_change(app, clock) -> None:
    clock.set(datetime(2026, 3, 6, 15, 0, tzinfo=UTC))
    upsert_subscription(app.db, Subscription(platform="slack", channel="C1", since=clock.now(),
                                             digest="daily 09:00", timezone=NY))
    posted: list[datetime] = []
    while clock.now() < datetime(2026, 3, 10, 0, 0, tzinfo=UTC):
        clock.advance(minutes=5)
        if post_due_digests(app, clock.now()):
            posted.append(clock.now())
    # 09:00 EST = 14:00 UTC on 7 March; 09:00 EDT = 13:00 UTC from 8 March (DST began that night)
    assert posted == [datetime(2026, 3, 7, 14, 0, tzinfo=UTC), datetime(2026, 3, 8, 13, 0, tzinfo=UTC),
                      datetime(2026, 3, 9, 13, 0, tzinfo=UTC)]
    keys = [r["key"] for r in digests(app)]
    assert keys == ["digest:slack:C1:2026-03-07T14:00:00+00:00", "digest:slack:C1:2026-03-08T13:00:00+00:00",
                    "digest:slack:C1:2026-03-09T13:00:00+00:00"]


def test_downtime_spanning_two_digests_yields_one_with_everything(app, clock) -> None:
    start = datetime(2026, 3, 2, 9, 0, 30, tzinfo=UTC)
    upsert_subscription(app.db, Subscription(platform="slack", channel="C1", since=start - timedelta(days=3),
                                             digest="daily 09:00", last_digest_at=start))
    add_dev(app, 1, datetime(2026, 3, 2, 20, 0, tzinfo=UTC), impact=6)
    add_dev(app, 2, datetime(2026, 3, 3, 20, 0, tzinfo=UTC), impact=9)
    # the bot was down from 2 March 10:00 until 4 March 11:15: the 3 and 4 March digests were missed
    clock.set(datetime(2026, 3, 4, 11, 15, tzinfo=UTC))
    assert post_due_digests(app, clock.now()) == ["digest:slack:C1:2026-03-04T09:00:00+00:00"]
    assert post_due_digests(app, clock.now()) == []  # a second pass, or a second process: nothing more
    clock.advance(minutes=30)
    assert post_due_digests(app, clock.now()) == []
    rows = digests(app)
    assert len(rows) == 1
    text = message_from_json(rows[0]["payload"]).fallback
    assert "2 developments" in text and "Development number 2" in text
    assert get_subscription(app.db, "slack", "C1").last_digest_at == datetime(2026, 3, 4, 11, 15, tzinfo=UTC)
    # the next day's digest covers only what came after the coalesced one
    add_dev(app, 3, datetime(2026, 3, 4, 18, 0, tzinfo=UTC))
    clock.set(datetime(2026, 3, 5, 9, 0, tzinfo=UTC))
    assert post_due_digests(app, clock.now()) == ["digest:slack:C1:2026-03-05T09:00:00+00:00"]
    second = message_from_json(digests(app)[1]["payload"]).fallback
    assert "1 developments" in second and "Development number 3" in second


def test_held_alerts_are_listed_once_then_marked_digested(app, clock) -> None:
    t = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    upsert_subscription(app.db, Subscription(platform="slack", channel="C1", since=t - timedelta(days=1),
                                             digest="daily 09:00", last_digest_at=t))
    for i in range(3):
        d = add_dev(app, i, t + timedelta(hours=14 + i))
        with app.db.atomic():
            app.db.execute("insert into alerts (platform, channel, development_id, state, impact, sources,"
                           " created, updated) values ('slack', 'C1', ?, 'held', 8, 2, ?, ?)",
                           [d.id, iso(d.first_seen), iso(d.first_seen)])
    clock.set(datetime(2026, 3, 3, 9, 1, tzinfo=UTC))
    assert len(post_due_digests(app, clock.now())) == 1
    msg = message_from_json(digests(app)[0]["payload"])
    assert "3 held" in msg.fallback
    states = {r["state"] for r in app.db.query("select state from alerts")}
    assert states == {"digested"}
    clock.set(datetime(2026, 3, 4, 9, 1, tzinfo=UTC))
    post_due_digests(app, clock.now())
    assert "0 held" not in message_from_json(digests(app)[1]["payload"]).fallback
    assert "no new developments" in message_from_json(digests(app)[1]["payload"]).fallback


def test_empty_period_skip_posts_nothing_but_moves_on(app, clock) -> None:
    t = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    upsert_subscription(app.db, Subscription(platform="slack", channel="C2", since=t, digest="daily 09:00",
                                             last_digest_at=t, digest_when_empty="skip"))
    clock.set(datetime(2026, 3, 3, 9, 0, tzinfo=UTC))
    assert post_due_digests(app, clock.now()) == []
    assert digests(app) == []
    assert get_subscription(app.db, "slack", "C2").last_digest_at == clock.now()


def test_bad_schedule_in_one_channel_does_not_stop_the_others(app, clock) -> None:
    t = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    upsert_subscription(app.db, Subscription(platform="slack", channel="BAD", since=t, digest="daily 9am"))
    upsert_subscription(app.db, Subscription(platform="slack", channel="OK", since=t, digest="daily 09:00"))
    clock.set(datetime(2026, 3, 3, 9, 0, tzinfo=UTC))
    assert post_due_digests(app, clock.now()) == ["digest:slack:OK:2026-03-03T09:00:00+00:00"]
    assert outbox.backlog(app.db).pending == 1


def test_digest_print_cli_previews_without_posting(tmp_path, capsys) -> None:
    from bot.cli import main
    from bot.store import open_db

    db_path = tmp_path / "d.db"
    db = open_db(db_path)
    now = datetime.now(UTC)
    save_development(db, Development(id="devx", title="Hearing set on the designation", event_date=now.date(),
                                     first_seen=now - timedelta(hours=1), updated=now - timedelta(hours=1),
                                     impact=8, sources=3, url="https://news.example/x"))
    upsert_subscription(db, Subscription(platform="slack", channel="C9", since=now - timedelta(days=2),
                                         digest="daily 09:00"))
    db.close()
    assert main(["--db", str(db_path), "digest", "--channel", "C9", "--print"]) == 0
    out = capsys.readouterr().out
    assert "digest" in out and "Hearing set on the designation" in out and "3 independent sources" in out
    db = open_db(db_path)
    assert db.execute("select count(*) from outbox").fetchone()[0] == 0  # a preview posts nothing
    assert get_subscription(db, "slack", "C9").last_digest_at is None
    db.close()
    # a channel that is not subscribed previews with the defaults over the last day
    assert main(["--db", str(db_path), "digest", "--channel", "nowhere", "--print"]) == 0
    assert "Hearing set on the designation" in capsys.readouterr().out
    assert main(["--db", str(db_path), "digest", "--channel", "C9"]) == 2  # --print is required


def test_a_second_process_with_a_stale_view_changes_nothing(app, clock) -> None:
    from bot.runner import queue_digest_if_due

    t = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    upsert_subscription(app.db, Subscription(platform="slack", channel="C1", since=t, digest="daily 09:00",
                                             last_digest_at=t))
    stale = get_subscription(app.db, "slack", "C1")  # what a second process read before the first one wrote
    now = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)
    assert queue_digest_if_due(app, stale, now) == "digest:slack:C1:2026-03-03T09:00:00+00:00"
    d = add_dev(app, 7, now)
    with app.db.atomic():  # an alert held after the first digest was built
        app.db.execute("insert into alerts (platform, channel, development_id, state, created, updated)"
                       " values ('slack', 'C1', ?, 'held', ?, ?)", [d.id, iso(now), iso(now)])
    later = now + timedelta(seconds=5)
    assert queue_digest_if_due(app, stale, later) is None
    assert app.db.execute("select state from alerts").fetchone()[0] == "held"  # kept for the next digest
    assert get_subscription(app.db, "slack", "C1").last_digest_at == now
    assert len(digests(app)) == 1


def test_a_digest_at_an_hour_that_happens_twice_is_posted_once(app, clock) -> None:
    start = datetime(2026, 10, 31, 12, 0, tzinfo=UTC)
    clock.set(start)
    upsert_subscription(app.db, Subscription(platform="slack", channel="C1", since=start, digest="30 1 * * *",
                                             timezone=NY))
    posted = []
    while clock.now() < datetime(2026, 11, 2, 12, 0, tzinfo=UTC):
        clock.advance(minutes=10)
        posted += post_due_digests(app, clock.now())
    # 1 November 2026: 01:30 New York happens at 05:30 UTC (EDT) and again at 06:30 UTC (EST)
    assert posted == ["digest:slack:C1:2026-11-01T05:30:00+00:00", "digest:slack:C1:2026-11-02T06:30:00+00:00"]
