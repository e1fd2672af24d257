"""Live sync: notice what other sessions and the poller committed, within about a second.

`PRAGMA data_version` is a free probe that changes only when another connection commits;
only then is the `changes` log read from a rowid cursor (never whole tables), along with the
newest mention id for the feed's "N new" marker and the header's counters.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import timedelta
from typing import TYPE_CHECKING

from brent_tui.domain.models import utcnow

if TYPE_CHECKING:
    from brent_tui.app import BrentApp
    from brent_tui.store import Store

log = logging.getLogger("brent_tui.services.live")


class LiveSync:
    """A background task of the app; calls `app.live_changed(entities, new_mentions)`."""

    def __init__(self, app: BrentApp, store: Store, *, interval: float = 1.0) -> None:
        self.app = app
        self.store = store
        self.interval = interval
        self.change_cursor = 0
        self.max_mention_id = 0
        self._data_version: int | None = None
        self._task: asyncio.Task[None] | None = None
        self.last_notification_id = 0

    async def prime(self) -> None:
        """Start from what is there now (what is already on screen is not 'new')."""
        self.change_cursor = await self.store.latest_change_id()
        self.max_mention_id = await self.store.max_mention_id()
        self._data_version = await self.store.data_version()
        latest = await self.store.notifications(self.app.actor.login, limit=1)
        self.last_notification_id = latest[0].id or 0 if latest else 0
        await self.refresh_counters()

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="live-sync")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task

    async def _run(self) -> None:
        quiet = 0
        while True:
            await asyncio.sleep(self.interval)
            try:
                version = await self.store.data_version()
                quiet += 1
                # Our own commits do not move data_version; look anyway every few seconds.
                if version == self._data_version and quiet < 5:
                    continue
                quiet = 0
                self._data_version = version
                await self.poll_once()
            except asyncio.CancelledError:
                raise
            except Exception:  # the loop must survive a busy or closing database
                log.exception("live sync")

    async def poll_once(self) -> tuple[set[str], bool]:
        changes = await self.store.changes_since(self.change_cursor)
        entities = {c.entity for c in changes}
        if changes:
            self.change_cursor = changes[-1].id
        newest = await self.store.max_mention_id()
        new_mentions = newest > self.max_mention_id
        self.max_mention_id = newest
        if entities or new_mentions:
            await self.refresh_counters()
            if "notifications" in entities:
                await self.announce_new_notifications()
            self.app.live_changed(entities, new_mentions)
        return entities, new_mentions

    async def announce_new_notifications(self) -> None:
        """A toast and the terminal bell for each notification that arrived for this user."""
        fresh = [n for n in await self.store.notifications(self.app.actor.login, unread_only=True, limit=20)
                 if n.id is not None and n.id > self.last_notification_id]
        if not fresh:
            return
        self.last_notification_id = max(n.id or 0 for n in fresh)
        for n in reversed(fresh[:5]):
            self.app.notify(n.text, title=n.kind.replace("_", " "), severity="warning" if n.urgent else "information",
                            timeout=10, markup=False)
        self.app.bell()

    async def refresh_counters(self) -> None:
        app = self.app
        now = utcnow()
        counts = await self.store.work_counts(now=now, soon=timedelta(hours=app.config.sla.due_soon_hours))
        counts["unread"] = await self.store.unread_count(app.actor.login)
        app.counters = counts
        app.urgent = await self.store.unacknowledged_urgent(app.actor.login)
        suspension = await self.store.suspension()
        app.suspension_reason = suspension.reason if suspension.active else None
