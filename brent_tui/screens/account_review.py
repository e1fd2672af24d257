"""One account request in full — the four answers, its history, whose turn — and the decision keys.

`a` approve, `i` ask the requester for more information, `x` reject with a reason, `r` answer the
reviewers' question (the requester), `w` withdraw (the requester). Each opens a one-line input for
the comment/question/reason/answer; Enter sends it through the store, which checks who may decide
(the refusal is shown here, on screen). Dismisses with the updated request, or None.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from brent_tui.domain.accounts import QUESTIONS, Reviewers, request_age, review_state
from brent_tui.domain.errors import UserError
from brent_tui.domain.london import format_london
from brent_tui.domain.models import AccountRequest, AccountReview, RequestStatus, ReviewDecision
from brent_tui.domain.text import clean

if TYPE_CHECKING:
    from brent_tui.domain.roles import Actor

PROMPTS = {
    "approve": "Approve — optional comment, Enter to approve, Esc to go back",
    "more_info": "Question for the requester (they answer it before the review carries on), Enter to send",
    "reject": "Reason for rejecting (the requester reads it), Enter to reject",
    "answer": "Your answer to the reviewers' question, Enter to send",
    "withdraw": "Why you are withdrawing the request (optional), Enter to withdraw",
}
DONE = {"approve": "Approved", "more_info": "Question sent to the requester", "reject": "Rejected",
        "answer": "Answer sent to the reviewers", "withdraw": "Withdrawn"}
#: Where a request stands after a review, in words ("Approved: request #1 (@x) still needs …").
AFTER = {RequestStatus.SUBMITTED: "still needs the other approval (web team and head of service both approve)",
         RequestStatus.MORE_INFO: "now waits for the requester's answer",
         RequestStatus.APPROVED: "is approved: the account can be set up",
         RequestStatus.REJECTED: "is refused", RequestStatus.WITHDRAWN: "is withdrawn"}


def request_text(request: AccountRequest, reviews: list[AccountReview], reviewers: Reviewers,
                 now: datetime) -> Text:
    """The request as a reviewer reads it (requester text made safe: no markup, no controls)."""
    state = review_state(request, reviews)
    out = Text()
    out.append(f"Request #{request.id} · {clean(request.handle, single_line=True)} on {request.platform.value}\n",
               style="bold")
    out.append(f"{request.department} · from {request.requester} · {request_age(request.created_at, now)} old · "
               f"{request.status.value.replace('_', ' ')}\n")
    out.append("Whose turn: ", style="bold")
    out.append(state.turn_label(request, reviewers) + "\n")
    if state.approved_by:
        out.append("Approved by: " + ", ".join(f"{p.label} ({who})" for p, who in state.approved_by.items()) + "\n")
    if state.question is not None:
        out.append(f"Open question from {state.question.reviewer}: ", style="bold yellow")
        out.append(clean(state.question.comment) + "\n")
    out.append("\n")
    for n, (field, question) in enumerate(QUESTIONS.items(), start=1):
        out.append(f"{n}. {question}\n", style="bold")
        out.append(clean(getattr(request, field)) + "\n\n")
    out.append("Owners: ", style="bold")
    out.append(", ".join(request.owners) + "\n")
    out.append("Posting frequency: ", style="bold")
    out.append(clean(request.posting_frequency, single_line=True) + "\n")
    if request.campaign_ends_on:
        out.append("Campaign ends: ", style="bold")
        out.append(f"{request.campaign_ends_on:%d %b %Y}\n")
    if reviews:
        out.append("\nHistory\n", style="bold")
        for r in reviews:
            who = f"{r.reviewer}" + (f" ({r.role.value.replace('_', ' ')})" if r.role else "")
            out.append(f"{format_london(r.at, '%d %b %H:%M')}  {who} {r.decision.value.replace('_', ' ')}: ")
            out.append(clean(r.comment or "—", single_line=True) + "\n")
    return out


class AccountReviewScreen(ModalScreen[AccountRequest | None]):
    """A request and the keys to decide or answer it."""

    TITLE = "Account request"  # how `?` names this window

    DEFAULT_CSS = """
    AccountReviewScreen { align: center middle; }
    AccountReviewScreen > Vertical { width: 110; max-width: 100%; height: 90%; border: round $accent;
        background: $surface; padding: 0 1; }
    AccountReviewScreen #review-body { height: 1fr; }
    AccountReviewScreen #review-prompt { color: $text-muted; margin: 1 0 0 0; }
    AccountReviewScreen #review-error { color: $error; height: auto; }
    AccountReviewScreen .hidden { display: none; }
    """
    BINDINGS = [
        Binding("a", "start('approve')", "Approve", id="account_review.approve"),
        Binding("i", "start('more_info')", "Ask for info", id="account_review.more_info"),
        Binding("x", "start('reject')", "Reject", id="account_review.reject"),
        Binding("r", "start('answer')", "Answer question", id="account_review.answer"),
        Binding("w", "start('withdraw')", "Withdraw", id="account_review.withdraw"),
        Binding("escape", "back", "Back", id="account_review.back"),
    ]

    def __init__(self, request: AccountRequest, reviews: list[AccountReview], reviewers: Reviewers, actor: Actor,
                 now: datetime, start: str | None = None) -> None:
        super().__init__()
        self.request = request
        self.reviews = reviews
        self.reviewers = reviewers
        self.actor = actor
        self.now = now
        self.mode: str | None = None
        self._start = start

    def compose(self) -> ComposeResult:
        with Vertical():
            with VerticalScroll(id="review-body"):
                yield Static(request_text(self.request, self.reviews, self.reviewers, self.now), id="review-text")
            yield Label("", id="review-prompt", classes="hidden")
            yield Input(id="review-input", classes="hidden")
            yield Static("", id="review-error", markup=False)
            yield Static("a approve · i ask for info · x reject · r answer · w withdraw · esc back",
                         id="review-keys", markup=False)

    def on_mount(self) -> None:
        if self._start:
            self.action_start(self._start)

    def action_start(self, mode: str) -> None:
        self.mode = mode
        prompt = self.query_one("#review-prompt", Label)
        prompt.update(PROMPTS[mode])
        box = self.query_one("#review-input", Input)
        prompt.remove_class("hidden")
        box.remove_class("hidden")
        box.value = ""
        self.query_one("#review-error", Static).update("")
        box.focus()

    def action_back(self) -> None:
        if self.mode is not None:  # first Esc leaves the input, the second closes
            self.mode = None
            self.query_one("#review-prompt", Label).add_class("hidden")
            self.query_one("#review-input", Input).add_class("hidden")
            self.query_one("#review-body").focus()
            return
        self.dismiss(None)

    @on(Input.Submitted, "#review-input")
    def _submitted(self, event: Input.Submitted) -> None:
        if self.mode is not None:
            self.send(self.mode, event.value)

    @work(exclusive=True, exit_on_error=False, group="account-review")
    async def send(self, mode: str, text: str) -> None:
        store = self.app.store  # type: ignore[attr-defined]
        version = self.request.version
        rid = self.request.id or 0
        try:
            if mode == "answer":
                updated = await store.answer_account_request(self.actor, rid, text, expected_version=version)
            elif mode == "withdraw":
                updated = await store.withdraw_account_request(self.actor, rid, text, expected_version=version)
            else:
                updated = await store.review_account_request(self.actor, rid, ReviewDecision(mode), text,
                                                             reviewers=self.reviewers, expected_version=version)
        except UserError as exc:
            self.query_one("#review-error", Static).update(str(exc))
            self.notify(str(exc), severity="error", timeout=10, markup=False)
            return
        self.notify(f"{DONE[mode]}: request #{rid} ({clean(updated.handle, single_line=True)}) "
                    f"{AFTER[updated.status]}.", markup=False)
        self.dismiss(updated)
