"""Posts in the store: compose, approval flow and permissions, moves, conflicts, suspension,
duplicates and deletes, engagement history for best times — on real SQLite files."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from brent_tui.domain.models import CouncilAccount, MentionIn, Platform, PostStatus, Role, TargetStatus
from brent_tui.domain.post_length import count, outgoing_text
from brent_tui.domain.roles import Actor, PermissionDeniedError
from brent_tui.domain.schedule import best_times
from brent_tui.domain.tone import Finding, Severity, ToneSettings, check_post
from brent_tui.store import ConflictError, Store, StoreError
from brent_tui.store.posts import PostDraft

pytestmark = pytest.mark.contract  # on SQLite and on PostgreSQL (tests/conftest.py)

WEB = Actor(login="webby", role=Role.WEB_TEAM)
COMMS = Actor(login="comms", role=Role.COMMS_OFFICER)
CS = Actor(login="cs", role=Role.CUSTOMER_SERVICES)
AT = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)


async def _accounts(store: Store) -> tuple[int, int]:
    a = await store.upsert_account(CouncilAccount(platform=Platform.X, handle="@BrentCouncil", service="Web"), "t")
    b = await store.upsert_account(CouncilAccount(platform=Platform.MASTODON, handle="@brent@social.example",
                                                  service="Web", requires_approval=False), "t")
    assert a.id and b.id
    return a.id, b.id


async def test_clean_post_is_scheduled_with_a_target_per_account(store: Store) -> None:
    a, b = await _accounts(store)
    post = await store.save_post(WEB, PostDraft(body="Libraries open late", account_ids=[a, b], scheduled_at=AT,
                                                campaign="Libraries", hashtags=["Brent"]))
    assert post.status == PostStatus.SCHEDULED and post.author == "webby"
    assert {t.account_id for t in post.targets} == {a, b}
    assert all(t.status == TargetStatus.PENDING for t in post.targets)
    assert [e.action for e in await store.audit_entries(who="webby")] == ["create"]


async def test_draft_without_time_and_submit_needs_a_time(store: Store) -> None:
    a, _ = await _accounts(store)
    draft = await store.save_post(WEB, PostDraft(body="Idea", account_ids=[a]), submit=False)
    assert draft.status == PostStatus.DRAFT
    with pytest.raises(StoreError, match="choose a time"):
        await store.save_post(WEB, PostDraft(body="Idea", account_ids=[a]), post_id=draft.id)


async def test_blocking_finding_goes_to_approval_and_only_comms_approves(store: Store) -> None:
    a, _ = await _accounts(store)
    findings = check_post("Vote for change!", when=AT, platforms=[Platform.X], account_handles=["@BrentCouncil"],
                          existing=[], settings=ToneSettings())
    post = await store.save_post(WEB, PostDraft(body="Vote for change!", account_ids=[a], scheduled_at=AT),
                                 findings=findings, approvers=["comms"])
    assert post.status == PostStatus.AWAITING_APPROVAL
    assert (await store.notifications("comms"))[0].kind == "post_approval"
    with pytest.raises(PermissionDeniedError, match="only comms officers can"):
        await store.approve_post(WEB, post.id)
    with pytest.raises(PermissionDeniedError):
        await store.reject_post(CS, post.id, "no")
    assert (await store.post(post.id)).status == PostStatus.AWAITING_APPROVAL  # type: ignore[union-attr]
    with pytest.raises(StoreError, match="say why"):
        await store.reject_post(COMMS, post.id, "  ")
    rejected = await store.reject_post(COMMS, post.id, "Political wording: rephrase")
    assert rejected.status == PostStatus.REJECTED and rejected.approval_comment == "Political wording: rephrase"
    assert (await store.notifications("webby"))[0].kind == "post_rejected"
    history = [(h.reviewer, h.decision) for h in await store.post_history(post.id)]
    assert history == [("webby", "submitted"), ("comms", "rejected")]
    # the author rewrites it: clean now, scheduled without approval
    again = await store.save_post(WEB, PostDraft(body="Have your say on the budget", account_ids=[a],
                                                 scheduled_at=AT), post_id=post.id, expected_version=rejected.version)
    assert again.status == PostStatus.SCHEDULED


async def test_account_requiring_approval_then_approved(store: Store) -> None:
    acc = await store.upsert_account(CouncilAccount(platform=Platform.FACEBOOK, handle="BrentFostering",
                                                    service="Children", requires_approval=True), "t")
    post = await store.save_post(WEB, PostDraft(body="Could you foster?", account_ids=[acc.id], scheduled_at=AT))
    assert post.status == PostStatus.AWAITING_APPROVAL
    approved = await store.approve_post(COMMS, post.id, comment="Lovely")
    assert approved.status == PostStatus.SCHEDULED
    note = (await store.notifications("webby"))[0]
    assert note.kind == "post_approved" and "Lovely" in note.text
    actions = [(e.who, e.action) for e in await store.audit_entries()]
    assert ("comms", "approve") in actions


async def test_stale_edit_is_a_conflict_naming_who(store: Store, db_location: Path | str) -> None:
    a, _ = await _accounts(store)
    post = await store.save_post(WEB, PostDraft(body="Bins", account_ids=[a], scheduled_at=AT))
    async with await Store.open(db_location) as other:
        await other.move_post(COMMS, post.id, AT + timedelta(hours=1), expected_version=post.version)
    with pytest.raises(ConflictError, match="comms changed this post"):
        await store.move_post(WEB, post.id, AT + timedelta(hours=2), expected_version=post.version)
    assert (await store.post(post.id)).scheduled_at == AT + timedelta(hours=1)  # type: ignore[union-attr]


async def test_move_with_a_new_blocking_finding_returns_to_approval(store: Store) -> None:
    a, _ = await _accounts(store)
    post = await store.save_post(WEB, PostDraft(body="Bins", account_ids=[a], scheduled_at=AT))
    block = Finding(rule="pre_election", severity=Severity.BLOCK, message="pre-election period")
    moved = await store.move_post(WEB, post.id, AT + timedelta(days=1), findings=[block])
    assert moved.status == PostStatus.AWAITING_APPROVAL


async def test_duplicate_and_delete(store: Store) -> None:
    a, b = await _accounts(store)
    post = await store.save_post(WEB, PostDraft(body="Bins", account_ids=[a, b], scheduled_at=AT))
    copy = await store.duplicate_post(WEB, post.id)
    assert copy.id != post.id and copy.status == PostStatus.DRAFT and len(copy.targets) == 2
    await store.delete_post(WEB, copy.id, expected_version=copy.version)
    assert await store.post(copy.id) is None
    with pytest.raises(PermissionDeniedError):
        await store.delete_post(CS, post.id)


async def test_suspend_needs_reason_holds_and_new_posts_are_held(store: Store) -> None:
    a, _ = await _accounts(store)
    post = await store.save_post(WEB, PostDraft(body="Bins", account_ids=[a], scheduled_at=AT))
    with pytest.raises(StoreError, match="give a reason"):
        await store.set_suspension(WEB, active=True, reason=" ")
    with pytest.raises(PermissionDeniedError):
        await store.set_suspension(CS, active=True, reason="x")
    await store.set_suspension(WEB, active=True, reason="Major incident")
    assert (await store.suspension()).reason == "Major incident"
    held = await store.post(post.id)
    assert held is not None and held.status == PostStatus.HELD and held.targets[0].status == TargetStatus.HELD
    new = await store.save_post(WEB, PostDraft(body="More", account_ids=[a], scheduled_at=AT + timedelta(hours=3)))
    assert new.status == PostStatus.HELD
    await store.set_suspension(WEB, active=False)
    assert not (await store.suspension()).active
    assert {p.id for p in await store.held_posts()} == {post.id, new.id}
    released = await store.release_held(WEB, post.id, AT + timedelta(days=1))
    assert released.status == PostStatus.SCHEDULED and released.targets[0].status == TargetStatus.PENDING


async def test_planned_posts_feed_caps_and_clashes(store: Store) -> None:
    a, b = await _accounts(store)
    await store.save_post(WEB, PostDraft(body="One", account_ids=[a, b], scheduled_at=AT))
    await store.save_post(WEB, PostDraft(body="Two", account_ids=[a], scheduled_at=AT + timedelta(minutes=30)))
    await store.save_post(WEB, PostDraft(body="Draft", account_ids=[a], scheduled_at=AT), submit=False)
    planned = await store.planned_posts(AT - timedelta(days=1), AT + timedelta(days=1))
    assert sorted(p.account_handle for p in planned) == ["@BrentCouncil", "@BrentCouncil", "@brent@social.example"]
    from brent_tui.domain.schedule import clashes

    found = clashes(planned, ToneSettings())
    assert [c.kind for c in found] == ["min_gap"] and found[0].account == "@BrentCouncil"


@pytest.mark.at(datetime(2026, 11, 30, 12, 0, tzinfo=UTC))  # the history is dated up to this noon
async def test_engagement_history_sources(store: Store) -> None:
    a, _ = await _accounts(store)
    now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    history = await store.engagement_history(a, now=now)
    assert history.source == "none" and "council default" in history.evidence
    mentions = [
        MentionIn(platform=Platform.X, platform_id=f"m{i}", author_handle=f"r{i}", text="hello @BrentCouncil",
                  created_at=now - timedelta(days=i, hours=(i % 3) * 4), likes=i % 5, account_handle="@BrentCouncil")
        for i in range(1, 30)
    ]
    await store.ingest(mentions)
    history = await store.engagement_history(a, now=now)
    assert history.source == "mentions" and len(history.points) == 29 and "29 mentions" in history.evidence
    slots = best_times(history.points, now=now)
    assert slots and not slots[0].is_default


def test_outgoing_text_and_counts() -> None:
    text = outgoing_text("Bins go out #Brent", ["Brent", "recycling"], "https://www.brent.gov.uk/bins")
    assert text == "Bins go out #Brent\n#recycling\nhttps://www.brent.gov.uk/bins"
    assert count(text, Platform.X).used == len("Bins go out #Brent\n#recycling\n") + 23


async def test_blocking_post_cannot_be_approved_until_edited(store: Store) -> None:
    """Approval re-checks the post as it stands (not the findings the author's screen sent)."""
    acc = await store.upsert_account(CouncilAccount(platform=Platform.X, handle="@BrentMayor", service="Mayor",
                                                    requires_approval=True), "t")
    post = await store.save_post(WEB, PostDraft(body="b" * 310, account_ids=[acc.id], scheduled_at=AT))
    assert post.status == PostStatus.AWAITING_APPROVAL
    with pytest.raises(StoreError) as refused:
        await store.approve_post(COMMS, post.id, tone=ToneSettings())
    assert str(refused.value) == "Cannot approve: the post is 310/280 characters on X — edit it first"
    assert (await store.post(post.id)).status == PostStatus.AWAITING_APPROVAL  # type: ignore[union-attr]
    political = await store.save_post(WEB, PostDraft(body="Vote for better bins", account_ids=[acc.id],
                                                     scheduled_at=AT), post_id=post.id)
    with pytest.raises(StoreError, match="Cannot approve: “Vote for” takes a political standpoint"):
        await store.approve_post(COMMS, post.id)
    edited = await store.save_post(WEB, PostDraft(body="Better bins from Monday", account_ids=[acc.id],
                                                  scheduled_at=AT), post_id=post.id,
                                   expected_version=political.version)
    assert edited.status == PostStatus.AWAITING_APPROVAL  # the account still needs approval
    assert (await store.approve_post(COMMS, post.id)).status == PostStatus.SCHEDULED


async def test_nobody_approves_their_own_post_unless_the_council_allows_it(store: Store) -> None:
    acc = await store.upsert_account(CouncilAccount(platform=Platform.X, handle="@BrentMayor", service="Mayor",
                                                    requires_approval=True), "t")
    post = await store.save_post(COMMS, PostDraft(body="Fostering evening on Thursday", account_ids=[acc.id],
                                                  scheduled_at=AT))
    assert post.status == PostStatus.AWAITING_APPROVAL
    with pytest.raises(StoreError, match="^Cannot approve your own post: another comms officer must approve it$"):
        await store.approve_post(COMMS, post.id)
    assert (await store.post(post.id)).status == PostStatus.AWAITING_APPROVAL  # type: ignore[union-attr]
    assert ("comms", "approve") not in [(e.who, e.action) for e in await store.audit_entries()]
    other = Actor(login="comms2", role=Role.COMMS_OFFICER)
    assert (await store.approve_post(other, post.id)).status == PostStatus.SCHEDULED
    again = await store.save_post(COMMS, PostDraft(body="Fostering evening moved to Friday", account_ids=[acc.id],
                                                   scheduled_at=AT), post_id=post.id)
    approved = await store.approve_post(COMMS, again.id, allow_self_approval=True)  # a one-officer council
    assert approved.status == PostStatus.SCHEDULED
