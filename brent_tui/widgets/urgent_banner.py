"""A red line under the header while an escalation waits for this user's acknowledgement."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widgets import Static

from brent_tui.domain.models import Notification
from brent_tui.domain.text import snippet


class UrgentBanner(Static):
    """Shows the oldest unacknowledged urgent notification (escalations) until acknowledged.

    `urgent` follows the app's reactive of the same name (watched, never pushed).
    """

    DEFAULT_CSS = """
    UrgentBanner { height: auto; background: $error; color: $text; padding: 0 1; text-style: bold; }
    UrgentBanner.-empty { display: none; }
    """

    urgent: reactive[tuple[Notification, ...]] = reactive(tuple, init=False)

    def __init__(self) -> None:
        super().__init__("", markup=False, classes="-empty")

    def on_mount(self) -> None:
        self.watch(self.app, "urgent", self._follow_urgent)

    def _follow_urgent(self, urgent: tuple[Notification, ...]) -> None:
        self.urgent = urgent

    def watch_urgent(self, urgent: tuple[Notification, ...]) -> None:
        if not urgent:
            self.add_class("-empty")
            self.update("")
            return
        first = urgent[0]
        more = f" (+{len(urgent) - 1} more)" if len(urgent) > 1 else ""
        text = Text("⚠ ESCALATION: ", style="bold")
        text.append(snippet(first.text, 160))
        text.append(f"{more} — ctrl+n to review and acknowledge")
        self.update(text)
        self.remove_class("-empty")
