"""The one clock (brent_tui/clock.py) and the one London calendar (brent_tui/domain/london.py)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from brent_tui import clock
from brent_tui.domain.london import (
    england_wales_holiday,
    format_london,
    is_england_wales_working_day,
    london_date,
    london_midnight,
)

PACKAGE = Path(__file__).resolve().parents[1] / "brent_tui"
SPRING = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)


def test_a_pinned_clock_starts_at_its_instant_and_moves_on() -> None:
    pinned = clock.PinnedClock(SPRING)
    first = pinned.now()
    assert timedelta(0) <= first - SPRING < timedelta(seconds=1)
    time.sleep(0.01)
    assert pinned.now() > first  # timeouts and "x seconds ago" still behave
    assert pinned.now().tzinfo is UTC


def test_instants_need_a_zone() -> None:
    assert clock.parse_instant("2026-03-29T01:30:00+01:00") == datetime(2026, 3, 29, 0, 30, tzinfo=UTC)
    with pytest.raises(ValueError, match="no time zone"):
        clock.parse_instant("2026-03-29T00:30")
    with pytest.raises(ValueError, match="not an ISO 8601"):
        clock.parse_instant("half past midnight")
    with pytest.raises(ValueError, match="aware"):
        clock.PinnedClock(datetime(2026, 3, 29, 0, 30))


def test_use_installs_a_clock_and_puts_the_old_one_back() -> None:
    before = clock.current()
    with clock.use(clock.PinnedClock(SPRING)):
        assert clock.now() - SPRING < timedelta(seconds=1)
        assert clock.today() == date(2026, 3, 29)
    assert clock.current() is before


def test_the_environment_pins_a_child_process_where_its_parent_has_got_to() -> None:
    pinned = clock.PinnedClock(SPRING)
    time.sleep(0.2)
    child = clock.from_environ(pinned.environ())  # a process started 0.2 s later
    assert abs(child.now() - pinned.now()) < timedelta(seconds=0.1)
    assert isinstance(clock.from_environ(""), clock.SystemClock)
    plain = clock.from_environ("2026-12-31T23:30:00Z")  # by hand: starts at the instant
    assert plain.now() - datetime(2026, 12, 31, 23, 30, tzinfo=UTC) < timedelta(seconds=1)


def test_a_child_process_reads_the_pinned_clock() -> None:
    env = {**os.environ, clock.ENV: "2026-10-25T00:30:00Z"}
    out = subprocess.run([sys.executable, "-c", "from brent_tui import clock; print(clock.today(), clock.now().hour)"],
                         env=env, capture_output=True, text=True, check=True).stdout
    assert out.split() == ["2026-10-25", "0"]


async def test_the_app_installs_the_clock_it_is_given(tmp_path: Path) -> None:
    from brent_tui.app import BrentApp
    from brent_tui.config import Config

    config = Config.model_validate({"people": {"webby": {"name": "Wendy Webb", "role": "web_team"}}})
    pinned = clock.PinnedClock(SPRING)
    BrentApp(config, db_path=tmp_path / "brent.sqlite", actor=config.actor("webby"), clock=pinned)
    assert clock.current() is pinned  # the run_clock fixture puts the test's own clock back afterwards


def test_london_days_and_holidays() -> None:
    assert london_date(datetime(2026, 6, 10, 23, 30, tzinfo=UTC)) == date(2026, 6, 11)  # BST: already tomorrow
    assert london_date(datetime(2026, 12, 31, 23, 30, tzinfo=UTC)) == date(2026, 12, 31)
    assert london_midnight(date(2026, 6, 10)) == datetime(2026, 6, 9, 23, 0, tzinfo=UTC)
    assert format_london(datetime(2026, 10, 25, 0, 30, tzinfo=UTC)) == "Sun 25 Oct 2026 01:30"
    assert england_wales_holiday(date(2026, 8, 31)) == "Summer bank holiday (England & Wales)"
    assert england_wales_holiday(date(2026, 11, 30)) is None  # St Andrew's Day: Scotland only
    assert england_wales_holiday(date(2026, 8, 29)) is None  # a Saturday is a weekend, not a holiday
    assert not is_england_wales_working_day(date(2026, 12, 25))
    assert is_england_wales_working_day(date(2026, 11, 30))


WALL_CLOCK = re.compile(r"datetime\.now\(|datetime\.utcnow\(|date\.today\(|time\.time\(|\butcnow\b")


def test_only_clock_py_reads_the_wall_clock_and_only_london_py_knows_the_zone() -> None:
    readers, zones = [], []
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        name = str(path.relative_to(PACKAGE))
        if name != "clock.py" and WALL_CLOCK.search(text):
            readers.append(name)
        if name != "domain/london.py" and ("Europe/London" in text and "ZoneInfo(" in text):
            zones.append(name)
    assert readers == [] and zones == []
