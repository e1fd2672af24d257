"""The FOI tab from the keyboard: a case from a mention, events moving the due date, the calculator."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from brent_tui import clock
from brent_tui.config import Config
from brent_tui.domain import foi
from brent_tui.domain.london import add_working_days
from brent_tui.domain.models import MentionIn, Platform
from brent_tui.domain.roles import Actor
from brent_tui.screens.foi import FoiScreen, due_text
from brent_tui.services import foi as svc
from brent_tui.store import Store
from brent_tui.store.foi import FoiCaseDraft, FoiFilter
from tests.tui.conftest import make_app
from tests.tui.helpers import screen_text, settle, wait_ready

WEB = Actor(login="webby", role="web_team")


def today() -> date:
    return clock.today()


async def _db(path: Path, *, with_case: bool = False) -> Path:
    async with await Store.open(path) as store:
        await store.ingest([MentionIn(
            platform=Platform.X, platform_id="501", author_handle="binfan77", author_name="binfan",
            author_url="https://x.com/binfan77", url="https://x.com/binfan77/status/501",
            text="@BrentCouncil FOI request: how many fly-tipping fines were issued in Harlesden in 2025?",
            created_at=clock.now() - timedelta(days=1),
        )])
        if with_case:
            await store.create_foi_case(WEB, FoiCaseDraft(
                channel="email", request_text="Potholes repaired in 2025", received_on=today() - timedelta(days=3),
                applicant_name="Margaret Doyle", contact="m.doyle@example.org"))
    return path


@pytest.mark.clock_sensitive  # received yesterday in London, due 20 working days on
async def test_case_from_a_mention_is_prefilled_doubtful_and_saved(config: Config, db_path: Path) -> None:
    app = make_app(config, await _db(db_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await app.open_foi_from_mention(1)
        await settle(app, pilot)
        assert app.current_mode == "foi"
        from brent_tui.screens.foi_case_form import FoiCaseForm

        form = app.screen
        assert isinstance(form, FoiCaseForm)
        assert form.query_one("#handle").value == "binfan77"
        assert form.query_one("#name").value == ""  # "binfan" is not a real name
        assert "fly-tipping" in form.query_one("#request").text
        received = foi.receipt_date(clock.now() - timedelta(days=1))
        assert form.query_one("#received").value == received.isoformat()
        assert "validity doubtful" in screen_text(app)
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert isinstance(app.screen, FoiScreen)
        async with await Store.open(db_path) as store:
            cases = await store.foi_cases()
        assert len(cases) == 1 and cases[0].mention_id == 1 and cases[0].validity_doubtful
        assert cases[0].received_on == received and cases[0].channel == "x"
        shown = screen_text(app)
        assert cases[0].reference in shown and "@binfan77" in shown and "validity doubtful" in shown
        due = foi.due_date(received).due
        assert due_text(due, clock.today()) in str(app.screen.query_one("#foi-table").get_row_at(0))
        await pilot.press("m")
        await pilot.pause()
        assert "real name and email address" in app.clipboard
        assert any("No connector for x is configured" in n.message for n in app._notifications)


async def test_new_case_with_n_then_events_move_the_due_date(config: Config, db_path: Path) -> None:
    app = make_app(config, await _db(db_path), start_mode="foi")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await settle(app, pilot)
        await pilot.press("n")
        await pilot.pause()
        received = today() - timedelta(days=10)
        form = app.screen
        form.query_one("#received").value = received.isoformat()
        form.query_one("#name").value = "Margaret Doyle"
        form.query_one("#contact").value = "m.doyle@example.org"
        form.query_one("#request").text = "Please provide the number of potholes repaired in 2025."
        await pilot.pause()
        assert "valid request" in screen_text(app)
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, FoiScreen) and len(screen.rows) == 1
        first_due = screen.rows[0].clock.due
        assert first_due == foi.due_date(received).due
        # e: a public interest extension, told today -> 40 working days.
        await pilot.press("e")
        await pilot.pause()
        from textual.widgets import Select

        app.screen.query_one("#kind", Select).value = "pit_extended"
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        extended = add_working_days(received, 40)
        assert screen.rows[0].clock.due == extended and extended != first_due
        row = str(screen.query_one("#foi-table").get_row_at(0))
        assert due_text(extended, clock.today()) in row and "PIT extension" in row
        assert "Public interest extension (s.10(3))" in screen_text(app)
        # An impossible order is refused with the clock's words, and nothing changes.
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#kind", Select).value = "fee_paid"
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert any("fee paid is given without the fees notice" in n.message for n in app._notifications)
        async with await Store.open(db_path) as store:
            events = await store.foi_case_events(screen.rows[0].case.id)
        assert [e.kind for e in events] == ["pit_extended"]


async def test_response_figures_and_calculator(config: Config, db_path: Path) -> None:
    app = make_app(config, await _db(db_path, with_case=True), start_mode="foi")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await settle(app, pilot)
        screen = app.screen
        assert "Margaret Doyle" in screen_text(app)
        await pilot.press("r")
        await pilot.pause()
        from textual.widgets import Select

        app.screen.query_one("#outcome", Select).value = "part"
        app.screen.query_one("#exemptions").value = "s.40(2); s.43"
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        await pilot.press("y")  # the confirmation naming the case
        await settle(app, pilot)
        assert screen.rows == []  # responded: no longer open
        await pilot.press("o")
        await settle(app, pilot)
        assert screen.rows[0].clock.label == "responded in time" and screen.rows[0].case.exemptions == [
            "s.40(2)", "s.43"]
        await pilot.press("g")
        await settle(app, pilot)
        fig = screen.query_one("#foi-figures-table")
        assert fig.row_count == 1
        assert [str(c) for c in fig.get_row_at(0)][:4] == [svc.period_of(today() - timedelta(days=3), "month"),
                                                            "1", "1", "1"]
        assert "100.0 %" in str(fig.get_row_at(0))
        await pilot.press("x")
        await settle(app, pilot)
        assert any("Disclosure log: 1 answered" in n.message for n in app._notifications)
        await pilot.press("g")
        await pilot.press("c")
        await pilot.pause()
        calc = app.screen
        calc.query_one("#calc-received").value = "2026-11-25"
        await pilot.pause()
        answer = str(calc.query_one("#calc-answer").render())
        assert "Due Thu 24 Dec 2026" in answer and "St Andrew" in answer
        calc.query_one("#calc-fee_paid").value = "2026-11-27"
        await pilot.pause()
        assert "without the fees notice" in str(calc.query_one("#calc-answer").render())
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


async def test_guest_cannot_open_a_case(config: Config, db_path: Path) -> None:
    app = make_app(config, await _db(db_path), login="officer", start_mode="foi")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await app.open_foi_from_mention(1)
        await settle(app, pilot)
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert any("cannot work FOI cases" in n.message for n in app._notifications)
        async with await Store.open(db_path) as store:
            assert await store.foi_cases() == []


async def test_recording_a_response_names_the_case_and_asks_once(config: Config, db_path: Path) -> None:
    app = make_app(config, await _db(db_path, with_case=True), start_mode="foi")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await settle(app, pilot)
        screen = app.screen
        case = screen.rows[0].case
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        from brent_tui.screens.post_confirm import ConfirmPostAction

        assert isinstance(app.screen, ConfirmPostAction)
        text = screen_text(app)
        assert f"Record this response on {case.reference}?" in text
        assert "requester Margaret Doyle" in text
        assert f"due {foi.fmt(screen.rows[0].clock.due)}" in text and "Granted in full" in text
        await pilot.press("n")
        await settle(app, pilot)
        assert app.screen is screen
        async with await Store.open(db_path) as store:
            assert (await store.foi_cases())[0].outcome is None  # nothing recorded
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        await pilot.press("y")
        await settle(app, pilot)
        assert app.screen is screen
    async with await Store.open(db_path) as store:
        assert (await store.foi_cases(FoiFilter(open_only=False)))[0].outcome == "granted"
