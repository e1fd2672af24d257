"""What tests that start brent-tui in child processes share: their environment and waiting for them.
(Pilot tests have their own: tests/tui/helpers.py.)"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def child_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment for a brent-tui child process: its own BRENT_TUI_HOME, no proxy (its
    servers are on 127.0.0.1), the tests importable, output line by line as it happens."""
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.update(BRENT_TUI_HOME=str(home), NO_PROXY="127.0.0.1", PYTHONUNBUFFERED="1", PYTHONPATH=str(ROOT), **extra)
    return env


def wait_until(predicate: Callable[[], object], timeout: float = 10.0, what: str = "the condition") -> None:
    """Polls `predicate` every 20 ms; fails the test after `timeout` seconds."""
    end = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > end:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.02)
