"""The poller against a misbehaving network: every fault is survived, waited out, said in words, stored never.

The server is tests/e2e/fakenet.py's Mastodon stand-in on 127.0.0.1, with the faults below HTTP
(slow drip, reset, hang, huge bodies) from tests/faults/server.py. The poller runs in-process
(`run_poller(once=True)` — what `brent-tui poll --once` runs; the subprocess form is covered in
tests/e2e/test_poll_e2e.py), so each fault costs milliseconds, not an interpreter start.

For each fault: the cycle reports FAILED in words; the health record's `last_error` says what
happened, `next_attempt_at` is the network's Retry-After or the jittered exponential backoff
(30 s · 2^(n-1) · 0.5–1.0), `failures` counts up; no mention and no cursor from the faulty reply
is stored. After the faults, one good cycle brings every status in, once.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from brent_tui.config import Config
from brent_tui.jobs.poller import BACKOFF_BASE, run_poller
from tests.conftest import DATA_NOW
from tests.e2e.fakenet import Fault
from tests.faults.server import Drip, FaultyNet, Hang, Huge, Reset

pytestmark = pytest.mark.slow

TAG = "/api/v1/timelines/tag/brentbins"
TOKEN = "faults-token-Zq81xV0pLw"
TIMEOUT = 0.8


@pytest.fixture
def net() -> Iterator[FaultyNet]:
    server = FaultyNet().start()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def config(net: FaultyNet) -> Config:
    return Config.model_validate({
        "app": {"poll_in_app": False},
        "connectors": [{
            "name": "masto", "type": "mastodon", "base_url": net.base, "hashtags": ["brentbins"],
            "token_env": "FAULTS_TOKEN", "timeout_seconds": TIMEOUT, "interval_seconds": 15,
        }],
    })


async def poll(db: Path, config: Config, tmp_path: Path):
    return await run_poller(db, config, {"FAULTS_TOKEN": TOKEN}, once=True, handle_signals=False,
                            state_dir=tmp_path / "state")


def health(db: Path) -> dict:
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    try:
        row = dict(con.execute("SELECT * FROM connector_state WHERE name = 'masto'").fetchone())
    finally:
        con.close()
    row["extra"] = json.loads(row["extra"] or "{}")
    return row


def stored_ids(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    try:
        return [r[0] for r in con.execute(
            "SELECT platform_id FROM mentions ORDER BY CAST(platform_id AS INTEGER)")]
    finally:
        con.close()


def at(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)


def clear_hold(db: Path) -> None:
    """Let the next --once try at once (as if the wait had passed)."""
    con = sqlite3.connect(db)
    try:
        con.execute("UPDATE connector_state SET next_attempt_at = NULL WHERE name = 'masto'")
        con.commit()
    finally:
        con.close()


FAULTS = [
    # (id, how to inject, words in the health message, Retry-After seconds or None for backoff)
    ("timeout", lambda n: n.low_fault(TAG, Hang(TIMEOUT * 3)), ["network trouble", "timed out"], None),
    ("slow-drip", lambda n: n.low_fault(TAG, Drip(0.3, b" ", 30)), ["network trouble", "timed out"], None),
    ("reset", lambda n: n.low_fault(TAG, Reset()), ["network trouble", "network error"], None),
    ("429-retry-after", lambda n: n.fault(TAG, Fault(429, {"Retry-After": "120"}, b'{"error":"Too many requests"}')),
     ["rate limited", "as the network asked"], 120),
    ("429-no-retry-after", lambda n: n.fault(TAG, Fault(429, {}, b'{"error":"Too many requests"}')),
     ["rate limited"], None),
    ("500", lambda n: n.fault(TAG, Fault(500, {}, b'{"error":"Internal server error"}')),
     ["network trouble", "server error"], None),
    ("503-retry-after", lambda n: n.fault(TAG, Fault(503, {"Retry-After": "90"}, b"busy")),
     ["network trouble", "HTTP 503"], 90),
    ("502-html-page", lambda n: n.fault(TAG, Fault(502, {"Content-Type": "text/html"},
                                                   b"<html><title>Bad Gateway</title><body>nginx</body></html>")),
     ["network trouble", "HTTP 502", "Bad Gateway"], None),
    ("200-html-page", lambda n: n.fault(TAG, Fault(200, {"Content-Type": "text/html"},
                                                   b"<!doctype html><title>Guest wifi login</title>")),
     ["unexpected response, batch skipped", "HTML page", "Guest wifi login"], None),
    ("truncated", lambda n: n.fault(TAG, Fault(truncate=True)), ["unexpected response", "truncated JSON"], None),
    ("huge-declared", lambda n: n.low_fault(TAG, Huge(declared=True)), ["unexpected response", "too large"], None),
    ("huge-streamed", lambda n: n.low_fault(TAG, Huge(declared=False)), ["unexpected response", "too large"], None),
    ("wrong-content-type", lambda n: n.fault(TAG, Fault(200, {"Content-Type": "application/xml"},
                                                        b"<?xml version='1.0'?><statuses/>")),
     ["unexpected response", "content type"], None),
    ("json-wrong-shape", lambda n: n.fault(TAG, Fault(200, {}, b'{"statuses": "not a list"}')),
     ["unexpected response"], None),
    ("empty-body", lambda n: n.fault(TAG, Fault(200, {}, b"")), ["unexpected response", "empty body"], None),
]


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_every_fault_is_survived_waited_out_reported_and_stores_nothing(
    net: FaultyNet, config: Config, tmp_path: Path
) -> None:
    db = tmp_path / "faults.sqlite"
    net.add_statuses(5)
    report = await poll(db, config, tmp_path)
    assert report.outcomes["masto"].inserted == 5, report.summary()
    good = health(db)
    good_cursor = good["cursor"]
    for failures, (fault_id, inject, words, retry_after) in enumerate(FAULTS, start=1):
        net.add_statuses(2)  # published meanwhile: must not arrive through a faulty reply
        inject(net)
        report = await poll(db, config, tmp_path)  # never raises: the cycle reports
        outcome = report.outcomes["masto"]
        assert outcome.error, f"{fault_id}: {report.summary()}"
        assert "FAILED" in report.summary()
        h = health(db)
        for w in words:
            assert w in h["last_error"], f"{fault_id}: {w!r} not in {h['last_error']!r}"
        assert TOKEN not in h["last_error"] and "None" not in h["last_error"] and "<html" not in h["last_error"]
        assert h["failures"] == failures, fault_id
        assert h["cursor"] == good_cursor, f"{fault_id}: the cursor moved on a faulty reply"
        assert len(stored_ids(db)) == 5, f"{fault_id}: something of the faulty reply was stored"
        wait = (at(h["next_attempt_at"]) - at(h["last_error_at"])).total_seconds()
        if retry_after is not None:
            assert abs(wait - retry_after) <= 2, (fault_id, wait)
        else:
            full = min(3600.0, BACKOFF_BASE * 2 ** (failures - 1))
            assert full * 0.5 - 1 <= wait <= full + 1, (fault_id, failures, wait)
        assert h["extra"].get("hold") == ("rate_limited" if fault_id.startswith("429") else None), fault_id
        if fault_id.startswith("429"):
            again = await poll(db, config, tmp_path)  # the network said "not before": no request made
            assert again.outcomes["masto"].skipped and "not before" in again.summary()
            clear_hold(db)
    # recovered: everything published meanwhile arrives, once, and the record says so
    report = await poll(db, config, tmp_path)
    assert not report.outcomes["masto"].error, report.summary()
    assert stored_ids(db) == sorted(net.ids(), key=int)
    h = health(db)
    assert h["failures"] == 0 and h["last_success_at"] >= h["last_error_at"]


async def test_a_long_running_poller_keeps_running_through_a_fault(
    net: FaultyNet, config: Config, tmp_path: Path
) -> None:
    import asyncio

    db = tmp_path / "forever.sqlite"
    net.add_statuses(3)
    net.low_fault(TAG, Reset())
    stop = asyncio.Event()
    task = asyncio.create_task(run_poller(db, config, {"FAULTS_TOKEN": TOKEN}, stop=stop, handle_signals=False,
                                          state_dir=tmp_path / "state"))
    try:
        for _ in range(200):
            await asyncio.sleep(0.02)
            if _failed(db):
                break
        assert _failed(db), "the reset was never recorded"
        await asyncio.sleep(0.2)
        assert not task.done(), "the poller stopped after a network fault"
    finally:
        stop.set()
        await asyncio.wait_for(task, 10)
    assert health(db)["failures"] == 1 and stored_ids(db) == []


def _failed(db: Path) -> bool:
    try:
        return health(db)["failures"] >= 1
    except (sqlite3.Error, TypeError):
        return False
