"""Moving over: copy an SQLite database, whole, into a new PostgreSQL database, and prove it.

Every table is copied row for row with its ids (the audit chain's hashes are over stored values,
so they must arrive as they were), in one read snapshot of the source and one transaction on the
target: all of it or none of it. The target must be empty: a second copy never lands on a first.
Afterwards the counts of every table are compared and the target's audit chain is walked from
its first row; its head must be the source's. The full-text index is the target's own generated
column, so the copy is searched at once. The change log (`changes`) is not carried over: it is a
live session's cursor into recent changes, and a new database starts its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from brent_tui.store import chain
from brent_tui.store.base import StoreBase, StoreError
from brent_tui.store.migrations import SCHEMA_VERSION

#: In an order where every row's references arrive before it.
TABLES = (
    "app_meta", "authors", "mentions", "mention_edits", "set_aside", "mention_rollup", "decisions", "assignments",
    "watches", "leases", "incidents", "streams", "council_accounts", "follower_samples", "account_requests",
    "account_reviews", "posts", "post_targets", "post_approvals", "post_cancellations", "post_metrics",
    "suspension", "foi_cases", "foi_events", "bank_holidays", "connector_state", "audit_log", "notifications",
    "key_people", "replies", "replying", "relations",
)
_NOT_COPIED = frozenset({"changes"})
_BATCH = 5000
#: Rows a new PostgreSQL database has before anything is copied (its schema's own).
_SEEDED = {"app_meta": 1, "suspension": 1}


@dataclass(frozen=True)
class CopyReport:
    rows: dict[str, int]  # table -> rows copied (equal on both sides)
    chain_rows: int
    chain_head: str


async def copy_to_postgres(source: StoreBase, target: StoreBase,
                           progress: Callable[[str, int], None] | None = None) -> CopyReport:
    """Copy `source` (SQLite) into `target` (an empty PostgreSQL database), then verify."""
    if source.postgres or not target.postgres:
        raise StoreError("migrate-to copies an SQLite database into a PostgreSQL one")
    missing = set(await _tables(source)) - set(TABLES) - _NOT_COPIED
    if missing:
        raise StoreError(f"these tables have no place in the copy yet: {', '.join(sorted(missing))}")
    target_counts = {t: await _count(target, t) for t in TABLES}
    if any(n > _SEEDED.get(t, 0) for t, n in target_counts.items()):
        busy = ", ".join(f"{t} ({n:,})" for t, n in target_counts.items() if n > _SEEDED.get(t, 0))
        raise StoreError(f"{target.location} is not empty ({busy}): migrate-to copies only into a new, empty "
                         "database, so nothing is ever copied twice or over someone's work")
    identity = await _identity_tables(target)
    copied: dict[str, int] = {}
    async with source._write_lock:
        await source._db.execute("BEGIN")  # one snapshot of the source, however long the copy takes
        try:
            async with target.transaction() as db:
                await db.execute("DELETE FROM app_meta")
                await db.execute("DELETE FROM suspension")
                for table in TABLES:
                    copied[table] = await _copy_table(source, db, table, table in identity, progress)
                await db.execute("DELETE FROM changes")  # the rows the copy itself logged
                await db.execute("INSERT INTO app_meta (key, value) VALUES ('schema_version', ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (str(SCHEMA_VERSION),))
                for table in sorted(identity):
                    await db.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                     f"coalesce((SELECT max(id) FROM {table}), 0) + 1, false)")
            source_head = await chain.head(source._db)
        finally:
            await source._db.execute("COMMIT")
    expected = copied | {"app_meta": copied["app_meta"] + 1}  # and the schema version, which SQLite keeps apart
    for table in TABLES:
        there = await _count(target, table)
        if there != expected[table]:
            raise StoreError(f"after the copy {table} holds {there:,} rows in {target.location} against "
                             f"{expected[table]:,} expected from {source.location}")
    await target.analyze()  # the planner's statistics for what was just copied (autovacuum comes later)
    verdict = await target.verify_chain(source_head[1])
    if not verdict.intact or verdict.rows != source_head[0] or verdict.head != source_head[1]:
        found = "; ".join(verdict.problems[:3]) or f"{verdict.rows:,} rows, head {verdict.head[:12]}"
        raise StoreError(f"the copy's audit chain does not match the source's ({source_head[0]:,} rows, head "
                         f"{source_head[1][:12]}): {found}")
    return CopyReport(rows=copied, chain_rows=source_head[0], chain_head=source_head[1])


async def _copy_table(source: StoreBase, db: Any, table: str, identity: bool,
                      progress: Callable[[str, int], None] | None) -> int:
    columns = [str(r[1]) for r in await source._fetchall(f"PRAGMA table_info({table})")]
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    overriding = " OVERRIDING SYSTEM VALUE" if identity else ""
    insert = f"INSERT INTO {table} ({names}){overriding} VALUES ({marks})"
    done = 0
    async with source._db.execute(f"SELECT {names} FROM {table}") as cursor:
        while rows := list(await cursor.fetchmany(_BATCH)):
            for r in rows:
                if any(isinstance(v, str) and "\x00" in v for v in r):
                    raise StoreError(f"{table} row {r[0]} holds a NUL character (U+0000), which PostgreSQL cannot "
                                     "store; nothing was copied — remove it from that row in the SQLite file first")
            await db.executemany(insert, [tuple(r) for r in rows])
            done += len(rows)
            if progress is not None:
                progress(table, done)
    return done


async def _tables(store: StoreBase) -> list[str]:
    rows = await store._fetchall("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                 "AND name NOT LIKE 'mentions_fts%'")
    return [str(r[0]) for r in rows]


async def _identity_tables(store: StoreBase) -> set[str]:
    rows = await store._fetchall("SELECT table_name FROM information_schema.columns WHERE table_schema = "
                                 "current_schema() AND column_name = 'id' AND is_identity = 'YES'")
    return {str(r[0]) for r in rows}


async def _count(store: StoreBase, table: str) -> int:
    return int(await store._fetchval(f"SELECT count(*) FROM {table}"))
