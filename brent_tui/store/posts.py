"""Scheduled posts, their per-account targets, approvals, the publishing outbox and suspend-all."""

from __future__ import annotations

from brent_tui.store.base import StoreBase


class PostStore(StoreBase):
    """Scheduled posts, their per-account targets, approvals, the publishing outbox and suspend-all."""
