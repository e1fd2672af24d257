"""The FOI / EIR / internal review / subject access statutory clocks.

Pure rules: no IO, no clock reads (``today`` is always passed in). Working days and bank holidays
come from `brent_tui.domain.london`, shared with the SLA, tone and schedule rules.

Law (see docs/domain.md section 5):

* FOIA s.10(1): the 20th working day *following* the date of receipt; the day of receipt is day 0
  even on a weekend or a holiday.
* FOIA s.10(6): a working day is any day except Saturday, Sunday, Christmas Day, Good Friday and a
  bank holiday under the Banking and Financial Dealings Act 1971 in *any* part of the UK. EIR
  reg 2(1) borrows the same definition.
* Clarification (s.1(3)): a fresh 20 working days from the day the clarification arrives. Fees
  (s.9, s.10(2)): the working days from the day the fees notice is given to the day the fee is
  received, both included, do not count; unpaid after three months the request lapses. Public
  interest (s.10(3)): at most a further 20 working days (ICO).
* EIR reg 5(2) 20 working days, reg 7(1) 40 when complex and voluminous, reg 9(4) clarification
  restarts; internal review: FOI s.45 Code 20 working days (40 at most), EIR reg 11(4) 40.
* Subject access (UK GDPR art 12(3), ICO guidance): a calendar month from the day of receipt (day 1)
  to the corresponding date, the month's last day when there is none, moved to the next working
  day (England & Wales); three months when extended; the clock starts when requested ID arrives;
  a clarification pauses it (the days from asking to receiving, both included, do not count).
"""

from __future__ import annotations

import calendar as _monthcal
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from brent_tui.domain.london import (
    MAX_SPAN_DAYS,
    HolidayCalendar,
    add_working_days,
    london_date,
    working_days_between,
)

__all__ = [
    "REQUEST_MARK",
    "request_line",
    "request_mark",
    "ClockError",
    "ClockEvents",
    "ClockStatus",
    "Deadline",
    "Regime",
    "add_months",
    "due_date",
    "Validity",
    "judge_validity",
    "receipt_date",
    "status_on",
]

#: Alaveteli (WhatDoTheyKnow) calls a request "long overdue" after this many working days.
LONG_OVERDUE_WORKING_DAYS = 40


class ClockError(ValueError):
    """An impossible or inapplicable set of clock events; the message is one sentence for a human."""


def fmt(d: date) -> str:
    """``Wed 25 Nov 2026`` — unambiguous in explanations, unlike 25/11 vs 11/25."""
    return f"{d:%a} {d.day} {d:%b %Y}"


# --------------------------------------------------------------------------- dates


def add_months(d: date, months: int) -> date:
    """The corresponding date ``months`` later, or that month's last day when there is none (ICO)."""
    index = d.year * 12 + (d.month - 1) + months
    year, month0 = divmod(index, 12)
    last = _monthcal.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(d.day, last))


def receipt_date(received_at: datetime) -> date:
    """The Europe/London calendar date of an aware datetime: the legal "date of receipt".

    An API's ``23:30Z`` in British Summer Time is already the next day in London. Naive datetimes are
    refused because guessing their zone could move the deadline by a day.
    """
    if received_at.tzinfo is None or received_at.utcoffset() is None:
        raise ValueError("receipt time has no time zone; pass an aware datetime (e.g. UTC)")
    return london_date(received_at)


# --------------------------------------------------------------------------- counting


def _count(
    start: date,
    n: int,
    cal: HolidayCalendar,
    disregard: tuple[date, date] | None = None,
    disregard_why: str = "",
) -> tuple[date, list[date], list[tuple[date, str]]]:
    """Walk from day 0 = ``start`` to the ``n``-th counted working day; record what was skipped and why."""
    counted: list[date] = []
    skipped: list[tuple[date, str]] = []
    day = start
    for _ in range(MAX_SPAN_DAYS * max(1, n)):
        if len(counted) >= n:
            return day, counted, skipped
        day += timedelta(days=1)
        why = cal.why_not_working(day)
        if why is not None:
            skipped.append((day, why))
        elif disregard is not None and disregard[0] <= day <= disregard[1]:
            skipped.append((day, disregard_why))
        else:
            counted.append(day)
    raise ValueError("no working days found: the holiday calendar looks broken")


# --------------------------------------------------------------------------- models


class Regime(StrEnum):
    """Which clock: FOIA request, EIR request, internal review, or UK GDPR subject access request."""

    foi = "foi"
    eir = "eir"
    review = "review"
    sar = "sar"


_EVENT_REGIMES: dict[str, tuple[Regime, ...]] = {
    "clarification_requested": (Regime.foi, Regime.eir, Regime.sar),
    "clarification_received": (Regime.foi, Regime.eir, Regime.sar),
    "fee_notice": (Regime.foi,),
    "fee_paid": (Regime.foi,),
    "pit_extended": (Regime.foi,),
    "pit_notified": (Regime.foi,),
    "eir_extended": (Regime.eir,),
    "review_of": (Regime.review,),
    "review_extended": (Regime.review,),
    "id_requested": (Regime.sar,),
    "id_received": (Regime.sar,),
    "sar_extended": (Regime.sar,),
}
_EVENT_NAMES: dict[str, str] = {
    "clarification_requested": "clarification requested",
    "clarification_received": "clarification received",
    "fee_notice": "fees notice",
    "fee_paid": "fee paid",
    "pit_extended": "public interest extension",
    "pit_notified": "public interest extension notice",
    "eir_extended": "EIR extension (reg 7)",
    "review_of": "review of",
    "review_extended": "review extension",
    "id_requested": "ID requested",
    "id_received": "ID received",
    "sar_extended": "subject access extension",
}


