"""The outbox store: unique keys, queue order, attempts committed before sending, edit coalescing."""

from __future__ import annotations

from datetime import timedelta

from bot.models import Block, Message, OutboxItem, SentRef, Span
from bot.store import open_db, outbox


def _msg(text: str) -> Message:
    return Message(blocks=(Block(kind="paragraph", spans=(Span(text),)),), fallback=text)


def _item(key: str, clock, kind: str = "post", parent: str | None = None, text: str = "hello") -> OutboxItem:
    return OutboxItem(key=key, platform="slack", channel="C1", kind=kind, message=_msg(text), parent_key=parent,
                      created=clock.now())


def test_enqueue_is_idempotent_by_key_and_keeps_order(app, clock) -> None:
    with app.db.atomic():
        assert outbox.enqueue(app.db, _item("post:a", clock))
        assert outbox.enqueue(app.db, _item("reply:a:1", clock, "reply", "post:a"))
        assert not outbox.enqueue(app.db, _item("post:a", clock, text="other"))
    items = outbox.pending(app.db)
    assert [i.key for i in items] == ["post:a", "reply:a:1"]
    assert items[0].message == _msg("hello")
    assert items[0].created == clock.now()
    assert outbox.pending(app.db, "discord") == []


def test_enqueue_survives_reopen(settings, clock) -> None:
    db = open_db(settings.db_path)
    with db.atomic():
        outbox.enqueue(db, _item("post:x", clock))
    db.close()
    db = open_db(settings.db_path)
    assert [i.key for i in outbox.pending(db)] == ["post:x"]
    db.close()


def test_attempts_sent_failed_and_backlog(app, clock) -> None:
    with app.db.atomic():
        outbox.enqueue(app.db, _item("post:a", clock))
        outbox.enqueue(app.db, _item("post:b", clock))
    assert outbox.begin_attempt(app.db, "post:a") == 0
    assert outbox.begin_attempt(app.db, "post:a") == 1
    assert outbox.mark_sent(app.db, "post:a", SentRef("111.1", None), clock.now())
    outbox.mark_failed(app.db, "post:b", "channel_not_found", clock.now())
    a = outbox.get(app.db, "post:a")
    assert a is not None and a.status == "sent" and a.message_id == "111.1" and a.attempts == 2
    b = outbox.get(app.db, "post:b")
    assert b is not None and b.status == "failed" and b.last_error == "channel_not_found"
    bl = outbox.backlog(app.db)
    assert (bl.pending, bl.failed, bl.sent) == (0, 1, 1)


def test_retry_keeps_row_pending_with_not_before(app, clock) -> None:
    with app.db.atomic():
        outbox.enqueue(app.db, _item("post:a", clock))
    later = clock.now() + timedelta(seconds=30)
    outbox.mark_retry(app.db, "post:a", "ratelimited", later)
    (item,) = outbox.pending(app.db)
    assert item.not_before == later and item.last_error == "ratelimited"


def test_pending_edits_coalesce_latest_content_wins(app, clock) -> None:
    with app.db.atomic():
        outbox.enqueue(app.db, _item("post:a", clock))
        assert outbox.enqueue_edit(app.db, _item("edit:a:1", clock, "edit", "post:a", text="two sources"))
        assert outbox.enqueue_edit(app.db, _item("edit:a:2", clock, "edit", "post:a", text="three sources"))
        assert not outbox.enqueue_edit(app.db, _item("edit:a:1", clock, "edit", "post:a", text="stale"))
    edits = [i for i in outbox.pending(app.db) if i.kind == "edit"]
    assert len(edits) == 1 and edits[0].message == _msg("three sources")


def test_mark_sent_with_payload_guard_keeps_a_changed_edit_pending(app, clock) -> None:
    with app.db.atomic():
        outbox.enqueue(app.db, _item("edit:a:1", clock, "edit", "post:a", text="old"))
    old_payload = outbox.item_to_row(outbox.get(app.db, "edit:a:1"))["payload"]  # type: ignore[arg-type]
    with app.db.atomic():
        outbox.enqueue_edit(app.db, _item("edit:a:2", clock, "edit", "post:a", text="new"))
    assert not outbox.mark_sent(app.db, "edit:a:1", SentRef("1.1"), clock.now(), payload=old_payload)
    assert outbox.get(app.db, "edit:a:1").status == "pending"  # type: ignore[union-attr]


def test_a_failure_after_enqueue_in_the_callers_transaction_leaves_no_row(app, clock) -> None:
    try:
        with app.db.atomic():
            assert outbox.enqueue(app.db, _item("post:z", clock))
            raise RuntimeError("crash between enqueue and the rest of the transaction")
    except RuntimeError:
        pass
    assert outbox.get(app.db, "post:z") is None


def test_record_digest_is_one_transaction(app, clock) -> None:
    """If moving last_digest_at fails, the digest's outbox row is rolled back too (no orphan digest)."""
    from bot.models import Subscription
    from bot.store.digests import record_digest
    from bot.store.subscriptions import get_subscription, upsert_subscription

    sub = Subscription(platform="slack", channel="C1", since=clock.now())
    upsert_subscription(app.db, sub)
    # The storage fails the second write of the transaction (a disk error stand-in).
    app.db.execute("create trigger fail_digest before update of last_digest_at on subscriptions"
                   " begin select raise(abort, 'disk full'); end")
    item = _item("digest:slack:C1:slot1", clock, kind="digest")
    try:
        record_digest(app.db, sub, item, clock.now(), [])
    except Exception as exc:
        assert "disk full" in str(exc)
    else:
        raise AssertionError("record_digest should have failed")
    assert outbox.get(app.db, item.key) is None
    assert get_subscription(app.db, "slack", "C1").last_digest_at is None
