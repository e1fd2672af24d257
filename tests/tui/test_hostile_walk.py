"""The hostile walk: an officer goes through every tab and every dialog, by the keys, on a database
where every string a stranger can write is hostile — mention texts, author names and handles
(tests/hostile.py), invisible disguises too — and escalations of them have reached the officer.

At each stop the frame the terminal would get is checked (`frame`, as in test_hostile_screens):
no drawn cell holds a C0/C1 control, DEL, bidi control or lone surrogate, the raw output has no
sequence the app did not write, and no invisible disguise (TAG text, a joiner after a brand name,
a Hangul-filler name) is drawn as nothing. Toasts are on the screen's layer, so they are in it.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from textual.widgets import Checkbox, Input

from brent_tui import clock
from brent_tui.config import Config
from brent_tui.domain.accounts import RequestDraft, Reviewers
from brent_tui.domain.models import CouncilAccount, Platform, Route
from brent_tui.store import Store
from brent_tui.store.foi import FoiCaseDraft
from brent_tui.store.posts import PostDraft
from connectors.base import ConnectorSettings
from tests.conftest import BASE_TIME, decide, make_mention
from tests.hostile import (
    HOSTILE_NAMES,
    HOSTILE_TEXTS,
    INVISIBLE_NAMES,
    INVISIBLE_TEXTS,
    hidden,
    hostile_handle,
)
from tests.tui.conftest import make_app
from tests.tui.helpers import settle, wait_ready
from tests.tui.test_hostile_screens import frame

pytestmark = pytest.mark.slow

TEXTS = [value for _, value in INVISIBLE_TEXTS + HOSTILE_TEXTS]
NAMES = [value for _, value in INVISIBLE_NAMES + HOSTILE_NAMES]


def _handle(i: int) -> str:
    return "\u0430dmin" if i == 1 else hostile_handle(i)  # the second a Cyrillic lookalike


async def _seed(db: Path, config: Config) -> None:
    """Hostile mentions (the newest first in the Feed and the Triage queue), escalations of some of them
    to the comms officers, FOI cases opened from them with the strangers' names kept."""
    web = config.actor("webby")
    mentions = [make_mention(i, text=text, author_name=NAMES[i % len(NAMES)], author_handle=_handle(i),
                             minutes=-i) for i, text in enumerate(TEXTS)]
    async with await Store.open(db) as store:
        account = await store.upsert_account(CouncilAccount(platform=Platform.X, handle="@BrentCouncil",
                                                            service="Web", requires_approval=True), "setup")
        quoting = f"Thanks for telling us: {TEXTS[0]} {HOSTILE_TEXTS[9][1]}"  # a post quoting a resident
        await store.save_post(web, PostDraft(body=quoting[:250], account_ids=[account.id or 0],
                                             scheduled_at=clock.now() + timedelta(days=1)))
        await store.ingest(mentions)
        stored = await store.page(limit=len(mentions))
        officer = config.actor("officer")
        await store.submit_account_request(officer, RequestDraft(
            department="Environment", platform=Platform.X, handle="@BrentRecyclesMore", owners=["officer", "cs"],
            posting_frequency="3 posts a week", house_rules_ack=True,
            audience=f"Residents of flats in Harlesden, as one wrote: {TEXTS[3][:80]}",
            objectives="Cut contamination in recycling bins by a fifth and fewer missed collection calls.",
            why_own_account=f"Weekly bin tips would swamp the main account; {NAMES[2]} asked for it.",
            content_commitment="Yes: two officers share a rota and a three-month plan of weekly posts."),
            known_logins=list(config.people), reviewers=Reviewers(web_team=["webby"], head="head",
                                                                  department="Environment"))
        for m in stored[-6:]:
            await decide(store, web, m.id, Route.ESCALATE, now=BASE_TIME + timedelta(hours=1), comms=["comms"])
        masto = await store.upsert_account(CouncilAccount(platform=Platform.MASTODON, handle="brent@mastodon.london",
                                                          service="Web"), "setup")
        strangers = [(f"{_handle(i)}@mas.to", NAMES[i % len(NAMES)], i) for i in range(12)]
        await store.save_relations(masto.id or 0, followers=strangers, following=strangers[6:], seen_at=BASE_TIME)
        for i, text in enumerate(TEXTS[:6]):
            await store.create_foi_case(web, FoiCaseDraft(
                channel="x", request_text=text, received_on=date(2026, 11, 20), mention_id=stored[-1 - i].id,
                applicant_name=NAMES[i % len(NAMES)], applicant_handle=_handle(i)))


def check(app, where: str, seen: list[str], *, top_only: bool = False) -> str:
    """`frame` (cells and bytes inert) plus: no invisible disguise drawn. Records the stop."""
    try:
        shown = frame(app, top_only=top_only)
    except AssertionError as exc:
        raise AssertionError(f"{where}: {exc}") from None
    assert not hidden(shown), f"{where}: invisible text drawn as nothing: {hidden(shown)}"
    seen.append(f"{where} ({type(app.screen).__name__})")
    return shown


async def visit(app, pilot, keys: list[str], where: str, seen: list[str], *, back: int = 1,
                top_only: bool = False) -> str:
    """Press `keys`, check what is drawn, then Esc `back` times to where the walk was."""
    before = len(app.screen_stack)
    for key in keys:
        await pilot.press(key)
        await settle(app, pilot)
    shown = check(app, where, seen, top_only=top_only)
    opened = len(app.screen_stack) > before
    for _ in range(back if opened else 0):
        await pilot.press("escape")
        await settle(app, pilot)
    return shown


