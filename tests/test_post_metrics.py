"""The results of the council's own posts (issue 20): read from the networks at 1 hour, 24 hours and
7 days by the poller, through each account's own connector, into Insights' top posts and the best
times to post — against 127.0.0.1 stand-ins of X, Mastodon, Bluesky and Facebook, on the demo's posts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from brent_tui.clock import PinnedClock
from brent_tui.config import Config, load_secrets
from brent_tui.domain.insights import Period
from brent_tui.domain.post_metrics import PostCounts, PostReading, due_stage
from brent_tui.jobs.demo import build_demo
from brent_tui.jobs.poller import Poller
from brent_tui.store import Store
from tests.stand_ins import T0, Network, demo_connectors

NOW = T0  # Monday 23 November 2026, 09:00


def test_a_post_is_read_at_1_hour_24_hours_and_7_days_and_only_the_last_late() -> None:
    published = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
    at = {age: published + age for age in (timedelta(minutes=59), timedelta(hours=1), timedelta(hours=5),
                                           timedelta(hours=30), timedelta(days=8), timedelta(days=300),
                                           timedelta(days=700))}
    assert due_stage(published, (), at[timedelta(minutes=59)]) is None
    assert due_stage(published, (), at[timedelta(hours=1)]) == "1h"
    assert due_stage(published, ("1h",), at[timedelta(hours=5)]) is None
    assert due_stage(published, ("1h",), at[timedelta(hours=30)]) == "24h"
    assert due_stage(published, (), at[timedelta(hours=30)]) == "24h"  # 1 hour was missed: not read late
    assert due_stage(published, (), at[timedelta(hours=5)]) is None  # ... nor read at 5 hours as if at 1
    assert due_stage(published, ("24h",), at[timedelta(hours=30)]) is None
    assert due_stage(published, ("1h", "24h"), at[timedelta(days=8)]) == "7d"
    assert due_stage(published, (), at[timedelta(days=300)]) == "7d"  # the last is read late, once, within a year
    assert due_stage(published, ("7d",), at[timedelta(days=300)]) is None
    assert due_stage(published, (), at[timedelta(days=700)]) is None  # older than best times look back


def test_engagement_counts_what_people_did_and_a_deleted_post_says_nothing() -> None:
    counts = PostCounts(likes=10, reposts=3, replies=2, quotes=None, impressions=900)
    assert counts.engagement == 15 and counts.known
    assert not PostCounts().known


async def _published(store: Store) -> list[Any]:
    return await store._fetchall(
        "SELECT t.id, t.platform_post_id, t.published_at, a.platform, a.handle FROM post_targets t "
        "JOIN council_accounts a ON a.id = t.account_id WHERE t.status = 'published'")


async def test_the_store_finds_exactly_the_posts_the_rule_says_are_due(tmp_path: Path) -> None:
    await build_demo(tmp_path / "d.sqlite", mentions=0, now=NOW)
    store = await Store.open(tmp_path / "d.sqlite")
    try:
        accounts = [a.id for a in await store.accounts() if a.id is not None]
        published = await _published(store)
        for hours in (0, 2, 30, 24 * 8, 24 * 8 + 1):
            now = NOW + timedelta(hours=hours)
            taken: dict[int, set[str]] = {}
            for r in await store._fetchall("SELECT target_id, stage FROM post_metrics"):
                taken.setdefault(r["target_id"], set()).add(r["stage"])
            expected = {r["id"]: stage for r in published
                        if (stage := due_stage(datetime.fromisoformat(r["published_at"].replace("Z", "+00:00")),
                                               taken.get(r["id"], set()), now))}
            due = await store.readings_due(accounts, now=now, limit=10_000)
            assert {d.target_id: d.stage for d in due} == expected, hours
            assert [d.published_at for d in due] == sorted((d.published_at for d in due), reverse=True)
            await store.record_readings(PostReading(target_id=d.target_id, stage=d.stage, measured_at=now,
                                                    counts=PostCounts(likes=1)) for d in due)
        assert await store.readings_due(accounts, now=NOW + timedelta(days=9), limit=10_000) == []
        # a second poller recording the same reading changes nothing
        first = (await store._fetchall("SELECT target_id, stage FROM post_metrics LIMIT 1"))[0]
        again = PostReading(target_id=first["target_id"], stage=first["stage"], measured_at=NOW,
                            counts=PostCounts(likes=999))
        assert await store.record_readings([again]) == 0
    finally:
        await store.close()


def _config(network: Network, folder: Path, *, x_cap: int | None = None) -> tuple[Config, dict[str, str]]:
    config = Config.model_validate(demo_connectors(network, folder, x_cap=x_cap))
    return config, load_secrets(config)


async def test_engagement_polled_for_the_demo_posts_drives_top_posts_and_best_times(
        tmp_path: Path, networks: Network) -> None:
    """The poller, run once a day for a week from the demo's `now`, reads each post as its stages fall due."""
    await build_demo(tmp_path / "d.sqlite", mentions=50, now=NOW)
    store = await Store.open(tmp_path / "d.sqlite")
    try:
        published = await _published(store)
        # two Mastodon posts published while nothing was polling: never read, so read late at 7 days
        unread = [r["id"] for r in published if r["platform"] == "mastodon"][:2]
        async with store.transaction() as db:
            await db.execute(f"DELETE FROM post_metrics WHERE target_id IN ({unread[0]}, {unread[1]})")
        for i, r in enumerate(published):
            networks.counts[r["platform_post_id"]] = {"likes": 3 + i % 7, "reposts": 1, "replies": 2, "quotes": 0,
                                                      "impressions": 500}
        at = {r["id"]: datetime.fromisoformat(r["published_at"].replace("Z", "+00:00")) for r in published}
        recent = [r for r in published if at[r["id"]] > NOW - timedelta(days=8)]
        assert {r["platform"] for r in recent} == {"x", "facebook", "bluesky"}
        star = max((r for r in recent if r["handle"] == "@Brent_Council"), key=lambda r: at[r["id"]])
        assert NOW - at[star["id"]] < timedelta(hours=24)  # its 24-hour reading falls in the next day's run
        networks.counts[star["platform_post_id"]] = {"likes": 4000, "reposts": 700, "replies": 280, "quotes": 20,
                                                     "impressions": 125_000}
        gone = next(r for r in recent if r["platform"] == "facebook")
        del networks.counts[gone["platform_post_id"]]  # deleted on Facebook since

        council = next(a for a in await store.accounts() if a.handle == "@Brent_Council")
        before = len((await store.engagement_history(council.id, now=NOW)).points)
        config, secrets = _config(networks, tmp_path, x_cap=10_000)
        clock = [NOW]
        poller = Poller(store, config, secrets, clock=lambda: clock[0], state_dir=tmp_path)
        try:
            for day in range(8):  # to 30 November: one month of X's read cap
                clock[0] = NOW + timedelta(days=day)
                await poller.run_once()
                if day == 0:
                    asked = len(networks.count_requests)
                    await poller.run_once()  # nothing is due again at the same moment
                    assert len(networks.count_requests) == asked
        finally:
            await poller.aclose()
        read = await store._fetchall("SELECT * FROM post_metrics WHERE measured_at >= ?",
                                     (NOW.strftime("%Y-%m-%dT%H:%M:%SZ"),))
        stages: dict[int, set[str]] = {}
        for r in read:
            stages.setdefault(r["target_id"], set()).add(r["stage"])
        assert {t: stages.get(t) for t in unread} == {t: {"7d"} for t in unread}  # late, once, at 7 days
        for r in recent:  # every recent post read once at 7 days; at 24 hours when that fell after `now`
            age = NOW - at[r["id"]]
            assert ("7d" in stages[r["id"]]) and (("24h" in stages[r["id"]]) == (age < timedelta(days=2))), r["id"]
        assert [x["likes"] for x in read if x["target_id"] == gone["id"]] == [None]  # asked once, never again
        assert "/2/tweets" in networks.count_requests and "/" in networks.count_requests
        x_health = await store.health("x")
        x_read = await store._fetchall(
            "SELECT count(*) AS n FROM post_metrics m JOIN post_targets t ON t.id = m.target_id JOIN council_accounts a "
            "ON a.id = t.account_id WHERE a.platform = 'x' AND m.likes IS NOT NULL AND m.measured_at >= ?",
            (NOW.strftime("%Y-%m-%dT%H:%M:%SZ"),))
        assert x_health is not None and x_health.budget_used == x_read[0]["n"] > 0  # each post read costs a read

        end = NOW + timedelta(days=7)
        top = await store.top_posts(Period.of((end - timedelta(days=30)).date(), end.date()))
        star_post = (await store._fetchall("SELECT post_id FROM post_targets WHERE id = ?", (star["id"],)))[0]
        assert top[0].post_id == star_post["post_id"]
        assert top[0].engagement == 5000 and top[0].measured == "24h"  # compared at the same age as the others
        assert top[0].rate_words == "4.0% of impressions"

        history = await store.engagement_history(council.id, now=end)
        newly = sum(1 for r in recent if r["handle"] == "@Brent_Council" and NOW - at[r["id"]] < timedelta(days=2))
        assert history.source == "measured"
        assert history.evidence.startswith(
            f"{len(history.points)} posts on @Brent_Council compared by their engagement at 24 hours")
        assert len(history.points) == before + newly  # the polled posts joined the evidence
        assert "different London hours" in history.evidence
        assert any(e == 5000 for _, e in history.points)  # the polled figure is what best times rank
    finally:
        await store.close()


