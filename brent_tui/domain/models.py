"""Domain models shared by the store, the connectors, the rules and the screens.

Pure pydantic: no IO, no Textual, no wall clock (`brent_tui.clock` is the one). Times are aware
UTC datetimes (stored as ISO 8601 text); dates that the law cares about (FOI receipt) are plain
`date`s in Europe/London.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from enum import IntEnum, StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from brent_tui.domain.london import as_utc

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class Platform(StrEnum):
    MASTODON = "mastodon"
    BLUESKY = "bluesky"
    RSS = "rss"
    X = "x"
    FACEBOOK = "facebook"
    YOUTUBE = "youtube"
    INSTAGRAM = "instagram"
    FLICKR = "flickr"
    LINKEDIN = "linkedin"


class Role(StrEnum):
    WEB_TEAM = "web_team"
    COMMS_OFFICER = "comms_officer"
    CUSTOMER_SERVICES = "customer_services"
    SERVICE_OFFICER = "service_officer"
    HEAD_OF_SERVICE = "head_of_service"


class Route(IntEnum):
    """The five outcomes of the strategy's Appendix A decision tree; the value is the key."""

    MONITOR = 1
    CUSTOMER_SERVICES = 2
    WEB_TEAM = 3
    SERVICE_CONVERSATION = 4
    ESCALATE = 5

    @property
    def label(self) -> str:
        return ROUTE_LABELS[self]


ROUTE_LABELS: dict[Route, str] = {
    Route.MONITOR: "No action — monitor",
    Route.CUSTOMER_SERVICES: "Customer services",
    Route.WEB_TEAM: "Web team responds",
    Route.SERVICE_CONVERSATION: "Service conversation",
    Route.ESCALATE: "Escalate",
}


class MentionStatus(StrEnum):
    NEW = "new"
    ASSIGNED = "assigned"
    DONE = "done"
    WATCHING = "watching"
    FOI = "foi"


class _Model(BaseModel):
    model_config = ConfigDict(frozen=False, extra="forbid", defer_build=True)  # schemas built on first use: faster start


# --------------------------------------------------------------------------- mentions


class MentionIn(_Model):
    """A mention as a connector normalises it, before it is stored.

    `platform_id` is the platform-native id (unique per platform); `uri` is a global key where
    the network has one (Mastodon's `uri` is the same across instances while ids are not).
    `text` is exactly what was received (plain text; HTML already turned into text by the
    connector, the original kept in `raw`).
    """

    platform: Platform
    platform_id: str
    uri: str | None = None
    url: str | None = None
    author_handle: str
    author_name: str | None = None
    author_followers: int | None = None
    author_verified: bool = False
    author_url: str | None = None
    text: str
    created_at: datetime
    reply_to_id: str | None = None
    thread_id: str | None = None
    language: str | None = None
    likes: int | None = None
    reposts: int | None = None
    replies: int | None = None
    quotes: int | None = None
    account_handle: str | None = None  # the council account mentioned, where known
    source: str | None = None  # connector name that fetched it
    raw: str | None = None  # the original payload as JSON text

    @field_validator("created_at")
    @classmethod
    def _utc(cls, value: datetime) -> datetime:
        return as_utc(value)

    @field_validator("*", mode="after")
    @classmethod
    def _storable(cls, value: Any) -> Any:
        """A lone surrogate (a bad `\\ud800` JSON escape) cannot be written as UTF-8 and would fail the
        whole batch, every cycle: it becomes U+FFFD. Everything else is kept exactly."""
        if isinstance(value, str) and not value.isascii():
            return _LONE_SURROGATE.sub("\ufffd", value)
        return value


# --------------------------------------------------------------------------- the ingest check

#: SQLite stores integers in 64 signed bits; a larger count cannot be written at all.
COUNT_MAX = 2**63 - 1
#: The sane window for when a post was written: no network we read existed before 2000, and a post
#: from more than a day ahead of our clock is a broken or forged date, not a clock a little fast.
EARLIEST_POST = datetime(2000, 1, 1, tzinfo=UTC)
FUTURE_SLACK = timedelta(days=1)
_COUNTS = {"author_followers": "follower count", "likes": "likes", "reposts": "reposts",
           "replies": "replies", "quotes": "quotes"}