class ClockEvents(BaseModel):
    """What happened to a request after receipt. Unknown fields are refused (a typo must not be ignored).

    Orders that cannot happen (a fee paid before the notice, a clarification received before it was
    asked for) raise :class:`ClockError` on construction; orders relative to the date of receipt and
    the regime are checked by :func:`due_date`.
    """

    # defer_build: the schema is built on first validation, not at import (``foi due`` start-up time)
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    clarification_requested: date | None = None
    clarification_received: date | None = None
    fee_notice: date | None = None
    fee_paid: date | None = None
    pit_extended: bool = False
    pit_notified: date | None = None
    eir_extended: bool = False
    review_of: Literal["foi", "eir"] | None = None
    review_extended: bool = False
    id_requested: date | None = None
    id_received: date | None = None
    sar_extended: bool = False

    def __init__(self, **data: Any) -> None:
        super().__init__(**data)
        self.check_order()

    def check_order(self) -> None:
        """Raise :class:`ClockError` for pairs of events in an impossible order."""
        pairs = (
            ("clarification_requested", "clarification_received", "clarification"),
            ("fee_notice", "fee_paid", "fee"),
            ("id_requested", "id_received", "ID"),
        )
        for first, second, what in pairs:
            a, b = getattr(self, first), getattr(self, second)
            if b is not None and a is None:
                raise ClockError(f"{_EVENT_NAMES[second]} is given without the {_EVENT_NAMES[first]} date")
            if a is not None and b is not None and b < a:
                raise ClockError(
                    f"{_EVENT_NAMES[second]} ({b.isoformat()}) is before the "
                    f"{_EVENT_NAMES[first]} ({a.isoformat()}): the {what} cannot arrive before it was asked for"
                )
        if self.pit_notified is not None and not self.pit_extended:
            raise ClockError("public interest extension notice date is given without the extension itself")

    def used(self) -> list[str]:
        """Names of the fields that are set (for regime checks)."""
        return [name for name in _EVENT_REGIMES if getattr(self, name) not in (None, False)]

    def check_against(self, received: date, regime: Regime) -> None:
        """Raise :class:`ClockError` for events that precede receipt or do not belong to ``regime``."""
        self.check_order()
        for name in self.used():
            if regime not in _EVENT_REGIMES[name]:
                allowed = "/".join(r.value.upper() for r in _EVENT_REGIMES[name])
                raise ClockError(
                    f"{_EVENT_NAMES[name]} applies to {allowed} only, not to a {regime.value.upper()} clock"
                )
            value = getattr(self, name)
            if isinstance(value, date) and value < received:
                raise ClockError(
                    f"{_EVENT_NAMES[name]} ({value.isoformat()}) is before the request was received "
                    f"({received.isoformat()})"
                )
        if regime is Regime.review and self.review_of == "eir" and self.review_extended:
            raise ClockError("an EIR internal review cannot be extended: reg 11(4) fixes 40 working days")


class Deadline(BaseModel):
    """A computed deadline with its reasons. Never stored: recompute when the calendar changes.

    Built by this module with ``model_construct`` (the values are computed here, already typed), so
    the CLI does not pay for building a validation schema it would never use.
    """

    model_config = ConfigDict(defer_build=True)

    regime: Regime
    received: date
    start: date | None  # day 0 (FOI/EIR/review) or day 1 (SAR); None while awaiting ID
    due: date | None  # None while the clock is paused or stopped: see ``status``
    status: str = "running"  # running | awaiting clarification | awaiting fee | awaiting ID
    working_days: int | None = None  # the limit counted (20 or 40); None for SAR (calendar months)
    original_due: date | None = None  # before an extension (PIT, reg 7, review, SAR)
    counted: list[date] = Field(default_factory=list)
    skipped: list[tuple[date, str]] = Field(default_factory=list)
    explanation: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    lapses_on: date | None = None  # unpaid fees notice: the first day on which the request has lapsed
    last_day_to_pay: date | None = None
    long_overdue_after: date | None = None  # "long overdue" from the day after this

    def timeline(self) -> list[tuple[date, int | None, str]]:
        """Every day after the start up to the due date: ``(day, working day number or None, reason)``."""
        numbers = {d: i for i, d in enumerate(self.counted, start=1)}
        rows: list[tuple[date, int | None, str]] = [(d, n, "counted") for d, n in numbers.items()]
        rows += [(d, None, why) for d, why in self.skipped]
        return sorted(rows, key=lambda r: r[0])


class ClockStatus(BaseModel):
    """Where a deadline stands on a given day."""

    model_config = ConfigDict(defer_build=True)

    label: str  # on time | due soon | due today | delayed | long overdue | awaiting ... | lapsed
    today: date
    due: date | None
    working_days_left: int | None  # negative when late; None while paused


# --------------------------------------------------------------------------- the clocks

