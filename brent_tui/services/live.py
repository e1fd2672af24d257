"""Live sync: notice what other sessions and the poller committed, within about a second.

`PRAGMA data_version` is a free probe that changes only when another connection commits; only then
is the `changes` log read from a rowid cursor (never whole tables), along with the newest mention id
for the feed's "N new" marker. What changed comes back as domain entities; the app polls on a Textual
timer and turns them into a `DataChanged` message. `status` reads what the header and the banner show.
Nothing here knows of Textual or the app.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from brent_tui import clock
from brent_tui.domain.entities import Entity
from brent_tui.domain.models import Notification

if TYPE_CHECKING:
    from brent_tui.store import Store

LOOK_ANYWAY_EVERY = 5  # polls: this session's own commits do not move data_version


@dataclass(frozen=True)
class Counters:
    """The header's work figures: open assignments overdue and due soon (team-wide), unread notifications."""

    overdue: int = 0
    due_soon: int = 0
    unread: int = 0


@dataclass(frozen=True)
class Status:
    """What the header and the escalation banner show, read after each change."""

    counters: Counters
    urgent: tuple[Notification, ...]  # escalations waiting for this user's acknowledgement
    suspension_reason: str | None  # set while every scheduled post is held
    arrived: tuple[Notification, ...]  # this user's notifications new since the last look, newest first


class LiveSync:
    """One session's view of the change log: a cursor, and the last mention and notification it has seen."""

    def __init__(self, store: Store, login: str, *, due_soon: timedelta) -> None:
        self.store = store
        self.login = login
        self.due_soon = due_soon
        self.change_cursor = 0
        self.max_mention_id = 0
        self.last_notification_id = 0
        self.stopped = False
        self._data_version: int | None = None
        self._quiet = 0
        self._lock = asyncio.Lock()  # the timer and `poll(force=True)` after a write never read twice

    async def prime(self) -> Status:
        """Start from what is there now (what is already on screen is not 'new')."""
        self.change_cursor = await self.store.latest_change_id()
        self.max_mention_id = await self.store.max_mention_id()
        self._data_version = await self.store.data_version()
        latest = await self.store.notifications(self.login, limit=1)
        self.last_notification_id = latest[0].id or 0 if latest else 0
        return await self.status()

    async def stop(self) -> None:
        """No more polls; waits for one under way, so the store can be closed after."""
        async with self._lock:
            self.stopped = True

    async def poll(self, *, force: bool = False) -> frozenset[Entity]:
        """What changed since the last poll; `force` reads the log even if no other connection committed."""
        async with self._lock:
            if self.stopped:
                return frozenset()
            version = await self.store.data_version()
            self._quiet += 1
            if version == self._data_version and self._quiet < LOOK_ANYWAY_EVERY and not force:
                return frozenset()
            self._quiet = 0
            self._data_version = version
            self.change_cursor, entities = await self.store.changed_entities(self.change_cursor)
            newest = await self.store.max_mention_id()
            if newest > self.max_mention_id:
                entities |= {Entity.NEW_MENTIONS}
            self.max_mention_id = newest
            return entities

    async def status(self) -> Status:
        now = clock.now()
        work = await self.store.work_counts(now=now, soon=self.due_soon)
        counters = Counters(work["overdue"], work["due_soon"], await self.store.unread_count(self.login))
        urgent = tuple(await self.store.unacknowledged_urgent(self.login))
        suspension = await self.store.suspension()
        unread = await self.store.notifications(self.login, unread_only=True, limit=20)
        # Last, with no await after it: a cancelled read never loses a notification nor shows one twice.
        arrived = tuple(n for n in unread if n.id is not None and n.id > self.last_notification_id)
        self.last_notification_id = max([self.last_notification_id, *(n.id or 0 for n in arrived)])
        return Status(counters, urgent, suspension.reason if suspension.active else None, arrived)
