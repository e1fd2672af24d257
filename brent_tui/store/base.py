"""The connection, transactions and migrations under every store module.

One connection per `Store`, in autocommit mode; every write goes through `transaction()`, which
takes the write lock up front so two officers' sessions queue instead of failing half-way: SQLite's
(`BEGIN IMMEDIATE`; WAL lets readers carry on meanwhile) or, on PostgreSQL (`database.url`), one
advisory lock (`pg.Connection.begin_write`). The store modules above write their SQL once; where
the two differ, they ask `self.postgres`.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import grp
import json
import logging
import os
import pwd
import shutil
import sqlite3
import stat
import types
import typing
import uuid
from collections.abc import AsyncIterator, Iterable, Sequence
from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path
from typing import Any, Self, TypeVar

import aiosqlite
from pydantic import BaseModel

from brent_tui import clock
from brent_tui.domain.errors import UserError
from brent_tui.domain.models import AuditEntry, ChainHead
from brent_tui.domain.roles import PermissionDeniedError, login_name
from brent_tui.domain.triage import TriageSettings
from brent_tui.paths import is_postgres_url, redact_url
from brent_tui.store import chain, presence
from brent_tui.store.migrations import MIGRATION_HOOKS, MIGRATIONS, SCHEMA_VERSION

M = TypeVar("M", bound=BaseModel)
log = logging.getLogger("brent_tui.store")

BUSY_TIMEOUT_MS = 10_000
LISTEN_WAKE = 0.25  # seconds: how often a PostgreSQL listener looks up from waiting (to close promptly)
PAGE_CACHE_KB = 8_000  # per connection: see `_configure`
WRITE_RETRIES = 5


class StoreError(UserError):
    """A problem with the database that the user can act on; the message says what."""


class StoreBusy(StoreError):
    pass


class StorageError(StoreError):
    """The file system refused (a full disk, a file this user may not write, a failing disk).

    Raised only by `storage_error`, with a message naming the file and what to do.
    """


class DiskFull(StorageError):
    pass


class ReadOnlyDatabase(StorageError):
    pass


class ConflictError(StoreError):
    """Someone else changed the record since it was read (optimistic check)."""

    def __init__(self, message: str, current: Any = None) -> None:
        super().__init__(message)
        self.current = current


PermissionDenied = PermissionDeniedError  # one error type for refusals, from roles


class NotFound(StoreError):
    pass


@typing.overload
def ts(value: datetime) -> str: ...
@typing.overload
def ts(value: None) -> None: ...
@typing.overload
def ts(value: datetime | None) -> str | None: ...
def ts(value: datetime | None) -> str | None:
    """UTC ISO 8601 with a Z, fixed width (a four-digit year always), so text order is time order.

    Not `strftime("%Y")`: on Linux it writes year 1 as "1", which no reader parses back.
    """
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime given to the store")
    u = value.astimezone(UTC)
    return f"{u.year:04d}-{u.month:02d}-{u.day:02d}T{u.hour:02d}:{u.minute:02d}:{u.second:02d}Z"


def ds(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


@typing.overload
def parse_ts(value: str) -> datetime: ...
@typing.overload
def parse_ts(value: None) -> None: ...
@typing.overload
def parse_ts(value: str | None) -> datetime | None: ...
def parse_ts(value: str | None) -> datetime | None:
    if value is None:
        return None
    text = value.replace("Z", "+00:00")
    if text[:4].count("-"):  # written by an older version unpadded ("1-01-01T…"): read it all the same
        year, _, rest = text.partition("-")
        text = f"{int(year):04d}-{rest}"
    return datetime.fromisoformat(text).astimezone(UTC)


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


def band_sql(column: str, thresholds: TriageSettings) -> tuple[str, list[float]]:
    """`domain.triage.sentiment_band` over `column` in SQL (NULL while unscored), with its parameters.

    The configured thresholds go in as parameters, so the Feed's filter and the Insights figures
    band a score exactly as the domain function does.
    """
    return (f"(CASE WHEN {column} IS NULL THEN NULL WHEN {column} <= ? THEN 'negative' "
            f"WHEN {column} >= ? THEN 'positive' ELSE 'neutral' END)",
            [thresholds.sentiment_negative, thresholds.sentiment_positive])


NOT_A_DATABASE = "not an SQLite database (refusing to open or overwrite it)"

# ------------------------------------------------------------------ the file system saying no

NOTHING_SAVED = "nothing was saved"

# SQLite's primary result codes (and the errnos of our own file operations) that mean the file
# system refused: each becomes one StorageError kind. Anything else is not ours to explain here.
_SQLITE_KINDS = {sqlite3.SQLITE_FULL: "full", sqlite3.SQLITE_READONLY: "read-only",
                 sqlite3.SQLITE_CANTOPEN: "cannot open", sqlite3.SQLITE_PERM: "cannot open",
                 sqlite3.SQLITE_IOERR: "io"}
_ERRNO_KINDS = {errno.ENOSPC: "full", errno.EDQUOT: "full", errno.EACCES: "read-only", errno.EPERM: "read-only",
                errno.EROFS: "read-only", errno.ENOENT: "cannot open", errno.EIO: "io"}


def storage_error(exc: BaseException, path: Path | None = None, *,
                  outcome: str = NOTHING_SAVED) -> StorageError | None:
    """The one place a full disk, an unwritable file or a failing disk becomes a plain message:
    which file, what came of it (`outcome`) and what to do. `exc` is an `sqlite3.Error` or an
    `OSError` met while using `path` (default: the file the OS error names); None when it is some
    other kind of error, or no file is known."""
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        kind = None if code is None else _SQLITE_KINDS.get(code & 0xFF)
        detail = getattr(exc, "sqlite_errorname", None) or str(exc)
    elif isinstance(exc, OSError):
        kind = _ERRNO_KINDS.get(exc.errno or 0)
        detail = exc.strerror or str(exc)
        if path is None and exc.filename:
            path = Path(os.fsdecode(exc.filename))
    else:
        return None
    if kind is None or path is None:  # a message that cannot name the file is no help
        return None
    if kind == "full" or (kind == "io" and _nearly_full(path)):
        wal = path.with_name(path.name + "-wal")
        what = f"{path} and its -wal cannot grow" if wal.exists() else f"{path} cannot be written"
        return DiskFull(f"disk full: {what} (no space left on {_mount_point(path)}); {outcome} — free space "
                        "there and try again")
    if kind == "read-only":
        return ReadOnlyDatabase(read_only_message(path, detail, outcome=outcome))
    if kind == "cannot open":
        return StorageError(f"cannot open {path} ({detail}); {outcome} — check that it exists and that "
                            f"{login_name()} may read it and its folder {path.parent}")
    return StorageError(f"{path}: the disk reported an error ({detail}); {outcome} — check the disk "
                        f"(`df -h {path.parent}`, `dmesg`) and try again")


def why_not_writable(path: Path) -> str | None:
    """Why this user cannot write the database at `path`, or None if they can."""
    blocked = _blocked(path)
    return None if blocked is None else blocked[1]


def _blocked(path: Path) -> tuple[Path, str] | None:
    """(the file or folder to fix, why): the database; its -wal or -shm (SQLite gives them the
    mode the database had when they were made); or its folder, when SQLite would have to create
    the database or the -wal and -shm there (a WAL database cannot be opened without them)."""
    if _read_only_mount(_existing(path.absolute())):
        return path, f"the file system holding {path} is mounted read-only"
    if not path.exists():
        folder = _existing(path.absolute().parent)
        if os.access(folder, os.W_OK | os.X_OK):
            return None
        return folder, f"its folder {folder} is not writable by {login_name()} ({_owner_mode(folder)})"
    side = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    for candidate in (path, *side):
        if candidate.exists() and not os.access(candidate, os.W_OK):
            return candidate, f"{candidate} is not writable by {login_name()} ({_owner_mode(candidate)})"
    if not os.access(path.parent, os.W_OK | os.X_OK) and not all(p.exists() for p in side):
        return path.parent, (f"its folder {path.parent} is not writable by {login_name()} "
                             f"({_owner_mode(path.parent)}), so SQLite cannot create {path.name}-wal and -shm there")
    return None


def read_only_message(path: Path, detail: str = "", *, outcome: str = NOTHING_SAVED) -> str:
    """"read-only: <file> is not writable by <user> (owner, group, mode); <outcome> — <what to do>"."""
    blocked = _blocked(path)
    if blocked is None:  # e.g. root, or the file changed meanwhile: say what the system said
        return (f"cannot write {path}" + (f" ({detail})" if detail else "") +
                f"; {outcome} — check that {login_name()} may write it and its folder")
    fix, why = blocked
    if why.startswith("the file system"):
        return f"read-only: {why}; {outcome} — ask whoever looks after the server to remount it read-write"
    return f"read-only: {why}; {outcome} — {_access_fix(fix)}"


def _access_fix(target: Path) -> str:
    try:
        st = target.stat()
    except OSError:
        return f"ask whoever looks after the server to give {login_name()} write access to {target}"
    group = _name(grp.getgrgid, st.st_gid)
    chmod = "" if st.st_mode & stat.S_IWGRP else f" and run `chmod g+w {target}`"
    if st.st_gid in {*os.getgroups(), os.getegid()}:
        return f"ask whoever looks after the server to run `chmod g+w {target}`"
    return f"ask whoever looks after the server to add {login_name()} to the group {group}{chmod}"


def _owner_mode(path: Path) -> str:
    st = path.stat()
    return (f"owner {_name(pwd.getpwuid, st.st_uid)}, group {_name(grp.getgrgid, st.st_gid)}, "
            f"mode {stat.S_IMODE(st.st_mode):04o}")


def _name(lookup: Any, ident: int) -> str:
    try:
        return lookup(ident)[0]
    except KeyError:
        return str(ident)


def _existing(path: Path) -> Path:
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def _mount_point(path: Path) -> Path:
    path = _existing(path.absolute())
    while not os.path.ismount(path) and path != path.parent:
        path = path.parent
    return path


def _nearly_full(path: Path) -> bool:
    """SQLite reports some ENOSPC failures (growing the -shm, say) as plain I/O errors."""
    try:
        return shutil.disk_usage(_existing(path.absolute())).free < 64 * 1024
    except OSError:
        return False


def _read_only_mount(path: Path) -> bool:
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:
        return False


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
        raise (storage_error(exc, path, outcome="it was not opened")
               or StoreError(f"{path}: cannot open database: {exc}")) from exc
    try:
        probe.execute("PRAGMA schema_version").fetchone()
    except sqlite3.DatabaseError as exc:
        if _not_a_database(exc):
            raise StoreError(f"{path}: {NOT_A_DATABASE}") from exc
        raise (storage_error(exc, path, outcome="it was not opened")
               or StoreError(f"{path}: cannot read database: {exc}")) from exc
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
    """SQLite online backup (consistent while others write) to the new file `target`, all or nothing.

    The copy is written to a temporary file beside `target`, passes `PRAGMA integrity_check`, and
    only then is linked into place (never over an existing file). On any failure the temporary
    file is removed: never a 0-byte or partial `target`, so a retry just works.
    """
    if target.exists():
        raise StoreError(f"{target}: already exists (choose a new file name)")
    try:
        src = connect_readonly(source)
        src.execute("PRAGMA schema_version").fetchone()  # a source problem is named as the source's
    except sqlite3.Error as exc:
        raise (storage_error(exc, source, outcome="no backup was made")
               or StoreError(f"{source}: cannot read database: {exc}")) from exc
    part: Path | None = None
    try:
        name = target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}.part")
        os.close(os.open(name, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))  # the umask applies, as to any file
        part = name
        dst = sqlite3.connect(part)
        try:
            src.backup(dst, pages=1024)
            problem = "; ".join(str(r[0]) for r in dst.execute("PRAGMA integrity_check"))
        finally:
            dst.close()
        if problem != "ok":
            raise StoreError(f"{target}: the copy failed its integrity check ({problem}); no backup was made")
        _publish(part, target)
    except (sqlite3.Error, OSError) as exc:
        raise (storage_error(exc, target, outcome="no backup was made, nothing half-written is left")
               or StoreError(f"{target}: the backup failed ({exc})")) from exc
    finally:
        src.close()
        if part is not None:
            for leftover in (part, *(part.with_name(part.name + x) for x in ("-journal", "-wal", "-shm"))):
                leftover.unlink(missing_ok=True)


def _publish(part: Path, target: Path) -> None:
    """Give the finished copy its name in one step, never over a file that appeared meanwhile."""
    try:
        os.link(part, target)
    except FileExistsError:
        raise StoreError(f"{target}: already exists (choose a new file name)") from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.EXDEV):
            raise
        os.rename(part, target)  # a file system without hard links


class StoreBase:
    """Connection, pragmas, transactions, migrations, audit. Aggregate mixins build on it."""

    def __init__(self, db: aiosqlite.Connection, path: Path | None, *, url: str | None = None) -> None:
        self._db = db
        self.path = path
        self.url = url  # a PostgreSQL database's URL (then `path` is None)
        self._write_lock = asyncio.Lock()
        self._listener: asyncio.Task[None] | None = None
        self._notified = 0
        self.changed = asyncio.Event()  # set by PostgreSQL's NOTIFY when another connection committed a change

    @property
    def postgres(self) -> bool:
        """On PostgreSQL (`database.url`) rather than an SQLite file."""
        return self.url is not None

    @property
    def location(self) -> str:
        """The database as a person would name it: the file, or the URL without its password."""
        return redact_url(self.url) if self.url is not None else str(self.path or ":memory:")

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
    ) -> Self:
        """Open (and if needed create and migrate) the database at `path`.

        `checkpoints=False` is for the connection behind a screen: SQLite's automatic WAL
        checkpoint would otherwise run inside an officer's commit now and then (a few hundred
        ms of copying and fsync); a background connection calls `checkpoint()` instead.
        `register=False` is for a copy (a backup being checked) that no colleague shares: a live
        database counts this process among its users (`presence`), so `restore` can say who.
        """
        if is_postgres_url(path):
            return await cls._open_postgres(str(path), migrate=migrate)
        memory = str(path) == ":memory:"
        file_path = None if memory else Path(path).expanduser()
        read_only = None
        if file_path is not None:
            # No header read here (see `check_sqlite_file`): SQLite refuses a non-database on the
            # first read below, and this process may already hold connections to the file.
            if file_path.is_dir():
                raise StoreError(f"{file_path}: is a directory, not a database file")
            if not file_path.exists() and not create:
                raise StoreError(f"{file_path}: no database here (run `brent-tui demo` or poll first)")
            try:
                if not file_path.parent.exists():
                    if not create:
                        raise StoreError(f"{file_path.parent}: folder does not exist")
                    file_path.parent.mkdir(parents=True, exist_ok=True)
                if not file_path.exists():
                    create_shared_file(file_path)
            except OSError as exc:
                raise (storage_error(exc, outcome="no database was created")
                       or StoreError(f"{file_path}: cannot create: {exc}")) from exc
            read_only = why_not_writable(file_path)
            if register:
                presence.join(file_path)
        # A file this user cannot write is opened read-only (`mode=ro`), so it says so up front
        # instead of failing on every key; SQLite can still read a WAL database that way.
        target = ":memory:" if file_path is None else (
            f"{file_path.resolve().as_uri()}?mode=ro" if read_only else str(file_path))
        try:
            db = await aiosqlite.connect(target, uri=bool(read_only), isolation_level=None)
        except sqlite3.Error as exc:
            if register and file_path is not None:
                presence.leave(file_path)
            raise (storage_error(exc, file_path, outcome="it was not opened")
                   or StoreError(f"{path}: cannot open database: {exc}")) from exc
        db.row_factory = sqlite3.Row
        store = cls(db, file_path)
        store.read_only_reason = read_only
        store._registered = register and file_path is not None
        store._outcome = "it was not opened"
        try:
            await store._configure()
            await store._migrate(migrate=migrate, backup_dir=backup_dir)
            if not checkpoints:
                await db.execute("PRAGMA wal_autocheckpoint = 0")
        except sqlite3.DatabaseError as exc:
            await store.close()
            if _not_a_database(exc):
                raise StoreError(f"{path}: {NOT_A_DATABASE}") from exc
            raise (storage_error(exc, file_path, outcome=store._outcome)
                   or StoreError(f"{path}: not a usable SQLite database ({exc})")) from exc
        except BaseException:
            await store.close()
            raise
        store._outcome = NOTHING_SAVED
        return store

    @classmethod
    async def _open_postgres(cls, url: str, *, migrate: bool) -> Self:
        """Open the PostgreSQL database at `url`, making its schema when it is empty (`pg_schema`)."""
        try:
            from brent_tui.store import pg
        except ImportError:
            raise StoreError("a postgresql:// database needs psycopg: pip install 'brent-tui[postgresql]'") from None
        try:
            db = await pg.Connection.connect(url)
        except sqlite3.Error as exc:
            raise StoreError(f"{redact_url(url)}: cannot connect ({exc})") from exc
        store = cls(typing.cast(aiosqlite.Connection, db), None, url=url)
        try:
            await db.execute(f"SET lock_timeout = '{BUSY_TIMEOUT_MS}ms'")
            await store._migrate_postgres(migrate=migrate)
        except BaseException:
            await store.close()
            raise
        return store

    async def _migrate_postgres(self, *, migrate: bool) -> None:
        from brent_tui.store import pg_schema

        exists = await self._fetchval("SELECT to_regclass('app_meta') IS NOT NULL")
        version = int(await self.meta("schema_version") or 0) if exists else 0
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.location}: this database was made by a newer brent-tui (schema version "
                             f"{version}; this one understands up to {SCHEMA_VERSION}). Upgrade brent-tui.")
        if version == SCHEMA_VERSION:
            return
        if not migrate:
            raise StoreError(f"{self.location}: schema version {version} needs migrating to {SCHEMA_VERSION}")
        async with self._write_lock:
            await self._db.begin_write()  # type: ignore[attr-defined]
            try:
                made = await self._fetchval("SELECT to_regclass('app_meta') IS NOT NULL")
                now_at = int(await self.meta("schema_version") or 0) if made else 0
                if made and now_at == 0:
                    raise StoreError(f"{self.location}: has brent-tui's tables but no schema version; it was not "
                                     "made by brent-tui (or its making was cut short): nothing was changed")
                if now_at < SCHEMA_VERSION:  # (another process may have made or migrated it while this one waited)
                    scripts = [pg_schema.SCHEMA] if now_at == 0 else [
                        pg_schema.MIGRATIONS[n] for n in range(now_at + 1, SCHEMA_VERSION + 1)]
                    for script in scripts:
                        await self._db.execute(script)
                    await self._db.execute(
                        "INSERT INTO app_meta (key, value) VALUES ('schema_version', ?) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (str(SCHEMA_VERSION),))
                await self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                await self._rollback_quietly()
                if "permission denied" in str(exc) or "must be owner" in str(exc):
                    raise StoreError(f"{self.location}: the schema needs making or migrating to version "
                                     f"{SCHEMA_VERSION}, and this login may not change it ({exc}); ask the "
                                     "database's owner to run `brent-tui doctor --db` with this URL as their login") from exc
                raise
            except BaseException:
                await self._rollback_quietly()
                raise

    # What a StorageError's message says came of the attempt ("it was not opened" while opening).
    _outcome = NOTHING_SAVED

    def _raise_storage_error(self, exc: sqlite3.Error) -> None:
        """Raise the file system's refusal as a StorageError naming this database; else return."""
        mapped = storage_error(exc, self.path, outcome=self._outcome)
        if mapped is not None:
            raise mapped from exc

    read_only_reason: str | None = None

    @property
    def read_only(self) -> bool:
        """Opened read-only because this user cannot write the file (or its folder)."""
        return self.read_only_reason is not None

    def check_writable(self) -> None:
        """Refuse a write up front on a read-only store, saying why and what to do."""
        if self.read_only and self.path is not None:
            raise ReadOnlyDatabase(read_only_message(self.path))

    async def _configure(self) -> None:
        await self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        await self._refuse_newer()  # before WAL: switching modes rewrites the header
        if not self.read_only:  # a read-only connection cannot switch; it reads whichever mode the file is in
            mode = await self._fetchval("PRAGMA journal_mode = WAL")
            if mode not in ("wal", "memory"):
                raise StoreError(f"cannot switch the database to WAL mode (got {mode!r})")
        # WAL + NORMAL: a commit survives the process being killed (kill -9); only a power cut or
        # kernel crash can lose the last moments. No fsync per officer keypress.
        await self._db.execute("PRAGMA synchronous = NORMAL")
        await self._db.execute("PRAGMA foreign_keys = ON")
        # 8 MB of page cache per connection (SQLite's default is 2 MB): the pages a screen reads stay warm,
        # and an app session's connections together stay inside the 120 MB a session may use (16 MB: 123 MB).
        await self._db.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KB}")
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
        if self.read_only and self.path is not None:
            raise ReadOnlyDatabase(f"{self.path}: schema version {version} needs migrating to {SCHEMA_VERSION}, "
                                   f"but it is {read_only_message(self.path)}")
        if version > 0 and self.path is not None:
            folder = backup_dir or self.path.parent
            stamp = clock.now().strftime("%Y%m%dT%H%M%SZ")
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
                    if self._db.in_transaction:  # a failed COMMIT (a full disk) may have rolled back already
                        await self._rollback_quietly()
                    raise

    last_migration_backup: Path | None = None

    _registered = False

    _closing = False
    _listen_lost = False

    async def close(self) -> None:
        if self._listener is not None:
            self._closing = True
            try:
                await asyncio.wait_for(self._listener, 2 * LISTEN_WAKE + 1)
            except (TimeoutError, asyncio.CancelledError, Exception):
                self._listener.cancel()
            self._listener = None
        try:
            await self._db.close()
        finally:
            if self._registered and self.path is not None:
                self._registered = False
                presence.leave(self.path)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # ------------------------------------------------------------------ primitives

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """One write transaction. Retries taking the write lock; never leaves one open.

        COMMIT and ROLLBACK are shielded: a worker cancelled mid-write (a screen closed, a
        newer keypress) still ends its transaction cleanly instead of leaving it open. A COMMIT
        that fails (a full disk) is rolled back too. The file system's refusals (full, read-only,
        failing) leave here as `StorageError`s; a read-only store refuses before starting.
        """
        self.check_writable()
        async with self._write_lock:
            try:
                if self._db.in_transaction:  # left open by a cancellation that raced BEGIN
                    await self._rollback_quietly()
                await self._begin()
                try:
                    yield self._db
                    await asyncio.shield(self._db.execute("COMMIT"))
                except BaseException:
                    if self._db.in_transaction:
                        await self._rollback_quietly()
                    raise
            except sqlite3.Error as exc:
                self._raise_storage_error(exc)
                raise

    async def _rollback_quietly(self) -> None:
        """ROLLBACK, shielded; a COMMIT queued just before it (by a cancelled writer) may have
        ended the transaction already, which is fine."""
        try:
            await asyncio.shield(self._db.execute("ROLLBACK"))
        except sqlite3.OperationalError as exc:
            if "no transaction is active" not in str(exc):
                raise

    async def _begin(self) -> None:
        if self.postgres:
            begin = asyncio.ensure_future(self._db.begin_write())  # type: ignore[attr-defined]
            try:
                await asyncio.shield(begin)
            except asyncio.CancelledError:
                # Cancelled while queued for the write lock: the BEGIN and the lock still run on the
                # connection; wait for them, then give the lock back (as the SQLite branch does).
                with contextlib.suppress(Exception):
                    await begin
                if self._db.in_transaction:
                    await self._rollback_quietly()
                raise
            except sqlite3.OperationalError as exc:
                if self._db.in_transaction:
                    await self._rollback_quietly()
                if "lock timeout" in str(exc):
                    raise StoreBusy("the database is busy (another session or the poller is writing); "
                                    "nothing was saved — try again") from exc
                raise
            return
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
                if exc.sqlite_errorcode & 0xFF not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                    raise
                if attempt == WRITE_RETRIES - 1:
                    raise StoreBusy(
                        "the database is busy (another session or the poller is writing); "
                        "nothing was saved — try again"
                    ) from exc
                await asyncio.sleep(0.05 * (attempt + 1))

    async def _fetchall(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        try:
            async with self._db.execute(sql, params) as cursor:
                return list(await cursor.fetchall())
        except sqlite3.Error as exc:
            self._raise_storage_error(exc)
            raise

    async def _fetchone(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> sqlite3.Row | None:
        try:
            async with self._db.execute(sql, params) as cursor:
                return await cursor.fetchone()
        except sqlite3.Error as exc:
            self._raise_storage_error(exc)
            raise

    async def _fetchval(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        row = await self._fetchone(sql, params)
        return None if row is None else row[0]

    async def _insert(self, db: aiosqlite.Connection, table: str, values: dict[str, Any]) -> int:
        """Insert one row; its id (0 for a table keyed otherwise). A row of the audit trail (decision,
        audit row, FOI event) is chained in the same transaction."""
        cols = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        keyed = table not in _KEYED_OTHERWISE
        cursor = await db.execute(
            f"INSERT INTO {table} ({cols}) VALUES ({marks})" + (" RETURNING id" if keyed else ""),
            [sql_value(v) for v in values.values()],
        )
        row = await cursor.fetchone() if keyed else None
        row_id = int(row[0]) if row is not None else 0
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
            "at": ts(clock.now()), "who": who, "action": action, "entity": entity,
            "entity_id": None if entity_id is None else str(entity_id), "detail": to_json(detail),
        })

    async def chain_head(self) -> ChainHead:
        """The audit trail's head and length, for the footer of an export (not a verification)."""
        rows, head = await chain.head(self._db)
        return ChainHead(rows=rows, head=head)

    async def verify_chain(self, head: str | None = None) -> chain.Verdict:
        """Walk the whole audit trail in one read snapshot (see `chain.verify`)."""
        async with self._write_lock:
            await self._db.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" if self.postgres else "BEGIN")
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
        and the WAL folded into the database before returning. (PostgreSQL: commits stop waiting
        for the disk meanwhile.)
        """
        if self.postgres:
            await self._db.execute("SET synchronous_commit = off")
            try:
                yield
            finally:
                await self._db.execute("SET synchronous_commit = on")
            return
        await self._db.execute("PRAGMA synchronous = OFF")
        await self._db.execute("PRAGMA cache_size = -200000")
        try:
            yield
        finally:
            await self._db.execute("PRAGMA synchronous = NORMAL")
            await self._db.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KB}")
            await self._fetchall("PRAGMA wal_checkpoint(TRUNCATE)")

    # ------------------------------------------------------------------ maintenance

    async def checkpoint(self) -> None:
        """Fold the WAL back into the database without waiting for readers (PASSIVE); PostgreSQL's own."""
        if not self.read_only and not self.postgres:
            await self._fetchall("PRAGMA wal_checkpoint(PASSIVE)")

    async def analyze(self) -> None:
        """Refresh the query planner's statistics (after a bulk load)."""
        self.check_writable()
        async with self._write_lock:
            await self._db.execute("ANALYZE")

    async def schema_version(self) -> int:
        if self.postgres:
            return int(await self.meta("schema_version") or 0)
        return int(await self._fetchval("PRAGMA user_version") or 0)

    async def integrity_check(self) -> str:
        """SQLite's `integrity_check`; PostgreSQL checks its pages itself and answers 'ok' if it answers."""
        if self.postgres:
            return "ok" if await self._fetchval("SELECT 1") == 1 else "no answer"
        rows = await self._fetchall("PRAGMA integrity_check")
        return "; ".join(str(r[0]) for r in rows)

    async def data_version(self) -> int:
        """Changes when another connection commits: a cheap 'anything new?' probe.

        SQLite's `PRAGMA data_version`; on PostgreSQL, a count of the NOTIFYs heard on
        `pg_schema.CHANNEL` (a listening connection, started on the first call): no table is polled.
        As SQLite's, it does not move for this store's own commits (a NOTIFY names the server
        process that sent it): a session's own keypress never comes back to it as someone's news.
        """
        if not self.postgres:
            return int(await self._fetchval("PRAGMA data_version"))
        if self._listener is None:
            ready = asyncio.Event()
            self._listener = asyncio.create_task(self._listen(ready), name="brent-listen")
            await ready.wait()
        return self._notified

    async def wait_for_change(self, timeout: float) -> bool:
        """On PostgreSQL, until another connection commits a change (True) or `timeout` passes."""
        if not self.postgres:
            await asyncio.sleep(timeout)
            return False
        await self.data_version()
        try:
            await asyncio.wait_for(self.changed.wait(), timeout)
        except TimeoutError:
            return False
        self.changed.clear()
        return True

    async def _listen(self, ready: asyncio.Event) -> None:
        """Count the NOTIFYs; a lost connection is made again (and counted as a change, since what
        was said meanwhile went unheard)."""
        import psycopg

        from brent_tui.store.pg_schema import CHANNEL

        assert self.url is not None
        own = self._db.backend_pid  # type: ignore[attr-defined]
        while not self._closing:
            try:
                async with await psycopg.AsyncConnection.connect(self.url, autocommit=True) as conn:
                    await conn.execute(f"LISTEN {CHANNEL}")
                    self._listen_lost = False
                    ready.set()
                    while not self._closing:  # a short wait, so closing never has to cancel a query
                        async for heard in conn.notifies(timeout=LISTEN_WAKE):
                            if heard.pid != own:
                                self._notified += 1
                                self.changed.set()
                    return
            except psycopg.Error as exc:
                if not self._listen_lost:  # said once, not at every retry
                    log.warning("live sync: the PostgreSQL listener lost its connection (%s); trying again", exc)
                self._listen_lost = True
                ready.set()
                self._notified += 1
                self.changed.set()
                await asyncio.sleep(1.0)

    async def backup_to(self, target: Path) -> None:
        """Online backup of this database to the new file `target`, all or nothing (`backup_file`)."""
        if self.postgres:
            raise StoreError(f"{self.location}: back up a PostgreSQL database with its own tools "
                             "(pg_dump, or the server's base backups; see deploy/README.md)")
        if self.path is None:
            raise StoreError("an in-memory database has no file to back up")
        await asyncio.to_thread(backup_file, self.path, target)

    async def meta(self, key: str) -> str | None:
        return await self._fetchval("SELECT value FROM app_meta WHERE key = ?", (key,))

    async def set_meta(self, key: str, value: str) -> None:
        async with self.transaction() as db:
            await db.execute(
                "INSERT INTO app_meta (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )


#: Tables whose rows have no `id` column (keyed by what they hold).
_KEYED_OTHERWISE = frozenset({"follower_samples", "bank_holidays", "post_metrics", "relations", "mention_rollup",
                              "app_meta", "connector_state", "leases", "replying"})

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
