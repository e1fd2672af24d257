"""Store tests on real SQLite files: migrations, refusal of newer/corrupt files, FTS sync,
paging, idempotent ingest, append-only decisions and concurrent writers."""

from __future__ import annotations

import asyncio
import contextlib
import re
import sqlite3
import time
from datetime import timedelta
from pathlib import Path

import pytest

from brent_tui.domain.models import ConnectorHealth, MentionFilter, MentionIn, MentionStatus, Platform
from brent_tui.store import PageKey, SearchError, Store, StoreError
from brent_tui.store.mentions import NUL_REFUSED
from brent_tui.store.migrations import MIGRATIONS, SCHEMA_VERSION
from tests.conftest import DATA_NOW, make_mention

pytestmark = pytest.mark.contract  # on SQLite and on PostgreSQL (tests/conftest.py)


def _make_at_version(path: Path, version: int) -> None:
    """A database as an older brent-tui left it: migrations 1..version only."""
    from brent_tui.store.base import _split_sql

    con = sqlite3.connect(path)
    for number in range(1, version + 1):
        for stmt in _split_sql(MIGRATIONS[number - 1]):
            con.execute(stmt)
        con.execute(f"PRAGMA user_version = {number}")
    con.commit()
    con.close()


async def test_fresh_database_is_at_latest_version_with_wal(db_path: Path) -> None:
    async with await Store.open(db_path) as store:
        assert await store.schema_version() == SCHEMA_VERSION
        assert await store._fetchval("PRAGMA journal_mode") == "wal"
        assert await store._fetchval("PRAGMA foreign_keys") == 1
        assert await store._fetchval("PRAGMA busy_timeout") >= 5000


@pytest.mark.parametrize("start", range(1, SCHEMA_VERSION))
async def test_migrates_from_every_earlier_version_and_backs_up_first(db_path: Path, start: int) -> None:
    _make_at_version(db_path, start)
    con = sqlite3.connect(db_path)
    con.execute("INSERT INTO app_meta (key, value) VALUES ('kept', 'yes')")
    con.commit()
    con.close()
    async with await Store.open(db_path) as store:
        assert await store.schema_version() == SCHEMA_VERSION
        assert await store.meta("kept") == "yes"
        backup = store.last_migration_backup
    assert backup is not None and backup.exists()
    con = sqlite3.connect(backup)
    assert con.execute("PRAGMA user_version").fetchone()[0] == start
    con.close()


async def test_upgrade_rebuilds_the_rollup_without_sentiment_bands(db_path: Path) -> None:
    _make_at_version(db_path, 8)  # its rollup banded sentiment at fixed thresholds
    con = sqlite3.connect(db_path)
    con.execute("INSERT INTO authors (id, platform, handle, updated_at) VALUES (1, 'x', 'res', '2026-11-20T09:16:00Z')")
    con.executemany(
        "INSERT INTO mentions (platform, platform_id, author_id, author_handle, text, created_at, fetched_at, "
        "sentiment, topic) VALUES ('x', ?, 1, 'res', 't', '2026-11-20T09:15:00Z', '2026-11-20T09:16:00Z', ?, ?)",
        [("1", -0.5, "bins"), ("2", 0.6, "bins"), ("3", None, None)])
    con.commit()
    con.close()
    async with await Store.open(db_path) as store:
        rows = await store._fetchall("SELECT hour, platform, scoring, topic, n FROM mention_rollup ORDER BY n")
        assert [tuple(r) for r in rows] == [("2026-11-20T09", "x", "unscored", "", 1),
                                            ("2026-11-20T09", "x", "scored", "bins", 2)]