class SetAside(_Model):
    """An item kept out of the mentions, whole, with the reason: a poison pill quarantined, not lost."""

    source: str | None = None
    platform: str | None = None
    platform_id: str | None = None
    reason: str
    payload: str  # the item as received (JSON text), so nothing of it is lost


def mention_problem(mention: MentionIn, now: datetime) -> str | None:
    """Why this mention must be set aside rather than stored (in an officer's words), or None.

    Refused, not clamped: a clamped date or count would be an invented fact (the Feed orders by
    the date, the reach of an author raises a mention's priority), while the item set aside keeps
    the network's own words for a person to look at.
    """
    for name, words in _COUNTS.items():
        value = getattr(mention, name)
        if value is not None and not 0 <= value <= COUNT_MAX:
            return f"{words} {value} is out of range (0 to {COUNT_MAX:,})"
    created = mention.created_at
    if created < EARLIEST_POST:
        return f"dated {created.year:04d}-{created.month:02d}-{created.day:02d}, before 2000"
    if created > now + FUTURE_SLACK:
        return (f"dated {created.year:04d}-{created.month:02d}-{created.day:02d}, "
                f"more than a day in the future")
    return None


def screen_mentions(mentions: list[MentionIn], now: datetime) -> tuple[list[MentionIn], list[tuple[int, SetAside]]]:
    """(mentions to store, (index, item set aside) for the rest): one bad item never sinks a batch."""
    good: list[MentionIn] = []
    aside: list[tuple[int, SetAside]] = []
    for index, mention in enumerate(mentions):
        reason = mention_problem(mention, now)
        if reason is None:
            good.append(mention)
        else:
            aside.append((index, SetAside(source=mention.source, platform=mention.platform.value,
                                          platform_id=mention.platform_id, reason=reason,
                                          payload=mention.model_dump_json())))
    return good, aside


class Author(_Model):
    id: int
    platform: Platform
    handle: str
    display_name: str | None = None
    followers: int | None = None
    verified: bool = False
    url: str | None = None


class Mention(_Model):
    """A stored mention with what the app has worked out about it."""

    id: int
    platform: Platform
    platform_id: str
    uri: str | None = None
    url: str | None = None
    author_id: int
    author_handle: str
    author_name: str | None = None
    author_followers: int | None = None
    author_verified: bool = False
    text: str
    created_at: datetime
    fetched_at: datetime
    reply_to_id: str | None = None
    thread_id: str | None = None
    language: str | None = None
    likes: int | None = None
    reposts: int | None = None
    replies: int | None = None
    quotes: int | None = None
    account_handle: str | None = None
    status: MentionStatus = MentionStatus.NEW
    sentiment: float | None = None
    suggested_route: Route | None = None
    department: str | None = None
    priority: float | None = None
    topic: str | None = None
    foi_flag: bool = False
    foi_valid: bool | None = None  # whether the FOI request looks valid; None when not one
    detected_language: str | None = None  # ISO 639-1, by `domain.language`; None: unscored or too short
    reasons: str | None = None
    version: int = 0


class MentionFilter(_Model):
    """What a Feed stream selects. Every field is optional; empty means everything."""

    platforms: list[Platform] = Field(default_factory=list)
    account_handle: str | None = None
    statuses: list[MentionStatus] = Field(default_factory=list)
    foi_requests: bool = False  # only what the rules flagged as FOI/EIR requests, with or without a case
    department: str | None = None
    sentiment: str | None = None  # "negative" | "neutral" | "positive"
    since_hours: int | None = None
    text: str | None = None  # an FTS5 query


class Stream(_Model):
    id: int | None = None
    owner: str
    name: str
    key: str | None = None  # one key to switch to it
    filter: MentionFilter = Field(default_factory=MentionFilter)
    position: int = 0


# --------------------------------------------------------------------------- triage


class Decision(_Model):
    """Append-only: an undo or a change is a new decision that supersedes the old one."""

    id: int | None = None
    mention_id: int
    route: Route
    department: str | None = None
    assignee: str | None = None
    reason: str | None = None
    decided_by: str
    decided_at: datetime
    supersedes: int | None = None
    superseded_by: int | None = None
    undo: bool = False


class AssignmentStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class Assignment(_Model):
    id: int | None = None
    mention_id: int
    decision_id: int
    route: Route
    department: str | None = None
    assignee: str | None = None
    due_at: datetime | None = None
    status: AssignmentStatus = AssignmentStatus.OPEN
    created_at: datetime
    done_at: datetime | None = None
    done_by: str | None = None
    note: str | None = None
    version: int = 0


class Watch(_Model):
    id: int | None = None
    mention_id: int
    thread_id: str | None = None
    topic: str | None = None
    reason: str
    created_by: str
    created_at: datetime
    replies_at_start: int = 0
    active: bool = True
    surfaced_at: datetime | None = None
    surfaced_reason: str | None = None


class Incident(_Model):
    id: int | None = None
    name: str
    keywords: list[str]
    starts_at: datetime
    ends_at: datetime | None = None
    holding_statement: str | None = None
    created_by: str
    created_at: datetime
    active: bool = True


# --------------------------------------------------------------------------- accounts


class CouncilAccount(_Model):
    id: int | None = None
    platform: Platform
    handle: str
    display_name: str | None = None
    service: str  # owning department / service
    purposes: list[str] = Field(default_factory=list)
    officers: list[str] = Field(default_factory=list)
    created_on: date | None = None
    followers: int | None = None
    last_post_at: datetime | None = None
    requires_approval: bool = False
    house_rules_ack: bool = False
    campaign_ends_on: date | None = None
    active: bool = True
    url: str | None = None


class FollowerSample(_Model):
    account_id: int
    at: datetime
    followers: int


class RequestStatus(StrEnum):
    SUBMITTED = "submitted"
    MORE_INFO = "more_info"
    APPROVED = "approved"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class ReviewDecision(StrEnum):
    APPROVE = "approve"
    MORE_INFO = "more_info"
    REJECT = "reject"
    ANSWER = "answer"  # the requester answering a question


class AccountRequest(_Model):
    id: int | None = None
    requester: str
    department: str
    platform: Platform
    handle: str
    audience: str
    objectives: str
    why_own_account: str
    content_commitment: str
    owners: list[str]
    posting_frequency: str
    campaign_ends_on: date | None = None
    status: RequestStatus = RequestStatus.SUBMITTED
    created_at: datetime
    updated_at: datetime
    version: int = 0


class AccountReview(_Model):
    id: int | None = None
    request_id: int
    reviewer: str
    role: Role | None = None
    decision: ReviewDecision
    comment: str | None = None
    at: datetime


# --------------------------------------------------------------------------- posts


class PostStatus(StrEnum):
    DRAFT = "draft"
    AWAITING_APPROVAL = "awaiting_approval"
    SCHEDULED = "scheduled"
    PUBLISHED = "published"
    FAILED = "failed"
    REJECTED = "rejected"
    HELD = "held"  # suspended by "suspend all"


class TargetStatus(StrEnum):
    PENDING = "pending"
    SENDING = "sending"  # attempt recorded before the call; reconciled after a crash
    PUBLISHED = "published"
    FAILED = "failed"
    HELD = "held"


class PostTarget(_Model):
    id: int | None = None
    post_id: int | None = None
    account_id: int
    status: TargetStatus = TargetStatus.PENDING
    attempts: int = 0
    attempt_key: str | None = None  # idempotency key of the last attempt
    platform_post_id: str | None = None
    platform_url: str | None = None
    last_error: str | None = None
    next_attempt_at: datetime | None = None
    published_at: datetime | None = None


class ScheduledPost(_Model):
    id: int | None = None
    body: str
    link: str | None = None
    campaign: str | None = None
    hashtags: list[str] = Field(default_factory=list)
    scheduled_at: datetime | None = None
    status: PostStatus = PostStatus.DRAFT
    author: str
    created_at: datetime
    updated_at: datetime
    reply_to_mention_id: int | None = None
    approval_comment: str | None = None
    findings: list[str] = Field(default_factory=list)
    version: int = 0
    targets: list[PostTarget] = Field(default_factory=list)


