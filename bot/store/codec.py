"""JSON (de)serialisation of model values stored in TEXT columns. One place, used by every store module."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from typing import Any

from bot.models import Affected, Block, DateMention, Entity, ImpactReason, Message, Span


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=_default)


def _default(o: Any) -> Any:
    if isinstance(o, date):
        return o.isoformat()
    if hasattr(o, "__dataclass_fields__"):
        return asdict(o)
    raise TypeError(f"cannot store {type(o).__name__} as JSON")


def loads(text: str | None, default: Any = None) -> Any:
    if not text:
        return default
    return json.loads(text)


def reasons_from(text: str | None) -> tuple[ImpactReason, ...]:
    return tuple(ImpactReason(**r) for r in loads(text, []))


def entities_from(text: str | None) -> tuple[Entity, ...]:
    return tuple(Entity(**e) for e in loads(text, []))


def affected_from(text: str | None) -> tuple[Affected, ...]:
    return tuple(Affected(**a) for a in loads(text, []))


def dates_from(text: str | None) -> tuple[DateMention, ...]:
    out = []
    for d in loads(text, []):
        out.append(DateMention(when=date.fromisoformat(d["when"]), what=d["what"], kind=d.get("kind", "event")))
    return tuple(out)


def _inline(spans: list[dict[str, Any]]) -> tuple[Span, ...]:
    return tuple(Span(**s) for s in spans)


def message_to_json(msg: Message) -> str:
    return dumps(msg)


def message_from_json(text: str) -> Message:
    d = json.loads(text)
    blocks = []
    for b in d["blocks"]:
        blocks.append(
            Block(
                kind=b["kind"],
                spans=_inline(b.get("spans", [])),
                items=tuple(_inline(i) for i in b.get("items", [])),
                fields=tuple((name, _inline(v)) for name, v in b.get("fields", [])),
            )
        )
    return Message(
        blocks=tuple(blocks),
        fallback=d["fallback"],
        tone=d.get("tone", "neutral"),
        private=d.get("private", False),
        url=d.get("url"),
    )
