"""Triage decisions (append-only), assignments with SLA due times, watches, leases and incidents.

A decision is never edited or deleted (triggers enforce it): a change or an undo is a new
decision that supersedes the last one. Every decision checks the mention's `version` it was
read at, so when two officers decide the same mention the second is told who decided what and
when, never silently overwritten. The queue skips mentions another officer holds on a lease.
"""

from __future__ import annotations

import csv
import io
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import aiosqlite

from brent_tui.domain.models import (
    Assignment,
    AssignmentStatus,
    ChainHead,
    Decision,
    Incident,
    Mention,
    Route,
    Watch,
)
from brent_tui.domain.roles import Action, Actor, require
from brent_tui.domain.routing import UNDONE_STATUS, RoutePlan, handover_notice
from brent_tui.domain.text import csv_safe
from brent_tui.domain.triage_batch import EscalatedPost
from brent_tui.store.base import ConflictError, NotFound, StoreError, parse_ts, row_to, ts
from brent_tui.store.mentions import MENTION_COLUMNS, text_match
from brent_tui.store.system import SystemStore

_SELECT_MENTIONS = f"SELECT {MENTION_COLUMNS} FROM mentions m JOIN authors a ON a.id = m.author_id"


@dataclass(frozen=True)
class QueueItem:
    """One mention of the queue; `watch_reason` says why a watched mention came back."""

    mention: Mention
    watch_id: int | None = None
    watch_reason: str | None = None


@dataclass(frozen=True)
class BulkResult:
    """A bulk decision: what was decided, and per mention why the rest were not."""

    decided: list[Decision] = field(default_factory=list)
    conflicts: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class WorkItem:
    """An assignment with the mention it is about (for "My work")."""

    assignment: Assignment
    mention: Mention


@dataclass(frozen=True)
class IncidentCounters:
    triaged: int
    remaining: int
    per_minute: float  # decisions in the last 10 minutes, per minute


@dataclass(frozen=True)
class IncidentLogRow:
    at: datetime
    kind: str  # mention | decision
    mention_id: int
    who: str
    platform: str
    text: str
    route: int | None = None
    department: str | None = None
    assignee: str | None = None
    reason: str | None = None
    undo: bool = False


def incident_match(keywords: Sequence[str], *, postgres: bool = False) -> str:
    """A query matching any of the incident's keywords (`flood*` is a prefix, phrases kept): FTS5's,
    or PostgreSQL's tsquery."""
    parts = []
    for kw in keywords:
        words = re.findall(r"\w+\*?", kw.lower())
        if not words:
            continue
        prefix = words[-1].endswith("*")
        bare = [w.rstrip("*") for w in words]
        if postgres:
            parts.append("(" + " <-> ".join(f"'{w}'" for w in bare) + (":*" if prefix else "") + ")")
        else:
            parts.append(f'"{" ".join(bare)}"' + (" *" if prefix else ""))
    if not parts:
        raise StoreError("an incident needs at least one keyword with letters or digits")
    return (" | " if postgres else " OR ").join(parts)


def _conflict_message(mention_id: int, current: Decision | None) -> str:
    if current is None:
        return (f"mention {mention_id} changed since you opened it (another session updated it); "
                "it has been reloaded — look again before deciding")
    return f"{_what_they_did(current)}; your decision was not saved"


def _undo_conflict_message(target: Decision, current: Decision | None) -> str:
    """Why an undo was refused: the decision in force is another (someone re-decided or undid it)."""
    mine = f"decision {target.id} (route {int(target.route)} · {target.route.label}) on mention {target.mention_id}"
    if current is None:
        return f"{mine} is no longer in force; nothing was undone"
    return f"{mine} is no longer in force: {_what_they_did(current)}; nothing was undone"


def _what_they_did(current: Decision) -> str:
    """"bsmith already routed it 5 · Escalate to Housing at 10:02:11 on 07 Dec"."""
    from brent_tui.domain.london import format_london

    when = format_london(current.decided_at, "%H:%M:%S on %d %b")
    if current.undo:
        what = "undid the last decision on it"
    else:
        where = f" to {current.assignee or current.department}" if (current.assignee or current.department) else ""
        what = f"routed it {int(current.route)} · {current.route.label}{where}"
    return f"{current.decided_by} already {what} at {when}"


