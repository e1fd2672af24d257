"""BrentApp: the tabs, the global keys, the command palette, live sync and error reporting."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import importlib
import inspect
import logging
import signal
import traceback
from collections.abc import Callable
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.console import RenderableType
from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.notifications import SeverityLevel
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from brent_tui import __version__, clock, paths
from brent_tui.clock import Clock, set_clock
from brent_tui.domain.errors import UserError
from brent_tui.domain.models import Notification
from brent_tui.domain.text import clean
from brent_tui.screens.base import BrentScreen, DataChanged
from brent_tui.screens.help import HelpScreen, key_help
from brent_tui.screens.notifications import NotificationsScreen
from brent_tui.services.live import Counters, LiveSync, Status
from brent_tui.store import Store, storage_error
from brent_tui.store.base import read_only_message
from brent_tui.tabs import TAB_BY_NAME, TABS
from brent_tui.terminal import TerminalWatch, inert_update

if TYPE_CHECKING:
    from brent_tui.config import Config
    from brent_tui.domain.roles import Actor

log = logging.getLogger("brent_tui")

CHECKPOINT_EVERY = 5.0  # seconds between WAL checkpoints on the background connection
WARM_AFTER = 0.5  # seconds after the first tab is painted: ready the other tabs' first showing
TERMINAL_CHECK_SECONDS = 2.0  # how soon a session notices its terminal has gone


def screen_class(mode: str) -> type[BrentScreen]:
    """The tab's screen class, imported when first shown (start-up pays only for the first tab)."""
    module, _, name = TAB_BY_NAME[mode].screen.partition(":")
    return getattr(importlib.import_module(module), name)


def _toast(message: object) -> str:
    """A toast's text as shown: cleaned, at most 500 characters (also how a shown one is recognised)."""
    return clean(str(message), limit=500)


