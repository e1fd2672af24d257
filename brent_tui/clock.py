"""The one wall clock: every "now" in the app, services, jobs and command line comes from here.

Pure rules (`brent_tui.domain`) never read a clock; they take `now` or `today` as a parameter, and
the shell passes `clock.now()`. Tests pin the clock (`pytest --at 2026-03-29T00:30:00Z`) so that
the suite behaves the same at any hour.

A `PinnedClock` starts at a given instant and then moves on with real (monotonic) time, so
timeouts, leases and "x seconds ago" still behave. `BRENT_TUI_NOW` pins the clock of a whole process
and of the processes it starts: ``BRENT_TUI_NOW=2026-12-31T23:30:00Z brent-tui``. The form
``INSTANT@EPOCH`` says the instant was pinned when the real clock read EPOCH (Unix seconds), so that a
process started later picks up where its parent's clock has got to.
"""

from __future__ import annotations

import os
import time
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta

from brent_tui.domain.london import london_date

ENV = "BRENT_TUI_NOW"


class Clock(ABC):
    """Tells the time: an aware UTC datetime (the system's, or one pinned for a test or a process)."""

    @abstractmethod
    def now(self) -> datetime: ...


class SystemClock(Clock):
    """The computer's own clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def __repr__(self) -> str:
        return "SystemClock()"


class PinnedClock(Clock):
    """Starts at `instant` and moves on with real time from the moment it is made."""

    def __init__(self, instant: datetime) -> None:
        if instant.tzinfo is None or instant.utcoffset() is None:
            raise ValueError("a pinned clock needs an aware instant (e.g. 2026-03-29T00:30:00Z)")
        self.instant = instant.astimezone(UTC)
        self._started = time.monotonic()

    def now(self) -> datetime:
        return self.instant + timedelta(seconds=time.monotonic() - self._started)

    def environ(self) -> str:
        """The `BRENT_TUI_NOW` value that gives a child process this clock."""
        return f"{self.instant.isoformat()}@{time.time() - (time.monotonic() - self._started):.6f}"

    def __repr__(self) -> str:
        return f"PinnedClock({self.instant.isoformat()})"


def parse_instant(text: str) -> datetime:
    """An ISO 8601 instant with its zone ("2026-03-29T00:30:00Z"); a missing zone is refused."""
    try:
        instant = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{text!r} is not an ISO 8601 date and time, e.g. 2026-03-29T00:30:00Z") from None
    if instant.tzinfo is None:
        raise ValueError(f"{text!r} has no time zone: add Z (UTC) or an offset such as +01:00")
    return instant.astimezone(UTC)


def from_environ(value: str | None) -> Clock:
    """The clock a `BRENT_TUI_NOW` value asks for (the system clock when it is empty)."""
    if not value:
        return SystemClock()
    instant, _, pinned_at = value.partition("@")
    start = parse_instant(instant)
    if pinned_at:
        start += timedelta(seconds=max(0.0, time.time() - float(pinned_at)))
    return PinnedClock(start)


_current: Clock | None = None


def current() -> Clock:
    """The clock in use: the one installed, else the one `BRENT_TUI_NOW` asks for, else the system's."""
    global _current
    if _current is None:
        _current = from_environ(os.environ.get(ENV))
    return _current


def set_clock(clock: Clock | None) -> Clock | None:
    """Install `clock` for the whole process (None: back to `BRENT_TUI_NOW` or the system); returns the old one."""
    global _current
    previous, _current = _current, clock
    return previous


@contextmanager
def use(clock: Clock) -> Iterator[Clock]:
    """Run a block with `clock` installed, then put back the one before."""
    previous = set_clock(clock)
    try:
        yield clock
    finally:
        set_clock(previous)


def now() -> datetime:
    """Now, as an aware UTC datetime."""
    return current().now()


def today() -> date:
    """Today in London: the date of receipt, the day a reminder is for, the grid's "today"."""
    return london_date(now())