class PlannedPost(BaseModel):
    """One post on one account as the grid sees it (a multi-account post is several)."""

    post_id: int | str
    account_handle: str
    at: datetime  # UTC
    campaign: str | None = None
    title: str = ""

    @field_validator("at")
    @classmethod
    def _utc(cls, value: datetime) -> datetime:
        return as_utc(value)


class PostApproval(_Model):
    id: int | None = None
    post_id: int
    reviewer: str
    decision: str  # "approved" | "rejected" | "submitted"
    comment: str | None = None
    at: datetime


class Suspension(_Model):
    active: bool
    reason: str | None = None
    by: str | None = None
    at: datetime | None = None


# --------------------------------------------------------------------------- FOI


class FoiStatus(StrEnum):
    RECEIVED = "received"
    AWAITING_CLARIFICATION = "awaiting_clarification"
    FEE_NOTICE = "fee_notice"
    IN_PROGRESS = "in_progress"
    PIT_EXTENSION = "pit_extension"
    RESPONDED = "responded"
    WITHDRAWN = "withdrawn"
    INTERNAL_REVIEW = "internal_review"
    WITH_ICO = "with_ico"


class FoiCase(_Model):
    id: int | None = None
    reference: str | None = None
    mention_id: int | None = None
    regime: str = "foi"  # foi | eir | review | sar
    applicant_name: str | None = None
    applicant_handle: str | None = None
    profile_url: str | None = None
    contact: str | None = None  # email or postal address for correspondence
    channel: str  # x, mastodon, email, web, ...
    request_text: str
    received_on: date
    status: FoiStatus = FoiStatus.RECEIVED
    validity_doubtful: bool = False
    validity_note: str | None = None
    assignee: str | None = None
    department: str | None = None
    outcome: str | None = None  # granted | part | refused | not_held
    exemptions: list[str] = Field(default_factory=list)
    response_channel: str | None = None  # email | website
    response_url: str | None = None
    responded_on: date | None = None
    created_by: str
    created_at: datetime
    updated_at: datetime
    version: int = 0


class FoiEvent(_Model):
    id: int | None = None
    case_id: int
    kind: str  # clarification_requested, clarification_received, fee_notice, fee_paid, pit_extended, ...
    on_date: date
    note: str | None = None
    by: str
    at: datetime


# --------------------------------------------------------------------------- system


class ConnectorHealth(_Model):
    name: str
    platform: str | None = None
    cursor: str | None = None  # opaque, connector-defined (JSON text)
    last_success_at: datetime | None = None
    last_error: str | None = None
    last_error_at: datetime | None = None
    next_attempt_at: datetime | None = None
    failures: int = 0
    rate_limit_remaining: int | None = None
    rate_limit_reset_at: datetime | None = None
    token_expires_at: datetime | None = None
    budget_used: int | None = None  # X paid reads used this month
    budget_month: str | None = None
    extra: dict[str, Any] = Field(default_factory=dict)


class AuditEntry(_Model):
    id: int | None = None
    at: datetime
    who: str
    action: str
    entity: str
    entity_id: str | None = None
    detail: dict[str, Any] = Field(default_factory=dict)


class ChainHead(_Model):
    """The audit trail's head as printed on an export: `brent-tui audit --verify --head HEAD` checks it later."""

    rows: int
    head: str

    def markdown(self) -> str:
        """The footer of a Markdown export."""
        return (f"Audit chain: {self.rows} rows, head `{self.head}` "
                f"(check it later with `brent-tui audit --verify --head {self.head}`)")


class Notification(_Model):
    id: int | None = None
    recipient: str
    kind: str  # assigned, escalation, post_failed, foi_due, account_request, ...
    text: str
    entity: str | None = None
    entity_id: str | None = None
    created_at: datetime
    read_at: datetime | None = None
    acknowledged_at: datetime | None = None
    urgent: bool = False  # escalations: stay on a banner until acknowledged


class KeyPerson(_Model):
    id: int | None = None
    platform: Platform
    handle: str
    name: str | None = None
    category: str  # councillor, mp, journalist, community_group, blog, ...
    note: str | None = None


class Change(_Model):
    """One row of the change log that live sync reads with a rowid cursor."""

    id: int
    at: datetime
    entity: str
    entity_id: str | None = None
    who: str | None = None
