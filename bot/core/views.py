"""Neutral Messages for what the slash commands show: developments, timelines, search hits, status.

Pure: every function takes data (and ``now``/``today`` when it matters) and returns a Message.
Text from the corpus goes into Spans untouched; the renderers make it safe.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime

from bot.models import Block, Development, Inline, Message, Source, Span, Subscription, sentiment_label
from bot.store.queries import CorpusCounts, SentimentWindow, SourceArticle, WatchItem
from bot.store.search import SearchHit

MAX_LIST = 25


def _day(d: date | datetime | None) -> str:
    if d is None:
        return "undated"
    return f"{d:%d %b %Y}"


def dev_day(dev: Development) -> date:
    return dev.event_date or dev.first_seen.date()


def sources_label(dev: Development) -> str:
    """"Verified by N sources" or "Unverified: 1 source"."""
    if dev.sources >= 2:
        return f"Verified by {dev.sources} sources"
    return "Unverified: 1 source"


def link(url: str | None) -> str | None:
    """The URL to link a title to: web URLs only (seed records carry internal ``seed:`` URLs)."""
    return url if url and url.startswith(("http://", "https://")) else None


def short_id(dev_id: str) -> str:
    return dev_id[:12]


def dev_line(dev: Development) -> Inline:
    """``[impact] Title`` linked, with date, category, sentiment, source count and id."""
    return (
        Span(f"[{dev.impact}] ", bold=True),
        Span(dev.title or "(untitled)", url=link(dev.url)),
        Span(f" · {_day(dev_day(dev))} · {dev.category} · {dev.sentiment} · {sources_label(dev)} · "),
        Span(short_id(dev.id), code=True),
    )


def notice(text: str, *, private: bool = False, tone: str = "neutral") -> Message:
    return Message(blocks=(Block(kind="paragraph", spans=(Span(text),)),), fallback=text, tone=tone,
                   private=private)


def usage_message(text: str) -> Message:
    """A short usage line, shown only to the user who asked."""
    return notice(text, private=True, tone="error")


def developments_message(title: str, devs: Sequence[Development], *, empty: str) -> Message:
    if not devs:
        return notice(empty)
    blocks = (
        Block(kind="header", spans=(Span(title),)),
        Block(kind="bullets", items=tuple(dev_line(d) for d in devs[:MAX_LIST])),
        Block(kind="context", items=((Span("Ask `sources ID` for publishers and links, `explain ID` for why."),),)),
    )
    return Message(blocks=blocks, fallback=f"{title}: {len(devs)} developments")


def timeline_message(devs: Sequence[Development], story: str) -> Message:
    if not devs:
        return notice("No developments in the timeline yet.")
    items = tuple(
        (Span(f"{_day(dev_day(d))}  ", bold=True), Span(d.title or "(untitled)", url=link(d.url)),
         Span(f" · impact {d.impact} · {d.sources} source{'s' if d.sources != 1 else ''} · "),
         Span(short_id(d.id), code=True))
        for d in devs[:MAX_LIST]
    )
    return Message(blocks=(Block(kind="header", spans=(Span(f"Timeline: {story}"),)), Block(kind="bullets", items=items)),
                   fallback=f"Timeline: {len(devs)} developments")


def trend_text(principal: str, recent: SentimentWindow, previous: SentimentWindow, days: int = 7) -> str:
    if recent.mean is None:
        return f"No developments in the last {days} days to judge sentiment for {principal}."
    line = (f"Sentiment for {principal} over the last {days} days: {sentiment_label(recent.mean)} "
            f"({recent.mean:+.1f} on -2..+2, {recent.count} developments)")
    if previous.mean is None:
        return line + "."
    diff = recent.mean - previous.mean
    if abs(diff) < 0.25:
        return line + f", steady against the {days} days before ({previous.mean:+.1f})."
    direction = "improving" if diff > 0 else "worsening"
    return line + f", {direction} from {previous.mean:+.1f} the {days} days before."


def status_message(
    *,
    story: str,
    principal: str,
    high: Sequence[Development],
    min_impact: int,
    watch: Sequence[WatchItem],
    trend: tuple[SentimentWindow, SentimentWindow],
    counts: CorpusCounts,
    now: datetime,
) -> Message:
    blocks: list[Block] = [Block(kind="header", spans=(Span(f"{story}: where it stands"),))]
    if high:
        blocks.append(Block(kind="paragraph", spans=(Span(f"Latest developments of impact {min_impact}+", bold=True),)))
        blocks.append(Block(kind="bullets", items=tuple(dev_line(d) for d in high)))
    else:
        blocks.append(Block(kind="paragraph", spans=(Span(f"No development of impact {min_impact}+ yet."),)))
    blocks.append(Block(kind="paragraph", spans=(Span("What to watch", bold=True),)))
    if watch:
        blocks.append(Block(kind="bullets", items=tuple(
            (Span(f"{_day(w.day)}", bold=True), Span(f" ({w.kind}): {w.what} · from "), Span(w.development_title),
             Span(" · "), Span(short_id(w.development_id), code=True))
            for w in watch
        )))
    else:
        blocks.append(Block(kind="paragraph", spans=(Span("No open deadlines or scheduled events."),)))
    blocks.append(Block(kind="paragraph", spans=(Span(trend_text(principal, *trend)),)))
    blocks.append(Block(kind="context", items=(
        (Span(f"Corpus: {counts.articles:,} articles, {counts.relevant:,} in the story, "
              f"{counts.developments:,} developments, {counts.sources:,} sources"),),
        (Span(f"as of {now:%d %b %Y %H:%M} UTC"),),
    )))
    lead = high[0].title if high else "no high-impact development yet"
    return Message(blocks=tuple(blocks), fallback=f"{story}: {lead}")


def search_message(query: str, hits: Sequence[SearchHit], developments: Mapping[int, str]) -> Message:
    """Search hits (``bot.store.search.SearchHit``) with the development each belongs to, if any."""
    if not hits:
        return notice(f"No articles match “{query}”.")
    items = []
    for h in hits[:MAX_LIST]:
        spans: list[Span] = [Span(h.title or h.url, url=link(h.url)),
                             Span(f" · {h.publisher or '?'} · {_day(h.published)}")]
        dev_id = developments.get(h.id)
        if dev_id:
            spans += [Span(" · "), Span(short_id(dev_id), code=True)]
        if h.snippet:
            spans.append(Span(f"\n{h.snippet}", italic=True))
        items.append(tuple(spans))
    return Message(blocks=(Block(kind="header", spans=(Span(f"Search: {query}"),)),
                           Block(kind="bullets", items=tuple(items))),
                   fallback=f"{len(hits)} articles match {query}")


def sources_message(dev: Development, arts: Sequence[SourceArticle]) -> Message:
    items = []
    for a in arts:
        spans: list[Span] = [Span(a.publisher or a.domain or "?", bold=True), Span(": "),
                             Span(a.title or a.url, url=link(a.url)), Span(f" · {_day(a.published)}")]
        if a.syndicated_of is not None:
            spans.append(Span(" · syndicated copy", italic=True))
        items.append(tuple(spans))
    blocks: list[Block] = [
        Block(kind="header", spans=(Span(dev.title or dev.id),)),
        Block(kind="paragraph", spans=(Span(f"{sources_label(dev)}: "), Span(", ".join(dev.publishers) or "none"))),
    ]
    if items:
        blocks.append(Block(kind="bullets", items=tuple(items)))
    else:
        blocks.append(Block(kind="paragraph", spans=(Span("No articles recorded."),)))
    blocks.append(Block(kind="context", items=((Span("id "), Span(dev.id, code=True)),)))
    return Message(blocks=tuple(blocks), fallback=f"Sources for {dev.title}: {sources_label(dev)}", url=link(dev.url))


def explain_message(title: str, lines: Sequence[str]) -> Message:
    body: list[Block] = [Block(kind="header", spans=(Span(f"Why: {title}"),))]
    text = "\n".join(lines[:60]) if lines else "No reasons recorded."
    body.append(Block(kind="paragraph", spans=(Span(text),)))
    return Message(blocks=tuple(body), fallback=f"Why: {title}")


def subscription_text(sub: Subscription) -> str:
    digest = sub.digest or "off"
    quiet = sub.quiet_hours or "off"
    budget = f"{sub.noise_budget}/hour" if sub.noise_budget else "off"
    muted = f"; muted until {sub.muted_until:%d %b %H:%M} UTC" if sub.muted_until else ""
    return (f"alerts at impact {sub.min_impact}+ with {sub.min_sources}+ independent source"
            f"{'s' if sub.min_sources != 1 else ''}; digest {digest} ({sub.timezone}); quiet hours {quiet};"
            f" budget {budget}{muted}")


def subscription_message(sub: Subscription, *, created: bool) -> Message:
    head = "Subscribed" if created else "Subscription updated"
    tail = " Only developments from now on will alert; older ones are in `latest` and digests." if created else ""
    text = f"{head}: {subscription_text(sub)}.{tail}"
    return notice(text)


def feeds_message(feeds: Sequence[Source]) -> Message:
    if not feeds:
        return notice("No feeds yet.")
    items = tuple(
        (Span(f.name or f.url, url=f.url), Span(f" · {f.origin}" + (f" · failing: {f.last_error}" if f.error_count else "")))
        for f in feeds[:MAX_LIST * 2]
    )
    return Message(blocks=(Block(kind="header", spans=(Span(f"Feeds ({len(feeds)})"),)), Block(kind="bullets", items=items)),
                   fallback=f"{len(feeds)} feeds")


def help_message(command: str, entries: Sequence[tuple[str, str]]) -> Message:
    items = tuple((Span(f"/{command} {usage}", code=True), Span(f"  {what}")) for usage, what in entries)
    return Message(blocks=(Block(kind="header", spans=(Span(f"/{command} commands"),)), Block(kind="bullets", items=items)),
                   fallback=f"/{command} commands: " + ", ".join(u.split()[0] for u, _ in entries), private=True)
