"""`python -m benchmarks.load_test`: twenty officers triage at once while the poller ingests 1,000 mentions/s.

Each officer session is its own process holding the two `Store` connections the app holds: the
screens' one (`checkpoints=False`), running the real triage store API the Triage tab uses (read
the queue, take a lease on the mention in focus, `decide` it with the version it saw: optimistic
check), and the background one, running the app's scorer loop (`score_loop`, which stands aside
while a poller holds the poller lock) and a WAL checkpoint every 5 s, as `BrentApp` does. A poller
process ingests batches through `Store.ingest` at the given rate, holding the poller lock as the
real service does. Churn processes open and close the same file about once a second each: real
CLI commands (`brent-tui audit`, `foi list`, `backup` into a scratch folder) and an app session
quitting (two connections opened, both closed). With `--kill-every S`, an officer process is
killed with SIGKILL every S seconds and a new one started in its place. All on one copy of a
demo database (`brent-tui demo --mentions 20000`).

Every session reports each decision on a line of its own report file (never the database) after
the commit returned, so a killed session's confirmed decisions are checked too. Afterwards every
decision a session saw confirmed is looked up in the database. Printed: decisions attempted,
stored, lost (must be 0), conflicts (another session decided the mention first: expected, shown to
the officer as a clear message), overwritten decisions (must be 0), corruption (integrity_check,
'malformed' errors anywhere: must be 0), 'database is locked' errors reaching an officer, the
poller or a command (must be 0), and decision latency p50/p95/p99 beside the machine's floor (the
same decision on the same file with nothing else running).
Exit status 0 only when nothing was lost, overwritten or corrupted and no lock error reached anyone.

With `--url postgresql://…` (an empty database) the demo is copied there (`migrate-to`'s copy) and
everything runs on PostgreSQL, the officers split into `--servers` process groups standing in for
application servers (default 2). Either way each session also watches for escalations as the app
does (LISTEN/NOTIFY on PostgreSQL; the 1 s live-sync tick on SQLite), and the report says whether
every other session saw each escalation, and how soon.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import multiprocessing as mp
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import TextIO

from benchmarks.common import BENCH_DIR, percentile

ROUTES = (1, 2, 3, 4, 5)
DEPARTMENTS = ("Environment", "Housing", "Parking", "Council Tax")
CHECKPOINT_EVERY = 5.0  # as brent_tui.app.CHECKPOINT_EVERY (not imported: that pulls in Textual)


@dataclass
class SessionResult:
    """What one simulated officer saw (read back from its report file)."""

    login: str
    attempted: int = 0
    confirmed: list[tuple[int, int, int]] = field(default_factory=list)  # (decision id, mention id, route)
    conflicts: int = 0
    lease_taken: int = 0  # another officer held the mention in focus: moved on, nothing attempted
    lock_errors: int = 0  # 'database is locked' / busy reaching the officer
    other_errors: list[str] = field(default_factory=list)
    latencies_ms: list[float] = field(default_factory=list)
    queue_ms: list[float] = field(default_factory=list)
    closed: bool = False  # shut down cleanly (not killed)
    escalated: dict[int, float] = field(default_factory=dict)  # decision id -> when this session committed it
    saw: dict[int, float] = field(default_factory=dict)  # escalation decision id -> when this session saw it
    watching_since: float | None = None  # when its watch began (escalations before it are not its to see)
    closed_at: float | None = None  # when it stopped (an escalation in its last second is not its to see)
    group: int = 0  # which "application server" (process group)


@dataclass
class PollerResult:
    batches: int = 0
    received: int = 0
    inserted: int = 0
    lock_errors: int = 0
    behind_ms: float = 0.0  # how far the last batch ran behind its schedule
    batch_ms: list[float] = field(default_factory=list)
    other_errors: list[str] = field(default_factory=list)


@dataclass
class ChurnResult:
    runs: int = 0
    lock_errors: int = 0
    other_errors: list[str] = field(default_factory=list)


class Clock:
    """When the run starts and stops, set once every officer session has both connections open."""

    def __init__(self, ctx: mp.context.BaseContext) -> None:
        self._go = ctx.Event()
        self._times = ctx.Array("d", 2)

    def start(self, start_at: float, seconds: float) -> None:
        self._times[0], self._times[1] = start_at, start_at + seconds
        self._go.set()

    def wait(self) -> tuple[float, float]:
        self._go.wait()
        return self._times[0], self._times[1]

    async def started(self) -> tuple[float, float]:
        return await asyncio.to_thread(self.wait)


def _is_lock_error(exc: BaseException) -> bool:
    from brent_tui.store import StoreBusy

    text = str(exc).lower()
    return isinstance(exc, StoreBusy) or (isinstance(exc, sqlite3.OperationalError)
                                          and ("locked" in text or "busy" in text))


def _count_error(result: PollerResult | ChurnResult, exc: BaseException) -> None:
    if _is_lock_error(exc):
        result.lock_errors += 1
    else:
        result.other_errors.append(f"{type(exc).__name__}: {exc}")


class Report:
    """An officer's events, one line each, written through to the OS as they happen (a kill -9
    keeps them: the page cache survives the process)."""

    def __init__(self, path: Path) -> None:
        self._fh: TextIO = path.open("a", encoding="utf-8")

    def say(self, *fields: object) -> None:
        self._fh.write(" ".join(str(f).replace("\n", " ") for f in fields) + "\n")
        self._fh.flush()


def read_report(login: str, path: Path) -> SessionResult:
    result = SessionResult(login=login)
    if not path.exists():
        return result
    text = path.read_text(encoding="utf-8", errors="replace")
    for line in text.splitlines()[: text.count("\n")]:  # whole lines: a kill may cut the last one
        kind, _, rest = line.partition(" ")
        if kind == "q":
            result.queue_ms.append(float(rest))
        elif kind == "d":
            decision_id, mention_id, route, ms, at = rest.split()
            result.attempted += 1
            result.confirmed.append((int(decision_id), int(mention_id), int(route)))
            result.latencies_ms.append(float(ms))
            if int(route) == 5:
                result.escalated[int(decision_id)] = float(at)
        elif kind == "s":
            decision_id, at = rest.split()
            result.saw.setdefault(int(decision_id), float(at))
        elif kind == "watching":
            result.watching_since = float(rest)
        elif kind == "group":
            result.group = int(rest)
        elif kind == "c":
            result.attempted += 1
            result.conflicts += 1
            result.latencies_ms.append(float(rest))
        elif kind == "t":
            result.lease_taken += 1
        elif kind == "L":
            ms, _, _message = rest.partition(" ")
            result.lock_errors += 1
            if ms != "-":
                result.attempted += 1
                result.latencies_ms.append(float(ms))
        elif kind == "E":
            ms, _, message = rest.partition(" ")
            if ms != "-":
                result.attempted += 1
                result.latencies_ms.append(float(ms))
            result.other_errors.append(message)
        elif kind == "closed":
            result.closed = True
            result.closed_at = float(rest) if rest else None
    return result


def session_config(login: str):  # brent_tui is imported in the spawned process
    from brent_tui.config import Config

    return Config.model_validate({
        "people": {login: {"name": f"Load officer {login}", "role": "web_team", "department": "Web"}},
        "departments": [{"name": "Web", "lead": login}],
    })


# --------------------------------------------------------------------------- one officer


async def decide(store, actor, mention, rng: random.Random):
    """One officer's decision, as the Triage tab makes it: a random route, the version seen."""
    from brent_tui import clock as wall_clock
    from brent_tui.config import SlaConfig
    from brent_tui.domain.routing import plan_route

    route = rng.choice(ROUTES)
    department = None if route in (1, 5) else rng.choice(DEPARTMENTS)
    now = wall_clock.now()
    plan = plan_route(route, mention, actor, now=now, department=department,
                      assignee="webby" if route == 3 else None, reason="load test", comms=["comms"], sla=SlaConfig())
    return await store.decide(actor, plan, expected_version=mention.version, now=now)