_WORKING_DAY_RULE = (
    "Working day (FOIA s.10(6), EIR reg 2(1)): any day except Saturday, Sunday, Christmas Day, Good Friday "
    "and a bank holiday in any part of the UK (England & Wales, Scotland, Northern Ireland)."
)


def _lapse_dates(notice: date) -> tuple[date, date]:
    """Last day to pay and lapse date for a fees notice (s.9(2): three months *beginning with* the notice).

    A period of months beginning with a day ends the day before the corresponding date, or on the last
    day of the month when there is no corresponding date (31 Aug -> 30 Nov).
    """
    corresponding = add_months(notice, 3)
    last = corresponding - timedelta(days=1) if corresponding.day == notice.day else corresponding
    return last, last + timedelta(days=1)


def _working_day_clock(received: date, regime: Regime, ev: ClockEvents, cal: HolidayCalendar) -> Deadline:
    lines: list[str] = []
    warnings: list[str] = []
    if regime is Regime.foi:
        base, extended = 20, 40 if ev.pit_extended else None
        lines.append(f"FOI request (FOIA s.10(1)): received {fmt(received)}; that day is day 0.")
    elif regime is Regime.eir:
        base, extended = 20, 40 if ev.eir_extended else None
        lines.append(f"EIR request (reg 5(2)): received {fmt(received)}; that day is day 0.")
    else:
        review_of = ev.review_of or "foi"
        if review_of == "eir":
            base, extended = 40, None
            lines.append(
                f"Internal review of an EIR response (reg 11(4): 40 working days): representations received "
                f"{fmt(received)}; that day is day 0."
            )
        else:
            base, extended = 20, 40 if ev.review_extended else None
            note = "" if ev.review_of else " (review_of not given: FOI assumed)"
            lines.append(
                f"Internal review of an FOI response (s.45 Code of Practice: 20 working days){note}: "
                f"request received {fmt(received)}; that day is day 0."
            )
    lines.append(_WORKING_DAY_RULE)

    start = received
    if ev.clarification_requested is not None:
        first_due = _count(received, base, cal)[0]
        law = "s.1(3) FOIA" if regime is Regime.foi else "reg 9(4) EIR"
        if ev.clarification_requested > first_due:
            warnings.append(
                f"Clarification was sought on {fmt(ev.clarification_requested)}, after the original deadline "
                f"{fmt(first_due)}; it should be sought promptly (within 20 working days)."
            )
        if ev.clarification_received is None:
            lines.append(
                f"Clarification sought on {fmt(ev.clarification_requested)} ({law}): the clock restarts when "
                "it arrives; no deadline until then."
            )
            return Deadline.model_construct(
                regime=regime,
                received=received,
                start=received,
                due=None,
                status="awaiting clarification",
                working_days=extended or base,
                explanation=lines,
                warnings=warnings,
            )
        start = ev.clarification_received
        lines.append(
            f"Clarification sought {fmt(ev.clarification_requested)}, received {fmt(start)} ({law}): a fresh "
            f"{base} working days from {fmt(start)} (day 0)."
        )

    disregard: tuple[date, date] | None = None
    disregard_why = "fees notice outstanding (FOIA s.10(2))"
    last_to_pay = lapses = None
    if ev.fee_notice is not None:
        last_to_pay, lapses = _lapse_dates(ev.fee_notice)
        used = max(0, working_days_between(start, ev.fee_notice - timedelta(days=1), cal))
        if used >= base:
            warnings.append(
                f"The fees notice ({fmt(ev.fee_notice)}) was given after {used} working days; s.9 requires "
                f"it within the {base}-working-day limit."
            )
        if ev.fee_paid is None:
            lines.append(
                f"Fees notice given {fmt(ev.fee_notice)} (s.9) after {used} working day(s): the clock stops "
                f"until the fee is received; the fee must be paid by {fmt(last_to_pay)} and the request "
                f"lapses on {fmt(lapses)} (s.9(2), three months beginning with the notice)."
            )
            return Deadline.model_construct(
                regime=regime,
                received=received,
                start=start,
                due=None,
                status="awaiting fee",
                working_days=extended or base,
                explanation=lines,
                warnings=warnings,
                lapses_on=lapses,
                last_day_to_pay=last_to_pay,
            )
        if ev.fee_paid > last_to_pay:
            raise ClockError(
                f"fee paid ({ev.fee_paid.isoformat()}) after the fees notice lapsed: it was payable until "
                f"{last_to_pay.isoformat()} (s.9(2)); treat the request as new"
            )
        disregard = (ev.fee_notice, ev.fee_paid)
        lines.append(
            f"Fees notice given {fmt(ev.fee_notice)}, fee received {fmt(ev.fee_paid)}: working days from the "
            "notice to the payment, both included, do not count (s.10(2))."
        )
        last_to_pay = lapses = None

    first, counted, skipped = _count(start, base, cal, disregard, disregard_why)
    due, original_due = first, None
    if extended is not None:
        original_due = first
        due, counted, skipped = _count(start, extended, cal, disregard, disregard_why)
        if regime is Regime.foi:
            told = ""
            if ev.pit_notified is not None:
                told = f" The applicant was told on {fmt(ev.pit_notified)}."
                if ev.pit_notified > first:
                    warnings.append(
                        f"The applicant was told of the public interest extension on {fmt(ev.pit_notified)}, "
                        f"after the {base}-working-day deadline {fmt(first)}; s.17(2) requires the notice within it."
                    )
            else:
                warnings.append(
                    "Record the day the applicant was told of the public interest extension (s.17(2))."
                )
            lines.append(
                f"Public interest extension (s.10(3)): a further 20 working days, the most the ICO accepts; "
                f"without it the deadline was {fmt(first)}.{told}"
            )
        elif regime is Regime.eir:
            lines.append(
                f"Complex and voluminous (EIR reg 7(1)): 40 working days instead of 20; without it the "
                f"deadline was {fmt(first)}. Tell the applicant within the 20 working days (reg 7(3))."
            )
        else:
            lines.append(
                f"Review extended (s.45 Code of Practice): 40 working days at most; without it the deadline "
                f"was {fmt(first)}."
            )
    n = extended or base
    lines.append(f"Counted {n} working days after {fmt(start)}; skipped {len(skipped)} day(s).")
    lines.append(f"Due {fmt(due)}: the {n}th working day following {fmt(start)}.")
    overdue = _count(start, LONG_OVERDUE_WORKING_DAYS, cal, disregard, disregard_why)[0]
    return Deadline.model_construct(
        regime=regime,
        received=received,
        start=start,
        due=due,
        working_days=n,
        original_due=original_due,
        counted=counted,
        skipped=skipped,
        explanation=lines,
        warnings=warnings,
        long_overdue_after=max(overdue, due),
    )


