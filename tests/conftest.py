"""Shared fixtures. Every test runs with BRENT_TUI_HOME in a temporary folder, so no test
reads the developer's own config, data or the shared server's /etc file.

Every test also runs on a clock installed here (`run_clock`): the real one, or, with
`pytest --at 2026-03-29T00:30:00Z`, one pinned at that instant (in child processes too, through
BRENT_TUI_NOW). A test marked `clock_sensitive` runs once at each instant in `INSTANTS`. A test
marked `at(NOW)` (an aware datetime or ISO 8601 text) works on data of fixed dates (a case received
on 20 Nov, figures for November) and always runs at that instant, whatever --at says.

A module marked `contract` holds the store's contract tests: each test that takes `store` (or
`db_location`) runs on both backends, SQLite and PostgreSQL (a throwaway server, `tests/pg_server.py`,
one per worker); without a PostgreSQL server the PostgreSQL runs are skipped with the reason.
"""

from __future__ import annotations

import os
import statistics
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from brent_tui import clock
from brent_tui.domain.models import MentionIn, Platform, Route
from brent_tui.domain.roles import Actor
from brent_tui.domain.routing import plan_route
from tests import pg_server
from tests.e2e.fakenet import FakeNet
from tests.stand_ins import Network

#: The hours that have broken tests before: before the office opens, summer midday, the end of a
#: weekend, both nights the clocks change, and the turn of the year. (Times are UTC.)
INSTANTS = {
    "mon-0430-gmt": "2026-11-30T04:30:00Z",  # St Andrew's Day: a Scottish bank holiday
    "wed-1200-bst": "2026-06-10T11:00:00Z",
    "sat-2359-bst": "2026-08-29T22:59:00Z",  # a bank-holiday weekend
    "spring-forward": "2026-03-29T00:30:00Z",  # 00:30 GMT; at 01:00 the clocks go forward to 02:00 BST
    "fall-back": "2026-10-25T00:30:00Z",  # 01:30 BST, the first of the two 01:30s
    "new-year-eve": "2026-12-31T23:30:00Z",
}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--at", metavar="ISO8601", default=None,
                     help="run every test with the clock pinned at this instant, e.g. 2026-03-29T00:30:00Z")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "clock_sensitive: depends on the time of day; runs at every instant "
                                       "in tests/conftest.py INSTANTS (or only at --at)")
    config.addinivalue_line("markers", "at(instant): data of fixed dates; the test always runs at this "
                                       "instant (aware datetime or ISO 8601), whatever --at says")
    config.addinivalue_line("markers", "contract: the store's contract tests, run on SQLite and on PostgreSQL")
    at = config.getoption("at")
    if at:
        try:
            pinned = clock.PinnedClock(clock.parse_instant(at))
        except ValueError as exc:
            raise pytest.UsageError(f"--at: {exc}") from None
        clock.set_clock(pinned)  # for module-scoped fixtures, which run before `run_clock`
        os.environ[clock.ENV] = pinned.environ()


