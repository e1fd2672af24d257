"""Account requests in the store on real SQLite files: permissions, both approvals, questions, conflicts,
registry flags, config sync, recent posts and mentions."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from brent_tui.config import AccountConfig
from brent_tui.domain.accounts import AccountRuleError, RequestDraft, Reviewers
from brent_tui.domain.models import (
    CouncilAccount,
    FollowerSample,
    Platform,
    RequestStatus,
    ReviewDecision,
    Role,
)
from brent_tui.domain.roles import Actor, PermissionDeniedError
from brent_tui.store import ConflictError, Store
from tests.conftest import DATA_NOW, make_mention

pytestmark = pytest.mark.contract  # on SQLite and on PostgreSQL (tests/conftest.py)

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
WEB = Actor(login="webby", role=Role.WEB_TEAM)
HEAD = Actor(login="head", role=Role.HEAD_OF_SERVICE, department="Environment")
OTHER_HEAD = Actor(login="otherhead", role=Role.HEAD_OF_SERVICE, department="Housing")
OFFICER = Actor(login="officer", role=Role.SERVICE_OFFICER, department="Environment")
KNOWN = ["webby", "head", "otherhead", "officer", "cs"]
REVIEWERS = Reviewers(web_team=["webby"], head="head", department="Environment")
GOOD = dict(
    audience="Residents who recycle, especially in flats in Harlesden and Kilburn.",
    objectives="Cut contamination in recycling bins by a fifth and fewer missed collection calls.",
    why_own_account="Weekly bin tips would swamp the main council account; our audience wants only this.",
    content_commitment="Yes: two officers share a rota and a three-month plan of weekly posts and replies.",
)


def draft(**extra) -> RequestDraft:
    values = dict(department="Environment", platform=Platform.X, handle="@BrentRecyclesMore",
                  owners=["officer", "cs"], posting_frequency="3 posts a week", house_rules_ack=True, **GOOD)
    values.update(extra)
    return RequestDraft(**values)


async def submit(store: Store, **extra):
    return await store.submit_account_request(OFFICER, draft(**extra), known_logins=KNOWN, reviewers=REVIEWERS,
                                              departments=["Environment", "Housing"], now=NOW)


async def test_submit_audits_and_notifies_both_reviewers(store: Store) -> None:
    req = await submit(store)
    assert req.id and req.status is RequestStatus.SUBMITTED and req.requester == "officer"
    stored = await store.account_request(req.id)
    assert stored and stored.owners == ["officer", "cs"] and stored.audience == GOOD["audience"]
    assert [(e.action, e.entity) for e in await store.audit_entries(who="officer")] == [("submit", "account_request")]
    for who in ("webby", "head"):
        notes = await store.notifications(who)
        assert notes and notes[0].kind == "account_request" and "#1" in notes[0].text
    assert await store.notifications("officer") == []


async def test_thin_answers_refused_before_anything_is_saved(store: Store) -> None:
    with pytest.raises(AccountRuleError, match="placeholder.*; .*at least 2 owners"):
        await submit(store, audience="n/a", owners=["officer"])
    assert await store.account_requests() == []
    assert await store.audit_entries() == []


async def test_duplicate_handle_refused(store: Store) -> None:
    await submit(store)
    with pytest.raises(AccountRuleError, match="already under review"):
        await submit(store, handle="brentrecyclesmore")
    await store.upsert_account(CouncilAccount(platform=Platform.X, handle="@Taken", service="Web"), "t")
    with pytest.raises(AccountRuleError, match="already in the registry"):
        await submit(store, handle="taken")


async def test_service_officer_and_other_head_refused_with_clear_message(store: Store) -> None:
    req = await submit(store)
    with pytest.raises(PermissionDeniedError, match="officer \\(service officer\\) cannot decide account requests"):
        await store.review_account_request(OFFICER, req.id, ReviewDecision.APPROVE, reviewers=REVIEWERS)
    with pytest.raises(PermissionDeniedError, match="otherhead is not the head of service for Environment"):
        await store.review_account_request(OTHER_HEAD, req.id, ReviewDecision.APPROVE, reviewers=REVIEWERS)
    assert (await store.account_request(req.id)).status is RequestStatus.SUBMITTED  # type: ignore[union-attr]
    assert await store.account_reviews(req.id) == []


async def test_both_approvals_add_the_account_to_the_registry(store: Store) -> None:
    req = await submit(store, campaign=True, campaign_ends_on=date(2027, 3, 31))
    one = await store.review_account_request(WEB, req.id, ReviewDecision.APPROVE, "Good plan", reviewers=REVIEWERS,
                                             expected_version=0, now=NOW)
    assert one.status is RequestStatus.SUBMITTED and one.version == 1
    assert await store.accounts() == []
    head_notes = await store.notifications("head")
    assert "webby (web team) approved" in head_notes[0].text
    two = await store.review_account_request(HEAD, req.id, ReviewDecision.APPROVE, reviewers=REVIEWERS,
                                             expected_version=1, now=NOW)
    assert two.status is RequestStatus.APPROVED
    [account] = await store.accounts()
    assert account.handle == "@BrentRecyclesMore" and account.officers == ["officer", "cs"]
    assert account.house_rules_ack and account.service == "Environment" and account.campaign_ends_on == date(2027, 3, 31)
    assert "registry" in (await store.notifications("officer"))[0].text
    actions = [(e.who, e.action, e.entity) for e in await store.audit_entries()]
    assert actions[-3:] == [("webby", "approve", "account_request"), ("head", "approve", "account_request"),
                            ("head", "create", "council_account")]
    with pytest.raises(AccountRuleError, match="already approved"):
        await store.review_account_request(WEB, req.id, ReviewDecision.REJECT, "too late now", reviewers=REVIEWERS)


async def test_more_info_round_trip(store: Store) -> None:
    req = await submit(store)
    asked = await store.review_account_request(HEAD, req.id, ReviewDecision.MORE_INFO,
                                               "What will you post in August?", reviewers=REVIEWERS)
    assert asked.status is RequestStatus.MORE_INFO
    assert "What will you post in August?" in (await store.notifications("officer"))[0].text
    with pytest.raises(PermissionDeniedError, match="only the requester"):
        await store.answer_account_request(WEB, req.id, "I can answer that for them")
    answered = await store.answer_account_request(OFFICER, req.id, "Summer events and bulky waste days.",
                                                  expected_version=asked.version)
    assert answered.status is RequestStatus.SUBMITTED
    assert "answered your question" in (await store.notifications("head"))[0].text
    reviews = await store.account_reviews(req.id)
    assert [(r.reviewer, r.decision, r.role) for r in reviews] == [
        ("head", ReviewDecision.MORE_INFO, Role.HEAD_OF_SERVICE), ("officer", ReviewDecision.ANSWER, None)]
    await store.review_account_request(WEB, req.id, ReviewDecision.APPROVE, reviewers=REVIEWERS)
    done = await store.review_account_request(HEAD, req.id, ReviewDecision.APPROVE, reviewers=REVIEWERS)
    assert done.status is RequestStatus.APPROVED and len(await store.accounts()) == 1


async def test_reject_needs_reason_and_closes(store: Store) -> None:
    req = await submit(store)
    with pytest.raises(AccountRuleError, match="reason"):
        await store.review_account_request(WEB, req.id, ReviewDecision.REJECT, "", reviewers=REVIEWERS)
    rejected = await store.review_account_request(WEB, req.id, ReviewDecision.REJECT,
                                                  "Post on the main account instead please", reviewers=REVIEWERS)
    assert rejected.status is RequestStatus.REJECTED
    assert "Post on the main account instead please" in (await store.notifications("officer"))[0].text
    with pytest.raises(AccountRuleError, match="already rejected"):
        await store.review_account_request(HEAD, req.id, ReviewDecision.APPROVE, reviewers=REVIEWERS)


async def test_stale_version_is_a_conflict_naming_who(db_location: Path | str) -> None:
    async with await Store.open(db_location) as one, await Store.open(db_location) as two:
        req = await submit(one)
        seen = await two.account_request(req.id)
        assert seen
        await one.review_account_request(WEB, req.id, ReviewDecision.MORE_INFO, "Who covers holidays?",
                                         reviewers=REVIEWERS, expected_version=0)
        with pytest.raises(ConflictError, match="webby changed request #1 since you opened it \\(now: more info\\)"):
            await two.review_account_request(HEAD, req.id, ReviewDecision.APPROVE, reviewers=REVIEWERS,
                                             expected_version=seen.version)
        assert len(await two.account_reviews(req.id)) == 1


async def test_withdraw(store: Store) -> None:
    req = await submit(store)
    with pytest.raises(PermissionDeniedError):
        await store.withdraw_account_request(WEB, req.id)
    out = await store.withdraw_account_request(OFFICER, req.id, "Using the main account")
    assert out.status is RequestStatus.WITHDRAWN
    assert (await store.account_reviews(req.id))[-1].comment == "Withdrawn: Using the main account"


async def test_wrong_department_reviewers_refused(store: Store) -> None:
    req = await submit(store)
    housing = Reviewers(web_team=["webby"], head="otherhead", department="Housing")
    with pytest.raises(Exception, match="belongs to Environment"):
        await store.review_account_request(OTHER_HEAD, req.id, ReviewDecision.APPROVE, reviewers=housing)


async def test_open_requests_first_oldest_first(store: Store) -> None:
    a = await store.submit_account_request(OFFICER, draft(handle="@One"), known_logins=KNOWN, reviewers=REVIEWERS,
                                           now=NOW - timedelta(days=3))
    b = await store.submit_account_request(OFFICER, draft(handle="@Two"), known_logins=KNOWN, reviewers=REVIEWERS,
                                           now=NOW - timedelta(days=5))
    c = await store.submit_account_request(OFFICER, draft(handle="@Three"), known_logins=KNOWN, reviewers=REVIEWERS,
                                           now=NOW)
    await store.review_account_request(WEB, b.id, ReviewDecision.REJECT, "No need for this one", reviewers=REVIEWERS)
    assert [r.id for r in await store.account_requests()] == [a.id, c.id, b.id]


async def test_registry_flags_last_post_and_growth(store: Store) -> None:
    fresh = await store.upsert_account(CouncilAccount(platform=Platform.X, handle="@Fresh", service="Web",
                                                      officers=["webby"], last_post_at=NOW - timedelta(days=29)), "t")
    stale = await store.upsert_account(CouncilAccount(platform=Platform.FACEBOOK, handle="Stale", service="Housing",
                                                      officers=[], last_post_at=NOW - timedelta(days=31)), "t")
    await store.record_followers([FollowerSample(account_id=fresh.id, at=NOW - timedelta(days=10), followers=100),
                                  FollowerSample(account_id=fresh.id, at=NOW, followers=150)])
    entries = {e.account.handle: e for e in await store.registry(now=NOW, dormant_days=30)}
    assert not entries["@Fresh"].dormant and entries["@Fresh"].growth_per_day == pytest.approx(5.0)
    assert entries["Stale"].dormant and entries["Stale"].no_owner and entries["Stale"].flags == ["dormant", "no owner"]
    # A post we published through the outbox makes the stale account fresh again.
    post_ids = await store.load_rows("posts", [{"body": "Housing news today", "status": "published", "author": "webby",
                                               "created_at": NOW, "updated_at": NOW}])
    await store.load_rows("post_targets", [{"post_id": post_ids[0], "account_id": stale.id, "status": "published",
                                           "published_at": NOW - timedelta(days=1), "platform_url": "https://x"}])
    entries = {e.account.handle: e for e in await store.registry(now=NOW, dormant_days=30)}
    assert not entries["Stale"].dormant and entries["Stale"].last_post_at == NOW - timedelta(days=1)
    [post] = await store.account_posts(stale.id)
    assert post.body == "Housing news today" and post.url == "https://x"


async def test_sync_config_accounts_adds_missing_once(store: Store) -> None:
    await store.upsert_account(CouncilAccount(platform=Platform.X, handle="@Brent_Council", service="Web"), "t")
    configured = [AccountConfig(platform=Platform.X, handle="brent_council", service="Web"),
                  AccountConfig(platform=Platform.MASTODON, handle="@brent@mastodon.london", service="Web",
                                officers=["webby"], purposes=["news"])]
    assert await store.sync_config_accounts(configured) == 1
    assert await store.sync_config_accounts(configured) == 0
    handles = [a.handle for a in await store.accounts()]
    assert handles == ["@brent@mastodon.london", "@Brent_Council"]
    assert [(e.who, e.action) for e in await store.audit_entries(who="system")] == [("system", "create")]


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_account_mentions_tagged_or_named(store: Store) -> None:
    account = await store.upsert_account(CouncilAccount(platform=Platform.X, handle="@Brent_Council",
                                                        service="Web"), "t")
    await store.ingest([
        make_mention(1, text="@Brent_Council my bin was missed", account_handle="@Brent_Council"),
        make_mention(2, text="Asking @brent_council about parking"),
        make_mention(3, text="Brent Council is great"),  # not the handle
        make_mention(4, text="@Brent_Council on mastodon", platform=Platform.MASTODON),
    ])
    found = await store.account_mentions(account)
    assert [m.platform_id for m in found] == ["2", "1"]
