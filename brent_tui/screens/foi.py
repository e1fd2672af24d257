"""The FOI tab (its full content arrives with its own issue)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Static

from brent_tui.screens.base import BrentScreen


class FoiScreen(BrentScreen):
    """FOI: Freedom of Information requests made on social media with their statutory clock."""

    MODE = "foi"

    def compose_body(self) -> ComposeResult:
        yield Static(
            "FOI — what this tab will hold:\n\n"
            "Freedom of Information requests made on social media with their statutory clock: due dates in working days, events (clarification, fees, public interest extension), responses and performance figures.",
            classes="coming",
            markup=False,
        )
