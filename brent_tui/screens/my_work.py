"""My work: the signed-in officer's assignments from triage, soonest due first; done or hand on."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Static

from brent_tui import clock
from brent_tui.domain.london import format_london
from brent_tui.domain.models import Route
from brent_tui.domain.text import at_handle, snippet
from brent_tui.screens.pick_list import PickList
from brent_tui.store.triage import WorkItem
from brent_tui.widgets.key_footer import KeyFooter


class MyWorkScreen(Screen):
    """Pushed from Triage (`m`): open assignments with their due times."""

    TITLE = "My work"  # how `?` names this window

    DEFAULT_CSS = """
    MyWorkScreen #work-title { height: 1; padding: 0 1; background: $boost; }
    MyWorkScreen DataTable { height: 1fr; }
    """
    BINDINGS: ClassVar[list[Binding]] = [
        Binding("x", "done", "Done", id="work.done"),
        Binding("a", "reassign", "Hand on", id="work.reassign"),
        Binding("escape", "close", "Back", id="work.back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.items: list[WorkItem] = []

    def compose(self) -> ComposeResult:
        yield Static("My work", id="work-title", markup=False)
        table: DataTable = DataTable(id="work-table", cursor_type="row", zebra_stripes=True)
        table.add_columns("due", "route", "department", "mention")
        yield table
        yield KeyFooter()

    def on_mount(self) -> None:
        self.load()

    @property
    def login(self) -> str:
        return self.app.actor.login  # type: ignore[attr-defined]

    @work(exclusive=True, group="work-load", exit_on_error=False)
    async def load(self) -> None:
        store = self.app.store  # type: ignore[attr-defined]
        self.items = await store.my_work(self.login)
        now = clock.now()
        table = self.query_one(DataTable)
        table.clear()
        overdue = 0
        for item in self.items:
            a = item.assignment
            if a.due_at is None:
                due = Text("—")
            else:
                late = a.due_at < now
                overdue += late
                due = Text(format_london(a.due_at, "%a %d %b %H:%M"), style="bold red" if late else "")
            table.add_row(due, f"{int(a.route)} {Route(a.route).label}", a.department or "—",
                          snippet(f"{at_handle(item.mention.author_handle)}: {item.mention.text}", 80), key=str(a.id))
        title = Text(f"My work — {len(self.items)} open", style="bold")
        if overdue:
            title.append(f" · {overdue} overdue", style="bold red")
        if not self.items:
            title.append(" · nothing assigned to you", style="dim")
        self.query_one("#work-title", Static).update(title)
        table.focus()

    def _selected(self) -> WorkItem | None:
        table = self.query_one(DataTable)
        if not self.items or table.cursor_row is None or table.cursor_row >= len(self.items):
            return None
        return self.items[table.cursor_row]

    @work(group="work-write", exit_on_error=False)
    async def action_done(self) -> None:
        item = self._selected()
        if item is None or item.assignment.id is None:
            return
        try:
            await self.app.store.complete_assignment(  # type: ignore[attr-defined]
                self.app.actor, item.assignment.id, expected_version=item.assignment.version,  # type: ignore[attr-defined]
                now=clock.now())
        except Exception as exc:  # the message says what to do
            self.app.report_error(exc)  # type: ignore[attr-defined]
        else:
            self.notify("Done.", timeout=3, markup=False)
        self.load()

    def action_reassign(self) -> None:
        item = self._selected()
        if item is None or item.assignment.id is None:
            return
        config = self.app.config  # type: ignore[attr-defined]
        choices = [(login, f"{p.name or login} ({login}) · {p.role.value.replace('_', ' ')}")
                   for login, p in sorted(config.people.items()) if login != self.login]
        self.app.push_screen(PickList("Hand this on to", choices), lambda who: self._reassign(item, who))

    @work(group="work-write", exit_on_error=False)
    async def _reassign(self, item: WorkItem, who: str | None) -> None:
        if not who or item.assignment.id is None:
            return
        try:
            await self.app.store.reassign(  # type: ignore[attr-defined]
                self.app.actor, item.assignment.id, who, expected_version=item.assignment.version,  # type: ignore[attr-defined]
                now=clock.now())
        except Exception as exc:
            self.app.report_error(exc)  # type: ignore[attr-defined]
        else:
            self.notify(f"Handed on to {who}.", timeout=3, markup=False)
        self.load()

    def action_close(self) -> None:
        self.app.pop_screen()
