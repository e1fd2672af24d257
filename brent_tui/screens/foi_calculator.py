"""`c` on the FOI tab: the statutory clock, interactive — the same options as `brent-tui foi due`.

The answer and its explanation update as you type. The calendar is the one the tab uses (the
`holidays` package plus any GOV.UK days loaded into the database), passed in already built.
"""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, Label, Select, Static

from brent_tui.domain import foi
from brent_tui.domain.london import HolidayCalendar
from brent_tui.screens.foi_case_form import REGIME_LABELS, parse_day
from brent_tui.widgets.key_footer import KeyFooter
from brent_tui.widgets.ticks import TickBox

_DATES = ("received", "clarification_requested", "clarification_received", "fee_notice", "fee_paid",
          "pit_notified", "id_requested", "id_received")
_FLAGS = ("pit_extended", "eir_extended", "review_extended", "sar_extended")
_LABELS = {
    "received": "Received", "clarification_requested": "Clarification asked", "clarification_received":
    "Clarification received", "fee_notice": "Fees notice", "fee_paid": "Fee paid", "pit_notified":
    "PIT: applicant told", "id_requested": "SAR: ID asked", "id_received": "SAR: ID received",
    "pit_extended": "Public interest extension", "eir_extended": "EIR complex + voluminous",
    "review_extended": "Review extended", "sar_extended": "SAR extended",
}


def calculate(values: dict[str, str], flags: dict[str, bool], regime: str, review_of: str | None, today: date,
              cal: HolidayCalendar, soon: int = 5) -> tuple[foi.Deadline, foi.ClockStatus]:
    """The pure part of the calculator (tested without a terminal). Raises ValueError/ClockError."""
    days = {k: parse_day(v, today) for k, v in values.items() if v.strip()}
    if "received" not in days:
        raise ValueError("type the date of receipt")
    received = days.pop("received")
    events = foi.ClockEvents(
        **days,
        pit_extended=flags.get("pit_extended", False) or "pit_notified" in days,
        eir_extended=flags.get("eir_extended", False),
        review_extended=flags.get("review_extended", False),
        sar_extended=flags.get("sar_extended", False),
        review_of=review_of if regime == "review" else None,
    )
    deadline = foi.due_date(received, regime, events, cal)
    return deadline, foi.status_on(deadline, today, cal, soon)


class FoiCalculator(ModalScreen[None]):
    """Esc closes. Nothing is saved: this answers "when is this due?"."""

    TITLE = "FOI calculator"  # how `?` names this window

    CSS_PATH = "foi.tcss"
    BINDINGS = [Binding("escape", "close", "Close", id="foi_calculator.close")]

    def __init__(self, cal: HolidayCalendar, today: date, soon: int = 5) -> None:
        super().__init__()
        self.cal = cal
        self.today = today
        self.soon = soon

    def compose(self) -> ComposeResult:
        with Vertical(classes="foi-form foi-calc"):
            yield Static("FOI calculator — when is it due? (Esc closes)", classes="foi-form-title", markup=False)
            with Horizontal(classes="foi-row"):
                yield Label("Regime")
                yield Select([(REGIME_LABELS[r], r) for r in ("foi", "eir", "review", "sar")], value="foi",
                             allow_blank=False, id="calc-regime", compact=True)
                yield Label("Review of")
                yield Select([("FOI response", "foi"), ("EIR response", "eir")], value="foi", allow_blank=False,
                             id="calc-review-of", compact=True)
            for a, b in zip(_DATES[::2], _DATES[1::2], strict=True):
                with Horizontal(classes="foi-row"):
                    for name in (a, b):
                        yield Label(_LABELS[name])
                        yield Input(self.today.isoformat() if name == "received" else "", id=f"calc-{name}",
                                    placeholder="YYYY-MM-DD", compact=True)
            with Horizontal(classes="foi-row"):
                for name in _FLAGS:
                    yield TickBox(_LABELS[name], id=f"calc-{name}", compact=True)
            with VerticalScroll(id="calc-answer-box"):
                yield Static("", id="calc-answer")
            yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#calc-received", Input).focus()
        self.recalculate()

    @on(Input.Changed)
    @on(Select.Changed)
    @on(Checkbox.Changed)
    def recalculate(self) -> None:
        values = {n: self.query_one(f"#calc-{n}", Input).value for n in _DATES}
        flags = {n: self.query_one(f"#calc-{n}", Checkbox).value for n in _FLAGS}
        regime = str(self.query_one("#calc-regime", Select).value)
        review_of = str(self.query_one("#calc-review-of", Select).value)
        answer = self.query_one("#calc-answer", Static)
        try:
            deadline, status = calculate(values, flags, regime, review_of, self.today, self.cal, self.soon)
        except (ValueError, foi.ClockError) as exc:
            answer.update(Text(f"⚠ {exc}", style="bold red"))
            return
        out = Text()
        if deadline.due:
            out.append(f"Due {foi.fmt(deadline.due)}", style="bold")
            left = status.working_days_left
            out.append(f"  ·  {status.label}  ·  {left} working day(s) left on {foi.fmt(self.today)}\n")
        else:
            out.append(f"No deadline yet: {status.label}\n", style="bold")
        for w in deadline.warnings:
            out.append(f"⚠ {w}\n", style="yellow")
        for line in deadline.explanation:
            out.append(f"{line}\n")
        for day, number, why in deadline.timeline():
            mark = f"day {number:>2}" if number is not None else f"skipped: {why}"
            out.append(f"  {day.isoformat()} {day:%a}  {mark}\n", style="" if number is not None else "dim")
        answer.update(out)

    def action_close(self) -> None:
        self.dismiss(None)
