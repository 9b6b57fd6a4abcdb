"""The outbox worker: sends pending outbox rows through each platform's Transport, in order, paced.

Rules (the Transport only talks to its platform; everything below is decided here):

- Items of one (platform, channel) go strictly in ``seq`` order; a reply, broadcast or edit waits
  for its parent's message id. Channels are drained concurrently.
- At most one message per ``pace_seconds`` per channel, waited on the injected clock.
- ``attempts`` is raised and committed before every send. A post/reply with earlier attempts may
  have been accepted just before a crash (or a timeout), so ``Transport.find_sent`` is asked first and
  a found message is recorded instead of being sent again; after an outright refusal in this process
  (429, an error answer; not a timeout or a 5xx) there is nothing to look up. Edits are idempotent and simply re-sent.
- 429: wait ``retry_after`` (clock) and try the same item again, up to ``max_rate_limits`` times per
  drain (then it waits for a later drain); a 429 is never counted as a failed attempt. slack_sdk's own ``AsyncRateLimitErrorRetryHandler`` is deliberately NOT used: it sleeps on
  the real event loop outside our clock, ignores the stop event and hides the wait from pacing.
- Permanent errors are recorded on the row (status 'failed', last_error) and reported; the rest of
  the channel goes on. Items whose parent failed fail too. Transient errors back off exponentially
  (``not_before``) and stop that channel for this drain to keep order; after ``max_attempts`` they fail.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta

import sqlite_utils

from bot.chat.base import Transport
from bot.clock import Clock
from bot.errors import DeliveryError
from bot.models import OutboxItem, SentRef
from bot.store import outbox
from bot.store.codec import message_to_json

log = logging.getLogger("standoff_bot.delivery")

THREADED = ("reply", "broadcast", "edit")
# DeliveryError codes after which the platform may or may not have accepted the message
AMBIGUOUS = frozenset({None, "connection", "network", "timeout", "unexpected"})


@dataclass(frozen=True)
class DeliveryReport:
    sent: int = 0
    failed: int = 0
    pending: int = 0
    errors: tuple[tuple[str, str], ...] = field(default=())  # (key, error) of items that failed in this drain


class _Tally:
    def __init__(self) -> None:
        self.sent = 0
        self.errors: list[tuple[str, str]] = []


class Delivery:
    def __init__(
        self,
        db: sqlite_utils.Database,
        transports: Mapping[str, Transport],
        clock: Clock,
        pace_seconds: float = 1.0,
        *,
        max_attempts: int = 8,
        max_rate_limits: int = 50,
        backoff_base: float = 5.0,
        backoff_max: float = 900.0,
    ) -> None:
        self.db = db
        self.transports = dict(transports)
        self.clock = clock
        self.pace = pace_seconds
        self.max_attempts = max_attempts
        self.max_rate_limits = max_rate_limits
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self._last_send: dict[tuple[str, str], float] = {}  # channel -> clock timestamp of last send
        # keys whose last attempt the platform refused outright (429 / an error answer): nothing to look up
        self._refused: set[str] = set()

    async def drain(self, stop: asyncio.Event | None = None) -> DeliveryReport:
        """Send everything that can be sent now; return what happened and what is still pending."""
        tally = _Tally()
        by_channel: dict[tuple[str, str], list[OutboxItem]] = {}
        for item in outbox.pending(self.db):
            if item.platform in self.transports:
                by_channel.setdefault((item.platform, item.channel), []).append(item)
        await asyncio.gather(*(self._drain_channel(items, tally, stop) for items in by_channel.values()))
        left = sum(outbox.backlog(self.db, p).pending for p in self.transports)
        return DeliveryReport(sent=tally.sent, failed=len(tally.errors), pending=left, errors=tuple(tally.errors))

    # ------------------------------------------------------------------ one channel

    async def _drain_channel(self, items: list[OutboxItem], tally: _Tally,
                             stop: asyncio.Event | None) -> None:
        for item in items:
            if stop is not None and stop.is_set():
                return
            if item.not_before is not None and item.not_before > self.clock.now():
                return  # backing off: later items of this channel wait to keep order
            fresh = outbox.get(self.db, item.key)  # an edit may have been coalesced since we listed it
            if fresh is None or fresh.status != "pending":
                continue
            if not await self._deliver(fresh, tally, stop):
                return

    async def _deliver(self, item: OutboxItem, tally: _Tally, stop: asyncio.Event | None) -> bool:
        """Deliver one item. True to go on with the channel, False to stop it for this drain."""
        transport = self.transports[item.platform]
        parent: SentRef | None = None
        if item.kind in THREADED and item.parent_key:
            p = outbox.get(self.db, item.parent_key)
            if p is None or p.status == "failed":
                self._fail(item, f"parent {item.parent_key} was not delivered", tally)
                return True
            if p.status != "sent" or not p.message_id:
                return False  # the parent (another channel?) is not out yet: keep order, try later
            parent = SentRef(p.message_id, p.thread_id or p.message_id)
        rate_limited = 0
        while True:
            if stop is not None and stop.is_set():
                return False
            await self._pace(item)
            previous = outbox.begin_attempt(self.db, item.key)
            try:
                ref = await self._send_once(transport, item, parent, previous and item.key not in self._refused)
            except DeliveryError as exc:
                if exc.code in AMBIGUOUS or (exc.code or "").startswith("http_5"):
                    self._refused.discard(item.key)  # e.g. a timeout: the platform may have accepted it
                else:
                    self._refused.add(item.key)  # the platform answered with an error: nothing was posted
                if exc.retry_after is not None and not exc.permanent:
                    outbox.release_attempt(self.db, item.key)  # refused, not delivered: not a failure
                    note = f"{exc.code or 'ratelimited'}: retry after {exc.retry_after:g}s"
                    if rate_limited >= self.max_rate_limits:  # a long storm: come back later, keep order
                        outbox.mark_retry(self.db, item.key, note,
                                          self.clock.now() + timedelta(seconds=exc.retry_after))
                        return False
                    rate_limited += 1
                    log.info("rate limited on %s %s: waiting %.1fs", item.platform, item.channel, exc.retry_after)
                    outbox.mark_retry(self.db, item.key, note, None)
                    await self.clock.sleep(exc.retry_after)
                    continue
                if exc.permanent or previous + 1 >= self.max_attempts:
                    self._fail(item, f"{exc.code or 'error'}: {exc.message}", tally)
                    return True
                delay = min(self.backoff_max, self.backoff_base * 2**previous)
                outbox.mark_retry(self.db, item.key, f"{exc.code or 'error'}: {exc.message}",
                                  self.clock.now() + timedelta(seconds=delay))
                log.warning("delivery of %s failed (%s); retrying in %.0fs", item.key, exc.message, delay)
                return False
            except Exception as exc:  # a bug in an adapter: loud in the log, but the batch goes on
                log.exception("unexpected error delivering %s", item.key)
                delay = min(self.backoff_max, self.backoff_base * 2**previous)
                outbox.mark_retry(self.db, item.key, f"unexpected: {type(exc).__name__}: {exc}"[:300],
                                  self.clock.now() + timedelta(seconds=delay))
                return False
            self._refused.discard(item.key)
            self._last_send[(item.platform, item.channel)] = self.clock.now().timestamp()
            payload = message_to_json(item.message) if item.kind == "edit" else None
            if outbox.mark_sent(self.db, item.key, ref, self.clock.now(), payload=payload):
                tally.sent += 1
                return True
            # an edit whose content was replaced while in flight: send the newer content
            fresh = outbox.get(self.db, item.key)
            if fresh is None or fresh.status != "pending":
                return True
            item = fresh

    async def _send_once(self, transport: Transport, item: OutboxItem, parent: SentRef | None,
                         maybe_sent: bool | int) -> SentRef:
        if item.kind == "edit":
            if parent is None:
                raise DeliveryError("edit without a parent", code="no_parent", permanent=True)
            return await transport.edit(item, parent)
        if maybe_sent:
            found = await transport.find_sent(item, parent)
            if found is not None:
                log.info("%s was already delivered before a restart; recording %s", item.key, found.message_id)
                return found
        return await transport.send(item, parent)

    async def _pace(self, item: OutboxItem) -> None:
        last = self._last_send.get((item.platform, item.channel))
        if last is None or self.pace <= 0:
            return
        wait = last + self.pace - self.clock.now().timestamp()
        if wait > 0:
            await self.clock.sleep(wait)

    def _fail(self, item: OutboxItem, error: str, tally: _Tally) -> None:
        outbox.mark_failed(self.db, item.key, error, self.clock.now())
        tally.errors.append((item.key, error))
        log.warning("delivery of %s to %s %s failed for good: %s", item.kind, item.platform, item.channel, error)