def pytest_report_header(config: pytest.Config) -> str:
    at = config.getoption("at")
    return f"clock: pinned at {at} (--at)" if at else "clock: the real one; clock_sensitive tests at each INSTANT"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    marked = metafunc.definition.get_closest_marker
    if marked("clock_sensitive") and not marked("at") and not metafunc.config.getoption("at"):
        metafunc.parametrize("run_clock", list(INSTANTS.values()), ids=list(INSTANTS), indirect=True)
    if marked("contract") and "backend" in metafunc.fixturenames:
        metafunc.parametrize("backend", BACKENDS, indirect=True)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under xdist (`make test`), the long tests first: those marked slow, then the Pilot tests;
    the thousand quick ones last fill the gaps, so no worker is left starting a long test
    while the others have finished."""
    if hasattr(config, "workerinput"):
        items.sort(key=lambda item: (item.get_closest_marker("slow") is None, item.path.parent.name != "tui"))


def pytest_terminal_summary(terminalreporter) -> None:
    """The store's contract tests by backend; the live sync delays tests/tui/test_multi_session.py
    measured, from whichever workers ran them."""
    ran = {name: sum(1 for report in terminalreporter.stats.get("passed", [])
                     if ("backend", name) in report.user_properties and report.when == "call") for name in BACKENDS}
    if any(ran.values()):
        terminalreporter.write_line("store contract tests passed: "
                                    + ", ".join(f"{n} on {name}" for name, n in ran.items()))
    delays = [value for report in terminalreporter.stats.get("passed", [])
              for name, value in report.user_properties if name == "live_sync_delay"]
    if delays:
        terminalreporter.write_line(f"live sync between sessions: median {statistics.median(delays):.2f} s, "
                                    f"max {max(delays):.2f} s over {len(delays)} changes")


@pytest.fixture(autouse=True)
def run_clock(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[clock.Clock]:
    """The clock this test runs on, installed for the process and handed to child processes."""
    fixed = request.node.get_closest_marker("at")
    at = getattr(request, "param", None) or (fixed.args[0] if fixed else request.config.getoption("at"))
    if at:
        instant = at if isinstance(at, datetime) else clock.parse_instant(at)
        this = clock.PinnedClock(instant)  # each test starts at the instant itself
        monkeypatch.setenv(clock.ENV, this.environ())
    else:
        this = clock.SystemClock()
        monkeypatch.delenv(clock.ENV, raising=False)
    with clock.use(this):
        yield this


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("BRENT_TUI_HOME", str(home))
    monkeypatch.delenv("BRENT_TUI_CONFIG", raising=False)
    monkeypatch.delenv("BRENT_TUI_SYSTEM_CONFIG", raising=False)
    return home


@pytest.fixture
def web_team(isolated_home: Path) -> str:
    """The person running the tests is in the config as web team (restore, rebuild, import need it)."""
    import json

    from brent_tui.domain.roles import login_name

    login = login_name()
    folder = isolated_home / "config"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.toml").write_text(f'[people.{json.dumps(login)}]\nrole = "web_team"\n', encoding="utf-8")
    return login


@pytest.fixture
def net() -> Iterator[FakeNet]:
    """A fake Mastodon and RSS server on 127.0.0.1 (tests/e2e/fakenet.py); test_network_faults.py
    has its own, a server that misbehaves."""
    server = FakeNet().start()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def networks() -> Iterator[Network]:
    """X's and Bluesky's publishing endpoints on 127.0.0.1 (`tests/stand_ins.py`)."""
    network = Network()
    yield network
    network.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "brent.sqlite"


BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def postgres() -> Iterator[pg_server.Server]:
    """One throwaway PostgreSQL server for this worker; skipped, with the reason, where none can start."""
    reason = pg_server.why_not()
    if reason:
        pytest.skip(f"PostgreSQL: {reason}")
    server = pg_server.Server()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """Which store the test runs on: SQLite, or PostgreSQL in a module marked `contract`."""
    name = getattr(request, "param", None)
    if name is not None:  # a contract test: counted in the summary by backend
        request.node.user_properties.append(("backend", name))
    return name or "sqlite"


@pytest.fixture
def db_location(backend: str, db_path: Path, request: pytest.FixtureRequest) -> Path | str:
    """The test's database: an SQLite file, or a new empty PostgreSQL database's URL."""
    if backend == "postgresql":
        return request.getfixturevalue("postgres").new_database()
    return db_path


@pytest.fixture
async def store(db_location: Path | str) -> AsyncIterator:
    from brent_tui.store import Store

    s = await Store.open(db_location)
    try:
        yield s
    finally:
        await s.close()


BASE_TIME = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
#: An instant just after the data of fixed dates (`make_mention`): a test whose data are dated from
#: BASE_TIME runs here (`@pytest.mark.at(DATA_NOW)`), since the store sets aside mentions dated more
#: than a day ahead of its clock, as it must for a network's forged or broken dates.
DATA_NOW = BASE_TIME + timedelta(days=3)


def make_mention(i: int, *, text: str | None = None, platform: Platform = Platform.X, minutes: int | None = None,
                 **extra) -> MentionIn:
    """A plain mention for tests: i-th, one minute apart unless told."""
    return MentionIn(
        platform=platform,
        platform_id=str(extra.pop("platform_id", i)),
        author_handle=extra.pop("author_handle", f"resident{i % 7}"),
        author_name=extra.pop("author_name", f"Resident {i % 7}"),
        author_followers=extra.pop("author_followers", 100 + i),
        text=text if text is not None else f"Mention number {i} about bins in Kilburn",
        created_at=extra.pop("created_at", BASE_TIME + timedelta(minutes=i if minutes is None else minutes)),
        **extra,
    )


async def decide(store, actor: Actor, mention_id: int, route: Route | int, *, now: datetime,
                 expected_version: int | None = None, **plan):
    """Route a mention straight through the store, planned by the domain rules without a config
    (`plan` as `plan_route` takes it: department, assignee, reason, comms)."""
    mention = await store.get_mention(mention_id)
    return await store.decide(actor, plan_route(route, mention, actor, now=now, **plan),
                              expected_version=expected_version, now=now)
