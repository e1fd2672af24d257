"""The Calendar tab (its full content arrives with its own issue)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Static

from brent_tui.screens.base import BrentScreen


class CalendarScreen(BrentScreen):
    """Calendar: Planned posts on a week, fortnight or month grid per account."""

    MODE = "calendar"

    def compose_body(self) -> ComposeResult:
        yield Static(
            "Calendar — what this tab will hold:\n\n"
            "Planned posts on a week, fortnight or month grid per account; the composer with per-network length counts and tone checks; approvals; suspend-all; best times to post.",
            classes="coming",
            markup=False,
        )
