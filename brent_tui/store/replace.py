"""Copy and replace whole databases — backups, restore, a demo rebuild — only through SQLite.

The live database, its -wal and its -shm are never copied, renamed or deleted as files: other
sessions may have them open, and SQLite's backup API is the one way to copy or replace pages
that respects their locks. A replacement holds the database against every other process
(`presence.exclusive`) and keeps a verified safety copy first.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from brent_tui.store import presence
from brent_tui.store.base import StoreError, backup_file, connect_readonly, storage_error


def table_counts(path: Path) -> dict[str, int]:
    """Rows per table (FTS shadow tables included): what a complete copy must also hold."""
    db = connect_readonly(path)
    try:
        names = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {n: int(db.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names}
    finally:
        db.close()


def integrity(path: Path) -> str:
    db = connect_readonly(path)
    try:
        return "; ".join(str(r[0]) for r in db.execute("PRAGMA integrity_check"))
    finally:
        db.close()


def verified_copy(source: Path, target: Path) -> dict[str, int]:
    """Back `source` up to the new file `target` (integrity checked by `backup_file`), then prove it:
    every table's rows counted the same as the source (which must be held still, see
    `replace_database`)."""
    backup_file(source, target)
    expected, got = table_counts(source), table_counts(target)
    if expected != got:
        differ = sorted(n for n in expected.keys() | got.keys() if expected.get(n) != got.get(n))
        raise StoreError(f"{target}: the safety copy does not match {source} "
                         f"(rows differ in {', '.join(differ)}); nothing was replaced")
    return got


def replace_database(target: Path, source: Path, *, safety: Path | None, doing: str) -> Path | None:
    """Replace `target`'s contents with `source`'s, held against every other process.

    Refuses, naming who, while any session, command or poller has `target` open. With `safety`,
    `target` is first copied there and the copy verified; nothing is replaced if that fails.
    Returns the safety copy's path.
    """
    with presence.exclusive(target, doing=doing):
        if safety is not None and target.exists():
            verified_copy(target, safety)
        else:
            safety = None
        src = connect_readonly(source)
        try:
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)  # one transaction on `target`: a failure leaves it as it was
            finally:
                dst.close()
        except sqlite3.Error as exc:
            raise (storage_error(exc, target, outcome=f"it was not {doing} and is as it was")
                   or StoreError(f"{target}: could not be {doing} ({exc})")) from exc
        finally:
            src.close()
        problem = integrity(target)
        if problem != "ok":
            kept = f"; the previous database is in {safety}" if safety else ""
            raise StoreError(f"{target}: failed its integrity check after being {doing} ({problem}){kept}")
    return safety


def is_demo_database(path: Path) -> bool:
    """Was `path` built by `brent-tui demo` (regenerable from its seed, so no safety copy is owed)?"""
    db = connect_readonly(path)
    try:
        return db.execute("SELECT 1 FROM app_meta WHERE key = 'demo'").fetchone() is not None
    except sqlite3.DatabaseError:
        return False
    finally:
        db.close()


def discard_scratch(path: Path) -> None:
    """Delete a scratch database this process built and has closed (never a shared one)."""
    for extra in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        extra.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        presence.folder_for(path).rmdir()
