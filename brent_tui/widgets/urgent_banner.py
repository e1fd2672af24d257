"""A red line under the header while an escalation waits for this user's acknowledgement."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from brent_tui.domain.text import snippet


class UrgentBanner(Static):
    """Shows the oldest unacknowledged urgent notification (escalations) until acknowledged."""

    DEFAULT_CSS = """
    UrgentBanner { height: auto; background: $error; color: $text; padding: 0 1; text-style: bold; }
    UrgentBanner.-empty { display: none; }
    """

    def __init__(self) -> None:
        super().__init__("", markup=False, classes="-empty")

    def on_mount(self) -> None:
        self.refresh_banner()

    def refresh_banner(self) -> None:
        urgent = getattr(self.app, "urgent", [])
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
