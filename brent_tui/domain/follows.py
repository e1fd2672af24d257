"""Who follows the council's accounts and whom they follow; following back — pure.

The strategy's Promotion section: follow people who follow the council, and follow key decision
makers and influential blogs. Mastodon and Bluesky give the council's own access both the lists and
a follow; the other networks do not, and an officer is told why in words (`NO_FOLLOW_API`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from pydantic import BaseModel, ConfigDict

from brent_tui.domain.models import Platform

FOLLOW_NETWORKS = frozenset({Platform.MASTODON, Platform.BLUESKY})

NO_FOLLOW_API: dict[Platform, str] = {
    Platform.X: "X lets an app list followers and follow only on a paid API tier the council does not hold: "
                "follow from x.com",
    Platform.FACEBOOK: "a Facebook Page cannot follow people, and the Graph API does not list a Page's followers",
    Platform.INSTAGRAM: "the Instagram Graph API has no follower list and no follow: follow in the Instagram app",
    Platform.YOUTUBE: "YouTube's API cannot list who subscribes (only a count) and subscribing needs the channel "
                      "owner's own sign-in: subscribe on youtube.com",
    Platform.LINKEDIN: "LinkedIn's API gives a Page no follower list or follow: use the Page on linkedin.com",
    Platform.FLICKR: "brent-tui has no Flickr connector: follow on flickr.com",
    Platform.RSS: "a blog or feed is read, not followed: add it to an RSS connector's feeds",
}


def why_no_follow(platform: Platform) -> str | None:
    """None where the council can follow through brent-tui, else the reason in words."""
    return None if platform in FOLLOW_NETWORKS else NO_FOLLOW_API.get(platform, f"no follow on {platform.value}")


class Relation(BaseModel):
    """One person (or account) in relation to one council account."""

    model_config = ConfigDict(frozen=True)

    account_id: int
    account_handle: str
    platform: Platform
    handle: str
    name: str | None = None
    followers: int | None = None
    follows_us: bool = False
    we_follow: bool = False
    seen_at: datetime

    @property
    def to_follow_back(self) -> bool:
        return self.follows_us and not self.we_follow


def follow_back_first(relations: Iterable[Relation]) -> list[Relation]:
    """The followers not yet followed back first, the most-followed of them first."""
    return sorted(relations, key=lambda r: (not r.to_follow_back, not r.follows_us, -(r.followers or 0),
                                            r.handle.lower()))
