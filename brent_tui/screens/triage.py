"""The Triage tab (its full content arrives with its own issue)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Static

from brent_tui.screens.base import BrentScreen


class TriageScreen(BrentScreen):
    """Triage: The untriaged queue ordered by priority (reach × criticality × importance)."""

    MODE = "triage"

    def compose_body(self) -> ComposeResult:
        yield Static(
            "Triage — what this tab will hold:\n\n"
            "The untriaged queue ordered by priority (reach × criticality × importance): one mention in focus with its factors and suggested route; keys 1–5 route it, Enter accepts, u undoes; watches, escalations and emergency mode.",
            classes="coming",
            markup=False,
        )