async def watch_escalations(store, login: str, report: Report) -> None:
    """What the app's live sync does for this session, narrowed to escalations: on PostgreSQL woken
    by NOTIFY, on SQLite at the app's 1 s tick; each escalation decision seen is reported with the time."""
    from brent_tui.domain.entities import Entity
    from brent_tui.services.live import LiveSync

    live = LiveSync(store, login, due_soon=timedelta(days=1))
    await live.prime()
    last = int(await store._fetchval("SELECT coalesce(max(id), 0) FROM decisions"))
    report.say("watching", f"{time.time():.6f}")
    while True:
        if store.postgres:
            await store.wait_for_change(1.0)
        else:
            await asyncio.sleep(1.0)  # as BrentApp's live-sync timer (live_interval_seconds)
        if Entity.DECISIONS not in await live.poll():
            continue
        rows = await store._fetchall("SELECT id, route FROM decisions WHERE id > ? ORDER BY id", (last,))
        now = time.time()
        for decision_id, route in rows:
            if route == 5:
                report.say("s", decision_id, f"{now:.6f}")
            last = max(last, decision_id)


async def _officer(index: int, db: Path | str, clock: Clock, think_ms: float, report: Report,
                   checkpoint_every: float) -> None:
    from brent_tui import clock as wall_clock
    from brent_tui.jobs.locks import held_elsewhere
    from brent_tui.services.scoring import score_loop
    from brent_tui.store import ConflictError, Store

    login = f"load{index:02d}"
    config = session_config(login)
    actor = config.actor(login)
    rng = random.Random(index)
    screen = await Store.open(db, create=False, checkpoints=False)  # as BrentApp._open_store
    background = await Store.open(db, create=False)  # as BrentApp._score_in_background

    async def checkpoints() -> None:
        while True:
            await asyncio.sleep(checkpoint_every)
            with contextlib.suppress(Exception):
                await background.checkpoint()

    def failed(exc: BaseException, ms: float | None) -> None:
        kind = "L" if _is_lock_error(exc) else "E"
        report.say(kind, "-" if ms is None else f"{ms:.3f}", f"{type(exc).__name__}: {exc}")

    scorer = asyncio.gather(
        score_loop(background, config, batch=100, poller_running=lambda: held_elsewhere(db)), checkpoints(),
        watch_escalations(screen, login, report))
    report.say("ready")
    try:
        start_at, stop_at = await clock.started()
        await asyncio.sleep(max(0.0, start_at - time.time()))
        while time.time() < stop_at:
            t0 = time.perf_counter()
            try:
                items = await screen.queue(login, now=wall_clock.now(), limit=5)
            except Exception as exc:  # counted, the session carries on as the UI would
                failed(exc, None)
                continue
            report.say("q", f"{(time.perf_counter() - t0) * 1000:.3f}")
            if not items:
                await asyncio.sleep(0.05)
                continue
            # Officers do not all take the head of the queue in lock-step; some look further down,
            # and a queue read is stale the moment it returns — so conflicts do happen.
            item = items[0] if rng.random() < 0.5 else rng.choice(items)
            mention = item.mention
            try:
                holder = await screen.lease(login, mention.id, seconds=120, now=wall_clock.now())
            except Exception as exc:
                failed(exc, None)
                continue
            if holder is not None:
                report.say("t")
                continue
            if think_ms:
                await asyncio.sleep(rng.uniform(0, 2 * think_ms) / 1000)
            t1 = time.perf_counter()
            try:
                decision = await decide(screen, actor, mention, rng)
            except ConflictError:
                report.say("c", f"{(time.perf_counter() - t1) * 1000:.3f}")
                continue
            except Exception as exc:
                failed(exc, (time.perf_counter() - t1) * 1000)
                continue
            report.say("d", int(decision.id or 0), mention.id, int(decision.route),
                       f"{(time.perf_counter() - t1) * 1000:.3f}", f"{time.time():.6f}")
    finally:
        scorer.cancel()  # as BrentApp.on_unmount: the scorer's connection closes first
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await scorer
        await background.close()
        await screen.close()
    report.say("closed", f"{time.time():.6f}")


