"""`brent-tui doctor` on the shared-server setup: every permission problem named with its fix."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from brent_tui.cli.doctor import (
    Finding,
    flock_holders,
    permission_findings,
    poller_processes,
    shared_setup_findings,
)
from brent_tui.cli.main import main
from brent_tui.jobs.locks import lock_path, poller_lock
from brent_tui.store import Store

NO_PROCS: dict[int, list[str]] = {}


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    """The documented layout: setgid group folder 2770, a database created by the app, a lock file."""
    folder = tmp_path / "srv"
    folder.mkdir()
    folder.chmod(0o2770)
    db = folder / "brent.sqlite"
    old = os.umask(0o022)  # an officer's usual umask: the app must still make the database 0660

    async def create() -> None:
        async with await Store.open(db) as store:
            await store.set_meta("k", "v")  # the -wal/-shm files exist while it is open
            assert (db.stat().st_mode & 0o777) == 0o660
            assert (Path(f"{db}-wal").stat().st_mode & 0o777) == 0o660

    try:
        asyncio.run(create())
        with poller_lock(db):
            pass
    finally:
        os.umask(old)
    lock_path(db).chmod(0o660)
    return db


def check(db: Path, **kw) -> list[Finding]:
    kw.setdefault("groups", {db.parent.stat().st_gid} if db.parent.exists() else set())
    kw.setdefault("umask", 0o007)
    kw.setdefault("cmdlines", NO_PROCS)
    kw.setdefault("proc_locks", "")
    return shared_setup_findings(db, **kw)


def fails(findings: list[Finding]) -> list[str]:
    return [f.text for f in findings if f.status == "FAIL"]


def test_the_documented_setup_passes(shared: Path) -> None:
    findings = check(shared, poll_in_app=True)
    assert fails(findings) == []
    assert [f.status for f in findings] == ["warn"]  # no poller running: only a warning while sessions poll
    assert "poller: none running" in findings[0].text
    assert permission_findings(shared) == []


def test_folder_problems_are_each_explained(shared: Path) -> None:
    folder = shared.parent
    folder.chmod(0o0775)
    texts = fails(check(shared))
    assert any("without setgid" in t and f"chmod g+s {folder}" in t for t in texts)
    assert any("outside group" in t and f"chmod o-rwx {folder}" in t for t in texts)
    folder.chmod(0o2770)
    other_uid = os.geteuid() + 4242
    if os.geteuid() == 0:  # only root can give the folder away; elsewhere the owner counts as a member
        os.chown(folder, other_uid, -1)
        texts = fails(check(shared, groups=set()))
        assert any("are not in group" in t and "usermod -aG" in t for t in texts)


def test_file_modes_groups_and_the_lock_file(shared: Path) -> None:
    shared.chmod(0o644)
    lock_path(shared).chmod(0o640)
    texts = fails(check(shared))
    assert any(t.startswith(f"{shared}: brent.sqlite is mode 0644, not group read/write") and "chmod 660" in t
               for t in texts)
    assert any("outside group" in t and "brent.sqlite" in t for t in texts)
    assert any("the poller's lock file is mode 0640" in t and "could not take its lock" in t for t in texts)
    shared.chmod(0o660)
    lock_path(shared).chmod(0o660)
    if os.geteuid() == 0:
        os.chown(shared, -1, shared.parent.stat().st_gid + 4242)
        texts = fails(check(shared))
        assert any("not the folder's" in t and "chgrp" in t for t in texts)


def test_umask_and_config_files(shared: Path, tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text("")
    cfg.chmod(0o664)
    findings = check(shared, umask=0o022, config_files=[cfg])
    assert any(f.status == "warn" and "umask is 0022" in f.text and "umask 007" in f.text for f in findings)
    assert any("others can edit the config" in t and "give themselves any role" in t for t in fails(findings))
    cfg.chmod(0o644)
    assert fails(check(shared, config_files=[cfg])) == []


def test_missing_folder_and_single_user_folder(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "brent.sqlite"
    assert "install -d -m 2770 -g brent" in fails(check(missing))[0]
    own = tmp_path / "mine"
    own.mkdir(mode=0o755)
    own.chmod(0o755)
    assert fails(check(own / "brent.sqlite")) == []  # one officer's own folder: no group rules


def test_parsers_for_proc_locks_and_poller_processes(shared: Path) -> None:
    inode = lock_path(shared).stat().st_ino
    text = (f"1: FLOCK  ADVISORY  WRITE 4321 fd:01:{inode} 0 EOF\n"
            f"2: POSIX  ADVISORY  WRITE 999 fd:01:{inode} 0 EOF\n"
            f"3: -> FLOCK  ADVISORY  WRITE 777 fd:01:{inode} 0 EOF\n"
            "4: FLOCK  ADVISORY  WRITE 55 fd:01:1 0 EOF\n")
    assert flock_holders(lock_path(shared), text) == [4321]
    procs = poller_processes({
        10: ["/opt/brent-tui/.venv/bin/python", "/opt/brent-tui/.venv/bin/brent-tui", "poll", "--config", "x"],
        11: ["python", "-m", "brent_tui", "poll", "--db", "/srv/brent-tui/brent.sqlite"],
        12: ["/opt/brent-tui/.venv/bin/brent-tui", "--db", "x"],  # a session, not a poller
        13: ["vim", "poll"],
    })
    assert sorted(procs) == [10, 11]


def _holder(db: Path, *, lock: bool) -> subprocess.Popen[bytes]:
    """A process whose command line reads `python -m brent_tui poll --db DB`; it takes the lock if told."""
    code = ("import sys, time\nfrom pathlib import Path\nfrom brent_tui.jobs.locks import poller_lock\n"
            f"l = poller_lock(Path({str(db)!r})).acquire() if {lock} else None\n"
            "print('ready', flush=True)\ntime.sleep(30)\n")
    proc = subprocess.Popen([sys.executable, "-c", code, "-m", "brent_tui", "poll", "--db", str(db)],
                            stdout=subprocess.PIPE, cwd=Path(__file__).resolve().parents[1])
    assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
    return proc


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="needs /proc/locks (Linux)")
def test_running_poller_and_a_second_one_beside_it(shared: Path, tmp_path: Path) -> None:
    first = _holder(shared, lock=True)
    procs: list[subprocess.Popen[bytes]] = [first]
    try:
        findings = shared_setup_findings(shared, groups={shared.parent.stat().st_gid}, umask=0o007)
        running = [f for f in findings if f.text.startswith("poller: running")]
        assert running and running[0].status == "ok" and f"pid {first.pid}" in running[0].text
        assert not [f for f in findings if str(first.pid) in f.text and f.status == "FAIL"]
        # A poller on another database is none of this database's business.
        other_db = tmp_path / "other.sqlite"
        procs.append(_holder(other_db, lock=False))
        # One started by hand that did not take the lock (an old version, or the lock file replaced).
        second = _holder(shared, lock=False)
        procs.append(second)
        texts = fails(shared_setup_findings(shared, groups={shared.parent.stat().st_gid}, umask=0o007))
        assert len(texts) == 1
        assert texts[0].startswith(f"a second poller is running (pid {second.pid}") and f"kill {second.pid}" in texts[0]
        assert f"beside pid {first.pid}" in texts[0]
    finally:
        for p in procs:
            p.kill()
            p.wait()
    time.sleep(0.05)
    findings = shared_setup_findings(shared, groups={shared.parent.stat().st_gid}, umask=0o007, poll_in_app=False,
                                     cmdlines=NO_PROCS)
    assert fails(findings) == [
        "poller: none running on this database, so no mentions are fetched and no posts published "
        "(poll_in_app = false); run: sudo systemctl start brent-tui-poller and see: journalctl -u brent-tui-poller"
    ]


def test_doctor_command_prints_each_problem_and_exits_1(shared: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text('[app]\npoll_in_app = false\n[people.webby]\nrole = "web_team"\n'
                   '[[accounts]]\nplatform = "x"\nhandle = "@BrentLibraries"\nservice = "Libraries"\n')
    cfg.chmod(0o644)
    shared.chmod(0o600)
    code = main(["doctor", "--db", str(shared), "--config", str(cfg)])
    out = capsys.readouterr().out
    assert code == 1
    assert f"[FAIL] {shared}: brent.sqlite is mode 0600, not group read/write" in out
    assert "[FAIL] poller: none running" in out
    assert "[warn] cannot publish: no connector for @BrentLibraries (x)" in out
    assert "integrity ok" in out and out.rstrip().endswith("problems found")
