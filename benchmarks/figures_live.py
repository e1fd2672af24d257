"""Live sync between two processes: how soon one officer's session sees another's decision.

A second process opens the database and watches as the app does (`LiveSync`): on SQLite at the
app's tick (`live_interval_seconds`, 1 s), probing `PRAGMA data_version`; on PostgreSQL woken by
NOTIFY. This process decides mentions one at a time; the delay is from the commit returning here
to the other process having read the decision from the change log.
"""

from __future__ import annotations

import asyncio
import random
import sys
import time
from pathlib import Path

from benchmarks.common import Figure

WATCHER = """
import asyncio, sys, time
from datetime import timedelta
from brent_tui.domain.entities import Entity
from brent_tui.services.live import LiveSync
from brent_tui.store import Store

async def main(where, tick):
    store = await Store.open(where, create=False)
    live = LiveSync(store, "watcher", due_soon=timedelta(days=1))
    await live.prime()
    await store.data_version()
    print("ready", flush=True)
    while True:
        if store.postgres:
            await store.wait_for_change(tick)
        else:
            await asyncio.sleep(tick)
        if Entity.DECISIONS in await live.poll():
            print(time.time(), flush=True)

asyncio.run(main(sys.argv[1], float(sys.argv[2])))
"""


async def _live(where: Path | str, changes: int, tick: float) -> list[float]:
    from brent_tui import clock
    from brent_tui.config import SlaConfig
    from brent_tui.domain.models import Role
    from brent_tui.domain.roles import Actor
    from brent_tui.domain.routing import plan_route
    from brent_tui.store import Store

    actor = Actor(login="bench", name="Bench", role=Role.WEB_TEAM, department="Web")
    rng = random.Random(3)
    delays: list[float] = []
    async with await Store.open(where, create=False) as store:
        items = await store.queue("bench", now=clock.now(), limit=changes)
        watcher = await asyncio.create_subprocess_exec(sys.executable, "-c", WATCHER, str(where), str(tick),
                                                       stdout=asyncio.subprocess.PIPE)
        assert watcher.stdout is not None
        try:
            assert (await asyncio.wait_for(watcher.stdout.readline(), 60)).strip() == b"ready"
            for item in items:
                plan = plan_route(1, item.mention, actor, now=clock.now(), reason="bench", sla=SlaConfig())
                await store.decide(actor, plan, expected_version=item.mention.version, now=clock.now())
                sent = time.time()
                seen = float((await asyncio.wait_for(watcher.stdout.readline(), 30)).strip())
                delays.append((seen - sent) * 1000)
                await asyncio.sleep(rng.uniform(0.1, 0.4))
        finally:
            watcher.kill()
            await watcher.wait()
    return delays


def live_sync_figure(where: Path | str, *, changes: int = 20, tick: float = 1.0) -> Figure:
    delays = asyncio.run(_live(where, changes, tick))
    how = "NOTIFY" if isinstance(where, str) else f"the app's {tick:g} s tick"
    fig = Figure("live sync: a decision in one process → read by another", "ms", 1000, "lower", samples=delays,
                 stat="p95", note=f"{len(delays)} decisions; the other process woken by {how}")
    fig.value = fig.summary()["p95"]
    return fig