@pytest.mark.at(BASE_TIME + timedelta(days=3))  # the FOI cases are received on the mentions' day
@pytest.mark.parametrize("size", [(80, 24), (140, 40)], ids=["80x24", "140x40"])
async def test_every_tab_and_dialog_shows_strangers_text_inert(config: Config, db_path: Path,
                                                              size: tuple[int, int]) -> None:
    await _seed(db_path, config)
    config = config.model_copy(update={"connectors": [ConnectorSettings(  # follows as the Mastodon account
        name="masto", type="mastodon", base_url="http://127.0.0.1:9", account_handles=["brent@mastodon.london"])]})
    app = make_app(config, db_path, login="comms")
    seen: list[str] = []
    async with app.run_test(size=size, notifications=True) as pilot:
        await wait_ready(app, pilot)
        await settle(app, pilot)
        feed = check(app, "Feed", seen)
        assert "␛" in feed and "\u0430dmin" in feed or "�" in feed
        await visit(app, pilot, ["d"], "Feed detail", seen)
        await visit(app, pilot, ["slash", *"bin", "enter"], "Search results", seen)
        await visit(app, pilot, ["f"], "FOI case form from a mention", seen)
        await visit(app, pilot, ["f1", "s"], "Stream editor", seen)
        await visit(app, pilot, ["ctrl+n"], "Notifications (escalations)", seen)
        await visit(app, pilot, ["question_mark"], "Help", seen)

        await visit(app, pilot, ["f2"], "Triage card and queue", seen)
        await visit(app, pilot, ["r"], "Reply draft", seen)
        await visit(app, pilot, ["d"], "Department picker", seen)
        await visit(app, pilot, ["o"], "Assignee picker", seen)
        await visit(app, pilot, ["m"], "My work", seen)
        await visit(app, pilot, ["E"], "Emergency mode", seen)
        await visit(app, pilot, ["S"], "Suspend all posts", seen)
        await visit(app, pilot, ["f"], "FOI case form from Triage", seen)

        await visit(app, pilot, ["f3"], "Calendar", seen)
        await visit(app, pilot, ["n"], "Composer", seen, back=2)  # a draft is not discarded without asking
        await visit(app, pilot, ["a", "enter"], "Post review (a post quoting a resident)", seen)
        await visit(app, pilot, ["p"], "Planner", seen)
        await visit(app, pilot, ["b"], "Best times", seen)
        await visit(app, pilot, ["a", "delete"], "Delete a post: the question", seen)
        await visit(app, pilot, ["S"], "Suspend all: the reason", seen, back=0)
        await pilot.press(*"Flooding", "enter")
        await settle(app, pilot)
        await visit(app, pilot, ["R"], "Held posts", seen)

        await visit(app, pilot, ["f4"], "Accounts", seen)
        await visit(app, pilot, ["n"], "Account request form", seen, back=0)
        # Answers pasted from what residents wrote: the form's fields show what was pasted (the terminal
        # guard drops any control character from the frame); the summary shows them inert.
        form = app.screen
        for field, text in {"handle": "@BrentRecyclesMore", "audience": f"Residents of Harlesden flats: {HOSTILE_TEXTS[9][1]}",
                            "objectives": "Cut contamination in recycling bins by a fifth.",
                            "why_own_account": f"Weekly bin tips would swamp the main account; {HOSTILE_NAMES[3][1]}.",
                            "content_commitment": "Yes: two officers share a rota of weekly posts.",
                            "owners": "comms, webby", "frequency": "3 posts a week"}.items():
            form.query_one(f"#req-{field}", Input).value = text
        form.query_one("#req-ack", Checkbox).value = True
        summary = await visit(app, pilot, ["ctrl+s"], "Account request: the summary before it is sent", seen,
                              back=2, top_only=True)
        assert "␛[31;1;5mred blinking" in summary.replace("\n", "")
        await visit(app, pilot, ["enter"], "Account request under review", seen)

        await visit(app, pilot, ["f5"], "FOI cases", seen)
        await visit(app, pilot, ["enter"], "FOI case detail", seen, back=0)
        await visit(app, pilot, ["e"], "FOI event form", seen)
        await visit(app, pilot, ["r"], "FOI response form", seen)
        await visit(app, pilot, ["m"], "Ask for name and address", seen)
        await visit(app, pilot, ["c"], "FOI calculator", seen)
        await visit(app, pilot, ["g"], "FOI figures", seen, back=0)

        await visit(app, pilot, ["f6"], "Insights", seen)
        await visit(app, pilot, ["u"], "People (authors ranked)", seen, back=0)
        await visit(app, pilot, ["K"], "Key person form from a stranger", seen)
        await visit(app, pilot, ["escape", "k"], "Key people", seen, back=0)
        app.screen.query_one("#people-follows").focus()  # strangers who follow the council, names and all
        await visit(app, pilot, ["f"], "Follow a stranger back: the question", seen)
        assert seen[-1].endswith("(ConfirmPostAction)"), seen[-1]
        assert app.is_running
    screens = {stop.rsplit("(", 1)[1] for stop in seen}
    for dialog in ("SearchScreen)", "FoiCaseForm)", "StreamEditor)", "NotificationsScreen)", "HelpScreen)",
                   "ReplyDraftScreen)", "PickList)", "MyWorkScreen)", "EmergencyScreen)", "ComposerScreen)", "PostReviewScreen)", "ConfirmPostAction)", "ReasonPrompt)",
                   "HeldPostsScreen)", "AccountReviewScreen)", "RequestSummary)",
                   "PlannerScreen)", "BestTimesScreen)", "AccountRequestForm)", "FoiEventForm)",
                   "FoiResponseForm)", "FoiCalculator)", "PeopleScreen)", "KeyPersonForm)"):
        assert dialog in screens, f"the walk did not reach {dialog[:-1]}: {seen}"
