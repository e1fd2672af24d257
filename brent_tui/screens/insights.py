"""The Insights tab (its full content arrives with its own issue)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Static

from brent_tui.screens.base import BrentScreen


class InsightsScreen(BrentScreen):
    """Insights: Audience growth, mention volumes, trending topics, influencers and key people, SLA and FOI performance, as charts with their numbers one key away.."""

    MODE = "insights"

    def compose_body(self) -> ComposeResult:
        yield Static(
            "Insights — what this tab will hold:\n\n"
            "Audience growth, mention volumes, trending topics, influencers and key people, SLA and FOI performance, as charts with their numbers one key away.",
            classes="coming",
            markup=False,
        )
