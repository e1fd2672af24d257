"""The connection, transactions and migrations under every store module.

One aiosqlite connection per `Store`, in autocommit mode; every write goes through
`transaction()`, which takes SQLite's write lock up front (`BEGIN IMMEDIATE`) so two
officers' sessions queue instead of failing half-way. WAL lets readers carry on meanwhile.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sqlite3
import stat
import types
import typing
from collections.abc import AsyncIterator, Iterable, Sequence
from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite
from pydantic import BaseModel

from brent_tui.errors import UserError
from brent_tui.models import AuditEntry, ChainHead, utcnow
from brent_tui.roles import PermissionDeniedError
from brent_tui.store import chain, presence
from brent_tui.store.migrations import MIGRATION_HOOKS, MIGRATIONS, SCHEMA_VERSION

M = TypeVar("M", bound=BaseModel)

BUSY_TIMEOUT_MS = 10_000
WRITE_RETRIES = 5


class StoreError(UserError):
    """A problem with the database that the user can act on; the message says what."""


class StoreBusy(StoreError):
    pass


class ConflictError(StoreError):
    """Someone else changed the record since it was read (optimistic check)."""

    def __init__(self, message: str, current: Any = None) -> None:
        super().__init__(message)
        self.current = current


PermissionDenied = PermissionDeniedError  # one error type for refusals, from roles


class NotFound(StoreError):
    pass


def ts(value: datetime | None) -> str | None:
    """UTC ISO 8601 with a Z, fixed width, so text order is time order."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime given to the store")
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ds(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def parse_ts(value: str | None) -> datetime | None:
    if value is None:
        return None
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)


def to_json(value: Any) -> str:
    if isinstance(value, BaseModel):
        return value.model_dump_json()
    return json.dumps(value, default=str, ensure_ascii=False)


def _json_fields(model: type[BaseModel]) -> frozenset[str]:
    cached = _JSON_FIELDS.get(model)
    if cached is not None:
        return cached
    names = set()
    for name, field in model.model_fields.items():
        ann = field.annotation
        origins = {typing.get_origin(ann)}
        if typing.get_origin(ann) in (typing.Union, types.UnionType):
            origins = {typing.get_origin(a) or a for a in typing.get_args(ann)}
        else:
            origins.add(ann)
        if origins & {list, dict} or any(
            isinstance(o, type) and issubclass(o, BaseModel) for o in origins
        ):
            names.add(name)
    result = frozenset(names)
    _JSON_FIELDS[model] = result
    return result


_JSON_FIELDS: dict[type[BaseModel], frozenset[str]] = {}


def row_to(model: type[M], row: sqlite3.Row | dict[str, Any]) -> M:
    """Build a pydantic model from a row: JSON columns decoded, unknown columns ignored."""
    data = dict(row)
    fields = model.model_fields
    json_cols = _json_fields(model)
    values = {}
    for key, value in data.items():
        if key not in fields:
            continue
        if key in json_cols and isinstance(value, str):
            value = json.loads(value)
        values[key] = value
    return model.model_validate(values)


def sql_value(value: Any) -> Any:
    """Python value → SQLite parameter."""
    if isinstance(value, datetime):
        return ts(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (list, dict, BaseModel)):
        return to_json(value)
    return value


