"""Emergency mode's first step: pick a running incident or start one (name, keywords, statement).

A new incident's window starts at its first matching mention within the look-back (a week
unless told), not a fixed few hours before now: a burst that began overnight is all in it.
"""

from __future__ import annotations

from datetime import timedelta
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from brent_tui import clock
from brent_tui.domain.london import format_london
from brent_tui.domain.models import Incident
from brent_tui.domain.text import snippet
from brent_tui.widgets.key_footer import KeyFooter

LOOK_BACK_HOURS = 168  # how far back a new incident looks for its first matching mention


class EmergencyScreen(ModalScreen[Incident | None]):
    """Returns the incident to work on, or None."""

    TITLE = "Emergency mode"  # how `?` names this window

    DEFAULT_CSS = """
    EmergencyScreen { align: center middle; }
    EmergencyScreen > Vertical { width: 90; max-width: 98%; height: auto; max-height: 34; border: round $error;
                                 background: $surface; padding: 0 1; }
    EmergencyScreen OptionList { height: auto; max-height: 8; }
    """
    BINDINGS: ClassVar[list[Binding]] = [
        Binding("ctrl+s", "start", "Start incident", id="emergency.start"),
        Binding("escape", "cancel", "Cancel", id="emergency.cancel"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.incidents: list[Incident] = []

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text("Emergency mode", style="bold"), markup=False)
            yield Static("Running incidents (Enter to work on one):", markup=False)
            yield OptionList(id="incident-list")
            yield Static("Or start a new one (ctrl+s):", markup=False)
            yield Input(placeholder="name, e.g. Harlesden flooding", id="incident-name")
            yield Input(placeholder="keywords, comma-separated; flood* matches flooding", id="incident-keywords")
            yield Input(value=str(LOOK_BACK_HOURS), placeholder="hours to look back for the first matching mention",
                        id="incident-hours")
            yield Input(placeholder="holding statement pinned for replies", id="incident-statement")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.load()

    @work(exclusive=True, exit_on_error=False)
    async def load(self) -> None:
        self.incidents = await self.app.store.incidents(active_only=True)  # type: ignore[attr-defined]
        options = self.query_one(OptionList)
        options.clear_options()
        for inc in self.incidents:
            label = Text(snippet(inc.name, 40), style="bold")
            label.append(f"  {', '.join(inc.keywords)[:40]} · since {format_london(inc.starts_at, '%d %b %H:%M')}")
            options.add_option(Option(label, id=str(inc.id)))
        if self.incidents:
            options.highlighted = 0
            options.focus()
        else:
            options.add_option(Option(Text("none running", style="dim"), id="none", disabled=True))
            self.query_one("#incident-name", Input).focus()

    @on(OptionList.OptionSelected, "#incident-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        for inc in self.incidents:
            if str(inc.id) == event.option.id:
                self.dismiss(inc)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_start()

    @work(group="incident-start", exit_on_error=False)
    async def action_start(self) -> None:
        name = self.query_one("#incident-name", Input).value
        keywords = [k.strip() for k in self.query_one("#incident-keywords", Input).value.split(",") if k.strip()]
        hours_text = self.query_one("#incident-hours", Input).value.strip() or str(LOOK_BACK_HOURS)
        statement = self.query_one("#incident-statement", Input).value
        try:
            hours = float(hours_text)
            if not 0 < hours <= 24 * 14:
                raise ValueError
        except ValueError:
            self.notify("Hours back: a number of hours between 0 and 336.", severity="error", markup=False)
            return
        now = clock.now()
        store = self.app.store  # type: ignore[attr-defined]
        try:
            first = await store.first_match(keywords, since=now - timedelta(hours=hours)) if keywords else None
            incident = await store.create_incident(
                self.app.actor, name=name, keywords=keywords, starts_at=min(first or now, now),  # type: ignore[attr-defined]
                holding_statement=statement, now=now)
        except Exception as exc:  # the message says what is missing
            self.app.report_error(exc)  # type: ignore[attr-defined]
            return
        self.dismiss(incident)

    def action_cancel(self) -> None:
        self.dismiss(None)
