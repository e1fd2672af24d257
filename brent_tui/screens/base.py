"""What every tab's screen shares: the header, footer, the store/config/actor, safe IO, live data."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar, Protocol, cast

from textual import work
from textual.app import ComposeResult
from textual.message import Message
from textual.screen import Screen

from brent_tui.domain.errors import UserError
from brent_tui.screens.reason_prompt import ReasonPrompt
from brent_tui.widgets.app_header import AppHeader
from brent_tui.widgets.key_footer import KeyFooter
from brent_tui.widgets.urgent_banner import UrgentBanner

if TYPE_CHECKING:
    from brent_tui.config import Config
    from brent_tui.domain.entities import Entity
    from brent_tui.domain.roles import Actor
    from brent_tui.store import Store


class DataChanged(Message, bubble=False):
    """Other sessions (or the poller, or this session) changed these entities.

    Live sync posts it to the app, which passes it to the screen in front; it never bubbles back.
    """

    def __init__(self, entities: frozenset[Entity]) -> None:
        super().__init__()
        self.entities = entities


class Workstation(Protocol):
    """What a tab asks of the app (BrentApp is one): named here so the screens need not import the app."""

    config: Config
    actor: Actor

    @property
    def store(self) -> Store: ...

    def report_error(self, error: BaseException) -> None: ...

    async def open_foi_from_mention(self, mention_id: int) -> None: ...

    async def sync_now(self) -> None: ...

    async def action_go(self, mode: str) -> None: ...


class BrentScreen(Screen):
    """A tab. Subclasses yield their body from `compose_body`; IO goes through workers."""

    MODE: ClassVar[str] = ""
    # (title, help, action) entries the command palette offers for this tab.
    PALETTE: ClassVar[list[tuple[str, str, str]]] = []
    # `?` help: the screen's keys grouped by what the officer is doing, as (heading, binding ids).
    # Every binding of the tab (and of its own widgets) belongs in one; the app adds moving
    # around, the tabs and the keys that work anywhere.
    KEY_GROUPS: ClassVar[tuple[tuple[str, tuple[str, ...]], ...]] = ()
    # The tab shows its data (its first load is done; later reloads repaint behind it). The bench's
    # tab switch is timed to the first frame painted with this set.
    loaded: bool = False
    # What this screen shows: a change to any of these (anywhere) calls `data_changed`.
    REFRESH_ON: ClassVar[frozenset[Entity]] = frozenset()

    def __init__(self, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name, id, classes)
        # Built now, so styled now: no stale styles to refresh. Textual would otherwise restyle every
        # screen in the app (a full CSS reparse) on a tab's first showing, since the app's theme was set.
        with contextlib.suppress(Exception):  # no app yet (a screen built outside one): Textual's default stands
            self._css_update_count = self.app._css_update_count

    @property
    def brent(self) -> Workstation:
        return cast("Workstation", self.app)

    @property
    def store(self) -> Store:
        return self.brent.store

    @property
    def config(self) -> Config:
        return self.brent.config

    @property
    def actor(self) -> Actor:
        return self.brent.actor

    def compose(self) -> ComposeResult:
        yield AppHeader(self.MODE, who=self.actor.label, who_short=self.actor.login, read_only=self.store.read_only)
        yield UrgentBanner()
        yield from self.compose_body()
        yield KeyFooter()

    def compose_body(self) -> ComposeResult:
        yield from ()

    def show_error(self, error: BaseException) -> None:
        """A UserError is shown as its message; anything else is logged and summarised."""
        self.brent.report_error(error)

    # ------------------------------------------------------------------ suspend all (Calendar and Triage)

    def ask_suspend_all(self, *, reason: str = "", then: Callable[[], None] | None = None) -> None:
        """Suspend every scheduled post — only after the officer gives (or confirms) the reason every
        user will see. The one path for the Calendar's and Triage's `S`."""
        def reason_given(given: str | None) -> None:
            if given:
                self._suspend_all(given, then)

        self.app.push_screen(ReasonPrompt(
            "Suspend ALL scheduled posts on every account",
            "Every scheduled post is held until someone resumes. Every user sees the reason on a banner.",
            placeholder="Reason, e.g. Major incident in Wembley / national mourning", value=reason,
            required="Give a reason: it is shown to every user."), reason_given)

    @work(exclusive=True, exit_on_error=False, group="suspend-all")
    async def _suspend_all(self, reason: str, then: Callable[[], None] | None) -> None:
        try:
            await self.store.set_suspension(self.actor, active=True, reason=reason)
        except UserError as exc:
            self.show_error(exc)
            return
        await self.brent.sync_now()  # the header's banner, now rather than at the next tick
        self.notify(f"All posts suspended: {reason}. Resume from the Calendar (S) when it is over.",
                    severity="warning", timeout=8, markup=False)
        if then is not None:
            then()

    def on_data_changed(self, message: DataChanged) -> None:
        changed = message.entities & self.REFRESH_ON
        if changed:
            self.data_changed(changed)

    def data_changed(self, entities: frozenset[Entity]) -> None:
        """Some of what this screen shows (`REFRESH_ON`) changed: override to reload it."""
