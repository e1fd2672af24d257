"""ctrl+n: the signed-in user's notifications — review, mark read, acknowledge escalations."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from brent_tui.domain.errors import UserError
from brent_tui.domain.london import format_london
from brent_tui.domain.models import Notification
from brent_tui.domain.text import snippet


class NotificationsScreen(ModalScreen[None]):
    """Newest first; urgent ones stay on the banner until acknowledged here with `a`."""

    TITLE = "Notifications"  # how `?` names this window

    BINDINGS = [
        Binding("escape,q", "dismiss", "Close", id="notifications.close"),
        Binding("a", "acknowledge", "Acknowledge", id="notifications.acknowledge"),
        Binding("r", "read_all", "Mark all read", id="notifications.read_all"),
    ]
    DEFAULT_CSS = """
    NotificationsScreen { align: center middle; }
    NotificationsScreen > Vertical { width: 110; max-width: 98%; height: 80%; border: round $accent;
        background: $surface; }
    NotificationsScreen #notifications-title { padding: 0 1; text-style: bold; }
    NotificationsScreen DataTable { height: 1fr; }
    """

    def __init__(self) -> None:
        super().__init__()
        self.items: list[Notification] = []

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("Notifications", id="notifications-title", markup=False)
            table: DataTable[Text | str] = DataTable(cursor_type="row", zebra_stripes=True)
            table.add_columns("When", "Kind", "Notification", "State")
            yield table

    def on_mount(self) -> None:
        self.load()

    @work(exclusive=True, exit_on_error=False)
    async def load(self) -> None:
        app = self.app
        self.items = await app.store.notifications(app.actor.login)  # type: ignore[attr-defined]
        table = self.query_one(DataTable)
        table.clear()
        for n in self.items:
            if n.urgent and n.acknowledged_at is None:
                state = Text("needs acknowledging", style="bold red")
            elif n.read_at is None:
                state = Text("unread", style="bold")
            else:
                state = Text("read", style="dim")
            table.add_row(format_london(n.created_at, "%d %b %H:%M"), n.kind, Text(snippet(n.text, 70)), state,
                          key=str(n.id))
        title = self.query_one("#notifications-title", Static)
        title.update(f"Notifications for {app.actor.login} — {len(self.items)} shown "  # type: ignore[attr-defined]
                     "(a acknowledge · r mark all read · Esc close)")

    def _selected(self) -> Notification | None:
        table = self.query_one(DataTable)
        if not self.items or table.cursor_row is None or table.cursor_row >= len(self.items):
            return None
        return self.items[table.cursor_row]

    @work(exclusive=True, exit_on_error=False)
    async def action_acknowledge(self) -> None:
        item = self._selected()
        if item is None:
            return
        app = self.app
        try:
            await app.store.acknowledge(app.actor.login, item.id)  # type: ignore[attr-defined]
        except UserError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        await app.sync_now()  # type: ignore[attr-defined]
        self.load()

    @work(exclusive=True, exit_on_error=False)
    async def action_read_all(self) -> None:
        app = self.app
        await app.store.mark_read(app.actor.login)  # type: ignore[attr-defined]
        await app.sync_now()  # type: ignore[attr-defined]
        self.load()

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
