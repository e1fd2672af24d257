"""A modal form to record what happened to a case on a day (clarification, fees, extension, ...)."""

from __future__ import annotations

from datetime import date

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Select, Static

from brent_tui.domain import foi
from brent_tui.screens.foi_case_form import parse_day
from brent_tui.widgets.key_footer import KeyFooter

#: Kinds offered per regime (the clock refuses the others anyway; this keeps the list short).
_REGIME_KINDS = {
    "foi": ("clarification_requested", "clarification_received", "fee_notice", "fee_paid", "pit_extended"),
    "eir": ("clarification_requested", "clarification_received", "eir_extended"),
    "sar": ("id_requested", "id_received", "clarification_requested", "clarification_received", "sar_extended"),
    "review": ("review_extended",),
}
_COMMON = ("in_progress", "withdrawn", "review_requested", "review_extended", "ico_complaint", "note")


def kinds_for(regime: str) -> list[str]:
    return list(dict.fromkeys([*_REGIME_KINDS.get(regime, ()), *_COMMON]))


class FoiEventForm(ModalScreen[tuple[str, date, str | None] | None]):
    """ctrl+s saves, Esc cancels; the FOI tab records the event (the clock checks the order)."""

    TITLE = "FOI case event"  # how `?` names this window

    CSS_PATH = "foi.tcss"
    BINDINGS = [
        Binding("ctrl+s", "save", "Add event", id="foi_event_form.save"),
        Binding("escape", "cancel", "Cancel", id="foi_event_form.cancel"),
    ]

    def __init__(self, reference: str, regime: str, today: date) -> None:
        super().__init__()
        self.reference = reference
        self.regime = regime
        self.today = today

    def compose(self) -> ComposeResult:
        with Vertical(classes="foi-form foi-small"):
            yield Static(f"Add an event to {self.reference}", classes="foi-form-title", markup=False)
            yield Label("What happened")
            yield Select([(foi.EVENT_KINDS[k], k) for k in kinds_for(self.regime)], allow_blank=False, id="kind")
            with Horizontal(classes="foi-row"):
                yield Label("On (YYYY-MM-DD)")
                yield Input(self.today.isoformat(), id="on")
            yield Label("Note")
            yield Input("", id="note", placeholder="optional: what was asked, the fee, the exemption...")
            yield Static("", id="form-error", markup=False)
            yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#kind", Select).focus()

    def action_save(self) -> None:
        try:
            on_date = parse_day(self.query_one("#on", Input).value, self.today)
        except ValueError as exc:
            self.query_one("#form-error", Static).update(str(exc))
            return
        note = self.query_one("#note", Input).value.strip() or None
        self.dismiss((str(self.query_one("#kind", Select).value), on_date, note))

    def action_cancel(self) -> None:
        self.dismiss(None)
