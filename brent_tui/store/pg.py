"""The store's connection on PostgreSQL: psycopg 3 (async) behind the few calls the store makes of aiosqlite.

Every store module writes its SQL once. It is portable where it can be (`ON CONFLICT`, `count(*)
FILTER`, `RETURNING`); what differs is spelled out in the module that needs it (`dialect`). The
rest is the mechanics of the driver, done here, statement by statement:

- placeholders: `?` and `?1`-style numbered ones become psycopg's (`%s`, `%(p1)s`);
- `LIKE` becomes `ILIKE`: SQLite's LIKE ignores case (ASCII), PostgreSQL's does not;
- `a IS b` and `a IS NOT b` between values become `IS [NOT] DISTINCT FROM`, which is what they mean;
- `INDEXED BY` (a hint to SQLite's planner) is left out: PostgreSQL's planner chooses for itself;
- rows answer by position and by column name, as `sqlite3.Row` does;
- errors come out as the DB-API classes the store already handles, by their `sqlite3` names
  (`IntegrityError` for a constraint or an append-only trigger, `OperationalError` otherwise), with
  the server's message.

A write transaction takes one advisory lock first (`begin_write`), so writers queue as they do on
SQLite (`BEGIN IMMEDIATE`): the audit chain's head and each version check are read and moved by
one writer at a time, on every application server sharing the database.

A statement, once sent, runs to its end even when the task waiting for it is cancelled (a screen's
worker replaced by a newer keypress), as aiosqlite's thread does: psycopg would otherwise cancel it
on the server and, if that is interrupted in turn, close the connection every later call needs.
The store's transactions then end as on SQLite (`StoreBase.transaction` shields COMMIT and ROLLBACK).
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

import psycopg
from psycopg import errors as pg_errors
from psycopg.pq import TransactionStatus

#: The advisory lock every write transaction takes first (an arbitrary constant: "brent").
WRITE_LOCK = 0x6272656E74

_TOKENS = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\?(\d+)?|%|\bLIKE\b|\bINDEXED\s+BY\s+\w+"
                     r"|\bIS(\s+NOT)?\s+(?!NOT\b|NULL\b|TRUE\b|FALSE\b|DISTINCT\b)", re.IGNORECASE)


@lru_cache(maxsize=2048)
def translate(sql: str, with_params: bool = True) -> tuple[str, bool]:
    """SQLite's SQL as psycopg takes it; True when it uses numbered parameters (`?1`). A `%` is
    doubled only where psycopg reads placeholders (a statement with parameters)."""
    numbered = False
    percent = "%%" if with_params else "%"

    def swap(match: re.Match[str]) -> str:
        nonlocal numbered
        token = match.group(0)
        if token[0] in "'\"":
            return token.replace("%", percent)
        if token == "%":
            return percent
        upper = token.upper()
        if upper == "LIKE":
            return "ILIKE"
        if upper.startswith("INDEXED"):
            return ""
        if upper.startswith("IS"):
            return "IS DISTINCT FROM " if match.group(2) else "IS NOT DISTINCT FROM "
        if match.group(1):
            numbered = True
            return f"%(p{match.group(1)})s"
        return "%s"

    return _TOKENS.sub(swap, sql), numbered


def _params(sql: str, params: Sequence[Any] | dict[str, Any] | None) -> tuple[str, Any]:
    if not params:
        return translate(sql, with_params=False)[0], None
    query, numbered = translate(sql)
    if isinstance(params, dict):
        return query, params
    if numbered:
        return query, {f"p{i}": v for i, v in enumerate(params, start=1)}
    return query, list(params)


def as_sqlite_error(exc: psycopg.Error) -> sqlite3.Error:
    """The server's refusal as the DB-API class the store handles (named as sqlite3 names them)."""
    message = (exc.diag.message_primary if exc.diag and exc.diag.message_primary else str(exc)).strip()
    if isinstance(exc, (psycopg.IntegrityError, pg_errors.RaiseException)):
        return sqlite3.IntegrityError(message)
    if isinstance(exc, psycopg.OperationalError):
        return sqlite3.OperationalError(message)
    return sqlite3.DatabaseError(message)


