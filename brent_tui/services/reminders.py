"""FOI deadline reminders: "your FOI case is due in 2 working days", once per case, recipient and day.

Run by the poller's housekeeping (the poller service, or the app when it polls in-process), so one
process per database sends them: the poller lock guarantees that. Due dates are never stored; they
are computed here by the FOI clock with the database's holiday calendar, exactly as the FOI tab shows
them. Each case still running with at most `REMIND_WITHIN` working days left (or already late) gets
one notification a London day for its assignee, or for the whole web team when nobody is assigned.
The check "already reminded today?" and the insert happen in one write transaction (`BEGIN
IMMEDIATE`), so two runs can never both send the same reminder.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from brent_tui import clock
from brent_tui.domain import foi
from brent_tui.domain.london import london_date
from brent_tui.domain.models import Role
from brent_tui.domain.text import snippet
from brent_tui.services.foi import list_cases
from brent_tui.store.foi import FoiFilter

if TYPE_CHECKING:
    from brent_tui.config import Config
    from brent_tui.services.foi import CaseRow
    from brent_tui.store import Store

KIND = "foi_due"
ENTITY = "foi_case"
REMIND_WITHIN = 2  # working days: "due in 2 working days"
MIN_INTERVAL_SECONDS = 300.0  # housekeeping runs often; reminders are daily, so look every 5 minutes
_LOOKBACK = 2000  # a recipient's newest notifications read to find today's reminders

_last_run: dict[str, float] = {}


@dataclass(frozen=True)
class Reminder:
    """One notification to send: who, about which case, saying what."""

    recipient: str
    case_id: int
    text: str


def due_words(left: int, due: date) -> str:
    """'due today (Wed 25 Nov 2026)', 'due tomorrow …', 'due in 2 working days …', 'overdue: was due …'."""
    when = foi.fmt(due)
    if left < 0:
        n = -left
        return f"overdue: it was due {when} ({n} working day{'s' if n != 1 else ''} ago)"
    if left == 0:
        return f"due today ({when})"
    if left == 1:
        return f"due in 1 working day ({when})"
    return f"due in {left} working days ({when})"


def plan_reminders(rows: list[CaseRow], web_team: list[str], *, within: int = REMIND_WITHIN) -> list[Reminder]:
    """Pure: which reminders the running cases call for (before removing those already sent today)."""
    out: list[Reminder] = []
    for row in rows:
        case_clock = row.clock
        left = case_clock.working_days_left
        if case_clock.phase not in ("request", "review") or case_clock.due is None or left is None or left > within:
            continue
        case = row.case
        recipients = [case.assignee] if case.assignee else list(web_team)
        who = case.applicant_name or case.applicant_handle or "applicant"
        stage = "internal review of " if case_clock.phase == "review" else ""
        text = (f"{stage}{case.reference or f'FOI case {case.id}'} is {due_words(left, case_clock.due)} — "
                f"{snippet(who, 40)}: {snippet(case.request_text, 80)}")
        if not case.assignee:
            text += " (not assigned: to the web team)"
        out += [Reminder(r, case.id or 0, text) for r in dict.fromkeys(recipients) if r]
    return out


async def send_foi_reminders(store: Store, config: Config, *, now: datetime | None = None) -> list[Reminder]:
    """Send today's FOI deadline reminders not sent yet; returns what was sent."""
    now = now or clock.now()
    today = london_date(now)
    rows = await list_cases(store, FoiFilter(open_only=True), today=today, soon=config.app.foi_due_soon_days,
                            due_within=REMIND_WITHIN)
    planned = plan_reminders(rows, config.people_with_role(Role.WEB_TEAM))
    if not planned:
        return []
    sent: list[Reminder] = []
    async with store.transaction() as db:  # the check and the insert under one write lock
        done: dict[str, set[str]] = {}
        for recipient in {r.recipient for r in planned}:
            recent = await store.notifications(recipient, limit=_LOOKBACK)
            done[recipient] = {n.entity_id or "" for n in recent
                               if n.kind == KIND and n.entity == ENTITY and london_date(n.created_at) == today}
        for reminder in planned:
            if str(reminder.case_id) in done[reminder.recipient]:
                continue
            await store.notify([reminder.recipient], KIND, reminder.text, entity=ENTITY,
                               entity_id=reminder.case_id, db=db)
            done[reminder.recipient].add(str(reminder.case_id))
            sent.append(reminder)
    return sent


async def run_foi_reminders(store: Store, config: Config, now: datetime | None = None) -> int:
    """Housekeeping's call: at most every few minutes per database; returns how many were sent."""
    key = store.location
    tick = time.monotonic()
    last = _last_run.get(key)
    if last is not None and tick - last < MIN_INTERVAL_SECONDS:
        return 0
    _last_run[key] = tick
    return len(await send_foi_reminders(store, config, now=now))
