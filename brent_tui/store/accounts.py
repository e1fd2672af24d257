"""Account requests and their reviews; the registry's extra queries (dormant, owners)."""

from __future__ import annotations

from brent_tui.store.base import StoreBase


class AccountStore(StoreBase):
    """Account requests and their reviews; the registry's extra queries (dormant, owners)."""
