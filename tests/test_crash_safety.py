"""kill -9 at random moments: a triage session mid-decision, and a poller mid-catch-up, on one database file.

Two subprocesses write the same real SQLite file, as on the shared server:

- a triage session deciding mentions in a loop through `services.triage.decide` (what the
  Triage screen's commit worker calls), printing `decided <mention> <decision>` after each
  call returns — the moment the screen would say it is saved;
- `brent-tui poll` (the service) catching up a backlog from the 127.0.0.1 stand-in network.

Both are killed with SIGKILL at random moments, three rounds over. Afterwards: `PRAGMA
integrity_check` is ok; every decision printed as confirmed is in the database with its mention
routed and its audit row (none lost); no half-written decision (a routed mention always has
its decision, a decision always its mention's status); mentions arrive in whole pages with the
cursor that names them (no half batch), and a final `poll --once` resumes from the cursor with no
gap and no duplicate. The deterministic kill mid-page is in tests/e2e/test_poll_e2e.py.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.conftest import DATA_NOW
from tests.e2e.fakenet import FakeNet, Fault
from tests.helpers import child_env, wait_until

pytestmark = pytest.mark.slow

DECIDER = textwrap.dedent('''
    """A triage session: decide every untriaged mention, saying each one as it is confirmed."""
    import asyncio, random, sys
    from brent_tui.config import Config
    from brent_tui.domain.models import Route
    from brent_tui import clock
    from brent_tui.services import triage as triage_service
    from brent_tui.store import Store

    async def main(db):
        config = Config.model_validate({
            "people": {"webby": {"name": "Wendy Webb", "role": "web_team", "department": "Web"}},
            "departments": [{"name": "Web", "lead": "webby"}],
        })
        actor = config.actor("webby")
        store = await Store.open(db, create=False)
        print("ready", flush=True)
        while True:
            items = await store.queue("webby", now=clock.now(), limit=20)
            if not items:
                await asyncio.sleep(0.01)
                continue
            for item in items:
                route = random.choice([Route.MONITOR, Route.WEB_TEAM, Route.CUSTOMER_SERVICES])
                try:
                    decision = await triage_service.decide(store, config, actor, item.mention, route,
                                                           now=clock.now())
                except Exception as exc:  # a conflict with a newer version: re-read next time round
                    print("skipped", item.mention.id, type(exc).__name__, flush=True)
                    continue
                print("decided", item.mention.id, decision.id, flush=True)

    asyncio.run(main(sys.argv[1]))
''')


def _config(path: Path, base: str) -> Path:
    path.write_text(f"""
[app]
poll_in_app = false

