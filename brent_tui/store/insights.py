"""Figures for the Insights view and reports: growth, volumes, SLA and FOI performance."""

from __future__ import annotations

from brent_tui.store.base import StoreBase


class InsightStore(StoreBase):
    """Figures for the Insights view and reports: growth, volumes, SLA and FOI performance."""
