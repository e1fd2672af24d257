"""Ask for one line of text (a reason, a time) before an action; Esc cancels."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class ReasonPrompt(ModalScreen[str | None]):
    """Returns the text typed (Enter), or None (Esc). Empty text is refused with `required`."""

    TITLE = "Give a reason"  # how `?` names this window

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="prompt.cancel")]
    DEFAULT_CSS = """
    ReasonPrompt { align: center middle; }
    ReasonPrompt > Vertical { width: 80; max-width: 98%; height: auto; border: round $warning;
        background: $surface; padding: 0 1; }
    ReasonPrompt #prompt-error { height: auto; }
    """

    def __init__(self, title: str, explanation: str, *, placeholder: str = "", value: str = "",
                 required: str | None = None) -> None:
        super().__init__()
        self.title_text, self.explanation = title, explanation
        self.placeholder, self.value, self.required = placeholder, value, required

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.title_text, style="bold"), markup=False)
            yield Static(self.explanation, markup=False)
            yield Input(self.value, placeholder=self.placeholder, id="prompt-input")
            yield Static("", id="prompt-error", markup=False)

    @on(Input.Submitted)
    def _submit(self, event: Input.Submitted) -> None:
        value = event.value.strip()
        if not value and self.required:
            self.query_one("#prompt-error", Static).update(Text(self.required, style="bold red"))
            return
        self.dismiss(value)

    def action_cancel(self) -> None:
        self.dismiss(None)
