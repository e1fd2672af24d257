"""Shared fixtures. Every test runs with BRENT_TUI_HOME in a temporary folder, so no test
reads the developer's own config, data or the shared server's /etc file."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from brent_tui.domain.models import MentionIn, Platform, Route
from brent_tui.domain.roles import Actor
from brent_tui.domain.routing import plan_route


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
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "brent.sqlite"


@pytest.fixture
async def store(db_path: Path) -> AsyncIterator:
    from brent_tui.store import Store

    s = await Store.open(db_path)
    try:
        yield s
    finally:
        await s.close()


BASE_TIME = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


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
        created_at=BASE_TIME + timedelta(minutes=i if minutes is None else minutes),
        **extra,
    )


async def decide(store, actor: Actor, mention_id: int, route: Route | int, *, now: datetime,
                 expected_version: int | None = None, **plan):
    """Route a mention straight through the store, planned by the domain rules without a config
    (`plan` as `plan_route` takes it: department, assignee, reason, comms)."""
    mention = await store.get_mention(mention_id)
    return await store.decide(actor, plan_route(route, mention, actor, now=now, **plan),
                              expected_version=expected_version, now=now)
