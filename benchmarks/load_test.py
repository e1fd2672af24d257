"""`python -m benchmarks.load_test`: ten officers triage at once while the poller ingests 1,000 mentions/s.

Each officer session is its own process with its own `Store` connection, running the real triage
store API the Triage tab uses: read the queue, take a lease on the mention in focus, `decide` it
with the version it saw (optimistic check). A poller process ingests batches through
`Store.ingest` at the given rate, holding the poller lock as the real service does. All on one
copy of a demo database (`brent-tui demo --mentions 20000`).

Afterwards every decision a session saw confirmed is looked up in the database. Printed:
decisions attempted, stored, lost (must be 0), conflicts (another session decided the mention
first: expected, shown to the officer as a clear message), overwritten decisions (must be 0),
'database is locked' errors reaching an officer (must be 0), and decision latency p50/p99.
Exit status 0 only when nothing was lost, nothing overwritten and no lock error reached anyone.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing as mp
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from datetime import timedelta
from pathlib import Path

from benchmarks.common import BENCH_DIR, percentile

ROUTES = (1, 2, 3, 4, 5)
DEPARTMENTS = ("Environment", "Housing", "Parking", "Council Tax")


@dataclass
class SessionResult:
    """What one simulated officer saw."""

    login: str
    attempted: int = 0
    confirmed: list[tuple[int, int, int]] = field(default_factory=list)  # (decision id, mention id, route)
    conflicts: int = 0
    lease_taken: int = 0  # another officer held the mention in focus: moved on, nothing attempted
    lock_errors: int = 0  # 'database is locked' / busy reaching the officer
    other_errors: list[str] = field(default_factory=list)
    latencies_ms: list[float] = field(default_factory=list)
    queue_ms: list[float] = field(default_factory=list)


@dataclass
class PollerResult:
    batches: int = 0
    received: int = 0
    inserted: int = 0
    lock_errors: int = 0
    behind_ms: float = 0.0  # how far the last batch ran behind its schedule
    batch_ms: list[float] = field(default_factory=list)
    other_errors: list[str] = field(default_factory=list)


def _is_lock_error(exc: BaseException) -> bool:
    from brent_tui.store import StoreBusy

    text = str(exc).lower()
    return isinstance(exc, StoreBusy) or (isinstance(exc, sqlite3.OperationalError)
                                          and ("locked" in text or "busy" in text))


# --------------------------------------------------------------------------- one officer


async def _officer(index: int, db: Path, start_at: float, stop_at: float, think_ms: float) -> SessionResult:
    from brent_tui.models import Role, utcnow
    from brent_tui.roles import Actor
    from brent_tui.store import ConflictError, Store

    login = f"load{index:02d}"
    actor = Actor(login=login, name=f"Load officer {index}", role=Role.WEB_TEAM, department="Web")
    result = SessionResult(login=login)
    rng = random.Random(index)
    store = await Store.open(db, create=False)
    try:
        await asyncio.sleep(max(0.0, start_at - time.time()))
        while time.time() < stop_at:
            t0 = time.perf_counter()
            try:
                items = await store.queue(login, now=utcnow(), limit=5)
            except Exception as exc:  # noqa: BLE001 — counted, the session carries on as the UI would
                _count_error(result, exc)
                continue
            result.queue_ms.append((time.perf_counter() - t0) * 1000)
            if not items:
                await asyncio.sleep(0.05)
                continue
            # Officers do not all take the head of the queue in lock-step; some look further down,
            # and a queue read is stale the moment it returns — so conflicts do happen.
            item = items[0] if rng.random() < 0.5 else rng.choice(items)
            mention = item.mention
            try:
                holder = await store.lease(login, mention.id, seconds=120, now=utcnow())
            except Exception as exc:  # noqa: BLE001
                _count_error(result, exc)
                continue
            if holder is not None:
                result.lease_taken += 1
                continue
            if think_ms:
                await asyncio.sleep(rng.uniform(0, 2 * think_ms) / 1000)
            route = rng.choice(ROUTES)
            department = None if route in (1, 5) else rng.choice(DEPARTMENTS)
            assignee = "webby" if route == 3 else None
            result.attempted += 1
            t1 = time.perf_counter()
            try:
                decision = await store.decide(
                    actor, mention.id, route, department=department, assignee=assignee,
                    reason="load test", expected_version=mention.version, now=utcnow(),
                    due_at=utcnow() + timedelta(hours=4) if route in (2, 3, 4) else None,
                    escalate_to=["comms"] if route == 5 else (),
                )
            except ConflictError:
                result.conflicts += 1
                continue
            except Exception as exc:  # noqa: BLE001
                _count_error(result, exc)
                continue
            finally:
                result.latencies_ms.append((time.perf_counter() - t1) * 1000)
            result.confirmed.append((int(decision.id or 0), mention.id, int(decision.route)))
    finally:
        await store.close()
    return result


def _count_error(result: SessionResult | PollerResult, exc: BaseException) -> None:
    if _is_lock_error(exc):
        result.lock_errors += 1
    else:
        result.other_errors.append(f"{type(exc).__name__}: {exc}")


def officer_process(index: int, db: str, start_at: float, stop_at: float, think_ms: float, out: str) -> None:
    result = asyncio.run(_officer(index, Path(db), start_at, stop_at, think_ms))
    Path(out).write_text(json.dumps(asdict(result)))


# --------------------------------------------------------------------------- the poller


async def _poller(db: Path, start_at: float, stop_at: float, rate: int, tick: float) -> PollerResult:
    from brent_tui.locks import poller_lock
    from brent_tui.models import MentionIn, Platform, utcnow
    from brent_tui.store import Store

    result = PollerResult()
    per_batch = max(1, round(rate * tick))
    rng = random.Random(99)
    words = ("bins", "Kilburn", "parking", "council tax", "library", "Wembley", "potholes", "flooding",
             "noise", "housing repair", "missed collection", "fly-tipping")
    with poller_lock(db):
        store = await Store.open(db, create=False)
        try:
            await asyncio.sleep(max(0.0, start_at - time.time()))
            n = 0
            batch_no = 0
            while True:
                due = start_at + batch_no * tick
                if due >= stop_at:
                    break
                await asyncio.sleep(max(0.0, due - time.time()))
                now = utcnow()
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
                except Exception as exc:  # noqa: BLE001
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


def poller_process(db: str, start_at: float, stop_at: float, rate: int, tick: float, out: str) -> None:
    result = asyncio.run(_poller(Path(db), start_at, stop_at, rate, tick))
    Path(out).write_text(json.dumps(asdict(result)))


# --------------------------------------------------------------------------- checking


def verify(db: Path, sessions: list[SessionResult]) -> dict[str, int]:
    """Every confirmed decision is in the database, unchanged, and no session overwrote another's."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        stored = {row[0]: (row[1], row[2], row[3]) for row in conn.execute(
            "SELECT id, mention_id, route, decided_by FROM decisions WHERE decided_by LIKE 'load%'")}
        lost = 0
        for s in sessions:
            for decision_id, mention_id, route in s.confirmed:
                row = stored.get(decision_id)
                if row is None or row[0] != mention_id or row[1] != route or row[2] != s.login:
                    lost += 1
        # A decision by one officer superseded by another officer's, with neither an undo: an overwrite
        # (the optimistic check should have refused the second).
        overwritten = conn.execute(
            "SELECT count(*) FROM decisions d JOIN decisions e ON e.supersedes = d.id "
            "WHERE d.decided_by LIKE 'load%' AND e.decided_by LIKE 'load%' AND e.undo = 0"
        ).fetchone()[0]
        # Two decisions in force for one mention: broken bookkeeping.
        doubled = conn.execute(
            "SELECT count(*) FROM (SELECT mention_id FROM decisions WHERE superseded_by IS NULL "
            "GROUP BY mention_id HAVING count(*) > 1)"
        ).fetchone()[0]
        open_twice = conn.execute(
            "SELECT count(*) FROM (SELECT mention_id FROM assignments WHERE status = 'open' "
            "GROUP BY mention_id HAVING count(*) > 1)"
        ).fetchone()[0]
        total = len(stored)
        integrity = conn.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        conn.close()
    return {"stored": total, "lost": lost, "overwritten": int(overwritten), "doubled": int(doubled),
            "open_twice": int(open_twice), "integrity_ok": int(integrity == "ok")}


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


