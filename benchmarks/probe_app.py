"""Run inside a fresh process: open the real app headless on a database and measure it.

`python -m benchmarks.probe_app DB CONFIG T0 [--triage N]` prints one JSON line with
the time from `T0` (the parent's clock just before it started this process) to the feed
painted with the newest mentions, feed scroll latencies at the deep end, triage keypress
latencies, and the process's resident memory.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from pathlib import Path


def _rss_mb() -> tuple[float, float]:
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


async def _until(pilot, predicate, timeout: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout
    while not predicate():
        if time.perf_counter() > deadline:
            raise TimeoutError("the screen did not show what was expected in time")
        await pilot.pause(0.001)


async def probe(db: Path, config_path: Path, t0: float, scroll: int, triage: int) -> dict:
    from brent_tui.app import BrentApp
    from brent_tui.config import load_config
    from brent_tui.widgets.mention_list import MentionList

    config, files = load_config(config_path)
    login = next(login for login, p in config.people.items() if p.role.value == "web_team")
    app = BrentApp(config, db_path=db, actor=config.actor(login), config_files=files, run_poller=False)
    out: dict = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await _until(pilot, lambda: app.ready and app.screen.query(MentionList)
                     and app.screen.query_one(MentionList).highlighted is not None)
        await pilot.pause()  # the frame with the rows
        out["cold_start_s"] = time.time() - t0
        feed_list = app.screen.query_one(MentionList)

        # Deep end: jump to the oldest page, then page up through it.
        await pilot.press("G")
        await app.workers.wait_for_complete()
        await pilot.pause()
        samples = []
        for _ in range(scroll):
            before = feed_list.highlighted.id if feed_list.highlighted else None
            start = time.perf_counter()
            await pilot.press("pageup")
            await _until(pilot, lambda b=before: feed_list.highlighted is not None and feed_list.highlighted.id != b)
            await app.workers.wait_for_complete()
            await pilot.pause()
            samples.append((time.perf_counter() - start) * 1000)
        out["scroll_ms"] = samples

        if triage:
            out["triage_ms"] = await _triage(app, pilot, triage)
        rss, hwm = _rss_mb()
        out["rss_mb"], out["hwm_mb"] = rss, hwm
    return out


def _focus(screen):
    """The mention in the triage screen's focus (the QueueItem the screen is showing)."""
    return getattr(screen, "focus_item", None)


async def _triage(app, pilot, count: int) -> list[float]:
    """Keypress `1` → decision committed → the next mention painted, `count` times."""
    await pilot.press("f2")
    screen = app.screen
    await _until(pilot, lambda: _focus(screen) is not None)
    await pilot.pause()
    store = app.store
    samples = []
    for _ in range(count):
        item = _focus(screen)
        if item is None:
            break
        mention_id = item.mention.id
        start = time.perf_counter()
        await pilot.press("1")
        await _until(pilot, lambda m=mention_id: _focus(screen) is not None and _focus(screen).mention.id != m)
        await app.workers.wait_for_complete()  # the commit
        await pilot.pause()  # the painted frame
        samples.append((time.perf_counter() - start) * 1000)
        decided = await store._fetchval("SELECT count(*) FROM decisions WHERE mention_id = ?", (mention_id,))
        if not decided:
            raise RuntimeError(f"mention {mention_id}: no decision committed")
    return samples


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("config", type=Path)
    parser.add_argument("t0", type=float)
    parser.add_argument("--scroll", type=int, default=30)
    parser.add_argument("--triage", type=int, default=0)
    args = parser.parse_args()
    print(json.dumps(asyncio.run(probe(args.db, args.config, args.t0, args.scroll, args.triage))))


if __name__ == "__main__":
    main()
