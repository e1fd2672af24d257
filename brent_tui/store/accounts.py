"""Account requests and their reviews; the registry's extra queries (flags, last post, mentions).

Permissions and the review rules live in `brent_tui.domain.accounts` (pure); this module applies them
inside the write transaction, so a decision is checked against the request as it is at that
moment, audited in the same transaction, and refused with a clear message otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import aiosqlite
from pydantic import BaseModel

from brent_tui import clock
from brent_tui.domain.accounts import (
    AccountRuleError,
    RegistryEntry,
    RequestDraft,
    Reviewers,
    account_from_request,
    answer_notice,
    assess,
    check_answer_to_question,
    check_withdraw,
    decide,
    request_problems,
    review_notice,
    submitted_notice,
)
from brent_tui.domain.london import london_date
from brent_tui.domain.models import (
    AccountRequest,
    AccountReview,
    CouncilAccount,
    FollowerSample,
    Mention,
    Platform,
    RequestStatus,
    ReviewDecision,
)
from brent_tui.domain.notices import Notice
from brent_tui.domain.roles import Action, Actor, require
from brent_tui.domain.text import normalise_handle
from brent_tui.store.base import ConflictError, NotFound, StoreError, parse_ts, row_to, ts
from brent_tui.store.mentions import MENTION_COLUMNS, text_match
from brent_tui.store.system import SystemStore

if TYPE_CHECKING:
    from brent_tui.config import AccountConfig

SYSTEM = "system"
GROWTH_WINDOW = timedelta(days=90)


class RecentPost(BaseModel):
    """One of our posts that went out on an account (from the publishing outbox)."""

    post_id: int
    body: str
    published_at: datetime
    url: str | None = None


def _handle_variants(handle: str) -> list[str]:
    bare = handle.strip().lstrip("@")
    return list(dict.fromkeys([handle.strip(), bare, "@" + bare]))


class AccountStore(SystemStore):  # notifies through SystemStore
    """Account requests and their reviews; the registry's extra queries (dormant, owners)."""

    # ------------------------------------------------------------------ registry

    async def sync_config_accounts(self, accounts: Iterable[AccountConfig]) -> int:
        """Add accounts listed in config (`[[accounts]]`) that the registry lacks; audited as the system.

        Existing rows are left alone: the registry is edited in the app once an account is in it.
        """
        rows = await self._fetchall("SELECT platform, handle FROM council_accounts")
        have = {(r["platform"], normalise_handle(r["handle"])) for r in rows}
        missing: dict[tuple[str, str], AccountConfig] = {}
        for acc in accounts:
            key = (Platform(acc.platform).value, normalise_handle(acc.handle))
            if key not in have:
                missing.setdefault(key, acc)
        if not missing:
            return 0
        added = 0
        async with self.transaction() as db:
            for (platform, _), acc in missing.items():
                if await self._fetchval("SELECT id FROM council_accounts WHERE platform = ? AND handle = ?",
                                        (platform, acc.handle)):
                    continue  # another session added it a moment ago
                account = CouncilAccount(
                    platform=acc.platform, handle=acc.handle, service=acc.service, display_name=acc.display_name,
                    purposes=list(acc.purposes), officers=list(acc.officers),
                    requires_approval=acc.requires_approval, url=acc.url,
                )
                account_id = await self._insert(db, "council_accounts", account.model_dump(exclude={"id"}))
                await self._audit(db, SYSTEM, "create", "council_account", account_id, handle=acc.handle,
                                  platform=platform, source="config")
                added += 1
        return added

    async def registry(self, *, now: datetime, dormant_days: int,
                       include_inactive: bool = False) -> list[RegistryEntry]:
        """Every account with its last post, 90-day growth and flags (dormant, no owner)."""
        clause = "" if include_inactive else "WHERE a.active = 1"
        since = ts(now - GROWTH_WINDOW)
        rows = await self._fetchall(
            "SELECT a.*, "
            "(SELECT max(t.published_at) FROM post_targets t WHERE t.account_id = a.id "
            " AND t.status = 'published') AS last_published, "
            "(SELECT s.at || '|' || s.followers FROM follower_samples s WHERE s.account_id = a.id AND s.at >= ? "
            " ORDER BY s.at LIMIT 1) AS first_sample, "
            "(SELECT s.at || '|' || s.followers FROM follower_samples s WHERE s.account_id = a.id "
            " ORDER BY s.at DESC LIMIT 1) AS last_sample "
            f"FROM council_accounts a {clause} ORDER BY a.platform, lower(a.handle)",
            (since,),
        )
        out = []
        for r in rows:
            account = row_to(CouncilAccount, r)
            samples = [self._sample(account.id or 0, r[k]) for k in ("first_sample", "last_sample") if r[k]]
            out.append(assess(account, last_published=parse_ts(r["last_published"]), samples=samples, now=now,
                              dormant_days=dormant_days))
        return out

    @staticmethod
    def _sample(account_id: int, packed: str) -> FollowerSample:
        at, followers = packed.split("|")
        return FollowerSample(account_id=account_id, at=parse_ts(at), followers=int(followers))

    async def account_posts(self, account_id: int, *, limit: int = 10) -> list[RecentPost]:
        """Our posts published on this account, newest first."""
        rows = await self._fetchall(
            "SELECT p.id AS post_id, p.body, t.published_at, t.platform_url AS url FROM post_targets t "
            "JOIN posts p ON p.id = t.post_id WHERE t.account_id = ? AND t.status = 'published' "
            "AND t.published_at IS NOT NULL ORDER BY t.published_at DESC LIMIT ?",
            (account_id, limit),
        )
        return [row_to(RecentPost, r) for r in rows]

    async def account_mentions(self, account: CouncilAccount, *, limit: int = 10) -> list[Mention]:
        """Recent mentions of the account: tagged with its handle by a connector, or naming it in the text."""
        variants = _handle_variants(account.handle)
        marks = ",".join("?" for _ in variants)
        tagged = await self._fetchall(
            f"SELECT {MENTION_COLUMNS} FROM mentions m JOIN authors a ON a.id = m.author_id "
            f"WHERE m.account_handle IN ({marks}) AND m.platform = ? ORDER BY m.id DESC LIMIT ?",
            (*variants, account.platform.value, limit),
        )
        found = {r["id"]: row_to(Mention, r) for r in tagged}
        tokens = re.findall(r"[A-Za-z0-9]+", account.handle)
        if tokens:
            phrase = '"' + " ".join(tokens) + '"'
            named = await self._fetchall(
                f"SELECT {MENTION_COLUMNS} FROM mentions m JOIN authors a ON a.id = m.author_id "
                f"WHERE {text_match(self.postgres)} ORDER BY m.id DESC LIMIT ?",
                (" <-> ".join(f"'{t}':A" for t in tokens) if self.postgres else f"text : {phrase}", limit * 5),
            )
            needle = normalise_handle(account.handle)
            for r in named:
                mention = row_to(Mention, r)
                if needle in mention.text.lower() and mention.platform == account.platform:
                    found.setdefault(mention.id, mention)
        return sorted(found.values(), key=lambda m: (m.created_at, m.id), reverse=True)[:limit]

    # ------------------------------------------------------------------ requests: reading

    async def account_request(self, request_id: int) -> AccountRequest | None:
        row = await self._fetchone("SELECT * FROM account_requests WHERE id = ?", (request_id,))
        return None if row is None else row_to(AccountRequest, row)

    async def account_requests(self, *, statuses: Iterable[RequestStatus] | None = None,
                               limit: int = 500) -> list[AccountRequest]:
        """Requests, oldest open first (the longest-waiting is the most urgent), then the rest newest first."""
        wanted = [s.value for s in statuses] if statuses is not None else [s.value for s in RequestStatus]
        marks = ",".join("?" for _ in wanted)
        rows = await self._fetchall(
            f"SELECT * FROM account_requests WHERE status IN ({marks}) "
            "ORDER BY status NOT IN ('submitted', 'more_info'), "
            "CASE WHEN status IN ('submitted', 'more_info') THEN created_at END, created_at DESC, id LIMIT ?",
            (*wanted, limit),
        )
        return [row_to(AccountRequest, r) for r in rows]

    async def account_reviews(self, request_id: int) -> list[AccountReview]:
        rows = await self._fetchall("SELECT * FROM account_reviews WHERE request_id = ? ORDER BY id", (request_id,))
        return [row_to(AccountReview, r) for r in rows]

    # ------------------------------------------------------------------ requests: writing

    async def submit_account_request(self, actor: Actor, draft: RequestDraft, *, known_logins: Iterable[str],
                                     reviewers: Reviewers, departments: Iterable[str] | None = None,
                                     now: datetime | None = None) -> AccountRequest:
        """A new request from any member of staff; the web team and the head of service are told."""
        require(actor, Action.REQUEST_ACCOUNT)
        now = now or clock.now()
        problems = request_problems(draft, known_logins=known_logins, today=london_date(now),
                                    departments=departments)
        if problems:
            raise AccountRuleError("; ".join(problems))
        handle = draft.handle.strip()
        variants = _handle_variants(handle)
        marks = ",".join("?" for _ in variants)
        request = AccountRequest(
            requester=actor.login, department=reviewers.department, platform=draft.platform, handle=handle,
            audience=draft.audience.strip(), objectives=draft.objectives.strip(),
            why_own_account=draft.why_own_account.strip(), content_commitment=draft.content_commitment.strip(),
            owners=list(dict.fromkeys(draft.owners)), posting_frequency=draft.posting_frequency.strip(),
            campaign_ends_on=draft.campaign_ends_on, status=RequestStatus.SUBMITTED, created_at=now,
            updated_at=now, version=0,
        )
        async with self.transaction() as db:
            exists = await self._fetchval(
                f"SELECT handle FROM council_accounts WHERE platform = ? AND lower(handle) IN ({marks})",
                (draft.platform.value, *(v.lower() for v in variants)),
            )
            if exists:
                raise AccountRuleError(f"{exists} on {draft.platform.value} is already in the registry")
            pending = await self._fetchval(
                f"SELECT id FROM account_requests WHERE platform = ? AND lower(handle) IN ({marks}) "
                "AND status IN ('submitted', 'more_info')",
                (draft.platform.value, *(v.lower() for v in variants)),
            )
            if pending:
                raise AccountRuleError(f"request #{pending} for {handle} on {draft.platform.value} is already "
                                       "under review")
            request_id = await self._insert(db, "account_requests", request.model_dump(exclude={"id"}))
            await self._audit(db, actor.login, "submit", "account_request", request_id, handle=handle,
                              platform=draft.platform.value, department=request.department,
                              owners=request.owners, house_rules_ack=draft.house_rules_ack)
            await self._tell(submitted_notice(request_id, request, actor, reviewers), request_id, db)
        return request.model_copy(update={"id": request_id})

    async def _tell(self, notice: Notice | None, request_id: int, db: aiosqlite.Connection) -> None:
        """Queue a notice the request rules worded (`domain.accounts`), if anyone is to be told."""
        if notice is not None:
            await self.send(notice, entity="account_request", entity_id=request_id, db=db)

    async def _locked_request(self, request_id: int, expected_version: int | None) -> AccountRequest:
        """The request as it is inside the write transaction; refuse if it changed since it was read."""
        request = await self.account_request(request_id)
        if request is None:
            raise NotFound(f"account request #{request_id} no longer exists")
        if expected_version is not None and request.version != expected_version:
            who = await self._fetchval(
                "SELECT who FROM audit_log WHERE entity = 'account_request' AND entity_id = ? "
                "ORDER BY id DESC LIMIT 1", (str(request_id),),
            ) or "someone"
            raise ConflictError(
                f"{who} changed request #{request_id} since you opened it (now: "
                f"{request.status.value.replace('_', ' ')}). Nothing was saved; look again and redo it.",
                current=request,
            )
        return request

    async def _add_review(self, db: aiosqlite.Connection, request: AccountRequest, actor: Actor,
                          decision: ReviewDecision, comment: str | None, status: RequestStatus,
                          now: datetime) -> AccountRequest:
        role = actor.role if decision is not ReviewDecision.ANSWER else None
        await self._insert(db, "account_reviews", {
            "request_id": request.id, "reviewer": actor.login, "role": role, "decision": decision,
            "comment": comment, "at": now,
        })
        await db.execute(
            "UPDATE account_requests SET status = ?, updated_at = ?, version = version + 1 WHERE id = ?",
            (status.value, ts(now), request.id),
        )
        await self._audit(db, actor.login, decision.value, "account_request", request.id,
                          status=status.value, comment=comment, role=role.value if role else None)
        return request.model_copy(update={"status": status, "updated_at": now, "version": request.version + 1})

    async def review_account_request(self, actor: Actor, request_id: int, decision: ReviewDecision,
                                     comment: str | None = None, *, reviewers: Reviewers,
                                     expected_version: int | None = None,
                                     now: datetime | None = None) -> AccountRequest:
        """Approve, ask for more information, or reject — web team or the department's head only.

        The second approval adds the account to the registry with its owners and the house rules
        acknowledged, in the same transaction.
        """
        require(actor, Action.DECIDE_ACCOUNT)
        now = now or clock.now()
        comment = " ".join((comment or "").split()) or None
        async with self.transaction() as db:
            request = await self._locked_request(request_id, expected_version)
            if reviewers.department.lower() != request.department.lower():
                raise StoreError(f"request #{request_id} belongs to {request.department}, not "
                                 f"{reviewers.department}")
            party, status = decide(request, await self.account_reviews(request_id), actor=actor,
                                   reviewers=reviewers, decision=decision, comment=comment)
            updated = await self._add_review(db, request, actor, decision, comment, status, now)
            if status is RequestStatus.APPROVED:
                account = account_from_request(request, today=london_date(now))
                clash = await self._fetchval(
                    "SELECT id FROM council_accounts WHERE platform = ? AND lower(handle) = lower(?)",
                    (account.platform.value, account.handle),
                )
                if clash:
                    raise StoreError(f"{account.handle} on {account.platform.value} was added to the registry "
                                     "meanwhile; nothing was saved — look at the registry and reject or withdraw "
                                     "this request")
                account_id = await self._insert(db, "council_accounts", account.model_dump(exclude={"id"}))
                await self._audit(db, actor.login, "create", "council_account", account_id, handle=account.handle,
                                  platform=account.platform.value, request_id=request_id, officers=account.officers)
            await self._tell(review_notice(request, actor, reviewers, party=party, decision=decision, status=status,
                                           comment=comment), request_id, db)
        return updated

    async def answer_account_request(self, actor: Actor, request_id: int, answer: str, *,
                                     expected_version: int | None = None,
                                     now: datetime | None = None) -> AccountRequest:
        """The requester answers the reviewers' question; the request goes back for review."""
        now = now or clock.now()
        answer = " ".join(answer.split())
        async with self.transaction() as db:
            request = await self._locked_request(request_id, expected_version)
            check_answer_to_question(request, actor, answer)
            reviews = await self.account_reviews(request_id)
            asked = next((r.reviewer for r in reversed(reviews) if r.decision is ReviewDecision.MORE_INFO), None)
            updated = await self._add_review(db, request, actor, ReviewDecision.ANSWER, answer,
                                             RequestStatus.SUBMITTED, now)
            await self._tell(answer_notice(request, actor, asked, answer), request_id, db)
        return updated

    async def withdraw_account_request(self, actor: Actor, request_id: int, reason: str | None = None, *,
                                       expected_version: int | None = None,
                                       now: datetime | None = None) -> AccountRequest:
        """The requester takes the request back (e.g. content will go on the main accounts instead)."""
        now = now or clock.now()
        async with self.transaction() as db:
            request = await self._locked_request(request_id, expected_version)
            check_withdraw(request, actor)
            reason = " ".join((reason or "").split()) or "withdrawn by the requester"
            updated = await self._add_review(db, request, actor, ReviewDecision.ANSWER, f"Withdrawn: {reason}",
                                             RequestStatus.WITHDRAWN, now)
        return updated
