"""A modal form to record the response: channel (email / website link), outcome and exemptions."""

from __future__ import annotations

from datetime import date
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Select, Static

from brent_tui.screens.foi_case_form import parse_day
from brent_tui.store.foi import parse_exemptions
from brent_tui.widgets.key_footer import KeyFooter

OUTCOME_LABELS = {"granted": "Granted in full", "part": "Part granted, part withheld", "refused": "Refused",
                  "not_held": "Information not held"}
CHANNEL_LABELS = {"email": "Emailed to the applicant",
                  "website": "Published on the website; link replied to the post"}


class FoiResponseForm(ModalScreen[dict[str, Any] | None]):
    """ctrl+s saves, Esc cancels; returns the keyword arguments of ``Store.record_foi_response``."""

    TITLE = "FOI response"  # how `?` names this window

    CSS_PATH = "foi.tcss"
    BINDINGS = [
        Binding("ctrl+s", "save", "Record response", id="foi_response_form.save"),
        Binding("escape", "cancel", "Cancel", id="foi_response_form.cancel"),
    ]

    def __init__(self, reference: str, today: date, channel: str = "email") -> None:
        super().__init__()
        self.reference = reference
        self.today = today
        self.channel = channel

    def compose(self) -> ComposeResult:
        with Vertical(classes="foi-form foi-small"):
            yield Static(f"Record the response to {self.reference}", classes="foi-form-title", markup=False)
            with Horizontal(classes="foi-row"):
                yield Label("Responded on")
                yield Input(self.today.isoformat(), id="on")
            yield Label("Channel")
            yield Select([(v, k) for k, v in CHANNEL_LABELS.items()], value=self.channel, allow_blank=False,
                         id="channel")
            yield Label("Link on the website (for a published response)")
            yield Input("", id="url", placeholder="https://www.brent.gov.uk/...")
            yield Label("Outcome")
            yield Select([(v, k) for k, v in OUTCOME_LABELS.items()], value="granted", allow_blank=False,
                         id="outcome")
            yield Label("Exemptions / exceptions cited")
            yield Input("", id="exemptions", placeholder="e.g. s.40(2); s.43(2)  or  reg 12(4)(b)")
            yield Static("", id="form-error", markup=False)
            yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#on", Input).focus()

    def action_save(self) -> None:
        try:
            on = parse_day(self.query_one("#on", Input).value, self.today)
        except ValueError as exc:
            self.query_one("#form-error", Static).update(str(exc))
            return
        self.dismiss({
            "responded_on": on,
            "channel": str(self.query_one("#channel", Select).value),
            "outcome": str(self.query_one("#outcome", Select).value),
            "url": self.query_one("#url", Input).value.strip() or None,
            "exemptions": parse_exemptions(self.query_one("#exemptions", Input).value),
        })

    def action_cancel(self) -> None:
        self.dismiss(None)
