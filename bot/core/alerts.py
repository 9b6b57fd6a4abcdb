"""Living alerts: decide which posts, thread replies, broadcasts and edits each channel is owed.

``plan`` is pure: subscriptions, changed developments, what each channel was already told
(``AlertState``), the articles for replies, the time and the channels' recent alert times in;
outbox items and new alert states out. ``plan_alerts(app)`` is the thin I/O around it: it reads
the corpus, calls ``plan`` and writes the items, the states and the cursor in ONE transaction.

Rules, per subscription and development:
- only developments first seen after the subscription's ``since`` (a new channel or a new source never floods);
- the first time it reaches the channel's ``min_impact`` and ``min_sources``: ask ``gate.decide``;
  "send" -> one ``post``; "hold" -> the alert is recorded as 'held' for the digest, not dropped;
- afterwards, each further article -> one ``reply`` in the parent's thread, in article order;
  an impact rise of ``broadcast_jump`` or more makes the (first) reply a ``broadcast``;
- any change of the parent's content (sources, impact, an updated feed entry) -> one ``edit``
  (the store coalesces pending edits: the latest content wins). Nothing is ever re-posted.
Keys are deterministic, so re-planning after a crash never queues anything twice.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from bot.core import gate
from bot.core.alert_view import alert_message, article_reply, impact_rise_message
from bot.models import Article, Development, OutboxItem, Subscription
from bot.store.alerts import AlertState
from bot.store.codec import message_to_json

if TYPE_CHECKING:
    from bot.app import App

LOOKBACK = timedelta(hours=48)  # re-read developments updated a little before the cursor: planning is idempotent

Decide = Callable[[Subscription, datetime, Sequence[datetime]], tuple[str, str]]


@dataclass(frozen=True)
class Plan:
    items: tuple[OutboxItem, ...]
    states: tuple[AlertState, ...]  # new or changed rows of ``alerts``
    held: tuple[tuple[str, str, str, str], ...] = ()  # (platform, channel, development, reason)


def post_key(platform: str, channel: str, dev_id: str) -> str:
    return f"post:{platform}:{channel}:{dev_id}"


def view_hash(dev: Development) -> str:
    return hashlib.sha1(message_to_json(alert_message(dev)).encode()).hexdigest()[:16]


def _qualifies(sub: Subscription, dev: Development) -> bool:
    return dev.impact >= sub.min_impact and dev.sources >= sub.min_sources


def _article_order(ids: Sequence[int], articles: Mapping[int, Article]) -> list[int]:
    def key(aid: int) -> tuple[float, int]:
        a = articles.get(aid)
        when = a.when if a is not None else None
        return (when.timestamp() if when else float("inf"), aid)

    return sorted(ids, key=key)


def plan(
    subs: Sequence[Subscription],
    devs: Sequence[Development],
    states: Mapping[tuple[str, str, str], AlertState],
    articles: Mapping[int, Article],
    now: datetime,
    recent: Mapping[tuple[str, str], Sequence[datetime]],
    *,
    broadcast_jump: int = 2,
    decide: Decide = gate.decide,
) -> Plan:
    items: list[OutboxItem] = []
    new_states: list[AlertState] = []
    held: list[tuple[str, str, str, str]] = []
    recent_by_channel = {k: list(v) for k, v in recent.items()}
    hashes = {dev.id: view_hash(dev) for dev in devs}
    for sub in subs:
        p, c = sub.platform, sub.channel
        for dev in devs:
            if dev.first_seen <= sub.since:
                continue
            st = states.get((p, c, dev.id))
            h = hashes[dev.id]
            base = f"{p}:{c}:{dev.id}"
            if st is None:
                if not _qualifies(sub, dev):
                    continue
                verdict, reason = decide(sub, now, recent_by_channel.get((p, c), ()))
                state = AlertState(platform=p, channel=c, development_id=dev.id, state="posted", created=now,
                                   updated=now, impact=dev.impact, sources=dev.sources,
                                   article_ids=tuple(dev.article_ids), view_hash=h)
                if verdict == "hold":
                    new_states.append(replace(state, state="held"))
                    held.append((p, c, dev.id, reason))
                    continue
                key = post_key(p, c, dev.id)
                items.append(OutboxItem(key=key, platform=p, channel=c, kind="post", message=alert_message(dev),
                                        development_id=dev.id, created=now))
                new_states.append(replace(state, parent_key=key))
                recent_by_channel.setdefault((p, c), []).append(now)
                continue
            if st.state != "posted" or not st.parent_key:
                # held or digested: the digest carries it; keep the numbers current, say nothing now
                if (st.impact, st.sources, st.article_ids) != (dev.impact, dev.sources, tuple(dev.article_ids)):
                    new_states.append(replace(st, impact=dev.impact, sources=dev.sources,
                                              article_ids=tuple(dev.article_ids), updated=now))
                continue
            told = set(st.article_ids)
            fresh = _article_order([a for a in dev.article_ids if a not in told], articles)
            broadcast = dev.impact - st.impact >= broadcast_jump
            for aid in fresh:
                art = articles.get(aid)
                if art is None:
                    continue  # gone from the corpus: nothing to show, and it is marked as told below
                kind = "broadcast" if broadcast else "reply"
                note = f"Impact now {dev.impact}/10 (was {st.impact})" if broadcast else ""
                items.append(OutboxItem(key=f"reply:{base}:{aid}", platform=p, channel=c, kind=kind,
                                        message=article_reply(art, note=note), development_id=dev.id,
                                        parent_key=st.parent_key, created=now))
                broadcast = False
            if broadcast:  # impact jumped without a new article to carry it
                items.append(OutboxItem(key=f"broadcast:{base}:{dev.updated:%Y%m%dT%H%M%S}:{dev.impact}", platform=p, channel=c,
                                        kind="broadcast", message=impact_rise_message(dev, st.impact),
                                        development_id=dev.id, parent_key=st.parent_key, created=now))
            if h != st.view_hash:
                items.append(OutboxItem(key=f"edit:{base}:{dev.updated:%Y%m%dT%H%M%S}:{h}", platform=p, channel=c,
                                        kind="edit", message=alert_message(dev), development_id=dev.id,
                                        parent_key=st.parent_key, created=now))
            if fresh or h != st.view_hash or (st.impact, st.sources) != (dev.impact, dev.sources):
                new_states.append(replace(st, impact=dev.impact, sources=dev.sources, view_hash=h, updated=now,
                                          article_ids=tuple(dict.fromkeys((*st.article_ids, *fresh)))))
    return Plan(items=tuple(items), states=tuple(new_states), held=tuple(held))


def plan_alerts(app: App) -> list[OutboxItem]:
    """Plan and queue what every subscribed channel is owed. Returns the outbox items actually written."""
    from bot.store import alerts as alert_store
    from bot.store import outbox
    from bot.store.developments import development_from_row
    from bot.store.subscriptions import list_subscriptions

    db = app.db
    now = app.clock.now()
    subs = list_subscriptions(db)
    cursor = alert_store.get_cursor(db)
    if cursor is None:
        rows = db.query("SELECT * FROM developments ORDER BY updated, id")
    else:
        rows = db.query("SELECT * FROM developments WHERE updated >= ? ORDER BY updated, id",
                        [(cursor - LOOKBACK).isoformat(timespec="seconds")])
    devs = [development_from_row(r) for r in rows]
    if not devs:
        return []
    written: list[OutboxItem] = []
    if subs:
        states = alert_store.states_for(db, (d.id for d in devs))
        posted = {s.development_id: set(s.article_ids) for s in states.values() if s.state == "posted"}
        need = [a for d in devs if d.id in posted for a in d.article_ids if a not in posted[d.id]]
        articles = alert_store.articles_by_id(db, need)
        recent = alert_store.recent_alert_times(db, now - gate.BUDGET_WINDOW)
        result = plan(subs, devs, states, articles, now, recent, broadcast_jump=app.settings.alerts.broadcast_jump)
    else:
        result = Plan(items=(), states=())
    newest = max(d.updated for d in devs)
    with db.atomic():
        for item in result.items:
            ok = outbox.enqueue_edit(db, item) if item.kind == "edit" else outbox.enqueue(db, item)
            if ok:
                written.append(item)
        for st in result.states:
            alert_store.save_state(db, st)
        if cursor is None or newest > cursor:
            alert_store.set_cursor(db, newest)
    return written
