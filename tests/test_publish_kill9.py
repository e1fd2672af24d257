"""kill -9 of the publisher mid-request, with confirmation slow: every network posts exactly once.

Each run: a publisher process claims a due post and sends it to a 127.0.0.1 stand-in that makes the
post, then holds its answer; the process is killed (SIGKILL) at a random moment in that hold. The
account's timeline lags behind (X, Mastodon, Facebook) or the feed shows nothing (Bluesky). Later
publisher runs, past the lease, must find the post and record it (or, on Mastodon, repeat it with the
same Idempotency-Key, which returns the first) — never post it twice — whatever the moment of the kill.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from brent_tui.domain.models import CouncilAccount, Platform, PostStatus, Role, TargetStatus
from brent_tui.domain.roles import Actor
from brent_tui.services.publisher import LEASE, publish_due
from brent_tui.store import Store
from brent_tui.store.posts import PostDraft
from tests.stand_ins import T0, Network

RUNS = 10
WEB = Actor(login="webby", role=Role.WEB_TEAM)

CHILD = """
import asyncio, sys
from brent_tui.services.publisher import publish_due
from brent_tui.store import Store
from tests.stand_ins import T0, Network

async def main(db, url, account, platform):
    net = Network.__new__(Network)  # only its connector factories: the server runs in the test
    net.url = url
    async with await Store.open(db) as store:
        conn = getattr(net, platform)(T0)
        async with conn:
            await publish_due(store, {int(account): conn}, now=T0)

asyncio.run(main(*sys.argv[1:]))
"""


def _run_child_and_kill(db: Path, net: Network, account: int, platform: str, rng: random.Random) -> None:
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(db), net.url, str(account), platform],
                            cwd=Path(__file__).resolve().parents[1], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        assert net.arrived.wait(30), "the publisher never sent the post"
        time.sleep(rng.uniform(0.0, net.slow_reply * 0.8))  # somewhere while the network holds its answer
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(10)


async def _one_run(tmp_path: Path, platform: Platform, handle: str, run: int, rng: random.Random) -> None:
    net = Network()
    net.slow_reply = 0.6
    try:
        db = tmp_path / f"{platform.value}-{run}.sqlite"
        async with await Store.open(db) as store:
            account = await store.upsert_account(CouncilAccount(platform=platform, handle=handle, service="Web"),
                                                 "setup")
            assert account.id is not None
            post = await store.save_post(WEB, PostDraft(body=f"Bank holiday bin collections, notice {run}",
                                                        account_ids=[account.id], scheduled_at=T0))
        await asyncio.to_thread(_run_child_and_kill, db, net, account.id, platform.value, rng)
        net.slow_reply = 0.0
        async with await Store.open(db) as store:
            for minutes, visible in ((3, False), (5, False), (8, True)):  # past the lease; the timeline catches up
                net.visible = visible
                now = T0 + LEASE + timedelta(minutes=minutes)
                conn = getattr(net, platform.value)(now)
                async with conn:
                    await publish_due(store, {account.id: conn}, now=now)
            stored = await store.post(post.id or 0)
        made = {Platform.X: len(net.tweets), Platform.BLUESKY: len(net.records), Platform.MASTODON: len(net.statuses),
                Platform.FACEBOOK: len(net.page_posts)}[platform]
        assert made == 1, f"run {run}: {made} posts made"
        assert stored is not None and stored.targets[0].status is TargetStatus.PUBLISHED, f"run {run}: {stored}"
        assert stored.status is PostStatus.PUBLISHED
    finally:
        net.close()


@pytest.mark.parametrize(("platform", "handle"), [
    (Platform.X, "@BrentCouncil"), (Platform.BLUESKY, "brent.gov.uk"), (Platform.MASTODON, "@brent@mastodon.example"),
    (Platform.FACEBOOK, "brentcouncil"),
], ids=["x", "bluesky", "mastodon", "facebook"])
async def test_kill_9_mid_request_with_slow_confirmation_posts_exactly_once(tmp_path: Path, platform: Platform,
                                                                           handle: str) -> None:
    rng = random.Random(20261207)
    for run in range(RUNS):
        await _one_run(tmp_path, platform, handle, run, rng)