def officer_process(index: int, db: str, clock: Clock, think_ms: float, out: str,
                    checkpoint_every: float = CHECKPOINT_EVERY, group: tuple[int, int] | None = None) -> None:
    """One officer session; `group` (its number, the pid leading it, 0 for itself) puts it in a process
    group of its own "application server"."""
    from brent_tui.paths import is_postgres_url

    report = Report(Path(out))
    if group is not None:
        number, leader = group
        for _ in range(200):  # the leader may not have made its group yet
            try:
                os.setpgid(0, leader)
                break
            except PermissionError:
                time.sleep(0.05)
        report.say("group", number)
    asyncio.run(_officer(index, db if is_postgres_url(db) else Path(db), clock, think_ms, report, checkpoint_every))


# --------------------------------------------------------------------------- the poller


async def _poller(db: Path | str, clock: Clock, rate: int, tick: float) -> PollerResult:
    from brent_tui import clock as wall_clock
    from brent_tui.domain.models import MentionIn, Platform
    from brent_tui.jobs.locks import poller_lock
    from brent_tui.store import Store

    result = PollerResult()
    per_batch = max(1, round(rate * tick))
    rng = random.Random(99)
    words = ("bins", "Kilburn", "parking", "council tax", "library", "Wembley", "potholes", "flooding",
             "noise", "housing repair", "missed collection", "fly-tipping")
    with poller_lock(db):
        store = await Store.open(db, create=False)
        try:
            start_at, stop_at = await clock.started()
            await asyncio.sleep(max(0.0, start_at - time.time()))
            n = 0
            batch_no = 0
            while True:
                due = start_at + batch_no * tick
                if due >= stop_at:
                    break
                await asyncio.sleep(max(0.0, due - time.time()))
                now = wall_clock.now()
                batch = []
                for _ in range(per_batch):
                    n += 1
                    batch.append(MentionIn(
                        platform=Platform.MASTODON, platform_id=f"load-{start_at:.0f}-{n}",
                        author_handle=f"resident{rng.randrange(5000)}@example.social",
                        author_name=f"Resident {n % 977}",
                        text=f"@BrentCouncil {rng.choice(words)} again on street {n % 300} #{n}",
                        created_at=now - timedelta(seconds=rng.randrange(60)),
                    ))
                t0 = time.perf_counter()
                try:
                    ingested = await store.ingest(batch, fetched_at=now)
                except Exception as exc:
                    _count_error(result, exc)
                else:
                    result.inserted += ingested.inserted
                    result.received += ingested.received
                result.batch_ms.append((time.perf_counter() - t0) * 1000)
                result.batches += 1
                batch_no += 1
            result.behind_ms = max(0.0, (time.time() - (start_at + (batch_no - 1) * tick)) * 1000)
        finally:
            await store.close()
    return result


