"""Seed records: the project's own structured notes on the articles that define the tracked story.

A seed folder holds:
- ``*.toml`` records written by us (facts, dates, labels, in our words), one per seed story;
- optionally plain ``*.txt``, ``*.md`` or ``*.html`` articles a user drops in to define another story.

Pure parsing: no database, no network. ``bot.watcher`` loads them into the corpus flagged as seeds,
``bot.classify`` learns the story's vocabulary and calibration labels from them.
"""

from __future__ import annotations

import hashlib
import html
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from bot.errors import ConfigError
from bot.models import Affected, Entity

PLAIN_SUFFIXES = (".txt", ".md", ".html", ".htm")


@dataclass(frozen=True)
class TimelineEntry:
    when: date | None
    what: str


@dataclass(frozen=True)
class SeedRecord:
    id: str
    title: str
    date: date | None
    kind: str = "news"  # news | analysis | explainer | opinion
    summary: str = ""
    publisher: str = ""
    url: str = ""
    category: str | None = None
    sentiment: str | None = None
    impact: int | None = None
    sources: int | None = None
    key_facts: tuple[str, ...] = ()
    entities: tuple[Entity, ...] = ()
    affected: tuple[Affected, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    text: str = ""  # plain articles only: the body as given
    path: str = ""
    labels: dict[str, object] = field(default_factory=dict)

    @property
    def body(self) -> str:
        """The text the classifier and the corpus see for this seed."""
        if self.text:
            return self.text
        return "\n".join([self.summary, *self.key_facts]).strip()

    @property
    def seed_url(self) -> str:
        return self.url or f"seed:{self.id}"


def _as_date(value: object, key: str, path: Path) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ConfigError(f"must be a date like 2026-02-27, got {value!r}", key=key, path=str(path))


def _record_from_toml(path: Path) -> SeedRecord:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML ({exc})", path=str(path)) from exc
    for required in ("id", "title"):
        if not isinstance(data.get(required), str) or not data[required].strip():
            raise ConfigError("is required", key=required, path=str(path))
    try:
        entities = tuple(Entity(name=e["name"], type=e.get("type", "organization")) for e in data.get("entities", []))
        affected = tuple(
            Affected(party=a["party"], type=a.get("type", "organization"), effect=a["effect"], how=a.get("how", ""))
            for a in data.get("affected", [])
        )
    except (KeyError, TypeError) as exc:
        raise ConfigError(f"entry is missing {exc}", key="entities/affected", path=str(path)) from exc
    timeline = tuple(
        TimelineEntry(when=_as_date(t.get("date"), "timeline.date", path), what=str(t.get("what", "")))
        for t in data.get("timeline", [])
    )
    impact = data.get("impact")
    if impact is not None and (not isinstance(impact, int) or not 1 <= impact <= 10):
        raise ConfigError("must be an integer 1-10", key="impact", path=str(path))
    return SeedRecord(
        id=data["id"],
        title=data["title"],
        date=_as_date(data.get("date"), "date", path),
        kind=data.get("kind", "news"),
        summary=data.get("summary", ""),
        publisher=data.get("publisher", ""),
        url=data.get("url", ""),
        category=data.get("category"),
        sentiment=data.get("sentiment"),
        impact=impact,
        sources=data.get("sources"),
        key_facts=tuple(data.get("key_facts", [])),
        entities=entities,
        affected=affected,
        timeline=timeline,
        path=str(path),
        labels={k: data[k] for k in ("category", "sentiment", "impact", "sources") if k in data},
    )


_TAG = re.compile(r"<[^>]+>")
_DATE_LINE = re.compile(r"\b(20\d\d-\d\d-\d\d)\b")


def _record_from_plain(path: Path) -> SeedRecord:
    raw = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix in (".html", ".htm"):
        raw = html.unescape(_TAG.sub(" ", re.sub(r"(?is)<(script|style).*?</\1>", " ", raw)))
    lines = [ln.strip() for ln in raw.splitlines() if ln.strip()]
    title = lines[0].lstrip("# ").strip() if lines else path.stem
    m = _DATE_LINE.search(raw[:500])
    rid = "seed-" + hashlib.sha1(path.name.encode()).hexdigest()[:10]
    return SeedRecord(
        id=rid,
        title=title[:300],
        date=date.fromisoformat(m.group(1)) if m else None,
        text="\n".join(lines[1:]) if len(lines) > 1 else raw,
        path=str(path),
    )


def load_seed_records(folder: str | Path) -> list[SeedRecord]:
    """All seed records in ``folder``, sorted by file name. A missing folder is a ConfigError."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ConfigError("seed folder not found", key="story.seeds", path=str(folder))
    records: list[SeedRecord] = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or not path.is_file():
            continue
        if path.suffix == ".toml":
            records.append(_record_from_toml(path))
        elif path.suffix in PLAIN_SUFFIXES and path.name.lower() != "readme.md":
            records.append(_record_from_plain(path))
    return records
