"""The annual forward planner: campaigns by month for a year, from the posts planned."""

from __future__ import annotations

from datetime import UTC, datetime

from rich.table import Table
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from brent_tui.domain.schedule import forward_planner
from brent_tui.domain.text import clean

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class PlannerScreen(ModalScreen[None]):
    """Every campaign's months, posts and accounts for one year; [ and ] change the year."""

    TITLE = "Campaign planner"  # how `?` names this window

    BINDINGS = [
        Binding("left_square_bracket", "year(-1)", "Previous year", id="planner.prev"),
        Binding("right_square_bracket", "year(1)", "Next year", id="planner.next"),
        Binding("escape,q", "close", "Close", id="planner.close"),
    ]
    DEFAULT_CSS = """
    PlannerScreen { align: center middle; }
    PlannerScreen > Vertical { width: 110; max-width: 98%; height: 90%; border: round $accent; background: $surface; }
    PlannerScreen #planner-title { padding: 0 1; text-style: bold; color: $accent; }
    PlannerScreen VerticalScroll { height: 1fr; padding: 0 1; }
    """

    def __init__(self, year: int) -> None:
        super().__init__()
        self.year = year

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("", id="planner-title", markup=False)
            with VerticalScroll():
                yield Static("Loading…", id="planner-body", markup=False)

    def on_mount(self) -> None:
        self.load()

    def action_year(self, step: int) -> None:
        self.year += step
        self.load()

    def action_close(self) -> None:
        self.dismiss(None)

    @work(exclusive=True, exit_on_error=False)
    async def load(self) -> None:
        store = self.app.store  # type: ignore[attr-defined]
        # a day either side: posts are placed by their London date
        start = datetime(self.year - 1, 12, 31, tzinfo=UTC)
        end = datetime(self.year + 1, 1, 2, tzinfo=UTC)
        planned = await store.planned_posts(start, end)
        months = forward_planner(planned, self.year)
        table = Table(box=None, expand=True, header_style="bold", padding=(0, 1))
        table.add_column("Month", width=5, no_wrap=True)
        table.add_column("Campaign", ratio=2)
        table.add_column("Dates", width=15, no_wrap=True)
        table.add_column("Posts", width=5, justify="right")
        table.add_column("Accounts", ratio=3)
        total = 0
        for month in range(1, 13):
            rows = months[month]
            if not rows:
                table.add_row(Text(MONTHS[month - 1], style="dim"), Text("—", style="dim"), "", "", "")
            for i, s in enumerate(rows):
                total += s.posts
                table.add_row(
                    Text(MONTHS[month - 1] if i == 0 else "", style="bold"),
                    Text(clean(s.campaign, single_line=True, limit=40)),
                    f"{s.first_on:%d %b}–{s.last_on:%d %b}", str(s.posts),
                    Text(clean(", ".join(s.accounts), single_line=True, limit=80), style="dim"),
                )
        self.query_one("#planner-title", Static).update(
            f"Forward planner {self.year} — {total} campaign posts planned ([ ] change year · Esc close)")
        self.query_one("#planner-body", Static).update(table)
