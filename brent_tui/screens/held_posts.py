"""After "resume posts": what suspend-all held, and for each one, send now, keep its time or re-time it."""

from __future__ import annotations

from datetime import datetime

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from brent_tui import clock
from brent_tui.domain.errors import UserError
from brent_tui.domain.london import ScheduleError, format_london
from brent_tui.domain.models import CouncilAccount, ScheduledPost
from brent_tui.domain.text import clean, snippet
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
    HeldPostsScreen #held-post { padding: 0 1; height: auto; max-height: 5; border-top: hkey $panel; }
    HeldPostsScreen #held-message { padding: 0 1; height: auto; }
    """
    ACCOUNTS_WIDTH = 16

    def __init__(self, accounts: list[CouncilAccount]) -> None:
        super().__init__()
        self.accounts = {a.id: a.handle for a in accounts}
        self.items: list[ScheduledPost] = []

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("Held posts", id="held-title", markup=False)
            yield DataTable(cursor_type="row", zebra_stripes=True)
            yield Static("", id="held-post", markup=False)
            yield Static("", id="held-message", markup=False)

    def on_mount(self) -> None:
        self.load()

    @work(exclusive=True, exit_on_error=False)
    async def load(self) -> None:
        self.items = await self.app.store.held_posts()  # type: ignore[attr-defined]
        table: DataTable[Text] = self.query_one(DataTable)
        table.clear(columns=True)
        # The post's text gets the width: the time and accounts are kept short, the campaign leads the text.
        now = clock.now()
        dues = [(format_london(p.scheduled_at, "%d %b %H:%M") if p.scheduled_at else "no time")
                + (" passed" if p.scheduled_at is not None and p.scheduled_at < now else "") for p in self.items]
        due_width = max([len("Was due"), *map(len, dues)])
        post_width = max(20, self._inner_width() - due_width - self.ACCOUNTS_WIDTH - 3 * 2 - 2)  # padding, scrollbar
        table.add_column("Was due", width=due_width)
        table.add_column("Accounts", width=self.ACCOUNTS_WIDTH)
        table.add_column("Post", width=post_width)
        for p, due in zip(self.items, dues, strict=True):
            late = due.endswith(" passed")
            post = Text(snippet(p.campaign, 20) + " · ", style="dim") if p.campaign else Text()
            post.append(snippet(p.body, max(1, post_width - len(post))))
            table.add_row(Text(due, style="yellow" if late else ""),
                          Text(snippet(", ".join(self.accounts.get(t.account_id, "?") for t in p.targets),
                                       self.ACCOUNTS_WIDTH)),
                          post, key=str(p.id))
        self.query_one("#held-title", Static).update(
            f"{len(self.items)} posts held by suspend-all (s send now · k keep its time · t new time · Esc close)")
        self._show_post()

    def _inner_width(self) -> int:
        """The dialog's width inside its border (110 columns, or 98 % of a narrower screen)."""
        return min(110, int(self.app.size.width * 0.98)) - 2

    @on(DataTable.RowHighlighted)
    def _show_post(self) -> None:
        """The highlighted post in full below the list: what is about to be sent."""
        post = self._selected()
        pane = self.query_one("#held-post", Static)
        if post is None:
            pane.update(Text("Nothing is held.", style="dim"))
            return
        text = Text(clean(post.body), overflow="fold")
        if post.campaign:
            text = Text(f"{clean(post.campaign, single_line=True)} · ", style="dim") + text
        pane.update(text)

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
