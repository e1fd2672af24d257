"""FOI cases with their clocks: listing, detail, figures, the disclosure log, the ask-for-details reply.

Async orchestration over the store and the pure clock in :mod:`brent_tui.domain.foi`; no Textual, no SQL.
The same calendar (the `holidays` package plus the GOV.UK days loaded into the database) is used by
the screen and by ``brent-tui foi list``.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from brent_tui import clock
from brent_tui.domain import foi
from brent_tui.domain.errors import UserError
from brent_tui.domain.london import HolidayCalendar
from brent_tui.domain.models import FoiCase, FoiEvent
from brent_tui.domain.text import clean, csv_safe
from brent_tui.store.foi import FoiCaseDraft, FoiFilter

if TYPE_CHECKING:
    from brent_tui.config import Config
    from brent_tui.domain.roles import Actor
    from brent_tui.store import Store

SortKey = Literal["due", "received", "reference", "applicant", "status"]
SORT_KEYS: tuple[SortKey, ...] = ("due", "received", "reference", "applicant", "status")
#: The ICO's marks: 95 % or more answered in time is good; below 90 % triggers monitoring.
ICO_GOOD = 95.0
ICO_MONITOR = 90.0


@dataclass
class CaseRow:
    """One case, its events and where its clock stands today."""

    case: FoiCase
    events: list[FoiEvent]
    clock: foi.CaseClock


def case_row(case: FoiCase, events: list[FoiEvent], today: date, cal: HolidayCalendar, soon: int) -> CaseRow:
    return CaseRow(case, events, foi.case_clock(case, events, today, cal, soon))


def filter_rows(rows: list[CaseRow], *, due_within: int | None = None, overdue: bool = False) -> list[CaseRow]:
    """``due_within N``: running cases with at most N working days left (overdue included); ``overdue``:
    past their deadline."""
    out = rows
    if overdue:
        out = [r for r in out if r.clock.overdue]
    if due_within is not None:
        out = [r for r in out if r.clock.working_days_left is not None and r.clock.working_days_left <= due_within]
    return out


def sort_rows(rows: list[CaseRow], key: SortKey = "due") -> list[CaseRow]:
    """Most urgent first for ``due`` (paused and closed cases last); newest first for ``received``."""
    if key == "due":
        return sorted(rows, key=lambda r: (r.clock.due is None or r.clock.phase == "closed",
                                           r.clock.due or date.max, r.case.received_on))
    if key == "received":
        return sorted(rows, key=lambda r: (r.case.received_on, r.case.id or 0), reverse=True)
    if key == "reference":
        return sorted(rows, key=lambda r: r.case.reference or "")
    if key == "applicant":
        return sorted(rows, key=lambda r: (r.case.applicant_name or r.case.applicant_handle or "").lower())
    return sorted(rows, key=lambda r: (r.case.status.value, r.clock.due or date.max))


async def list_cases(
    store: Store,
    flt: FoiFilter | None = None,
    *,
    today: date,
    soon: int = 5,
    due_within: int | None = None,
    overdue: bool = False,
    sort: SortKey = "due",
) -> list[CaseRow]:
    """Cases with their clocks computed now, with the database's bank holidays."""
    cases = await store.foi_cases(flt)
    events = await store.foi_events([c.id or 0 for c in cases])
    cal = await store.holiday_calendar()
    rows = [case_row(c, events[c.id or 0], today, cal, soon) for c in cases]
    return sort_rows(filter_rows(rows, due_within=due_within, overdue=overdue), sort)


async def case_detail(store: Store, case_id: int, *, today: date, soon: int = 5) -> CaseRow:
    case = await store.foi_case(case_id)
    events = await store.foi_case_events(case_id)
    return case_row(case, events, today, await store.holiday_calendar(), soon)


# --------------------------------------------------------------------------- from a mention


@dataclass
class MentionDraft:
    draft: FoiCaseDraft
    validity: foi.Validity
    existing: FoiCase | None = None  # a case already opened from this mention


