"""A post's states and its approval: which state a change leads to, when a change is refused and
why, what needs approval, and who is told in what words — pure; the store persists the result.

Lifecycle: draft → awaiting approval → scheduled → published | failed (or rejected, or held by
"suspend all"). A post needs a communications officer's approval when a tone finding BLOCKS
(`domain.tone`) or one of its accounts requires approval. The `why_not_*` checks return the
officer's explanation, or None when the change may go ahead.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from brent_tui.domain.london import format_london
from brent_tui.domain.models import CouncilAccount, Platform, PostStatus, ScheduledPost, TargetStatus
from brent_tui.domain.notices import Notice
from brent_tui.domain.post_length import outgoing_text
from brent_tui.domain.roles import Actor
from brent_tui.domain.tone import Finding, Severity, ToneSettings, check_length, check_text

#: statuses that still go out (count toward caps and clashes)
PLANNED = (PostStatus.SCHEDULED, PostStatus.AWAITING_APPROVAL, PostStatus.HELD, PostStatus.PUBLISHED)
EDITABLE = frozenset({PostStatus.DRAFT, PostStatus.AWAITING_APPROVAL, PostStatus.SCHEDULED, PostStatus.HELD,
                      PostStatus.REJECTED, PostStatus.FAILED})
ASK_CHARS = 80  # how much of the post an approval request quotes


def status_words(status: PostStatus) -> str:
    """"awaiting approval", "scheduled": a status as a sentence says it."""
    return status.value.replace("_", " ")


def saved_note(status: PostStatus) -> str:
    """What the author is told a save did."""
    return {
        PostStatus.AWAITING_APPROVAL: "Sent to a communications officer for approval.",
        PostStatus.SCHEDULED: "Scheduled.",
        PostStatus.HELD: "Saved, but held: all posts are suspended.",
        PostStatus.DRAFT: "Saved as a draft.",
    }.get(status, "Saved.")


# --------------------------------------------------------------------------- approval


def blocking_messages(findings: Iterable[Finding]) -> list[str]:
    """The findings that stop a post, in words."""
    return [f.message for f in findings if f.severity is Severity.BLOCK]


def approval_reason(findings: Iterable[Finding], accounts: Sequence[CouncilAccount]) -> str | None:
    """Why the post must be approved before it goes out, or None: a blocking finding first, else the
    accounts that require approval."""
    blocks = blocking_messages(findings)
    if blocks:
        return "; ".join(blocks)
    needing = [a.handle for a in accounts if a.requires_approval]
    return "account requires approval: " + ", ".join(needing) if needing else None


def going_out(suspended: bool) -> PostStatus:
    """What a post cleared to go out becomes: scheduled, or held while posts are suspended."""
    return PostStatus.HELD if suspended else PostStatus.SCHEDULED


def submitted_status(*, submit: bool, findings: Sequence[Finding], accounts: Sequence[CouncilAccount],
                     suspended: bool) -> PostStatus:
    """A saved post: a draft, or sent for approval, or cleared to go out."""
    if not submit:
        return PostStatus.DRAFT
    if approval_reason(findings, accounts) is not None:
        return PostStatus.AWAITING_APPROVAL
    return going_out(suspended)


def moved_status(status: PostStatus, findings: Sequence[Finding] | None) -> PostStatus:
    """A scheduled post moved to a time where a finding blocks goes back for approval."""
    if findings is not None and blocking_messages(findings) and status is PostStatus.SCHEDULED:
        return PostStatus.AWAITING_APPROVAL
    return status


def target_status(status: PostStatus) -> TargetStatus:
    """What each account's copy of a post waits as: held with a held post, else pending."""
    return TargetStatus.HELD if status is PostStatus.HELD else TargetStatus.PENDING


# --------------------------------------------------------------------------- refusals


def _sending(post: ScheduledPost) -> bool:
    return any(t.status is TargetStatus.SENDING for t in post.targets)


def _gone_out(post: ScheduledPost) -> bool:
    return post.status is PostStatus.PUBLISHED or any(t.status is TargetStatus.PUBLISHED for t in post.targets)


SENDING_NOW = "this post is being sent right now; wait a minute and look again"


def why_not_edit(post: ScheduledPost) -> str | None:
    if post.status not in EDITABLE:
        return f"this post is {post.status.value}: it cannot be edited"
    if _sending(post):
        return SENDING_NOW
    if _gone_out(post):
        return "this post has already gone out on some accounts: duplicate it instead"
    return None


def why_not_move(post: ScheduledPost) -> str | None:
    if _gone_out(post):
        return "this post has already gone out: it cannot be moved (duplicate it instead)"
    return SENDING_NOW if _sending(post) else None


