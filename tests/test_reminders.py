"""FOI deadline reminders: who is told, once per case, recipient and London day, from the poller too."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from brent_tui import clock
from brent_tui.config import Config
from brent_tui.domain import foi
from brent_tui.domain.london import working_days_between
from brent_tui.domain.models import Role
from brent_tui.domain.roles import Actor
from brent_tui.services import reminders
from brent_tui.services.foi import CaseRow
from brent_tui.services.reminders import KIND, due_words, plan_reminders, send_foi_reminders
from brent_tui.store import Store
from brent_tui.store.foi import FoiCaseDraft

WEB = Actor(login="webby", name="Wendy Webb", role=Role.WEB_TEAM)


@pytest.fixture
def config() -> Config:
    return Config.model_validate({
        "people": {
            "webby": {"role": "web_team"}, "webb2": {"role": "web_team"}, "cs": {"role": "customer_services"},
            "comms": {"role": "comms_officer"},
        },
        "app": {"poll_in_app": False},
    })


async def received_for(store: Store, left: int) -> date:
    """A date of receipt that leaves exactly `left` working days to the FOI deadline today (London)."""
    cal = await store.holiday_calendar()
    today = clock.today()
    day = today
    for _ in range(80):
        due = foi.due_date(day, foi.Regime.foi, foi.ClockEvents(), cal).due
        if due is not None and working_days_between(today, due, cal) == left:
            return day
        day -= timedelta(days=1)
    raise AssertionError(f"no receipt date leaves {left} working days")


async def open_case(store: Store, left: int, **kw) -> int:
    draft = FoiCaseDraft(channel="email", request_text=kw.pop("text", "How many potholes were repaired?"),
                         received_on=await received_for(store, left), applicant_name="Margaret Doyle",
                         contact="m.doyle@example.org", **kw)
    case = await store.create_foi_case(WEB, draft)
    return case.id or 0


def test_due_words() -> None:
    d = date(2026, 11, 27)
    assert due_words(2, d) == "due in 2 working days (Fri 27 Nov 2026)"
    assert due_words(1, d) == "due in 1 working day (Fri 27 Nov 2026)"
    assert due_words(0, d) == "due today (Fri 27 Nov 2026)"
    assert due_words(-3, d) == "overdue: it was due Fri 27 Nov 2026 (3 working days ago)"


def test_plan_only_running_cases_within_two_working_days() -> None:
    from brent_tui.domain.models import FoiCase

    now = clock.now()

    def row(case_id: int, left: int | None, phase: str = "request", assignee: str | None = None) -> CaseRow:
        case = FoiCase(id=case_id, reference=f"FOI-2026-{case_id:05d}", channel="x", request_text="[b]data[/b]",
                       received_on=date(2026, 11, 2), created_by="webby", created_at=now, updated_at=now,
                       assignee=assignee, applicant_name="Ann Lee")
        due = None if left is None else date(2026, 11, 27)
        case_clock = foi.CaseClock(None, phase, "due soon", due, left)
        return CaseRow(case, [], case_clock)

    planned = plan_reminders([row(1, 2, assignee="cs"), row(2, 3), row(3, 0), row(4, None),
                              row(5, 1, phase="closed"), row(6, -1, phase="review", assignee="cs")],
                             ["webby", "webb2"])
    assert [(r.recipient, r.case_id) for r in planned] == [("cs", 1), ("webby", 3), ("webb2", 3), ("cs", 6)]
    assert planned[0].text.startswith("FOI-2026-00001 is due in 2 working days")
    assert "[b]data[/b]" in planned[0].text  # untrusted text kept as characters (shown with markup off)
    assert "not assigned" in planned[1].text
    assert planned[3].text.startswith("internal review of FOI-2026-00006 is overdue")


@pytest.mark.clock_sensitive  # "today", working days left and "once a day" all come from the clock
async def test_reminders_go_to_the_assignee_or_the_web_team_once_a_day(store: Store, config: Config) -> None:
    mine = await open_case(store, 2, assignee="cs")
    unassigned = await open_case(store, 1)
    await open_case(store, 6, assignee="cs")  # not yet
    answered = await open_case(store, 0, assignee="comms")
    case = await store.foi_case(answered)
    await store.record_foi_response(WEB, answered, version=case.version, responded_on=clock.today(),
                                    channel="email", outcome="granted")

    sent = await send_foi_reminders(store, config)
    assert sorted((r.recipient, r.case_id) for r in sent) == sorted(
        [("cs", mine), ("webby", unassigned), ("webb2", unassigned)])
    cs = await store.notifications("cs")
    assert len(cs) == 1 and cs[0].kind == KIND and cs[0].entity == "foi_case" and cs[0].entity_id == str(mine)
    assert "is due in 2 working days" in cs[0].text and not cs[0].urgent
    assert "due in 1 working day" in (await store.notifications("webby"))[0].text
    assert await store.notifications("comms") == []

    assert await send_foi_reminders(store, config) == []  # the same day: nothing twice
    assert len(await store.notifications("cs")) == 1

    # Tomorrow (the reminder is a day old) the case is reminded again.
    with sqlite3.connect(store.path) as raw:
        raw.execute("UPDATE notifications SET created_at = ? WHERE recipient = 'cs'",
                    ((clock.now() - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ"),))
    again = await send_foi_reminders(store, config)
    assert [(r.recipient, r.case_id) for r in again] == [("cs", mine)]
    assert len(await store.notifications("cs")) == 2


async def test_two_processes_racing_send_each_reminder_once(db_path: Path, config: Config) -> None:
    async with await Store.open(db_path) as first, await Store.open(db_path) as second:
        await open_case(first, 2, assignee="cs")
        await open_case(first, 0)
        results = await asyncio.gather(*(send_foi_reminders(s, config) for s in (first, second, first, second)))
        assert sum(len(r) for r in results) == 3
        assert len(await first.notifications("cs")) == 1
        assert len(await second.notifications("webby")) == 1


async def test_poller_housekeeping_sends_reminders_and_reads_them_live(db_path: Path, config: Config,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from brent_tui.jobs.poller import Poller

    monkeypatch.setattr(reminders, "_last_run", {})
    async with await Store.open(db_path) as store:
        case_id = await open_case(store, 2, assignee="cs")
        cursor = await store.latest_change_id()
        poller = Poller(store, config, {})
        await poller.housekeeping()
        await poller.housekeeping()  # throttled: runs at most every few minutes
        rows = await store.notifications("cs")
        assert [(n.kind, n.entity_id) for n in rows] == [(KIND, str(case_id))]
        # Live sync sees it through the change log, so the officer's running session shows the toast.
        assert "notifications" in {c.entity for c in await store.changes_since(cursor)}
        await poller.aclose()