async def draft_from_mention(store: Store, mention_id: int) -> MentionDraft:
    """A case prefilled from a mention: name from the profile, handle, profile URL, text, London date."""
    mention = await store.get_mention(mention_id)
    if mention is None:
        raise UserError(f"mention {mention_id} does not exist")
    author = await store.get_author(mention.author_id)
    profile = author.url if author and author.url else None
    name = mention.author_name or (author.display_name if author else None)
    # The form's inputs draw their values as they are: strangers' text is made inert first (the
    # mention itself stays byte-for-byte, linked by mention_id).
    name = clean(name, single_line=True) or None
    draft = FoiCaseDraft(
        channel=mention.platform.value,
        request_text=clean(mention.text),
        received_on=foi.receipt_date(mention.created_at),
        mention_id=mention.id,
        applicant_name=name if foi.looks_like_real_name(name, mention.author_handle) else None,
        applicant_handle=clean(mention.author_handle, single_line=True),
        profile_url=clean(profile, single_line=True) or None,
        contact=foi.find_email(mention.text),
        department=mention.department,
    )
    validity = foi.judge_validity(name, mention.author_handle, mention.text, draft.contact)
    return MentionDraft(draft, validity, await store.foi_case_for_mention(mention_id))


def details_request(case: FoiCase) -> str:
    """The public reply asking a doubtful applicant for their real name and an email address."""
    validity = foi.judge_validity(case.applicant_name, case.applicant_handle, case.request_text, case.contact)
    if not validity.doubtful:
        validity = foi.Validity(None, None, False, True, [], ["real name", "email address"])
    return foi.ask_for_details_text(validity, case.reference, case.received_on)


def reply_connector_name(config: Config, case: FoiCase) -> str | None:
    """The configured connector that can reply on the case's network, if any."""
    for con in config.connectors:
        if con.enabled and con.type == case.channel and con.type != "rss":
            return con.name
    return None


async def send_details_request(store: Store, config: Config, actor: Actor, case: FoiCase, text: str) -> str:
    """Reply to the original post through the network's connector; recorded as a note on the case."""
    from brent_tui.domain.roles import Action, require

    require(actor, Action.REPLY)
    name = reply_connector_name(config, case)
    if name is None:
        raise UserError(
            f"no connector is configured for {case.channel}, so nothing was sent: the reply is on the clipboard "
            "— post it yourself as a reply to the request"
        )
    if case.mention_id is None:
        raise UserError("this case was not opened from a post, so there is nothing to reply to")
    mention = await store.get_mention(case.mention_id)
    if mention is None:
        raise UserError(f"mention {case.mention_id} no longer exists")
    from brent_tui.config import load_secrets
    from connectors.base import PublishRequest
    from connectors.errors import ConnectorError
    from connectors.registry import build

    settings = next(c for c in config.connectors if c.name == name)
    try:
        connector = build(settings, load_secrets(config))
        async with connector:
            result = await connector.publish(PublishRequest(
                text=text, reply_to=mention.platform_id, idempotency_key=f"foi-details-{case.id}",
            ))
    except ConnectorError as exc:
        raise UserError(f"the reply was not sent ({name}): {exc}") from None
    where = result.url or result.platform_post_id
    await store.add_foi_event(actor, case.id or 0, "note", clock.today(),
                              f"Asked for real name and email in a reply via {name}: {where}")
    return result.url or result.platform_post_id


# --------------------------------------------------------------------------- figures (s.45 Code)


@dataclass
class PeriodFigures:
    """Requests received in one month or quarter, and what became of them (FOI and EIR requests)."""

    period: str
    received: int = 0
    answered: int = 0
    in_time: int = 0
    late: int = 0  # answered late, or still open past the deadline
    open_in_time: int = 0  # still open, deadline not passed (or paused)
    withdrawn: int = 0
    unclear: int = 0  # answered while the recorded events leave the clock paused
    extended: int = 0  # public interest (s.10(3)) or EIR reg 7 extensions
    granted: int = 0
    part: int = 0
    refused: int = 0
    not_held: int = 0
    reviews: int = 0  # internal reviews requested
    references: list[str] = field(default_factory=list)

    @property
    def timeliness(self) -> float | None:
        """Answered in time as a percentage of the requests whose deadline has come (answered or overdue)."""
        due = self.in_time + self.late
        return None if due == 0 else 100.0 * self.in_time / due

    @property
    def mark(self) -> str:
        pct = self.timeliness
        if pct is None:
            return "nothing due yet"
        if pct >= ICO_GOOD:
            return "good (≥ 95 %)"
        if pct >= ICO_MONITOR:
            return "< 95 %"
        return "< 90 %: ICO monitors"


