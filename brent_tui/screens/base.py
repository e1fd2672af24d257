"""What every tab's screen shares: the header, footer, the store/config/actor, safe IO."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer

from brent_tui.widgets.app_header import AppHeader
from brent_tui.widgets.urgent_banner import UrgentBanner

if TYPE_CHECKING:
    from brent_tui.app import BrentApp
    from brent_tui.config import Config
    from brent_tui.domain.roles import Actor
    from brent_tui.store import Store


class BrentScreen(Screen):
    """A tab. Subclasses yield their body from `compose_body`; IO goes through workers."""

    MODE: ClassVar[str] = ""
    # (title, help, action) entries the command palette offers for this tab.
    PALETTE: ClassVar[list[tuple[str, str, str]]] = []

    @property
    def brent(self) -> BrentApp:
        return self.app  # type: ignore[return-value]

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
        yield AppHeader(self.MODE)
        yield UrgentBanner()
        yield from self.compose_body()
        yield Footer()

    def compose_body(self) -> ComposeResult:
        yield from ()

    def on_screen_resume(self) -> None:
        self.refresh_header()

    def refresh_header(self) -> None:
        for header in self.query(AppHeader):
            header.refresh_status()
        for banner in self.query(UrgentBanner):
            banner.refresh_banner()

    def show_error(self, error: BaseException) -> None:
        """A UserError is shown as its message; anything else is logged and summarised."""
        self.brent.report_error(error)

    def data_changed(self, entities: set[str], new_mentions: bool) -> None:
        """Live sync: another session (or the poller) changed these tables. Override to refresh."""
