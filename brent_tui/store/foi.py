"""FOI cases, their clock events, bank holidays loaded from GOV.UK, and the figures."""

from __future__ import annotations

from brent_tui.store.base import StoreBase


class FoiStore(StoreBase):
    """FOI cases, their clock events, bank holidays loaded from GOV.UK, and the figures."""
