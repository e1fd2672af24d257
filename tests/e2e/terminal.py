"""The real app in a real pseudo-terminal: keys go in as bytes, the screen comes out as text.

For tests that must see what an officer sees, in a separate process that can be killed -9 at
any moment (Pilot runs the app inside the test's own process, so it cannot be killed).
"""

from __future__ import annotations

import fcntl
import os
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

# CSI … final byte, OSC … BEL/ST, and two-byte escapes: what is left is the text drawn.
_ESCAPES = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")


class Terminal:
    """`brent-tui ARGS` in an 80×24 pty (by default), read continuously into `output`."""

    def __init__(self, args: list[str], *, cols: int = 80, rows: int = 24, env: dict[str, str] | None = None):
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self._master = master
        self.raw = bytearray()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "brent_tui", *args],
            stdin=slave, stdout=slave, stderr=slave, close_fds=True, start_new_session=True,
            env={**os.environ, "TERM": "xterm-256color", "COLUMNS": str(cols), "LINES": str(rows), **(env or {})},
        )
        os.close(slave)

    def text(self, start: int = 0) -> str:
        """What was drawn from byte `start` on, escapes removed (whitespace kept)."""
        return _ESCAPES.sub(b"", bytes(self.raw[start:])).decode("utf-8", "replace")

    def pump(self, seconds: float) -> None:
        """Read whatever the app writes for up to `seconds`."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            ready, _, _ = select.select([self._master], [], [], left)
            if not ready:
                continue
            try:
                chunk = os.read(self._master, 65536)
            except OSError:  # the app has exited: the pty is closed
                return
            if not chunk:
                return
            self.raw.extend(chunk)

    def wait_for(self, pattern: str, *, start: int = 0, timeout: float = 20.0) -> re.Match[str]:
        """Pump until `pattern` (a regex) appears in the text drawn since byte `start`."""
        deadline = time.monotonic() + timeout
        while True:
            found = re.search(pattern, self.text(start))
            if found:
                return found
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise AssertionError(
                    f"{pattern!r} not drawn within {timeout:.0f}s; last text:\n{self.text(start)[-1500:]}"
                )
            self.pump(0.05)

    def send(self, keys: str | bytes) -> int:
        """Type `keys`; returns the output position just before, for `wait_for(start=…)`."""
        mark = len(self.raw)
        os.write(self._master, keys.encode() if isinstance(keys, str) else keys)
        return mark

    def kill9(self) -> None:
        """SIGKILL: no handler, no flush, no clean close — as a dropped SSH session or the OOM killer."""
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)
        os.close(self._master)


def app_args(db: Path, config: Path, *extra: str) -> list[str]:
    return ["--db", str(db), "--config", str(config), *extra]
