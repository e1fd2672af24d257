"""The top bar: the five tabs with their keys, who is signed in, and live counters."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.reactive import reactive
from textual.widgets import Static

TABS: list[tuple[str, str, str]] = [
    ("feed", "Feed", "f1"),
    ("triage", "Triage", "f2"),
    ("calendar", "Calendar", "f3"),
    ("accounts", "Accounts", "f4"),
    ("foi", "FOI", "f5"),
    ("insights", "Insights", "f6"),
]


class AppHeader(Horizontal):
    """Tabs on the left; user, role, bell and work counters on the right."""

    DEFAULT_CSS = """
    AppHeader { height: 1; dock: top; background: $panel; }
    AppHeader > #tabs { width: 1fr; }
    AppHeader > #status { width: auto; padding: 0 1; }
    """

    active: reactive[str] = reactive("feed")
    status_text: reactive[str] = reactive("")

    def __init__(self, active: str) -> None:
        super().__init__()
        self.set_reactive(AppHeader.active, active)

    def compose(self) -> ComposeResult:
        yield Static(id="tabs", markup=False)
        yield Static(id="status", markup=False)

    def on_mount(self) -> None:
        self._render_tabs()
        self.refresh_status()

    def watch_active(self) -> None:
        if self.is_mounted:
            self._render_tabs()

    def _render_tabs(self) -> None:
        text = Text()
        for mode, label, key in TABS:
            if mode not in getattr(self.app, "MODES", {}):
                continue
            style = "bold reverse" if mode == self.active else ""
            text.append(f" {key.upper()} ", style="dim")
            text.append(f"{label} ", style=style)
        self.query_one("#tabs", Static).update(text)

    def refresh_status(self) -> None:
        """Read the app's live counters (kept by live sync) and redraw the right side."""
        app = self.app
        parts = Text()
        banner = getattr(app, "status_line", None)
        if callable(banner):
            parts = banner()
        self.query_one("#status", Static).update(parts)