async def test_refuses_a_database_from_a_newer_version(db_path: Path) -> None:
    con = sqlite3.connect(db_path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(StoreError, match="newer brent-tui"):
        await Store.open(db_path)
    assert db_path.read_bytes() == before


async def test_refuses_a_file_that_is_not_sqlite_and_leaves_it_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("these are my notes, not a database\n")
    with pytest.raises(StoreError, match="not an SQLite database"):
        await Store.open(path)
    assert path.read_text() == "these are my notes, not a database\n"


async def test_refuses_to_create_when_asked_not_to(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database here"):
        await Store.open(tmp_path / "missing.sqlite", create=False)


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_ingest_is_idempotent_and_refreshes_engagement(store: Store) -> None:
    first = await store.ingest([make_mention(i, likes=1) for i in range(5)])
    assert (first.inserted, first.updated) == (5, 0)
    again = await store.ingest([make_mention(i, likes=9) for i in range(5)])
    assert (again.inserted, again.updated) == (0, 5)
    mention = (await store.page(limit=1))[0]
    assert mention.likes == 9
    assert await store.count_mentions() == 5


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_same_post_seen_twice_by_uri_is_one_mention(store: Store) -> None:
    uri = "https://mastodon.social/users/a/statuses/1"
    a = make_mention(1, platform=Platform.MASTODON, platform_id="111", uri=uri)
    b = make_mention(1, platform=Platform.MASTODON, platform_id="999", uri=uri)  # another instance's id
    await store.ingest([a])
    result = await store.ingest([b])
    assert result.inserted == 0
    assert await store.count_mentions() == 1


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_text_is_stored_byte_for_byte(store: Store) -> None:
    """Byte for byte; a NUL, which PostgreSQL cannot hold, is set aside there with its reason and its
    payload (the character escaped in the JSON), never cut or lost with its batch."""
    hostile = "[bold red]hi[/] \x1b[2J\x1b]0;pwned\x07 \u202e evil end 👨‍👩‍👧"
    nul = "before \x00 after"
    result = await store.ingest([make_mention(1, text=hostile, author_name="[@click=app.quit]x"),
                                 make_mention(2, text=nul)])
    stored = {m.platform_id: m for m in await store.page(limit=5)}
    assert stored["1"].text == hostile and stored["1"].author_name == "[@click=app.quit]x"
    if store.postgres:
        assert "2" not in stored and [(i, a.reason) for i, a in result.set_aside] == [(1, NUL_REFUSED)]
        assert MentionIn.model_validate_json(result.set_aside[0][1].payload).text == nul
    else:
        assert stored["2"].text == nul and not result.set_aside


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_fts_stays_in_sync_after_insert_update_and_delete(store: Store) -> None:
    await store.ingest([make_mention(1, text="potholes on Harlesden High Street"),
                        make_mention(2, text="library opening hours in Kilburn")])
    assert [h.mention.platform_id for h in await store.search("potholes")] == ["1"]
    async with store.transaction() as db:
        await db.execute("UPDATE mentions SET text = 'fly-tipping in Neasden' WHERE platform_id = '1'")
    assert await store.search("potholes") == []
    assert [h.mention.platform_id for h in await store.search("neasden")] == ["1"]
    async with store.transaction() as db:
        await db.execute("DELETE FROM mentions WHERE platform_id = '2'")
    assert await store.search("kilburn") == []
    assert await store.count_mentions(MentionFilter(text="library")) == 0


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_search_supports_phrase_prefix_boolean_and_highlights(store: Store) -> None:
    await store.ingest([
        make_mention(1, text="Bins were missed again in Kensal Rise"),
        make_mention(2, text="Recycling bins collected on time in Kenton"),
        make_mention(3, text="Parking permits in Wembley on event day"),
    ])
    assert {h.mention.platform_id for h in await store.search('"bins were missed"')} == {"1"}
    assert {h.mention.platform_id for h in await store.search("Ken*")} == {"1", "2"}
    assert {h.mention.platform_id for h in await store.search("bins NOT recycling")} == {"1"}
    assert {h.mention.platform_id for h in await store.search("parking OR recycling")} == {"2", "3"}
    hit = (await store.search("wembley"))[0]
    assert "\x1eWembley\x1f" in hit.highlighted


@pytest.mark.parametrize("query", ['"unclosed', "AND", "bins AND", "(kilburn", "NEAR("])
async def test_malformed_search_gives_a_friendly_error(store: Store, query: str) -> None:
    await store.ingest([make_mention(1)])
    with pytest.raises(SearchError, match="cannot search for"):
        await store.search(query)


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_words_with_punctuation_search_as_typed(store: Store) -> None:
    await store.ingest([make_mention(1, text="Fly-tipping again on Forty Lane"),
                        make_mention(2, text="O'Brien Close bins missed; HA9 0FJ"),
                        make_mention(3, text="flying visit to the tip")])
    assert {h.mention.platform_id for h in await store.search("fly-tipping")} == {"1"}
    assert {h.mention.platform_id for h in await store.search("o'brien")} == {"2"}
    assert {h.mention.platform_id for h in await store.search("fly-tip*")} == {"1"}
    assert {h.mention.platform_id for h in await store.search("author_handle:resident1")} == {"1"}
    flt = MentionFilter(text="fly-tipping")
    assert [m.platform_id for m in await store.page(flt=flt)] == ["1"]


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_keyset_paging_walks_everything_in_order_both_ways(store: Store) -> None:
    await store.ingest([make_mention(i) for i in range(250)])
    seen, key = [], None
    while True:
        page = await store.page(after=key, limit=40)
        if not page:
            break
        seen.extend(m.id for m in page)
        key = PageKey.of(page[-1])
    assert len(seen) == 250 and len(set(seen)) == 250
    created = [m.created_at for m in await store.page(limit=250)]
    assert created == sorted(created, reverse=True)
    oldest = await store.page(direction="newer", limit=10)
    assert oldest[-1].platform_id == "0"  # still newest first within the page
    newer = await store.page(after=PageKey.of(oldest[0]), direction="newer", limit=5)
    assert [m.platform_id for m in newer] == ["14", "13", "12", "11", "10"]


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_filters_by_platform_status_and_text(store: Store) -> None:
    await store.ingest([make_mention(1, platform=Platform.MASTODON, text="bins"),
                        make_mention(2, platform=Platform.X, text="bins"),
                        make_mention(3, platform=Platform.X, text="parking")])
    flt = MentionFilter(platforms=[Platform.X], text="bins")
    assert [m.platform_id for m in await store.page(flt=flt)] == ["2"]
    assert await store.count_mentions(MentionFilter(statuses=[MentionStatus.NEW])) == 3


async def test_cursor_and_mentions_commit_together(store: Store) -> None:
    health = ConnectorHealth(name="mastodon-main", cursor='{"since": "5"}')
    await store.ingest([make_mention(1)], health=health)
    saved = await store.health("mastodon-main")
    assert saved is not None and saved.cursor == '{"since": "5"}'


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_decisions_are_append_only(store: Store) -> None:
    await store.ingest([make_mention(1)])
    async with store.transaction() as db:
        await db.execute(
            "INSERT INTO decisions (mention_id, route, decided_by, decided_at) VALUES (1, 2, 'amy', '2026-11-20T10:00:00Z')"
        )
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        async with store.transaction() as db:
            await db.execute("DELETE FROM decisions")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        async with store.transaction() as db:
            await db.execute("UPDATE decisions SET route = 5")


@pytest.mark.at(DATA_NOW + timedelta(days=7))  # the second writer's mentions are dated a week on
async def test_two_connections_writing_at_once_never_see_locked(db_location: Path | str) -> None:
    a = await Store.open(db_location)
    b = await Store.open(db_location)
    try:
        async def writer(store: Store, offset: int) -> None:
            for batch in range(20):
                await store.ingest([make_mention(offset + batch * 10 + i) for i in range(10)])

        await asyncio.gather(writer(a, 0), writer(b, 10_000))
        assert await a.count_mentions() == 400
        assert await b.integrity_check() == "ok"
    finally:
        await a.close()
        await b.close()


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_online_backup_while_another_connection_writes(db_path: Path, tmp_path: Path) -> None:
    writer = await Store.open(db_path)
    await writer.ingest([make_mention(i) for i in range(100)])
    reader = await Store.open(db_path)
    try:
        target = tmp_path / "backup.sqlite"
        await asyncio.gather(reader.backup_to(target), writer.ingest([make_mention(i) for i in range(100, 200)]))
        async with await Store.open(target, create=False) as copy:
            assert await copy.integrity_check() == "ok"
            assert await copy.count_mentions() in (100, 200)
        with pytest.raises(StoreError, match="already exists"):
            await reader.backup_to(target)
    finally:
        await reader.close()
        await writer.close()


async def test_change_log_records_other_tables(store: Store) -> None:
    start = await store.latest_change_id()
    await store.notify(["amy"], "assigned", "You have a new case")
    changes = await store.changes_since(start)
    assert [c.entity for c in changes] == ["notifications"]


async def test_a_write_cancelled_while_starting_never_leaves_a_transaction_open(store: Store) -> None:
    await store.ingest([make_mention(1)])
    for delay in (0, 0.0001, 0.001):
        task = asyncio.create_task(store.ingest([make_mention(100)]))
        await asyncio.sleep(delay)
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        # The next write must work: no "cannot start a transaction within a transaction".
        await store.notify(["amy"], "check", f"after cancel {delay}")
    assert not store._db.in_transaction
    assert await store.integrity_check() == "ok"


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_each_batch_is_indexed_once_for_search_and_the_hourly_rollup(store: Store) -> None:
    await store.ingest([make_mention(i, text=f"flooding report {i}") for i in range(5)])
    await store.ingest([make_mention(i, text=f"flooding report {i}") for i in range(5)])  # seen again
    await store.ingest([make_mention(9, text="library hours")])
    assert len(await store.search("flooding")) == 5
    assert await store.count_mentions(MentionFilter(text="flooding")) == 5
    assert await store._fetchval("SELECT sum(n) FROM mention_rollup") == 6
    if not store.postgres:  # FTS5's own table: one row per mention (PostgreSQL's index is a column)
        assert await store._fetchval("SELECT count(*) FROM mentions_fts") == await store.count_mentions() == 6


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_search_stems_and_leaves_out_minus_words(store: Store) -> None:
    await store.ingest([make_mention(1, text="Basement flooding on Harrow Road"),
                        make_mention(2, text="The park flooded again"),
                        make_mention(3, text="Flood test of the sirens"),
                        make_mention(4, text="Bins missed")])
    assert {h.mention.platform_id for h in await store.search("flood")} == {"1", "2", "3"}
    assert {h.mention.platform_id for h in await store.search("flood -test")} == {"1", "2"}
    assert {h.mention.platform_id for h in await store.search('flood -"harrow road"')} == {"2", "3"}


@pytest.mark.parametrize(("query", "words"), [
    ('"unclosed', "quote mark is not closed"),
    ("(kilburn", "( is not closed"),
    ("kilburn)", ") has no ("),
    ("bins AND", "need a word on each side"),
    ("-test", "say what to find as well"),
])
async def test_search_errors_say_what_is_wrong_in_words(store: Store, query: str, words: str) -> None:
    with pytest.raises(SearchError, match=re.escape(words)) as caught:
        await store.search(query)
    assert "fts5" not in str(caught.value) and "syntax" not in str(caught.value)


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_a_read_cancelled_midway_leaves_the_connection_working(store: Store) -> None:
    """A screen's worker replaced by a newer keypress cancels its read: the statement still runs to
    its end on the connection every later call needs (on PostgreSQL, psycopg would otherwise cancel
    it on the server and, interrupted, close the connection)."""
    await store.ingest([make_mention(i) for i in range(3)])
    slow = ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 200000) "
            "SELECT count(*) FROM c")
    for wait in (0.001, 0.005, 0.02):
        task = asyncio.create_task(store._fetchval(slow))
        await asyncio.sleep(wait)
        task.cancel()  # and again while the first is being handled, as a worker torn down twice
        await asyncio.sleep(0.001)
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    assert await store.count_mentions() == 3
    await store.ingest([make_mention(9)])
    assert await store.count_mentions() == 4


