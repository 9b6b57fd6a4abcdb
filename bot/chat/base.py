"""The contract between the platform-neutral delivery worker and each platform adapter.

The outbox worker (bot/chat/delivery.py) owns ordering, pacing, retries and recording ids;
a Transport only knows how to talk to one platform. Transports raise DeliveryError
(``permanent=True`` for channel-not-found and the like, ``retry_after`` for 429s).
"""

from __future__ import annotations

from typing import Protocol

from bot.models import OutboxItem, SentRef


class Transport(Protocol):
    platform: str

    async def send(self, item: OutboxItem, parent: SentRef | None) -> SentRef:
        """Post ``item.message`` to ``item.channel``; into ``parent``'s thread when given.

        ``item.kind == "broadcast"`` is a thread reply also shown in the channel.
        The adapter must tag the message with ``item.key`` (Slack message metadata,
        Discord nonce) so ``find_sent`` can recognise it after a crash.
        """
        ...

    async def edit(self, item: OutboxItem, target: SentRef) -> SentRef:
        """Replace the content of the already-sent message ``target`` with ``item.message``."""
        ...

    async def find_sent(self, item: OutboxItem, parent: SentRef | None) -> SentRef | None:
        """After a crash: was ``item`` already accepted by the platform? Look it up by its key."""
        ...
