"""Who has a database open, so `restore` (or a demo rebuild) can refuse and say whom to ask.

Each process that opens the database joins `<db>.sessions/`: a shared `flock` on the folder
itself (the gate: a restore takes it exclusively, so no session starts half-way through one)
and an exclusive `flock` on a file of its own holding "login · what · pid on host · since".
The kernel drops both when the process ends, `kill -9` included, so a file nobody holds is
stale and is ignored. These files sit beside the database; the database, its -wal and its
-shm are never touched here (only SQLite opens those).

Nothing here is a security boundary: it tells colleagues apart, and keeps a restore from
replacing decisions under a live session.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import socket
import stat
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import brent_tui
from brent_tui import clock
from brent_tui.domain.errors import UserError
from brent_tui.domain.text import clean


class DatabaseInUse(UserError):
    """Another process has the database open (or a restore holds it); the message names who."""


@dataclass(frozen=True)
class Participant:
    login: str
    what: str
    pid: int
    host: str
    since: str

    def describe(self) -> str:
        """One line for a terminal: the fields come from files other users write, so they are cleaned."""
        return clean(f"{self.login} ({self.what}, pid {self.pid} on {self.host}, since {self.since} UTC)",
                     single_line=True, limit=200)


def folder_for(db_path: Path) -> Path:
    return db_path.with_name(f"{db_path.name}.sessions")


class _Membership:
    """This process's place in one database's folder: joined once, however many connections."""

    def __init__(self, db_path: Path) -> None:
        self.folder = folder_for(db_path)
        self.count = 0
        self.gate_fd: int | None = None
        self.own_fd: int | None = None
        self.own_path: Path | None = None

    def join(self) -> None:
        gate = _open_folder(self.folder, create=True)
        if gate is None:  # cannot create or read the folder (a read-only user): nothing to register
            return
        try:
            fcntl.flock(gate, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(gate)
            raise DatabaseInUse(
                f"{self.folder.with_suffix('')}: a restore or rebuild is replacing this database right now; "
                "try again when it has finished"
            ) from None
        self.gate_fd = gate
        me = self.folder / f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        try:
            fd = os.open(me, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o660)
        except OSError:
            return  # may read the folder but not write it: counted as no one, like a read-only user
        fcntl.flock(fd, fcntl.LOCK_EX)
        when = clock.now().strftime("%Y-%m-%d %H:%M")
        os.write(fd, f"{_login()}\n{brent_tui.process_label}\n{os.getpid()}\n{socket.gethostname()}\n{when}\n".encode())
        self.own_fd, self.own_path = fd, me

    def leave(self) -> None:
        if self.own_fd is not None and self.own_path is not None:
            with contextlib.suppress(OSError):
                self.own_path.unlink()  # our own file, unlinked while we still hold its lock
            os.close(self.own_fd)
        if self.gate_fd is not None:
            os.close(self.gate_fd)
        self.own_fd = self.own_path = self.gate_fd = None


_lock = threading.Lock()
_members: dict[Path, _Membership] = {}


def join(db_path: Path) -> None:
    """Count this process among the database's users (once per process, however many connections)."""
    key = db_path.resolve()
    with _lock:
        member = _members.get(key)
        if member is None:
            member = _Membership(key)
            member.join()
            _members[key] = member
        member.count += 1


def leave(db_path: Path) -> None:
    key = db_path.resolve()
    with _lock:
        member = _members.get(key)
        if member is None:
            return
        member.count -= 1
        if member.count <= 0:
            member.leave()
            del _members[key]


def others(db_path: Path) -> list[Participant]:
    """Every other live process with the database open (stale files of dead processes are skipped)."""
    folder = folder_for(db_path.resolve())
    mine = _members.get(db_path.resolve())
    own = mine.own_path.name if mine is not None and mine.own_path is not None else None
    found: list[Participant] = []
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return found
    for name in names:
        if name == own:
            continue
        try:
            fd = os.open(folder / name, os.O_RDONLY)
        except OSError:
            continue  # left meanwhile
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            except BlockingIOError:  # held: a live process
                found.append(_read(fd, name))
            else:
                fcntl.flock(fd, fcntl.LOCK_UN)  # nobody holds it: a process that died; skip it
        finally:
            os.close(fd)
    return found


@contextlib.contextmanager
def exclusive(db_path: Path, *, doing: str) -> Iterator[None]:
    """Hold the database against every other process for a restore or rebuild.

    Refuses (naming who) while any other process has it open; while held, new sessions are
    refused with "a restore is replacing this database". `doing` says what, for the message.
    """
    folder = folder_for(db_path.resolve())
    gate = _open_folder(folder, create=True)
    if gate is None:
        raise DatabaseInUse(f"{folder}: cannot create or read this folder, so cannot tell who has the database "
                            f"open; nothing was {doing}")
    try:
        try:
            fcntl.flock(gate, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            users = others(db_path)
            who = "; ".join(p.describe() for p in users) or "another process (a session starting or leaving)"
            raise DatabaseInUse(
                f"{db_path}: open in {len(users) or 1} other session{'s' if len(users) > 1 else ''}: {who}. "
                f"Ask them to quit (ctrl+q) and stop the poller service, then try again; nothing was {doing}"
            ) from None
        yield
    finally:
        os.close(gate)


def _open_folder(folder: Path, *, create: bool) -> int | None:
    """The sessions folder's own descriptor (the gate), made group-shared beside a shared database."""
    if create and not folder.is_dir():
        shared = bool(stat.S_IMODE(folder.parent.stat().st_mode) & stat.S_IWGRP) if folder.parent.is_dir() else False
        try:
            folder.mkdir(mode=0o2770 if shared else 0o755)
            if shared:
                os.chmod(folder, 0o2770)  # the umask may have taken the group's bits
        except FileExistsError:
            pass
        except OSError:
            return None
    try:
        return os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return None


def _read(fd: int, name: str) -> Participant:
    try:
        lines = os.pread(fd, 1000, 0).decode("utf-8", "replace").splitlines()
    except OSError:
        lines = []
    lines += [""] * (5 - len(lines))
    login, what, pid, host, since = lines[:5]
    return Participant(login=login or "someone", what=what or "unknown", pid=int(pid) if pid.isdigit() else 0,
                       host=host or name.rsplit("-", 2)[0], since=since or "?")


def _login() -> str:
    from brent_tui.domain.roles import login_name

    return login_name()
