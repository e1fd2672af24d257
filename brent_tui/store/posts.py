"""Scheduled posts, their per-account targets, approvals, the publishing outbox and suspend-all.

The states and their rules (what a change leads to, when it is refused, who is told) are
`brent_tui.domain.posts`; this module persists them. Each account a post goes to is a `post_targets` row with its own status, so one
account failing never marks the others failed and a retry re-sends only to the failed ones.

The outbox methods (`due_targets`, `claim_target`, `record_*`) are what makes publishing
exactly-once: a target is claimed (`sending`, a fresh `attempt_key`, a lease in
`next_attempt_at`) in a committed transaction BEFORE the network call, and the outcome is
recorded after it. A target still `sending` after its lease is reconciled by the publisher
against the account's recent posts before anything is re-sent.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

import aiosqlite
from pydantic import BaseModel, Field

from brent_tui import clock
from brent_tui.domain import posts as rules
from brent_tui.domain.london import format_london
from brent_tui.domain.models import (
    CouncilAccount,
    PlannedPost,
    Platform,
    PostApproval,
    PostStatus,
    PostTarget,
    ScheduledPost,
    Suspension,
    TargetStatus,
)
from brent_tui.domain.post_metrics import (
    DueReading,
    PostReading,
    due_stage,
    stage_windows,
)
from brent_tui.domain.roles import Action, Actor, require
from brent_tui.domain.tone import Finding, ToneSettings
from brent_tui.store.base import ConflictError, NotFound, StoreError, parse_ts, row_to, ts
from brent_tui.store.system import SystemStore

PUBLISHER = "publisher"  # the `who` of audit rows written by the outbox


class PostDraft(BaseModel):
    """What the composer hands the store: one post for one or several council accounts."""

    body: str
    account_ids: list[int] = Field(min_length=1)
    scheduled_at: datetime | None = None  # UTC; None keeps it an untimed draft
    link: str | None = None
    campaign: str | None = None
    hashtags: list[str] = Field(default_factory=list)


class OutboxItem(BaseModel):
    """One target the publisher must act on, with its post and account."""

    target: PostTarget
    post: ScheduledPost
    account: CouncilAccount
    server_scheduled_at: datetime | None = None


class Cancellation(BaseModel):
    """A post the network holds for later that must be withdrawn there (moved, edited, held, deleted)."""

    id: int
    post_id: int | None = None
    account_id: int
    platform_post_id: str
    reason: str | None = None
    attempts: int = 0
    last_error: str | None = None


class PostStore(SystemStore):  # notifies, and reads accounts, through SystemStore
    """Scheduled posts, their per-account targets, approvals, the publishing outbox and suspend-all."""

    # ------------------------------------------------------------------ reading

    async def post(self, post_id: int) -> ScheduledPost | None:
        rows = await self._posts_where("p.id = ?", (post_id,))
        return rows[0] if rows else None

    async def _require_post(self, post_id: int) -> ScheduledPost:
        post = await self.post(post_id)
        if post is None:
            raise NotFound(f"post {post_id} no longer exists (someone may have deleted it)")
        return post

    async def _posts_where(self, where: str, params: Sequence[Any], order: str = "p.scheduled_at, p.id",
                           limit: int | None = None) -> list[ScheduledPost]:
        lim = f" LIMIT {int(limit)}" if limit else ""
        rows = await self._fetchall(f"SELECT p.* FROM posts p WHERE {where} ORDER BY {order}{lim}", params)
        posts = [row_to(ScheduledPost, r) for r in rows]
        if not posts:
            return posts
        by_id = {p.id: p for p in posts}
        ids = list(by_id)
        for chunk in range(0, len(ids), 500):
            part = ids[chunk : chunk + 500]
            marks = ",".join("?" for _ in part)
            trows = await self._fetchall(
                f"SELECT * FROM post_targets WHERE post_id IN ({marks}) ORDER BY post_id, id", part
            )
            for t in trows:
                by_id[t["post_id"]].targets.append(row_to(PostTarget, t))
        return posts

    async def posts_between(self, start: datetime, end: datetime) -> list[ScheduledPost]:
        """Posts with a time in [start, end) — the grid's period — in time order, with targets."""
        return await self._posts_where("p.scheduled_at >= ? AND p.scheduled_at < ?", (ts(start), ts(end)))

    async def posts_by_status(self, *statuses: PostStatus, limit: int = 500) -> list[ScheduledPost]:
        marks = ",".join("?" for _ in statuses)
        return await self._posts_where(f"p.status IN ({marks})", [s.value for s in statuses], limit=limit)

    async def untimed_drafts(self, limit: int = 200) -> list[ScheduledPost]:
        return await self._posts_where("p.scheduled_at IS NULL", (), order="p.updated_at DESC", limit=limit)

    async def planned_posts(self, start: datetime, end: datetime, *, exclude_post: int | None = None
                            ) -> list[PlannedPost]:
        """Per-account planned posts in [start, end): what caps and clashes are counted against."""
        marks = ",".join("?" for _ in rules.PLANNED)
        rows = await self._fetchall(
            "SELECT p.id, p.scheduled_at, p.campaign, p.body, a.handle FROM posts p "
            "JOIN post_targets t ON t.post_id = p.id JOIN council_accounts a ON a.id = t.account_id "
            f"WHERE p.scheduled_at >= ? AND p.scheduled_at < ? AND p.status IN ({marks}) "
            "AND t.status != 'failed' ORDER BY p.scheduled_at",
            (ts(start), ts(end), *(s.value for s in rules.PLANNED)),
        )
        return [
            PlannedPost(post_id=r["id"], account_handle=r["handle"], at=parse_ts(r["scheduled_at"]),
                        campaign=r["campaign"], title=(r["body"] or "")[:40])
            for r in rows if r["id"] != exclude_post
        ]

    async def post_history(self, post_id: int) -> list[PostApproval]:
        rows = await self._fetchall("SELECT * FROM post_approvals WHERE post_id = ? ORDER BY id", (post_id,))
        return [row_to(PostApproval, r) for r in rows]

    async def campaigns(self) -> list[str]:
        rows = await self._fetchall(
            "SELECT DISTINCT campaign FROM posts WHERE campaign IS NOT NULL AND campaign != '' ORDER BY campaign"
        )
        return [r[0] for r in rows]

    # ------------------------------------------------------------------ writing helpers

    async def _accounts_for(self, account_ids: Iterable[int]) -> list[CouncilAccount]:
        ids = list(dict.fromkeys(account_ids))
        marks = ",".join("?" for _ in ids)
        rows = await self._fetchall(f"SELECT * FROM council_accounts WHERE id IN ({marks})", ids)
        found = {r["id"]: row_to(CouncilAccount, r) for r in rows}
        missing = [i for i in ids if i not in found]
        if missing:
            raise StoreError(f"account {missing[0]} is not in the registry (it may have been removed)")
        inactive = [a.handle for a in found.values() if not a.active]
        if inactive:
            raise StoreError(f"{inactive[0]} is retired: choose an active account")
        return [found[i] for i in ids]

    async def _last_changed_by(self, post_id: int) -> str:
        who = await self._fetchval(
            "SELECT who FROM audit_log WHERE entity = 'post' AND entity_id = ? ORDER BY id DESC LIMIT 1",
            (str(post_id),),
        )
        return who or "someone"

    async def _check_version(self, post: ScheduledPost, expected: int | None) -> None:
        if expected is not None and post.version != expected:
            who = await self._last_changed_by(post.id or 0)
            raise ConflictError(
                f"{who} changed this post since you opened it (now: {rules.status_words(post.status)}). "
                "Your change was not saved; look again and redo it.",
                current=post,
            )

    async def _suspended(self) -> bool:
        return bool(await self._fetchval("SELECT active FROM suspension WHERE id = 1"))

    async def _queue_cancellations(self, db: aiosqlite.Connection, post_id: int, reason: str,
                                   target_ids: Iterable[int] | None = None) -> None:
        """Targets the network holds for later are withdrawn there by the publisher."""
        rows = await self._fetchall(
            "SELECT id, account_id, platform_post_id FROM post_targets WHERE post_id = ? "
            "AND server_scheduled_at IS NOT NULL AND platform_post_id IS NOT NULL AND status = 'pending'",
            (post_id,),
        )
        wanted = None if target_ids is None else set(target_ids)
        for r in rows:
            if wanted is not None and r["id"] not in wanted:
                continue
            await self._insert(db, "post_cancellations", {
                "post_id": post_id, "account_id": r["account_id"], "platform_post_id": r["platform_post_id"],
                "reason": reason, "created_at": clock.now(),
            })
            await db.execute(
                "UPDATE post_targets SET server_scheduled_at = NULL, platform_post_id = NULL, attempt_key = NULL "
                "WHERE id = ?", (r["id"],),
            )

    @staticmethod
    def _refuse(why: str | None) -> None:
        """A change the post's rules refuse (`domain.posts.why_not_*`) is not saved."""
        if why is not None:
            raise StoreError(why)

    # ------------------------------------------------------------------ compose, edit

    async def save_post(
        self,
        actor: Actor,
        draft: PostDraft,
        *,
        findings: Sequence[Finding] = (),
        submit: bool = True,
        post_id: int | None = None,
        expected_version: int | None = None,
        approvers: Iterable[str] = (),
    ) -> ScheduledPost:
        """Create or edit a post. `submit` schedules it — or sends it for approval when a finding
        blocks or an account requires approval; otherwise it stays a draft."""
        require(actor, Action.COMPOSE)
        if not draft.body.strip():
            raise StoreError("the post has no text")
        if submit and draft.scheduled_at is None:
            raise StoreError("choose a time (or 'post now') before scheduling")
        accounts = await self._accounts_for(draft.account_ids)
        now = clock.now()
        async with self.transaction() as db:
            suspended = await self._suspended()
            status = rules.submitted_status(submit=submit, findings=findings, accounts=accounts, suspended=suspended)
            values: dict[str, Any] = {
                "body": draft.body, "link": draft.link or None, "campaign": (draft.campaign or "").strip() or None,
                "hashtags": draft.hashtags, "scheduled_at": draft.scheduled_at, "status": status,
                "updated_at": now, "findings": [f.message for f in findings], "approval_comment": None,
            }
            if post_id is None:
                values.update(author=actor.login, created_at=now, version=0)
                post_id = await self._insert(db, "posts", values)
                action = "create"
            else:
                old = await self._require_post(post_id)
                await self._check_version(old, expected_version)
                self._refuse(rules.why_not_edit(old))
                await self._queue_cancellations(db, post_id, "edited")
                cursor = await db.execute(
                    "UPDATE posts SET body=?, link=?, campaign=?, hashtags=?, scheduled_at=?, status=?, "
                    "updated_at=?, findings=?, approval_comment=NULL, version = version + 1 "
                    "WHERE id = ? AND version = ?",
                    (values["body"], values["link"], values["campaign"], _j(draft.hashtags),
                     ts(draft.scheduled_at), status.value, ts(now), _j(values["findings"]), post_id, old.version),
                )
                if cursor.rowcount != 1:
                    await self._check_version(await self._require_post(post_id), old.version)
                keep = {a.id for a in accounts}
                await db.execute(
                    f"DELETE FROM post_targets WHERE post_id = ? AND account_id NOT IN ({','.join('?' * len(keep))})",
                    (post_id, *keep),
                )
                action = "edit"
            waiting = rules.target_status(status)
            for account in accounts:
                await db.execute(
                    "INSERT INTO post_targets (post_id, account_id, status) VALUES (?, ?, ?) "
                    "ON CONFLICT(post_id, account_id) DO UPDATE SET status = excluded.status, attempts = 0, "
                    "attempt_key = NULL, last_error = NULL, next_attempt_at = NULL, server_scheduled_at = NULL",
                    (post_id, account.id, waiting.value),
                )
            if status == PostStatus.AWAITING_APPROVAL:
                await self._insert(db, "post_approvals", {
                    "post_id": post_id, "reviewer": actor.login, "decision": "submitted",
                    "comment": rules.approval_reason(findings, accounts), "at": now,
                })
                ask = rules.approval_request(actor, approvers, draft.body)
                if ask is not None:
                    await self.send(ask, entity="post", entity_id=post_id, db=db)
            await self._audit(db, actor.login, action, "post", post_id, status=status.value,
                              accounts=[a.handle for a in accounts], scheduled_at=ts(draft.scheduled_at),
                              findings=[f.rule for f in findings])
        return await self._require_post(post_id)

    async def move_post(self, actor: Actor, post_id: int, new_at: datetime, *, expected_version: int | None = None,
                        findings: Sequence[Finding] | None = None) -> ScheduledPost:
        """Re-time a post (the grid's shift+arrows). A new blocking finding sends it back for approval."""
        require(actor, Action.COMPOSE)
        post = await self._require_post(post_id)
        await self._check_version(post, expected_version)
        self._refuse(rules.why_not_move(post))
        status = rules.moved_status(post.status, findings)
        async with self.transaction() as db:
            await self._queue_cancellations(db, post_id, "moved")
            cursor = await db.execute(
                "UPDATE posts SET scheduled_at = ?, status = ?, updated_at = ?, version = version + 1 "
                "WHERE id = ? AND version = ?",
                (ts(new_at), status.value, ts(clock.now()), post_id, post.version),
            )
            if cursor.rowcount != 1:
                await self._check_version(await self._require_post(post_id), post.version)
            if findings is not None:
                await db.execute("UPDATE posts SET findings = ? WHERE id = ?",
                                 (_j([f.message for f in findings]), post_id))
            if status == PostStatus.AWAITING_APPROVAL and post.status != status:
                await self._insert(db, "post_approvals", {
                    "post_id": post_id, "reviewer": actor.login, "decision": "submitted",
                    "comment": "moved to " + format_london(new_at) + ": " + "; ".join(rules.blocking_messages(findings or ())),
                    "at": clock.now(),
                })
            await self._audit(db, actor.login, "move", "post", post_id, old=ts(post.scheduled_at), new=ts(new_at),
                              status=status.value)
        return await self._require_post(post_id)

    async def duplicate_post(self, actor: Actor, post_id: int) -> ScheduledPost:
        """A new draft with the same text, accounts and time, to re-time and submit."""
        require(actor, Action.COMPOSE)
        post = await self._require_post(post_id)
        now = clock.now()
        async with self.transaction() as db:
            new_id = await self._insert(db, "posts", {
                "body": post.body, "link": post.link, "campaign": post.campaign, "hashtags": post.hashtags,
                "scheduled_at": post.scheduled_at, "status": PostStatus.DRAFT, "author": actor.login,
                "created_at": now, "updated_at": now, "findings": [], "version": 0,
            })
            for t in post.targets:
                await self._insert(db, "post_targets", {"post_id": new_id, "account_id": t.account_id,
                                                        "status": TargetStatus.PENDING})
            await self._audit(db, actor.login, "duplicate", "post", new_id, source=post_id)
        return await self._require_post(new_id)

    async def delete_post(self, actor: Actor, post_id: int, *, expected_version: int | None = None) -> None:
        """Delete a post that has not gone out anywhere (a published post is deleted on the network)."""
        require(actor, Action.COMPOSE)
        post = await self._require_post(post_id)
        await self._check_version(post, expected_version)
        self._refuse(rules.why_not_delete(post))
        async with self.transaction() as db:
            await self._queue_cancellations(db, post_id, "deleted")
            await db.execute("DELETE FROM posts WHERE id = ?", (post_id,))
            await self._audit(db, actor.login, "delete", "post", post_id, body=post.body[:200],
                              scheduled_at=ts(post.scheduled_at), status=post.status.value)

    # ------------------------------------------------------------------ approvals

    async def _platforms_of(self, post: ScheduledPost) -> list[Platform]:
        ids = [t.account_id for t in post.targets]
        if not ids:
            return []
        rows = await self._fetchall(
            f"SELECT DISTINCT platform FROM council_accounts WHERE id IN ({','.join('?' * len(ids))})", ids)
        return [Platform(r[0]) for r in rows]

    async def approve_post(self, actor: Actor, post_id: int, *, comment: str | None = None,
                           expected_version: int | None = None, tone: ToneSettings | None = None,
                           allow_self_approval: bool = False) -> ScheduledPost:
        """A communications officer approves: the post is scheduled (held while suspended).

        Refused for the post's own author unless the council allows self-approval, and while a
        tone finding blocks the post as it stands now (recomputed here with the council's `tone`
        settings, inside the transaction): it must be edited first."""
        require(actor, Action.APPROVE_POST)
        now = clock.now()
        async with self.transaction() as db:  # read and check under the write lock: no double approval
            post = await self._require_post(post_id)
            await self._check_version(post, expected_version)
            blocking = rules.blocking_now(post, await self._platforms_of(post), tone or ToneSettings())
            self._refuse(rules.why_not_approve(post, blocking=blocking, approver=actor.login,
                                               allow_self_approval=allow_self_approval))
            status = rules.going_out(await self._suspended())
            await db.execute(
                "UPDATE posts SET status = ?, approval_comment = ?, updated_at = ?, version = version + 1 "
                "WHERE id = ?", (status.value, comment or None, ts(now), post_id),
            )
            await db.execute("UPDATE post_targets SET status = ? WHERE post_id = ? AND status IN ('pending','held')",
                             (rules.target_status(status).value, post_id))
            await self._insert(db, "post_approvals", {"post_id": post_id, "reviewer": actor.login,
                                                      "decision": "approved", "comment": comment or None, "at": now})
            await self._audit(db, actor.login, "approve", "post", post_id, comment=comment)
            await self.send(rules.approved_notice(actor, post, comment), entity="post", entity_id=post_id, db=db)
        return await self._require_post(post_id)

    async def reject_post(self, actor: Actor, post_id: int, comment: str, *,
                          expected_version: int | None = None) -> ScheduledPost:
        """Send a post back to its author with a comment saying what to change."""
        require(actor, Action.APPROVE_POST)
        if not comment or not comment.strip():
            raise StoreError("say why the post is rejected: the author needs to know what to change")
        now = clock.now()
        async with self.transaction() as db:  # read and check under the write lock
            post = await self._require_post(post_id)
            await self._check_version(post, expected_version)
            self._refuse(rules.why_not_review(post, approving=False))
            await db.execute(
                "UPDATE posts SET status = 'rejected', approval_comment = ?, updated_at = ?, version = version + 1 "
                "WHERE id = ?", (comment.strip(), ts(now), post_id),
            )
            await db.execute("UPDATE post_targets SET status = 'held' WHERE post_id = ? AND status = 'pending'",
                             (post_id,))
            await self._insert(db, "post_approvals", {"post_id": post_id, "reviewer": actor.login,
                                                      "decision": "rejected", "comment": comment.strip(), "at": now})
            await self._audit(db, actor.login, "reject", "post", post_id, comment=comment.strip())
            await self.send(rules.rejected_notice(actor, post, comment.strip()), entity="post", entity_id=post_id, db=db)
        return await self._require_post(post_id)

    async def retry_failed(self, actor: Actor, post_id: int) -> ScheduledPost:
        """Re-send only to the accounts that failed; the published ones are left alone."""
        require(actor, Action.COMPOSE)
        post = await self._require_post(post_id)
        failed = [t for t in post.targets if t.status == TargetStatus.FAILED]
        if not failed:
            raise StoreError("no account failed on this post: nothing to retry")
        async with self.transaction() as db:
            status = rules.going_out(await self._suspended())
            await db.execute(
                "UPDATE post_targets SET status = ?, attempts = 0, attempt_key = NULL, next_attempt_at = NULL "
                "WHERE post_id = ? AND status = 'failed'", (rules.target_status(status).value, post_id),
            )
            await db.execute("UPDATE posts SET status = ?, updated_at = ?, version = version + 1 WHERE id = ?",
                             (status.value, ts(clock.now()), post_id))
            await self._audit(db, actor.login, "retry", "post", post_id, targets=[t.account_id for t in failed])
        return await self._require_post(post_id)

    # ------------------------------------------------------------------ suspend all

    async def suspension(self) -> Suspension:
        row = await self._fetchone("SELECT active, reason, by, at FROM suspension WHERE id = 1")
        return row_to(Suspension, row) if row else Suspension(active=False)

    async def set_suspension(self, actor: Actor, *, active: bool, reason: str | None = None) -> Suspension:
        """Suspend (or resume) every scheduled post, organisation-wide, with a reason banner.

        Scheduled posts and their pending targets become `held` (posts the network holds for
        later are withdrawn there by the publisher). Resuming lifts the banner; held posts stay
        held until each is re-timed or sent (`release_held`).
        """
        require(actor, Action.SUSPEND_POSTS)
        if active and not (reason and reason.strip()):
            raise StoreError("give a reason for suspending posts: it is shown to every user")
        now = clock.now()
        async with self.transaction() as db:
            await db.execute(
                "UPDATE suspension SET active = ?, reason = ?, by = ?, at = ? WHERE id = 1",
                (int(active), reason.strip() if active and reason else None, actor.login, ts(now)),
            )
            held = 0
            if active:
                ids = [r[0] for r in await self._fetchall("SELECT id FROM posts WHERE status = 'scheduled'")]
                for post_id in ids:
                    await self._queue_cancellations(db, post_id, "suspended")
                held = len(ids)
                await db.execute("UPDATE posts SET status = 'held', version = version + 1 WHERE status = 'scheduled'")
                await db.execute(
                    "UPDATE post_targets SET status = 'held' WHERE status = 'pending' AND post_id IN "
                    "(SELECT id FROM posts WHERE status = 'held')"
                )
            await self._audit(db, actor.login, "suspend_posts" if active else "resume_posts", "suspension", 1,
                              reason=reason, held=held)
        return Suspension(active=active, reason=reason.strip() if active and reason else None, by=actor.login,
                          at=now)

    async def held_posts(self) -> list[ScheduledPost]:
        return await self.posts_by_status(PostStatus.HELD)

    async def release_held(self, actor: Actor, post_id: int, at: datetime) -> ScheduledPost:
        """Resume one held post at `at` (its old time, a new one, or now)."""
        require(actor, Action.SUSPEND_POSTS)
        post = await self._require_post(post_id)
        self._refuse(rules.why_not_release(post, suspended=await self._suspended()))
        async with self.transaction() as db:
            await db.execute(
                "UPDATE posts SET status = 'scheduled', scheduled_at = ?, updated_at = ?, version = version + 1 "
                "WHERE id = ?", (ts(at), ts(clock.now()), post_id),
            )
            await db.execute("UPDATE post_targets SET status = 'pending' WHERE post_id = ? AND status = 'held'",
                             (post_id,))
            await self._audit(db, actor.login, "release", "post", post_id, old=ts(post.scheduled_at), new=ts(at))
        return await self._require_post(post_id)

    # ------------------------------------------------------------------ outbox (the publisher)

    async def _outbox(self, where: str, params: Sequence[Any]) -> list[OutboxItem]:
        rows = await self._fetchall(
            "SELECT t.*, t.id AS target_id FROM post_targets t JOIN posts p ON p.id = t.post_id "
            f"WHERE {where} ORDER BY p.scheduled_at, t.id", params,
        )
        out: list[OutboxItem] = []
        posts: dict[int, ScheduledPost] = {}
        accounts: dict[int, CouncilAccount] = {}
        for r in rows:
            if r["post_id"] not in posts:
                posts[r["post_id"]] = await self._require_post(r["post_id"])
            if r["account_id"] not in accounts:
                account = await self.account(r["account_id"])
                if account is None:
                    continue
                accounts[r["account_id"]] = account
            out.append(OutboxItem(target=row_to(PostTarget, r), post=posts[r["post_id"]],
                                  account=accounts[r["account_id"]],
                                  server_scheduled_at=parse_ts(r["server_scheduled_at"])))
        return out

    async def due_targets(self, now: datetime, *, handoff_until: datetime | None = None) -> list[OutboxItem]:
        """Pending targets of scheduled posts due by `now` (or by `handoff_until`, for networks that
        schedule server-side), not already handed to the network, and past any backoff."""
        until = handoff_until or now
        return await self._outbox(
            "p.status = 'scheduled' AND t.status = 'pending' AND t.server_scheduled_at IS NULL "
            "AND p.scheduled_at <= ? AND (t.next_attempt_at IS NULL OR t.next_attempt_at <= ?)",
            (ts(until), ts(now)),
        )

    async def stale_sending(self, now: datetime) -> list[OutboxItem]:
        """Targets left `sending` past their lease: a publisher died between call and record."""
        return await self._outbox("t.status = 'sending' AND (t.next_attempt_at IS NULL OR t.next_attempt_at <= ?)",
                                  (ts(now),))

    async def server_scheduled_due(self, now: datetime) -> list[OutboxItem]:
        """Targets the network held for a time that has now passed: confirm they went out."""
        return await self._outbox(
            "t.status = 'pending' AND t.server_scheduled_at IS NOT NULL AND t.server_scheduled_at <= ?", (ts(now),)
        )

    async def claim_target(self, target_id: int, *, now: datetime, lease: timedelta,
                           reuse_key: bool = False) -> str | None:
        """Commit the attempt BEFORE the network call; returns its key, or None if another
        publisher got there first (or the post was held, moved or deleted meanwhile)."""
        async with self.transaction() as db:
            row = await self._fetchone(
                "SELECT t.attempt_key, t.status, p.status AS post_status FROM post_targets t "
                "JOIN posts p ON p.id = t.post_id WHERE t.id = ?", (target_id,),
            )
            if row is None or row["status"] != "pending" or row["post_status"] != "scheduled":
                return None
            if await self._suspended():
                return None
            key = row["attempt_key"] if reuse_key and row["attempt_key"] else str(uuid.uuid4())
            cursor = await db.execute(
                "UPDATE post_targets SET status = 'sending', attempt_key = ?, attempts = attempts + 1, "
                "next_attempt_at = ? WHERE id = ? AND status = 'pending'",
                (key, ts(now + lease), target_id),
            )
            if cursor.rowcount != 1:
                return None
            await self._audit(db, PUBLISHER, "send", "post_target", target_id, attempt_key=key)
        return key

    async def record_published(self, target_id: int, attempt_key: str, *, platform_post_id: str, url: str | None,
                               at: datetime, server_scheduled_at: datetime | None = None,
                               reconciled: bool = False) -> None:
        """The network accepted the post (or holds it for `server_scheduled_at`)."""
        async with self.transaction() as db:
            if server_scheduled_at is not None:
                cursor = await db.execute(
                    "UPDATE post_targets SET status = 'pending', platform_post_id = ?, platform_url = ?, "
                    "server_scheduled_at = ?, last_error = NULL, next_attempt_at = NULL "
                    "WHERE id = ? AND attempt_key = ? AND status IN ('sending', 'pending')",
                    (platform_post_id, url, ts(server_scheduled_at), target_id, attempt_key),
                )
            else:
                cursor = await db.execute(
                    "UPDATE post_targets SET status = 'published', platform_post_id = ?, platform_url = ?, "
                    "published_at = ?, last_error = NULL, next_attempt_at = NULL, server_scheduled_at = NULL "
                    "WHERE id = ? AND attempt_key = ? AND status IN ('sending', 'pending')",
                    (platform_post_id, url, ts(at), target_id, attempt_key),
                )
            if cursor.rowcount != 1:
                return
            await self._audit(db, PUBLISHER, "server_scheduled" if server_scheduled_at else "published",
                              "post_target", target_id, platform_post_id=platform_post_id, url=url,
                              reconciled=reconciled)
            await self._settle_post(db, target_id)

    async def record_failure(self, target_id: int, attempt_key: str, error: str, *,
                             retry_at: datetime | None) -> None:
        """A failed attempt: back to pending with a backoff time, or failed for good (red on the
        grid, the author notified) when `retry_at` is None."""
        async with self.transaction() as db:
            status = "pending" if retry_at is not None else "failed"
            cursor = await db.execute(
                "UPDATE post_targets SET status = ?, last_error = ?, next_attempt_at = ?, "
                "server_scheduled_at = NULL WHERE id = ? AND attempt_key = ? AND status IN ('sending', 'pending')",
                (status, error, ts(retry_at), target_id, attempt_key),
            )
            if cursor.rowcount != 1:
                return
            await self._audit(db, PUBLISHER, "failed" if retry_at is None else "retry_later", "post_target",
                              target_id, error=error, retry_at=ts(retry_at))
            if retry_at is None:
                row = await self._fetchone(
                    "SELECT p.id, p.author, p.body, a.handle FROM post_targets t JOIN posts p ON p.id = t.post_id "
                    "JOIN council_accounts a ON a.id = t.account_id WHERE t.id = ?", (target_id,),
                )
                if row is not None:
                    await self.send(rules.failed_notice(row["author"], row["handle"], error), entity="post",
                                    entity_id=row["id"], db=db)
            await self._settle_post(db, target_id)

    async def requeue_unsent(self, target_id: int, attempt_key: str) -> None:
        """Reconciliation found no trace of the attempt: back to pending, keeping the key (Mastodon
        refuses a second post with the same Idempotency-Key if the first did arrive after all)."""
        async with self.transaction() as db:
            cursor = await db.execute(
                "UPDATE post_targets SET status = 'pending', next_attempt_at = NULL "
                "WHERE id = ? AND attempt_key = ? AND status = 'sending'", (target_id, attempt_key),
            )
            if cursor.rowcount == 1:
                await self._audit(db, PUBLISHER, "requeue", "post_target", target_id, attempt_key=attempt_key)

    async def _settle_post(self, db: aiosqlite.Connection, target_id: int) -> None:
        """A post's status follows its targets: all out → published; none left to try and one
        failed → failed; otherwise it stays scheduled."""
        post_id = await self._fetchval("SELECT post_id FROM post_targets WHERE id = ?", (target_id,))
        rows = await self._fetchall("SELECT status, server_scheduled_at FROM post_targets WHERE post_id = ?",
                                    (post_id,))
        statuses = [r["status"] for r in rows]
        if all(s == "published" for s in statuses):
            new = PostStatus.PUBLISHED
        elif any(s == "failed" for s in statuses) and not any(s in ("pending", "sending") for s in statuses):
            new = PostStatus.FAILED
        else:
            return
        await db.execute(
            "UPDATE posts SET status = ?, updated_at = ?, version = version + 1 WHERE id = ? AND status = 'scheduled'",
            (new.value, ts(clock.now()), post_id),
        )

    async def open_cancellations(self, limit: int = 100) -> list[Cancellation]:
        rows = await self._fetchall(
            "SELECT * FROM post_cancellations WHERE done_at IS NULL AND attempts < 10 ORDER BY id LIMIT ?", (limit,)
        )
        return [row_to(Cancellation, r) for r in rows]

    async def record_cancellation(self, cancellation_id: int, *, error: str | None) -> None:
        async with self.transaction() as db:
            if error is None:
                await db.execute("UPDATE post_cancellations SET done_at = ?, attempts = attempts + 1 WHERE id = ?",
                                 (ts(clock.now()), cancellation_id))
            else:
                await db.execute(
                    "UPDATE post_cancellations SET attempts = attempts + 1, last_error = ? WHERE id = ?",
                    (error, cancellation_id),
                )
            await self._audit(db, PUBLISHER, "cancel" if error is None else "cancel_failed", "post_cancellation",
                              cancellation_id, error=error)

    # ------------------------------------------------------------------ own posts' engagement

    async def readings_due(self, account_ids: Iterable[int], *, now: datetime, limit: int = 100) -> list[DueReading]:
        """Published posts of these accounts whose engagement is due to be read now (newest first)."""
        ids = sorted(set(account_ids))
        if not ids:
            return []
        due, params = [], []
        for _stage, blocked_by, by, after in stage_windows(now):
            due.append("(t.published_at <= ? AND t.published_at > ?"
                       f" AND NOT EXISTS (SELECT 1 FROM post_metrics m WHERE m.target_id = t.id "
                       f"AND m.stage IN ({','.join('?' * len(blocked_by))})))")
            params += [ts(by), ts(after), *blocked_by]
        rows = await self._fetchall(
            f"SELECT t.id, t.account_id, t.platform_post_id, t.published_at FROM post_targets t "
            f"WHERE t.status = 'published' AND t.platform_post_id IS NOT NULL "
            f"AND t.account_id IN ({','.join('?' * len(ids))}) AND ({' OR '.join(due)}) "
            f"ORDER BY t.published_at DESC, t.id LIMIT ?",
            (*ids, *params, limit),
        )
        out = []
        for r in rows:
            published = parse_ts(r["published_at"])
            stage = due_stage(published, (), now)  # the query left out posts already read at it or later
            if stage is not None:
                out.append(DueReading(target_id=r["id"], account_id=r["account_id"],
                                      platform_post_id=r["platform_post_id"], published_at=published, stage=stage))
        return out

    async def record_readings(self, readings: Iterable[PostReading]) -> int:
        """Store readings (one per post and stage: a repeat, from a second poller, is ignored)."""
        rows = [(r.target_id, r.stage, ts(r.measured_at), r.counts.likes, r.counts.reposts, r.counts.replies,
                 r.counts.quotes, r.counts.impressions) for r in readings]
        if not rows:
            return 0
        async with self.transaction() as db:
            cursor = await db.executemany(
                "INSERT INTO post_metrics (target_id, stage, measured_at, likes, reposts, replies, quotes, "
                "impressions) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", rows)
            return cursor.rowcount

def _j(value: Any) -> str:
    from brent_tui.store.base import to_json

    return to_json(value)
