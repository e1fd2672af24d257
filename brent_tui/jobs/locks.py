"""One poller per database: an `fcntl.flock` on a lock file beside it, or on PostgreSQL an advisory lock.

Two pollers on one database would fetch the same pages twice, spend X's paid reads twice and
race each other's cursors. The kernel drops a `flock` when its process dies (even `kill -9`),
so a stale lock file never blocks a restart; the file itself is never deleted (deleting a
lock file that another process is about to lock is the classic race). PostgreSQL drops a
session's advisory lock when its connection goes, so the same holds for pollers on several
application servers sharing one database (`PgLock`).
"""

from __future__ import annotations

import fcntl
import os
import socket
from pathlib import Path

from brent_tui import clock
from brent_tui.domain.errors import UserError


class LockHeld(UserError):
    """Another process holds the lock; the message names it."""


def lock_path(db_path: Path, purpose: str = "poller") -> Path:
    return db_path.with_name(f"{db_path.name}.{purpose}.lock")


class FileLock:
    """An exclusive, non-blocking lock; `acquire` raises `LockHeld` naming the holder's pid."""

    def __init__(self, path: Path, *, what: str = "a poller") -> None:
        self.path = path
        self.what = what
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    @property
    def where(self) -> str:
        return str(self.path)

    def lost(self) -> bool:
        """A file lock is the kernel's while the process lives: never lost."""
        return False

    def acquire(self) -> FileLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o660)
        if os.fstat(fd).st_uid == os.geteuid() and self.path.parent.stat().st_mode & 0o020:
            os.fchmod(fd, 0o660)  # shared folder: whoever made it, the service and officers both open it
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read(fd)
            os.close(fd)
            raise LockHeld(
                f"{self.what} is already running on this database ({holder or 'holder unknown'}; "
                f"lock file {self.path}). Stop it first, or leave polling to it."
            ) from None
        except BaseException:
            os.close(fd)
            raise
        os.ftruncate(fd, 0)
        os.write(fd, f"pid {os.getpid()} on {socket.gethostname()} since {clock.now():%Y-%m-%d %H:%M UTC}\n".encode())
        os.fsync(fd)
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            os.ftruncate(self._fd, 0)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
        finally:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> FileLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def _read(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        return os.read(fd, 200).decode("utf-8", "replace").strip()
    except OSError:
        return ""


class PgLock:
    """The same lock on a PostgreSQL database: a session advisory lock held on its own connection."""

    KEYS = {"poller": 0x62726E74_0001}  # "brnt", then the purpose

    def __init__(self, url: str, purpose: str = "poller", *, what: str = "a poller") -> None:
        self.url = url
        self.key = self.KEYS[purpose]
        self.what = what
        self._conn: object | None = None

    @property
    def held(self) -> bool:
        return self._conn is not None

    @property
    def where(self) -> str:
        from brent_tui.paths import redact_url

        return f"an advisory lock on {redact_url(self.url)}"

    def lost(self) -> bool:
        """Whether its connection, and with it the lock, has gone (a dropped link, a server restart):
        the server gives the lock to the next poller then, so this one must stop."""
        if self._conn is None:
            return True
        try:
            self._conn.execute("SELECT 1")  # type: ignore[attr-defined]
        except Exception:
            return True
        return False

    def acquire(self) -> PgLock:
        import psycopg

        from brent_tui.paths import redact_url

        name = f"brent-tui {self.what} pid {os.getpid()} on {socket.gethostname()}"
        try:
            conn = psycopg.connect(self.url, autocommit=True, application_name=name[:63])
        except psycopg.Error as exc:
            raise UserError(f"{redact_url(self.url)}: cannot connect ({exc})") from None
        if not conn.execute("SELECT pg_try_advisory_lock(%s)", (self.key,)).fetchone()[0]:  # type: ignore[index]
            holder = conn.execute(
                "SELECT a.application_name, a.client_addr FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                "WHERE l.locktype = 'advisory' AND l.objid = %s AND l.granted LIMIT 1",
                (self.key & 0xFFFFFFFF,)).fetchone()
            conn.close()
            who = f"{holder[0]}{' from ' + str(holder[1]) if holder and holder[1] else ''}" if holder else "holder unknown"
            raise LockHeld(f"{self.what} is already running on this database ({who}). Stop it first, or leave "
                           "polling to it.")
        self._conn = conn
        return self

    def release(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()  # type: ignore[attr-defined]

    def __enter__(self) -> PgLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def poller_lock(db_path: Path | str) -> FileLock | PgLock:
    if isinstance(db_path, str):
        return PgLock(db_path, what="a poller")
    return FileLock(lock_path(db_path), what="a poller")


def held_elsewhere(db_path: Path | str, purpose: str = "poller") -> bool:
    """Is another process holding this database's lock right now? (Takes and drops it.)"""
    lock: FileLock | PgLock = PgLock(db_path, purpose) if isinstance(db_path, str) else FileLock(lock_path(db_path, purpose))
    try:
        lock.acquire()
    except LockHeld:
        return True
    except (OSError, UserError):  # cannot tell (the file or the server out of reach): say no
        return False
    lock.release()
    return False
