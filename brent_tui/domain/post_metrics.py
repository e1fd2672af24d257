"""When the engagement of the council's own posts is read, and what it comes to — pure.

Each published post is read at three ages: 1 hour, 24 hours and 7 days, so posts are compared at
the same age (a post read at 1 hour against one read at a week would rank by age, not by how
well it did): Insights and the best times compare posts at COMPARED_AT. A stage is read only while
the post is under twice its age (the 1-hour reading until 2 hours); one the poller missed (it was
down) is skipped, never read late as if on time. Only the last is read late, once, within a year
(what the best times look back on), so a post published while nothing was polling still counts.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime, timedelta

from pydantic import BaseModel, ConfigDict

#: (stage, age): the ages at which a post's engagement is read, youngest first
STAGES: tuple[tuple[str, timedelta], ...] = (
    ("1h", timedelta(hours=1)),
    ("24h", timedelta(days=1)),
    ("7d", timedelta(days=7)),
)
STAGE_WORDS = {"1h": "at 1 hour", "24h": "at 24 hours", "7d": "at 7 days"}
COMPARED_AT = "24h"  # most of a post's engagement comes in its first day; a day is soon enough to learn from
READ_LATE_WITHIN = timedelta(days=365)  # the last stage is still read this late (best times look back a year)


def due_stage(published_at: datetime, taken: Collection[str], now: datetime) -> str | None:
    """The stage to read now: the oldest age the post has reached, unless it (or a later one) was read."""
    for stage, blocked_by, by, after in stage_windows(now):
        if after < published_at <= by:
            return None if any(name in taken for name in blocked_by) else stage
    return None


def stage_windows(now: datetime) -> list[tuple[str, tuple[str, ...], datetime, datetime]]:
    """(stage, the stages whose reading means it is not due, published at or before, published
    after): for which publication times each stage is the one due now. `due_stage` and the
    store's query both read the rule from here."""
    names = tuple(name for name, _ in STAGES)
    return [
        (name, names[i:], now - age,
         now - (min(2 * age, STAGES[i + 1][1]) if i + 1 < len(STAGES) else READ_LATE_WITHIN))
        for i, (name, age) in enumerate(STAGES)
    ]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class PostCounts(_Frozen):
    """What a network says about one post; None where it does not say."""

    likes: int | None = None
    reposts: int | None = None
    replies: int | None = None
    quotes: int | None = None
    impressions: int | None = None

    @property
    def known(self) -> bool:
        """False for a post the network no longer has (deleted): it says nothing of how the post did."""
        return any(n is not None for n in (self.likes, self.reposts, self.replies, self.quotes, self.impressions))

    @property
    def engagement(self) -> int:
        """Likes, reposts, replies and quotes: what people did with the post (impressions are only seen)."""
        return sum(n or 0 for n in (self.likes, self.reposts, self.replies, self.quotes))


class DueReading(_Frozen):
    """One published post whose engagement is due to be read."""

    target_id: int
    account_id: int
    platform_post_id: str
    published_at: datetime
    stage: str


class PostReading(_Frozen):
    """One reading of a post's engagement, as stored."""

    target_id: int
    stage: str
    measured_at: datetime
    counts: PostCounts


def compared_or_latest(by_stage: dict[str, PostReading]) -> PostReading | None:
    """The reading posts are compared by (COMPARED_AT), else the latest one the post has so far."""
    if COMPARED_AT in by_stage:
        return by_stage[COMPARED_AT]
    order = [name for name, _ in STAGES]
    return max(by_stage.values(), key=lambda r: order.index(r.stage), default=None)


def engagement_rate(engagement: int, *, impressions: int | None, followers: int | None) -> tuple[float, str] | None:
    """Engagement as a share of who saw the post where the network says, else of the account's
    followers (the usual stand-in), with which it is; None when neither is known."""
    if impressions:
        return engagement / impressions, "of impressions"
    if followers:
        return engagement / followers, "of followers"
    return None