def _sar_clock(received: date, ev: ClockEvents, cal: HolidayCalendar) -> Deadline:
    lines = [f"Subject access request (UK GDPR art 12(3)): received {fmt(received)}."]
    warnings: list[str] = []
    start = received
    if ev.id_requested is not None:
        if ev.id_received is None:
            lines.append(
                f"ID requested {fmt(ev.id_requested)}: the month starts when it arrives; no deadline until then."
            )
            return Deadline.model_construct(
                regime=Regime.sar,
                received=received,
                start=None,
                due=None,
                status="awaiting ID",
                explanation=lines,
            )
        start = ev.id_received
        lines.append(f"ID requested {fmt(ev.id_requested)}, received {fmt(start)}: the clock starts then.")
    months = 3 if ev.sar_extended else 1
    lines.append(
        f"Day 1 is {fmt(start)}; the time limit runs to the corresponding date {months} month(s) later, or "
        "that month's last day when there is none (ICO)."
    )
    one_month = add_months(start, 1)
    end = add_months(start, months)
    skipped: list[tuple[date, str]] = []
    if ev.sar_extended:
        lines.append(f"Extended by two further months (art 12(3)): three months from {fmt(start)}.")
    if ev.clarification_requested is not None:
        if ev.clarification_requested < start:
            raise ClockError(
                f"clarification requested ({ev.clarification_requested.isoformat()}) before the clock started "
                f"({start.isoformat()})"
            )
        if ev.clarification_requested > end:
            warnings.append(
                f"Clarification was sought on {fmt(ev.clarification_requested)}, after the deadline {fmt(end)}; "
                "it cannot pause a clock that has run out."
            )
        elif ev.clarification_received is None:
            lines.append(
                f"Clarification sought {fmt(ev.clarification_requested)}: the clock is paused until it arrives "
                "(UK GDPR art 12A, Data (Use and Access) Act 2025)."
            )
            return Deadline.model_construct(
                regime=Regime.sar,
                received=received,
                start=start,
                due=None,
                status="awaiting clarification",
                explanation=lines,
                warnings=warnings,
            )
        else:
            q, r = ev.clarification_requested, ev.clarification_received
            paused = (r - q).days + 1
            skipped += [
                (q + timedelta(days=i), "clock paused for clarification (art 12A)") for i in range(paused)
            ]
            one_month += timedelta(days=paused)
            end += timedelta(days=paused)
            lines.append(
                f"Clarification sought {fmt(q)}, received {fmt(r)}: those {paused} day(s), both included, do "
                "not count (art 12A), so the limit moves on by as many days."
            )
    due = end
    while (why := cal.why_not_working_ew(due)) is not None:
        skipped.append((due, f"{why}: deadline moves to the next working day"))
        due += timedelta(days=1)
    if due != end:
        lines.append(f"{fmt(end)} is not a working day in England & Wales: moved to {fmt(due)}.")
    lines.append(f"Due {fmt(due)}.")
    original_due = None
    if ev.sar_extended:
        original_due = one_month
        while not cal.is_working_day_ew(original_due):
            original_due += timedelta(days=1)
        lines.append(
            f"Without the extension the deadline was {fmt(original_due)}; tell the requester before then."
        )
    overdue = add_working_days(start, LONG_OVERDUE_WORKING_DAYS, cal)
    return Deadline.model_construct(
        regime=Regime.sar,
        received=received,
        start=start,
        due=due,
        original_due=original_due,
        skipped=skipped,
        explanation=lines,
        warnings=warnings,
        long_overdue_after=max(overdue, due),
    )


