"""`brent-tui poll` as a subprocess against the 127.0.0.1 stand-in networks (tests/e2e/fakenet.py).

What lands in the database, the cursor and the health record after paging, 429 with
Retry-After, 500s, a timeout, truncated JSON and an HTML error page; restarts without gaps or
duplicates; SIGTERM; kill -9 mid-batch; a second poller refused by the lock.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import DATA_NOW
from tests.e2e.fakenet import FakeNet, Fault
from tests.helpers import child_env, wait_until

pytestmark = pytest.mark.slow

TAG_PATH = "/api/v1/timelines/tag/brentbins"
TOKEN = "e2e-sekrit-token-98765"


@pytest.fixture
def setup(net: FakeNet, tmp_path: Path, isolated_home: Path) -> dict:
    config = tmp_path / "config.toml"
    config.write_text(f"""
[app]
poll_in_app = false

[[accounts]]
platform = "mastodon"
handle = "brentcouncil"
service = "Communications"

[[connectors]]
name = "masto"
type = "mastodon"
base_url = "{net.base}"
hashtags = ["brentbins"]
account_handles = ["brentcouncil"]
token_env = "E2E_MASTO_TOKEN"
timeout_seconds = 1.5
interval_seconds = 15

[[connectors]]
name = "news"
type = "rss"
feeds = ["{net.base}/feeds/local.rss"]
keywords = ["Brent"]
interval_seconds = 15
""")
    env = child_env(isolated_home, E2E_MASTO_TOKEN=TOKEN)
    return {"db": tmp_path / "e2e.sqlite", "config": config, "env": env, "home": isolated_home}


def cmd(setup: dict, *extra: str) -> list[str]:
    return [sys.executable, "-m", "brent_tui", "poll", "--db", str(setup["db"]), "--config", str(setup["config"]),
            *extra]


def poll_once(setup: dict, timeout: float = 20) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(cmd(setup, "--once"), env=setup["env"], capture_output=True, text=True, timeout=timeout)
    assert "Traceback" not in proc.stderr, proc.stderr
    assert TOKEN not in proc.stderr + proc.stdout
    return proc


def db(setup: dict) -> sqlite3.Connection:
    conn = sqlite3.connect(setup["db"])
    conn.row_factory = sqlite3.Row
    return conn


def masto_ids(setup: dict) -> list[str]:
    with db(setup) as conn:
        return [r[0] for r in conn.execute(
            "SELECT platform_id FROM mentions WHERE platform = 'mastodon' ORDER BY CAST(platform_id AS INTEGER)")]


def health(setup: dict, name: str = "masto") -> dict:
    with db(setup) as conn:
        row = conn.execute("SELECT * FROM connector_state WHERE name = ?", (name,)).fetchone()
    out = dict(row)
    out["extra"] = json.loads(out["extra"] or "{}")
    return out


def cursor_min_id(setup: dict) -> str:
    return json.loads(health(setup)["cursor"])["streams"]["tag:brentbins"]["min_id"]


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
def test_pages_restart_without_gaps_or_duplicates_and_health(net: FakeNet, setup: dict) -> None:
    net.add_statuses(30)
    proc = poll_once(setup)
    assert proc.returncode == 0, proc.stderr
    assert "masto: 30 new of 30 in 1 page(s)" in proc.stdout
    assert masto_ids(setup) == net.ids()
    h = health(setup)
    assert h["failures"] == 0 and h["last_success_at"] and h["rate_limit_remaining"] is not None
    assert cursor_min_id(setup) == net.ids()[-1]
    news = health(setup, "news")
    assert news["last_success_at"] and news["failures"] == 0
    with db(setup) as conn:
        assert conn.execute("SELECT count(*) FROM mentions WHERE platform = 'rss'").fetchone()[0] >= 1
        # follower counts for the council's own account, from accounts/lookup
        row = conn.execute("SELECT followers FROM council_accounts WHERE handle = 'brentcouncil'").fetchone()
        assert row[0] == 4321
        assert conn.execute("SELECT count(*) FROM follower_samples").fetchone()[0] == 1

    net.add_statuses(100)  # a backlog: caught up through three min_id pages, oldest first
    proc = poll_once(setup)
    assert proc.returncode == 0, proc.stderr
    assert "masto: 100 new of 100 in 3 page(s)" in proc.stdout
    assert masto_ids(setup) == net.ids()  # no gap, no duplicate
    assert cursor_min_id(setup) == net.ids()[-1]
    tag_hits = [h for h in net.hits if h.startswith(TAG_PATH)]
    assert sum("min_id=" in h for h in tag_hits[-3:]) == 3

    proc = poll_once(setup)  # nothing new: nothing stored twice
    assert "masto: 0 new of 0" in proc.stdout
    assert len(masto_ids(setup)) == 130


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
def test_errors_land_in_health_in_words_and_nothing_is_lost(net: FakeNet, setup: dict) -> None:
    net.add_statuses(5)
    assert poll_once(setup).returncode == 0
    good_cursor = health(setup)["cursor"]

    def step(fault: Fault, words: str) -> dict:
        net.add_statuses(2)
        net.fault(TAG_PATH, fault)
        proc = poll_once(setup)
        assert "masto: FAILED" in proc.stdout and words in proc.stdout, proc.stdout
        assert "news: " in proc.stdout and "news: FAILED" not in proc.stdout  # the other connector carries on
        h = health(setup)
        assert words in h["last_error"]
        assert h["cursor"] == good_cursor  # nothing of the failed batch was stored
        return h

    h = step(Fault(status=429, headers={"Retry-After": "30"}, body=b'{"error":"Too many requests"}'), "rate limited")
    assert h["extra"]["hold"] == "rate_limited" and h["failures"] == 1
    hits = len(net.hits)
    proc = poll_once(setup)  # the network said "not before": --once honours it, no request made
    assert "masto: waiting — not before" in proc.stdout
    assert not any(p.startswith(TAG_PATH) for p in net.hits[hits:])
    from datetime import datetime, timedelta

    from brent_tui import clock

    wait = (datetime.fromisoformat(h["next_attempt_at"].replace("Z", "+00:00")) - clock.now()).total_seconds()
    assert 0 < wait <= 30
    # The hold runs out: the polls from here on run on a clock that far ahead (30 s, not 4, so a slow
    # machine still starts the poll above inside the hold; and no test sleeps them out).
    setup["env"][clock.ENV] = clock.PinnedClock(clock.now() + timedelta(seconds=wait + 1)).environ()

    h = step(Fault(status=500, body=b'{"error":"Internal server error"}'), "network trouble")
    assert h["failures"] == 2 and h["extra"]["hold"] is None
    h = step(Fault(truncate=True), "unexpected response, batch skipped")
    h = step(Fault(status=200, headers={"Content-Type": "text/html"},  # a proxy's login page, say
                   body=b"<html><body>Please sign in to the guest wifi</body></html>"),
             "unexpected response, batch skipped")
    h = step(Fault(delay=2.5), "network trouble")
    assert h["failures"] == 5 and "timed out" in h["last_error"]

    proc = poll_once(setup)  # recovered: everything published meanwhile arrives, once
    assert proc.returncode == 0 and "masto: 10 new of 10" in proc.stdout, proc.stdout
    assert masto_ids(setup) == net.ids()
    h = health(setup)
    assert h["failures"] == 0 and h["last_success_at"] >= h["last_error_at"]  # same second is possible

    doctor = subprocess.run([sys.executable, "-m", "brent_tui", "doctor", "--db", str(setup["db"]),
                             "--config", str(setup["config"])], env=setup["env"], capture_output=True, text=True,
                            timeout=60)
    assert "connector masto: last success" in doctor.stdout and "connector news: last success" in doctor.stdout


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
def test_sigterm_finishes_the_batch_in_hand_and_exits_0(net: FakeNet, setup: dict) -> None:
    net.add_statuses(12)
    release = __import__("threading").Event()
    net.fault(TAG_PATH, Fault(stall=release))
    proc = subprocess.Popen(cmd(setup), env=setup["env"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert net.stalled.wait(15), "the poller never asked for the timeline"
        proc.send_signal(signal.SIGTERM)
        time.sleep(0.3)
        assert proc.poll() is None  # still finishing the batch in hand
        release.set()
        out, err = proc.communicate(timeout=15)
    finally:
        release.set()
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "SIGTERM received: finishing the batch in hand" in err and "poller stopped" in err
    assert masto_ids(setup) == net.ids()  # the batch that was in flight was stored


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
def test_kill_9_mid_batch_then_resume_without_gap(net: FakeNet, setup: dict) -> None:
    net.add_statuses(10)
    assert poll_once(setup).returncode == 0
    net.add_statuses(100)
    release = __import__("threading").Event()
    # page 1 of the catch-up is served; page 2 stalls while the poller waits for it
    net.fault(TAG_PATH, Fault(), Fault(stall=release))
    proc = subprocess.Popen(cmd(setup, "--once"), env=setup["env"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        assert net.stalled.wait(15)
        wait_until(lambda: len(masto_ids(setup)) == 50)  # page 1 committed with its cursor
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=10)
    finally:
        release.set()
    with db(setup) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert masto_ids(setup) == net.ids()[:50]  # no half batch
    assert cursor_min_id(setup) == net.ids()[49]
    proc2 = poll_once(setup)
    assert proc2.returncode == 0, proc2.stderr
    assert masto_ids(setup) == net.ids()  # resumed from the cursor: no gap, no duplicate


def test_a_second_poller_refuses_and_names_the_first(net: FakeNet, setup: dict) -> None:
    net.add_statuses(3)
    first = subprocess.Popen(cmd(setup), env=setup["env"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        lock = setup["db"].with_name(setup["db"].name + ".poller.lock")
        wait_until(lambda: lock.exists() and f"pid {first.pid} " in lock.read_text())
        second = subprocess.run(cmd(setup, "--once"), env=setup["env"], capture_output=True, text=True, timeout=60)
        assert second.returncode == 2
        assert "a poller is already running on this database" in second.stderr
        assert f"pid {first.pid} " in second.stderr
    finally:
        first.send_signal(signal.SIGTERM)
        first.communicate(timeout=15)
    assert first.returncode == 0
