"""The top bar: the tabs with their keys, who is signed in, and live counters."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.reactive import reactive
from textual.widgets import Static

from brent_tui.services.live import Counters
from brent_tui.tabs import TABS


class AppHeader(Horizontal):
    """Tabs on the left; suspension, work counters, bell and user on the right.

    The counters and the suspension follow the app's reactives of the same names (watched, never pushed).
    """

    DEFAULT_CSS = """
    AppHeader { height: 1; dock: top; background: $panel; }
    AppHeader > #tabs { width: 1fr; }
    AppHeader > #status { width: auto; padding: 0 1; }
    """

    active: reactive[str] = reactive("feed")
    counters: reactive[Counters] = reactive(Counters)
    suspension_reason: reactive[str | None] = reactive(None)

    def __init__(self, active: str, *, who: str, read_only: bool = False) -> None:
        super().__init__()
        self.set_reactive(AppHeader.active, active)
        self.who = who
        self.read_only = read_only

    def compose(self) -> ComposeResult:
        yield Static(id="tabs", markup=False)
        yield Static(id="status", markup=False)

    def on_mount(self) -> None:
        self._render_tabs()
        self.watch(self.app, "counters", self._follow_counters)
        self.watch(self.app, "suspension_reason", self._follow_suspension)
        self._render_status()

    def _follow_counters(self, counters: Counters) -> None:
        self.counters = counters

    def _follow_suspension(self, reason: str | None) -> None:
        self.suspension_reason = reason

    def watch_active(self) -> None:
        if self.is_mounted:
            self._render_tabs()

    def watch_counters(self) -> None:
        self._render_status()

    def watch_suspension_reason(self) -> None:
        self._render_status()

    def _render_tabs(self) -> None:
        text = Text()
        for tab in TABS:
            style = "bold reverse" if tab.name == self.active else ""
            text.append(f" {tab.key.upper()} ", style="dim")
            text.append(f"{tab.label} ", style=style)
        self.query_one("#tabs", Static).update(text)

    def _render_status(self) -> None:
        text = Text()
        if self.read_only:
            text.append(" READ-ONLY ", style="bold black on yellow")
            text.append(" ")
        if self.suspension_reason:
            text.append(" POSTS SUSPENDED ", style="bold white on red")
            text.append(" ")
        if self.counters.overdue:
            text.append(f"overdue {self.counters.overdue}", style="bold red")
            text.append(" · ")
        if self.counters.due_soon:
            text.append(f"due soon {self.counters.due_soon}", style="yellow")
            text.append(" · ")
        unread = self.counters.unread
        text.append(f"🔔{unread}" if unread else "🔕", style="bold yellow" if unread else "dim")
        text.append(f"  {self.who}", style="bold")
        self.query_one("#status", Static).update(text)
