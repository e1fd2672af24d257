"""Confirm a destructive post action (delete): y does it, n or Esc does not."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static


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
            yield Static(Text(self.question, style="bold"), markup=False)
            yield Static(self.detail, markup=False)
            yield Static(Text("y yes · n no", style="dim"), markup=False)

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
