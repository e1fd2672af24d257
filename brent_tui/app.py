"""BrentApp: the tabs, the global keys, the command palette, live sync and error reporting."""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
import traceback
from collections.abc import Callable
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from brent_tui import __version__, paths
from brent_tui.domain.errors import UserError
from brent_tui.domain.models import Notification, utcnow
from brent_tui.screens.base import BrentScreen
from brent_tui.screens.help import HelpScreen
from brent_tui.screens.notifications import NotificationsScreen
from brent_tui.services.live import LiveSync
from brent_tui.store import Store, storage_error
from brent_tui.store.base import read_only_message
from brent_tui.widgets.app_header import TABS, AppHeader

if TYPE_CHECKING:
    from brent_tui.config import Config
    from brent_tui.domain.roles import Actor

log = logging.getLogger("brent_tui")

# Each tab's screen is imported when first shown, so start-up pays only for the Feed.
CHECKPOINT_EVERY = 5.0  # seconds between WAL checkpoints on the background connection

SCREENS: dict[str, str] = {
    "feed": "brent_tui.screens.feed:FeedScreen",
    "triage": "brent_tui.screens.triage:TriageScreen",
    "calendar": "brent_tui.screens.calendar:CalendarScreen",
    "accounts": "brent_tui.screens.accounts:AccountsScreen",
    "foi": "brent_tui.screens.foi:FoiScreen",
    "insights": "brent_tui.screens.insights:InsightsScreen",
}


def screen_class(mode: str) -> type[BrentScreen]:
    module, _, name = SCREENS[mode].partition(":")
    return getattr(importlib.import_module(module), name)


def _lazy(mode: str) -> Callable[[], Screen]:
    return lambda: screen_class(mode)()


class StartupScreen(Screen):
    """Shown for the few milliseconds while the database opens (off the UI thread)."""

    def compose(self) -> ComposeResult:
        yield Static("Opening the database…", id="startup", markup=False)


class BrentCommands(Provider):
    """Command palette: go to a tab, or run any tab's named commands (from `PALETTE`)."""

    def _commands(self) -> list[tuple[str, str, str, str]]:
        out = []
        for mode, label, key in TABS:
            out.append((f"Go to {label}", f"Switch to the {label} tab ({key.upper()})", mode, ""))
        for mode in SCREENS:
            for title, help_text, action in screen_class(mode).PALETTE:
                out.append((title, help_text, mode, action))
        return out

    async def discover(self) -> Hits:
        for title, help_text, mode, action in self._commands():
            yield DiscoveryHit(title, partial(self.app.run_in_mode, mode, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, mode, action in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), partial(self.app.run_in_mode, mode, action),
                          help=help_text)


