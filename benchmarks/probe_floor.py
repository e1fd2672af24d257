"""The machine's floor, run inside a fresh process: a minimal Textual app, measured as the app is.

`python -m benchmarks.probe_floor T0 [--keys N]` prints one JSON line: the time from `T0` (the
parent's clock just before it started this process) to the first frame painted, and the times from
a key to the frame that shows its effect. The app is one line of text and a key that changes it:
what any Textual app on this machine pays for Python, Textual and a frame, with nothing of
brent-tui in it. The app's own figures are printed beside these, since machines here differ by
2× or more.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time

from textual.app import App, ComposeResult
from textual.widgets import Static

from benchmarks.probe_app import Frames, _key

KEY_PACE = 0.02  # seconds between keys: the frame of one key is painted before the next


class Floor(App[None]):
    """One line of text; `x` counts up."""

    BINDINGS = [("x", "bump", "Bump")]

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def compose(self) -> ComposeResult:
        yield Static("0", id="count")

    def action_bump(self) -> None:
        self.count += 1
        self.query_one("#count", Static).update(str(self.count))


async def probe(t0: float, keys: int) -> dict:
    app = Floor()
    out: dict = {}
    async with app.run_test(size=(120, 40)):
        frames = Frames(app)
        frames.state = lambda: app.count if app.screen.query("#count") else None
        painted = await frames.showing(0.0, lambda state: state is not None, timeout=30.0)
        out["start_s"] = time.time() - (time.perf_counter() - painted) - t0
        await asyncio.sleep(0.2)
        samples = []
        for _ in range(keys):
            before = app.count
            start = _key(app, "x", "x")
            frame = await frames.showing(start, lambda state, b=before: state is not None and state > b)
            samples.append((frame - start) * 1000)
            await asyncio.sleep(KEY_PACE)
        out["key_ms"] = samples
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("t0", type=float)
    parser.add_argument("--keys", type=int, default=50)
    args = parser.parse_args()
    print(json.dumps(asyncio.run(probe(args.t0, args.keys))))


if __name__ == "__main__":
    main()
