"""Best times to post, per account, from the engagement the cache holds — with the evidence."""

from __future__ import annotations

from rich.console import Group
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from brent_tui import clock
from brent_tui.domain.london import format_london
from brent_tui.domain.models import CouncilAccount
from brent_tui.domain.schedule import best_times
from brent_tui.domain.text import clean


class BestTimesScreen(ModalScreen[None]):
    """Three slots per account (median engagement by London weekday and hour), or the defaults."""

    TITLE = "Best times"  # how `?` names this window

    BINDINGS = [Binding("escape,q", "close", "Close", id="best.close")]
    DEFAULT_CSS = """
    BestTimesScreen { align: center middle; }
    BestTimesScreen > Vertical { width: 110; max-width: 98%; height: 90%; border: round $accent; background: $surface; }
    BestTimesScreen #best-title { padding: 0 1; text-style: bold; color: $accent; }
    BestTimesScreen VerticalScroll { height: 1fr; padding: 0 1; }
    """

    def __init__(self, accounts: list[CouncilAccount]) -> None:
        super().__init__()
        self.accounts = accounts

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("Best times to post (London) — Esc closes", id="best-title", markup=False)
            with VerticalScroll():
                yield Static("Working out…", id="best-body", markup=False)

    def on_mount(self) -> None:
        self.load()

    @work(exclusive=True, exit_on_error=False)
    async def load(self) -> None:
        store = self.app.store  # type: ignore[attr-defined]
        now = clock.now()
        lines: list[Text] = []
        for account in self.accounts:
            history = await store.engagement_history(account.id, now=now)
            lines.append(Text(clean(account.handle, single_line=True), style="bold"))
            for s in best_times(history.points, now=now):
                line = Text("  ")
                line.append(f"{s.label:<10}", style="bold")
                if s.next_at:
                    line.append(f" next {format_london(s.next_at, '%a %d %b %H:%M')}   ")
                line.append(s.reason.removeprefix(f"{s.label} — "), style="dim" if s.is_default else "")
                lines.append(line)
            lines.append(Text(f"  Evidence: {history.evidence}", style="italic dim"))
            lines.append(Text(""))
        self.query_one("#best-body", Static).update(Group(*lines))

    def action_close(self) -> None:
        self.dismiss(None)