async def test_own_post_readings_keep_to_a_tenth_of_xs_monthly_read_cap(tmp_path: Path, networks: Network) -> None:
    await build_demo(tmp_path / "d.sqlite", mentions=0, now=NOW)
    store = await Store.open(tmp_path / "d.sqlite")
    try:
        for r in await _published(store):
            networks.counts[r["platform_post_id"]] = {"likes": 1, "reposts": 0, "replies": 0, "quotes": 0,
                                                      "impressions": 10}
        config, secrets = _config(networks, tmp_path, x_cap=40)  # 4 own-post reads a month
        later = NOW + timedelta(days=8)  # every post of the demo's last week due its 7-day reading
        poller = Poller(store, config, secrets, clock=lambda: later, state_dir=tmp_path)
        try:
            await poller.run_once()
            await poller.run_once()
        finally:
            await poller.aclose()
        x_posts = await store._fetchall(
            "SELECT count(*) AS n FROM post_metrics m JOIN post_targets t ON t.id = m.target_id "
            "JOIN council_accounts a ON a.id = t.account_id WHERE a.platform = 'x' AND m.measured_at = ?",
            (later.strftime("%Y-%m-%dT%H:%M:%SZ"),))
        assert x_posts[0]["n"] == 4
        health = await store.health("x")
        assert health is not None and health.budget_used == 4 and health.extra["readings_used"] == 4
    finally:
        await store.close()


