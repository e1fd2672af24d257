"""Insights tab: opens on F6 with the figures, a chart switches to its numbers, People edits key people."""

from __future__ import annotations

from pathlib import Path

from brent_tui.clock import PinnedClock
from brent_tui.config import Config
from brent_tui.store import Store
from tests.test_insights_store import NOW, build
from tests.tui.conftest import make_app
from tests.tui.helpers import settle, wait_ready


async def _db(path: Path) -> Path:
    async with await Store.open(path) as store:
        await build(store)
    return path


async def test_f6_shows_figures_and_numbers_one_key_away(config: Config, db_path: Path) -> None:
    from brent_tui.screens.insights import InsightsScreen
    from brent_tui.widgets.chart import Chart

    app = make_app(config, await _db(db_path), clock=PinnedClock(NOW))  # the figures are of fixed days
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await pilot.press("f6")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, InsightsScreen)
        await settle(app, pilot)
        # default: the 30 days to (frozen) Fri 20 Nov — all 11 mentions, including 5 on the 17th
        assert screen.figures is not None and screen.figures.volume.total == 11
        await pilot.press("p", "p")  # 30 → 90 → 7 days
        await settle(app, pilot)
        assert screen.period.days == 7 and screen.figures.volume.total == 11  # 14–20 Nov still holds the 17th
        sla = screen.query_one("#chart-sla", Chart)
        sla.focus()
        await pilot.pause()
        chart_view = str(sla.render())
        assert sla.show_numbers is False
        await pilot.press("n")
        await pilot.pause()
        assert sla.show_numbers is True
        numbers = sla.numbers_text()
        # route 2 in 14–20 Nov: in time a1 and the 17th's, late 1, overdue 1 → 2 of 4 = 50.0%;
        # median of 60, 180 and 1800 minutes = 180 = 3h 00m
        assert "50.0%" in numbers and "3h 00m" in numbers
        assert numbers != chart_view
        hashtags = screen.query_one("#chart-hashtags", Chart)
        assert hashtags.spec.labels == ["#wembley"]
        status = str(screen.query_one("#insights-status").render())
        assert "14 Nov 2026 – 20 Nov 2026 (7 days)" in status


async def test_people_view_adds_a_key_person(config: Config, db_path: Path) -> None:
    from textual.widgets import DataTable, Input

    from brent_tui.screens.people import PeopleScreen

    app = make_app(config, await _db(db_path), clock=PinnedClock(NOW))  # the figures are of fixed days
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await pilot.press("f6")
        await pilot.pause()
        await pilot.press("u")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PeopleScreen)
        await settle(app, pilot)
        authors = screen.query_one("#people-authors", DataTable)
        assert authors.row_count == 7  # everyone who mentioned the council in the 30 days
        assert "BrentCouncil" in str(authors.get_row_at(0)[1])  # by reach: 10,040 followers first
        await pilot.press("2")  # by frequency
        await settle(app, pilot)
        # alice 3 (1, 2 and the 17th's 5) ties erin 3: more followers first
        assert [(str(authors.get_row_at(i)[1]), authors.get_row_at(i)[4]) for i in (0, 1)] == [
            ("x alice", "3"), ("x erin", "3")]
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        form.query_one("#kp-handle", Input).value = "cllr_patel"
        form.query_one("#kp-name", Input).value = "Cllr Patel"
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        async with await Store.open(db_path) as store:
            people = await store.key_people()
        assert [(p.handle, p.name, p.category) for p in people] == [("cllr_patel", "Cllr Patel", "councillor")]
        key = screen.query_one("#people-key", DataTable)
        assert key.row_count == 1
        assert "Followers are read every 6 hours on Bluesky and Mastodon" in "\n".join(
            str(w.render()) for w in screen.query("Static"))
