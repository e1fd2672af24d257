"""Replies waiting for a comms officer (`[replies] approval_roles`): y approves and sends, x rejects with a reason."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from brent_tui import clock
from brent_tui.domain.models import CouncilAccount, Mention
from brent_tui.domain.text import at_handle, snippet
from brent_tui.screens.post_confirm import ConfirmPostAction
from brent_tui.screens.reason_prompt import ReasonPrompt
from brent_tui.services.replies import approve_and_send, replying_account
from brent_tui.store import Reply
from brent_tui.widgets.key_footer import KeyFooter

if TYPE_CHECKING:
    from brent_tui.screens.base import Workstation


class ReplyApprovalsScreen(ModalScreen[None]):
    """One waiting reply per row, with the post it answers below."""

    TITLE = "Replies to approve"  # how `?` names this window

    BINDINGS = [
        Binding("y", "approve", "Approve and send", id="approvals.approve"),
        Binding("x", "reject", "Reject", id="approvals.reject"),
        Binding("escape,q", "close", "Close", id="approvals.close"),
    ]
    DEFAULT_CSS = """
    ReplyApprovalsScreen { align: center middle; }
    ReplyApprovalsScreen > Vertical { width: 110; max-width: 98%; height: 80%; border: round $accent;
                                       background: $surface; }
    ReplyApprovalsScreen DataTable { height: 1fr; }
    ReplyApprovalsScreen #approvals-detail { padding: 0 1; height: auto; max-height: 8; border-top: hkey $panel; }
    """

    def __init__(self) -> None:
        super().__init__()
        self.items: list[tuple[Reply, Mention | None, CouncilAccount | None]] = []
        self.sending = False  # an approved reply is on its way: no second approval, the list stays open

    @property
    def brent(self) -> Workstation:
        return cast("Workstation", self.app)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield DataTable(cursor_type="row", zebra_stripes=True)
            yield Static("", id="approvals-detail", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.load()

    @work(exclusive=True, group="approvals-load", exit_on_error=False)
    async def load(self) -> None:
        store = self.brent.store
        accounts = {a.id: a for a in await store.accounts()}
        self.items = [(r, await store.get_mention(r.mention_id), accounts.get(r.account_id))
                      for r in await store.replies_awaiting()]
        table: DataTable[Text] = self.query_one(DataTable)
        table.clear(columns=True)
        table.add_columns("From", "Reply")
        for reply, _, account in self.items:
            table.add_row(Text(snippet(f"{reply.author} as {at_handle(account.handle) if account else '?'}", 30)),
                          Text(snippet(reply.body, 70)))
        if not self.items:
            self.query_one("#approvals-detail", Static).update(Text("No replies are waiting for approval.",
                                                                    style="dim"))
        self._show_detail(table.cursor_row)

    @on(DataTable.RowHighlighted)
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail(event.cursor_row)

    def _show_detail(self, row: int) -> None:
        if not 0 <= row < len(self.items):
            return
        reply, mention, _ = self.items[row]
        detail = Text()
        if mention is not None:
            detail.append("Under ", style="dim")
            detail.append(snippet(f"{at_handle(mention.author_handle)}: {mention.text}", 300))
            detail.append("\n")
        detail.append(snippet(reply.body, 600))
        self.query_one("#approvals-detail", Static).update(detail)

    def _selected(self) -> tuple[Reply, Mention | None, CouncilAccount | None] | None:
        row = self.query_one(DataTable).cursor_row
        return self.items[row] if 0 <= row < len(self.items) else None

    def action_approve(self) -> None:
        if self.sending:
            self.notify("A reply is on its way.", timeout=3, markup=False)
            return
        self.sending = True
        self._approve()

    @work(group="approvals-act", exit_on_error=False)
    async def _approve(self) -> None:
        try:
            await self._ask_and_approve()
        finally:
            self.sending = False

    async def _ask_and_approve(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        reply, mention, account = chosen
        found = replying_account([account] if account else [], self.brent.config.connectors,
                                 mention.platform) if mention else None
        if found is None:
            self.notify("No connector posts as that account any more: the reply cannot be sent from here.",
                        severity="warning", markup=False)
            return
        question = f"Approve {reply.author}'s reply and send it from {at_handle(found[0].handle)}?"
        if not await self.app.push_screen_wait(ConfirmPostAction(question, snippet(reply.body, 400))):
            return
        try:
            await approve_and_send(self.brent.store, self.brent.config, self.brent.actor, reply, found[0], found[1],
                                   now=clock.now())
        except Exception as exc:  # said in words: the reply stays in the list or is marked as it ended
            self.notify(str(exc), title="Reply not sent", severity="error", timeout=12, markup=False)
        else:
            self.notify(f"Approved and sent from {at_handle(found[0].handle)}.", timeout=6, markup=False)
        self.load()

    def action_reject(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        reply = chosen[0]

        async def rejected(note: str | None) -> None:
            if note is None:
                return
            try:
                await self.brent.store.review_reply(self.brent.actor, reply, approve=False, note=note, now=clock.now())
            except Exception as exc:
                self.notify(str(exc), severity="error", markup=False)
                return
            self.notify(f"Rejected: {reply.author} is told why.", timeout=5, markup=False)
            self.load()

        self.app.push_screen(ReasonPrompt("Reject this reply", "Why (the author reads it)?"), rejected)

    def action_close(self) -> None:
        if self.sending:
            self.notify("A reply is on its way: wait for it to be sent or refused.", timeout=4, markup=False)
            return
        self.dismiss(None)