async def test_a_writer_cancelled_while_queued_for_the_lock_leaves_nothing_held(db_location: Path | str) -> None:
    """A keypress's worker replaced while another session writes: its place in the queue for the write
    lock is given back, so the next writer, on any connection, is not kept waiting."""
    a, b, c = [await Store.open(db_location) for _ in range(3)]
    try:
        release = asyncio.Event()

        async def hold() -> None:
            async with a.transaction() as db:
                await db.execute("UPDATE app_meta SET value = value WHERE key = 'nothing'")
                await release.wait()

        holder = asyncio.create_task(hold())
        await asyncio.sleep(0.2)
        queued = asyncio.create_task(b.set_meta("queued", "1"))
        await asyncio.sleep(0.2)
        queued.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await queued
        release.set()
        await holder
        await asyncio.sleep(0.2)
        assert not b._db.in_transaction
        started = time.monotonic()
        await c.set_meta("after", "1")
        assert time.monotonic() - started < 2.0
        assert await c.meta("queued") is None
    finally:
        for s in (a, b, c):
            await s.close()


@pytest.mark.parametrize("words", ["o’brien", "don’t", "«bins»", "bins !!!", "!!!", "bins & flood", "bins | flood",
                                   "bins -!!!", '""', '"!!"', "()", "text:*", "*", "x ∖ y", "a ＇b", "foo\\bar",
                                   "Лондон", "北京", "café*"])
@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_any_search_an_officer_types_finds_or_says_why_in_words(store: Store, words: str) -> None:
    """Curly quotes, lone punctuation, symbols, other scripts: a result, or a `SearchError` that says
    why, on either backend (never the database's own syntax error)."""
    await store.ingest([make_mention(1, text="O’Brien says bins and flood on café Лондон road")])
    try:
        hits = await store.search(words)
        counted = await store.count_mentions(MentionFilter(text=words))
    except SearchError:
        return
    assert isinstance(hits, list) and counted == len(hits)