NOT_A_DATABASE = "not an SQLite database (refusing to open or overwrite it)"


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A plain read-only SQLite connection (a URI, so any file name works)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that exists but is not an SQLite database (never overwrite it).

    The header is read by SQLite itself, never with `open()`: on POSIX, closing *any*
    descriptor of a file drops every lock this process holds on it, SQLite's included, so a
    plain read beside an open connection lets another process delete the live -wal and -shm
    ("How To Corrupt An SQLite Database File", section 2.2).
    """
    if path.is_dir():
        raise StoreError(f"{path}: is a directory, not a database file")
    if not path.exists():
        return
    try:
        probe = connect_readonly(path)
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot open database: {exc}") from exc
    try:
        probe.execute("PRAGMA schema_version").fetchone()
    except sqlite3.DatabaseError as exc:
        if _not_a_database(exc):
            raise StoreError(f"{path}: {NOT_A_DATABASE}") from exc
        raise StoreError(f"{path}: cannot read database: {exc}") from exc
    finally:
        probe.close()


def _not_a_database(exc: sqlite3.Error) -> bool:
    return getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_NOTADB or "not a database" in str(exc)


def create_shared_file(path: Path) -> None:
    """In a group-writable (shared) folder, make a new database 0660 before SQLite creates it 0644.

    SQLite gives the -wal and -shm files the database file's own mode (whatever the umask), so a
    0644 database would lock every other officer out of the write-ahead log. Only a file that
    does not exist yet is created (O_EXCL), so no connection can hold a lock on it to lose.
    """
    if not stat.S_IMODE(path.parent.stat().st_mode) & stat.S_IWGRP:
        return
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o660)
    except FileExistsError:
        return
    try:
        os.fchmod(fd, 0o660)  # the umask may have taken the group's write bit
    finally:
        os.close(fd)


def backup_file(source: Path, target: Path) -> None:
    """SQLite online backup: consistent even while other connections write."""
    src = connect_readonly(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst, pages=1024)
        finally:
            dst.close()
    finally:
        src.close()


class StoreBase:
    """Connection, pragmas, transactions, migrations, audit. Aggregate mixins build on it."""

    def __init__(self, db: aiosqlite.Connection, path: Path | None) -> None:
        self._db = db
        self.path = path
        self._write_lock = asyncio.Lock()

    # ------------------------------------------------------------------ opening

    @classmethod
    async def open(
        cls,
        path: str | Path,
        *,
        create: bool = True,
        migrate: bool = True,
        backup_dir: Path | None = None,
        checkpoints: bool = True,
        register: bool = True,
    ):
        """Open (and if needed create and migrate) the database at `path`.

        `checkpoints=False` is for the connection behind a screen: SQLite's automatic WAL
        checkpoint would otherwise run inside an officer's commit now and then (a few hundred
        ms of copying and fsync); a background connection calls `checkpoint()` instead.
        `register=False` is for a copy (a backup being checked) that no colleague shares: a live
        database counts this process among its users (`presence`), so `restore` can say who.
        """
        memory = str(path) == ":memory:"
        file_path = None if memory else Path(path).expanduser()
        if file_path is not None:
            # No header read here (see `check_sqlite_file`): SQLite refuses a non-database on the
            # first read below, and this process may already hold connections to the file.
            if file_path.is_dir():
                raise StoreError(f"{file_path}: is a directory, not a database file")
            if not file_path.exists() and not create:
                raise StoreError(f"{file_path}: no database here (run `brent-tui demo` or poll first)")
            if not file_path.parent.exists():
                if not create:
                    raise StoreError(f"{file_path.parent}: folder does not exist")
                file_path.parent.mkdir(parents=True, exist_ok=True)
            if not file_path.exists():
                create_shared_file(file_path)
            if register:
                presence.join(file_path)
        try:
            db = await aiosqlite.connect(
                ":memory:" if memory else str(file_path), isolation_level=None
            )
        except sqlite3.Error as exc:
            if register and file_path is not None:
                presence.leave(file_path)
            raise StoreError(f"{path}: cannot open database: {exc}") from exc
        db.row_factory = sqlite3.Row
        store = cls(db, file_path)
        store._registered = register and file_path is not None
        try:
            await store._configure()
            await store._migrate(migrate=migrate, backup_dir=backup_dir)
            if not checkpoints:
                await db.execute("PRAGMA wal_autocheckpoint = 0")
        except sqlite3.DatabaseError as exc:
            await store.close()
            if _not_a_database(exc):
                raise StoreError(f"{path}: {NOT_A_DATABASE}") from exc
            raise StoreError(f"{path}: not a usable SQLite database ({exc})") from exc
        except BaseException:
            await store.close()
            raise
        return store

    async def _configure(self) -> None:
        await self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        await self._refuse_newer()  # before WAL: switching modes rewrites the header
        mode = await self._fetchval("PRAGMA journal_mode = WAL")
        if mode not in ("wal", "memory"):
            raise StoreError(f"cannot switch the database to WAL mode (got {mode!r})")
        # WAL + NORMAL: a commit survives the process being killed (kill -9); only a power cut or
        # kernel crash can lose the last moments. No fsync per officer keypress.
        await self._db.execute("PRAGMA synchronous = NORMAL")
        await self._db.execute("PRAGMA foreign_keys = ON")
        await self._db.execute("PRAGMA cache_size = -16000")
        await self._db.execute("PRAGMA temp_store = MEMORY")

    async def _refuse_newer(self) -> None:
        version = int(await self._fetchval("PRAGMA user_version") or 0)
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: this database was made by a newer brent-tui (schema version {version}; "
                f"this one understands up to {SCHEMA_VERSION}). Upgrade brent-tui; the file was not changed."
            )

    async def _migrate(self, *, migrate: bool, backup_dir: Path | None) -> None:
        version = int(await self._fetchval("PRAGMA user_version") or 0)
        if version == SCHEMA_VERSION:
            return
        if not migrate:
            raise StoreError(f"{self.path}: schema version {version} needs migrating to {SCHEMA_VERSION}")
        if version > 0 and self.path is not None:
            folder = backup_dir or self.path.parent
            stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
            target = folder / f"{self.path.name}.v{version}-{stamp}.bak"
            await asyncio.to_thread(backup_file, self.path, target)
            self.last_migration_backup = target
        async with self._write_lock:
            for number in range(version + 1, SCHEMA_VERSION + 1):
                script = MIGRATIONS[number - 1]
                await self._db.execute("BEGIN IMMEDIATE")
                try:
                    for statement in _split_sql(script):
                        await self._db.execute(statement)
                    hook = MIGRATION_HOOKS.get(number)
                    if hook is not None:
                        await hook(self._db)
                    await self._db.execute(f"PRAGMA user_version = {number}")
                    await self._db.execute("COMMIT")
                except BaseException:
                    await self._db.execute("ROLLBACK")
                    raise

    last_migration_backup: Path | None = None

    _registered = False

    async def close(self) -> None:
        try:
            await self._db.close()
        finally:
            if self._registered and self.path is not None:
                self._registered = False
                presence.leave(self.path)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # ------------------------------------------------------------------ primitives

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """One write transaction. Retries taking the write lock; never leaves one open.

        COMMIT and ROLLBACK are shielded: a worker cancelled mid-write (a screen closed, a
        newer keypress) still ends its transaction cleanly instead of leaving it open.
        """
        async with self._write_lock:
            if self._db.in_transaction:  # left open by a cancellation that raced BEGIN
                await self._rollback_quietly()
            await self._begin()
            try:
                yield self._db
            except BaseException:
                if self._db.in_transaction:
                    await self._rollback_quietly()
                raise
            else:
                await asyncio.shield(self._db.execute("COMMIT"))

    async def _rollback_quietly(self) -> None:
        """ROLLBACK, shielded; a COMMIT queued just before it (by a cancelled writer) may have
        ended the transaction already, which is fine."""
        try:
            await asyncio.shield(self._db.execute("ROLLBACK"))
        except sqlite3.OperationalError as exc:
            if "no transaction is active" not in str(exc):
                raise

    async def _begin(self) -> None:
        for attempt in range(WRITE_RETRIES):
            begin = asyncio.ensure_future(self._db.execute("BEGIN IMMEDIATE"))
            try:
                await asyncio.shield(begin)
                return
            except asyncio.CancelledError:
                # The BEGIN still runs on the connection's thread: wait for it, then undo it.
                with contextlib.suppress(Exception):
                    await begin
                if self._db.in_transaction:
                    await self._rollback_quietly()
                raise
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                if attempt == WRITE_RETRIES - 1:
                    raise StoreBusy(
                        "the database is busy (another session or the poller is writing); "
                        "nothing was saved — try again"
                    ) from exc
                await asyncio.sleep(0.05 * (attempt + 1))

    async def _fetchall(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        async with self._db.execute(sql, params) as cursor:
            return list(await cursor.fetchall())

    async def _fetchone(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> sqlite3.Row | None:
        async with self._db.execute(sql, params) as cursor:
            return await cursor.fetchone()

    async def _fetchval(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        row = await self._fetchone(sql, params)
        return None if row is None else row[0]

    async def _insert(self, db: aiosqlite.Connection, table: str, values: dict[str, Any]) -> int:
        """Insert one row; a row of the audit trail (decision, audit row, FOI event) is chained in the same transaction."""
        cols = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        cursor = await db.execute(
            f"INSERT INTO {table} ({cols}) VALUES ({marks})", [sql_value(v) for v in values.values()]
        )
        row_id = int(cursor.lastrowid or 0)
        if table in chain.CHAINED:
            await chain.seal(db, table, [row_id])
        return row_id

    async def _update(
        self, db: aiosqlite.Connection, table: str, key: int | str, values: dict[str, Any], *, key_col: str = "id"
    ) -> int:
        sets = ", ".join(f"{col} = ?" for col in values)
        cursor = await db.execute(
            f"UPDATE {table} SET {sets} WHERE {key_col} = ?", [*(sql_value(v) for v in values.values()), key]
        )
        return cursor.rowcount

    # ------------------------------------------------------------------ audit

    async def _audit(
        self,
        db: aiosqlite.Connection,
        who: str,
        action: str,
        entity: str,
        entity_id: int | str | None = None,
        **detail: Any,
    ) -> None:
        """Every change writes one audit row, chained, in the same transaction as the change."""
        await self._insert(db, "audit_log", {
            "at": ts(utcnow()), "who": who, "action": action, "entity": entity,
            "entity_id": None if entity_id is None else str(entity_id), "detail": to_json(detail),
        })

    async def chain_head(self) -> ChainHead:
        """The audit trail's head and length, for the footer of an export (not a verification)."""
        rows, head = await chain.head(self._db)
        return ChainHead(rows=rows, head=head)

    async def verify_chain(self, head: str | None = None) -> chain.Verdict:
        """Walk the whole audit trail in one read snapshot (see `chain.verify`)."""
        async with self._write_lock:
            await self._db.execute("BEGIN")
            try:
                stored = await chain.links(self._db)
            finally:
                await self._db.execute("COMMIT")
        return chain.verify(stored, head=head)

    async def audit_entries(
        self, *, who: str | None = None, since: datetime | None = None, limit: int = 1000
    ) -> list[AuditEntry]:
        where, params = [], []
        if who:
            where.append("who = ?")
            params.append(who)
        if since:
            where.append("at >= ?")
            params.append(ts(since))
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        rows = await self._fetchall(
            f"SELECT * FROM audit_log {clause} ORDER BY id DESC LIMIT ?", [*params, limit]
        )
        return [row_to(AuditEntry, r) for r in reversed(rows)]

    async def load_rows(self, table: str, rows: list[dict[str, Any]]) -> list[int]:
        """Bulk-load prepared rows into one table (demo data, imports); returns their ids.

        Values go through `sql_value`, so models' datetimes, enums and lists store as usual.
        """
        if table not in _LOADABLE:
            raise StoreError(f"cannot bulk-load table {table!r}")
        ids: list[int] = []
        async with self.transaction() as db:
            for row in rows:
                ids.append(await self._insert(db, table, row))
        return ids

    @contextlib.asynccontextmanager
    async def bulk_load(self) -> AsyncIterator[None]:
        """Faster writes for building a database from scratch (demo, benchmarks).

        Durability is relaxed only while building a file that can be rebuilt; it is restored
        and the WAL folded into the database before returning.
        """
        await self._db.execute("PRAGMA synchronous = OFF")
        await self._db.execute("PRAGMA cache_size = -200000")
        try:
            yield
        finally:
            await self._db.execute("PRAGMA synchronous = NORMAL")
            await self._db.execute("PRAGMA cache_size = -16000")
            await self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # ------------------------------------------------------------------ maintenance

    async def checkpoint(self) -> None:
        """Fold the WAL back into the database without waiting for readers (PASSIVE)."""
        await self._fetchall("PRAGMA wal_checkpoint(PASSIVE)")

    async def analyze(self) -> None:
        """Refresh the query planner's statistics (after a bulk load)."""
        async with self._write_lock:
            await self._db.execute("ANALYZE")

    async def schema_version(self) -> int:
        return int(await self._fetchval("PRAGMA user_version") or 0)

    async def integrity_check(self) -> str:
        rows = await self._fetchall("PRAGMA integrity_check")
        return "; ".join(str(r[0]) for r in rows)

    async def data_version(self) -> int:
        """Changes when another connection commits: a cheap 'anything new?' probe."""
        return int(await self._fetchval("PRAGMA data_version"))

    async def backup_to(self, target: Path) -> None:
        """Online backup of this database to `target` (refuses to overwrite a file)."""
        if target.exists():
            raise StoreError(f"{target}: already exists (choose a new file name)")
        dest = await aiosqlite.connect(str(target))
        try:
            await self._db.backup(dest)
        finally:
            await dest.close()

    async def meta(self, key: str) -> str | None:
        return await self._fetchval("SELECT value FROM app_meta WHERE key = ?", (key,))

    async def set_meta(self, key: str, value: str) -> None:
        async with self.transaction() as db:
            await db.execute(
                "INSERT INTO app_meta (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )


_LOADABLE = frozenset({
    "decisions", "assignments", "watches", "incidents", "streams", "council_accounts", "follower_samples",
    "account_requests", "account_reviews", "posts", "post_targets", "post_approvals", "foi_cases",
    "foi_events", "notifications", "key_people", "audit_log", "bank_holidays",
})


def _split_sql(script: str) -> Iterable[str]:
    """Split a migration script into statements, keeping trigger bodies whole."""
    buffer: list[str] = []
    for line in script.splitlines():
        buffer.append(line)
        candidate = "\n".join(buffer).strip()
        if candidate and sqlite3.complete_statement(candidate):
            yield candidate
            buffer = []
    rest = "\n".join(buffer).strip()
    if rest:
        yield rest
