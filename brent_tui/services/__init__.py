"""Orchestration between the store and the connectors (no Textual, no SQL)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from brent_tui.config import Config
    from connectors.base import Connector, ConnectorSettings


def build_connector(config: Config, settings: ConnectorSettings) -> Connector:
    """The connector of one `[[connectors]]` entry, its secret read from the 0600 secrets file (the app holds none)."""
    from brent_tui import clock
    from brent_tui.config import load_secrets
    from connectors.registry import build

    return build(settings, load_secrets(config), clock=clock.now)
