"""The Accounts tab (its full content arrives with its own issue)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Static

from brent_tui.screens.base import BrentScreen


class AccountsScreen(BrentScreen):
    """Accounts: The registry of every council social media account (owner, purpose, followers, last post, dormant flags) and the review of requests for new accounts against the strategy's four questions.."""

    MODE = "accounts"

    def compose_body(self) -> ComposeResult:
        yield Static(
            "Accounts — what this tab will hold:\n\n"
            "The registry of every council social media account (owner, purpose, followers, last post, dormant flags) and the review of requests for new accounts against the strategy's four questions.",
            classes="coming",
            markup=False,
        )
