"""Run inside a fresh process: open the real app headless on a database and measure it.

`python -m benchmarks.probe_app DB CONFIG T0 [--tabs N] [--scroll N] [--triage N]` prints one
JSON line: the time from `T0` (the parent's clock just before it started this process) to the
feed painted with the newest mentions; for each tab, key pressed → the tab painted with its data
(`N` rounds through every tab, the first of them each tab's first showing); feed scroll and
triage keypress latencies; and the process's resident memory.

Keys are delivered as the terminal driver delivers them (a `Key` event posted to the app),
and "painted" is the moment the app composes the next frame for the terminal (the headless
driver then skips only the write). Pilot's `press` is not used for timing: it also waits for
the whole process to fall idle, which measures the test harness, not the app.
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import json
import time
from pathlib import Path

from textual import events

SCROLL_PACE = float(__import__("os").environ.get("BRENT_BENCH_PACE", "0.05"))
TAB_PACE = float(__import__("os").environ.get("BRENT_BENCH_TAB_PACE", "0.3"))  # a person reading the tab


def _rss_mb() -> tuple[float, float]:
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


class Frames:
    """Records when the app composes a frame for the terminal, and what it showed.

    `state()` is read as each frame is composed (the highlighted mention's id, say), so a
    frame counts for a key only if it already shows the key's effect.
    """

    def __init__(self, app) -> None:
        self.frames: list[tuple[float, object]] = []
        self.state = lambda: None
        original = app._display

        def display(screen, renderable):
            if renderable is not None:
                self.frames.append((time.perf_counter(), self.state()))
            return original(screen, renderable)

        app._display = display

    async def showing(self, start: float, changed, timeout: float = 10.0) -> float:
        """The first frame after `start` whose state satisfies `changed`."""
        deadline = time.perf_counter() + timeout
        first = bisect.bisect_left(self.frames, start, key=lambda frame: frame[0])
        while True:
            for at, state in self.frames[first:]:
                if changed(state):
                    return at
            if time.perf_counter() > deadline:
                raise TimeoutError("no frame showed the change")
            await asyncio.sleep(0.0005)


async def _until(predicate, timeout: float = 30.0) -> float:
    deadline = time.perf_counter() + timeout
    while not predicate():
        if time.perf_counter() > deadline:
            raise TimeoutError("the screen did not show what was expected in time")
        await asyncio.sleep(0.0005)
    return time.perf_counter()


def _key(app, key: str, character: str | None = None) -> float:
    start = time.perf_counter()
    app.post_message(events.Key(key, character))
    return start


def _tab_state(app) -> tuple[str, bool] | None:
    """(the tab in front, whether it shows its data): read as each frame is composed."""
    if not app.ready:
        return None
    screen = app.screen
    return getattr(screen, "MODE", ""), bool(getattr(screen, "loaded", False))


async def _tab_switches(app, frames: Frames, rounds: int) -> dict[str, list[float]]:
    """Key (F2…F6, then F1) → the first frame showing the tab, and the first showing it with its data,
    `rounds` times round (the first round is each tab's first showing: its screen is built then)."""
    from brent_tui.tabs import TABS

    order = [*TABS[1:], TABS[0]]
    samples: dict[str, list[float]] = {tab.name: [] for tab in order}
    painted: dict[str, list[float]] = {tab.name: [] for tab in order}
    frames.state = lambda: _tab_state(app)
    for _ in range(rounds):
        for tab in order:
            start = _key(app, tab.key)
            frame = await frames.showing(start, lambda state, name=tab.name: state == (name, True), timeout=60.0)
            first = await frames.showing(start, lambda state, name=tab.name: state is not None and state[0] == name)
            samples[tab.name].append((frame - start) * 1000)
            painted[tab.name].append((first - start) * 1000)
            await asyncio.sleep(TAB_PACE)
    return {"data": samples, "painted": painted}


async def probe(db: Path | str, config_path: Path, t0: float, scroll: int, triage: int, tabs: int = 0) -> dict:
    from brent_tui.app import BrentApp
    from brent_tui.config import load_config
    from brent_tui.widgets.mention_list import MentionList

    config, files = load_config(config_path)
    login = next(login for login, p in config.people.items() if p.role.value == "web_team")
    app = BrentApp(config, db_path=db, actor=config.actor(login), config_files=files, run_poller=False)
    out: dict = {}
    async with app.run_test(size=(120, 40)):
        frames = Frames(app)

        def highlighted_id():
            lists = app.screen.query(MentionList) if app.ready else []
            return lists.first().highlighted.id if lists and lists.first().highlighted else None

        frames.state = highlighted_id
        painted = await frames.showing(0.0, lambda state: state is not None, timeout=30.0)
        out["cold_start_s"] = time.time() - (time.perf_counter() - painted) - t0
        feed_list = app.screen.query_one(MentionList)

        if tabs:
            await asyncio.sleep(1.0)  # the first page settles (detail, counts) as it would while a person reads
            switches = await _tab_switches(app, frames, tabs)
            out["tab_ms"], out["tab_painted_ms"] = switches["data"], switches["painted"]
            frames.state = highlighted_id

        # Deep end: jump to the oldest page, then page up through it.
        _key(app, "G", "G")
        await _until(lambda: feed_list.highlighted is not None and feed_list.highlighted.id < 1000)
        await asyncio.sleep(1.5)  # the jump settles (page, detail pane) as it would while a person reads
        samples = []
        for _ in range(scroll):
            before = feed_list.highlighted.id if feed_list.highlighted else None
            start = _key(app, "pageup")
            frame = await frames.showing(start, lambda state, b=before: state is not None and state != b)
            samples.append((frame - start) * 1000)
            await asyncio.sleep(SCROLL_PACE)  # a person's pace, and room for the page fetch
        out["scroll_ms"] = samples

        if triage:
            out["triage_ms"] = await _triage(app, frames, triage)
        rss, hwm = _rss_mb()
        out["rss_mb"], out["hwm_mb"] = rss, hwm
    return out


def _focus(screen):
    """The QueueItem the triage screen is showing."""
    return getattr(screen, "focus_item", None)


async def _triage(app, frames: Frames, count: int) -> list[float]:
    """Key `1` → decision committed → the next mention painted, `count` times."""
    _key(app, "f2")
    await _until(lambda: type(app.screen).__name__ == "TriageScreen" and _focus(app.screen) is not None)
    await asyncio.sleep(1.0)
    screen = app.screen
    store = app.store
    committed: dict[int, float] = {}
    original = store.decide

    async def decide(actor, plan, *args, **kwargs):  # the store's decide takes the route plan
        result = await original(actor, plan, *args, **kwargs)
        committed[plan.mention_id] = time.perf_counter()
        return result

    store.decide = decide
    frames.state = lambda: _focus(screen).mention.id if _focus(screen) is not None else None
    samples = []
    for _ in range(count):
        item = _focus(screen)
        if item is None:
            break
        mention_id = item.mention.id
        start = _key(app, "1", "1")
        painted = await frames.showing(start, lambda state, m=mention_id: state is not None and state != m)
        done = await _until(lambda m=mention_id: m in committed)
        samples.append((max(painted, done) - start) * 1000)
        await asyncio.sleep(0.05)
    return samples


def _location(value: str) -> Path | str:
    return value if value.startswith(("postgresql://", "postgres://")) else Path(value)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=_location)
    parser.add_argument("config", type=Path)
    parser.add_argument("t0", type=float)
    parser.add_argument("--scroll", type=int, default=30)
    parser.add_argument("--triage", type=int, default=0)
    parser.add_argument("--tabs", type=int, default=0, help="rounds through every tab, timing each switch")
    args = parser.parse_args()
    print(json.dumps(asyncio.run(probe(args.db, args.config, args.t0, args.scroll, args.triage, args.tabs))))


if __name__ == "__main__":
    main()