class TriageStore(SystemStore):  # notifies through SystemStore
    """Triage decisions (append-only), assignments with SLA due times, watches, leases and incidents."""

    # ------------------------------------------------------------------ decisions

    async def decisions(self, mention_id: int) -> list[Decision]:
        rows = await self._fetchall("SELECT * FROM decisions WHERE mention_id = ? ORDER BY id", (mention_id,))
        return [row_to(Decision, r) for r in rows]

    async def current_decision(self, mention_id: int) -> Decision | None:
        """The decision in force (not superseded), including an undo."""
        row = await self._fetchone(
            "SELECT * FROM decisions WHERE mention_id = ? ORDER BY id DESC LIMIT 1", (mention_id,)
        )
        return None if row is None else row_to(Decision, row)

    async def last_decision_by(self, login: str) -> Decision | None:
        """This officer's most recent decision still in force (what `u` undoes)."""
        row = await self._fetchone(
            "SELECT * FROM decisions WHERE decided_by = ? AND superseded_by IS NULL AND undo = 0 "
            "ORDER BY decided_at DESC, id DESC LIMIT 1",
            (login,),
        )
        return None if row is None else row_to(Decision, row)

    async def decision_pairs(self, *, limit: int = 20_000) -> list[tuple[str, int]]:
        """(mention text, route chosen) for every decision in force, newest first: what the learned
        model trains on (an undone or superseded choice is not the team's answer)."""
        rows = await self._fetchall(
            "SELECT m.text, d.route FROM decisions d JOIN mentions m ON m.id = d.mention_id "
            "WHERE d.superseded_by IS NULL AND d.undo = 0 ORDER BY d.id DESC LIMIT ?",
            (limit,),
        )
        return [(str(r[0]), int(r[1])) for r in rows]

    async def last_decision_id(self) -> int:
        """The newest decision's id: cheap to poll, it grows as decisions accumulate."""
        return int(await self._fetchval("SELECT coalesce(max(id), 0) FROM decisions") or 0)

    async def decide(self, actor: Actor, plan: RoutePlan, *, expected_version: int | None = None,
                     now: datetime) -> Decision:
        """Persist one route plan (`domain.routing.plan_route`): decision, assignment or watch, status,
        notices — one transaction.

        `expected_version` is the mention's version when the officer saw it; if someone decided
        it since, `ConflictError` names who decided what and when (`.current` = their Decision).
        """
        require(actor, Action.TRIAGE)
        async with self.transaction() as db:
            return await self._decide(db, actor, plan, expected_version=expected_version, now=now)

    async def decide_many(self, actor: Actor, plans: Sequence[tuple[RoutePlan, int | None]], *,
                          now: datetime) -> BulkResult:
        """Several route plans `(plan, expected_version)` in one transaction.

        A mention someone else decided meanwhile is reported in `conflicts` (and left alone);
        the rest are decided.
        """
        require(actor, Action.TRIAGE)
        decided: list[Decision] = []
        conflicts: dict[int, str] = {}
        async with self.transaction() as db:
            for plan, version in plans:
                try:
                    decided.append(await self._decide(db, actor, plan, expected_version=version, now=now))
                except (ConflictError, NotFound) as exc:
                    conflicts[plan.mention_id] = str(exc)
            if decided:
                routes = sorted({int(d.route) for d in decided})
                await self._audit(db, actor.login, "decide_many", "mention", None,
                                  route=routes[0] if len(routes) == 1 else routes,
                                  mentions=[d.mention_id for d in decided], conflicts=list(conflicts))
        return BulkResult(decided=decided, conflicts=conflicts)

    async def undo(self, actor: Actor, decision_id: int, *, now: datetime) -> Decision:
        """Undo decision `decision_id`: a superseding decision with `undo=1`; the mention is new again.

        Refused (`ConflictError`, `.current` = the decision in force) when `decision_id` is no longer
        the decision in force: another officer re-decided the mention meanwhile, and their decision
        stands. The same optimistic check a decision makes, keyed on what is undone.
        """
        require(actor, Action.TRIAGE)
        async with self.transaction() as db:
            async with db.execute("SELECT * FROM decisions WHERE id = ?", (decision_id,)) as cur:
                row = await cur.fetchone()
            if row is None:
                raise NotFound(f"decision {decision_id} does not exist")
            target = row_to(Decision, row)
            if target.undo:
                raise StoreError(f"decision {decision_id} is itself an undo; decide the mention again instead")
            mention_id = target.mention_id
            current = await self._current(db, mention_id)
            if current is None or current.id != decision_id:
                raise ConflictError(_undo_conflict_message(target, current), current)
            decision = await self._append(
                db, mention_id, current.route, department=current.department, assignee=current.assignee,
                reason=f"undo of decision {current.id}", who=actor.login, now=now, supersedes=current.id, undo=True,
            )
            await self._close_work(db, mention_id, now)
            await db.execute(
                "UPDATE mentions SET status = ?, version = version + 1 WHERE id = ?", (UNDONE_STATUS.value, mention_id)
            )
            await self._audit(db, actor.login, "undo", "mention", mention_id, decision=decision.id,
                              undid=current.id, route=int(current.route))
        return decision

    async def _mention_state(self, db: aiosqlite.Connection, mention_id: int) -> sqlite3.Row:
        async with db.execute("SELECT id, version, status, thread_id, topic, replies FROM mentions WHERE id = ?",
                              (mention_id,)) as cur:
            row = await cur.fetchone()
        if row is None:
            raise NotFound(f"mention {mention_id} does not exist")
        return row

    async def _current(self, db: aiosqlite.Connection, mention_id: int) -> Decision | None:
        async with db.execute(
            "SELECT * FROM decisions WHERE mention_id = ? AND superseded_by IS NULL ORDER BY id DESC LIMIT 1",
            (mention_id,),
        ) as cur:
            row = await cur.fetchone()
        return None if row is None else row_to(Decision, row)

    async def _append(
        self, db: aiosqlite.Connection, mention_id: int, route: Route, *, department: str | None,
        assignee: str | None, reason: str | None, who: str, now: datetime, supersedes: int | None,
        undo: bool = False,
    ) -> Decision:
        decision = Decision(
            mention_id=mention_id, route=route, department=department, assignee=assignee, reason=reason,
            decided_by=who, decided_at=now, supersedes=supersedes, undo=undo,
        )
        decision_id = await self._insert(db, "decisions", decision.model_dump(exclude={"id", "superseded_by"}))
        if supersedes is not None:
            await db.execute("UPDATE decisions SET superseded_by = ? WHERE id = ?", (decision_id, supersedes))
        return decision.model_copy(update={"id": decision_id})

    async def _close_work(self, db: aiosqlite.Connection, mention_id: int, now: datetime) -> None:
        """A new decision or an undo replaces the work the old one created (kept, cancelled)."""
        await db.execute(
            "UPDATE assignments SET status = 'cancelled', done_at = ?, version = version + 1 "
            "WHERE mention_id = ? AND status = 'open'",
            (ts(now), mention_id),
        )
        await db.execute("UPDATE watches SET active = 0 WHERE mention_id = ? AND active = 1", (mention_id,))
        await db.execute("DELETE FROM leases WHERE mention_id = ?", (mention_id,))

    async def _decide(self, db: aiosqlite.Connection, actor: Actor, plan: RoutePlan, *,
                      expected_version: int | None, now: datetime) -> Decision:
        """Write what the plan says, as it says it (the rules are in `domain.routing`)."""
        mention_id = plan.mention_id
        row = await self._mention_state(db, mention_id)
        current = await self._current(db, mention_id)
        if expected_version is not None and row["version"] != expected_version:
            raise ConflictError(_conflict_message(mention_id, current), current)
        decision = await self._append(
            db, mention_id, plan.route, department=plan.department, assignee=plan.assignee, reason=plan.reason,
            who=actor.login, now=now, supersedes=current.id if current else None,
        )
        await self._close_work(db, mention_id, now)
        if plan.opens_assignment:
            await self._insert(db, "assignments", {
                "mention_id": mention_id, "decision_id": decision.id, "route": int(plan.route),
                "department": plan.department, "assignee": plan.assignee, "due_at": plan.due_at, "status": "open",
                "created_at": now,
            })
        else:
            await self._insert(db, "watches", {
                "mention_id": mention_id, "thread_id": row["thread_id"], "topic": row["topic"],
                "reason": plan.watch_reason, "created_by": actor.login,
                "created_at": now, "replies_at_start": await self._held_replies(db, mention_id), "active": 1,
            })
        await db.execute(
            "UPDATE mentions SET status = ?, version = version + 1 WHERE id = ?", (plan.status.value, mention_id),
        )
        await self._audit(db, actor.login, "decide", "mention", mention_id, decision=decision.id,
                          route=int(plan.route), department=plan.department, assignee=plan.assignee,
                          due_at=ts(plan.due_at), supersedes=decision.supersedes)
        for notice in plan.notices:
            await self.send(notice, entity="mention", entity_id=mention_id, db=db)
        return decision

    async def _held_replies(self, db: aiosqlite.Connection, mention_id: int) -> int:
        """Replies to this mention's thread that we hold: a watch counts its growth from here (the
        network's own reply count is only as fresh as the last time the post was fetched)."""
        async with db.execute("SELECT platform, platform_id, thread_id FROM mentions WHERE id = ?",
                              (mention_id,)) as cur:
            row = await cur.fetchone()
        return 0 if row is None else await self._cached_replies(db, row[0], row[1], row[2])

    async def _cached_replies(self, db: aiosqlite.Connection, platform: str, platform_id: str,
                              thread_id: str | None) -> int:
        if thread_id:
            sql = "SELECT count(*) FROM mentions WHERE platform = ? AND thread_id = ? AND platform_id != ?"
            params: tuple[Any, ...] = (platform, thread_id, platform_id)
        else:
            sql = "SELECT count(*) FROM mentions WHERE platform = ? AND reply_to_id = ?"
            params = (platform, platform_id)
        async with db.execute(sql, params) as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    # ------------------------------------------------------------------ scoring inputs (batched)

    async def topic_counts(
        self, topics: Iterable[str], *, baseline_since: datetime, recent_since: datetime, until: datetime
    ) -> dict[str, tuple[int, int]]:
        """Per topic: (mentions since `recent_since`, mentions in [`baseline_since`, `recent_since`)).

        One indexed query for the whole batch (`mentions_topic` covers topic and time).
        """
        names = sorted(set(topics))
        if not names:
            return {}
        rows = await self._fetchall(
            "SELECT topic, count(*) FILTER (WHERE created_at >= ?) AS recent, count(*) FILTER (WHERE created_at < ?) AS base FROM mentions "
            f"WHERE topic IN ({', '.join('?' for _ in names)}) AND created_at >= ? AND created_at < ? GROUP BY topic",
            [ts(recent_since), ts(recent_since), *names, ts(baseline_since), ts(until)],
        )
        return {r["topic"]: (int(r["recent"] or 0), int(r["base"] or 0)) for r in rows}

    async def thread_counts(self, mentions: Sequence[Mention]) -> dict[int, int]:
        """Per mention: the other mentions of its thread we hold (or replies to it, without a thread)."""
        threads = {(m.platform.value, m.thread_id) for m in mentions if m.thread_id}
        direct = {(m.platform.value, m.platform_id) for m in mentions if not m.thread_id}
        sizes: dict[tuple[str, str], int] = {}
        for chunk in _chunks(sorted(threads), 400):
            rows = await self._fetchall(
                "SELECT platform, thread_id, count(*) FROM mentions WHERE "
                + " OR ".join("(platform = ? AND thread_id = ?)" for _ in chunk) + " GROUP BY platform, thread_id",
                [v for pair in chunk for v in pair],
            )
            sizes.update({("t", r[0] + "\x00" + r[1]): int(r[2]) for r in rows})
        for chunk in _chunks(sorted(direct), 400):
            rows = await self._fetchall(
                "SELECT platform, reply_to_id, count(*) FROM mentions WHERE "
                + " OR ".join("(platform = ? AND reply_to_id = ?)" for _ in chunk) + " GROUP BY platform, reply_to_id",
                [v for pair in chunk for v in pair],
            )
            sizes.update({("r", r[0] + "\x00" + r[1]): int(r[2]) for r in rows})
        out: dict[int, int] = {}
        for m in mentions:
            if m.thread_id:
                out[m.id] = max(0, sizes.get(("t", m.platform.value + "\x00" + m.thread_id), 1) - 1)
            else:
                out[m.id] = sizes.get(("r", m.platform.value + "\x00" + m.platform_id), 0)
        return out

    async def escalated_posts(self, mentions: Sequence[Mention]) -> dict[tuple[str, str], EscalatedPost]:
        """Of the posts these mentions reply to and their threads' first posts, those held and suggested
        escalate, by (network, id), with their author and time: a "same here" under one is one more report
        of the same danger, and its author's own follow-up soon after is part of it."""
        keys = {(m.platform.value, up) for m in mentions if m.reply_to_id
                for up in (m.reply_to_id, m.thread_id) if up}
        out: dict[tuple[str, str], EscalatedPost] = {}
        for chunk in _chunks(sorted(keys), 400):
            rows = await self._fetchall(
                "SELECT platform, platform_id, author_handle, created_at FROM mentions "
                "WHERE suggested_route = ? AND ("
                + " OR ".join("(platform = ? AND platform_id = ?)" for _ in chunk) + ")",
                [int(Route.ESCALATE), *(v for pair in chunk for v in pair)],
            )
            out.update({(str(r[0]), str(r[1])): EscalatedPost(str(r[2]), parse_ts(r[3])) for r in rows})
        return out

    # ------------------------------------------------------------------ queue and leases

    async def queue(
        self,
        login: str,
        *,
        now: datetime,
        limit: int = 20,
        exclude: Iterable[int] = (),
        incident: Incident | None = None,
    ) -> list[QueueItem]:
        """What to triage next: re-surfaced watches first (with why), then untriaged by priority and age.

        Mentions another officer holds on a live lease are skipped; `exclude` drops mentions this
        session already has in hand (skipped, or decided and committing). With `incident`, only
        the incident's mentions (keywords in its time window).
        """
        skip = list(dict.fromkeys(exclude))
        held = "NOT EXISTS (SELECT 1 FROM leases l WHERE l.mention_id = m.id AND l.holder != ? AND l.until > ?)"
        not_skipped = f"m.id NOT IN ({', '.join('?' for _ in skip)})" if skip else "1 = 1"
        now_s = ts(now)
        items: list[QueueItem] = []
        if incident is None:
            rows = await self._fetchall(
                f"SELECT {MENTION_COLUMNS}, w.id AS watch_id, w.surfaced_reason FROM watches w "
                "JOIN mentions m ON m.id = w.mention_id JOIN authors a ON a.id = m.author_id "
                f"WHERE w.active = 1 AND w.surfaced_at IS NOT NULL AND {held} AND {not_skipped} "
                "ORDER BY w.surfaced_at LIMIT ?",
                [login, now_s, *skip, limit],
            )
            items = [QueueItem(row_to(Mention, r), r["watch_id"], r["surfaced_reason"]) for r in rows]
            if len(items) >= limit:
                return items
            rows = await self._fetchall(
                f"SELECT {MENTION_COLUMNS} FROM mentions m INDEXED BY mentions_triage_queue "
                f"JOIN authors a ON a.id = m.author_id WHERE m.status = 'new' AND {held} "
                f"AND {not_skipped} ORDER BY m.priority DESC, m.created_at, m.id LIMIT ?",
                [login, now_s, *skip, limit - len(items)],
            )
        else:
            window, wparams = self._incident_window(incident)
            rows = await self._fetchall(
                f"{_SELECT_MENTIONS} WHERE m.status = 'new' AND {window} AND {held} AND {not_skipped} "
                "ORDER BY m.priority DESC, m.created_at, m.id LIMIT ?",
                [*wparams, login, now_s, *skip, limit],
            )
        seen = {i.mention.id for i in items}
        items += [QueueItem(row_to(Mention, r)) for r in rows if r["id"] not in seen]
        return items

    async def queue_size(self, *, incident: Incident | None = None, cap: int = 10_000,
                         in_hand: Sequence[int] = ()) -> int:
        """Untriaged mentions, counted up to `cap` (+1 means "more than cap"): a full count on 1M
        rows takes ~40 ms on the one connection a decision also needs. `in_hand` (decisions still
        saving) are left out whether or not their commit has landed, so the count never double-counts."""
        hand = f" AND m.id NOT IN ({', '.join('?' for _ in in_hand)})" if in_hand else ""
        if incident is None:
            return int(await self._fetchval(
                f"SELECT count(*) FROM (SELECT 1 FROM mentions m WHERE m.status = 'new'{hand} LIMIT ?) AS n",
                (*in_hand, cap + 1)))
        window, params = self._incident_window(incident)
        return int(await self._fetchval(
            f"SELECT count(*) FROM (SELECT 1 FROM mentions m WHERE m.status = 'new' AND {window}{hand} LIMIT ?) AS n",
            [*params, *in_hand, cap + 1]))

    def _incident_window(self, incident: Incident) -> tuple[str, list[Any]]:
        clause = f"m.created_at >= ? AND m.created_at <= ? AND {text_match(self.postgres)}"
        end = incident.ends_at or datetime(9999, 1, 1, tzinfo=incident.starts_at.tzinfo)
        return clause, [ts(incident.starts_at), ts(end), incident_match(incident.keywords, postgres=self.postgres)]

    async def lease(self, login: str, mention_id: int, *, seconds: int, now: datetime) -> str | None:
        """Hold a mention for `login` while it is in their focus; one lease per officer.

        Returns None when the lease is theirs, or the login of the officer who holds it.
        """
        until = ts(now + timedelta(seconds=seconds))
        async with self.transaction() as db:
            await db.execute("DELETE FROM leases WHERE holder = ? AND mention_id != ?", (login, mention_id))
            await db.execute(
                "INSERT INTO leases (mention_id, holder, until) VALUES (?, ?, ?) "
                "ON CONFLICT(mention_id) DO UPDATE SET holder = excluded.holder, until = excluded.until "
                "WHERE leases.holder = excluded.holder OR leases.until <= ?",
                (mention_id, login, until, ts(now)),
            )
            async with db.execute("SELECT holder FROM leases WHERE mention_id = ?", (mention_id,)) as cur:
                row = await cur.fetchone()
        holder = row[0] if row else None
        return None if holder in (None, login) else holder

    async def release_leases(self, login: str) -> None:
        async with self.transaction() as db:
            await db.execute("DELETE FROM leases WHERE holder = ?", (login,))

    # ------------------------------------------------------------------ watches

    async def watch(self, actor: Actor, mention_id: int, *, reason: str, now: datetime) -> Watch:
        """Mark a mention (and its thread) to come back if it escalates, without deciding it."""
        require(actor, Action.TRIAGE)
        async with self.transaction() as db:
            row = await self._mention_state(db, mention_id)
            watch = Watch(mention_id=mention_id, thread_id=row["thread_id"], topic=row["topic"], reason=reason,
                          created_by=actor.login, created_at=now,
                          replies_at_start=await self._held_replies(db, mention_id))
            watch_id = await self._insert(db, "watches", watch.model_dump(exclude={"id"}))
            await self._audit(db, actor.login, "watch", "mention", mention_id, watch=watch_id, reason=reason)
        return watch.model_copy(update={"id": watch_id})

    async def active_watches(self, *, surfaced: bool | None = None, limit: int = 5000) -> list[Watch]:
        clause = "" if surfaced is None else (" AND surfaced_at IS NOT NULL" if surfaced else " AND surfaced_at IS NULL")
        rows = await self._fetchall(f"SELECT * FROM watches WHERE active = 1{clause} ORDER BY id LIMIT ?", (limit,))
        return [row_to(Watch, r) for r in rows]

    async def watch_signals(self, watch: Watch, *, high_followers: int) -> tuple[int, tuple[str, int] | None]:
        """A watch's thread now: replies held since it began, and the largest high-reach author
        (handle, followers) who joined since."""
        row = await self._fetchone("SELECT platform, platform_id, thread_id FROM mentions WHERE id = ?",
                                   (watch.mention_id,))
        if row is None:
            return 0, None
        held = await self._cached_replies(self._db, row["platform"], row["platform_id"], row["thread_id"])
        key = "thread_id" if row["thread_id"] else "reply_to_id"
        value = row["thread_id"] or row["platform_id"]
        joined = await self._fetchone(
            f"SELECT a.handle, a.followers FROM mentions m JOIN authors a ON a.id = m.author_id WHERE m.platform = ? "
            f"AND m.{key} = ? AND m.created_at > ? AND a.followers >= ? ORDER BY a.followers DESC LIMIT 1",
            (row["platform"], value, ts(watch.created_at), high_followers),
        )
        return max(0, held - watch.replies_at_start), (
            (joined["handle"], int(joined["followers"])) if joined is not None else None)

    async def surface_watches(self, surfaced: dict[int, str], *, now: datetime) -> None:
        """Bring watches back to the top of the queue with their reasons (derived: no audit)."""
        if not surfaced:
            return
        async with self.transaction() as db:
            await db.executemany(
                "UPDATE watches SET surfaced_at = ?, surfaced_reason = ? WHERE id = ? AND active = 1 "
                "AND surfaced_at IS NULL",
                [(ts(now), reason, wid) for wid, reason in surfaced.items()],
            )

    # ------------------------------------------------------------------ assignments

    async def my_work(self, login: str, *, include_done: bool = False, limit: int = 500) -> list[WorkItem]:
        """The officer's assignments, soonest due first."""
        status = "" if include_done else "AND s.status = 'open'"
        rows = await self._fetchall(
            f"SELECT s.id AS a_id, s.decision_id AS a_decision_id, s.route AS a_route, s.department AS a_department, "
            "s.assignee AS a_assignee, s.due_at AS a_due_at, s.status AS a_status, s.created_at AS a_created_at, "
            "s.done_at AS a_done_at, s.done_by AS a_done_by, s.note AS a_note, s.version AS a_version, "
            f"{MENTION_COLUMNS} FROM assignments s JOIN mentions m ON m.id = s.mention_id "
            f"JOIN authors a ON a.id = m.author_id WHERE s.assignee = ? {status} "
            "ORDER BY s.status != 'open', s.due_at IS NULL, s.due_at, s.id LIMIT ?",
            (login, limit),
        )
        out = []
        for r in rows:
            d = dict(r)
            assignment = Assignment(mention_id=d["id"], **{k[2:]: v for k, v in d.items() if k.startswith("a_")})
            out.append(WorkItem(assignment, row_to(Mention, r)))
        return out

    async def assignment(self, assignment_id: int) -> Assignment:
        row = await self._fetchone("SELECT * FROM assignments WHERE id = ?", (assignment_id,))
        if row is None:
            raise NotFound(f"assignment {assignment_id} does not exist")
        return row_to(Assignment, row)

    async def _check_assignment(self, db: aiosqlite.Connection, assignment_id: int,
                                expected_version: int | None) -> Assignment:
        async with db.execute("SELECT * FROM assignments WHERE id = ?", (assignment_id,)) as cur:
            row = await cur.fetchone()
        if row is None:
            raise NotFound(f"assignment {assignment_id} does not exist")
        current = row_to(Assignment, row)
        if expected_version is not None and current.version != expected_version:
            async with db.execute("SELECT who, at, action FROM audit_log WHERE entity = 'assignment' AND entity_id = ? "
                                  "ORDER BY id DESC LIMIT 1", (str(assignment_id),)) as cur:
                last = await cur.fetchone()
            by = f"{last[0]} ({last[2]} at {last[1][11:16]} UTC)" if last else "another session"
            raise ConflictError(f"assignment {assignment_id} was changed by {by}; it has been reloaded", current)
        if current.status is not AssignmentStatus.OPEN:
            raise StoreError(f"assignment {assignment_id} is already {current.status.value}")
        return current

    async def complete_assignment(self, actor: Actor, assignment_id: int, *, note: str | None = None,
                                  expected_version: int | None = None, now: datetime) -> Assignment:
        """Done: the assignee (or anyone who may assign) closes it; the mention becomes done."""
        require(actor, Action.WORK_OWN)
        async with self.transaction() as db:
            current = await self._check_assignment(db, assignment_id, expected_version)
            if current.assignee != actor.login:
                require(actor, Action.ASSIGN)
            await db.execute(
                "UPDATE assignments SET status = 'done', done_at = ?, done_by = ?, note = ?, version = version + 1 "
                "WHERE id = ?", (ts(now), actor.login, note, assignment_id),
            )
            await db.execute("UPDATE mentions SET status = 'done', version = version + 1 WHERE id = ?",
                             (current.mention_id,))
            await self._audit(db, actor.login, "complete", "assignment", assignment_id, note=note)
        return current.model_copy(update={"status": AssignmentStatus.DONE, "done_at": now, "done_by": actor.login,
                                          "note": note, "version": current.version + 1})

    async def reassign(self, actor: Actor, assignment_id: int, assignee: str, *, department: str | None = None,
                       expected_version: int | None = None, now: datetime) -> Assignment:
        """Hand an assignment to someone else (they are notified); one's own, or anyone's with ASSIGN."""
        require(actor, Action.WORK_OWN)
        async with self.transaction() as db:
            current = await self._check_assignment(db, assignment_id, expected_version)
            if current.assignee != actor.login:
                require(actor, Action.ASSIGN)
            dept = department or current.department
            await db.execute("UPDATE assignments SET assignee = ?, department = ?, version = version + 1 WHERE id = ?",
                             (assignee, dept, assignment_id))
            await self._audit(db, actor.login, "reassign", "assignment", assignment_id, **{
                "from": current.assignee, "to": assignee, "department": dept})
            await self.send(handover_notice(current.route, actor, assignee), entity="mention",
                            entity_id=current.mention_id, db=db)
        return current.model_copy(update={"assignee": assignee, "department": dept, "version": current.version + 1})

    async def my_counts(self, login: str, *, now: datetime, soon: timedelta) -> dict[str, int]:
        row = await self._fetchone(
            "SELECT count(*) AS open, count(*) FILTER (WHERE due_at < ?) AS overdue, count(*) FILTER (WHERE due_at >= ? AND due_at < ?) AS due_soon "
            "FROM assignments WHERE assignee = ? AND status = 'open'",
            (ts(now), ts(now), ts(now + soon), login),
        )
        return {k: int(row[k] or 0) for k in ("open", "overdue", "due_soon")} if row else {}

    # ------------------------------------------------------------------ incidents

    async def create_incident(
        self, actor: Actor, *, name: str, keywords: Sequence[str], starts_at: datetime,
        ends_at: datetime | None = None, holding_statement: str | None = None, now: datetime,
    ) -> Incident:
        require(actor, Action.EMERGENCY)
        words = [" ".join(k.split()) for k in keywords if k.strip()]
        if not name.strip():
            raise StoreError("give the incident a name")
        incident_match(words)  # refuses keywords with nothing to search for
        incident = Incident(name=name.strip(), keywords=words, starts_at=starts_at, ends_at=ends_at,
                            holding_statement=(holding_statement or "").strip() or None, created_by=actor.login,
                            created_at=now)
        async with self.transaction() as db:
            incident_id = await self._insert(db, "incidents", incident.model_dump(exclude={"id"}))
            await self._audit(db, actor.login, "create", "incident", incident_id, name=incident.name, keywords=words)
        return incident.model_copy(update={"id": incident_id})

    async def first_match(self, keywords: Sequence[str], *, since: datetime) -> datetime | None:
        """When the first mention matching the keywords since `since` was posted: where an
        incident's window starts (a fixed look-back missed bursts that began earlier)."""
        first = await self._fetchval(
            f"SELECT min(m.created_at) FROM mentions m WHERE m.created_at >= ? AND {text_match(self.postgres)}",
            (ts(since), incident_match(keywords, postgres=self.postgres)))
        return parse_ts(first) if first else None

    async def end_incident(self, actor: Actor, incident_id: int, *, now: datetime) -> Incident:
        require(actor, Action.EMERGENCY)
        async with self.transaction() as db:
            changed = await self._update(db, "incidents", incident_id, {"active": False, "ends_at": now})
            if not changed:
                raise NotFound(f"incident {incident_id} does not exist")
            await self._audit(db, actor.login, "end", "incident", incident_id)
        return await self.incident(incident_id)

    async def set_holding_statement(self, actor: Actor, incident_id: int, text: str) -> Incident:
        require(actor, Action.EMERGENCY)
        async with self.transaction() as db:
            await self._update(db, "incidents", incident_id, {"holding_statement": text.strip() or None})
            await self._audit(db, actor.login, "holding_statement", "incident", incident_id, text=text)
        return await self.incident(incident_id)

    async def incident(self, incident_id: int) -> Incident:
        row = await self._fetchone("SELECT * FROM incidents WHERE id = ?", (incident_id,))
        if row is None:
            raise NotFound(f"incident {incident_id} does not exist")
        return row_to(Incident, row)

    async def incidents(self, *, active_only: bool = False, limit: int = 50) -> list[Incident]:
        clause = "WHERE active = 1" if active_only else ""
        rows = await self._fetchall(f"SELECT * FROM incidents {clause} ORDER BY active DESC, id DESC LIMIT ?",
                                    (limit,))
        return [row_to(Incident, r) for r in rows]

    async def incident_counters(self, incident: Incident, *, now: datetime,
                                in_hand: Sequence[int] = ()) -> IncidentCounters:
        """Triaged (decided since the incident began), remaining, and the pace over the last 10 minutes.

        `in_hand` (the incident's decisions still saving) count as triaged whether or not their
        commit has landed."""
        window, params = self._incident_window(incident)
        hand = f" AND m.id NOT IN ({', '.join('?' for _ in in_hand)})" if in_hand else ""
        remaining = int(await self._fetchval(
            f"SELECT count(*) FROM mentions m WHERE m.status = 'new' AND {window}{hand}", [*params, *in_hand]))
        row = await self._fetchone(
            "SELECT count(DISTINCT d.mention_id) AS triaged, count(DISTINCT CASE WHEN d.decided_at >= ? "
            "THEN d.mention_id END) AS recent FROM decisions d JOIN mentions m ON m.id = d.mention_id "
            f"WHERE d.undo = 0 AND d.superseded_by IS NULL AND d.decided_at >= ? AND {window}{hand}",
            [ts(now - timedelta(minutes=10)), ts(incident.created_at), *params, *in_hand],
        )
        triaged = (int(row["triaged"] or 0) if row else 0) + len(in_hand)
        recent = int(row["recent"] or 0) if row else 0
        return IncidentCounters(triaged=triaged, remaining=remaining, per_minute=round(recent / 10, 1))

    async def incident_log(self, incident: Incident) -> list[IncidentLogRow]:
        """Every mention in the incident's window and every decision on them, in time order."""
        window, params = self._incident_window(incident)
        mentions = await self._fetchall(
            f"SELECT m.id, m.created_at, m.author_handle, m.platform, m.text FROM mentions m WHERE {window} "
            "ORDER BY m.created_at, m.id", params)
        decisions = await self._fetchall(
            "SELECT d.*, m.platform, m.text FROM decisions d JOIN mentions m ON m.id = d.mention_id "
            f"WHERE {window} ORDER BY d.decided_at, d.id", params)
        rows = [IncidentLogRow(at=parse_ts(r["created_at"]), kind="mention", mention_id=r["id"],
                               who=r["author_handle"], platform=r["platform"], text=r["text"]) for r in mentions]
        rows += [IncidentLogRow(at=parse_ts(r["decided_at"]), kind="decision", mention_id=r["mention_id"],
                                who=r["decided_by"], platform=r["platform"], text=r["text"], route=r["route"],
                                department=r["department"], assignee=r["assignee"], reason=r["reason"],
                                undo=bool(r["undo"])) for r in decisions]
        rows.sort(key=lambda r: (r.at, r.kind != "mention", r.mention_id))
        return rows