async def _to_the_end(work: Any) -> Cursor:
    """Await `work`; if this task is cancelled meanwhile, `work` still runs to its end (its result or
    error set aside), so the connection is never left mid-statement."""
    task = asyncio.ensure_future(work)
    task.add_done_callback(_set_aside)
    return await asyncio.shield(task)


def _set_aside(task: asyncio.Future[Any]) -> None:
    if not task.cancelled():
        task.exception()  # retrieved: a cancelled caller's statement that failed is not an unhandled error


class Row(tuple[Any, ...]):
    """A result row that answers by position and by column name, as `sqlite3.Row` does."""

    _names: dict[str, int]

    def __new__(cls, values: Sequence[Any], names: dict[str, int]) -> Row:
        row = super().__new__(cls, values)
        row._names = names
        return row

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._names[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._names)


def _row_factory(cursor: psycopg.AsyncCursor[Any]) -> Any:
    names = {d.name: i for i, d in enumerate(cursor.description or ())}

    def make(values: Sequence[Any]) -> Row:
        return Row(values, names)

    return make


class Cursor:
    """What the store reads of a statement's result."""

    def __init__(self, rows: list[Row], rowcount: int) -> None:
        self._rows = rows
        self.rowcount = rowcount

    async def fetchone(self) -> Row | None:
        return self._rows[0] if self._rows else None

    async def fetchall(self) -> list[Row]:
        return self._rows

    async def __aenter__(self) -> Cursor:
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None


class _Statement:
    """`await db.execute(...)` and `async with db.execute(...) as cursor`, as aiosqlite allows both."""

    def __init__(self, connection: Connection, sql: str, params: Any) -> None:
        self._run = connection._run(sql, params)

    def __await__(self):  # type: ignore[no-untyped-def]
        return self._run.__await__()

    async def __aenter__(self) -> Cursor:
        return await self._run

    async def __aexit__(self, *exc: object) -> None:
        return None


class Connection:
    """One psycopg connection in autocommit mode; transactions are the store's BEGIN and COMMIT."""

    def __init__(self, conn: psycopg.AsyncConnection[Any]) -> None:
        self._conn = conn

    @classmethod
    async def connect(cls, url: str) -> Connection:
        try:
            conn = await psycopg.AsyncConnection.connect(url, autocommit=True, row_factory=_row_factory)
        except psycopg.Error as exc:
            raise as_sqlite_error(exc) from exc
        return cls(conn)

    @property
    def backend_pid(self) -> int:
        """The server process serving this connection (what a NOTIFY it sent carries)."""
        return int(self._conn.info.backend_pid)

    @property
    def in_transaction(self) -> bool:
        return self._conn.info.transaction_status != TransactionStatus.IDLE

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> _Statement:
        return _Statement(self, sql, params)

    async def _run(self, sql: str, params: Any) -> Cursor:
        query, args = _params(sql, params)
        return await _to_the_end(self._execute(query, args))

    async def _execute(self, query: str, args: Any) -> Cursor:
        try:
            cursor = await self._conn.execute(query, args, prepare=False)
            rows = await cursor.fetchall() if cursor.description is not None else []
        except psycopg.Error as exc:
            raise as_sqlite_error(exc) from exc
        return Cursor(rows, cursor.rowcount)

    async def executemany(self, sql: str, seq: Iterable[Sequence[Any]]) -> Cursor:
        query, numbered = translate(sql)
        rows = [dict(zip((f"p{i}" for i in range(1, len(p) + 1)), p, strict=True)) if numbered else list(p)
                for p in seq]
        if not rows:
            return Cursor([], 0)
        return await _to_the_end(self._executemany(query, rows))

    async def _executemany(self, query: str, rows: list[Any]) -> Cursor:
        try:
            async with self._conn.cursor() as cursor:
                await cursor.executemany(query, rows)
                return Cursor([], cursor.rowcount)
        except psycopg.Error as exc:
            raise as_sqlite_error(exc) from exc

    async def execute_fetchall(self, sql: str, params: Sequence[Any] | None = None) -> list[Row]:
        return await (await self._run(sql, params)).fetchall()

    async def begin_write(self) -> None:
        """BEGIN, then queue behind any other writer (SQLite's `BEGIN IMMEDIATE`)."""
        await self._run("BEGIN", None)
        await self._run(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})", None)

    async def close(self) -> None:
        await self._conn.close()
