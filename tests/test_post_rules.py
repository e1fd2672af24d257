"""A post's states and approval (domain.posts): transitions, refusals and notices — pure, no database."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from brent_tui.domain.models import (
    CouncilAccount,
    Platform,
    PostStatus,
    PostTarget,
    ScheduledPost,
    TargetStatus,
)
from brent_tui.domain.posts import (
    EDITABLE,
    approval_reason,
    approval_request,
    approved_notice,
    failed_notice,
    moved_status,
    rejected_notice,
    submitted_status,
    target_status,
    why_not_delete,
    why_not_edit,
    why_not_move,
    why_not_release,
    why_not_review,
)
from brent_tui.domain.roles import Actor
from brent_tui.domain.tone import Finding, Severity

AT = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
BLOCK = Finding(rule="political", severity=Severity.BLOCK, message="takes a side")
WARN = Finding(rule="shouting", severity=Severity.WARN, message="capitals")
PLAIN = CouncilAccount(platform=Platform.X, handle="@BrentCouncil", service="Web")
GUARDED = CouncilAccount(platform=Platform.X, handle="@BrentMayor", service="Mayor", requires_approval=True)
COMMS = Actor(login="comms")


def post(status: PostStatus = PostStatus.SCHEDULED, *targets: TargetStatus, at: datetime | None = AT) -> ScheduledPost:
    return ScheduledPost(id=1, body="Bins out Monday", status=status, author="webby", scheduled_at=at,
                         created_at=AT, updated_at=AT,
                         targets=[PostTarget(account_id=i, status=t) for i, t in enumerate(targets)])


@pytest.mark.parametrize(("submit", "findings", "accounts", "suspended", "status"), [
    (False, [BLOCK], [GUARDED], False, PostStatus.DRAFT),
    (True, [BLOCK], [PLAIN], False, PostStatus.AWAITING_APPROVAL),
    (True, [WARN], [GUARDED], False, PostStatus.AWAITING_APPROVAL),
    (True, [WARN], [PLAIN], False, PostStatus.SCHEDULED),
    (True, [], [PLAIN], True, PostStatus.HELD),
])
def test_a_saved_post_is_a_draft_awaits_approval_or_goes_out(submit, findings, accounts, suspended, status) -> None:
    assert submitted_status(submit=submit, findings=findings, accounts=accounts, suspended=suspended) is status


def test_why_approval_is_needed() -> None:
    assert approval_reason([WARN, BLOCK], [GUARDED]) == "takes a side"  # a blocking finding first
    assert approval_reason([WARN], [PLAIN, GUARDED]) == "account requires approval: @BrentMayor"
    assert approval_reason([WARN], [PLAIN]) is None


def test_moving_into_a_blocking_finding_sends_a_scheduled_post_back() -> None:
    assert moved_status(PostStatus.SCHEDULED, [BLOCK]) is PostStatus.AWAITING_APPROVAL
    assert moved_status(PostStatus.SCHEDULED, [WARN]) is PostStatus.SCHEDULED
    assert moved_status(PostStatus.DRAFT, [BLOCK]) is PostStatus.DRAFT
    assert moved_status(PostStatus.SCHEDULED, None) is PostStatus.SCHEDULED
    assert target_status(PostStatus.HELD) is TargetStatus.HELD
    assert target_status(PostStatus.SCHEDULED) is TargetStatus.PENDING


def test_refusals_say_why() -> None:
    assert why_not_edit(post()) is None
    assert all(why_not_edit(post(s)) is None for s in EDITABLE)
    assert why_not_edit(post(PostStatus.PUBLISHED)) == "this post is published: it cannot be edited"
    assert "being sent" in (why_not_edit(post(PostStatus.SCHEDULED, TargetStatus.SENDING)) or "")
    partly = post(PostStatus.FAILED, TargetStatus.PUBLISHED, TargetStatus.FAILED)
    assert "duplicate it instead" in (why_not_edit(partly) or "")
    assert "cannot be moved" in (why_not_move(partly) or "") and why_not_move(post()) is None
    assert "stays in the record" in (why_not_delete(partly) or "") and why_not_delete(post()) is None
    assert "being sent" in (why_not_delete(post(PostStatus.SCHEDULED, TargetStatus.SENDING)) or "")


def test_only_a_post_awaiting_approval_is_reviewed_and_approval_needs_a_time() -> None:
    waiting = post(PostStatus.AWAITING_APPROVAL)
    assert why_not_review(waiting, approving=True) is None
    assert why_not_review(post(), approving=False) == "this post is scheduled, not awaiting approval"
    untimed = post(PostStatus.AWAITING_APPROVAL, at=None)
    assert why_not_review(untimed, approving=False) is None
    assert "no time" in (why_not_review(untimed, approving=True) or "")


def test_a_held_post_is_released_only_once_posts_resume() -> None:
    assert why_not_release(post(PostStatus.HELD), suspended=False) is None
    assert "still suspended" in (why_not_release(post(PostStatus.HELD), suspended=True) or "")
    assert why_not_release(post(), suspended=False) == "this post is scheduled, not held"


def test_who_is_told() -> None:
    ask = approval_request(Actor(login="webby"), ["comms", "webby", "comms"], "x" * 100)
    assert ask is not None and ask.recipients == ("comms",) and ask.kind == "post_approval"
    assert ask.text == "webby asks you to approve a post: " + "x" * 80
    assert approval_request(Actor(login="webby"), ["webby"], "x") is None
    ok = approved_notice(COMMS, post(), "fine")
    assert (ok.recipients, ok.kind, ok.text) == (("webby",), "post_approved",
                                                 "comms approved your post for Wed 25 Nov 2026 10:00: fine")
    back = rejected_notice(COMMS, post(), "too long")
    assert (back.recipients, back.kind, back.text) == (("webby",), "post_rejected", "comms sent your post back: too long")
    failed = failed_notice("webby", "@BrentCouncil", "401 token expired")
    assert (failed.recipients, failed.kind, failed.text) == (
        ("webby",), "post_failed", "Your post did not go out on @BrentCouncil: 401 token expired")


def test_blocking_post_cannot_be_approved_and_says_why_in_one_line() -> None:
    from brent_tui.domain.posts import blocking_now, why_not_approve
    from brent_tui.domain.tone import ToneSettings

    waiting = post(PostStatus.AWAITING_APPROVAL).model_copy(update={"body": "a" * 310})
    blocks = blocking_now(waiting, [Platform.X, Platform.MASTODON], ToneSettings())
    assert [f.rule for f in blocks] == ["too_long"]
    assert why_not_approve(waiting, blocking=blocks) == \
        "Cannot approve: the post is 310/280 characters on X — edit it first"
    assert why_not_approve(waiting, blocking=[BLOCK, BLOCK]) == "Cannot approve: takes a side (and 1 more) — edit it first"
    assert why_not_approve(waiting, blocking=[WARN]) is None
    short = waiting.model_copy(update={"body": "Bins out Monday"})
    assert why_not_approve(short, blocking=blocking_now(short, [Platform.X], ToneSettings())) is None
    assert why_not_approve(post(PostStatus.SCHEDULED), blocking=[]) == "this post is scheduled, not awaiting approval"


def test_own_post_is_refused_unless_allowed() -> None:
    from brent_tui.domain.posts import OWN_POST, why_not_approve

    waiting = post(PostStatus.AWAITING_APPROVAL)  # written by webby
    assert why_not_approve(waiting, blocking=[], approver="webby") == OWN_POST
    assert why_not_approve(waiting, blocking=[], approver="webby", allow_self_approval=True) is None
    assert why_not_approve(waiting, blocking=[], approver="comms") is None


def test_held_banner_counts_and_names_the_key() -> None:
    from brent_tui.domain.posts import held_banner

    assert held_banner(17, suspended=False) == "17 posts held (suspended) — R to resume them"
    assert held_banner(1, suspended=False) == "1 post held (suspended) — R to resume it"
    assert "S lifts the suspension" in held_banner(2, suspended=True)