@pytest.mark.parametrize("size", [(80, 24), (140, 40)])
async def test_insights_and_best_times_show_the_polled_figures_with_their_evidence(
        tmp_path: Path, networks: Network, size: tuple[int, int]) -> None:
    import tomllib

    from brent_tui.app import BrentApp
    from brent_tui.jobs.demo import demo_config_text
    from brent_tui.screens.best_times import BestTimesScreen
    from brent_tui.widgets.chart import Chart
    from tests.tui.helpers import screen_lines, settle, wait_ready

    db = tmp_path / "d.sqlite"
    await build_demo(db, mentions=50, now=NOW)
    store = await Store.open(db)
    published = await _published(store)
    for r in published:
        networks.counts[r["platform_post_id"]] = {"likes": 2, "reposts": 0, "replies": 1, "quotes": 0,
                                                  "impressions": 100}
    star = max((r for r in published if r["handle"] == "@Brent_Council"), key=lambda r: r["published_at"])
    networks.counts[star["platform_post_id"]] = {"likes": 3000, "reposts": 0, "replies": 0, "quotes": 0,
                                                 "impressions": 60_000}
    config, secrets = _config(networks, tmp_path)
    clock = [NOW]
    poller = Poller(store, config, secrets, clock=lambda: clock[0], state_dir=tmp_path)
    await poller.run_once()
    clock[0] = NOW + timedelta(days=1)  # the star's 24-hour reading
    await poller.run_once()
    await poller.aclose()
    await store.close()

    demo = Config.model_validate(tomllib.loads(demo_config_text("")) | {"app": {"poll_in_app": False}})
    app = BrentApp(demo, db_path=db, actor=demo.actor("asingh"), clock=PinnedClock(clock[0]), live_interval=0.2)
    async with app.run_test(size=size) as pilot:
        await wait_ready(app, pilot)
        await pilot.press("f6")
        await settle(app, pilot)
        chart = app.screen.query_one("#chart-posts", Chart)
        assert chart.spec.series[0][1][0] == 3000.0
        assert "3,000 · 5.0% of impressions" in chart.spec.value_text[0]
        assert "at 24 hours" in chart.spec.value_text[0]
        await pilot.press("f3")  # the Calendar
        await settle(app, pilot)
        await pilot.press("b")
        await settle(app, pilot)
        assert isinstance(app.screen, BestTimesScreen)
        body = " ".join(" ".join(line.strip(" │") for line in screen_lines(app)).split())
        assert "Evidence: " in body and "compared by their engagement at 24 hours" in body
        assert "median" in body  # slots ranked by what the posts earned, not the council defaults
