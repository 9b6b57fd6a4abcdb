"""Load the story's seed records into the corpus as articles flagged ``is_seed``. Idempotent."""

from __future__ import annotations

from datetime import UTC, datetime, time
from typing import TYPE_CHECKING

from bot.models import Article
from bot.seeds import SeedRecord, load_seed_records
from bot.store.articles import upsert_articles
from bot.watcher.normalize import canonical_url, content_hash, html_to_text, one_line, registrable_domain

if TYPE_CHECKING:
    from bot.app import App


def seed_article(record: SeedRecord, now: datetime) -> Article:
    url = canonical_url(record.seed_url)
    title = one_line(record.title)
    summary = html_to_text(record.summary)
    text = html_to_text(record.body)
    domain = registrable_domain(url) if url.startswith(("http://", "https://")) else ""
    return Article(
        url=url,
        title=title,
        summary=summary,
        text=text,
        published=datetime.combine(record.date, time(0, 0), tzinfo=UTC) if record.date else None,
        fetched=now,
        publisher=record.publisher or "seed",
        domain=domain,
        content_hash=content_hash(title, summary, text),
        is_seed=True,
    )


def load_seeds(app: App) -> int:
    """Upsert every record of ``settings.seeds_dir`` as a seed article.
    Returns how many seed articles were added or changed (0 when nothing changed).
    Raises ConfigError for a missing folder or a bad record."""
    now = app.clock.now()
    records = load_seed_records(app.settings.seeds_dir)
    new_ids, updated_ids, _dups = upsert_articles(app.db, [seed_article(r, now) for r in records], now)
    return len(new_ids) + len(updated_ids)
