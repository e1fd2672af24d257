"""Review 2: the workstation started with its input not a terminal (`brent-tui < /dev/null`, `ssh host
brent-tui` without -t, a cron line) says so in one line and leaves. Before, Textual's input thread read
end-of-file in a loop at a whole core, for nobody, until killed: `TerminalWatch` only watches a terminal
the session started with."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.terminal import app_args
from tests.e2e.test_hostile_bytes import _build

pytestmark = pytest.mark.slow


def test_review2_the_workstation_with_no_terminal_for_its_keys_says_so_and_leaves(tmp_path: Path) -> None:
    db, config = _build(tmp_path)
    master, slave = pty.openpty()  # output on a terminal; input from nowhere
    proc = subprocess.Popen([sys.executable, "-m", "brent_tui", *app_args(db, config, "--no-poll")],
                            stdin=subprocess.DEVNULL, stdout=slave, stderr=slave, close_fds=True,
                            start_new_session=True, env={**os.environ, "TERM": "xterm-256color"})
    os.close(slave)
    out = bytearray()
    try:
        deadline = time.monotonic() + 30
        while proc.poll() is None and time.monotonic() < deadline:
            if select.select([master], [], [], 0.2)[0]:
                try:
                    out += os.read(master, 65536)
                except OSError:
                    break
        assert proc.wait(timeout=5) == 2
        text = out.decode(errors="replace")
        assert "Traceback" not in text and "brent-tui: error: " in text and "terminal" in text, text
        assert len(text.strip().splitlines()) == 1, text
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
        os.close(master)