def poller_process(db: str, clock: Clock, rate: int, tick: float, out: str) -> None:
    result = asyncio.run(_poller(_location(db), clock, rate, tick))
    Path(out).write_text(json.dumps(asdict(result)))


# --------------------------------------------------------------------------- churn


async def _quit_session(db: Path | str) -> None:
    """An app session starting and quitting: both connections opened as the app opens them, closed."""
    from brent_tui.store import Store

    screen = await Store.open(db, create=False, checkpoints=False)
    try:
        background = await Store.open(db, create=False)
        try:
            await screen.max_mention_id()
        finally:
            await background.close()
    finally:
        await screen.close()


def churn_commands(db: Path | str, folder: Path, index: int, n: int) -> list[str] | None:
    """The n-th thing churn process `index` does: a CLI command, or None for a session quitting.
    (On PostgreSQL no `backup`: the server's own tools do that.)"""
    kinds: list[list[str] | None] = [
        ["audit", "--db", str(db), "--limit", "20"],
        None,
        ["foi", "list", "--db", str(db)],
    ]
    if isinstance(db, Path):
        kinds.append(["backup", "--db", str(db), str(folder / f"backup-{index}-{n}.sqlite")])
    kind = kinds[(n + index) % len(kinds)]
    return None if kind is None else [sys.executable, "-m", "brent_tui", *kind]


def churn_process(index: int, db: str, clock: Clock, every: float, folder: str, home: str, out: str) -> None:
    result = ChurnResult()
    env = {**os.environ, "BRENT_TUI_HOME": home}
    start_at, stop_at = clock.wait()
    time.sleep(max(0.0, start_at - time.time() + index * every / 3))  # staggered
    n = 0
    while time.time() < stop_at:
        started = time.time()
        cmd = churn_commands(_location(db), Path(folder), index, n)
        if cmd is None:
            try:
                asyncio.run(_quit_session(_location(db)))
            except Exception as exc:
                _count_error(result, exc)
        else:
            done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
            if done.returncode != 0:
                err = done.stderr.strip()
                if "locked" in err.lower() or "busy" in err.lower():
                    result.lock_errors += 1
                else:
                    result.other_errors.append(f"{' '.join(cmd[3:5])} exited {done.returncode}: {err[-300:]}")
            if cmd[3] == "backup":
                Path(cmd[-1]).unlink(missing_ok=True)  # a checked copy, not needed afterwards
        result.runs += 1
        n += 1
        time.sleep(max(0.0, every - (time.time() - started)))
    Path(out).write_text(json.dumps(asdict(result)))


# --------------------------------------------------------------------------- checking


def verify(db: Path | str, sessions: list[SessionResult]) -> dict[str, int | str]:
    """Every confirmed decision is in the database, unchanged, and no session overwrote another's."""
    return asyncio.run(_verify(db, sessions))


async def _verify(db: Path | str, sessions: list[SessionResult]) -> dict[str, int | str]:
    from brent_tui.store import Store

    try:
        store = await Store.open(db, create=False, migrate=False, register=False)
    except Exception as exc:
        return {"stored": 0, "lost": sum(len(s.confirmed) for s in sessions), "overwritten": 0, "doubled": 0,
                "open_twice": 0, "integrity_ok": 0, "integrity": f"{type(exc).__name__}: {exc}"}
    async with store:
        integrity = await store.integrity_check()
        stored = {row[0]: (row[1], row[2], row[3]) for row in await store._fetchall(
            "SELECT id, mention_id, route, decided_by FROM decisions WHERE decided_by LIKE 'load%'")}
        lost = 0
        seen: set[int] = set()
        for s in sessions:
            for decision_id, mention_id, route in s.confirmed:
                row = stored.get(decision_id)
                if (row is None or row[0] != mention_id or row[1] != route or row[2] != s.login
                        or decision_id in seen):  # an id confirmed twice: one of the two was lost
                    lost += 1
                seen.add(decision_id)
        # A decision by one officer superseded by another officer's, with neither an undo: an overwrite
        # (the optimistic check should have refused the second).
        overwritten = await store._fetchval(
            "SELECT count(*) FROM decisions d JOIN decisions e ON e.supersedes = d.id "
            "WHERE d.decided_by LIKE 'load%' AND e.decided_by LIKE 'load%' AND e.undo = 0")
        # Two decisions in force for one mention: broken bookkeeping.
        doubled = await store._fetchval(
            "SELECT count(*) FROM (SELECT mention_id FROM decisions WHERE superseded_by IS NULL "
            "GROUP BY mention_id HAVING count(*) > 1) AS twice")
        open_twice = await store._fetchval(
            "SELECT count(*) FROM (SELECT mention_id FROM assignments WHERE status = 'open' "
            "GROUP BY mention_id HAVING count(*) > 1) AS twice")
    return {"stored": len(stored), "lost": lost, "overwritten": int(overwritten), "doubled": int(doubled),
            "open_twice": int(open_twice), "integrity_ok": int(integrity == "ok"), "integrity": integrity[:500]}