def due_date(
    received: date,
    regime: Regime | str = Regime.foi,
    events: ClockEvents | None = None,
    calendar: HolidayCalendar | None = None,
) -> Deadline:
    """Compute the statutory deadline for a request received on ``received`` (a Europe/London date).

    Raises :class:`ClockError` when the events cannot have happened (or do not apply to ``regime``).
    """
    if isinstance(received, datetime):
        raise ClockError("pass the date of receipt, not a datetime: use receipt_date() first")
    try:
        regime = Regime(regime)
    except ValueError:
        raise ClockError(f"unknown regime {regime!r}; expected one of foi, eir, review, sar") from None
    ev = events or ClockEvents()
    ev.check_against(received, regime)
    cal = calendar or HolidayCalendar.default()
    try:
        if regime is Regime.sar:
            return _sar_clock(received, ev, cal)
        return _working_day_clock(received, regime, ev, cal)
    except OverflowError:  # a deadline past 31 Dec 9999
        raise ClockError(f"{received.isoformat()} is too late a date to count a deadline from") from None


def status_on(
    deadline: Deadline, today: date, cal: HolidayCalendar | None = None, soon: int = 5
) -> ClockStatus:
    """Label a deadline on ``today``: on time / due soon (≤ ``soon`` working days) / due today / delayed /
    long overdue (past 40 working days from the start, Alaveteli's mark), or the paused status."""
    cal = cal or HolidayCalendar.default()
    due = deadline.due
    if due is None:
        label = deadline.status
        if deadline.lapses_on is not None and today >= deadline.lapses_on:
            label = "lapsed"
        return ClockStatus.model_construct(label=label, today=today, due=None, working_days_left=None)
    left = working_days_between(today, due, cal)
    if today == due:
        label = "due today"
    elif today < due:
        label = "due soon" if left <= soon else "on time"
    elif deadline.long_overdue_after is not None and today > deadline.long_overdue_after:
        label = "long overdue"
    else:
        label = "delayed"
    return ClockStatus.model_construct(label=label, today=today, due=due, working_days_left=left)


# --------------------------------------------------------------------------- validity (s.8)

#: Words that make a display name a brand, a group or a role rather than a person's real name.
_NOT_A_PERSON = frozenset({
    "council", "councils", "borough", "brent", "london", "uk", "ltd", "limited", "plc", "llp", "cic", "group",
    "team", "news", "times", "post", "echo", "gazette", "official", "residents", "resident", "association",
    "assoc", "society", "club", "watch", "campaign", "campaigns", "action", "community", "network", "forum",
    "alliance", "committee", "trust", "charity", "foundation", "partnership", "services", "service", "media",
    "tv", "radio", "fm", "blog", "info", "hq", "the", "and", "of", "for", "bins", "parking", "housing",
    "tenants", "neighbours", "parents", "friends", "save", "stop", "anonymous", "anon", "user", "admin",
    "account", "page", "watcher", "watchers", "big", "little", "lil", "mad", "local", "fan", "lad", "geezer",
    "bloke", "guy",
})
_NAME_WORD = re.compile(r"^[^\W\d_]+(?:['\u2019-][^\W\d_]+)*\.?$")
_INITIAL = re.compile(r"^[^\W\d_]\.?$")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
#: A UK postcode (e.g. NW10 7RR, HA9 0FJ): with a house number, an address for correspondence.
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.IGNORECASE)
_HOUSE_NUMBER = re.compile(r"\b\d{1,4}[A-Za-z]?\s+[A-Z][a-z]+", re.UNICODE)
_STREET_ADDRESS = re.compile(
    r"\b\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][\w'\u2019-]+\s+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Close|Court|"
    r"Gardens|Way|Drive|Crescent|Place|Grove|Hill|Square|Terrace|Walk|Mews|Rise|Parade)\b,?\s+"
    r"(?:London|Wembley|Harrow|[A-Z]{1,2}\d[A-Z\d]?)\b")
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "cllr", "rev"})


@dataclass(frozen=True)
class Validity:
    """Whether a request made on social media is a valid FOI request (FOIA s.8(1)) as far as we can tell.

    ``doubtful`` never stops the clock (it runs from the post); it says what to ask the applicant for.
    """

    real_name: str | None  # the display name when it looks like a person's real name
    email: str | None
    postal_address: bool
    doubtful: bool
    reasons: list[str] = field(default_factory=list)
    ask_for: list[str] = field(default_factory=list)  # "real name", "email address"

    @property
    def note(self) -> str:
        """One line for the case: the verdict and why."""
        head = "validity doubtful — ask for " + " and ".join(self.ask_for) if self.doubtful else "valid request"
        return f"{head}: " + " ".join(self.reasons)


def looks_like_real_name(display_name: str | None, handle: str | None = None) -> bool:
    """Two or more words of letters (titles and initials allowed), not a handle, brand or group name.

    Deliberately cautious: "Margaret Doyle", "Dr A. Okafor", "Siân Ní Bhriain" pass; "bin_watcher99",
    "Kilburn Residents Association", "Brent & Kilburn Times", "Sam" do not.
    """
    if not display_name:
        return False
    name = " ".join(display_name.split())
    if not name or "@" in name or "_" in name or any(ch.isdigit() for ch in name):
        return False
    if handle and name.replace(" ", "").lower() == handle.lstrip("@").lower():
        return False
    words = [w for w in name.split(" ") if w]
    lowered = [w.strip(".").lower() for w in words]
    if any(w in _NOT_A_PERSON for w in lowered):
        return False
    if not all(_NAME_WORD.match(w) for w in words):
        return False
    core = [w for w, low in zip(words, lowered, strict=True) if low not in _TITLES]
    full = [w for w in core if not _INITIAL.match(w)]
    if len(core) < 2 or not full or _INITIAL.match(core[-1]) is not None:
        return False
    return all(len(w.strip(".")) >= 2 for w in full)