def run(args: argparse.Namespace) -> dict:
    source = Path(args.db) if args.db else demo_database(args.mentions)
    work = Path(tempfile.mkdtemp(prefix="brent-load-"))
    db = copy_database(source, work / "load.sqlite")
    ctx = mp.get_context("spawn")
    start_at = time.time() + args.warmup
    stop_at = start_at + args.seconds
    procs = []
    outs = []
    poll_out = work / "poller.json"
    if args.rate > 0:
        procs.append(ctx.Process(target=poller_process, args=(str(db), start_at, stop_at, args.rate, args.tick,
                                                                str(poll_out)), name="poller"))
    for i in range(args.sessions):
        out = work / f"officer{i}.json"
        outs.append(out)
        procs.append(ctx.Process(target=officer_process, args=(i, str(db), start_at, stop_at, args.think_ms,
                                                                 str(out)), name=f"officer{i}"))
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=args.seconds + args.warmup + 120)
        if p.is_alive():
            p.terminate()
            p.join()
    crashed = [p.name for p in procs if p.exitcode != 0]
    sessions = [SessionResult(**json.loads(o.read_text())) for o in outs if o.exists()]
    poller = PollerResult(**json.loads(poll_out.read_text())) if poll_out.exists() else PollerResult()
    checked = verify(db, sessions)
    latencies = [x for s in sessions for x in s.latencies_ms]
    queue_ms = [x for s in sessions for x in s.queue_ms]
    confirmed = sum(len(s.confirmed) for s in sessions)
    report = {
        "seconds": args.seconds,
        "sessions": args.sessions,
        "target_rate": args.rate,
        "ingested": poller.inserted,
        "ingest_rate": round(poller.inserted / args.seconds, 1),
        "ingest_batch_ms_p50": round(percentile(poller.batch_ms, 50), 1) if poller.batch_ms else None,
        "ingest_batch_ms_p99": round(percentile(poller.batch_ms, 99), 1) if poller.batch_ms else None,
        "poller_behind_ms": round(poller.behind_ms, 1),
        "poller_lock_errors": poller.lock_errors,
        "attempted": sum(s.attempted for s in sessions),
        "confirmed": confirmed,
        "stored": confirmed - checked["lost"],  # confirmed to a session and found in the database
        "in_database": checked["stored"],  # every load-test decision row (should equal confirmed)
        "lost": checked["lost"],
        "conflicts": sum(s.conflicts for s in sessions),
        "lease_taken": sum(s.lease_taken for s in sessions),
        "overwritten": checked["overwritten"],
        "two_decisions_in_force": checked["doubled"],
        "two_open_assignments": checked["open_twice"],
        "lock_errors": sum(s.lock_errors for s in sessions),
        "other_errors": sorted({e for s in sessions for e in s.other_errors} | set(poller.other_errors))[:10],
        "latency_ms_p50": round(percentile(latencies, 50), 1) if latencies else None,
        "latency_ms_p99": round(percentile(latencies, 99), 1) if latencies else None,
        "queue_ms_p50": round(percentile(queue_ms, 50), 1) if queue_ms else None,
        "integrity_ok": bool(checked["integrity_ok"]),
        "crashed": crashed,
        "database": str(db),
    }
    report["ok"] = (report["lost"] == 0 and report["lock_errors"] == 0 and report["overwritten"] == 0
                    and report["two_decisions_in_force"] == 0 and report["two_open_assignments"] == 0
                    and not crashed and report["integrity_ok"] and not report["other_errors"])
    if not args.keep:
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        report["database"] = "(removed; --keep to keep it)"
    return report