class BrentApp(App[None]):
    """The workstation. One store connection; each tab is a mode with its own screen."""

    TITLE = "brent-tui"
    CSS_PATH = "app.tcss"
    ENABLE_COMMAND_PALETTE = True
    COMMANDS = App.COMMANDS | {BrentCommands}
    MODES: ClassVar[dict[str, Callable[[], Screen]]] = {mode: _lazy(mode) for mode in SCREENS}  # type: ignore[assignment]
    BINDINGS = [
        Binding("f1", "go('feed')", "Feed", id="tab.feed"),
        Binding("f2", "go('triage')", "Triage", id="tab.triage"),
        Binding("f3", "go('calendar')", "Calendar", id="tab.calendar"),
        Binding("f4", "go('accounts')", "Accounts", id="tab.accounts"),
        Binding("f5", "go('foi')", "FOI", id="tab.foi"),
        Binding("f6", "go('insights')", "Insights", id="tab.insights"),
        Binding("question_mark", "help", "Keys", id="app.help"),
        Binding("ctrl+n", "notifications", "Notifications", id="app.notifications"),
        Binding("ctrl+q", "quit", "Quit", id="app.quit", priority=True),
    ]

    def __init__(
        self,
        config: Config,
        *,
        db_path: Path,
        actor: Actor,
        config_files: list[Path] | None = None,
        start_mode: str = "feed",
        live_interval: float | None = None,
        run_poller: bool | None = None,
    ) -> None:
        super().__init__()
        self.config = config
        self.db_path = db_path
        self.actor = actor
        self.config_files = config_files or []
        self.start_mode = start_mode
        self.live_interval = live_interval or config.app.live_interval_seconds
        self.run_poller = config.app.poll_in_app if run_poller is None else run_poller
        self._store: Store | None = None
        self.live: LiveSync | None = None
        self.counters: dict[str, int] = {}
        self.urgent: list[Notification] = []
        self.suspension_reason: str | None = None
        self.sub_title = actor.label
        self.ready = False
        self._scoring: asyncio.Task[None] | None = None

    # ------------------------------------------------------------------ start-up

    @property
    def store(self) -> Store:
        if self._store is None:
            raise UserError("the database is still opening")
        return self._store

    def get_default_screen(self) -> Screen:
        return StartupScreen()

    def on_mount(self) -> None:
        self.theme = "textual-dark"
        self._open_store()

    @work(exclusive=True, group="startup", exit_on_error=False)
    async def _open_store(self) -> None:
        try:
            self._store = await Store.open(self.db_path, create=False, checkpoints=False)
        except UserError as exc:
            self.exit(return_code=2, message=Text(f"brent-tui: {exc}"))
            return
        self.live = LiveSync(self, self._store, interval=self.live_interval)
        await self.live.prime()
        self.ready = True
        await self.switch_mode(self.start_mode)
        if self._store.read_only and self._store.path is not None:
            self.notify(read_only_message(self._store.path, outcome="you can look, but nothing can be saved from "
                                          "this session"),
                        title="Read-only database", severity="warning", timeout=30, markup=False)
        if not self.actor.known:
            self.notify(
                f"{self.actor.login} is not in the brent-tui config: you have a read-only view. "
                "Ask the web team to add you under [people] with your role.",
                title="Read-only",
                severity="warning",
                timeout=15,
                markup=False,
            )
        self.live.start()
        self._start_background()

    def _start_background(self) -> None:
        """Poll in-process when configured (one user); otherwise score what no poller scores."""
        if self.store.read_only:  # both write; a read-only session only looks
            return
        if self.run_poller and self.config.connectors:
            from brent_tui.jobs.poller import run_in_app  # only when connectors exist

            self.run_worker(run_in_app(self), group="poller", exit_on_error=False)
            return
        # A task, not a worker: it never ends, and tests wait for workers to complete.
        self._scoring = asyncio.create_task(self._score_in_background(), name="scoring")

    async def _score_in_background(self) -> None:
        """Score on a connection of its own, in small batches, so no screen query queues behind it."""
        from brent_tui.jobs.locks import held_elsewhere
        from brent_tui.services.scoring import score_loop

        store = await Store.open(self.db_path, create=False)

        async def checkpoints() -> None:  # the screens' connection leaves WAL checkpoints to this one
            while True:
                await asyncio.sleep(CHECKPOINT_EVERY)
                with contextlib.suppress(Exception):
                    await store.checkpoint()

        try:
            await asyncio.gather(
                score_loop(store, self.config, batch=100, poller_running=lambda: held_elsewhere(self.db_path)),
                checkpoints(),
            )
        finally:
            await store.close()

    async def on_unmount(self) -> None:
        if self._scoring is not None:
            self._scoring.cancel()  # and wait, so its own connection closes before the loop does
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._scoring
        if self.live is not None:
            await self.live.stop()
        if self._store is not None:
            await self._store.close()

    # ------------------------------------------------------------------ actions

    async def action_go(self, mode: str) -> None:
        if not self.ready or mode not in self.MODES:
            return
        await self.switch_mode(mode)
        for header in self.screen.query(AppHeader):
            header.active = mode

    async def run_in_mode(self, mode: str, action: str) -> None:
        """Palette: switch to a tab, then run one of its actions."""
        await self.action_go(mode)
        if action:
            await self.screen.run_action(action)

    async def open_foi_from_mention(self, mention_id: int) -> None:
        """`f` in Feed or Triage: a new FOI case prefilled from the mention, on the FOI tab."""
        await self.action_go("foi")
        screen = self.screen
        if isinstance(screen, screen_class("foi")):
            await screen.new_case_from_mention(mention_id)

    def action_help(self) -> None:
        rows: list[tuple[str, str, str]] = []
        seen: set[tuple[str, str]] = set()
        for active in self.screen.active_bindings.values():
            binding = active.binding
            description = binding.description or binding.action
            where = "everywhere" if active.node is self else type(active.node).__name__
            label = self.get_key_display(binding)
            if (label, description) in seen:
                continue
            seen.add((label, description))
            rows.append((label, description, where))
        rows.append(("ctrl+p", "Command palette: search every command", "everywhere"))
        title = type(self.screen).__name__.replace("Screen", "")
        self.push_screen(HelpScreen(rows, title))

    # ------------------------------------------------------------------ status

    def status_line(self) -> Text:
        """Right side of the header: suspension, work counters, bell, who is signed in."""
        text = Text()
        if self._store is not None and self._store.read_only:
            text.append(" READ-ONLY ", style="bold black on yellow")
            text.append(" ")
        if self.suspension_reason:
            text.append(" POSTS SUSPENDED ", style="bold white on red")
            text.append(" ")
        overdue = self.counters.get("overdue", 0)
        soon = self.counters.get("due_soon", 0)
        if overdue:
            text.append(f"overdue {overdue}", style="bold red")
            text.append(" · ")
        if soon:
            text.append(f"due soon {soon}", style="yellow")
            text.append(" · ")
        unread = self.counters.get("unread", 0)
        text.append(f"🔔{unread}" if unread else "🔕", style="bold yellow" if unread else "dim")
        text.append(f"  {self.actor.label}", style="bold")
        return text

    def refresh_status(self) -> None:
        screen = self.screen
        if isinstance(screen, BrentScreen):
            screen.refresh_header()

    def action_notifications(self) -> None:
        if self.ready and not isinstance(self.screen, NotificationsScreen):
            self.push_screen(NotificationsScreen())

    def live_changed(self, entities: set[str], new_mentions: bool) -> None:
        """Called by LiveSync on the UI thread: refresh the header and tell the screen."""
        self.refresh_status()
        screen = self.screen
        if isinstance(screen, BrentScreen):
            screen.data_changed(entities, new_mentions)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """The safety net: a worker that failed is reported, never a traceback on screen."""
        if event.state == WorkerState.ERROR and event.worker.error is not None:
            self.report_error(event.worker.error)

    def report_error(self, error: BaseException) -> None:
        """Show a user error as one line; log anything else with its traceback, never on screen.

        A full disk or an unwritable file met outside the store (an export) is a user error too;
        a message already on screen is not shown twice (two workers meeting the same full disk).
        """
        error = storage_error(error) or error
        if isinstance(error, UserError):
            message = str(error)
            if not any(n.message == message for n in self._notifications):
                self.notify(message, severity="error", timeout=8, markup=False)
            return
        log_path = paths.log_file()
        try:
            log_path.parent.mkdir(parents=True, exist_ok=True)
            with log_path.open("a", encoding="utf-8") as handle:
                handle.write(f"{utcnow().isoformat()} brent-tui {__version__}\n")
                handle.write(self._scrub("".join(traceback.format_exception(error))))
        except OSError:
            pass
        self.notify(
            f"Something went wrong ({type(error).__name__}). Nothing was saved by this action. "
            f"Details are in {log_path}.",
            severity="error",
            timeout=10,
            markup=False,
        )


    def _scrub(self, text: str) -> str:
        """Crash reports go to a file others may read: tokens (known and token-shaped) are scrubbed."""
        from brent_tui.config import load_secrets
        from connectors.base import Redactor

        try:
            secrets = list(load_secrets(self.config).values())
        except UserError:
            secrets = []
        return Redactor(secrets)(text)


def due_soon_window(config: Config) -> timedelta:
    return timedelta(hours=config.sla.due_soon_hours)