def find_email(*texts: str | None) -> str | None:
    """The first email address in any of ``texts`` (request text, contact field)."""
    for text in texts:
        if text:
            found = _EMAIL.search(text)
            if found:
                return found.group(0)
    return None


def has_postal_address(*texts: str | None) -> bool:
    """A UK postcode with a house number, or a number, a street and a town or district ("14 Mayo Road,
    London NW10"): enough to write back to."""
    return any(bool(text and ((_POSTCODE.search(text) and _HOUSE_NUMBER.search(text)) or _STREET_ADDRESS.search(text)))
               for text in texts)


def judge_validity(
    display_name: str | None,
    handle: str | None,
    text: str | None,
    contact: str | None = None,
) -> Validity:
    """Apply the strategy's rule and Ghafoor v IC (EA/2015/0140) to a request made on social media.

    Strategy: valid when the real name is visible in the profile, or a name and an address for
    correspondence are given. Tribunal: a handle alone is not an address for correspondence. So the
    request is treated as valid only with a real name *and* an email or postal address; otherwise it is
    "doubtful": the clock still runs from the post, and the reply asks for what is missing.
    """
    real = " ".join(display_name.split()) if display_name and looks_like_real_name(display_name, handle) else None
    email = find_email(contact, text)
    postal = has_postal_address(contact, text)
    reasons: list[str] = []
    ask: list[str] = []
    if real:
        reasons.append(f"Real name visible in the profile ({real}): the strategy's rule is met.")
    elif display_name and display_name.strip():
        reasons.append("The profile name does not look like a real name (a handle, brand or single word).")
        ask.append("real name")
    else:
        reasons.append("No name on the profile.")
        ask.append("real name")
    if email:
        reasons.append("An email address for correspondence is given.")
    elif postal:
        reasons.append("A postal address for correspondence is given.")
    else:
        reasons.append(
            "No email or postal address: a handle alone is not an address for correspondence "
            "(Ghafoor v IC, EA/2015/0140). The clock runs from the post anyway."
        )
        ask.append("email address")
    return Validity(
        real_name=real, email=email, postal_address=postal, doubtful=bool(ask), reasons=reasons, ask_for=ask
    )


#: "My name is", "Name:" and the same words in the languages most spoken in Brent: a name given in the post.
_NAME_LABEL = re.compile(
    r"(?i)\b(?:my name is|name\s*:|nome\s*:|nombre\s*:|nom\s*:|imi\u0119\s*:|numele|naam\s*:|magaca|ainm)"
    r"|\u0627\u0644\u0627\u0633\u0645|\u0928\u093e\u092e|\u0baa\u0bc6\u0baf\u0bb0\u0bcd|\u0aa8\u0abe\u0aae"
)
#: Two or more capitalised words in a row, as a signature ("Daniel Whitcombe, dw@…").
_SIGNED_NAME = re.compile(r"\b[A-Z][a-z'\u2019\-]+(?:\s+[A-Z][a-z'\u2019\-]+)+\b")


def strategy_valid(display_name: str | None, handle: str | None, text: str | None) -> bool:
    """The strategy's own test for a request made on social media, as triage applies it.

    "The Twitter user's real name should be visible in their public profile, or they must send
    information with an address for correspondence and the name of the applicant." So: a real
    name on the profile, or a name in the post together with an email or a postal address.
    (`judge_validity` is the stricter test a case officer applies before the clock is trusted.)
    """
    if looks_like_real_name(display_name):  # a real name is visible even when the handle spells it too
        return True
    if not text or not (find_email(text) or has_postal_address(text)):
        return False
    return bool(_NAME_LABEL.search(text) or _SIGNED_NAME.search(text))


def ask_for_details_text(validity: Validity, reference: str | None, received: date) -> str:
    """The public reply asking for what is missing; short enough for any network (< 280 characters)."""
    missing = " and ".join(validity.ask_for) or "contact details"
    ref = f" (ref {reference})" if reference else ""
    return (
        f"Thanks for your Freedom of Information request{ref}, logged as received {received:%d %b %Y}. "
        f"To respond we need your {missing}: please send {'them' if len(validity.ask_for) != 1 else 'it'} "
        "to us by direct message. "
        "We will not publish them."
    )


# --------------------------------------------------------------------------- cases and their events
#
# A tracked case stores only facts (date of receipt, dated events); its deadline is recomputed from
# them and the calendar every time, so a holiday loaded later moves it. Cases and events are duck
# typed (``brent_tui.domain.models.FoiCase`` / ``FoiEvent``) so that this module does not import the models.