def escalations_seen(sessions: list[SessionResult], within: float = 1.0) -> dict[str, object]:
    """Each escalation committed by one session, against every other session watching at the time
    and still running after it (a session killed, or stopped, before `within` had passed is left out)."""
    delays: list[float] = []
    late = missed = 0
    for author in sessions:
        for decision_id, at in author.escalated.items():
            for other in sessions:
                if other is author or other.watching_since is None or other.watching_since > at:
                    continue
                seen = other.saw.get(decision_id)
                if seen is None:
                    if other.closed and (other.closed_at is None or other.closed_at - at > within):
                        missed += 1  # ran on for a second after it, and never saw it
                    continue
                delays.append(seen - at)
                late += seen - at > within
    return {"escalations": sum(len(s.escalated) for s in sessions), "sightings": len(delays), "late": late,
            "missed": missed, "delay_ms_p50": round(percentile(delays, 50) * 1000, 1) if delays else None,
            "delay_ms_p99": round(percentile(delays, 99) * 1000, 1) if delays else None,
            "delay_ms_max": round(max(delays) * 1000, 1) if delays else None}


def _location(db: str) -> Path | str:
    from brent_tui.paths import is_postgres_url

    return db if is_postgres_url(db) else Path(db)


# --------------------------------------------------------------------------- the floor


async def _floor(db: Path | str, n: int) -> list[float]:
    """Decision latency with nothing else running: one connection, the same calls, the same file
    (after as many untimed decisions again, so the cache is as warm as in the run)."""
    from brent_tui import clock as wall_clock
    from brent_tui.domain.models import Role
    from brent_tui.domain.roles import Actor
    from brent_tui.store import Store

    actor = Actor(login="floor", name="Floor", role=Role.WEB_TEAM, department="Web")
    rng = random.Random(0)
    out = []
    async with await Store.open(db, create=False, checkpoints=False) as store:
        items = await store.queue("floor", now=wall_clock.now(), limit=2 * n)
        for k, item in enumerate(items):
            await store.lease("floor", item.mention.id, seconds=120, now=wall_clock.now())
            t0 = time.perf_counter()
            await decide(store, actor, item.mention, rng)
            if k >= n:
                out.append((time.perf_counter() - t0) * 1000)
        await store.checkpoint()
    return out


# --------------------------------------------------------------------------- running


def demo_database(mentions: int) -> Path:
    """The demo database the load test copies, built once per size with `brent-tui demo`."""
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    path = BENCH_DIR / f"load-demo-{mentions}.sqlite"
    if not path.exists():
        print(f"building {path} (brent-tui demo --mentions {mentions}) …", flush=True)
        subprocess.run([sys.executable, "-m", "brent_tui", "demo", "--db", str(path), "--mentions", str(mentions),
                        "--force"], check=True, stdout=subprocess.DEVNULL)
    return path


def copy_database(source: Path, target: Path) -> Path:
    from brent_tui.store import backup_file

    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    backup_file(source, target)
    return target


def _cli_home(work: Path) -> Path:
    """A BRENT_TUI_HOME for the churn's commands: this user as web team (`foi list` needs a role)."""
    from brent_tui.domain.roles import login_name

    home = work / "home"
    (home / "config").mkdir(parents=True, exist_ok=True)
    (home / "config" / "config.toml").write_text(f'[people.{json.dumps(login_name())}]\nrole = "web_team"\n')
    return home


def _wait_ready(reports: list[Path], procs: list[mp.process.BaseProcess], timeout: float = 300.0) -> None:
    """Until every officer session has opened both connections (20 processes start slowly on 2 cores)."""
    end = time.time() + timeout
    for out, p in zip(reports, procs, strict=True):
        while not (out.exists() and "ready" in out.read_text().split("\n")):
            if not p.is_alive() or time.time() > end:
                raise SystemExit(f"{p.name} did not start (exit code {p.exitcode})")
            time.sleep(0.05)


