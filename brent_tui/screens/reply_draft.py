"""Route 3's reply: a signposting draft from the topic's template, tone-checked, copied or sent.

The draft is editable; every edit is re-checked against the tone rules (political content,
pre-election period, personal data, shouting, out of hours) and the findings are listed.
`ctrl+y` copies it (OSC 52 works over SSH). `ctrl+s` sends it in place, threaded under the mention,
from the council account a connector posts as on that network (`services.replies`), once the officer
says yes; the mention is then decided (route 3) with the reply. Without such an account the reply is
copied and the officer is told why.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea

from brent_tui import clock
from brent_tui.domain.models import Mention
from brent_tui.domain.replies import draft_reply
from brent_tui.domain.roles import Action
from brent_tui.domain.text import at_handle, snippet
from brent_tui.domain.tone import Severity, check_text
from brent_tui.screens.post_confirm import ConfirmPostAction, close_asking_first
from brent_tui.services.replies import needs_approval, replying_account, send_reply_from
from brent_tui.store import ConflictError
from brent_tui.widgets.key_footer import KeyFooter

if TYPE_CHECKING:
    from brent_tui.screens.base import Workstation


REPLYING_SECONDS = 120  # "is replying" lapses this long after a session stops renewing it (closed, crashed)


class ReplyDraftScreen(ModalScreen[str | None]):
    """The reply draft for the mention in focus."""

    TITLE = "Reply"  # how `?` names this window

    DEFAULT_CSS = """
    ReplyDraftScreen { align: center middle; }
    ReplyDraftScreen > Vertical { width: 100; max-width: 98%; height: auto; max-height: 30; border: round $accent;
                                  background: $surface; padding: 0 1; }
    ReplyDraftScreen TextArea { height: 8; }
    #reply-findings { height: auto; }
    #reply-others { height: auto; display: none; }
    """
    BINDINGS: ClassVar[list[Binding]] = [
        Binding("ctrl+y", "copy", "Copy reply", id="reply.copy"),
        Binding("ctrl+s", "send", "Send", id="reply.send"),
        Binding("escape", "close", "Close", id="reply.close"),
    ]

    def __init__(self, mention: Mention, *, website: str | None, holding_statement: str | None) -> None:
        super().__init__()
        self.mention = mention
        self.copied: str | None = None  # the text last copied (an edited draft that was copied is not lost)
        self.sending = False  # a send is on its way: no second one, and the draft stays open
        self.drafted_since = clock.now()  # a colleague's reply sent after this is shown before ours goes
        self.draft = draft_reply(mention.topic, website=website, handle=mention.author_handle,
                                 holding_statement=holding_statement,
                                 invalid_foi=mention.foi_flag and mention.foi_valid is False)

    def compose(self) -> ComposeResult:
        with Vertical():
            head = Text("Reply to ", style="bold")
            head.append(snippet(f"{at_handle(self.mention.author_handle)}: {self.mention.text}", 90))
            yield Static(head, markup=False)
            yield Static(Text(f"template: {self.draft.template} · link: {self.draft.link}", style="dim"), markup=False)
            yield TextArea(self.draft.text, id="reply-text", soft_wrap=True)
            yield Static("", id="reply-findings", markup=False)
            yield Static("", id="reply-others", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self._check(self.draft.text)
        self.query_one(TextArea).focus()
        self._announce()
        self.set_interval(REPLYING_SECONDS / 2, self._announce)

    @work(group="reply-presence", exit_on_error=False)
    async def _announce(self) -> None:
        """Every session shows "webby is replying" on this mention while the draft is open (when they may send it)."""
        app = cast("Workstation", self.app)
        if not app.actor.can(Action.REPLY):
            return
        other = await app.store.start_replying(app.actor.login, self.mention.id, seconds=REPLYING_SECONDS,
                                               now=clock.now())
        others = self.query_one("#reply-others", Static)
        others.display = other is not None
        if other:
            others.update(Text(f"{other} is replying to this mention too: check the thread before sending.",
                               style="bold yellow"))

    async def on_unmount(self) -> None:
        app = cast("Workstation", self.app)
        with contextlib.suppress(Exception):  # the app may be closing its store
            await app.store.stop_replying(app.actor.login, self.mention.id)

    @on(TextArea.Changed, "#reply-text")
    def _changed(self, event: TextArea.Changed) -> None:
        self._check(event.text_area.text)

    def _check(self, text: str) -> None:
        settings = getattr(self.app, "config", None)
        findings = check_text(text, when=clock.now(), settings=settings.tone) if settings else []
        out = Text()
        if not findings:
            out.append("Tone check: nothing to fix.", style="green")
        for f in findings:
            style = "bold red" if f.severity is Severity.BLOCK else "yellow"
            out.append(f"{f.severity.value.upper()}: ", style=style)
            out.append(f.message + "\n")
        self.query_one("#reply-findings", Static).update(out)

    def action_copy(self) -> None:
        self.copied = self.query_one(TextArea).text
        self.app.copy_to_clipboard(self.copied)
        self.notify("Reply copied to the clipboard. Press 3 to route the mention to the web team.", timeout=5,
                    markup=False)

    def action_send(self) -> None:
        if self.sending:
            self.notify("The reply is on its way.", timeout=3, markup=False)
            return
        self.sending = True
        self._send()

    @work(group="reply-send", exit_on_error=False)
    async def _send(self) -> None:
        try:
            await self._ask_and_send()
        finally:
            self.sending = False

    async def _ask_and_send(self) -> None:
        """Ask, then send from the account a connector posts as; without one, copy it and say why."""
        app = cast("Workstation", self.app)
        text = self.query_one(TextArea).text
        network = self.mention.platform.value
        found = replying_account(await app.store.accounts(), app.config.connectors, self.mention.platform,
                                 self.mention.account_handle)
        if found is None:
            self.copied = text
            self.app.copy_to_clipboard(text)
            self.notify(f"No council account on {network} has a connector that posts as it, so brent-tui cannot "
                        "send this reply. It has been copied: post it from the council account, then press 3.",
                        severity="warning", timeout=10, markup=False)
            return
        account, settings = found
        approval = needs_approval(app.config, app.actor)
        question = (f"Send this reply to a comms officer, to go from {at_handle(account.handle)} once approved?"
                    if approval else f"Send this reply from {at_handle(account.handle)}?")
        detail = (f"Under {at_handle(self.mention.author_handle)}'s post on {network}: “{snippet(text, 200)}”. "
                  "The mention is routed 3 · Web team responds with it.")
        if not await self.app.push_screen_wait(ConfirmPostAction(question, detail)):
            return
        try:
            reply = await send_reply_from(app.store, app.config, app.actor, self.mention, text, account, settings,
                                          now=clock.now(), drafted_since=self.drafted_since)
        except ConflictError as exc:  # e.g. a colleague replied meanwhile: read it; a second ctrl+s sends ours
            self.drafted_since = clock.now()
            self.notify(str(exc), title="Not sent yet", severity="warning", timeout=12, markup=False)
            return
        except Exception as exc:  # said in words; the draft stays open to try again or copy
            self.notify(str(exc), title="Reply not sent", severity="error", timeout=12, markup=False)
            return
        if reply.status == "awaiting_approval":
            self.notify("Sent to the comms officers for approval: it goes once one of them approves it.",
                        timeout=6, markup=False)
            self.dismiss("for approval")
            return
        self.notify(f"Reply sent from {at_handle(account.handle)}; the mention is routed 3 · Web team responds.",
                    timeout=6, markup=False)
        self.dismiss("sent")

    def action_close(self) -> None:
        """Esc: close — asking first when the draft was edited and the edits were not copied."""
        if self.sending:
            self.notify("The reply is on its way: wait for it to be sent or refused.", timeout=4, markup=False)
            return
        close_asking_first(self, edited=self.query_one(TextArea).text not in (self.draft.text, self.copied))
