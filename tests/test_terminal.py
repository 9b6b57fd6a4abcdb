"""Terminal chat: the transport prints threads indented; the REPL answers commands from real streams."""

from __future__ import annotations

import asyncio
import io
import os
from datetime import UTC, date, datetime

from bot.chat.terminal import TerminalTransport, run_terminal
from bot.cli import main
from bot.models import Block, Development, Message, OutboxItem, Span
from bot.store.developments import save_development


def _msg(text: str) -> Message:
    return Message(blocks=(Block(kind="paragraph", spans=(Span(text),)),), fallback=text)


def _item(key: str, kind: str, text: str, seq: int, parent_key: str | None = None) -> OutboxItem:
    return OutboxItem(key=key, platform="terminal", channel="terminal", kind=kind, message=_msg(text), seq=seq,
                      parent_key=parent_key)


async def test_transport_prints_parent_threads_edits_and_remembers_keys() -> None:
    out = io.StringIO()
    t = TerminalTransport(out)
    parent = await t.send(_item("p", "post", "Pentagon acts \x1b[2J<!channel>", 1), None)
    assert parent.message_id == "t1" and parent.thread_id is None
    reply = await t.send(_item("r", "reply", "Reuters: second source", 2, "p"), parent)
    assert reply.thread_id == "t1" and reply.message_id == "t2"
    await t.send(_item("b", "broadcast", "impact jumped", 3, "p"), parent)
    edited = await t.edit(_item("e", "edit", "Pentagon acts (2 sources)", 4, "p"), parent)
    assert edited.message_id == "t1"
    text = out.getvalue()
    assert "[t1] ALERT #terminal" in text
    assert "  ↳ [t2] in thread t1\n    │ Reuters: second source" in text
    assert "(also sent to the channel)\n    │ impact jumped" in text
    assert "[t1] UPDATED #terminal\nPentagon acts (2 sources)" in text
    assert "\x1b" not in text and "<!channel>" not in text
    assert await t.find_sent(_item("r", "reply", "x", 2), parent) == reply
    assert await t.find_sent(_item("zzz", "reply", "x", 9), parent) is None
    assert not text.endswith("> ")  # not a TTY: no prompt
    prompted = io.StringIO()
    await TerminalTransport(prompted, prompt="> ").send(_item("q", "post", "hello", 5), None)
    assert prompted.getvalue() == "\n[t5] ALERT #terminal\nhello\n> "


async def test_repl_answers_commands_until_quit(app) -> None:
    save_development(app.db, Development(
        id="dev-1", title="Anthropic sues the Pentagon", event_date=date(2026, 2, 28),
        first_seen=datetime(2026, 2, 28, tzinfo=UTC), updated=datetime(2026, 2, 28, tzinfo=UTC), impact=8))
    stdin = io.StringIO("/standoff latest 1\n\nstatus\nfrobnicate\nquit\nhelp\n")
    out = io.StringIO()
    stop = asyncio.Event()
    await run_terminal(app, stop, stdin=stdin, stdout=out)
    text = out.getvalue()
    assert stop.is_set()
    assert "Anthropic sues the Pentagon" in text
    assert "where it stands" in text
    assert "Unknown command 'frobnicate'" in text
    assert "this list" not in text  # help came after quit: never answered
    assert stdin.readline() == "help\n"


async def test_repl_reads_a_pipe_and_stops_on_event_or_eof(app) -> None:
    r, w = os.pipe()
    with os.fdopen(r, "rb", buffering=0) as rf:
        out = io.StringIO()
        stop = asyncio.Event()
        task = asyncio.create_task(run_terminal(app, stop, stdin=rf, stdout=out))
        os.write(w, b"help\nlatest 1\n")
        while "No developments yet." not in out.getvalue():  # wait for the answer, not for time
            await asyncio.sleep(0)
        assert "/standoff timeline [N]" in out.getvalue()
        assert not task.done()
        stop.set()  # the bot is stopping: the REPL returns though no more input arrives
        await asyncio.wait_for(task, 5)
    os.close(w)

    r, w = os.pipe()
    os.write(w, b"latest 1")  # no newline, then end of input
    os.close(w)
    with os.fdopen(r, "rb", buffering=0) as rf:
        out = io.StringIO()
        stop = asyncio.Event()
        await asyncio.wait_for(run_terminal(app, stop, stdin=rf, stdout=out), 5)
        assert "No developments yet." in out.getvalue() and stop.is_set()


def test_ask_answers_one_command_and_exits(tmp_path, capsys) -> None:
    db = str(tmp_path / "ask.db")
    assert main(["--db", db, "ask", "status"]) == 0
    assert "where it stands" in capsys.readouterr().out
    assert main(["--db", db, "ask", "latest", "nope"]) == 2
    assert "Usage: /standoff latest [N]" in capsys.readouterr().out
    assert main(["--db", db, "ask", "subscribe", "digest", "cron", "0 9 * * 1-5"]) == 0
    assert "digest 0 9 * * 1-5" in capsys.readouterr().out


async def test_delivery_worker_drives_the_terminal_transport(app) -> None:
    """The real outbox and delivery worker, with the terminal as the platform: a thread, then an edit."""
    from bot.chat.delivery import Delivery
    from bot.store import outbox

    with app.db.atomic():
        outbox.enqueue(app.db, OutboxItem(
            key="dev1:post", platform="terminal", channel="terminal", kind="post",
            message=_msg("Pentagon designates Anthropic"), created=app.clock.now()))
        outbox.enqueue(app.db, OutboxItem(key="dev1:r1", platform="terminal", channel="terminal", kind="reply",
                                          message=_msg("Reuters: confirmed"), parent_key="dev1:post",
                                          created=app.clock.now()))
        outbox.enqueue_edit(app.db, OutboxItem(key="dev1:e1", platform="terminal", channel="terminal",
                                               kind="edit", message=_msg("Pentagon designates Anthropic (2)"),
                                               parent_key="dev1:post", created=app.clock.now()))
    out = io.StringIO()
    report = await Delivery(app.db, {"terminal": TerminalTransport(out)}, app.clock, 0.0).drain()
    assert report.sent == 3 and report.pending == 0
    lines = out.getvalue().splitlines()
    parent = next(x for x in lines if "ALERT" in x)
    mid = parent.split("]")[0].lstrip("[")
    assert f"in thread {mid}" in out.getvalue()
    assert "    │ Reuters: confirmed" in lines
    assert f"[{mid}] UPDATED #terminal" in lines
    assert outbox.get(app.db, "dev1:r1").thread_id == mid
