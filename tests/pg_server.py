"""A throwaway PostgreSQL server for the store's contract tests and the benchmark.

`initdb` makes a cluster in a temporary folder, owned by an unprivileged user when this runs as
root (PostgreSQL refuses to run as root), and the server listens only on a Unix socket in that
folder: nothing on the network, nothing left behind. The binaries come from `PG_BINDIR`, else
`pg_config --bindir`, else the newest `/usr/lib/postgresql/*/bin` (Debian's `postgresql` package,
which `.ci/run` installs). Without them, `why_not()` says so and the PostgreSQL tests are skipped
with that reason, never passed.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

SUPERUSER = "brent"


def bindir() -> Path | None:
    """Where initdb and pg_ctl are, or None."""
    given = os.environ.get("PG_BINDIR")
    if given:
        return Path(given) if (Path(given) / "initdb").exists() else None
    if shutil.which("pg_config"):
        found = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True).stdout.strip()
        if found and (Path(found) / "initdb").exists():
            return Path(found)
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                      key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0)
    return versions[-1].parent if versions else None


def why_not() -> str | None:
    """Why no PostgreSQL server can be started here, or None when one can."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (pip install -e '.[test]')"
    if bindir() is None:
        return ("no PostgreSQL server binaries (initdb, pg_ctl): install Debian's postgresql package "
                "(`.ci/run` does) or set PG_BINDIR")
    if os.geteuid() == 0 and _unprivileged() is None:
        return "running as root and no unprivileged user (nobody) to own the cluster"
    return None


def _unprivileged() -> pwd.struct_passwd | None:
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    return None


class Server:
    """One cluster: `start()`, then `new_database()` for each test's empty database; `stop()` at the end."""

    def __init__(self, *, durable: bool = False) -> None:
        """`durable`: commits wait for the disk, as on a real server (the benchmark's); the tests' does not."""
        self.durable = durable
        self.folder = Path(tempfile.mkdtemp(prefix="brent-pg-"))
        self.data = self.folder / "data"
        self.bin = bindir()
        self._user = _unprivileged() if os.geteuid() == 0 else None

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        assert self.bin is not None
        kwargs: dict = {}
        if self._user is not None:
            kwargs = {"user": self._user.pw_uid, "group": self._user.pw_gid}
        return subprocess.run([str(self.bin / args[0]), *args[1:]], capture_output=True, text=True, check=True,
                              **kwargs)

    def start(self) -> None:
        if self._user is not None:
            os.chown(self.folder, self._user.pw_uid, self._user.pw_gid)
        self.folder.chmod(0o700)
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "--encoding=UTF8",
                  "--locale=C.UTF-8", *([] if self.durable else ["--no-sync"]))
        fast = "" if self.durable else "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
        options = (f"-c listen_addresses='' -c unix_socket_directories='{self.folder}' {fast}"
                   "-c max_connections=200")
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"), "-w", "start")
        # Root reaches the socket in a 0700 folder it does not own only as root; let anyone through to it.
        self.folder.chmod(0o711)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@/{database}?host={self.folder}"

    def new_database(self) -> str:
        """A new empty database; its URL."""
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        except subprocess.CalledProcessError:
            pass
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
