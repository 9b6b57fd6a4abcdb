"""What a living alert says, as a neutral ``Message``. Pure; every text is untrusted and left to the renderer.

``alert_message``: the parent (category, sentiment tier, impact with its top reasons, verification,
headline, 2-3 key facts, who's affected, link). ``article_reply``: one further article in the thread
(publisher, headline, link). ``impact_rise_message``: a broadcast when impact jumps with no new article.
"""

from __future__ import annotations

from bot.models import Article, Block, Development, Message, Span

TOP_REASONS = 3
KEY_FACTS = 3
AFFECTED = 4

_TONE = {"very-bearish": "bearish", "bearish": "bearish", "bullish": "bullish", "very-bullish": "bullish"}
_TIER = {"very-bearish": "Very bearish", "bearish": "Bearish", "neutral": "Neutral", "bullish": "Bullish",
         "very-bullish": "Very bullish"}


def verification(dev: Development) -> str:
    """ "Verified by N sources" from two independent sources on, else "Unverified: 1 source"."""
    if dev.sources >= 2:
        return f"Verified by {dev.sources} sources"
    return "Unverified: 1 source"


def sentiment_label(sentiment: str) -> str:
    return _TIER.get(sentiment, sentiment.replace("-", " ").capitalize())


def _publisher(dev: Development) -> str:
    return dev.publishers[0] if dev.publishers else ""


def alert_message(dev: Development) -> Message:
    """The parent message of a development's living alert."""
    blocks: list[Block] = [
        Block(kind="header", spans=(Span(dev.title or "New development"),)),
        Block(kind="context", items=(
            (Span(dev.category or "Uncategorised", bold=True),),
            (Span(f"Sentiment: {sentiment_label(dev.sentiment)}"),),
            (Span(f"Impact {dev.impact}/10", bold=True),),
            (Span(verification(dev), italic=dev.sources < 2),),
        )),
    ]
    reasons = sorted(dev.impact_reasons, key=lambda r: -abs(r.points))[:TOP_REASONS]
    if reasons:
        blocks.append(Block(kind="paragraph", spans=(Span(f"Why impact {dev.impact}:", bold=True),)))
        blocks.append(Block(kind="bullets", items=tuple((Span(str(r)),) for r in reasons)))
    facts = dev.key_facts[:KEY_FACTS]
    if facts:
        blocks.append(Block(kind="paragraph", spans=(Span("Key facts", bold=True),)))
        blocks.append(Block(kind="bullets", items=tuple((Span(f),) for f in facts)))
    if dev.affected:
        who = "; ".join(
            f"{a.party} ({a.effect}{': ' + a.how if a.how else ''})" for a in dev.affected[:AFFECTED]
        )
        blocks.append(Block(kind="paragraph", spans=(Span("Who's affected: ", bold=True), Span(who))))
    if dev.url:
        label = f"Read at {_publisher(dev)}" if _publisher(dev) else "Read the article"
        more = f" (+{len(dev.publishers) - 1} more in the thread)" if len(dev.publishers) > 1 else ""
        blocks.append(Block(kind="paragraph", spans=(Span(label, url=dev.url), Span(more))))
    day = f" · {dev.event_date:%b %d, %Y}" if dev.event_date else ""
    blocks.append(Block(kind="context", items=((Span(f"Development {dev.id}{day}"),),)))
    fallback = f"[Impact {dev.impact}/10 · {dev.category}] {dev.title} ({verification(dev)})"
    return Message(blocks=tuple(blocks), fallback=fallback, tone=_TONE.get(dev.sentiment, "neutral"),
                   url=dev.url or None)


def article_reply(article: Article, *, note: str = "") -> Message:
    """One further article of a development, for the parent's thread: publisher, headline, link."""
    publisher = article.publisher or article.domain or "Another outlet"
    spans = [Span(publisher, bold=True), Span(": "), Span(article.title or article.url, url=article.url)]
    blocks = [Block(kind="paragraph", spans=tuple(spans))]
    if note:
        blocks.append(Block(kind="context", items=((Span(note),),)))
    fallback = f"{publisher}: {article.title}" + (f" ({note})" if note else "")
    return Message(blocks=tuple(blocks), fallback=fallback, url=article.url or None)


def impact_rise_message(dev: Development, old_impact: int) -> Message:
    """A thread reply (broadcast to the channel) when impact rises with no new article to carry it."""
    text = f"Impact rose from {old_impact} to {dev.impact}/10: "
    spans = (Span(text, bold=True), Span(dev.title, url=dev.url or None))
    return Message(blocks=(Block(kind="paragraph", spans=spans),), fallback=f"{text}{dev.title}",
                   tone="alert", url=dev.url or None)
