"""The top bar: the tabs with their keys, who is signed in, and live counters."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.reactive import reactive
from textual.widgets import Static

from brent_tui.services.live import Counters
from brent_tui.tabs import TABS

WHO_MIN_GAP = 2  # columns between the counters and the name


def tab_bar(active: str, *, compact: bool) -> Text:
    """Every tab with its key, the active one reversed: ` F1 Feed  F2 Triage …` (67 columns), or
    compact, one space apart (61 columns), which leaves room for the counters at 80 columns."""
    text = Text(" " if compact else "")
    for i, tab in enumerate(TABS):
        if compact and i:
            text.append(" ")
        text.append(f"{tab.key.upper()} " if compact else f" {tab.key.upper()} ", style="dim")
        text.append(tab.label if compact else f"{tab.label} ", style="bold reverse" if tab.name == active else "")
    return text


def fit_parts(parts: list[tuple[Text, Text | None]], room: int) -> tuple[Text, bool]:
    """The status parts that fit in `room` columns, in order, each in full or else its short form
    (a part that fits in neither is left out); and whether every part fitted in full."""
    out = Text()
    whole = True
    for full, short in parts:
        for form in (full, short):
            if form is not None and out.cell_len + form.cell_len <= room:
                out.append_text(form)
                break
        else:
            whole = False
            continue
        whole = whole and form is full
    return out, whole


class AppHeader(Horizontal):
    """Tabs on the left; suspension, work counters, bell and user on the right.

    It fits the terminal's width: every tab's key and name always shows (one space apart when
    narrow), then, in order, the read-only and suspension marks, the overdue and due-soon counts,
    the bell and who is signed in, each shortened or left out when there is no room for it.
    The counters and the suspension follow the app's reactives of the same names (watched, never pushed).
    """

    DEFAULT_CSS = """
    AppHeader { height: 1; dock: top; background: $panel; }
    AppHeader > #tabs { width: auto; }
    AppHeader > #status { width: 1fr; text-align: right; padding: 0 1 0 0; }
    """

    active: reactive[str] = reactive("feed")
    counters: reactive[Counters] = reactive(Counters)
    suspension_reason: reactive[str | None] = reactive(None)

    def __init__(self, active: str, *, who: str, who_short: str | None = None, read_only: bool = False) -> None:
        super().__init__()
        self.set_reactive(AppHeader.active, active)
        self.who = who
        self.who_short = who_short
        self.read_only = read_only
        self._width = 0

    def compose(self) -> ComposeResult:
        yield Static(id="tabs", markup=False)
        yield Static(id="status", markup=False)

    def on_mount(self) -> None:
        self.watch(self.app, "counters", self._follow_counters)
        self.watch(self.app, "suspension_reason", self._follow_suspension)
        self._draw()

    def on_resize(self) -> None:
        if self.size.width != self._width:
            self._draw()

    def _follow_counters(self, counters: Counters) -> None:
        self.counters = counters

    def _follow_suspension(self, reason: str | None) -> None:
        self.suspension_reason = reason

    def watch_active(self) -> None:
        if self.is_mounted:
            self._draw()

    def watch_counters(self) -> None:
        if self.is_mounted:
            self._draw()

    def watch_suspension_reason(self) -> None:
        if self.is_mounted:
            self._draw()

    def _status_parts(self) -> list[tuple[Text, Text | None]]:
        """(full, short) in order of importance, which is also the order shown."""
        parts: list[tuple[Text, Text | None]] = []
        if self.read_only:
            parts.append((Text(" READ-ONLY ", style="bold black on yellow") + " ",
                          Text(" READ-ONLY ", style="bold black on yellow")))
        if self.suspension_reason:
            parts.append((Text(" POSTS SUSPENDED ", style="bold white on red") + " ",
                          Text(" SUSPENDED ", style="bold white on red")))
        if self.counters.overdue:
            parts.append((Text(f"overdue {self.counters.overdue}", style="bold red") + " · ", None))
        if self.counters.due_soon:
            parts.append((Text(f"due soon {self.counters.due_soon}", style="yellow") + " · ", None))
        unread = self.counters.unread
        parts.append((Text(f"🔔{unread}" if unread else "🔕", style="bold yellow" if unread else "dim"), None))
        parts.append((Text(f"  {self.who}", style="bold"),
                      Text(f"  {self.who_short}", style="bold") if self.who_short else None))
        return parts

    def _draw(self) -> None:
        width = self.size.width or self.app.size.width
        self._width = self.size.width
        parts = self._status_parts()
        tabs = tab_bar(self.active, compact=False)
        status, whole = fit_parts(parts, width - tabs.cell_len - 1)
        if not whole:
            tabs = tab_bar(self.active, compact=True)
            status, _ = fit_parts(parts, width - tabs.cell_len - 1)
        self.query_one("#tabs", Static).update(tabs)
        self.query_one("#status", Static).update(status)
