"""Live sync on PostgreSQL: another process hears a change by LISTEN/NOTIFY, not by polling a table.

A second process (standing in for another application server) opens the same database, primes its
`LiveSync` and waits on the store's NOTIFY; this process escalates a mention. The other process
must see the decision and the comms officers' urgent notification within a second.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from datetime import timedelta

import pytest

from brent_tui.domain.models import Role, Route
from brent_tui.domain.roles import Actor
from brent_tui.store import Store
from tests.conftest import BASE_TIME, DATA_NOW, decide, make_mention

CHILD = """
import asyncio, json, sys, time
from datetime import timedelta
from brent_tui.services.live import LiveSync
from brent_tui.store import Store

async def main(url):
    store = await Store.open(url, create=False)
    live = LiveSync(store, "comms", due_soon=timedelta(days=1))
    await live.prime()
    await store.data_version()  # listening from here on
    print("ready", flush=True)
    seen = set()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not {"decisions", "notifications"} <= seen:
        if await store.wait_for_change(5):
            seen |= {str(e) for e in await live.poll()}
            print(json.dumps({"at": time.time(), "seen": sorted(seen)}), flush=True)
    await store.close()

asyncio.run(main(sys.argv[1]))
"""


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_an_escalation_reaches_another_application_server_within_a_second(postgres) -> None:
    url = postgres.new_database()
    store = await Store.open(url)
    try:
        await store.ingest([make_mention(1, text="no one has seen the lady at number 9 since Friday")])
        child = await asyncio.create_subprocess_exec(sys.executable, "-c", CHILD, url,
                                                     stdout=asyncio.subprocess.PIPE)
        assert child.stdout is not None
        assert (await asyncio.wait_for(child.stdout.readline(), 30)).strip() == b"ready"
        webby = Actor(login="webby", role=Role.WEB_TEAM)
        sent = time.time()
        await decide(store, webby, 1, Route.ESCALATE, now=BASE_TIME + timedelta(days=2), comms=["comms"])
        heard: dict = {}
        while not {"decisions", "notifications"} <= set(heard.get("seen", [])):
            line = await asyncio.wait_for(child.stdout.readline(), 15)
            assert line, "the other process stopped before it heard the escalation"
            heard = json.loads(line)
        await child.wait()
    finally:
        await store.close()
    assert heard["at"] - sent < 1.0, f"heard after {heard['at'] - sent:.2f} s"


async def test_the_poller_runs_on_postgresql_and_a_lost_lock_is_noticed(postgres, tmp_path) -> None:
    """The poller on a PostgreSQL URL takes the advisory lock and releases it; a lock whose connection
    the server dropped says it is lost (the poller then stops: two must never run)."""
    import psycopg

    from brent_tui.config import Config
    from brent_tui.jobs.locks import PgLock, held_elsewhere
    from brent_tui.jobs.poller import run_poller

    url = postgres.new_database()
    await run_poller(url, Config(), {}, once=True, state_dir=tmp_path)
    assert not held_elsewhere(url)
    lock = PgLock(url).acquire()
    try:
        assert held_elsewhere(url) and not lock.lost()
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name LIKE "
                          "'brent-tui a poller%%' AND pid <> pg_backend_pid()")
        assert lock.lost() and not held_elsewhere(url)
    finally:
        lock.release()