def print_report(r: dict) -> None:
    print(f"load test: {r['sessions']} officer sessions deciding for {r['seconds']} s while the poller "
          f"ingests {r['target_rate']:,} mentions/s, one database file")
    print(f"  poller            ingested {r['ingested']:,} ({r['ingest_rate']:,}/s); batch p50 "
          f"{r['ingest_batch_ms_p50']} ms p99 {r['ingest_batch_ms_p99']} ms; lock errors {r['poller_lock_errors']}")
    print(f"  decisions         attempted {r['attempted']:,}  confirmed {r['confirmed']:,}  stored {r['stored']:,}  "
          f"lost {r['lost']}  (rows in the database {r['in_database']:,})")
    print(f"  conflicts         {r['conflicts']:,} (another officer decided it first: refused with a message, "
          "nothing overwritten)")
    print(f"  lease taken       {r['lease_taken']:,} (another officer held the mention: moved to the next)")
    print(f"  overwritten       {r['overwritten']}   two decisions in force {r['two_decisions_in_force']}   "
          f"two open assignments {r['two_open_assignments']}")
    print(f"  'database is locked' reaching an officer: {r['lock_errors']}")
    print(f"  decision latency  p50 {r['latency_ms_p50']} ms  p99 {r['latency_ms_p99']} ms  "
          f"(queue read p50 {r['queue_ms_p50']} ms)")
    if r["other_errors"]:
        print("  other errors:", *r["other_errors"], sep="\n    ")
    if r["crashed"]:
        print("  crashed processes:", ", ".join(r["crashed"]))
    print(f"  integrity {'ok' if r['integrity_ok'] else 'FAILED'}; database {r['database']}")
    print("RESULT:", "ok (0 lost, 0 lock errors)" if r["ok"] else "FAILED")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.load_test", description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="how long to run (default 60)")
    parser.add_argument("--sessions", type=int, default=10, help="officer sessions, one process each (default 10)")
    parser.add_argument("--rate", type=int, default=1000, help="mentions ingested per second (default 1000; 0: none)")
    parser.add_argument("--tick", type=float, default=0.1, help="seconds between ingest batches (default 0.1)")
    parser.add_argument("--mentions", type=int, default=20000, help="size of the demo database (default 20000)")
    parser.add_argument("--db", help="copy this database instead of the demo one")
    parser.add_argument("--think-ms", type=float, default=0.0,
                        help="mean pause between taking a mention and deciding it (default 0: flat out)")
    parser.add_argument("--warmup", type=float, default=2.0, help="seconds for processes to open the database")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--keep", action="store_true", help="keep the database copy afterwards")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    report = run(args)
    print_report(report)
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2))
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