async def _copy_to_postgres(source: Path, url: str) -> None:
    from brent_tui.store import Store
    from brent_tui.store.copy import copy_to_postgres

    async with await Store.open(source, create=False) as lite, await Store.open(url) as target:
        await copy_to_postgres(lite, target)


def run(args: argparse.Namespace) -> dict:
    source = Path(args.db) if args.db else demo_database(args.mentions)
    work = Path(tempfile.mkdtemp(prefix="brent-load-"))
    db: Path | str
    if args.url:
        print(f"copying {source} into the PostgreSQL database (migrate-to) …", flush=True)
        asyncio.run(_copy_to_postgres(source, args.url))
        db = args.url
    else:
        db = copy_database(source, work / "load.sqlite")
    servers = args.servers or (2 if args.url else 1)
    leaders: dict[int, int] = {}  # "application server" -> the pid leading its process group
    floor = asyncio.run(_floor(db, args.floor)) if args.floor else []
    home = _cli_home(work)
    ctx = mp.get_context("spawn")
    clock = Clock(ctx)
    procs: list[mp.process.BaseProcess] = []
    officers: dict[str, tuple[mp.process.BaseProcess, Path]] = {}
    poll_out = work / "poller.json"
    churn_outs = [work / f"churn{i}.json" for i in range(args.churn)]

    def start_officer(index: int) -> None:
        out = work / f"officer{index}.txt"
        number = index % servers
        alive = number in leaders and any(p.pid == leaders[number] and p.is_alive() for p in procs)
        group = (number, leaders[number] if alive else 0)
        p = ctx.Process(target=officer_process, args=(index, str(db), clock, args.think_ms, str(out),
                                                      args.checkpoint_every, group), name=f"officer{index}")
        p.start()
        if not alive:
            assert p.pid is not None
            leaders[number] = p.pid  # it leads its own group (setpgid(0, 0))
        procs.append(p)
        officers[f"load{index:02d}"] = (p, out)

    if args.rate > 0:
        procs.append(ctx.Process(target=poller_process, args=(str(db), clock, args.rate, args.tick, str(poll_out)),
                                 name="poller"))
    for i, out in enumerate(churn_outs):
        procs.append(ctx.Process(target=churn_process, args=(i, str(db), clock, args.churn_every, str(work),
                                                               str(home), str(out)), name=f"churn{i}"))
    for p in procs:
        p.start()
    for i in range(args.sessions):
        start_officer(i)
    _wait_ready([out for _, out in officers.values()], [p for p, _ in officers.values()])
    start_at = time.time() + args.warmup
    stop_at = start_at + args.seconds
    clock.start(start_at, args.seconds)
    killed: list[str] = []
    rng = random.Random(args.seed)
    next_index = args.sessions
    next_kill = start_at + args.kill_every if args.kill_every > 0 else float("inf")
    wal_mb = 0.0  # the largest the WAL grew (os.stat only: the parent never opens the file)
    while time.time() < stop_at:
        if time.time() >= next_kill and next_kill < stop_at - 1:
            live = sorted(login for login, (p, _) in officers.items() if p.is_alive() and login not in killed)
            victim = rng.choice(live)
            officers[victim][0].kill()  # SIGKILL
            killed.append(victim)
            start_officer(next_index)
            next_index += 1
            next_kill += args.kill_every
        with contextlib.suppress(OSError):
            wal_mb = max(wal_mb, os.stat(f"{db}-wal").st_size / 1e6)
        time.sleep(0.25)
    for p in procs:
        p.join(timeout=max(0.0, stop_at - time.time()) + 120)
        if p.is_alive():
            p.terminate()
            p.join()
    crashed = [p.name for p in procs if p.exitcode != 0 and p.name.removeprefix("officer").isdigit()
               and f"load{int(p.name.removeprefix('officer')):02d}" not in killed]
    crashed += [p.name for p in procs if p.exitcode != 0 and not p.name.startswith("officer")]
    sessions = [read_report(login, out) for login, (_, out) in officers.items()]
    unclosed = [s.login for s in sessions if not s.closed and s.login not in killed]
    poller = PollerResult(**json.loads(poll_out.read_text())) if poll_out.exists() else PollerResult()
    churns = [ChurnResult(**json.loads(o.read_text())) for o in churn_outs if o.exists()]
    checked = verify(db, sessions)
    seen = escalations_seen(sessions)
    latencies = [x for s in sessions for x in s.latencies_ms]
    queue_ms = [x for s in sessions for x in s.queue_ms]
    confirmed = sum(len(s.confirmed) for s in sessions)
    errors = sorted({e for s in sessions for e in s.other_errors} | set(poller.other_errors)
                    | {e for c in churns for e in c.other_errors})
    malformed = sum(1 for s in sessions for e in s.other_errors if "malformed" in e) + sum(
        1 for c in churns for e in c.other_errors if "malformed" in e or "integrity" in e)

    def pct(samples: list[float], p: float) -> float | None:
        return round(percentile(samples, p), 1) if samples else None

    report = {
        "seconds": args.seconds,
        "sessions": args.sessions,
        "connections_per_session": 2,
        "target_rate": args.rate,
        "ingested": poller.inserted,
        "ingest_rate": round(poller.inserted / args.seconds, 1),
        "ingest_batch_ms_p50": pct(poller.batch_ms, 50),
        "ingest_batch_ms_p99": pct(poller.batch_ms, 99),
        "poller_behind_ms": round(poller.behind_ms, 1),
        "poller_lock_errors": poller.lock_errors,
        "wal_max_mb": round(wal_mb, 1),
        "checkpoint_every": args.checkpoint_every,
        "churn_processes": args.churn,
        "churn_runs": sum(c.runs for c in churns),
        "churn_lock_errors": sum(c.lock_errors for c in churns),
        "killed": killed,
        "attempted": sum(s.attempted for s in sessions),
        "confirmed": confirmed,
        "stored": confirmed - checked["lost"],  # confirmed to a session and found in the database
        "in_database": checked["stored"],  # every load-test decision row (should equal confirmed, give or take
        # a decision committed by a killed session just before it could report it)
        "lost": checked["lost"],
        "conflicts": sum(s.conflicts for s in sessions),
        "lease_taken": sum(s.lease_taken for s in sessions),
        "overwritten": checked["overwritten"],
        "two_decisions_in_force": checked["doubled"],
        "two_open_assignments": checked["open_twice"],
        "lock_errors": sum(s.lock_errors for s in sessions),
        "corrupt": (0 if checked["integrity_ok"] else 1) + malformed,
        "integrity": checked["integrity"],
        "other_errors": errors[:10],
        "latency_ms_p50": pct(latencies, 50),
        "latency_ms_p95": pct(latencies, 95),
        "latency_ms_p99": pct(latencies, 99),
        "latency_ms_max": round(max(latencies), 1) if latencies else None,
        "floor_ms_p50": pct(floor, 50),
        "floor_ms_p99": pct(floor, 99),
        "queue_ms_p50": pct(queue_ms, 50),
        "queue_ms_p99": pct(queue_ms, 99),
        "integrity_ok": bool(checked["integrity_ok"]),
        "backend": "postgresql" if args.url else "sqlite",
        "servers": servers,
        "sessions_per_server": {str(n): sum(1 for x in sessions if x.group == n) for n in range(servers)},
        "escalations": seen,
        "crashed": crashed,
        "unclosed": unclosed,
        "database": str(db),
    }
    locked = report["lock_errors"] + report["poller_lock_errors"] + report["churn_lock_errors"]
    report["ok"] = (report["lost"] == 0 and locked == 0 and report["overwritten"] == 0
                    and report["two_decisions_in_force"] == 0 and report["two_open_assignments"] == 0
                    and not crashed and not unclosed and report["corrupt"] == 0 and not errors)
    report["p99_ok"] = report["latency_ms_p99"] is not None and report["latency_ms_p99"] <= args.p99_target
    report["escalations_ok"] = seen["late"] == 0 and seen["missed"] == 0
    if args.url:
        from brent_tui.paths import redact_url

        report["database"] = redact_url(args.url)
    if not args.keep:  # the copy, its lock and session files, the reports
        shutil.rmtree(work, ignore_errors=True)
        if not args.url:
            report["database"] = "(removed; --keep to keep it)"
    return report


