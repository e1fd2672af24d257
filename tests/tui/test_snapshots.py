"""Snapshots of what an officer sees: each tab at 80×24 and 140×40, and the main dialogs at 80×24.

The screens run on demo data built once per session (or xdist worker) from a fixed seed and anchor
time, with the app's clock pinned at that anchor, so "x minutes ago", due dates and staffed hours
read the same whatever the time of the run (and whatever `--at` says). No poller, no live-sync tick
during the shot, no animation, no cursor blink. After a deliberate change to a screen:

    .venv/bin/python -m pytest tests/tui/test_snapshots.py --snapshot-update

then look at the changed SVGs under tests/tui/__snapshots__/ before committing them.
"""

from __future__ import annotations

import asyncio
import shutil
import time
import tomllib
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from textual.pilot import Pilot

from brent_tui.clock import PinnedClock
from brent_tui.config import Config
from brent_tui.jobs.demo import build_demo, demo_config_text
from brent_tui.tabs import TABS
from tests.conftest import DATA_NOW
from tests.tui.helpers import settle, wait_ready

#: The demo's anchor and the app's "now": a Wednesday in office hours, London on GMT.
NOW = datetime(2026, 11, 18, 10, 0, tzinfo=UTC)
OFFICER = "asingh"  # web team in the demo config: sees every tab and may act on each
SMALL, LARGE = (80, 24), (140, 40)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo database, built once; each test works on its own copy (the app writes)."""
    path = tmp_path_factory.mktemp("snapshot-demo") / "demo.sqlite"
    asyncio.run(build_demo(path, mentions=400, seed=7, now=NOW))
    return path


@pytest.fixture
def steady_stopwatch(monkeypatch: pytest.MonkeyPatch) -> None:
    """The Insights tab shows how long its queries took: the one figure that differs run to run."""
    from brent_tui.screens import insights

    monkeypatch.setattr(insights, "time", SimpleNamespace(perf_counter=lambda: 0.0, monotonic=time.monotonic))


@pytest.fixture
def demo_app(demo_template: Path, tmp_path: Path, steady_stopwatch: None) -> Callable[..., object]:
    """→ make(start_mode): the app on a copy of the demo, as the demo's web-team officer, clock pinned."""
    config = Config.model_validate(tomllib.loads(demo_config_text("")) | {"app": {"poll_in_app": False}})
    db_path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, db_path)

    def make(start_mode: str = "feed"):
        from brent_tui.app import BrentApp

        app = BrentApp(config, db_path=db_path, actor=config.actor(OFFICER), start_mode=start_mode,
                       run_poller=False, live_interval=3600, clock=PinnedClock(NOW))
        app.animation_level = "none"
        return app

    return make


async def steady(pilot: Pilot) -> None:
    """Ready and settled (the shared helpers), with no blinking cursor: a blink half a second
    later would change the picture."""
    app = pilot.app
    await wait_ready(app, pilot)
    await settle(app, pilot)
    for widget in app.screen.query("*"):
        if hasattr(widget, "cursor_blink"):
            widget.cursor_blink = False
            widget.notify_style_update()  # a TextArea keeps lines drawn while the cursor blinked off
            widget.refresh()
    await pilot.pause()


def after(*keys: str) -> Callable[[Pilot], Awaitable[None]]:
    """A `run_before`: steady, then each key and steady again after it."""

    async def run(pilot: Pilot) -> None:
        await steady(pilot)
        for key in keys:
            await pilot.press(key)
            await steady(pilot)

    return run


@pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "140x40"])
@pytest.mark.parametrize("tab", [tab.name for tab in TABS])
def test_tab(snap_compare, demo_app, tab: str, size: tuple[int, int]) -> None:
    assert snap_compare(demo_app(tab), terminal_size=size, run_before=after())


DIALOGS = {
    "help": ("feed", ("question_mark",)),
    "command-palette": ("feed", ("ctrl+p", "f", "o", "i")),  # typed: with no query, hits come in any order
    "notifications": ("feed", ("ctrl+n",)),
    "reply-draft": ("triage", ("r",)),
    "foi-case-form": ("foi", ("n",)),
    "composer": ("calendar", ("n",)),
    "suspend-reason": ("calendar", ("S",)),
}


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
@pytest.mark.parametrize("dialog", list(DIALOGS))
def test_dialog(snap_compare, demo_app, dialog: str) -> None:
    tab, keys = DIALOGS[dialog]
    assert snap_compare(demo_app(tab), terminal_size=SMALL, run_before=after(*keys))
