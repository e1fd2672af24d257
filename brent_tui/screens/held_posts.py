"""After "resume posts": what suspend-all held, and for each one, send now, keep its time or re-time it."""

from __future__ import annotations

from datetime import datetime

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from brent_tui import clock
from brent_tui.domain.errors import UserError
from brent_tui.domain.london import ScheduleError, format_london
from brent_tui.domain.models import CouncilAccount, ScheduledPost
from brent_tui.domain.text import snippet
from brent_tui.screens.composer import parse_london
from brent_tui.screens.reason_prompt import ReasonPrompt


class HeldPostsScreen(ModalScreen[None]):
    """Held posts one per row: s send now · k keep its time · t new time · Esc close."""

    TITLE = "Held posts"  # how `?` names this window

    BINDINGS = [
        Binding("s", "send_now", "Send now", id="held.send"),
        Binding("k", "keep", "Keep its time", id="held.keep"),
        Binding("t", "retime", "New time", id="held.retime"),
        Binding("escape,q", "close", "Close", id="held.close"),
    ]
    DEFAULT_CSS = """
    HeldPostsScreen { align: center middle; }
    HeldPostsScreen > Vertical { width: 110; max-width: 98%; height: 80%; border: round $accent; background: $surface; }
    HeldPostsScreen #held-title { padding: 0 1; text-style: bold; color: $accent; }
    HeldPostsScreen DataTable { height: 1fr; }
    HeldPostsScreen #held-message { padding: 0 1; height: auto; }
    """

    def __init__(self, accounts: list[CouncilAccount]) -> None:
        super().__init__()
        self.accounts = {a.id: a.handle for a in accounts}
        self.items: list[ScheduledPost] = []

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("Held posts", id="held-title", markup=False)
            table: DataTable[Text | str] = DataTable(cursor_type="row", zebra_stripes=True)
            table.add_columns("Was due (London)", "Accounts", "Campaign", "Post")
            yield table
            yield Static("", id="held-message", markup=False)

    def on_mount(self) -> None:
        self.load()

    @work(exclusive=True, exit_on_error=False)
    async def load(self) -> None:
        self.items = await self.app.store.held_posts()  # type: ignore[attr-defined]
        table = self.query_one(DataTable)
        table.clear()
        now = clock.now()
        for p in self.items:
            due = format_london(p.scheduled_at) if p.scheduled_at else "no time"
            late = p.scheduled_at is not None and p.scheduled_at < now
            table.add_row(Text(due + (" (passed)" if late else ""), style="yellow" if late else ""),
                          Text(", ".join(self.accounts.get(t.account_id, "?") for t in p.targets)),
                          Text(p.campaign or ""), Text(snippet(p.body, 60)), key=str(p.id))
        self.query_one("#held-title", Static).update(
            f"{len(self.items)} posts held by suspend-all (s send now · k keep its time · t new time · Esc close)")

    def _selected(self) -> ScheduledPost | None:
        table = self.query_one(DataTable)
        if not self.items or table.cursor_row is None or table.cursor_row >= len(self.items):
            return None
        return self.items[table.cursor_row]

    def action_send_now(self) -> None:
        post = self._selected()
        if post is not None:
            self._release(post, clock.now())

    def action_keep(self) -> None:
        post = self._selected()
        if post is None:
            return
        now = clock.now()
        at = post.scheduled_at if post.scheduled_at and post.scheduled_at > now else now
        self._release(post, at)

    def action_retime(self) -> None:
        post = self._selected()
        if post is None:
            return

        def chosen(value: str | None) -> None:
            if not value:
                return
            parts = value.split()
            try:
                if len(parts) != 2:
                    raise ScheduleError("type the date and the time, e.g. 2026-11-24 09:30")
                at = parse_london(parts[0], parts[1])
            except ScheduleError as exc:
                self.query_one("#held-message", Static).update(Text(str(exc), style="bold red"))
                return
            self._release(post, at)

        self.app.push_screen(ReasonPrompt("New time (London)", "Date and time, e.g. 2026-11-24 09:30",
                                          placeholder="YYYY-MM-DD HH:MM"), chosen)

    @work(exclusive=True, exit_on_error=False, group="held-release")
    async def _release(self, post: ScheduledPost, at: datetime) -> None:
        app = self.app
        try:
            await app.store.release_held(app.actor, post.id, at)  # type: ignore[attr-defined]
        except UserError as exc:
            self.query_one("#held-message", Static).update(Text(str(exc), style="bold red"))
            return
        self.query_one("#held-message", Static).update(
            Text(f"Released: goes out {format_london(at)} London.", style="bold"))
        self.load()

    def action_close(self) -> None:
        self.dismiss(None)