#: Event kinds an officer can record, with the words shown on screen, and whether a date is the point.
EVENT_KINDS: dict[str, str] = {
    "clarification_requested": "Clarification requested (s.1(3) / reg 9(4))",
    "clarification_received": "Clarification received — the clock restarts",
    "fee_notice": "Fees notice given (s.9) — the clock stops",
    "fee_paid": "Fee received — the clock runs again",
    "pit_extended": "Public interest extension: applicant told (s.10(3), +20 working days)",
    "eir_extended": "EIR complex and voluminous (reg 7): 40 working days",
    "id_requested": "SAR: ID requested",
    "id_received": "SAR: ID received — the month starts",
    "sar_extended": "SAR extended to three months",
    "in_progress": "Accepted and in progress",
    "responded": "Responded",
    "withdrawn": "Withdrawn by the applicant",
    "review_requested": "Internal review requested",
    "review_extended": "Internal review extended to 40 working days (FOI)",
    "ico_complaint": "Complaint to the ICO",
    "note": "Note",
}
#: What each event kind does to a case's status (None: no change).
EVENT_STATUS: dict[str, str | None] = {
    "clarification_requested": "awaiting_clarification",
    "clarification_received": "in_progress",
    "fee_notice": "fee_notice",
    "fee_paid": "in_progress",
    "pit_extended": "pit_extension",
    "eir_extended": "in_progress",
    "id_requested": "awaiting_clarification",
    "id_received": "in_progress",
    "sar_extended": "in_progress",
    "in_progress": "in_progress",
    "responded": "responded",
    "withdrawn": "withdrawn",
    "review_requested": "internal_review",
    "review_extended": "internal_review",
    "ico_complaint": "with_ico",
    "note": None,
}
#: Statuses with no clock running.
CLOSED_STATUSES = frozenset({"responded", "withdrawn", "with_ico"})


#: How one request stands against its statutory deadline, for the timeliness figures.
Timeliness = Literal["in_time", "late", "overdue", "pending", "withdrawn", "unclear"]


def timeliness(*, withdrawn: bool, responded_on: date | None, due: date | None, today: date) -> Timeliness:
    """The one rule the Insights tab, the FOI tab's figures and `brent-tui report` count by.

    Withdrawn before an answer is left out; answered by the due date is in time, after it late;
    unanswered past the due date overdue, before it (or with the clock paused) pending. An answer
    recorded while the clock still shows paused is unclear: the events are incomplete.
    """
    if responded_on is None:
        if withdrawn:
            return "withdrawn"
        return "overdue" if due is not None and today > due else "pending"
    if due is None:
        return "unclear"
    return "in_time" if responded_on <= due else "late"
STATUS_WORDS: dict[str, str] = {
    "received": "received",
    "awaiting_clarification": "awaiting clarification",
    "fee_notice": "fee notice",
    "in_progress": "in progress",
    "pit_extension": "PIT extension",
    "responded": "responded",
    "withdrawn": "withdrawn",
    "internal_review": "internal review",
    "with_ico": "with ICO",
}


def _value(x: Any) -> str:
    return str(getattr(x, "value", x))


def _pair(events: list[Any], first: str, second: str) -> tuple[date | None, date | None]:
    """The latest ``first`` and the earliest ``second`` on or after it (else the latest ``second``,
    which then fails the order check with a clear message)."""
    asked = [e.on_date for e in events if e.kind == first]
    got = sorted(e.on_date for e in events if e.kind == second)
    a = max(asked) if asked else None
    if not got:
        return a, None
    if a is None:
        return None, got[-1]
    after = [d for d in got if d >= a]
    return a, after[0] if after else got[-1]


def _latest(events: list[Any], kind: str) -> date | None:
    days = [e.on_date for e in events if e.kind == kind]
    return max(days) if days else None


def request_clock_inputs(case: Any, events: Iterable[Any]) -> tuple[Regime, date, ClockEvents]:
    """The clock of the request itself (not its internal review) from a case and its events."""
    evs = list(events)
    regime = Regime(_value(case.regime))
    data: dict[str, Any] = {}
    clar = _pair(evs, "clarification_requested", "clarification_received")
    data["clarification_requested"], data["clarification_received"] = clar
    if regime is Regime.foi:
        data["fee_notice"], data["fee_paid"] = _pair(evs, "fee_notice", "fee_paid")
        pit = _latest(evs, "pit_extended")
        data["pit_extended"], data["pit_notified"] = pit is not None, pit
    if regime is Regime.eir:
        data["eir_extended"] = any(e.kind == "eir_extended" for e in evs)
    if regime is Regime.sar:
        data["id_requested"], data["id_received"] = _pair(evs, "id_requested", "id_received")
        data["sar_extended"] = any(e.kind == "sar_extended" for e in evs)
    if regime is Regime.review:
        data["review_extended"] = any(e.kind == "review_extended" for e in evs)
    misplaced = {
        "fee_notice": Regime.foi, "fee_paid": Regime.foi, "pit_extended": Regime.foi, "eir_extended": Regime.eir,
        "id_requested": Regime.sar, "id_received": Regime.sar, "sar_extended": Regime.sar,
    }
    for e in evs:
        wanted = misplaced.get(e.kind)
        if wanted is not None and wanted is not regime:
            raise ClockError(
                f"{EVENT_KINDS[e.kind].split(' (')[0].split(' —')[0].lower()} applies to {wanted.value.upper()} "
                f"requests only, not to a {regime.value.upper()} case"
            )
    return regime, case.received_on, ClockEvents(**data)


def request_deadline(case: Any, events: Iterable[Any], cal: HolidayCalendar | None = None) -> Deadline:
    """The statutory deadline of the request, recomputed from its events and the calendar."""
    regime, received, ev = request_clock_inputs(case, events)
    return due_date(received, regime, ev, cal)


