"""Health: per-source figures, dead sources, backlog, publish-to-alert lag; the CLI and the HTTP endpoint."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest

from bot.cli import main
from bot.clock import iso
from bot.core.health import LAST_CYCLE_KEY, health_message, health_report, percentile
from bot.errors import BotError
from bot.health_http import metrics_text, start_health_server
from bot.models import Block, Development, Message, OutboxItem, Span
from bot.store.developments import save_development, set_meta
from bot.store.outbox import enqueue

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def add_source(db, url: str, **cols) -> int:
    row = {"url": url, "name": cols.pop("name", url), "added_at": iso(NOW - timedelta(days=10)), **cols}
    with db.atomic():
        return db["sources"].insert(row).last_pk


def add_article(db, url: str, source_id: int | None, when: datetime) -> int:
    with db.atomic():
        return db["articles"].insert({"url": url, "title": url, "published": iso(when), "fetched": iso(when),
                                      "source_id": source_id}).last_pk


def sent_post(db, key: str, dev_id: str, sent_at: datetime) -> None:
    msg = Message(blocks=(Block(kind="paragraph", spans=(Span("x"),)),), fallback="x")
    with db.atomic():
        enqueue(db, OutboxItem(key=key, platform="slack", channel="C1", kind="post", message=msg,
                               development_id=dev_id, created=sent_at))
        db.execute("update outbox set status = 'sent', sent_at = ?, message_id = '1.2' where key = ?",
                   [iso(sent_at), key])


def test_sources_figures_and_dead_rules(app) -> None:
    db = app.db
    ok = add_source(db, "https://ok.example/feed", name="OK", fetch_count=10, not_modified_count=4,
                    last_success=iso(NOW - timedelta(minutes=5)), last_fetch=iso(NOW - timedelta(minutes=5)))
    add_source(db, "https://flaky.example/feed", name="Flaky", error_count=3,
               last_success=iso(NOW - timedelta(hours=2)))
    add_source(db, "https://long.example/feed", name="Long", error_count=2,
               last_success=iso(NOW - timedelta(hours=25)))
    add_source(db, "https://many.example/feed", name="Many", error_count=10,
               last_success=iso(NOW - timedelta(hours=1)))
    for i in range(14):
        add_article(db, f"https://ok.example/{i}", ok, NOW - timedelta(hours=11 * i))  # 14 within the week
    add_article(db, "https://ok.example/old", ok, NOW - timedelta(days=9))
    young = add_source(db, "https://young.example/feed", name="Young", added_at=iso(NOW - timedelta(days=2)))
    for i in range(6):
        add_article(db, f"https://young.example/{i}", young, NOW - timedelta(hours=5 * i))
    r = health_report(db, NOW)
    by = {s.name: s for s in r.sources}
    assert by["OK"].not_modified_share == 0.4 and by["OK"].entries_per_day == 2.0 and not by["OK"].dead
    assert by["Young"].entries_per_day == 3.0  # 6 articles over its 2 days, not over a week
    assert by["Flaky"].consecutive_errors == 3 and not by["Flaky"].dead
    assert by["Long"].dead and by["Many"].dead
    assert {s.name for s in r.dead_sources} == {"Long", "Many"}
    assert r.ok


def test_backlog_and_lag_percentiles(app) -> None:
    db = app.db
    msg = Message(blocks=(), fallback="x")
    for i in range(20):
        a = add_article(db, f"https://n.example/{i}", None, NOW - timedelta(hours=2))
        b = add_article(db, f"https://m.example/{i}", None, NOW - timedelta(hours=1))
        save_development(db, Development(id=f"d{i}", title="t", event_date=None, first_seen=NOW, updated=NOW,
                                         article_ids=(b, a)))
        # lag from the earliest article (2 h before NOW) to the post: i+1 minutes after NOW
        sent_post(db, f"post:{i}", f"d{i}", NOW + timedelta(minutes=i + 1))
    with db.atomic():
        enqueue(db, OutboxItem(key="p1", platform="slack", channel="C1", kind="post", message=msg, created=NOW))
        enqueue(db, OutboxItem(key="p2", platform="slack", channel="C1", kind="post", message=msg,
                               created=NOW + timedelta(minutes=1)))
        enqueue(db, OutboxItem(key="f1", platform="slack", channel="C1", kind="post", message=msg, created=NOW))
        db.execute("update outbox set status = 'failed' where key = 'f1'")
    r = health_report(db, NOW + timedelta(hours=1))
    assert (r.outbox_pending, r.outbox_failed) == (2, 1)
    assert r.oldest_pending == NOW
    assert r.lag_samples == 20
    assert r.lag_p50_s == 2 * 3600 + 10 * 60
    assert r.lag_p95_s == 2 * 3600 + 19 * 60
    text = health_message(db, NOW + timedelta(hours=1)).fallback
    assert "2 pending, 1 failed" in text and "p50 2h 10m" in text and "p95 2h 19m" in text


def test_percentile_nearest_rank() -> None:
    assert percentile([], 50) is None
    assert percentile([5.0], 95) == 5.0
    assert percentile([float(x) for x in range(1, 101)], 50) == 50.0
    assert percentile([float(x) for x in range(1, 101)], 95) == 95.0


def test_health_cli_prints_sources_and_exit_code(tmp_path, capsys) -> None:
    db_path = tmp_path / "h.db"
    assert main(["--db", str(db_path), "health"]) == 0
    out = capsys.readouterr().out
    assert "Delivery backlog: 0 pending, 0 failed" in out
    from bot.store import open_db

    db = open_db(db_path)
    add_source(db, "https://dead.example/feed", name="Dead", error_count=12, last_error="connect failed")
    db.close()
    assert main(["--db", str(db_path), "health"]) == 1  # every enabled source is dead
    out = capsys.readouterr().out
    assert "Dead: DEAD" in out and "connect failed" in out


async def test_health_http_endpoint(app) -> None:
    add_source(app.db, "https://ok.example/feed", name='Quote "me"', fetch_count=2, not_modified_count=1,
               last_success=iso(app.clock.now()))
    with app.db.atomic():  # a cycle of an earlier run, long ago, does not fail a process that just started
        set_meta(app.db, LAST_CYCLE_KEY, iso(app.clock.now() - timedelta(days=2)))
    runner, port = await start_health_server(app, 0)
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            r = await client.get("/healthz")
            assert r.status_code == 200 and r.text.startswith("ok")
            m = await client.get("/metrics")
            assert m.status_code == 200 and m.headers["content-type"].startswith("text/plain")
            assert 'standoff_source_up{source="Quote \\"me\\""} 1' in m.text
            assert 'standoff_source_not_modified_ratio{source="Quote \\"me\\""} 0.5' in m.text
            assert "standoff_outbox_pending 0" in m.text
            # the runner's liveness: a cycle finished long ago means a stuck process
            with app.db.atomic():
                set_meta(app.db, LAST_CYCLE_KEY, iso(app.clock.now() - timedelta(minutes=5)))
            assert (await client.get("/healthz")).status_code == 200
            app.clock.advance(minutes=20)  # serving for 20 minutes now
            with app.db.atomic():
                set_meta(app.db, LAST_CYCLE_KEY, iso(app.clock.now() - timedelta(minutes=20)))
            r = await client.get("/healthz")
            assert r.status_code == 503 and "no cycle finished for 20 minutes" in r.text
            with app.db.atomic():
                set_meta(app.db, LAST_CYCLE_KEY, iso(app.clock.now()))
                app.db.execute("update sources set error_count = 50")
            r = await client.get("/healthz")
            assert r.status_code == 503 and "every source is dead" in r.text
    finally:
        await runner.cleanup()


def test_metrics_text_has_help_and_type_for_every_metric(app) -> None:
    text = metrics_text(health_report(app.db, NOW))
    names = {ln.split()[2] for ln in text.splitlines() if ln.startswith("# TYPE")}
    assert {"standoff_outbox_pending", "standoff_publish_to_alert_lag_seconds", "standoff_source_up"} <= names


async def test_health_port_in_use_is_a_one_line_error(app) -> None:
    runner, port = await start_health_server(app, 0)
    try:
        with pytest.raises(BotError, match="cannot listen"):
            await start_health_server(app, port)
    finally:
        await runner.cleanup()
