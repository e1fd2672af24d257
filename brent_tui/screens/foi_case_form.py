"""A modal form to open an FOI case, typed in or prefilled from a mention; validity is judged live."""

from __future__ import annotations

from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Select, Static, TextArea

from brent_tui.domain import foi
from brent_tui.store.foi import REGIMES, FoiCaseDraft
from brent_tui.widgets.key_footer import KeyFooter

REGIME_LABELS = {"foi": "FOI (FOIA)", "eir": "EIR", "review": "Internal review", "sar": "Subject access (SAR)"}


def parse_day(text: str, today: date) -> date:
    """``YYYY-MM-DD`` or ``today``; a clear ValueError otherwise."""
    raw = text.strip().lower()
    if raw == "today":
        return today
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise ValueError(f"{text.strip() or '(empty)'} is not a date: use YYYY-MM-DD or 'today'") from None


NARROW = 100  # columns: below this the form's label-and-field pairs stack


class FoiCaseForm(ModalScreen[FoiCaseDraft | None]):
    """ctrl+s saves, Esc cancels. The case is opened by the FOI tab's worker with the returned draft."""

    TITLE = "New FOI case"  # how `?` names this window

    CSS_PATH = "foi.tcss"
    BINDINGS = [
        Binding("ctrl+s", "save", "Open case", id="foi_case_form.save"),
        Binding("escape", "cancel", "Cancel", id="foi_case_form.cancel"),
    ]

    def __init__(self, draft: FoiCaseDraft | None, today: date, title: str = "New FOI case") -> None:
        super().__init__()
        self.draft = draft
        self.today = today
        self.title_text = title

    def on_resize(self) -> None:
        """Under 100 columns (an 80×24 terminal) each label and its field take a row of their own."""
        self.set_class(self.size.width < NARROW, "-narrow")

    def compose(self) -> ComposeResult:
        d = self.draft
        with Vertical(classes="foi-form"):
            yield Static(self.title_text, classes="foi-form-title", markup=False)
            with VerticalScroll():
                with Horizontal(classes="foi-row"):
                    yield Label("Received (London date)")
                    yield Input(d.received_on.isoformat() if d else self.today.isoformat(), id="received")
                    yield Label("Regime")
                    yield Select([(REGIME_LABELS[r], r) for r in REGIMES], value=d.regime if d else "foi",
                                 allow_blank=False, id="regime")
                with Horizontal(classes="foi-row"):
                    yield Label("Applicant's real name")
                    yield Input(d.applicant_name or "" if d else "", id="name", placeholder="as given")
                    yield Label("Handle")
                    yield Input(d.applicant_handle or "" if d else "", id="handle")
                with Horizontal(classes="foi-row"):
                    yield Label("Email or postal address")
                    yield Input(d.contact or "" if d else "", id="contact")
                    yield Label("Channel")
                    yield Input(d.channel if d else "email", id="channel")
                with Horizontal(classes="foi-row"):
                    yield Label("Profile URL")
                    yield Input(d.profile_url or "" if d else "", id="profile")
                    yield Label("Assignee (login)")
                    yield Input(d.assignee or "" if d else "", id="assignee")
                yield Label("Request")
                yield TextArea(d.request_text if d else "", id="request", soft_wrap=True)
                yield Static("", id="validity", markup=False)
                yield Static("", id="form-error", markup=False)
            yield KeyFooter()

    def on_mount(self) -> None:
        self._judge()
        self.query_one("#received" if self.draft is None else "#name", Input).focus()

    def _val(self, wid: str) -> str:
        return self.query_one(f"#{wid}", Input).value.strip()

    @on(Input.Changed)
    @on(TextArea.Changed)
    def _judge(self) -> None:
        v = foi.judge_validity(self._val("name") or None, self._val("handle") or None,
                               self.query_one("#request", TextArea).text, self._val("contact") or None)
        line = self.query_one("#validity", Static)
        line.update(("⚠ " if v.doubtful else "✓ ") + v.note)
        line.set_class(v.doubtful, "doubtful")

    def action_save(self) -> None:
        error = self.query_one("#form-error", Static)
        try:
            received = parse_day(self._val("received"), self.today)
        except ValueError as exc:
            error.update(str(exc))
            return
        text = self.query_one("#request", TextArea).text.strip()
        if not text:
            error.update("The request text is empty: paste what the applicant asked for.")
            return
        if not self._val("channel"):
            error.update("Say how the request arrived (channel: x, mastodon, email, web...).")
            return
        regime = self.query_one("#regime", Select).value
        base = self.draft.model_dump() if self.draft else {}
        base.update(
            received_on=received, regime=str(regime), applicant_name=self._val("name") or None,
            applicant_handle=self._val("handle") or None, contact=self._val("contact") or None,
            channel=self._val("channel"), profile_url=self._val("profile") or None,
            assignee=self._val("assignee") or None, request_text=text,
        )
        self.dismiss(FoiCaseDraft(**base))

    def action_cancel(self) -> None:
        self.dismiss(None)
