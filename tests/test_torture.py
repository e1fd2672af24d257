"""Torture: app sessions with two connections each, CLI commands and kill -9, on one database file.

The bug this guards against (fixed in b1c430c): `Store.open` read the database header with
`open()` and closed it. On POSIX, closing *any* descriptor of a file drops every fcntl lock the
process holds on it, SQLite's included ("How To Corrupt An SQLite Database File", §2.2). An app
session holds two connections (screens + background scorer), so its second `Store.open` left it
holding no lock at all; the next process to close its last connection then saw itself as the
last user and deleted the live -wal and -shm. Sessions went on committing into a deleted WAL,
newcomers started a fresh one beside it: decisions shown as saved vanished, and the file broke.
Tests with one connection per process cannot see it.

Each round, for a few seconds:

- three officer sessions (tests/faults/sessions.py), each with the app's two connections: the
  screens' one deciding mentions through the Triage screen's calls, the background one ingesting,
  scoring and checkpointing; each reports a decision only after its commit returned;
- real CLI commands opening and closing the file about every half second (`audit`, `foi list`,
  `backup` into a temporary folder), and a session quitting over and over (two connections
  opened, both closed);
- two officer sessions killed with SIGKILL at random moments, each replaced by a new one.

Meanwhile no process may hold a deleted -wal or -shm of the database (/proc/PID/fd). After every
round: each decision and ingested batch reported as committed is in the database exactly once
(the decision row names that mention and that officer; no decision id reported twice),
`PRAGMA integrity_check` is ok, and no session or command failed. TORTURE_SEED=n replays a run.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
ROUNDS = 3
OFFICERS = 3
ROUND_SECONDS = 7.0
KILLS_PER_ROUND = 2


def _env() -> dict[str, str]:
    env = dict(os.environ)  # BRENT_TUI_HOME from the isolated_home fixture
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["PYTHONUNBUFFERED"] = "1"
    return env


def deleted_wal_holders(db: Path) -> dict[str, str]:
    """Every live process (that this user may inspect) holding the database's -wal or -shm deleted:
    "pid N fd M -> file (deleted)" → that, with the process's command line."""
    wanted = {f"{db.resolve()}-wal (deleted)", f"{db.resolve()}-shm (deleted)"}
    found = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            fds = os.listdir(f"/proc/{pid}/fd")
        except OSError:
            continue
        for fd in fds:
            try:
                target = os.readlink(f"/proc/{pid}/fd/{fd}")
            except OSError:
                continue
            if target in wanted:
                try:
                    cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
                except OSError:
                    cmd = "?"
                key = f"pid {pid} fd {fd} -> {target}"
                found[key] = f"{key}  [{cmd.strip()[-90:]}]"
    return found


@dataclass
class Officer:
    login: str
    report: Path
    proc: subprocess.Popen[bytes]
    killed: bool = False

    def stderr(self) -> str:
        path = self.report.with_suffix(".err")
        return path.read_text(errors="replace")[-1500:] if path.exists() else ""


@dataclass
class Churn:
    """CLI commands run one after another until `stop`, each one's failure recorded."""

    db: Path
    folder: Path
    env: dict[str, str]
    name: str
    stop: threading.Event = field(default_factory=threading.Event)
    runs: int = 0
    failures: list[str] = field(default_factory=list)

    def commands(self, n: int) -> list[str]:
        kinds = [["audit", "--db", str(self.db), "--limit", "20"], ["foi", "list", "--db", str(self.db)],
                 ["backup", "--db", str(self.db), str(self.folder / f"backup-{self.name}-{n}.sqlite")]]
        return [sys.executable, "-m", "brent_tui", *kinds[n % len(kinds)]]

    def run(self) -> None:
        n = 0
        while not self.stop.is_set():
            cmd = self.commands(n)
            done = subprocess.run(cmd, env=self.env, capture_output=True, text=True, timeout=60)
            self.runs += 1
            if done.returncode != 0:
                self.failures.append(f"{' '.join(cmd[3:5])} exited {done.returncode}: {done.stderr.strip()[-400:]}")
            n += 1
            self.stop.wait(0.1)


