"""Poison pills (issues 18 and 19): one bad item is set aside with its reason; the rest is stored.

A follower count SQLite cannot hold (≥ 2^63), a post dated year 1 or 9999, an item of the wrong
shape: each is kept whole in `set_aside` with the reason, counted, and named in `poll` and `import`
output and in `doctor`; the other items of the page are stored and the cursor moves on. Times are
always stored with four-digit years, and one written unpadded by an older version reads back.
"""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from brent_tui.config import Config
from brent_tui.domain.models import MentionIn, Platform, mention_problem
from brent_tui.jobs.poller import ConnectorRunner, Poller
from brent_tui.services.scoring import score_pending
from brent_tui.store import Store
from brent_tui.store.base import parse_ts, ts
from connectors.base import Connector, ConnectorSettings, FetchResult, Profile
from tests.conftest import BASE_TIME, DATA_NOW, make_mention

NOW = BASE_TIME + timedelta(hours=1)
YEAR_1 = datetime(1, 1, 1, tzinfo=UTC)
YEAR_9999 = datetime(9999, 12, 31, 23, 59, tzinfo=UTC)


def poisoned() -> list[MentionIn]:
    return [
        make_mention(1),
        make_mention(2, author_followers=2**63),
        make_mention(3).model_copy(update={"created_at": YEAR_1}),
        make_mention(4).model_copy(update={"created_at": YEAR_9999}),
        make_mention(5, likes=-1),
        make_mention(6),
    ]


def test_the_ingest_check_names_what_is_wrong() -> None:
    assert mention_problem(make_mention(1), NOW) is None
    assert "follower count 9223372036854775808 is out of range" in mention_problem(
        make_mention(1, author_followers=2**63), NOW)
    assert "0001-01-01, before 2000" in mention_problem(make_mention(1).model_copy(update={"created_at": YEAR_1}), NOW)
    assert "more than a day in the future" in mention_problem(
        make_mention(1).model_copy(update={"created_at": NOW + timedelta(days=2)}), NOW)
    assert mention_problem(make_mention(1).model_copy(update={"created_at": NOW + timedelta(hours=20)}), NOW) is None


def test_times_are_stored_with_four_digit_years_and_old_unpadded_ones_read_back() -> None:
    assert ts(YEAR_1) == "0001-01-01T00:00:00Z"
    assert ts(datetime(999, 3, 4, 5, 6, 7, tzinfo=UTC)) == "0999-03-04T05:06:07Z"
    assert parse_ts("1-01-01T00:00:00Z") == YEAR_1


def test_a_date_in_year_9999_behind_utc_is_a_value_error_not_an_overflow() -> None:
    with pytest.raises(ValueError, match="out of range"):
        MentionIn(platform=Platform.X, platform_id="1", author_handle="a", text="t",
                  created_at="9999-12-31T23:59:59-12:00")


async def test_one_poison_pill_never_sinks_the_batch_and_is_kept_aside(store: Store) -> None:
    got = await store.ingest(poisoned(), fetched_at=NOW)
    assert (got.received, got.inserted) == (6, 2)
    assert [i for i, _ in got.set_aside] == [1, 2, 3, 4]
    assert await store.count_mentions() == 2
    assert await store.count_set_aside() == 4
    items = [x for _, x in await store.set_aside_items()]
    assert {x.platform_id for x in items} == {"2", "3", "4", "5"}
    kept = json.loads(next(x for x in items if x.platform_id == "2").payload)
    assert kept["author_followers"] == 2**63 and kept["text"].startswith("Mention number 2")
    # scoring carries on for every mention (before the fix a year-1 row stopped it for all later ones)
    await store.ingest([make_mention(7)], fetched_at=NOW)
    assert await score_pending(store, Config(), now=NOW) == 3


async def test_an_unpadded_date_from_an_older_version_is_padded_on_upgrade(db_path: Path) -> None:
    from tests.test_store import _make_at_version

    _make_at_version(db_path, 11)
    con = sqlite3.connect(db_path)
    con.execute("INSERT INTO authors (id, platform, handle, updated_at) VALUES (1, 'x', 'res', '2026-11-20T09:16:00Z')")
    con.executemany(
        "INSERT INTO mentions (platform, platform_id, author_id, author_handle, text, created_at, fetched_at) "
        "VALUES ('x', ?, 1, 'res', 't', ?, '2026-11-20T09:16:00Z')",
        [("1", "1-01-01T00:00:00Z"), ("2", "2026-11-20T09:15:00Z"), ("3", "999-05-06T00:00:00Z")])
    con.commit()
    con.close()
    async with await Store.open(db_path) as store:
        rows = await store._fetchall("SELECT created_at FROM mentions ORDER BY platform_id")
        assert [r[0] for r in rows] == ["0001-01-01T00:00:00Z", "2026-11-20T09:15:00Z", "0999-05-06T00:00:00Z"]
        assert (await store.get_mention(1)).created_at == YEAR_1