def review_deadline(case: Any, events: Iterable[Any], cal: HolidayCalendar | None = None) -> Deadline | None:
    """The internal review's deadline, from the latest review request (None when none was made)."""
    evs = list(events)
    requested = _latest(evs, "review_requested")
    if requested is None:
        return None
    regime = _value(case.regime)
    review_of = regime if regime in ("foi", "eir") else None
    extended = any(e.kind == "review_extended" and e.on_date >= requested for e in evs)
    if review_of == "eir" and extended:
        raise ClockError("an EIR internal review cannot be extended: reg 11(4) fixes 40 working days")
    return due_date(requested, Regime.review, ClockEvents(review_of=review_of, review_extended=extended), cal)


def check_case_events(case: Any, events: Iterable[Any], today: date | None = None) -> None:
    """Raise :class:`ClockError` when a case's events cannot have happened (the store calls this on every
    change, so an impossible order is refused with the clock's own words)."""
    evs = list(events)
    for e in evs:
        if e.kind not in EVENT_KINDS:
            raise ClockError(f"unknown event kind {e.kind!r}")
        if e.on_date < case.received_on:
            raise ClockError(
                f"{e.kind.replace('_', ' ')} ({e.on_date.isoformat()}) is before the request was received "
                f"({case.received_on.isoformat()})"
            )
        if today is not None and e.on_date > today:
            raise ClockError(f"{e.kind.replace('_', ' ')} is dated {e.on_date.isoformat()}, in the future")
    request_deadline(case, evs, HolidayCalendar(use_package=False))
    review = [e for e in evs if e.kind == "review_requested"]
    if any(e.kind == "review_extended" for e in evs) and not review and _value(case.regime) != "review":
        raise ClockError("review extension is given without an internal review request")
    responded = [e.on_date for e in evs if e.kind == "responded"]
    if review and not responded and _value(case.regime) != "review":
        raise ClockError("an internal review can only be requested after a response")
    if review and responded and max(e.on_date for e in review) < min(responded):
        raise ClockError(
            f"internal review requested ({max(e.on_date for e in review).isoformat()}) before the first "
            f"response ({min(responded).isoformat()})"
        )
    review_deadline(case, evs, HolidayCalendar(use_package=False))


@dataclass(frozen=True)
class CaseClock:
    """Where one case stands today: the deadline that matters now and how it is labelled."""

    deadline: Deadline | None  # None only when the events are broken (see ``error``)
    phase: str  # "request" | "review" | "closed"
    label: str  # on time | due soon | due today | delayed | long overdue | paused status | responded ...
    due: date | None
    working_days_left: int | None
    in_time: bool | None = None  # responded cases: answered by the request deadline?
    error: str | None = None

    @property
    def overdue(self) -> bool:
        return self.label in ("delayed", "long overdue")


def case_clock(case: Any, events: Iterable[Any], today: date, cal: HolidayCalendar | None = None,
               soon: int = 5) -> CaseClock:
    """Compute a case's clock for ``today``: never stored, so a newly loaded holiday moves it."""
    evs = sorted(events, key=lambda e: (e.on_date, getattr(e, "id", 0) or 0))
    cal = cal or HolidayCalendar.default()
    status = _value(case.status)
    try:
        deadline = request_deadline(case, evs, cal)
        review = review_deadline(case, evs, cal) if status in ("internal_review", "with_ico") else None
    except ClockError as exc:
        return CaseClock(None, "request", "events inconsistent", None, None, error=str(exc))
    responded_on = getattr(case, "responded_on", None)
    first_response = min((e.on_date for e in evs if e.kind == "responded"), default=responded_on)
    in_time = None
    if first_response is not None:
        in_time = deadline.due is None or first_response <= deadline.due
    if status == "internal_review" and review is not None:
        st = status_on(review, today, cal, soon)
        return CaseClock(review, "review", st.label, review.due, st.working_days_left, in_time)
    if status in CLOSED_STATUSES:
        if status == "responded":
            label = "responded in time" if in_time in (True, None) else "responded late"
        else:
            label = STATUS_WORDS[status]
        return CaseClock(deadline, "closed", label, deadline.due, None, in_time)
    st = status_on(deadline, today, cal, soon)
    return CaseClock(deadline, "request", st.label, deadline.due, st.working_days_left, in_time)


# --------------------------------------------------------------------------- FOI requests seen in mentions
#
# The scorer flags an FOI request and judges it against the strategy (a real name, or a name and an
# address for correspondence); the Feed row and the Triage card show both with these words.

#: The Feed row's mark: valid, not valid, or flagged before validity was judged.
REQUEST_MARK: dict[bool | None, str] = {True: "FOI", False: "FOI✗", None: "FOI?"}


def request_mark(foi_flag: bool, foi_valid: bool | None) -> str:
    """The Feed row's short mark for a mention ("" when it is not an FOI request)."""
    return REQUEST_MARK[foi_valid] if foi_flag else ""


def request_line(foi_valid: bool | None) -> str:
    """The Triage card's line for a mention flagged as an FOI request."""
    if foi_valid is True:
        return "FOI request · valid: a real name, or a name and an address for correspondence"
    if foi_valid is False:
        return ("FOI request · not valid yet: no real name and address for correspondence — "
                "r drafts the reply saying how to make a valid request; f opens a case")
    return "FOI request · validity not judged yet (scored before it was)"
