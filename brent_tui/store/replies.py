"""Replies sent in place under a mention: claimed before the network call, recorded with the decision.

`begin_reply` commits the attempt (`sending`, with a fresh key the connector sends as its
idempotency key) before anything leaves; `reply_sent` records the network's id and the route 3
decision in one transaction, so "sent" and "decided" can never disagree; `reply_failed` ends it in
words. A reply left `sending` by a process that died is never sent again by itself: for
`UNSURE_FOR` nobody can send another to the mention (look under the post first), then they may.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta

from pydantic import BaseModel

from brent_tui.domain.replies import approval_notice, rejected_notice
from brent_tui.domain.roles import Action, Actor, require
from brent_tui.domain.routing import RoutePlan
from brent_tui.store.base import ConflictError, NotFound, row_to, ts
from brent_tui.store.triage import TriageStore

#: A reply that may have gone (`sending` left by a process that died, or `unconfirmed`) blocks another
#: to the same mention this long: time to look under the post; after it, the officer may send again.
UNSURE_FOR = timedelta(minutes=15)


class Reply(BaseModel):
    id: int
    mention_id: int
    account_id: int
    body: str
    author: str
    status: str  # awaiting_approval, rejected, sending, sent, failed, unconfirmed
    attempt_key: str
    platform_post_id: str | None = None
    url: str | None = None
    error: str | None = None
    reviewer: str | None = None
    created_at: datetime
    sending_at: datetime | None = None
    sent_at: datetime | None = None


class ReplyStore(TriageStore):
    async def begin_reply(self, actor: Actor, mention_id: int, account_id: int, body: str, *,
                          now: datetime, approvers: Sequence[str] | None = None,
                          drafted_since: datetime | None = None) -> Reply:
        """Claim the reply before it is sent; refused while another reply to the mention is on its way,
        and when a colleague's reply went out since this one was drafted (`drafted_since`): they read it
        first. With `approvers`, it waits for one of them instead (`awaiting_approval`), and they are told."""
        require(actor, Action.REPLY)
        async with self.transaction() as db:
            if await self._fetchval("SELECT 1 FROM mentions WHERE id = ?", (mention_id,)) is None:
                raise NotFound(f"mention {mention_id} no longer exists")
            busy = await self._fetchone(
                "SELECT author, status FROM replies WHERE mention_id = ? AND (status = 'awaiting_approval' OR "
                "(status IN ('sending', 'unconfirmed') AND coalesce(sending_at, created_at) > ?)) "
                "ORDER BY id DESC LIMIT 1", (mention_id, ts(now - UNSURE_FOR)))
            if busy is not None:
                waiting = "is waiting for approval" if busy["status"] == "awaiting_approval" else "is not confirmed yet"
                raise ConflictError(f"{busy['author']} already sent a reply to this mention that {waiting}: check "
                                    "the thread before sending another")
            if drafted_since is not None:
                meanwhile = await self._fetchone(
                    "SELECT author, sent_at, url FROM replies WHERE mention_id = ? AND status = 'sent' AND author != ? "
                    "AND sent_at >= ? ORDER BY id DESC LIMIT 1", (mention_id, actor.login, ts(drafted_since)))
                if meanwhile is not None:
                    raise ConflictError(f"{meanwhile['author']} replied to this mention while you were drafting "
                                        f"({meanwhile['url'] or 'see the thread'}): read it, then send yours if "
                                        "it is still needed")
            key = str(uuid.uuid4())
            status = "awaiting_approval" if approvers is not None else "sending"
            reply_id = await self._insert(db, "replies", {
                "mention_id": mention_id, "account_id": account_id, "body": body, "author": actor.login,
                "status": status, "attempt_key": key, "created_at": now,
                "sending_at": now if approvers is None else None,
            })
            await self._audit(db, actor.login, "reply_for_approval" if approvers is not None else "reply_send",
                              "mention", mention_id, reply=reply_id, account=account_id, attempt_key=key)
            if approvers:
                await self.send(approval_notice(actor.login, approvers), entity="mention", entity_id=mention_id, db=db)
        reply = await self.reply(reply_id)
        assert reply is not None
        return reply

    async def review_reply(self, reviewer: Actor, reply: Reply, *, approve: bool, now: datetime,
                           allow_self: bool = False, note: str | None = None) -> Reply:
        """A comms officer approves a waiting reply (it becomes `sending`: the caller sends it at once)
        or rejects it (its author is told why). Nobody approves their own."""
        require(reviewer, Action.APPROVE_POST)
        if approve and reviewer.login == reply.author and not allow_self:
            raise ConflictError("you wrote this reply: another comms officer approves it")
        async with self.transaction() as db:
            cursor = await db.execute(
                "UPDATE replies SET status = ?, reviewer = ?, error = ?, sending_at = ? "
                "WHERE id = ? AND status = 'awaiting_approval'",
                ("sending" if approve else "rejected", reviewer.login, None if approve else note,
                 ts(now) if approve else None, reply.id))
            if cursor.rowcount != 1:
                raise ConflictError("that reply was already approved or rejected")
            await self._audit(db, reviewer.login, "reply_approved" if approve else "reply_rejected", "mention",
                              reply.mention_id, reply=reply.id, note=note)
            if not approve:
                await self.send(rejected_notice(reply.author, reviewer.login, note), entity="mention",
                                entity_id=reply.mention_id, db=db)
        fresh = await self.reply(reply.id)
        assert fresh is not None
        return fresh

    async def replies_awaiting(self, *, limit: int = 200) -> list[Reply]:
        """Replies waiting for a comms officer, oldest first."""
        rows = await self._fetchall("SELECT * FROM replies WHERE status = 'awaiting_approval' ORDER BY id LIMIT ?",
                                    (limit,))
        return [row_to(Reply, r) for r in rows]

    async def reply_sent(self, actor: Actor, reply: Reply, plan: RoutePlan, *, platform_post_id: str,
                         url: str | None, expected_version: int | None, now: datetime) -> None:
        """The network has the reply: record it and the mention's route 3 decision, one transaction."""
        async with self.transaction() as db:
            cursor = await db.execute(
                "UPDATE replies SET status = 'sent', platform_post_id = ?, url = ?, sent_at = ? "
                "WHERE id = ? AND attempt_key = ? AND status = 'sending'",
                (platform_post_id, url, ts(now), reply.id, reply.attempt_key))
            if cursor.rowcount != 1:
                raise ConflictError(f"reply {reply.id} was already recorded")
            await self._audit(db, actor.login, "reply_sent", "mention", reply.mention_id, reply=reply.id,
                              platform_post_id=platform_post_id, url=url)
            try:
                decision = await self._decide(db, actor, plan, expected_version=expected_version, now=now)
                # the reply is the web team's response: its work is done as it is recorded
                await db.execute("UPDATE assignments SET status = 'done', done_at = ?, done_by = ?, note = ?, "
                                 "version = version + 1 WHERE decision_id = ? AND status = 'open'",
                                 (ts(now), actor.login, "replied in place", decision.id))
                await db.execute("UPDATE mentions SET status = 'done', version = version + 1 WHERE id = ?",
                                 (reply.mention_id,))
            except ConflictError:
                # decided by someone else while the reply went out: the reply is recorded, their decision stands
                await self._audit(db, actor.login, "reply_kept_decision", "mention", reply.mention_id,
                                  reply=reply.id)

    async def reply_failed(self, reply: Reply, error: str, *, unconfirmed: bool) -> None:
        """It did not go (`failed`), or may have gone and could not be confirmed (`unconfirmed`)."""
        status = "unconfirmed" if unconfirmed else "failed"
        async with self.transaction() as db:
            await db.execute("UPDATE replies SET status = ?, error = ? WHERE id = ? AND attempt_key = ? "
                             "AND status = 'sending'", (status, error, reply.id, reply.attempt_key))
            await self._audit(db, reply.author, f"reply_{status}", "mention", reply.mention_id, reply=reply.id,
                              error=error)

    async def start_replying(self, login: str, mention_id: int, *, seconds: int, now: datetime) -> str | None:
        """Say (for every session) that `login` is drafting a reply to the mention, for `seconds` more.
        Returns who else is replying to it, if someone is (both may go on: the other is told)."""
        async with self.transaction() as db:
            other = await self._fetchval("SELECT login FROM replying WHERE mention_id = ? AND login != ? AND until > ?",
                                         (mention_id, login, ts(now)))
            if other is None:
                await db.execute("INSERT INTO replying (mention_id, login, until) VALUES (?, ?, ?) ON CONFLICT"
                                 "(mention_id) DO UPDATE SET login = excluded.login, until = excluded.until",
                                 (mention_id, login, ts(now + timedelta(seconds=seconds))))
        return other

    async def stop_replying(self, login: str, mention_id: int) -> None:
        async with self.transaction() as db:
            await db.execute("DELETE FROM replying WHERE mention_id = ? AND login = ?", (mention_id, login))

    async def replying_to(self, mention_id: int, *, now: datetime) -> str | None:
        """Who is drafting a reply to this mention right now, if anyone."""
        return await self._fetchval("SELECT login FROM replying WHERE mention_id = ? AND until > ?",
                                    (mention_id, ts(now)))

    async def reply(self, reply_id: int) -> Reply | None:
        row = await self._fetchone("SELECT * FROM replies WHERE id = ?", (reply_id,))
        return row_to(Reply, row) if row is not None else None

    async def replies_to(self, mention_id: int) -> list[Reply]:
        """The replies sent (or tried) from the workstation under this mention, oldest first."""
        rows = await self._fetchall("SELECT * FROM replies WHERE mention_id = ? ORDER BY id", (mention_id,))
        return [row_to(Reply, r) for r in rows]
