"""Accounts tab end to end: submit a request, ask for more info, answer, approve by both roles (separate
sessions with different logins on one database file), see the account in the registry; refusals on screen."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Checkbox, DataTable, Input, Static

from brent_tui.config import Config
from brent_tui.domain.models import RequestStatus
from brent_tui.screens.account_request_form import AccountRequestForm
from brent_tui.screens.account_review import AccountReviewScreen
from brent_tui.screens.accounts import AccountsScreen
from brent_tui.store import Store
from tests.tui.conftest import make_app
from tests.tui.helpers import screen_text, settle, wait_ready

ANSWERS = {
    "audience": "Residents who recycle, especially in flats in Harlesden and Kilburn.",
    "objectives": "Cut contamination in recycling bins by a fifth and fewer missed collection calls.",
    "why_own_account": "Weekly bin tips would swamp the main council account; our audience wants only this.",
    "content_commitment": "Yes: two officers share a rota and a three-month plan of weekly posts and replies.",
}


def shown_text(app) -> str:
    """What the screen shows, tables included (their cells are not Static widgets)."""
    parts = [screen_text(app)]
    for table in app.screen.query(DataTable):
        for i in range(table.row_count):
            parts.append(" | ".join(str(cell) for cell in table.get_row_at(i)))
    return "\n".join(parts)


async def _db(path: Path) -> Path:
    async with await Store.open(path):
        pass
    return path


async def _open_accounts(app, pilot) -> AccountsScreen:
    await wait_ready(app, pilot)
    await pilot.press("f4")
    await settle(app, pilot)
    assert isinstance(app.screen, AccountsScreen)
    return app.screen


async def _requests(db_path: Path):
    async with await Store.open(db_path) as store:
        return await store.account_requests()


async def _decide(config: Config, db_path: Path, login: str, key: str, text: str) -> str:
    """One officer's session: open the Accounts tab, press the key on the first request, type, Enter."""
    app = make_app(config, db_path, login=login)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_accounts(app, pilot)
        await pilot.press(key)
        await settle(app, pilot)
        assert isinstance(app.screen, AccountReviewScreen)
        box = app.screen.query_one("#review-input", Input)
        assert box.has_focus  # the key opened the comment box; type the first word, paste the rest
        first, _, rest = text.partition(" ")
        await pilot.press(*first)
        box.insert_text_at_cursor((" " + rest) if rest else "")
        await pilot.press("enter")
        await settle(app, pilot)
        shown = shown_text(app)
        if isinstance(app.screen, AccountReviewScreen):  # refused: the message stays on screen
            return shown + "\n" + str(app.screen.query_one("#review-error", Static).render())
        return shown


async def _new_request(app, pilot, **answers: str) -> AccountRequestForm:
    """`n` on the Accounts tab, the handle typed and the strategy's questions answered (`answers` override)."""
    await pilot.press("n")
    await settle(app, pilot)
    form = app.screen
    assert isinstance(form, AccountRequestForm)
    await pilot.press(*"@BrentRecyclesMore")
    for field, text in {**ANSWERS, **answers}.items():
        form.query_one(f"#req-{field}", Input).value = text
    return form


async def test_request_question_answer_and_both_approvals(config: Config, db_path: Path) -> None:
    await _db(db_path)
    # 1. A service officer submits the request from the app.
    app = make_app(config, db_path, login="officer")
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_accounts(app, pilot)
        form = await _new_request(app, pilot, frequency="3 posts a week")
        await pilot.press("ctrl+s")  # owners: only the requester so far, and no house rules: refused
        await settle(app, pilot)
        assert isinstance(app.screen, AccountRequestForm)
        errors = str(form.query_one("#req-errors", Static).render())
        assert "Name at least 2 owners" in errors and "house rules" in errors
        form.query_one("#req-owners", Input).value = "officer, cs"
        form.query_one("#req-ack", Checkbox).value = True
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        await pilot.press("y")  # the summary of the answers: submit
        await settle(app, pilot)
        assert isinstance(app.screen, AccountsScreen)
        text = shown_text(app)
        assert "@BrentRecyclesMore" in text and "submitted" in text
        assert "web team + head of service (head)" in text
    [req] = await _requests(db_path)
    assert req.requester == "officer" and req.owners == ["officer", "cs"] and req.department == "Environment"

    # 2. The web team sees it waiting on them and asks a question.
    app = make_app(config, db_path, login="webby")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_accounts(app, pilot)
        assert "▶ you" in shown_text(app)
        table = screen.query_one("#accounts-requests", DataTable)
        assert table.row_count == 1
    shown = await _decide(config, db_path, "webby", "i", "Who covers the account in August")
    assert "more info" in shown and "requester (officer)" in shown
    [req] = await _requests(db_path)
    assert req.status is RequestStatus.MORE_INFO

    # 3. A service officer cannot approve: refused with a clear message, on screen.
    shown = await _decide(config, db_path, "officer", "a", "looks fine")
    assert "officer (service officer) cannot decide account requests" in shown
    [req] = await _requests(db_path)
    assert req.status is RequestStatus.MORE_INFO

    # 4. The requester answers; the request goes back for review.
    shown = await _decide(config, db_path, "officer", "r", "Cara from customer services covers August")
    [req] = await _requests(db_path)
    assert req.status is RequestStatus.SUBMITTED
    assert "submitted" in shown

    # 5. Both approvals: web team, then the head of service for Environment.
    await _decide(config, db_path, "webby", "a", "Good plan")
    [req] = await _requests(db_path)
    assert req.status is RequestStatus.SUBMITTED
    shown = await _decide(config, db_path, "head", "a", "")
    [req] = await _requests(db_path)
    assert req.status is RequestStatus.APPROVED
    async with await Store.open(db_path) as store:
        [account] = await store.accounts()
        assert account.handle == "@BrentRecyclesMore" and account.house_rules_ack
        assert account.officers == ["officer", "cs"]
        actions = [(e.who, e.action) for e in await store.audit_entries()
                   if e.entity in ("account_request", "council_account")]
    assert actions == [("officer", "submit"), ("webby", "more_info"), ("officer", "answer"), ("webby", "approve"),
                       ("head", "approve"), ("head", "create")]
    assert "approved" in shown

    # 6. The account is in the registry on screen, with its owners in the detail pane.
    app = make_app(config, db_path, login="officer")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_accounts(app, pilot)
        registry = screen.query_one("#accounts-registry", DataTable)
        assert registry.row_count == 1
        text = shown_text(app)
        assert "Registry — 1 of 1 accounts" in text
        assert "Managed by: officer, cs" in text and "house rules acknowledged" in text


