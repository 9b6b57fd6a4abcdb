"""Terminal chat: the bot's alerts printed as they are delivered, and a REPL for the slash command.

``TerminalTransport`` is a ``bot.chat.base.Transport`` for the delivery worker: parents are printed
flush left with their id, thread replies indented under a line naming their parent, edits marked.
``run_terminal`` reads commands (``/standoff status`` or just ``status``) and prints the answers;
streams are injectable for tests. Both render through ``bot.core.render.to_text`` (no control
characters from article text ever reach the terminal).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sys
from typing import Any, TextIO

from bot.core.commands import handle
from bot.core.render import to_text
from bot.models import CommandRequest, OutboxItem, SentRef

log = logging.getLogger(__name__)

PROMPT = "> "
INDENT = "    │ "
QUIT_WORDS = {"quit", "exit", "/quit", "/exit"}


def _indent(text: str, prefix: str = INDENT) -> str:
    return "\n".join(prefix + line for line in text.splitlines())


class TerminalTransport:
    """Delivers outbox items to a text stream. Message ids are ``t<outbox seq>`` (stable across restarts)."""

    platform = "terminal"

    def __init__(self, stdout: TextIO | None = None, *, prompt: str | None = None) -> None:
        """``prompt`` is printed again after each message (default: the REPL's prompt when on a TTY)."""
        self._out = stdout
        self._prompt = prompt
        self._count = 0
        self._sent: dict[str, SentRef] = {}

    @property
    def out(self) -> TextIO:
        return self._out or sys.stdout

    def _write(self, text: str) -> None:
        out = self.out
        prompt = self._prompt
        if prompt is None:
            try:
                prompt = PROMPT if out.isatty() else ""
            except (AttributeError, ValueError):
                prompt = ""
        out.write("\n" + text.rstrip("\n") + "\n" + prompt)
        out.flush()

    def _new_id(self, item: OutboxItem) -> str:
        self._count += 1
        return f"t{item.seq}" if item.seq is not None else f"t-{self._count}"

    async def send(self, item: OutboxItem, parent: SentRef | None) -> SentRef:
        mid = self._new_id(item)
        body = to_text(item.message)
        if parent is None:
            label = "ALERT" if item.kind == "post" else item.kind.upper()
            self._write(f"[{mid}] {label} #{item.channel}\n{body}")
            ref = SentRef(mid, None)
        else:
            thread = parent.thread_id or parent.message_id
            also = " (also sent to the channel)" if item.kind == "broadcast" else ""
            self._write(f"  ↳ [{mid}] in thread {thread}{also}\n{_indent(body)}")
            ref = SentRef(mid, thread)
        self._sent[item.key] = ref
        return ref

    async def edit(self, item: OutboxItem, target: SentRef) -> SentRef:
        self._write(f"[{target.message_id}] UPDATED #{item.channel}\n{to_text(item.message)}")
        ref = SentRef(target.message_id, target.thread_id)
        self._sent[item.key] = ref
        return ref

    async def find_sent(self, item: OutboxItem, parent: SentRef | None) -> SentRef | None:
        """Only this process's sends are known: after a restart the terminal shows the message again."""
        return self._sent.get(item.key)


# --------------------------------------------------------------------------- input


class _LineReader:
    """Lines from ``stdin`` without blocking the event loop.

    A real file descriptor (TTY or pipe) is watched with ``loop.add_reader`` and read with
    ``os.read``; anything else (``io.StringIO`` in tests, a regular file) is read with ``readline``,
    which does not block for those.
    """

    def __init__(self, stdin: Any) -> None:
        self._stdin = stdin
        self._fd: int | None = None
        self._buf = b""
        self._lines: asyncio.Queue[str | None] = asyncio.Queue()
        self._eof = False
        loop = asyncio.get_running_loop()
        try:
            fd = stdin.fileno()
            loop.add_reader(fd, self._on_readable)
            self._fd = fd
        except (AttributeError, OSError, ValueError, NotImplementedError, PermissionError):
            self._fd = None

    def _on_readable(self) -> None:
        assert self._fd is not None
        try:
            chunk = os.read(self._fd, 65536)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        if not chunk:
            if self._buf:
                self._lines.put_nowait(self._buf.decode("utf-8", "replace"))
                self._buf = b""
            self._lines.put_nowait(None)
            self.close()
            return
        self._buf += chunk
        while b"\n" in self._buf:
            line, self._buf = self._buf.split(b"\n", 1)
            self._lines.put_nowait(line.decode("utf-8", "replace"))

    def close(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(Exception):
                asyncio.get_running_loop().remove_reader(self._fd)
            self._fd = None

    async def next_line(self, stop: asyncio.Event) -> str | None:
        """The next line, or None at end of input or when ``stop`` is set."""
        if self._eof:
            return None
        if self._fd is None and self._lines.empty():
            line = self._stdin.readline()
            if not line:
                self._eof = True
                return None
            return str(line).rstrip("\r\n")
        getter = asyncio.ensure_future(self._lines.get())
        stopper = asyncio.ensure_future(stop.wait())
        try:
            done, _ = await asyncio.wait({getter, stopper}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for t in (getter, stopper):
                if not t.done():
                    t.cancel()
        if getter not in done:
            return None
        line = getter.result()
        if line is None:
            self._eof = True
        return line


# --------------------------------------------------------------------------- REPL


async def run_terminal(app: Any, stop: asyncio.Event, stdin: Any = None, stdout: TextIO | None = None) -> None:
    """Chat in the terminal until ``quit``, end of input (Ctrl-D) or ``stop``; the first two set ``stop``."""
    stdin = stdin if stdin is not None else sys.stdin
    out = stdout if stdout is not None else sys.stdout
    command = app.settings.story.command
    channel = app.settings.bot.terminal_channel

    def write(text: str) -> None:
        out.write(text)
        out.flush()

    write(f"standoff-bot: {app.settings.story.name}. Type /{command} status (or just status), help, or quit.\n")
    reader = _LineReader(stdin)
    try:
        while not stop.is_set():
            write(PROMPT)
            line = await reader.next_line(stop)
            if line is None:
                if not stop.is_set():
                    write("\n")
                    stop.set()
                break
            text = line.strip()
            if not text:
                continue
            if text.lower() in QUIT_WORDS:
                stop.set()
                break
            req = CommandRequest(platform="terminal", channel=channel, user="terminal", text=text,
                                 is_admin=True, user_name="terminal")
            try:
                answer = to_text(handle(app, req))
            except Exception:  # a bug: say so loudly in the log, keep the chat alive
                log.exception("command %r failed", text)
                answer = "Sorry, that command failed (see the log)."
            write(answer + "\n")
    finally:
        reader.close()
