"""`brent-tui migrate-to postgresql://…`: the demo's SQLite database copied whole into PostgreSQL.

The copy must hold every table's rows, search as the original does (stemming, `-word`), keep the
audit chain verifiable with the original's head, go on numbering new rows after the copied ones,
and refuse a target that is not empty.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from brent_tui.cli.main import main
from brent_tui.domain.models import MentionFilter, Role, Route
from brent_tui.domain.roles import Actor
from brent_tui.jobs.demo import build_demo
from brent_tui.store import Store
from brent_tui.store.copy import TABLES
from tests.conftest import decide

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


@pytest.mark.at(NOW)
async def test_migrate_to_copies_everything_verifies_and_refuses_a_second_time(
        tmp_path: Path, postgres, web_team: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "brent.sqlite"
    await build_demo(path, mentions=600, seed=3, now=NOW)
    async with await Store.open(path, create=False) as lite:  # a decision superseded: it points forward
        first = int(await lite._fetchval("SELECT min(id) FROM mentions WHERE status = 'new'"))
        webby = Actor(login="webby", role=Role.WEB_TEAM)
        await decide(lite, webby, first, Route.MONITOR, now=NOW)
        await decide(lite, webby, first, Route.ESCALATE, now=NOW)
    url = postgres.new_database()

    assert await _run(["migrate-to", url, "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "audit chain verified on the copy" in out

    async with await Store.open(path, create=False) as lite, await Store.open(url, create=False) as pg:
        for table in TABLES:
            extra = 1 if table == "app_meta" else 0  # the schema version, which SQLite keeps in a pragma
            assert await _count(pg, table) == await _count(lite, table) + extra, table
        for table in ("mentions", "decisions", "foi_cases", "foi_events", "posts", "council_accounts"):
            assert await _count(pg, table) > 0, table
        assert (await pg.verify_chain()).intact
        assert await pg.schema_version() == await lite.schema_version()
        assert (await pg.chain_head()) == (await lite.chain_head())
        for words in ("flood", "flood -sandbags", "bins OR parking", '"harrow road"'):
            found = MentionFilter(text=words)
            assert await pg.count_mentions(found) == await lite.count_mentions(found) > 0, words
        assert await pg.max_mention_id() == await lite.max_mention_id()
        copied = int(await pg._fetchval("SELECT max(id) FROM decisions"))
        mention = int(await pg._fetchval("SELECT min(id) FROM mentions WHERE status = 'new'"))
        new = await decide(pg, Actor(login="webby", role=Role.WEB_TEAM), mention, Route.MONITOR, now=NOW)
        assert new.id > copied  # new rows are numbered after the copied ones
        assert (await pg.verify_chain()).intact

    assert await _run(["migrate-to", url, "--db", str(path)]) == 2
    assert "is not empty" in capsys.readouterr().err


async def _run(argv: list[str]) -> int:
    import asyncio

    return await asyncio.to_thread(main, argv)


async def _count(store: Store, table: str) -> int:
    return int(await store._fetchval(f"SELECT count(*) FROM {table}"))


@pytest.mark.at(NOW)
async def test_migrate_to_names_a_row_postgresql_cannot_hold_and_copies_nothing(
        tmp_path: Path, postgres, web_team: str, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.conftest import make_mention

    path = tmp_path / "brent.sqlite"
    async with await Store.open(path) as lite:
        await lite.ingest([make_mention(1, text="fine"), make_mention(2, text="before \x00 after")])
    url = postgres.new_database()
    assert await _run(["migrate-to", url, "--db", str(path)]) == 2
    assert "mentions row 2 holds a NUL character" in capsys.readouterr().err
    async with await Store.open(url, create=False) as pg:
        assert await pg.max_mention_id() == 0
