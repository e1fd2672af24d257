"""What every Pilot test waits for, in one place: the app ready, the app settled after a key,
a condition on screen; how it presses many keys quickly; and what it reads: the screen's text."""

from __future__ import annotations

import asyncio
import time
import unicodedata
from collections.abc import Callable

from textual import events
from textual.keys import REPLACED_KEYS, _character_to_key, _get_unicode_name_from_key
from textual.worker import WorkerCancelled, WorkerState

WORKERS_TIMEOUT = 30.0  # a commit may sit out SQLite's 10 s busy timeout and retry


def running_workers(app) -> list:
    return [w for w in app.workers if w.state is WorkerState.RUNNING]


async def wait_for_workers(app, timeout: float = WORKERS_TIMEOUT) -> None:
    """Until no worker is running, including any started meanwhile.

    Unlike Textual's `wait_for_complete`, a worker cancelled on the way is no failure: an
    exclusive group cancels its running worker whenever a newer one starts (a second key
    before the first page arrived), and the newer one is then waited for. A worker that
    failed still fails the test.
    """
    deadline = time.monotonic() + timeout
    while running := running_workers(app):
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"workers still running after {timeout:.0f} s: {[w.name for w in running]}")
        outcomes = await asyncio.wait_for(asyncio.gather(*(w.wait() for w in running), return_exceptions=True),
                                          left)
        for outcome in outcomes:
            if isinstance(outcome, BaseException) and not isinstance(outcome, WorkerCancelled):
                raise outcome


def _detail_pending(app) -> bool:
    """The Feed's detail pane waits for the cursor to rest (`DETAIL_DEBOUNCE`) before it loads."""
    return getattr(app.screen, "_detail_wanted", None) is not None


async def settle(app, pilot, timeout: float = WORKERS_TIMEOUT) -> None:
    """Until the app is quiet: pending messages handled, every worker finished, what their
    results started finished too, and the Feed's detail pane caught up with the cursor."""
    deadline = time.monotonic() + timeout
    await pilot.pause()
    while running_workers(app) or _detail_pending(app):
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"the app did not settle in {timeout:.0f} s")
        if running_workers(app):
            await wait_for_workers(app, left)
        else:
            await pilot.pause(0.02)
        await pilot.pause()


def _key_event(key: str):
    """The Key event the terminal driver would post for `key` (built as Pilot builds it)."""
    if len(key) == 1 and not key.isalnum():
        key = _character_to_key(key)
    try:
        char = unicodedata.lookup(_get_unicode_name_from_key(REPLACED_KEYS.get(key, key)))
    except KeyError:
        char = key if len(key) == 1 else None
    return events.Key(key, char)


async def press_quickly(app, pilot, *keys: str) -> None:
    """Keys as a terminal delivers them to the running app, each handled before the next.

    Pilot's `press` also waits after every key until the whole process has been idle for
    20 ms (40 ms a key at best, far more while commits and repaints run), which made a test
    of 300 keys take 40 s. Here a key waits only for the app and the screen to handle it
    (and what it forwarded to the focused widget): what it started may still be running,
    as when a person presses keys quickly. `settle` waits for that.
    """
    for key in keys:
        app.post_message(_key_event(key))
        await pilot.pause(0)  # the app has handled the key and forwarded it
        await pilot.pause(0)  # the screen or focused widget has handled it


async def wait_until(pilot, predicate: Callable[[], object], timeout: float = 5.0) -> bool:
    """Whether `predicate` came to hold within `timeout` seconds while the app ran."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            return bool(predicate())
        await pilot.pause(0.02)
    return True


async def wait_ready(app, pilot) -> None:
    """The app has opened its database and drawn its first screen."""
    assert await wait_until(pilot, lambda: app.ready), "the app did not get ready"
    await pilot.pause()


async def open_triage(app, pilot):
    """F2 on a ready app; → the Triage screen once its queue has loaded."""
    await wait_ready(app, pilot)
    await pilot.press("f2")
    screen = app.screen
    await wait_until(pilot, lambda: getattr(screen, "loaded", False) and (screen.items or screen.queue_total == 0))
    await pilot.pause()
    return screen


def screen_text(app) -> str:
    """Everything the screen shows, as text (what a person would read)."""
    from textual.widgets import Static

    return "\n".join(str(widget.render()) for widget in app.screen.query("*") if isinstance(widget, Static))


def screen_lines(app) -> list[str]:
    """The screen in front as the terminal gets it, one string per row."""
    update = app.screen._compositor.render_full_update()
    return ["".join(segment.text for strip in line for segment in strip) for line in update.strips]