def css_paths(screen: type[Screen]) -> list[Path]:
    """The stylesheets a screen class names, as Textual resolves them when it first shows one."""
    base = Path(inspect.getfile(screen)).parent
    paths = screen.CSS_PATH if isinstance(screen.CSS_PATH, list) else [screen.CSS_PATH] if screen.CSS_PATH else []
    return [(base / path).resolve() for path in paths]


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
        for tab in TABS:
            out.append((f"Go to {tab.label}", f"Switch to the {tab.label} tab ({tab.key.upper()})", tab.name, ""))
        for tab in TABS:
            for title, help_text, action in screen_class(tab.name).PALETTE:
                out.append((title, help_text, tab.name, action))
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
    MODES: ClassVar[dict[str, Callable[[], Screen]]] = {tab.name: _lazy(tab.name) for tab in TABS}  # type: ignore[assignment]
    BINDINGS = [
        # The tab bar shows the tab keys; the footer pins `?` on the right and shows the rest if room is left.
        *(Binding(tab.key, f"go('{tab.name}')", tab.label, id=f"tab.{tab.name}", show=False,
                  tooltip=f"{tab.label}: {tab.about}") for tab in TABS),
        Binding("question_mark", "help", "Keys", id="app.help", tooltip="Every key on this screen, by what it does"),
        Binding("ctrl+n", "notifications", "Notifications", id="app.notifications",
                tooltip="Your notifications: escalations, approvals, assignments"),
        Binding("ctrl+p", "command_palette", "Commands", id="app.commands", priority=True,
                tooltip="Search every command by name (the command palette)"),
        Binding("ctrl+q", "quit", "Quit", id="app.quit", priority=True, tooltip="Leave brent-tui"),
    ]

    # What the header and the escalation banner show; they watch these (live sync keeps them current).
    counters: reactive[Counters] = reactive(Counters)
    urgent: reactive[tuple[Notification, ...]] = reactive(tuple)
    suspension_reason: reactive[str | None] = reactive(None)

    def __init__(
        self,
        config: Config,
        *,
        db_path: Path | str,
        actor: Actor,
        config_files: list[Path] | None = None,
        start_mode: str = "feed",
        live_interval: float | None = None,
        run_poller: bool | None = None,
        clock: Clock | None = None,
    ) -> None:
        """`clock`, when given, becomes the process's one clock (tests pin the time this way)."""
        super().__init__()
        if clock is not None:
            set_clock(clock)
        self.config = config
        self.db_path = db_path
        self.actor = actor
        self.config_files = config_files or []
        self.start_mode = start_mode
        self.live_interval = live_interval or config.app.live_interval_seconds
        self.run_poller = config.app.poll_in_app if run_poller is None else run_poller
        self._store: Store | None = None
        self.live: LiveSync | None = None
        self.sub_title = actor.label
        self.ready = False
        self._scoring: asyncio.Task[None] | None = None
        self._notify_sync: asyncio.Task[None] | None = None

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
        self._watch_terminal()
        self._open_store()

    def _watch_terminal(self) -> None:
        """Leave, releasing what the officer holds, when the terminal goes away (`TerminalWatch`)."""
        if self.is_headless:
            return
        watch = TerminalWatch()
        if not watch.hangup_ignored:
            try:
                asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, self._hung_up)
            except (NotImplementedError, RuntimeError) as exc:  # no signals on this loop (another thread, Windows)
                log.info("SIGHUP not hooked (%s): the terminal check alone watches for a hangup", exc)
        if watch.had_terminal:
            self.set_interval(TERMINAL_CHECK_SECONDS, lambda: watch.gone() and self._hung_up(),
                              name="terminal-watch")

    def _hung_up(self) -> None:
        log.info("the terminal has gone: leaving, releasing this session's claims")
        self.exit(return_code=129)

    @work(exclusive=True, group="startup", exit_on_error=False)
    async def _open_store(self) -> None:
        try:
            self._store = await Store.open(self.db_path, create=False, checkpoints=False)
        except UserError as exc:
            self.exit(return_code=2, message=Text(f"brent-tui: {exc}"))
            return
        self.live = LiveSync(self._store, self.actor.login, due_soon=due_soon_window(self.config))
        self._show_status(await self.live.prime())
        await self.switch_mode(self.start_mode)
        self.ready = True  # the first tab is on screen (tests and the bench wait for this)
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
        self.set_interval(self.live_interval, self._sync, name="live-sync")
        if self._store.postgres:  # a task, not a worker, as the scorer: it never ends
            self._notify_sync = asyncio.create_task(self._sync_on_notify(), name="live-notify")
        self._start_background()
        self.set_timer(WARM_AFTER, self._warm_tabs)

    def _warm_tabs(self) -> None:
        """While the officer reads the first tab: import every tab's screen and read its stylesheet
        (one reparse here, instead of one on each tab's first key), so a first showing is quick;
        then set what start-up built aside from the garbage collector."""
        update = False
        for tab in TABS:
            for path in css_paths(screen_class(tab.name)):
                if not self.stylesheet.has_source(str(path), ""):
                    self.stylesheet.read(path)
                    update = True
        if update:
            self.stylesheet.reparse()
            self.stylesheet.update(self)
        # Everything built so far (Textual, the screens, pydantic's models, the rules) lives as long as the
        # app: out of the collector's sight, a full collection walks only what came since, in a few ms
        # instead of 55–75 ms that landed on a keypress now and then (a tab switch, a page of the feed).
        gc.freeze()

    def _start_background(self) -> None:
        """Poll in-process when configured (one user); otherwise score what no poller scores."""
        if self.store.read_only:  # both write; a read-only session only looks
            return
        if self.run_poller and self.config.connectors:
            from brent_tui.jobs.poller import run_in_app  # only when connectors exist

            self.run_worker(run_in_app(self), group="poller", exit_on_error=False)
        # Always: while a poller (this app's or the service) holds the lock it scores and brings watches
        # back itself and this loop stands aside; if the in-app poller cannot start (no token), it works.
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
        for task in (self._scoring, self._notify_sync):
            if task is not None:
                task.cancel()  # and wait, so its own connection closes before the loop does
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
        if self.live is not None:
            await self.live.stop()
        if self._store is not None:
            await self._store.close()

    # ------------------------------------------------------------------ actions

    async def action_go(self, mode: str) -> None:
        if not self.ready or mode not in self.MODES:
            return
        await self.switch_mode(mode)

    async def run_in_mode(self, mode: str, action: str) -> None:
        """Palette: switch to a tab, then run one of its actions."""
        await self.action_go(mode)
        if action:
            await self.screen.run_action(action)

    async def open_foi_from_mention(self, mention_id: int) -> None:
        """`f` in Feed or Triage: a new FOI case prefilled from the mention, on the FOI tab. Cancelling
        the form (Esc) returns the officer to the tab they came from."""
        came_from = self.current_mode
        await self.action_go("foi")
        screen = self.screen
        if isinstance(screen, screen_class("foi")):
            await screen.new_case_from_mention(mention_id, came_from=came_from if came_from != "foi" else None)

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(key_help(self.screen), _title(self.screen), self.actor.label))

    # ------------------------------------------------------------------ live data

    async def _sync(self, *, force: bool = False) -> None:
        """The live-sync timer: what other sessions changed becomes a `DataChanged` message."""
        live = self.live
        if live is None:
            return
        try:
            entities = await live.poll(force=force)
        except Exception:  # the timer must survive a busy or closing database
            log.exception("live sync")
            return
        if entities:
            self.post_message(DataChanged(entities))

    async def _sync_on_notify(self) -> None:
        """On PostgreSQL: read the change log as soon as another connection's NOTIFY arrives, on any
        application server, rather than at the timer's next tick."""
        store = self._store
        while store is not None and self.live is not None and not self.live.stopped:
            try:
                if await store.wait_for_change(self.live_interval):
                    await self._sync()
            except Exception:  # a dropped connection: the timer goes on meanwhile
                log.exception("live sync (notify)")
                await asyncio.sleep(self.live_interval)

    async def sync_now(self) -> None:
        """After this session's own write: read the change log now rather than at the next tick."""
        await self._sync(force=True)

    def on_data_changed(self, message: DataChanged) -> None:
        """Re-read the header's figures and pass the news to the screen in front (none while the app
        closes: a change read just before quitting arrives after the last screen has gone)."""
        if not self.screen_stack:
            return
        self._load_status()
        self.screen.post_message(DataChanged(message.entities))

    @work(exclusive=True, group="live-status", exit_on_error=False)
    async def _load_status(self) -> None:
        if self.live is None:
            return
        try:
            status = await self.live.status()
        except Exception:  # as the timer: a busy database is met again at the next change
            log.exception("live status")
            return
        self._show_status(status)

    def _show_status(self, status: Status) -> None:
        self.counters = status.counters
        self.urgent = status.urgent
        self.suspension_reason = status.suspension_reason
        if status.arrived:  # a toast for each of the newest few, and the terminal bell once
            for n in reversed(status.arrived[:5]):
                self.notify(n.text, title=n.kind.replace("_", " "), severity="warning" if n.urgent else "information",
                            timeout=10, markup=False)
            self.bell()

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = True) -> None:
        """Every toast, from every screen, through the one sanitiser and never parsed as markup:
        toasts quote mentions, authors, links and error text, any of which a stranger can write."""
        super().notify(_toast(message), title=clean(title, single_line=True, limit=80),
                       severity=severity, timeout=timeout, markup=False)

    def _display(self, screen: Screen, renderable: RenderableType | None) -> None:
        """Every frame through the terminal guard before Textual writes it (see `brent_tui.terminal`)."""
        inert_update(renderable)
        super()._display(screen, renderable)

    def action_notifications(self) -> None:
        if self.ready and not isinstance(self.screen, NotificationsScreen):
            self.push_screen(NotificationsScreen())

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
            if not any(n.message == _toast(message) for n in self._notifications):
                self.notify(message, severity="error", timeout=8, markup=False)
            return
        log_path = paths.log_file()
        try:
            log_path.parent.mkdir(parents=True, exist_ok=True)
            with log_path.open("a", encoding="utf-8") as handle:
                handle.write(f"{clock.now().isoformat()} brent-tui {__version__}\n")
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


def _title(screen: Screen) -> str:
    """The help's title: the tab's label on a tab's own screen, else the window's `TITLE` (never a class name)."""
    tab = TAB_BY_NAME.get(getattr(screen, "MODE", ""))
    if tab is not None and tab.screen == f"{type(screen).__module__}:{type(screen).__name__}":
        return tab.label
    return screen.TITLE or "this window"
