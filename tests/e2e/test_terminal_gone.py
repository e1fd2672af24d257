"""A session whose terminal goes away (an SSH connection dropped, a tmux window killed) leaves: it does not
spin on end-of-file for nobody on the shared server, and it releases what the officer held.

The app here runs in its own session with no controlling terminal, as under `make` or a wrapper
script: no SIGHUP reaches it when the terminal is hung up, so only noticing that its input is no
longer a terminal can tell it (`brent_tui.terminal.TerminalWatch`)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from brent_tui.store import presence
from tests.e2e.terminal import Terminal, app_args
from tests.e2e.test_hostile_bytes import _build

pytestmark = pytest.mark.slow


def test_a_session_leaves_when_its_terminal_is_hung_up(tmp_path: Path) -> None:
    db, config = _build(tmp_path)
    term = Terminal(app_args(db, config, "--no-poll"))
    try:
        term.wait_for(r"F1 Feed", timeout=30)
        term.pump(1.0)
        assert [p for p in presence.others(db) if p.pid == term.proc.pid], "the session did not join"
        os.close(term._master)  # the terminal hangs up
        started = time.monotonic()
        code = term.proc.wait(timeout=15)
        assert time.monotonic() - started < 10
        assert code == 129, code  # left the ordinary way, saying why
        assert not [p for p in presence.others(db) if p.pid == term.proc.pid], "the session still holds the database"
    finally:
        if term.proc.poll() is None:
            term.proc.kill()
            term.proc.wait(timeout=10)