# --------------------------------------------------------------------------- the poller


class OnePage(Connector):
    platform = Platform.X

    def __init__(self, settings: ConnectorSettings, result: FetchResult, **kw: Any) -> None:
        super().__init__(settings, **kw)
        self.result = result
        self.cursors: list[str | None] = []

    async def fetch(self, cursor: str | None, *, read_budget_remaining: int | None = None) -> FetchResult:
        self.cursors.append(cursor)
        return self.result if len(self.cursors) == 1 else FetchResult(cursor=cursor)

    async def profiles(self) -> list[Profile]:
        return []


def _settings() -> ConnectorSettings:
    return ConnectorSettings(name="x-main", type="x", base_url="http://127.0.0.1:9", interval_seconds=60)


async def test_the_poller_stores_the_rest_of_the_page_moves_the_cursor_and_warns(store: Store) -> None:
    result = FetchResult(mentions=poisoned(), cursor="c1")
    result.skip({"id": 77, "created_at": ["not", "a", "date"]}, "created_at: not a date", source="x-main",
                platform="x")  # what a connector does with an item of the wrong shape
    conn = OnePage(_settings(), result)
    runner = ConnectorRunner(_settings(), store, lambda: conn, clock=lambda: NOW, rng=random.Random(1))
    out = await runner.cycle()
    assert out.error is None and out.inserted == 2 and len(out.set_aside) == 5
    health = await store.health("x-main")
    assert health.cursor == "c1"  # the cursor moved on
    assert health.extra["set_aside"] == 5 and "out of range" in json.dumps(health.extra)
    assert await store.count_set_aside() == 5 and await store.count_set_aside(source="x-main") == 1
    await runner.cycle()
    assert conn.cursors == [None, "c1"]


def test_poll_and_doctor_say_what_was_set_aside(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import argparse
    import asyncio

    from brent_tui.cli.context import load_context
    from brent_tui.cli.doctor import run_doctor
    from brent_tui.jobs.poller import PollReport

    async def poll() -> PollReport:
        async with await Store.open(db_path) as store:
            conn = OnePage(_settings(), FetchResult(mentions=poisoned(), cursor="c1"))
            config = Config.model_validate({"connectors": [_settings().model_dump(exclude_none=True)]})
            poller = Poller(store, config, {}, clock=lambda: NOW, builder=lambda *a, **k: conn)
            return await poller.run_once()

    words = asyncio.run(poll()).summary()
    assert "x-main: 2 new of 6 in 1 page(s), 4 set aside (follower count 9223372036854775808 is out of range" in words
    run_doctor(load_context(argparse.Namespace(db=str(db_path), config=None)))
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if "connector x-main" in x)
    assert line.startswith("[warn]") and "4 item(s) set aside" in line, line
    line = next(x for x in out.splitlines() if "set aside:" in x)
    assert line.startswith("[warn] set aside: 4 item(s) kept out of the mentions"), line


# --------------------------------------------------------------------------- the importer


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_import_stores_the_good_lines_and_names_each_set_aside_line(store: Store, tmp_path: Path) -> None:
    from brent_tui.jobs.importer import import_file

    def line(pid: str, **kw: Any) -> str:
        item = {"platform": "mastodon", "platform_id": pid, "author_handle": "a@x", "text": "bins",
                "created_at": "2026-11-20T09:00:00Z", **kw}
        return json.dumps(item)

    path = tmp_path / "in.jsonl"
    path.write_text("\n".join([
        line("1"), line("2", author_followers=2**64), line("3", created_at="0001-01-01T00:00:00Z"),
        line("4", created_at="9999-12-31T23:59:59-12:00"), line("5", likes="lots"), line("6"),
    ]) + "\n")
    report = await import_file(store, path)
    assert (report.imported, report.duplicates, report.set_aside) == (2, 0, 2)
    assert [p.line for p in report.problems] == [2, 3, 4, 5]
    assert "set aside: follower count" in report.problems[0].reason
    assert "set aside: dated 0001-01-01, before 2000" in report.problems[1].reason
    assert "out of range" in report.problems[2].reason
    assert "2 set aside, 2 bad line(s)" in report.summary()
    assert await store.count_set_aside() == 2


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_a_hootsuite_count_of_infinity_is_a_bad_line_not_a_crash(store: Store, tmp_path: Path) -> None:
    from brent_tui.jobs.importer import import_file

    path = tmp_path / "h.csv"
    path.write_text("Date,Message,Author,Network,Followers\n2026-11-20 09:00,bins,res,Twitter,inf\n"
                    "2026-11-20 09:01,bins again,res,Twitter,12\n")
    report = await import_file(store, path)
    assert report.imported == 1 and "not a number" in report.problems[0].reason
