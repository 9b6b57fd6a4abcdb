"""``standoff-bot run --once`` end to end, in a real subprocess: a loopback feed server, the real
watcher and classifier, the outbox, and the real slack_sdk client talking to the fake Slack Web API."""

from __future__ import annotations

import asyncio
import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.app import build_app
from bot.clock import FakeClock
from bot.models import Subscription
from bot.store import open_db
from bot.store.subscriptions import upsert_subscription
from bot.watcher.seeds import load_seeds
from tests.fakes.feed_server import FeedServer, Route
from tests.fakes.slack_server import FakeSlack

ROOT = Path(__file__).resolve().parent.parent
FEED = (Path(__file__).resolve().parent / "data" / "runner" / "court_wire.rss").read_bytes()


async def _run_once(cfg: Path, db: Path, env: dict[str, str]) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "--config", str(cfg), "--db", str(db), "run", "--once", cwd=ROOT, env=env,
        stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(proc.communicate(), 60)
    return proc.returncode or 0, out.decode(), err.decode()


async def test_run_once_from_loopback_feed_to_fake_slack(tmp_path: Path) -> None:
    slack = FakeSlack()
    api = await slack.start()
    try:
        async with FeedServer({"/wire.xml": Route(body=FEED, etag='"v1"')}) as feeds:
            cfg = tmp_path / "bot.toml"
            cfg.write_text(f'[story]\nseeds = "{ROOT / "seeds"}"\n\n[alerts]\npace_seconds = 0.0\n\n'
                           f'[[sources]]\nname = "Loopback wire"\nurl = "{feeds.url("/wire.xml")}"\n')
            db_path = tmp_path / "bot.db"
            # an existing deployment: seeds loaded earlier, #C1 subscribed a minute ago
            now = datetime.now(UTC)
            app = build_app(cfg, db_path, env={}, clock=FakeClock(now - timedelta(minutes=2)))
            load_seeds(app)
            upsert_subscription(app.db, Subscription(platform="slack", channel="C1",
                                                     since=now - timedelta(minutes=1)))
            app.close()
            env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_", "STANDOFF_"))}
            env.update(SLACK_BOT_TOKEN=slack.token, SLACK_SIGNING_SECRET="test-secret", SLACK_API_URL=api)

            code, out, err = await _run_once(cfg, db_path, env)
            assert code == 0, err
            assert "Traceback" not in err
            assert "articles: 2 new" in out and "delivered 1" in out
            posts = slack.channel("C1")
            assert len(posts) == 1  # two outlets, one development, one living alert; old seeds do not alert
            assert "Federal judge halts" in posts[0]["text"] and "Verified by 2 sources" in posts[0]["text"]
            assert posts[0]["metadata"]["event_payload"]  # tagged with its outbox key for crash recovery
            db = open_db(db_path)
            row = db.execute("select status, message_id from outbox where kind = 'post'").fetchone()
            db.close()
            assert row == ("sent", posts[0]["ts"])

            # a second run (cron, a minute later): the source is not due yet and nothing is posted twice
            code, out, err = await _run_once(cfg, db_path, env)
            assert code == 0, err
            assert "0 sources polled" in out and "delivered 0" in out
            assert len(feeds.hits_for("/wire.xml")) == 1
            assert len(slack.calls_to("chat.postMessage")) == 1
    finally:
        await slack.stop()
