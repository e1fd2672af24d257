"""The store: one async API over SQLite, and the only place in the app with SQL.

`Store` is composed of one mixin per aggregate so each module stays small; screens and
services call its methods and get pydantic models back, never rows.
"""

from __future__ import annotations

from brent_tui.store.accounts import AccountStore
from brent_tui.store.base import (
    ConflictError,
    DiskFull,
    NotFound,
    PermissionDenied,
    ReadOnlyDatabase,
    StorageError,
    StoreBusy,
    StoreError,
    backup_file,
    check_sqlite_file,
    storage_error,
)
from brent_tui.store.foi import FoiStore
from brent_tui.store.insights import InsightStore
from brent_tui.store.mentions import (
    IngestResult,
    MentionEdit,
    MentionStore,
    PageKey,
    ScoreUpdate,
    SearchError,
    SearchHit,
)
from brent_tui.store.migrations import SCHEMA_VERSION
from brent_tui.store.posts import PostStore
from brent_tui.store.replies import Reply, ReplyStore
from brent_tui.store.system import SystemStore
from brent_tui.store.triage import TriageStore


class Store(MentionStore, ReplyStore, TriageStore, PostStore, AccountStore, InsightStore, FoiStore, SystemStore):
    """Every aggregate's methods on one connection."""


__all__ = [
    "SCHEMA_VERSION",
    "Reply",
    "ConflictError",
    "DiskFull",
    "IngestResult",
    "MentionEdit",
    "NotFound",
    "PageKey",
    "PermissionDenied",
    "ReadOnlyDatabase",
    "ScoreUpdate",
    "SearchError",
    "SearchHit",
    "StorageError",
    "Store",
    "StoreBusy",
    "StoreError",
    "backup_file",
    "check_sqlite_file",
    "storage_error",
]