def period_of(day: date, period: Literal["month", "quarter"]) -> str:
    return f"{day:%Y-%m}" if period == "month" else f"{day.year} Q{(day.month - 1) // 3 + 1}"


def compute_figures(rows: list[CaseRow], today: date, period: Literal["month", "quarter"] = "month") -> list[PeriodFigures]:
    """Per period of receipt, FOI and EIR requests only (reviews and SARs are counted elsewhere)."""
    out: dict[str, PeriodFigures] = {}
    for row in rows:
        case = row.case
        if case.regime not in ("foi", "eir"):
            continue
        key = period_of(case.received_on, period)
        fig = out.setdefault(key, PeriodFigures(key))
        fig.received += 1
        fig.references.append(case.reference or str(case.id))
        kinds = {e.kind for e in row.events}
        if kinds & {"pit_extended", "eir_extended"}:
            fig.extended += 1
        if "review_requested" in kinds:
            fig.reviews += 1
        if case.outcome in ("granted", "part", "refused", "not_held"):
            setattr(fig, case.outcome, getattr(fig, case.outcome) + 1)
        deadline = row.clock.deadline
        responded = min((e.on_date for e in row.events if e.kind == "responded"), default=case.responded_on)
        fig.answered += responded is not None
        outcome = foi.timeliness(withdrawn=case.status.value == "withdrawn", responded_on=responded,
                                 due=deadline.due if deadline else None, today=today)
        if outcome == "withdrawn":
            fig.withdrawn += 1
        elif outcome == "in_time":
            fig.in_time += 1
        elif outcome in ("late", "overdue"):
            fig.late += 1
        elif outcome == "unclear":
            fig.unclear += 1
        else:
            fig.open_in_time += 1
    return [out[k] for k in sorted(out)]


async def figures(store: Store, *, today: date, period: Literal["month", "quarter"] = "month",
                  since: date | None = None) -> list[PeriodFigures]:
    rows = await list_cases(store, FoiFilter(open_only=False, received_from=since, limit=1_000_000), today=today,
                            sort="received")
    return compute_figures(rows, today, period)


# --------------------------------------------------------------------------- disclosure log

DISCLOSURE_COLUMNS = ("reference", "regime", "received", "responded", "in_time", "outcome", "exemptions",
                      "response_channel", "response_url", "request")


def _cell(value: str) -> str:
    """One line, spreadsheet-safe: the request text is the public's."""
    return csv_safe(clean(value, single_line=True))


def disclosure_log_csv(rows: list[CaseRow]) -> str:
    """Answered requests for the public disclosure log: no applicant's name, handle or contact."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(DISCLOSURE_COLUMNS)
    answered = [r for r in rows if r.case.responded_on is not None]
    for r in sorted(answered, key=lambda r: (r.case.responded_on or date.min, r.case.reference or "")):
        c = r.case
        writer.writerow([
            _cell(c.reference or ""), c.regime, c.received_on.isoformat(),
            (c.responded_on or date.min).isoformat(), "yes" if r.clock.in_time in (True, None) else "no",
            c.outcome or "", _cell("; ".join(c.exemptions)), c.response_channel or "", _cell(c.response_url or ""),
            _cell(c.request_text),
        ])
    return buffer.getvalue()


async def export_disclosure_log(store: Store, path: Path, *, today: date) -> int:
    """Write the disclosure log CSV to ``path`` (refusing to overwrite); returns the rows written."""
    import asyncio

    rows = await list_cases(store, FoiFilter(open_only=False, limit=1_000_000), today=today, sort="received")
    text = disclosure_log_csv(rows)

    def write() -> None:
        target = path.expanduser()
        if target.exists():
            raise UserError(f"{target}: already exists (choose a new file name)")
        if not target.parent.is_dir():
            raise UserError(f"{target.parent}: folder does not exist")
        target.write_text(text, encoding="utf-8")

    await asyncio.to_thread(write)
    return text.count("\n") - 1