def _chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def incident_log_csv(rows: Sequence[IncidentLogRow], chain: ChainHead | None = None) -> str:
    """The incident log as CSV for the debrief (times UTC ISO 8601 and London).

    With `chain`, the last row (kind `audit-chain`) carries the audit trail's head in its text
    column, so the debrief can later check that no decision was changed since (`audit --verify`).
    """
    from brent_tui.domain.london import format_london

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["at_utc", "at_london", "kind", "mention_id", "who", "platform", "route", "department",
                     "assignee", "undo", "reason", "text"])
    for r in rows:
        writer.writerow([ts(r.at), format_london(r.at, "%Y-%m-%d %H:%M:%S"), r.kind, r.mention_id, r.who, r.platform,
                         r.route or "", r.department or "", r.assignee or "", "yes" if r.undo else "",
                         r.reason or "", csv_safe(r.text)])
    if chain is not None:
        writer.writerow(["", "", "audit-chain", "", "", "", "", "", "", "", "", f"{chain.rows} rows, head {chain.head}"])
    return out.getvalue()


def incident_log_markdown(incident: Incident, rows: Sequence[IncidentLogRow], chain: ChainHead | None = None) -> str:
    from brent_tui.domain.london import format_london

    def cell(value: object) -> str:
        return " ".join(str(value).split()).replace("|", "\\|")

    mentions = sum(r.kind == "mention" for r in rows)
    decided = len({r.mention_id for r in rows if r.kind == "decision" and not r.undo})
    lines = [
        f"# Incident log: {cell(incident.name)}",
        "",
        f"- Keywords: {cell(', '.join(incident.keywords))}",
        f"- Window: {format_london(incident.starts_at)} – "
        f"{format_london(incident.ends_at) if incident.ends_at else 'ongoing'} (London)",
        f"- Holding statement: {cell(incident.holding_statement or '—')}",
        f"- Mentions: {mentions}; mentions decided: {decided}",
        "",
        "| time (London) | kind | mention | who | route | department / assignee | text or reason |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        route = "" if r.route is None else ("undo" if r.undo else f"{r.route} {Route(r.route).label}")
        target = " / ".join(x for x in (r.department, r.assignee) if x)
        body = r.text[:200] if r.kind == "mention" else (r.reason or "")
        lines.append(f"| {format_london(r.at, '%d %b %H:%M:%S')} | {r.kind} | {r.mention_id} | {cell(r.who)} | "
                     f"{route} | {cell(target)} | {cell(body)} |")
    if chain is not None:
        lines += ["", chain.markdown()]
    return "\n".join(lines) + "\n"
