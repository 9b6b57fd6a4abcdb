"""``standoff-bot digest --channel C [--platform P] --print``: preview a channel's next digest."""

from __future__ import annotations

import argparse
from datetime import timedelta

from bot.app import App
from bot.core.digest import build_digest
from bot.errors import UsageError
from bot.models import Subscription
from bot.store.digests import subscriptions_for_channel
from bot.store.subscriptions import get_subscription

PREVIEW_DAYS = 1


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("digest", help="preview the digest a channel would get now (nothing is posted)")
    p.add_argument("--channel", required=True, metavar="C", help="channel id (or 'terminal')")
    p.add_argument("--platform", choices=("slack", "discord", "terminal"), help="when the channel id is ambiguous")
    p.add_argument("--print", action="store_true", dest="print_", help="print the digest to the terminal")
    p.set_defaults(func=digest)


def _subscription(app: App, channel: str, platform: str | None) -> Subscription:
    if platform:
        found = get_subscription(app.db, platform, channel)
        if found:
            return found
    else:
        subs = subscriptions_for_channel(app.db, channel)
        if len(subs) > 1:
            raise UsageError(f"channel {channel!r} is subscribed on {', '.join(s.platform for s in subs)}; "
                             "add --platform")
        if subs:
            return subs[0]
    # not subscribed: preview with the configured defaults over the last day
    now = app.clock.now()
    st = app.settings
    return Subscription(platform=platform or "terminal", channel=channel, since=now - timedelta(days=PREVIEW_DAYS),
                        min_impact=st.alerts.min_impact, min_sources=st.alerts.min_sources,
                        digest=st.digest.schedule, timezone=st.bot.timezone, digest_when_empty=st.digest.when_empty)


def digest(args: argparse.Namespace, app: App) -> int:
    from bot.core.render import to_text
    from bot.runner import gather_digest

    if not args.print_:
        raise UsageError("usage: standoff-bot digest --channel C [--platform P] --print")
    sub = _subscription(app, args.channel, args.platform)
    data = gather_digest(app, sub, app.clock.now())
    msg = build_digest(sub, data, story=app.settings.story.name, principal=app.settings.story.principal,
                       max_items=app.settings.digest.max_items)
    if msg is None:
        print(f"(nothing to post: no new developments and {sub.channel} skips empty digests)")
        return 0
    print(to_text(msg))
    return 0
