"""Triage decisions (append-only), assignments with SLA due times, watches, leases and incidents."""

from __future__ import annotations

from brent_tui.store.base import StoreBase


class TriageStore(StoreBase):
    """Triage decisions (append-only), assignments with SLA due times, watches, leases and incidents."""
