"""Who has the database open, and the commands that must not run under them.

- `restore` and `demo --force` refuse while another process (an app session with two
  connections, the poller, a command) has the database open, and name who; the database and its
  -wal are left alone and the session keeps writing to the same files;
- while a restore holds the database, a new session is refused with a clear line;
- a process killed with -9 no longer counts;
- the safety copy is verified (integrity, every table's rows) before anything is replaced;
- roles: a guest or customer-services login cannot restore, rebuild a real database or import.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from brent_tui.cli.main import main
from brent_tui.domain.roles import login_name
from brent_tui.store import Store, presence
from tests.conftest import DATA_NOW, make_mention

SESSION = textwrap.dedent('''
    import asyncio, sys
    import brent_tui
    from brent_tui.store import Store, presence

    async def run(db):
        brent_tui.process_label = "app session"
        first = await Store.open(db)
        second = await Store.open(db)  # as the app does: screens plus the background scorer
        await first.set_meta("session", "open")
        print("ready", flush=True)
        for line in sys.stdin:  # each line: write something, then say so
            await second.set_meta("line", line.strip())
            print("wrote", flush=True)
        await second.close()
        await first.close()

    asyncio.run(run(sys.argv[1]))
''')


def _session(tmp_path: Path, db: Path) -> subprocess.Popen[str]:
    script = tmp_path / "session.py"
    script.write_text(SESSION)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    proc = subprocess.Popen([sys.executable, str(script), str(db)], env=env, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready", proc.stderr
    return proc


def _deleted_fds(pid: int) -> list[str]:
    out = []
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if "(deleted)" in target:
            out.append(target)
    return out


def _meta(db: Path, key: str) -> str | None:
    con = sqlite3.connect(db)
    try:
        row = con.execute("SELECT value FROM app_meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]
    finally:
        con.close()


def _build(db: Path, n: int = 20) -> None:
    async def build() -> None:
        async with await Store.open(db) as store:
            await store.ingest([make_mention(i) for i in range(n)])

    asyncio.run(build())


@pytest.mark.slow
@pytest.mark.usefixtures("web_team")
def test_restore_refuses_while_a_session_is_open_and_names_it(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    db, backup = tmp_path / "live.sqlite", tmp_path / "backup.sqlite"
    _build(db)
    assert main(["backup", "--db", str(db), str(backup)]) == 0
    session = _session(tmp_path, db)
    try:
        (other,) = presence.others(db)
        assert other.what == "app session" and other.pid == session.pid and other.login == login_name()
        capsys.readouterr()
        assert main(["restore", "--db", str(db), "--yes", str(backup)]) == 2
        err = capsys.readouterr().err
        assert "open in 1 other session" in err and f"pid {session.pid}" in err and "app session" in err, err
        assert "nothing was restored" in err and "Traceback" not in err
        assert not list(tmp_path.glob("*.pre-restore-*")), "refused: not even a safety copy"
        # the session is unharmed: same files, its next write lands where everyone sees it
        assert session.stdin is not None and session.stdout is not None
        session.stdin.write("after the refusal\n")
        session.stdin.flush()
        assert session.stdout.readline().strip() == "wrote"
        assert _deleted_fds(session.pid) == []
        assert _meta(db, "line") == "after the refusal"
    finally:
        session.kill()
        session.communicate(timeout=10)
    assert presence.others(db) == []  # killed: no longer counted
    assert main(["restore", "--db", str(db), "--yes", str(backup)]) == 0
    out = capsys.readouterr().out
    assert "verified" in out
    (kept,) = tmp_path.glob("live.sqlite.pre-restore-*.bak")
    assert _meta(kept, "line") == "after the refusal"  # the safety copy holds what the session wrote
    assert _meta(db, "line") is None  # and the live database is the backup's content


@pytest.mark.slow
def test_a_session_cannot_start_while_a_restore_holds_the_database(tmp_path: Path) -> None:
    db = tmp_path / "live.sqlite"
    _build(db)
    with presence.exclusive(db, doing="restored"):
        script = "import asyncio,sys\nfrom brent_tui.cli.main import main\nsys.exit(main(['audit','--db',sys.argv[1]]))"
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
        proc = subprocess.run([sys.executable, "-c", script, str(db)], capture_output=True, text=True, env=env,
                              timeout=60)
        assert proc.returncode == 2 and "a restore or rebuild is replacing this database" in proc.stderr, proc
        assert "Traceback" not in proc.stderr


@pytest.mark.slow
def test_a_killed_session_no_longer_counts(tmp_path: Path) -> None:
    db = tmp_path / "live.sqlite"
    _build(db)
    session = _session(tmp_path, db)
    assert [p.pid for p in presence.others(db)] == [session.pid]
    os.kill(session.pid, signal.SIGKILL)
    session.communicate(timeout=10)
    assert presence.others(db) == []
    with presence.exclusive(db, doing="restored"):
        pass


async def test_own_connections_count_once_and_leave_with_the_last(tmp_path: Path) -> None:
    db = tmp_path / "live.sqlite"
    a = await Store.open(db)
    b = await Store.open(db)
    folder = presence.folder_for(db)
    assert len(os.listdir(folder)) == 1
    await a.close()
    assert len(os.listdir(folder)) == 1
    await b.close()
    assert os.listdir(folder) == []
    copy = await Store.open(tmp_path / "copy.sqlite", register=False)  # a backup being checked
    await copy.close()
    assert not presence.folder_for(tmp_path / "copy.sqlite").exists()


def test_a_hostile_name_in_a_session_file_reaches_the_terminal_inert(tmp_path: Path) -> None:
    db = tmp_path / "live.sqlite"
    _build(db)
    session = _session(tmp_path, db)
    try:
        (entry,) = os.listdir(presence.folder_for(db))
        path = presence.folder_for(db) / entry
        path.write_text("evil\x1b]52;c;Y3VybA==\x07\napp\x1b[2J\n1\nhost\nnow\n")  # a colleague's crafted file
        (other,) = presence.others(db)
        assert "\x1b" not in other.describe() and "\x07" not in other.describe()
    finally:
        session.kill()
        session.communicate(timeout=10)


# ---------------------------------------------------------------------- roles on the command line


def _config(home: Path, role: str | None) -> None:
    folder = home / "config"
    folder.mkdir(parents=True, exist_ok=True)
    people = f'[people.{json.dumps(login_name())}]\nrole = "{role}"\n' if role else ""
    (folder / "config.toml").write_text(people, encoding="utf-8")


@pytest.mark.parametrize("role", [None, "customer_services", "comms_officer"])
def test_restore_rebuild_and_import_need_the_web_team(tmp_path: Path, isolated_home: Path, role: str | None,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    db, backup = tmp_path / "live.sqlite", tmp_path / "backup.sqlite"
    _build(db)
    _config(isolated_home, role)
    assert main(["backup", "--db", str(db), str(backup)]) == 0  # anyone who can read may copy
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"platform": "x", "platform_id": "new1", "author_handle": "a", "text": "hi",
                                "created_at": "2026-11-20T09:00:00Z"}) + "\n")
    before = sqlite3.connect(db).execute("SELECT count(*) FROM mentions").fetchone()[0]
    capsys.readouterr()
    for argv in (["restore", "--db", str(db), "--yes", str(backup)],
                 ["demo", "--db", str(db), "--force", "--mentions", "10"],
                 ["import", "--db", str(db), str(feed)]):
        code = main(argv)
        err = capsys.readouterr().err
        assert code == 2 and "restore, rebuild or import into the shared database" in err or \
            "read-only for you" in err, (argv, err)
        assert "Traceback" not in err
    assert sqlite3.connect(db).execute("SELECT count(*) FROM mentions").fetchone()[0] == before
    assert not list(tmp_path.glob("*.bak"))


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
@pytest.mark.usefixtures("web_team")
def test_demo_force_over_a_real_database_keeps_a_verified_copy_and_never_deletes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "live.sqlite"
    _build(db, 30)
    assert main(["demo", "--db", str(db), "--force", "--mentions", "40"]) == 0
    out = capsys.readouterr().out
    (kept,) = tmp_path.glob("live.sqlite.pre-demo-*.bak")
    assert "kept the previous database" in out and "verified" in out
    assert sqlite3.connect(kept).execute("SELECT count(*) FROM mentions").fetchone()[0] == 30
    assert sqlite3.connect(db).execute("SELECT count(*) FROM mentions").fetchone()[0] == 40
    assert not list(tmp_path.glob(".live.sqlite.demo-*")), "the scratch build is cleaned up"
    # a demo database is rebuilt without a safety copy (its seed makes it again)
    assert main(["demo", "--db", str(db), "--force", "--mentions", "50"]) == 0
    assert len(list(tmp_path.glob("live.sqlite.pre-demo-*.bak"))) == 1


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
@pytest.mark.slow
@pytest.mark.usefixtures("web_team")
def test_demo_force_refuses_while_a_session_is_open(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "live.sqlite"
    _build(db)
    session = _session(tmp_path, db)
    try:
        capsys.readouterr()
        assert main(["demo", "--db", str(db), "--force", "--mentions", "10"]) == 2
        err = capsys.readouterr().err
        assert f"pid {session.pid}" in err and "nothing was rebuilt" in err, err
        assert _deleted_fds(session.pid) == []
        assert sqlite3.connect(db).execute("SELECT count(*) FROM mentions").fetchone()[0] == 20
    finally:
        session.kill()
        session.communicate(timeout=10)
