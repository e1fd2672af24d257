"""Confirm an irreversible act (delete a post, record an FOI response): y does it, n or Esc does not."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from brent_tui.domain.text import safe_text

DISCARD_QUESTION = "Discard this draft?"
DISCARD_DETAIL = "What you typed is not saved. y discards it · n or Esc keeps editing."


def close_asking_first(draft: ModalScreen, *, edited: bool) -> None:
    """Close a draft's screen on Esc; when it holds edits, only once the officer says to discard them."""
    if not edited:
        draft.dismiss(None)
        return

    def answered(discard: bool | None) -> None:
        if discard:
            draft.dismiss(None)

    draft.app.push_screen(ConfirmPostAction(DISCARD_QUESTION, DISCARD_DETAIL), answered)


class ConfirmPostAction(ModalScreen[bool]):
    """A yes/no question with the consequence spelled out."""

    TITLE = "Confirm"  # how `?` names this window

    BINDINGS = [
        Binding("y", "answer(True)", "Yes", id="confirm.yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm.no"),
    ]
    DEFAULT_CSS = """
    ConfirmPostAction { align: center middle; }
    ConfirmPostAction > Vertical { width: 80; max-width: 98%; height: auto; border: round $error;
        background: $surface; padding: 0 1; }
    """

    def __init__(self, question: str, detail: str) -> None:
        super().__init__()
        self.question, self.detail = question, detail

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(safe_text(self.question, "bold"), markup=False)
            yield Static(safe_text(self.detail, limit=2000), markup=False)  # it may quote a post or a name
            yield Static(Text("y yes · n no", style="dim"), markup=False)

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
