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


async def test_reads_of_our_posts_are_charged_to_xs_cap_even_when_storing_them_fails(
        tmp_path: Any, networks: Any, monkeypatch: Any) -> None:
    """X bills each post it returns: once `post_counts` has answered, the reads are spent. A failure
    storing the readings (the database busy past its timeout, a full disk) must not leave them off
    `budget_used`, or the monthly cap is overrun by what was never counted."""
    import sqlite3

    from brent_tui.config import Config, load_secrets
    from brent_tui.jobs.demo import build_demo
    from brent_tui.jobs.poller import Poller
    from brent_tui.store import Store
    from tests.stand_ins import T0 as NOW
    from tests.stand_ins import demo_connectors

    await build_demo(tmp_path / "d.sqlite", mentions=0, now=NOW)
    store = await Store.open(tmp_path / "d.sqlite")
    try:
        published = await store._fetchall("SELECT platform_post_id FROM post_targets WHERE status = 'published'")
        for r in published:
            networks.counts[r["platform_post_id"]] = {"likes": 1, "reposts": 0, "replies": 0, "quotes": 0,
                                                      "impressions": 10}

        async def busy(readings: Any) -> int:
            raise sqlite3.OperationalError("database is locked")

        monkeypatch.setattr(store, "record_readings", busy)
        config = Config.model_validate(demo_connectors(networks, tmp_path, x_cap=10_000))
        poller = Poller(store, config, load_secrets(config), clock=lambda: NOW, state_dir=tmp_path)
        try:
            await poller.run_once()
        finally:
            await poller.aclose()
        assert networks.count_requests.count("/2/tweets") == 1  # X answered: the reads are spent
        health = await store.health("x")
        assert health is not None and (health.budget_used or 0) > 0 and health.extra.get("readings_used")
    finally:
        await store.close()
