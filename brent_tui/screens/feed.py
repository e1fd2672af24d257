"""The Feed tab (its full content arrives with its own issue)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Static

from brent_tui.screens.base import BrentScreen


class FeedScreen(BrentScreen):
    """Feed: Every mention of the council, newest first, paged from the cache."""

    MODE = "feed"

    def compose_body(self) -> ComposeResult:
        yield Static(
            "Feed — what this tab will hold:\n\n"
            "Every mention of the council, newest first, paged from the cache: time, network, author and reach, snippet, sentiment, suggested route and status; a detail pane with the thread and decision history; saved streams; full-text search (/); the connectors' health.",
            classes="coming",
            markup=False,
        )
