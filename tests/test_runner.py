"""The runner: adapter choice, clean stop, and SIGTERM mid-delivery losing nothing (real subprocess)."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from dataclasses import replace
from pathlib import Path

from bot.app import App
from bot.config import Secret
from bot.core.health import health_report
from bot.models import Block, Message, OutboxItem, Span
from bot.runner import chosen_adapters, run_forever
from bot.store import open_db, outbox
from bot.store.outbox import enqueue
from tests.fakes.slack_server import FakeSlack

ROOT = Path(__file__).resolve().parent.parent


def with_secrets(app: App, **secrets: str) -> App:
    s = replace(app.settings.secrets, **{k: Secret(v) for k, v in secrets.items()})
    return replace(app, settings=replace(app.settings, secrets=s))


def test_adapters_follow_configuration(app) -> None:
    assert chosen_adapters(app, stdin_isatty=False) == []
    assert chosen_adapters(app, stdin_isatty=True) == ["terminal"]
    slack = with_secrets(app, slack_bot_token="xoxb-1", slack_app_token="xapp-1")
    assert chosen_adapters(slack, stdin_isatty=True) == ["slack"]
    assert chosen_adapters(with_secrets(app, slack_bot_token="xoxb-1"), stdin_isatty=False) == []  # no way in
    both = with_secrets(app, slack_bot_token="xoxb-1", slack_signing_secret="s", discord_token="d")
    assert chosen_adapters(both, stdin_isatty=True) == ["slack", "discord"]


def _config(tmp_path: Path) -> Path:
    cfg = tmp_path / "bot.toml"
    (tmp_path / "seeds").mkdir()
    cfg.write_text(f'[story]\nseeds = "{tmp_path / "seeds"}"\n\n[alerts]\npace_seconds = 0.0\n\n[slack]\nhttp_port = 0\n')
    return cfg


def _queue_posts(db_path: Path, n: int) -> None:
    db = open_db(db_path)
    with db.atomic():
        for i in range(n):
            msg = Message(blocks=(Block(kind="paragraph", spans=(Span(f"alert number {i}"),)),),
                          fallback=f"alert number {i}")
            enqueue(db, OutboxItem(key=f"post:test:{i:02d}", platform="slack", channel="C1", kind="post",
                                   message=msg))
    db.close()


async def test_sigterm_mid_delivery_loses_nothing(tmp_path: Path) -> None:
    fake = FakeSlack()
    api = await fake.start()
    try:
        cfg, db_path = _config(tmp_path), tmp_path / "bot.db"
        _queue_posts(db_path, 10)
        held = fake.hold_after(3)  # Slack accepts the 3rd post but its answer is held back
        env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_", "STANDOFF_"))}
        env.update(SLACK_BOT_TOKEN=fake.token, SLACK_SIGNING_SECRET="test-secret", SLACK_API_URL=api)
        cmd = [sys.executable, "-m", "bot", "--config", str(cfg), "--db", str(db_path), "run"]
        proc = await asyncio.create_subprocess_exec(*cmd, cwd=ROOT, env=env, stdin=asyncio.subprocess.DEVNULL,
                                                    stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        await asyncio.wait_for(held.accepted.wait(), 30)
        proc.send_signal(signal.SIGTERM)
        t0 = time.monotonic()
        held.release.set()  # the in-flight send completes after the signal
        _out, err = await asyncio.wait_for(proc.communicate(), 15)
        assert time.monotonic() - t0 < 10
        assert proc.returncode == 0, err.decode()
        assert b"Traceback" not in err
        db = open_db(db_path)
        rows = {r["key"]: r for r in db.query("select * from outbox")}
        assert len(rows) == 10
        sent = [k for k, r in rows.items() if r["status"] == "sent"]
        assert 3 <= len(sent) < 10  # the one in flight was finished and recorded; the rest stayed queued
        assert all(rows[k]["message_id"] for k in sent)
        assert {r["status"] for r in rows.values()} <= {"sent", "pending"}
        db.close()
        # restart once: everything else goes out, nothing twice
        proc = await asyncio.create_subprocess_exec(*cmd, "--once", cwd=ROOT, env=env,
                                                    stdin=asyncio.subprocess.DEVNULL,
                                                    stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        _out, err = await asyncio.wait_for(proc.communicate(), 30)
        assert proc.returncode == 0, err.decode()
        db = open_db(db_path)
        assert outbox.backlog(db).pending == 0
        db.close()
        texts = [m["text"] for m in fake.channel("C1")]
        assert sorted(texts) == sorted(f"alert number {i}" for i in range(10))
        assert texts == [f"alert number {i}" for i in range(10)]  # in queue order
    finally:
        await fake.stop()


async def test_run_forever_idles_without_adapters_and_stops_on_event(app, capsys, tmp_path) -> None:
    (tmp_path / "seeds").mkdir()
    story = replace(app.settings.story, seeds=str(tmp_path / "seeds"))
    app = replace(app, settings=replace(app.settings, sources=[], story=story))  # no internet in tests
    stop = asyncio.Event()
    cycles = []

    def seen(report) -> None:
        cycles.append(report)
        stop.set()

    await asyncio.wait_for(run_forever(app, stop, stdin_isatty=False, on_cycle=seen), 10)
    assert len(cycles) == 1
    assert "no chat platform configured" in capsys.readouterr().err
    assert health_report(app.db, app.clock.now()).last_cycle == app.clock.now()


async def test_sigterm_while_slack_hangs_exits_in_time_and_the_message_stays_queued(tmp_path: Path) -> None:
    fake = FakeSlack()
    api = await fake.start()
    held = fake.hold_after(2)  # Slack accepts the 2nd post and then never answers
    try:
        cfg, db_path = _config(tmp_path), tmp_path / "bot.db"
        _queue_posts(db_path, 4)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_", "STANDOFF_"))}
        env.update(SLACK_BOT_TOKEN=fake.token, SLACK_SIGNING_SECRET="test-secret", SLACK_API_URL=api)
        cmd = [sys.executable, "-m", "bot", "--config", str(cfg), "--db", str(db_path), "run"]
        proc = await asyncio.create_subprocess_exec(*cmd, cwd=ROOT, env=env, stdin=asyncio.subprocess.DEVNULL,
                                                    stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        await asyncio.wait_for(held.accepted.wait(), 30)
        proc.send_signal(signal.SIGTERM)
        t0 = time.monotonic()
        _out, err = await asyncio.wait_for(proc.communicate(), 15)
        assert time.monotonic() - t0 < 10
        assert proc.returncode == 0, err.decode()
        db = open_db(db_path)
        status = dict(db.execute("select key, status from outbox").fetchall())
        db.close()
        assert status["post:test:00"] == "sent" and status["post:test:01"] == "pending"  # accepted, id unknown
        held.release.set()
        fake.held = None
        # restart: the accepted message is found by its metadata and recorded, not sent again
        proc = await asyncio.create_subprocess_exec(*cmd, "--once", cwd=ROOT, env=env,
                                                    stdin=asyncio.subprocess.DEVNULL,
                                                    stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        _out, err = await asyncio.wait_for(proc.communicate(), 30)
        assert proc.returncode == 0, err.decode()
        assert [m["text"] for m in fake.channel("C1")] == [f"alert number {i}" for i in range(4)]
    finally:
        held.release.set()
        await fake.stop()


async def test_an_adapter_that_cannot_start_stops_the_bot_with_its_name(app, tmp_path) -> None:
    import socket

    busy = socket.socket()
    busy.bind(("0.0.0.0", 0))
    busy.listen()
    try:
        (tmp_path / "seeds").mkdir()
        st = app.settings
        settings = replace(st, sources=[], story=replace(st.story, seeds=str(tmp_path / "seeds")),
                           slack=replace(st.slack, http_port=busy.getsockname()[1], api_url="http://127.0.0.1:9/"))
        bad = with_secrets(replace(app, settings=settings), slack_bot_token="xoxb-1", slack_signing_secret="s")
        failed = await asyncio.wait_for(run_forever(bad, asyncio.Event(), stdin_isatty=False), 15)
        assert failed == ["slack"]  # the HTTP port is taken: the bot stops instead of running deaf
    finally:
        busy.close()
