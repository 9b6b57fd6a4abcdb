"""Digest content and due-slot logic (pure parts)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from bot.core.digest import DigestData, build_digest, digest_key, digest_slot
from bot.models import DateMention, Development, Subscription

NY = "America/New_York"
T0 = datetime(2026, 3, 1, tzinfo=UTC)


def dev(i: int, impact: int = 5, sources: int = 1, sentiment: str = "neutral", **kw) -> Development:
    return Development(id=f"d{i}", title=f"Development {i}", event_date=kw.pop("event_date", None),
                       first_seen=T0, updated=T0 + timedelta(hours=i), impact=impact, sources=sources,
                       sentiment=sentiment, url=f"https://example.com/{i}", **kw)


def sub(**kw) -> Subscription:
    kw.setdefault("since", T0)
    return Subscription(platform="slack", channel="C1", **kw)


def text_of(msg) -> str:
    out = []
    for b in msg.blocks:
        out.append("".join(s.text for s in b.spans))
        out.extend("".join(s.text for s in item) for item in b.items)
    return "\n".join(out)


def test_digest_slot_daily_0900_new_york_across_dst() -> None:
    s = sub(digest="daily 09:00", timezone=NY, last_digest_at=datetime(2026, 3, 7, 14, 0, 5, tzinfo=UTC))
    # the day after the spring-forward: 09:00 EDT is 13:00 UTC, not 14:00
    assert digest_slot(s, datetime(2026, 3, 8, 12, 59, tzinfo=UTC)) is None
    assert digest_slot(s, datetime(2026, 3, 8, 13, 0, tzinfo=UTC)) == datetime(2026, 3, 8, 13, 0, tzinfo=UTC)


def test_two_missed_slots_coalesce_into_the_latest() -> None:
    s = sub(digest="daily 09:00", last_digest_at=datetime(2026, 3, 2, 9, 0, 1, tzinfo=UTC))
    now = datetime(2026, 3, 4, 10, 30, tzinfo=UTC)  # down over the 3 and 4 March slots
    slot = digest_slot(s, now)
    assert slot == datetime(2026, 3, 4, 9, 0, tzinfo=UTC)
    assert digest_key(s, slot) == "digest:slack:C1:2026-03-04T09:00:00+00:00"
    # once recorded (last_digest_at = now), nothing is owed until the next slot
    done = sub(digest="daily 09:00", last_digest_at=now)
    assert digest_slot(done, now + timedelta(hours=22)) is None
    assert digest_slot(done, now + timedelta(hours=22, minutes=30)) == datetime(2026, 3, 5, 9, 0, tzinfo=UTC)


def test_new_subscription_waits_for_its_first_slot_and_no_schedule_means_none() -> None:
    s = sub(digest="daily 09:00", since=datetime(2026, 3, 2, 10, 0, tzinfo=UTC))
    assert digest_slot(s, datetime(2026, 3, 2, 23, 0, tzinfo=UTC)) is None
    assert digest_slot(sub(digest=None), datetime(2026, 3, 9, tzinfo=UTC)) is None


def test_digest_ranks_by_impact_with_sources_links_and_sections() -> None:
    devs = (
        dev(1, impact=4, sources=1),
        dev(2, impact=9, sources=3, sentiment="very-bearish", event_date=date(2026, 3, 1),
            dates=(DateMention(when=date(2026, 3, 20), what="Court hearing on the designation", kind="hearing"),)),
        dev(3, impact=7, sources=2, sentiment="bearish"),
    )
    data = DigestData(since=T0, until=T0 + timedelta(days=1), developments=devs,
                      previous=(dev(9, impact=5, sentiment="neutral"),), held=(dev(3, impact=7),))
    msg = build_digest(sub(), data, story="Standoff", principal="Anthropic")
    assert msg is not None
    txt = text_of(msg)
    lines = [ln for ln in txt.splitlines() if ln.startswith("[")]
    assert [ln.split("]")[0] for ln in lines[:3]] == ["[9", "[7", "[4"]
    assert "3 independent sources" in txt and "1 source, unverified" in txt
    assert "Escalating" in txt and "up from 5" in txt
    assert "more bearish" in txt
    assert "2026-03-01 Development 2" in txt  # timeline
    assert "2026-03-20 (hearing) Court hearing" in txt  # what to watch
    assert "Held alerts (1)" in txt
    urls = {s.url for b in msg.blocks for item in b.items for s in item if s.url}
    assert "https://example.com/2" in urls
    assert msg.url == "https://example.com/2"


def test_empty_period_line_or_nothing() -> None:
    data = DigestData(since=T0, until=T0 + timedelta(days=1), developments=())
    msg = build_digest(sub(), data, story="Standoff", principal="Anthropic")
    assert msg is not None and len(msg.blocks) == 1 and "no new developments" in msg.fallback
    assert build_digest(sub(digest_when_empty="skip"), data, story="S", principal="A") is None
    held_only = DigestData(since=T0, until=T0 + timedelta(days=1), developments=(), held=(dev(1),))
    assert build_digest(sub(digest_when_empty="skip"), held_only, story="S", principal="A") is not None