def why_not_delete(post: ScheduledPost) -> str | None:
    if _sending(post):
        return SENDING_NOW
    if _gone_out(post):
        return ("this post has already gone out on some accounts; it stays in the record. "
                "Delete it on the network only if absolutely necessary.")
    return None


def why_not_review(post: ScheduledPost, *, approving: bool) -> str | None:
    """Approve or reject: only a post awaiting approval, and approval only once it has a time."""
    if post.status is not PostStatus.AWAITING_APPROVAL:
        return f"this post is {status_words(post.status)}, not awaiting approval"
    if approving and post.scheduled_at is None:
        return "this post has no time: the author must choose one first"
    return None


def blocking_now(post: ScheduledPost, platforms: Iterable[Platform], settings: ToneSettings) -> list[Finding]:
    """The tone findings that block this post as it stands now (its text as it goes out, its time,
    its accounts' networks) — recomputed, not trusted from when it was saved."""
    text = outgoing_text(post.body, post.hashtags, post.link)
    when = post.scheduled_at or post.updated_at
    found = [*check_length(text, list(dict.fromkeys(platforms)), settings), *check_text(text, when=when, settings=settings)]
    return [f for f in found if f.severity is Severity.BLOCK]


def _in_brief(finding: Finding) -> str:
    """A blocking finding as the end of "Cannot approve: …" (one line)."""
    frag = finding.fragment
    brief = {
        "too_long": f"the post is {frag.replace(' weighted ', ' ')}" if frag else None,  # as X itself says it
        "empty": "the post has no text",
        "political": f"“{frag}” takes a political standpoint" if frag else None,
        "pre_election": "it breaks the pre-election publicity rules",
        "confidential": f"it carries a protective marking (“{frag}”)" if frag else None,
        "personal_data": f"it contains personal data (“{frag}”)" if frag else None,
    }.get(finding.rule)
    return brief or finding.message.rstrip(". ")


OWN_POST = "Cannot approve your own post: another comms officer must approve it"


def why_not_approve(post: ScheduledPost, *, blocking: Sequence[Finding], approver: str | None = None,
                    allow_self_approval: bool = False) -> str | None:
    """Approval on top of `why_not_review`: four eyes — nobody approves their own post unless the
    council allows it (`[posts] allow_self_approval`) — and a post a tone finding blocks cannot be
    approved until it is edited: the approver's "a" must never schedule what the strategy forbids."""
    why = why_not_review(post, approving=True)
    if why is not None:
        return why
    if approver is not None and approver == post.author and not allow_self_approval:
        return OWN_POST
    blocks = [f for f in blocking if f.severity is Severity.BLOCK]
    if blocks:
        more = f" (and {len(blocks) - 1} more)" if len(blocks) > 1 else ""
        return f"Cannot approve: {_in_brief(blocks[0])}{more} — edit it first"
    return None


def held_banner(count: int, *, suspended: bool) -> str:
    """The Calendar's standing line while suspend-all still holds posts (they never go out by themselves)."""
    posts = "1 post" if count == 1 else f"{count} posts"
    them = "it" if count == 1 else "them"
    if suspended:
        return f"{posts} held (suspended) — S lifts the suspension, then R to resume {them}"
    return f"{posts} held (suspended) — R to resume {them}"


def why_not_release(post: ScheduledPost, *, suspended: bool) -> str | None:
    if suspended:
        return "posts are still suspended: resume posts first"
    if post.status is not PostStatus.HELD:
        return f"this post is {status_words(post.status)}, not held"
    return None


# --------------------------------------------------------------------------- who is told


def approval_request(actor: Actor, approvers: Iterable[str], body: str) -> Notice | None:
    """The approvers (but not the author asking) are asked to look at the post."""
    others = tuple(a for a in dict.fromkeys(approvers) if a != actor.login)
    if not others:
        return None
    return Notice(others, "post_approval", f"{actor.login} asks you to approve a post: {body[:ASK_CHARS]}")


def approved_notice(actor: Actor, post: ScheduledPost, comment: str | None) -> Notice:
    when = format_london(post.scheduled_at) if post.scheduled_at else "no time yet"
    return Notice((post.author,), "post_approved",
                  f"{actor.login} approved your post for {when}" + (f": {comment}" if comment else ""))


def rejected_notice(actor: Actor, post: ScheduledPost, comment: str) -> Notice:
    return Notice((post.author,), "post_rejected", f"{actor.login} sent your post back: {comment}")


def failed_notice(author: str, handle: str, error: str) -> Notice:
    """A post that failed for good on one account: its author hears where and why."""
    return Notice((author,), "post_failed", f"Your post did not go out on {handle}: {error}")