def print_report(r: dict, p99_target: float) -> None:
    where = (f"one PostgreSQL database, the sessions on {r['servers']} application servers (process groups: "
             + ", ".join(f"{n} sessions" for n in r["sessions_per_server"].values()) + ")"
             if r["backend"] == "postgresql" else "one database file")
    print(f"load test: {r['sessions']} officer sessions (two connections each) deciding for {r['seconds']} s "
          f"while the poller ingests {r['target_rate']:,} mentions/s and {r['churn_processes']} churn processes "
          f"open and close the database; {where}")
    print(f"  poller            ingested {r['ingested']:,} ({r['ingest_rate']:,}/s); batch p50 "
          f"{r['ingest_batch_ms_p50']} ms p99 {r['ingest_batch_ms_p99']} ms; behind {r['poller_behind_ms']} ms; "
          f"lock errors {r['poller_lock_errors']}")
    print(f"  WAL               grew to {r['wal_max_mb']:,} MB at most (sessions checkpoint it every "
          f"{r['checkpoint_every']:g} s)")
    print(f"  churn             {r['churn_runs']:,} commands and sessions quitting; lock errors "
          f"{r['churn_lock_errors']}")
    if r["killed"]:
        print(f"  kill -9           {len(r['killed'])} officer sessions killed and replaced: {', '.join(r['killed'])}")
    print(f"  decisions         attempted {r['attempted']:,}  confirmed {r['confirmed']:,}  stored {r['stored']:,}  "
          f"lost {r['lost']}  (rows in the database {r['in_database']:,})")
    print(f"  conflicts         {r['conflicts']:,} (another officer decided it first: refused with a message, "
          "nothing overwritten)")
    print(f"  lease taken       {r['lease_taken']:,} (another officer held the mention: moved to the next)")
    print(f"  overwritten       {r['overwritten']}   two decisions in force {r['two_decisions_in_force']}   "
          f"two open assignments {r['two_open_assignments']}")
    print(f"  corrupt           {r['corrupt']}   (integrity_check: {r['integrity']})")
    print(f"  'database is locked' reaching an officer: {r['lock_errors']}, the poller: {r['poller_lock_errors']}, "
          f"a command: {r['churn_lock_errors']}")
    print(f"  decision latency  p50 {r['latency_ms_p50']} ms  p95 {r['latency_ms_p95']} ms  "
          f"p99 {r['latency_ms_p99']} ms  max {r['latency_ms_max']} ms  (target p99 ≤ {p99_target:g} ms: "
          f"{'holds' if r['p99_ok'] else 'MISSED'})")
    print(f"  machine floor     p50 {r['floor_ms_p50']} ms  p99 {r['floor_ms_p99']} ms  (the same decision, "
          "same file, nothing else running)")
    print(f"  queue read        p50 {r['queue_ms_p50']} ms  p99 {r['queue_ms_p99']} ms")
    e = r["escalations"]
    print(f"  escalations       {e['escalations']:,} made; seen by the other sessions {e['sightings']:,} times, "
          f"{e['late']} later than 1 s, {e['missed']} never; delay p50 {e['delay_ms_p50']} ms p99 "
          f"{e['delay_ms_p99']} ms max {e['delay_ms_max']} ms "
          f"({'NOTIFY' if r['backend'] == 'postgresql' else 'the 1 s live-sync tick'})")
    if r["other_errors"]:
        print("  other errors:", *r["other_errors"], sep="\n    ")
    if r["crashed"]:
        print("  crashed processes:", ", ".join(r["crashed"]))
    if r["unclosed"]:
        print("  sessions that did not close cleanly:", ", ".join(r["unclosed"]))
    print(f"  integrity {'ok' if r['integrity_ok'] else 'FAILED'}; database {r['database']}")
    print("RESULT:", "ok (0 lost, 0 corrupt, 0 lock errors)" if r["ok"] else "FAILED",
          "; every escalation seen by every other session within 1 s" if r["escalations_ok"] else
          "; escalations NOT all seen within 1 s")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.load_test", description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="how long to run (default 60)")
    parser.add_argument("--sessions", type=int, default=20,
                        help="officer sessions, one process with two connections each (default 20)")
    parser.add_argument("--rate", type=int, default=1000, help="mentions ingested per second (default 1000; 0: none)")
    parser.add_argument("--tick", type=float, default=0.1, help="seconds between ingest batches (default 0.1)")
    parser.add_argument("--churn", type=int, default=2,
                        help="processes opening and closing the file: CLI commands, sessions quitting (default 2)")
    parser.add_argument("--churn-every", type=float, default=1.0,
                        help="seconds between one churn process's commands (default 1)")
    parser.add_argument("--kill-every", type=float, default=0.0,
                        help="SIGKILL an officer session every S seconds and start another (default 0: never)")
    parser.add_argument("--seed", type=int, default=1, help="which sessions --kill-every kills (default 1)")
    parser.add_argument("--checkpoint-every", type=float, default=CHECKPOINT_EVERY,
                        help=f"seconds between a session's WAL checkpoints (default {CHECKPOINT_EVERY:g}, as the app)")
    parser.add_argument("--mentions", type=int, default=20000, help="size of the demo database (default 20000)")
    parser.add_argument("--db", help="copy this database instead of the demo one")
    parser.add_argument("--url", help="run on this PostgreSQL database (empty: the demo is copied into it)")
    parser.add_argument("--servers", type=int, default=0,
                        help="process groups standing in for application servers (default 2 with --url, else 1)")
    parser.add_argument("--think-ms", type=float, default=0.0,
                        help="mean pause between taking a mention and deciding it (default 0: flat out)")
    parser.add_argument("--floor", type=int, default=200,
                        help="decisions timed alone first, for the machine floor (default 200; 0: skip)")
    parser.add_argument("--p99-target", type=float, default=250.0, help="decision latency p99 target (ms)")
    parser.add_argument("--warmup", type=float, default=1.0,
                        help="seconds between every session having opened the database and the start (default 1)")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--keep", action="store_true", help="keep the database copy afterwards")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    report = run(args)
    print_report(report, args.p99_target)
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2))
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
