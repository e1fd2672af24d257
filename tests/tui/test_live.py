"""Live sync between sessions on one database file: notifications, escalation banner, bell."""

from __future__ import annotations

from pathlib import Path

from brent_tui.config import Config
from brent_tui.store import Store
from tests.conftest import make_mention
from tests.tui.conftest import make_app
from tests.tui.helpers import screen_text, settle, wait_ready, wait_until


async def test_escalation_from_another_session_shows_banner_until_acknowledged(config: Config, db_path: Path) -> None:
    async with await Store.open(db_path) as other:
        await other.ingest([make_mention(1)])
        app = make_app(config, db_path, login="comms")
        async with app.run_test(size=(120, 40)) as pilot:
            await wait_ready(app, pilot)
            assert "ESCALATION" not in screen_text(app)
            await other.notify(["comms"], "escalation", "Escalated by webby: flooding in Stonebridge [bold]x[/]",
                               urgent=True)
            assert await wait_until(pilot, lambda: "ESCALATION" in screen_text(app))
            assert await wait_until(pilot, lambda: "🔔1" in screen_text(app))
            assert "flooding in Stonebridge [bold]x[/]" in screen_text(app)  # markup shown as characters
            await pilot.press("ctrl+n")
            await settle(app, pilot)
            await pilot.press("a")
            await settle(app, pilot)
            await pilot.press("escape")
            assert await wait_until(pilot, lambda: "ESCALATION" not in screen_text(app))
        rows = await other.notifications("comms")
        assert rows[0].acknowledged_at is not None


async def test_two_app_sessions_see_each_others_changes(config: Config, db_path: Path) -> None:
    async with await Store.open(db_path) as seed:
        await seed.ingest([make_mention(1)])
    first = make_app(config, db_path, login="webby")
    second = make_app(config, db_path, login="cs")
    async with first.run_test(size=(120, 40)) as p1, second.run_test(size=(120, 40)) as p2:
        await wait_ready(first, p1)
        await wait_ready(second, p2)
        await first.store.notify(["cs"], "assigned", "Case for you: missed bin in Kilburn")
        assert await wait_until(p2, lambda: second.counters.unread == 1)
        assert await wait_until(p2, lambda: "🔔1" in screen_text(second))  # the header repaints after the count
        assert first.counters.unread == 0