[[connectors]]
name = "masto"
type = "mastodon"
base_url = "{base}"
hashtags = ["brentbins"]
token_env = "CRASH_TOKEN"
timeout_seconds = 5
interval_seconds = 15
""")
    return path


def _seed(db: Path, n: int) -> None:
    import asyncio

    from brent_tui.store import Store
    from tests.conftest import make_mention

    async def run() -> None:
        async with await Store.open(db) as store:
            await store.ingest([make_mention(i, platform_id=f"seed{i}") for i in range(n)])

    asyncio.run(run())


def _read_confirmed(out: str) -> dict[int, int]:
    """mention id → decision id for every line the session finished printing."""
    confirmed = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "decided":
            confirmed[int(parts[1])] = int(parts[2])
    return confirmed


def _count(db: Path, sql: str) -> int:
    con = sqlite3.connect(db, timeout=10)
    try:
        return con.execute(sql).fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        con.close()


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
def test_kill_9_mid_decision_and_mid_catch_up_loses_nothing_and_resumes(net: FakeNet, tmp_path: Path) -> None:
    seed = int(os.environ.get("CRASH_SEED", time.time_ns() % 10_000))  # CRASH_SEED=n replays a run
    rng = random.Random(seed)
    print(f"CRASH_SEED={seed}")
    db = tmp_path / "crash.sqlite"
    config = _config(tmp_path / "config.toml", net.base)
    env = child_env(tmp_path / "home", CRASH_TOKEN="crash-token-1")
    script = tmp_path / "decider.py"
    script.write_text(DECIDER)
    _seed(db, 3000)
    confirmed: dict[int, int] = {}
    poll_cmd = [sys.executable, "-m", "brent_tui", "poll", "--db", str(db), "--config", str(config)]
    for round_ in range(3):
        net.add_statuses(150)  # a backlog each round: several pages to catch up, each a little slow
        net.fault("/api/v1/timelines/tag/brentbins", *[Fault(delay=0.08) for _ in range(5)])
        decider = subprocess.Popen([sys.executable, str(script), str(db)], env=env, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True)
        poller = subprocess.Popen(poll_cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            before = _count(db, "SELECT count(*) FROM decisions")
            stored_before = _count(db, "SELECT count(*) FROM mentions WHERE platform = 'mastodon'")
            wait_until(lambda b=before, d=decider: _count(db, "SELECT count(*) FROM decisions") > b + 5
                       or d.poll() is not None, timeout=20)
            assert decider.poll() is None, decider.communicate()[1][-2000:]
            wait_until(lambda b=stored_before: _count(db, "SELECT count(*) FROM mentions WHERE platform = 'mastodon'")
                       > b, timeout=20)
            time.sleep(rng.uniform(0.0, 0.4))  # a random moment, mid-write as often as not
            os.kill(poller.pid, signal.SIGKILL)
            time.sleep(rng.uniform(0.0, 0.2))
            os.kill(decider.pid, signal.SIGKILL)
        finally:
            for proc in (decider, poller):
                if proc.poll() is None:
                    proc.kill()
        out, err = decider.communicate(timeout=10)
        poller.communicate(timeout=10)
        assert "Traceback" not in err, err[-2000:]
        got = _read_confirmed(out)
        assert got, f"round {round_}: the session confirmed nothing before it was killed"
        confirmed.update(got)

        con = sqlite3.connect(db)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert con.execute("PRAGMA foreign_key_check").fetchall() == []
            decisions = dict(con.execute("SELECT id, mention_id FROM decisions WHERE undo = 0").fetchall())
            for mention_id, decision_id in confirmed.items():  # none lost
                assert decisions.get(decision_id) == mention_id, f"confirmed decision {decision_id} lost"
            # no half-written decision: a routed mention has its decision, a decision its routed mention
            routed = {r[0] for r in con.execute("SELECT id FROM mentions WHERE status <> 'new'")}
            assert routed == set(decisions.values())
            audited = {r[0] for r in con.execute("SELECT entity_id FROM audit_log WHERE action = 'decide'")}
            assert set(decisions.values()) <= {int(a) for a in audited if a is not None}
            # no half batch: what is stored is one unbroken run of the network's statuses, and the
            # cursor names exactly its newest (mentions and cursor commit in one transaction)
            stored = [r[0] for r in con.execute("SELECT platform_id FROM mentions WHERE platform = 'mastodon' "
                                                "ORDER BY CAST(platform_id AS INTEGER)")]
            row = con.execute("SELECT cursor FROM connector_state WHERE name = 'masto'").fetchone()
        finally:
            con.close()
        if stored:
            start = net.ids().index(stored[0])
            assert stored == net.ids()[start:start + len(stored)], f"round {round_}: a gap in what the poller stored"
            cursor = json.loads(row[0])["streams"]["tag:brentbins"]["min_id"]
            assert cursor == stored[-1], f"round {round_}: cursor {cursor} but newest stored {stored[-1]}"

    done = subprocess.run([*poll_cmd, "--once"], env=env, capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr[-2000:]
    con = sqlite3.connect(db)
    try:
        stored = [r[0] for r in con.execute("SELECT platform_id FROM mentions WHERE platform = 'mastodon' "
                                            "ORDER BY CAST(platform_id AS INTEGER)")]
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    first = net.ids().index(stored[0])  # a new connector starts from the newest page, then never skips
    assert stored == net.ids()[first:], "after the kills, the cursor did not resume without gap or duplicate"
    assert len(set(stored)) == len(stored)