def _start_officer(db: Path, folder: Path, login: str, seed: int, env: dict[str, str]) -> Officer:
    report = folder / f"{login}.txt"
    with (folder / f"{login}.err").open("wb") as err:  # a file, not a pipe nobody reads while it runs
        proc = subprocess.Popen([sys.executable, "-m", "tests.faults.sessions", "officer", str(db), login,
                                 str(report), str(seed)], env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err)
    return Officer(login, report, proc)


def _lines(path: Path) -> list[str]:
    """Whole lines only: a session killed mid-write leaves at most a partial last line."""
    if not path.exists():
        return []
    text = path.read_text(encoding="utf-8", errors="replace")
    return text.splitlines()[: text.count("\n")]


def _wait_ready(officers: list[Officer], timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    for o in officers:
        while "ready" not in _lines(o.report):
            if o.proc.poll() is not None:
                raise AssertionError(f"{o.login} exited {o.proc.returncode} before it was ready: {o.stderr()}")
            if time.monotonic() > end:
                raise AssertionError(f"{o.login} not ready after {timeout} s")
            time.sleep(0.02)


def check_database(db: Path, officers: list[Officer]) -> tuple[list[str], int, int]:
    """Problems found in the database after a round, and how many decisions and batches were checked."""
    problems: list[str] = []
    decisions: dict[int, tuple[int, str]] = {}
    twice: list[tuple[int, str, str]] = []
    batches: list[tuple[str, str, int]] = []
    for o in officers:
        for line in _lines(o.report):
            kind, *rest = line.split(" ", 1)
            if kind == "d":
                decision_id, mention_id = (int(x) for x in rest[0].split())
                if decision_id in decisions:  # an id given out twice: one of the two commits was lost
                    twice.append((decision_id, decisions[decision_id][1], o.login))
                decisions[decision_id] = (mention_id, o.login)
            elif kind == "i":
                first, count = rest[0].split()
                batches.append((o.login, first, int(count)))
    if twice:
        problems.append(f"{len(twice)} decision ids reported committed by two sessions, e.g. {twice[:5]}")
    try:
        con = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return [f"cannot open the database: {exc}"], len(decisions), len(batches)
    try:
        integrity = "; ".join(r[0] for r in con.execute("PRAGMA integrity_check(20)"))
        if integrity != "ok":
            problems.append(f"integrity_check: {integrity[:1500]}")
        stored = {r[0]: (r[1], r[2]) for r in con.execute(
            "SELECT id, mention_id, decided_by FROM decisions WHERE decided_by LIKE 't%'")}
        lost = [(d, who) for d, who in decisions.items() if stored.get(d) != who]
        if lost:
            problems.append(f"{len(lost)} of {len(decisions)} decisions reported committed are not in the database "
                            f"as reported, e.g. {[(d, want, stored.get(d)) for d, want in lost[:5]]}")
        missing = []
        for login, first, count in batches:
            start = int(first.rsplit("-", 1)[1])
            ids = [f"{login}-{start + k}" for k in range(count)]
            marks = ", ".join("?" for _ in ids)
            have = con.execute(f"SELECT count(*) FROM mentions WHERE platform = 'mastodon' AND platform_id IN ({marks})",
                               ids).fetchone()[0]
            if have != count:
                missing.append((first, have, count))
        if missing:
            problems.append(f"{len(missing)} of {len(batches)} ingested batches reported committed are not whole "
                            f"in the database, e.g. {missing[:5]}")
    except sqlite3.DatabaseError as exc:
        problems.append(f"reading the database failed: {type(exc).__name__}: {exc}")
    finally:
        con.close()
    return problems, len(decisions), len(batches)


def test_two_connection_sessions_cli_churn_and_kill_9_lose_nothing(tmp_path: Path, web_team: str) -> None:
    from brent_tui.jobs.demo import build_demo

    seed = int(os.environ.get("TORTURE_SEED", "15"))
    rng = random.Random(seed)
    print(f"TORTURE_SEED={seed}")
    db = tmp_path / "torture.sqlite"
    asyncio.run(build_demo(db, mentions=1500, seed=seed, now=NOW))
    folder = tmp_path / "run"
    folder.mkdir()
    env = _env()
    all_officers: list[Officer] = []
    generation = 0

    for round_ in range(ROUNDS):
        findings: list[str] = []
        officers: list[Officer] = []
        for slot in range(OFFICERS):
            generation += 1
            officers.append(_start_officer(db, folder, f"t{round_}s{slot}g{generation}", rng.randrange(10**6), env))
        slots = list(officers)
        all_officers += officers
        churn = Churn(db, folder, env, f"r{round_}")
        quitter: subprocess.Popen[bytes] | None = None
        thread = threading.Thread(target=churn.run, daemon=True)
        found: dict[str, str] = {}  # deleted -wal/-shm held open, seen in two scans running
        try:
            _wait_ready(officers)
            thread.start()
            quitter = subprocess.Popen([sys.executable, "-m", "tests.faults.sessions", "quitter", str(db),
                                        str(ROUND_SECONDS)], env=env, cwd=ROOT, stderr=subprocess.PIPE)
            kills = sorted(rng.uniform(0.5, ROUND_SECONDS - 1.0) for _ in range(KILLS_PER_ROUND))
            start = time.monotonic()
            held: set[str] = set()
            while (elapsed := time.monotonic() - start) < ROUND_SECONDS:
                if kills and elapsed >= kills[0]:
                    kills.pop(0)
                    slot = rng.randrange(OFFICERS)
                    os.kill(slots[slot].proc.pid, signal.SIGKILL)
                    slots[slot].killed = True
                    generation += 1
                    slots[slot] = _start_officer(db, folder, f"t{round_}s{slot}g{generation}",
                                                 rng.randrange(10**6), env)
                    officers.append(slots[slot])
                    all_officers.append(slots[slot])
                # Held in two scans running, so not the instant between a last closer's unlink and
                # close, or a killed process's locks going before its descriptors.
                now_held = deleted_wal_holders(db)
                found.update({k: now_held[k] for k in now_held.keys() & held})
                held = set(now_held)
                time.sleep(0.1)
            time.sleep(0.1)
            now_held = deleted_wal_holders(db)
            found.update({k: now_held[k] for k in now_held.keys() & held})
            # A replacement started late in the round may still be starting up on a busy machine;
            # SIGTERM before it set its handler would end it (-15) without the clean close checked below.
            _wait_ready([o for o in officers if not o.killed])
        finally:
            churn.stop.set()
            for o in officers:
                if o.proc.poll() is None:
                    o.proc.send_signal(signal.SIGTERM)
            for o in officers:
                try:
                    o.proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    o.proc.kill()
                    o.proc.wait()
                    findings.append(f"{o.login} did not stop within 20 s of SIGTERM")
            thread.join(timeout=60)
            if quitter is not None:
                _, quit_err = quitter.communicate(timeout=30)
                if quitter.returncode != 0:
                    findings.append(f"quitting session exited {quitter.returncode}: {quit_err.decode()[-600:]}")
        findings += [f"deleted WAL file held open: {f}" for f in found.values()]
        for o in officers:
            lines = _lines(o.report)
            errors = [line for line in lines if line.startswith("e ")]
            if errors:
                findings.append(f"{o.login} saw {len(errors)} errors, e.g. {errors[:3]}")
            if not o.killed and (o.proc.returncode != 0 or "closed" not in lines):
                findings.append(f"{o.login} exited {o.proc.returncode} instead of closing cleanly: {o.stderr()}")
        findings += churn.failures
        problems, decided, batches = check_database(db, all_officers)
        findings += problems
        print(f"round {round_}: {len(officers)} officer sessions ({KILLS_PER_ROUND} killed), {churn.runs} CLI "
              f"commands; {decided} decisions and {batches} ingested batches reported so far, "
              f"{len(findings)} problems")
        assert not findings, f"round {round_} (TORTURE_SEED={seed}):\n" + "\n".join(findings)
        assert decided > 20 * (round_ + 1) and batches > 10 * (round_ + 1), "the sessions hardly worked"
