"""`?`: every key that works here, grouped by where it comes from."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


class HelpScreen(ModalScreen[None]):
    """Lists the bindings of the screen below and of the app, like a man page for keys."""

    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close")]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll { width: 90; max-width: 95%; height: 85%; border: round $accent;
        background: $surface; padding: 0 1; }
    """

    def __init__(self, rows: list[tuple[str, str, str]], title: str) -> None:
        super().__init__()
        self.rows = rows
        self.title_text = title

    def compose(self) -> ComposeResult:
        table = Table(box=None, expand=True, show_header=True, header_style="bold")
        table.add_column("Key", style="bold cyan", no_wrap=True)
        table.add_column("Does")
        table.add_column("Where", style="dim")
        for key, description, where in self.rows:
            table.add_row(Text(key), Text(description), Text(where))
        with VerticalScroll():
            yield Static(Text(f"Keys — {self.title_text}  (Esc closes)", style="bold"), markup=False)
            yield Static(table)

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
