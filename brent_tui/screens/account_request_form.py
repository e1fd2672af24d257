"""`n` on the Accounts tab: request a new account — the four questions, owners, frequency, campaign end.

Dismisses with a `RequestDraft` that already passes the rules (each problem is listed in the form
with its reason until it does); the Accounts screen submits it through the store.
"""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, Label, Select, Static

from brent_tui.domain.accounts import QUESTIONS, RequestDraft, parse_owners, request_problems, request_summary
from brent_tui.domain.models import Platform
from brent_tui.domain.text import clean
from brent_tui.widgets.ticks import TickBox


class RequestSummary(ModalScreen[bool]):
    """Every answer, as it will be submitted: y submits, n or Esc goes back to edit."""

    DEFAULT_CSS = """
    RequestSummary { align: center middle; }
    RequestSummary > Vertical { width: 100; max-width: 98%; height: 90%;
        border: round $accent; background: $surface; padding: 0 1; }
    RequestSummary VerticalScroll { height: 1fr; }
    """
    BINDINGS = [
        Binding("y", "answer(True)", "Submit", id="account_request.confirm"),
        Binding("n,escape", "answer(False)", "Back to edit", id="account_request.back"),
    ]

    def __init__(self, draft: RequestDraft) -> None:
        super().__init__()
        self.draft = draft

    def compose(self) -> ComposeResult:
        body = Text()
        for label, value in request_summary(self.draft):
            body.append(f"{label}\n", style="bold")
            body.append(f"  {clean(value)}\n")
        with Vertical():
            yield Static(Text("Submit this request? Check your answers (↑↓ scroll).", style="bold"), markup=False)
            with VerticalScroll():
                yield Static(body, markup=False, id="summary-body")
            yield Static(Text("y submit · n or Esc back to edit", style="dim"), markup=False)

    def action_answer(self, submit: bool) -> None:
        self.dismiss(submit)


class AccountRequestForm(ModalScreen[RequestDraft | None]):
    """The request form; ctrl+s checks, shows every answer for a last look, then y submits; escape cancels."""

    TITLE = "Request a new account"  # how `?` names this window

    DEFAULT_CSS = """
    AccountRequestForm { align: center middle; }
    AccountRequestForm > VerticalScroll { width: 100; max-width: 100%; height: 90%; border: round $accent;
        background: $surface; padding: 0 1; }
    AccountRequestForm Label { margin: 1 0 0 0; color: $text-muted; }
    AccountRequestForm #req-errors { color: $error; height: auto; margin: 1 0 0 0; }
    """
    BINDINGS = [
        Binding("ctrl+s", "save", "Submit", id="account_request.submit"),
        Binding("escape", "cancel", "Cancel", id="account_request.cancel"),
    ]

    def __init__(self, *, department: str | None, departments: list[str], known_logins: list[str],
                 requester: str, today: date) -> None:
        super().__init__()
        self.department = department
        self.departments = departments
        self.known_logins = known_logins
        self.requester = requester
        self.today = today

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static("Request a new council account — the web team and your head of service both decide. "
                         "ctrl+s submit · esc cancel", markup=False)
            yield Label("Network")
            yield Select([(p.value, p.value) for p in Platform if p is not Platform.RSS], value=Platform.X.value,
                         allow_blank=False, id="req-platform")
            yield Label("Proposed handle or page name")
            yield Input(placeholder="@BrentFostering", id="req-handle")
            yield Label("Department (its head of service decides)")
            options = [(d, d) for d in self.departments]
            chosen = self.department if self.department in self.departments else None
            yield Select(options, value=chosen if chosen else Select.NULL, allow_blank=chosen is None,
                         id="req-department")
            for n, (field, question) in enumerate(QUESTIONS.items(), start=1):
                yield Label(f"{n}. {question}")
                yield Input(id=f"req-{field}", placeholder="a sentence or two")
            yield Label("Owners: at least two login names, comma-separated")
            yield Input(value=f"{self.requester}, ", id="req-owners")
            yield Label("Planned posting frequency")
            yield Input(placeholder="e.g. 3 posts a week", id="req-frequency")
            yield Label("Campaign end date (YYYY-MM-DD) — only for a campaign account; blank otherwise")
            yield Input(placeholder="2027-03-31", id="req-campaign")
            yield TickBox("The owners will run it under the council's house rules", id="req-ack")
            yield Static("", id="req-errors", markup=False)

    def on_mount(self) -> None:
        self.query_one("#req-handle", Input).focus()

    def _value(self, name: str) -> str:
        return self.query_one(f"#req-{name}", Input).value.strip()

    def draft(self) -> tuple[RequestDraft | None, list[str]]:
        """The form as a draft, with every rule it breaks (pure: no IO)."""
        problems: list[str] = []
        ends = None
        if self._value("campaign"):
            try:
                ends = date.fromisoformat(self._value("campaign"))
            except ValueError:
                problems.append(f"{self._value('campaign')!r} is not a date: use YYYY-MM-DD.")
        department = self.query_one("#req-department", Select).value
        if department is Select.NULL:
            problems.append("Choose your department.")
        draft = RequestDraft(
            department=str(department) if department is not Select.NULL else "",
            platform=Platform(str(self.query_one("#req-platform", Select).value)),
            handle=self._value("handle"),
            owners=parse_owners(self._value("owners")),
            posting_frequency=self._value("frequency"),
            campaign=bool(self._value("campaign")), campaign_ends_on=ends,
            house_rules_ack=self.query_one("#req-ack", Checkbox).value,
            **{field: self._value(field) for field in QUESTIONS},
        )
        problems += request_problems(draft, known_logins=self.known_logins, today=self.today)
        return draft, problems

    def action_save(self) -> None:
        draft, problems = self.draft()
        if problems:
            self.query_one("#req-errors", Static).update("Not submitted yet:\n• " + "\n• ".join(problems))
            self.notify(problems[0], severity="warning", markup=False)
            return
        self.query_one("#req-errors", Static).update("")

        def confirmed(submit: bool | None) -> None:
            if submit:
                self.dismiss(draft)

        assert draft is not None
        self.app.push_screen(RequestSummary(draft), confirmed)  # a summary before it goes to two reviewers

    def action_cancel(self) -> None:
        self.dismiss(None)
