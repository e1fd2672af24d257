"""Council accounts (registry basics), notifications, key people and the change log."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from brent_tui import clock
from brent_tui.domain.entities import Entity
from brent_tui.domain.follows import Relation, follow_back_first
from brent_tui.domain.models import (
    Change,
    CouncilAccount,
    FollowerSample,
    KeyPerson,
    MentionStatus,
    Notification,
)
from brent_tui.domain.notices import Notice
from brent_tui.domain.roles import Action, Actor, require
from brent_tui.domain.text import handles_match, normalise_handle
from brent_tui.store.base import StoreBase, parse_ts, row_to, ts

if TYPE_CHECKING:
    import aiosqlite

log = logging.getLogger("brent_tui.store")

# What each table written to the change log (by its triggers) is called outside the store: the one place
# a table name meets the screens. tests/test_live_entities.py checks it against the triggers themselves.
ENTITY_OF_TABLE: dict[str, Entity] = {
    "mentions": Entity.MENTIONS,
    "decisions": Entity.DECISIONS,
    "assignments": Entity.ASSIGNMENTS,
    "watches": Entity.WATCHES,
    "leases": Entity.CLAIMS,
    "replying": Entity.REPLYING,
    "relations": Entity.FOLLOWS,
    "incidents": Entity.INCIDENTS,
    "council_accounts": Entity.ACCOUNTS,
    "account_requests": Entity.ACCOUNT_REQUESTS,
    "account_reviews": Entity.ACCOUNT_REQUESTS,
    "posts": Entity.POSTS,
    "post_targets": Entity.POSTS,
    "post_approvals": Entity.POSTS,
    "suspension": Entity.SUSPENSION,
    "foi_cases": Entity.FOI,
    "foi_events": Entity.FOI,
    "notifications": Entity.NOTIFICATIONS,
    "key_people": Entity.KEY_PEOPLE,
    "streams": Entity.STREAMS,
}


def entities_of(tables: Iterable[str]) -> frozenset[Entity]:
    """The domain names of changed tables. A table missing from the map is a bug: logged, never ignored quietly."""
    names = set(tables)
    if unknown := names - ENTITY_OF_TABLE.keys():
        log.error("the change log names tables no entity maps: %s", ", ".join(sorted(unknown)))
    return frozenset(ENTITY_OF_TABLE[t] for t in names - unknown)


class SystemStore(StoreBase):
    # ------------------------------------------------------------------ accounts

    async def upsert_account(self, account: CouncilAccount, who: str) -> CouncilAccount:
        values = account.model_dump(exclude={"id"})
        async with self.transaction() as db:
            existing = await self._fetchval(
                "SELECT id FROM council_accounts WHERE platform = ? AND handle = ?",
                (account.platform.value, account.handle),
            )
            if existing is None:
                account_id = await self._insert(db, "council_accounts", values)
                action = "create"
            else:
                account_id = int(existing)
                await self._update(db, "council_accounts", account_id, values)
                action = "update"
            await self._audit(db, who, action, "council_account", account_id, handle=account.handle,
                              platform=account.platform.value)
        return account.model_copy(update={"id": account_id})

    async def accounts(self, *, include_inactive: bool = False) -> list[CouncilAccount]:
        clause = "" if include_inactive else "WHERE active = 1"
        rows = await self._fetchall(f"SELECT * FROM council_accounts {clause} ORDER BY platform, handle")
        return [row_to(CouncilAccount, r) for r in rows]

    async def account(self, account_id: int) -> CouncilAccount | None:
        row = await self._fetchone("SELECT * FROM council_accounts WHERE id = ?", (account_id,))
        return None if row is None else row_to(CouncilAccount, row)

    async def record_followers(self, samples: Iterable[FollowerSample]) -> None:
        """Follower counts from a connector's profile poll: history plus the current figure."""
        samples = list(samples)
        async with self.transaction() as db:
            await db.executemany(
                "INSERT INTO follower_samples (account_id, at, followers) VALUES (?, ?, ?) "
                "ON CONFLICT (account_id, at) DO UPDATE SET followers = excluded.followers",
                [(s.account_id, ts(s.at), s.followers) for s in samples],
            )
            await db.executemany(
                "UPDATE council_accounts SET followers = ? WHERE id = ?",
                [(s.followers, s.account_id) for s in samples],
            )

    async def save_relations(self, account_id: int, *, followers: Iterable[tuple[str, str | None, int | None]],
                             following: Iterable[tuple[str, str | None, int | None]], seen_at: datetime) -> int:
        """Who follows the account and whom it follows, as (handle, name, followers) read from the
        network from `seen_at` on: replaces what was known for it, in one transaction, except a follow
        an officer recorded since `seen_at` (the read may predate it). Only the rows that changed are
        written, so every session's live sync hears of the changes, not of the whole list again.
        Returns how many people that is."""
        people: dict[str, dict[str, Any]] = {}
        for flag, group in (("follows_us", followers), ("we_follow", following)):
            for handle, name, count in group:
                person = people.setdefault(normalise_handle(handle), {
                    "handle": handle, "name": name, "followers": count, "follows_us": 0, "we_follow": 0})
                person[flag] = 1
        async with self.transaction() as db:
            async with db.execute("SELECT * FROM relations WHERE account_id = ?", (account_id,)) as cursor:
                known = {normalise_handle(r["handle"]): dict(r) for r in await cursor.fetchall()}
            for key, r in known.items():
                if r["we_follow"] and r["seen_at"] >= ts(seen_at):  # followed after the read began: kept
                    people.setdefault(key, {"handle": r["handle"], "name": r["name"], "followers": r["followers"],
                                            "follows_us": 0})["we_follow"] = 1  # the read lists no such follower
            gone = [r["handle"] for key, r in known.items() if key not in people]
            await db.executemany("DELETE FROM relations WHERE account_id = ? AND handle = ?",
                                 [(account_id, handle) for handle in gone])
            fields = ("name", "followers", "follows_us", "we_follow")
            changed = [(key, p) for key, p in people.items()
                       if key not in known or any(known[key][f] != p[f] for f in fields)]
            await db.executemany(
                "INSERT INTO relations (account_id, handle, name, followers, follows_us, we_follow, seen_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, handle) DO UPDATE SET name = excluded.name, "
                "followers = excluded.followers, follows_us = excluded.follows_us, we_follow = excluded.we_follow, "
                "seen_at = excluded.seen_at",
                [(account_id, known[key]["handle"] if key in known else p["handle"], p["name"], p["followers"],
                  p["follows_us"], p["we_follow"], ts(seen_at)) for key, p in changed])
        return len(people)

    async def relations(self, account_ids: Iterable[int] | None = None, *, limit: int = 500) -> list[Relation]:
        """People related to the council's accounts, followers not yet followed back first."""
        accounts = {a.id: a for a in await self.accounts() if a.id is not None}
        wanted = sorted(accounts if account_ids is None else set(account_ids) & set(accounts))
        if not wanted:
            return []
        rows = await self._fetchall(
            f"SELECT * FROM relations WHERE account_id IN ({','.join('?' * len(wanted))}) "
            "ORDER BY CASE WHEN follows_us = 1 AND we_follow = 0 THEN 1 ELSE 0 END DESC, follows_us DESC, "
            "coalesce(followers, 0) DESC, handle "
            "LIMIT ?", (*wanted, limit))
        return follow_back_first(
            Relation(account_id=r["account_id"], account_handle=accounts[r["account_id"]].handle,
                     platform=accounts[r["account_id"]].platform, handle=r["handle"], name=r["name"],
                     followers=r["followers"], follows_us=bool(r["follows_us"]), we_follow=bool(r["we_follow"]),
                     seen_at=parse_ts(r["seen_at"]))
            for r in rows)

    async def follows(self, account_id: int, handle: str) -> bool:
        """Whether the account follows `handle`, as last read or recorded (every row, whatever its place in
        the People view's order)."""
        rows = await self._fetchall("SELECT handle FROM relations WHERE account_id = ? AND we_follow = 1",
                                    (account_id,))
        return any(handles_match(r["handle"], handle) for r in rows)

    async def record_follow(self, actor: Actor, account_id: int, handle: str, name: str | None = None) -> None:
        """The account now follows `handle` (the network said so): kept, and audited, in one transaction."""
        require(actor, Action.FOLLOW)
        now = clock.now()
        async with self.transaction() as db:
            async with db.execute("SELECT handle FROM relations WHERE account_id = ?", (account_id,)) as cursor:
                known = [r[0] for r in await cursor.fetchall() if normalise_handle(r[0]) == normalise_handle(handle)]
            cursor = await db.execute(
                "UPDATE relations SET we_follow = 1, seen_at = ? WHERE account_id = ? AND handle = ?",
                (ts(now), account_id, known[0] if known else handle))
            if cursor.rowcount == 0:
                await db.execute(
                    "INSERT INTO relations (account_id, handle, name, we_follow, seen_at) VALUES (?, ?, ?, 1, ?)",
                    (account_id, handle, name, ts(now)))
            await self._audit(db, actor.login, "follow", "council_account", account_id, handle=handle)

    async def follower_history(self, account_id: int, *, since: datetime | None = None) -> list[FollowerSample]:
        rows = await self._fetchall(
            "SELECT * FROM follower_samples WHERE account_id = ? AND at >= ? ORDER BY at",
            (account_id, ts(since) if since else ""),
        )
        return [row_to(FollowerSample, r) for r in rows]

    # ------------------------------------------------------------------ notifications

    async def notify(
        self,
        recipients: Iterable[str],
        kind: str,
        text: str,
        *,
        entity: str | None = None,
        entity_id: int | str | None = None,
        urgent: bool = False,
        db: aiosqlite.Connection | None = None,
    ) -> None:
        """Queue a notification for each named user; their running sessions pick it up live."""
        rows = [
            (r, kind, text, entity, None if entity_id is None else str(entity_id), ts(clock.now()), int(urgent))
            for r in dict.fromkeys(recipients)
        ]
        sql = (
            "INSERT INTO notifications (recipient, kind, text, entity, entity_id, created_at, urgent) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"
        )
        if db is not None:
            await db.executemany(sql, rows)
            return
        async with self.transaction() as tx:
            await tx.executemany(sql, rows)

    async def send(self, notice: Notice, *, entity: str | None = None, entity_id: int | str | None = None,
                   db: aiosqlite.Connection | None = None) -> None:
        """Queue a notice a workflow's rules worded (`domain.notices.Notice`), as it is."""
        await self.notify(notice.recipients, notice.kind, notice.text, entity=entity, entity_id=entity_id,
                          urgent=notice.urgent, db=db)

    async def notifications(self, recipient: str, *, unread_only: bool = False, limit: int = 200) -> list[Notification]:
        clause = "AND read_at IS NULL" if unread_only else ""
        rows = await self._fetchall(
            f"SELECT * FROM notifications WHERE recipient = ? {clause} ORDER BY id DESC LIMIT ?",
            (recipient, limit),
        )
        return [row_to(Notification, r) for r in rows]

    async def unread_count(self, recipient: str) -> int:
        return int(await self._fetchval(
            "SELECT count(*) FROM notifications WHERE recipient = ? AND read_at IS NULL", (recipient,)
        ))

    async def mark_read(self, recipient: str, ids: Iterable[int] | None = None) -> None:
        now = ts(clock.now())
        async with self.transaction() as db:
            if ids is None:
                await db.execute(
                    "UPDATE notifications SET read_at = ? WHERE recipient = ? AND read_at IS NULL", (now, recipient)
                )
            else:
                await db.executemany(
                    "UPDATE notifications SET read_at = coalesce(read_at, ?) WHERE id = ? AND recipient = ?",
                    [(now, i, recipient) for i in ids],
                )

    async def acknowledge(self, recipient: str, notification_id: int) -> None:
        now = ts(clock.now())
        async with self.transaction() as db:
            await db.execute(
                "UPDATE notifications SET acknowledged_at = ?, read_at = coalesce(read_at, ?) "
                "WHERE id = ? AND recipient = ?",
                (now, now, notification_id, recipient),
            )
            await self._audit(db, recipient, "acknowledge", "notification", notification_id)

    async def unacknowledged_urgent(self, recipient: str) -> list[Notification]:
        rows = await self._fetchall(
            "SELECT * FROM notifications WHERE recipient = ? AND urgent = 1 AND acknowledged_at IS NULL "
            "ORDER BY id",
            (recipient,),
        )
        return [row_to(Notification, r) for r in rows]

    # ------------------------------------------------------------------ key people

    async def key_people(self) -> list[KeyPerson]:
        rows = await self._fetchall("SELECT * FROM key_people ORDER BY category, handle")
        return [row_to(KeyPerson, r) for r in rows]

    async def save_key_person(self, person: KeyPerson, actor: Actor) -> KeyPerson:
        """Add or edit a key person (keyed by platform and handle); web team and comms only."""
        require(actor, Action.KEY_PEOPLE)
        who = actor.login
        values = person.model_dump(exclude={"id"})
        async with self.transaction() as db:
            await db.execute(
                "INSERT INTO key_people (platform, handle, name, category, note) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(platform, handle) DO UPDATE SET name = excluded.name, "
                "category = excluded.category, note = excluded.note",
                (person.platform.value, person.handle, person.name, person.category, person.note),
            )
            person_id = int(await self._fetchval(
                "SELECT id FROM key_people WHERE platform = ? AND handle = ?",
                (person.platform.value, person.handle),
            ))
            await self._audit(db, who, "save", "key_person", person_id, **values)
        return person.model_copy(update={"id": person_id})

    async def delete_key_person(self, person_id: int, actor: Actor) -> None:
        require(actor, Action.KEY_PEOPLE)
        who = actor.login
        async with self.transaction() as db:
            await db.execute("DELETE FROM key_people WHERE id = ?", (person_id,))
            await self._audit(db, who, "delete", "key_person", person_id)

    async def set_mention_statuses(self, statuses: dict[int, MentionStatus]) -> None:
        """Bulk status load for demo data and imports (decisions set status through Triage)."""
        async with self.transaction() as db:
            await db.executemany(
                "UPDATE mentions SET status = ?, version = version + 1 WHERE id = ?",
                [(status.value, mention_id) for mention_id, status in statuses.items()],
            )

    async def leave_history_unscored(self, keep_newest: int, *, now: datetime | None = None) -> int:
        """Mark all but the newest `keep_newest` unscored mentions as history the scorer skips.

        For a large imported or generated backlog: triage wants fresh mentions scored now,
        not a machine busy for an hour on last month's. Their scores stay empty.
        """
        async with self.transaction() as db:
            cursor = await db.execute(
                "UPDATE mentions SET scored_at = ? WHERE scored_at IS NULL AND id <= "
                "(SELECT coalesce(max(id), 0) FROM mentions) - ?",
                (ts(now or clock.now()), keep_newest),
            )
            return cursor.rowcount

    # ------------------------------------------------------------------ header counters

    async def work_counts(self, *, now: datetime, soon: timedelta) -> dict[str, int]:
        """Open assignments overdue and due soon, team-wide (the header's counters)."""
        row = await self._fetchone(
            "SELECT count(*) FILTER (WHERE due_at < ?) AS overdue, count(*) FILTER (WHERE due_at >= ? AND due_at < ?) AS due_soon "
            "FROM assignments WHERE status = 'open' AND due_at IS NOT NULL",
            (ts(now), ts(now), ts(now + soon)),
        )
        assert row is not None  # an aggregate always returns a row
        return {"overdue": int(row["overdue"] or 0), "due_soon": int(row["due_soon"] or 0)}

    # ------------------------------------------------------------------ change log

    async def latest_change_id(self) -> int:
        return int(await self._fetchval("SELECT coalesce(max(id), 0) FROM changes"))

    async def changes_since(self, cursor: int, *, limit: int = 1000) -> list[Change]:
        """What other sessions changed since `cursor` (a rowid): read by live sync."""
        rows = await self._fetchall(
            "SELECT c.id, c.at, c.entity, c.entity_id FROM changes c WHERE c.id > ? ORDER BY c.id LIMIT ?",
            (cursor, limit),
        )
        return [row_to(Change, r) for r in rows]

    async def changed_entities(self, cursor: int) -> tuple[int, frozenset[Entity]]:
        """What changed since `cursor` (a rowid of the change log), by domain name, and the cursor to pass next."""
        changes = await self.changes_since(cursor)
        if not changes:
            return cursor, frozenset()
        return changes[-1].id, entities_of(c.entity for c in changes)