async def test_filters_and_dormant_flag(config: Config, db_path: Path) -> None:
    from datetime import timedelta

    from brent_tui import clock
    from brent_tui.domain.models import CouncilAccount, Platform

    await _db(db_path)
    async with await Store.open(db_path) as store:
        now = clock.now()
        await store.upsert_account(CouncilAccount(platform=Platform.X, handle="@Fresh", service="Web",
                                                  officers=["webby"], last_post_at=now - timedelta(days=1)), "t")
        await store.upsert_account(CouncilAccount(platform=Platform.FACEBOOK, handle="QuietPage", service="Environment",
                                                  officers=[], last_post_at=now - timedelta(days=45)), "t")
    app = make_app(config, db_path, login="webby")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_accounts(app, pilot)
        registry = screen.query_one("#accounts-registry", DataTable)
        assert registry.row_count == 2
        assert "1 dormant, 1 without an owner" in shown_text(app)
        await pilot.press("d")
        await pilot.pause()
        assert registry.row_count == 1 and "QuietPage" in str(registry.get_row_at(0)[1])
        assert "dormant no owner" in str(registry.get_row_at(0)[3])
        await pilot.press("c", "p")
        await pilot.pause()
        assert registry.row_count == 1 and "facebook" in shown_text(app)
        await pilot.press("c", "o")
        await pilot.pause()
        assert registry.row_count == 1


async def test_config_accounts_synced_on_open(config: Config, db_path: Path) -> None:
    await _db(db_path)
    cfg = config.model_copy(update={"accounts": [
        __import__("brent_tui.config", fromlist=["AccountConfig"]).AccountConfig(
            platform="x", handle="@Brent_Council", service="Web", officers=["webby"])]})
    app = make_app(cfg, db_path, login="webby")
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_accounts(app, pilot)
        assert "@Brent_Council" in shown_text(app)
    async with await Store.open(db_path) as store:
        created = [(e.who, e.action) for e in await store.audit_entries() if e.entity == "council_account"]
    assert created == [("system", "create")]


async def test_filler_answers_are_refused_and_a_summary_comes_before_submitting(config: Config,
                                                                               db_path: Path) -> None:
    await _db(db_path)
    app = make_app(config, db_path, login="officer")
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_accounts(app, pilot)
        form = await _new_request(app, pilot, audience="to get more followers for the council", frequency="sometimes",
                                  owners="officer, cs")
        form.query_one("#req-ack", Checkbox).value = True
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert app.screen is form
        errors = str(form.query_one("#req-errors", Static).render())
        assert "'to get more followers for the council' is an aim, not an audience" in errors
        assert "'sometimes' is not a plan" in errors
        form.query_one("#req-audience", Input).value = ANSWERS["audience"]
        form.query_one("#req-frequency", Input).value = "3 posts a week"
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        from brent_tui.screens.account_request_form import RequestSummary

        assert isinstance(app.screen, RequestSummary)  # nothing submitted yet: every answer for a last look
        summary = screen_text(app)
        assert "Submit this request?" in summary and "3 posts a week" in summary
        assert ANSWERS["audience"] in summary and "officer, cs" in summary
        assert await _requests(db_path) == []
        await pilot.press("escape")  # back to the form, answers kept
        await settle(app, pilot)
        assert app.screen is form and form.query_one("#req-frequency", Input).value == "3 posts a week"
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        await pilot.press("y")
        await settle(app, pilot)
        assert isinstance(app.screen, AccountsScreen)
    [req] = await _requests(db_path)
    assert req.audience == ANSWERS["audience"] and req.posting_frequency == "3 posts a week"
