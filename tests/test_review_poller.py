"""Review of the poller's new reads after each batch (followers, our posts' engagement): a malformed answer
must not stop the poller."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from brent_tui.domain.models import CouncilAccount, Platform
from brent_tui.jobs.poller import ConnectorRunner
from connectors.base import ConnectorSettings, FetchResult, Profile

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


async def _account(store: Any) -> int:
    account = await store.upsert_account(CouncilAccount(platform=Platform.MASTODON, handle="brent@mastodon.london",
                                                        service="Web"), "asingh")
    assert account.id is not None
    return account.id


class _MangledFollowers:
    """A connector whose follower list the mapper cannot read (a network answering `"handle": 5`)."""

    counts_batch = 1

    async def fetch(self, cursor: str | None, *, read_budget_remaining: int | None = None) -> FetchResult:
        return FetchResult(cursor="c1")

    async def profiles(self) -> list[Profile]:
        return []

    async def followers(self, account: str, limit: int = 400) -> list[Profile]:
        return [Profile(handle=5)]  # type: ignore[arg-type]  # pydantic refuses: a ValidationError

    async def following(self, account: str, limit: int = 400) -> list[Profile]:
        return []

    async def post_counts(self, ids: Any) -> dict[str, Any]:
        return {}

    async def aclose(self) -> None:
        return None


async def test_a_follower_list_the_mapper_cannot_read_does_not_stop_the_poller(store: Any) -> None:
    """`cycle` promises a mapper bug "must not stop this poller, let alone the others": in run_forever an
    exception out of one runner's cycle ends the gather, and with it every network's polling."""
    await _account(store)
    settings = ConnectorSettings(name="masto", type="mastodon", base_url="https://mastodon.london",
                                 account_handles=["brent@mastodon.london"])
    runner = ConnectorRunner(settings, store, lambda: _MangledFollowers(), clock=lambda: T0)  # type: ignore[arg-type,return-value]
    out = await runner.cycle()
    assert out.error is None and out.pages == 1
    health = await store.health("masto")
    assert health is not None and health.cursor == "c1"
