"""The tamper-evident audit trail (issue 15) on real SQLite files: every path that writes decisions,
audit rows or FOI events keeps the chain valid, and `brent-tui audit --verify` names each row that an
intruder with the file edits, deletes or inserts with plain SQL."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from brent_tui.cli.main import main
from brent_tui.domain.models import ChainHead, Role, Route
from brent_tui.domain.roles import Actor
from brent_tui.jobs.demo import build_demo
from brent_tui.store import Store
from brent_tui.store.chain import CHAINED, GENESIS, Link, row_hash, verify
from brent_tui.store.foi import FoiCaseDraft
from brent_tui.store.triage import incident_log_csv, incident_log_markdown
from tests.conftest import BASE_TIME, decide, make_mention
from tests.test_insights_store import build as build_insights
from tests.test_store import _make_at_version

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
WEB = Actor(login="webby", name="Wendy Webb", role=Role.WEB_TEAM, department="Web")
WEB2 = Actor(login="webb2", name="Will Webb", role=Role.WEB_TEAM, department="Web")
# FOI cases received on 20 Nov with notes to 24 Nov: refused as "in the future" before then.
pytestmark = pytest.mark.at(NOW + timedelta(days=2))


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    asyncio.run(build_demo(path, mentions=300, seed=3, now=NOW))
    return path


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo database for each test to tamper with."""
    path = tmp_path / "demo.sqlite"
    source, target = sqlite3.connect(demo_template), sqlite3.connect(path)
    source.backup(target)
    source.close()
    target.close()
    return path


def sql(path: Path, script: str) -> None:
    """What an intruder with write access to the file can do: plain SQL, no brent-tui."""
    con = sqlite3.connect(path)
    try:
        con.executescript(script)
        con.commit()
    finally:
        con.close()


def query(path: Path, statement: str, params: tuple = ()) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(statement, params).fetchall()
    finally:
        con.close()


def chain_order(path: Path) -> list[tuple[str, int, int, str]]:
    """(table, id, seq, row_hash) of every sealed row, in chain order."""
    rows = []
    for table in CHAINED:
        rows += [(table, *r) for r in query(path, f"SELECT id, chain_seq, row_hash FROM {table} "
                                                  "WHERE row_hash IS NOT NULL")]
    return sorted(rows, key=lambda r: r[2])


def cli(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as exc:  # argparse's own refusals
        return int(exc.code or 0)


def run_verify(path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, list[str]]:
    code = cli(["audit", "--verify", "--db", str(path), *extra])
    return code, capsys.readouterr().out.splitlines()


# --------------------------------------------------------------------------- intact


def test_demo_database_verifies_intact_with_one_exact_line(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    order = chain_order(demo)
    assert len(order) > 20 and [seq for _t, _i, seq, _h in order] == list(range(1, len(order) + 1))
    code, lines = run_verify(demo, capsys)
    assert code == 0
    assert lines == [f"{len(order)} rows, chain intact, head {order[-1][3]}"]


async def _two_sessions(db_path: Path) -> None:
    a, b = await Store.open(db_path), await Store.open(db_path)
    try:
        await a.ingest([make_mention(i) for i in range(1, 21)])

        async def triage(store: Store, actor: Actor, ids: range) -> None:
            for mention_id in ids:
                await decide(store, actor, mention_id, Route.WEB_TEAM, reason="ours", now=NOW)
                await asyncio.sleep(0)

        async def foi(store: Store) -> None:
            case = await store.create_foi_case(WEB2, FoiCaseDraft(
                channel="email", request_text="How many potholes?", received_on=date(2026, 11, 20),
                applicant_name="Margaret Doyle", contact="m.doyle@example.org"))
            for day in (20, 21, 23):
                await store.add_foi_event(WEB2, case.id, "note", date(2026, 11, day), f"note {day}")

        await asyncio.gather(triage(a, WEB, range(1, 11)), triage(b, WEB2, range(11, 21)), foi(b))
        await a.undo(WEB, (await a.decisions(1))[-1].id, now=NOW)
        await decide(b, WEB2, 2, Route.MONITOR, reason="changed my mind", now=NOW)  # supersedes a's decision
        verdict = await b.verify_chain()
        assert verdict.intact, verdict.problems
    finally:
        await a.close()
        await b.close()


def test_two_sessions_writing_keep_one_intact_chain(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Decisions, FOI events and audit rows from two connections at once: one chain, no gaps, no forks."""
    asyncio.run(_two_sessions(db_path))
    order = chain_order(db_path)
    counts = {t: query(db_path, f"SELECT count(*) FROM {t}")[0][0] for t in CHAINED}
    assert len(order) == sum(counts.values()) and counts["decisions"] == 22 and counts["foi_events"] == 3
    assert [seq for _t, _i, seq, _h in order] == list(range(1, len(order) + 1))
    code, lines = run_verify(db_path, capsys)
    assert (code, lines) == (0, [f"{len(order)} rows, chain intact, head {order[-1][3]}"])


def test_an_foi_event_deleted_through_brent_tui_is_bridged_not_flagged(
        db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    async def setup() -> tuple[list, str]:
        async with await Store.open(db_path) as store:
            case = await store.create_foi_case(WEB, FoiCaseDraft(
                channel="email", request_text="Bins?", received_on=date(2026, 11, 20), applicant_name="Ann Lee",
                contact="ann@example.org"))
            events = [await store.add_foi_event(WEB, case.id, "note", date(2026, 11, d), "n") for d in (20, 23, 24)]
            tail_head = (await store.chain_head()).head
            await store.delete_foi_event(WEB, events[1].id)  # from the middle
            return events, tail_head

    events, tail_head = asyncio.run(setup())
    code, lines = run_verify(db_path, capsys)
    assert code == 0 and lines[0].endswith("chain intact, head " + chain_order(db_path)[-1][3])
    assert f"foi_events #{events[1].id} was removed through brent-tui (audit_log #" in lines[1]
    # An export printed while the removed event's audit row was the head still checks out.
    code, lines = run_verify(db_path, capsys, "--head", tail_head)
    assert code == 0 and f"head {tail_head} found at audit_log #" in lines[1]
    # The same removal done with plain SQL is named (by its place: no foi_events row follows to count ids up to).
    sql(db_path, f"DELETE FROM foi_events WHERE id = {events[2].id}")
    code, lines = run_verify(db_path, capsys)
    assert (code, lines[0]) == (1, "1 row removed between audit_log #3 and audit_log #4")


# --------------------------------------------------------------------------- tampering


@pytest.mark.parametrize(("table", "script"), [
    ("decisions", "DROP TRIGGER decisions_append_only_update; UPDATE decisions SET reason = 'nothing to see' "
                  "WHERE id = {id}"),
    ("decisions", "DROP TRIGGER decisions_append_only_update; UPDATE decisions SET route = 1 WHERE id = {id}"),
    ("foi_events", "UPDATE foi_events SET note = 'Fee paid' WHERE id = {id}"),
    ("foi_events", "UPDATE foi_events SET on_date = '2026-01-01' WHERE id = {id}"),
])
def test_an_edited_row_is_named_altered(demo: Path, capsys: pytest.CaptureFixture[str], table: str,
                                        script: str) -> None:
    row_id = query(demo, f"SELECT id FROM {table} ORDER BY id LIMIT 1 OFFSET 3")[0][0]
    sql(demo, script.format(id=row_id))
    code, lines = run_verify(demo, capsys)
    assert code == 1
    assert lines[0] == f"{table} #{row_id}: altered (its content no longer matches its hash)"
    assert lines[-1].startswith("chain broken: 1 problem in ")


def test_an_edited_audit_row_is_named_altered(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    async def setup() -> None:
        async with await Store.open(db_path) as store:
            await store.ingest([make_mention(i) for i in range(1, 4)])
            for i in range(1, 4):
                await decide(store, WEB, i, Route.WEB_TEAM, now=NOW)

    asyncio.run(setup())
    target = query(db_path, "SELECT id FROM audit_log WHERE entity_id = '2'")[0][0]
    sql(db_path, f"UPDATE audit_log SET who = 'someone_else' WHERE id = {target}")
    code, lines = run_verify(db_path, capsys)
    assert (code, lines[0]) == (1, f"audit_log #{target}: altered (its content no longer matches its hash)")


def test_an_edit_with_its_hash_recomputed_is_still_named(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An intruder who knows the scheme and re-hashes the row: the next row still links to the old hash."""
    row_id = 4
    sql(demo, f"UPDATE foi_events SET note = 'forged' WHERE id = {row_id}")
    con = sqlite3.connect(demo)
    cols = ", ".join(f'"{c}"' for c in CHAINED["foi_events"])
    row = con.execute(f"SELECT {cols}, chain_seq, prev_hash FROM foi_events WHERE id = ?", (row_id,)).fetchone()
    values, seq, prev = row[:-2], row[-2], row[-1]
    con.execute("UPDATE foi_events SET row_hash = ? WHERE id = ?", (row_hash("foi_events", seq, prev, values), row_id))
    con.commit()
    con.close()
    code, lines = run_verify(demo, capsys)
    assert code == 1 and lines[0].startswith(f"foi_events #{row_id}: altered and re-hashed (")


@pytest.mark.parametrize("table", ["decisions", "foi_events"])
def test_a_deleted_middle_row_is_named_removed(demo: Path, capsys: pytest.CaptureFixture[str], table: str) -> None:
    order = chain_order(demo)
    mine = [(i, row) for i, row in enumerate(order) if row[0] == table]
    i, (_t, row_id, _s, _h) = mine[len(mine) // 2]
    before, after = order[i - 1], order[i + 1]
    sql(demo, f"DROP TRIGGER IF EXISTS decisions_append_only_delete; DELETE FROM {table} WHERE id = {row_id}")
    code, lines = run_verify(demo, capsys)
    assert code == 1
    assert lines[0] == (f"1 row removed between {before[0]} #{before[1]} and {after[0]} #{after[1]}: "
                        f"{table} #{row_id}")


def test_deleting_the_first_row_is_named(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, second = chain_order(demo)[:2]
    sql(demo, f"DELETE FROM {first[0]} WHERE id = {first[1]}")
    code, lines = run_verify(demo, capsys)
    assert code == 1
    assert lines[0] == (f"1 row removed before {second[0]} #{second[1]}, the first row of the chain: "
                        f"{first[0]} #{first[1]}")


def test_a_row_inserted_with_plain_sql_is_named(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sql(demo, "INSERT INTO decisions (mention_id, route, decided_by, decided_at, reason) "
              "VALUES (1, 2, 'webby', '2026-11-20T10:00:00Z', 'backdated')")
    forged = query(demo, "SELECT max(id) FROM decisions")[0][0]
    code, lines = run_verify(demo, capsys)
    assert code == 1
    assert lines[0] == f"decisions #{forged}: inserted (it has no chain hash: added outside brent-tui)"


def test_a_forged_row_with_a_valid_hash_in_the_middle_is_named(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The intruder copies the scheme: links to a real row and hashes correctly. The row after still
    links to the real row, so the forgery is a fork and is named."""
    order = chain_order(demo)
    anchor = next(row for row in order[5:] if row[0] == "decisions")  # demo has no audit rows: seq is free there
    at = order.index(anchor)
    seq, prev = anchor[2], anchor[3]
    values = (999, "2026-11-20T10:00:00Z", "webby", "decide", "mention", "1", "{}")
    digest = row_hash("audit_log", seq, prev, values)
    sql(demo, "INSERT INTO audit_log (id, at, who, action, entity, entity_id, detail, chain_seq, prev_hash, row_hash) "
              f"VALUES (999, '2026-11-20T10:00:00Z', 'webby', 'decide', 'mention', '1', '{{}}', {seq}, "
              f"'{prev}', '{digest}')")
    code, lines = run_verify(demo, capsys)
    nxt = order[at + 1]
    assert code == 1
    assert lines[0] == f"audit_log #999: inserted (not part of the chain: {nxt[0]} #{nxt[1]} links past it)"


def test_unsetting_superseded_by_to_revive_an_old_decision_is_named(
        db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    async def setup() -> tuple[int, int]:
        async with await Store.open(db_path) as store:
            await store.ingest([make_mention(1)])
            first = await decide(store, WEB, 1, Route.ESCALATE, now=NOW)
            second = await decide(store, WEB, 1, Route.MONITOR, now=NOW)
            return first.id, second.id

    first, second = asyncio.run(setup())
    sql(db_path, f"DROP TRIGGER decisions_append_only_update; UPDATE decisions SET superseded_by = NULL "
                 f"WHERE id = {first}")
    code, lines = run_verify(db_path, capsys)
    assert (code, lines[0]) == (1, f"decisions #{first}: superseded_by altered (decision #{second} supersedes it)")


def test_tail_deletion_is_caught_against_an_earlier_head(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines = run_verify(demo, capsys)
    printed = lines[0].rsplit(" ", 1)[1]  # the head an export printed earlier

    async def more() -> None:
        async with await Store.open(demo) as store:
            await decide(store, WEB, 5, Route.WEB_TEAM, reason="late", now=NOW)

    asyncio.run(more())
    code, lines = run_verify(demo, capsys, "--head", printed[:20])  # typed back from paper: a prefix will do
    assert code == 0 and lines[1].startswith(f"head {printed[:20]} found at ") and lines[1].endswith(
        "; 2 rows came after it")  # the decision and its audit row
    later = chain_order(demo)[-1][3]
    sql(demo, "DROP TRIGGER decisions_append_only_delete; DELETE FROM audit_log WHERE id = (SELECT max(id) FROM "
              "audit_log); DELETE FROM decisions WHERE id = (SELECT max(id) FROM decisions)")
    code, lines = run_verify(demo, capsys)
    assert code == 0  # the tail alone cannot tell: that is what the printed head is for
    code, lines = run_verify(demo, capsys, "--head", later)
    assert code == 1
    assert lines[0] == f"head {later} is not in the chain: a row at or before it was altered or removed"


@pytest.mark.parametrize(("argv", "words"), [
    (["--verify", "--head", "not-a-hash"], "not a chain head"),
    (["--verify", "--head", "abc"], "not a chain head"),
    (["--head", "a" * 64], "--head needs --verify"),
    (["--verify", "--who", "webby"], "takes no --who"),
    (["--verify", "--csv"], "takes no"),
])
def test_bad_verify_input_is_one_line_and_exit_2(demo: Path, capsys: pytest.CaptureFixture[str], argv: list[str],
                                                 words: str) -> None:
    assert cli(["audit", "--db", str(demo), *argv]) == 2
    err = capsys.readouterr().err
    assert words in err and len(err.strip().splitlines()) == 1


# --------------------------------------------------------------------------- migration


def test_migration_chains_the_rows_an_older_version_wrote(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _make_at_version(db_path, 7)
    sql(db_path, """
        INSERT INTO decisions (id, mention_id, route, decided_by, decided_at, superseded_by)
            VALUES (1, 1, 2, 'webby', '2026-11-20T10:00:00Z', 2);
        INSERT INTO decisions (id, mention_id, route, decided_by, decided_at, supersedes, reason)
            VALUES (2, 1, 4, 'comms', '2026-11-20T11:00:00Z', 1, 'join in');
        INSERT INTO audit_log (at, who, action, entity, entity_id, detail)
            VALUES ('2026-11-20T10:00:00Z', 'webby', 'decide', 'mention', '1', '{"route": 2}');
        INSERT INTO foi_events (id, case_id, kind, on_date, note, by, at)
            VALUES (3, 1, 'note', '2026-11-20', NULL, 'webby', '2026-11-20T12:00:00Z');
        INSERT INTO foi_events (id, case_id, kind, on_date, note, by, at)
            VALUES (7, 1, 'note', '2026-11-21', 'after a gap', 'webby', '2026-11-21T12:00:00Z');
    """)

    async def migrate_and_decide():
        async with await Store.open(db_path) as store:
            assert (await store.verify_chain()).intact
            await store.ingest([make_mention(1)])
            await decide(store, WEB, 1, Route.MONITOR, now=NOW)  # supersedes legacy decision 2: sealed, then set
            return await store.verify_chain()

    verdict = asyncio.run(migrate_and_decide())
    assert verdict.intact and verdict.rows == 7, verdict.problems
    assert [r[:3] for r in chain_order(db_path)] == [
        ("decisions", 1, 1), ("decisions", 2, 2), ("audit_log", 1, 3), ("foi_events", 3, 4), ("foi_events", 7, 5),
        ("decisions", 3, 6), ("audit_log", 2, 7)]
    code, lines = run_verify(db_path, capsys)
    assert code == 0 and lines[0].startswith("7 rows, chain intact, head ")
    # Still append-only: content and chain columns stay as sealed, superseded_by is set once.
    for change in ("route = 1", "row_hash = 'x'", "chain_seq = 99", "superseded_by = 1"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            sql(db_path, f"UPDATE decisions SET {change} WHERE id = 2")


# --------------------------------------------------------------------------- exports


def _head(path: Path) -> ChainHead:
    order = chain_order(path)
    return ChainHead(rows=len(order), head=order[-1][3] if order else GENESIS)


@pytest.mark.parametrize("fmt", ["md", "csv", "json"])
def test_the_report_carries_the_chain_head(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "r.sqlite"

    async def setup() -> None:
        async with await Store.open(path) as store:
            await build_insights(store)  # its decisions and FOI events are chained

    asyncio.run(setup())
    chain = _head(path)
    assert chain.rows > 5
    out = tmp_path / f"report.{fmt}"
    assert cli(["report", "--db", str(path), "--from", "2026-11-18", "--to", "2026-11-20", "--format", fmt,
                 "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    if fmt == "md":
        assert text.rstrip().splitlines()[-1] == chain.markdown()
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        assert rows[-2:] == [
            {"section": "audit", "figure": "chain", "key": "rows", "value": str(chain.rows)},
            {"section": "audit", "figure": "chain", "key": "head", "value": chain.head}]
    else:
        assert json.loads(text)["audit_chain"] == {"rows": chain.rows, "head": chain.head}


async def test_the_incident_log_carries_the_chain_head(db_path: Path) -> None:
    async with await Store.open(db_path) as store:
        await store.ingest([make_mention(1, text="flood on the high road")])
        incident = await store.create_incident(WEB, name="Flood", keywords=["flood"],
                                               starts_at=BASE_TIME - timedelta(hours=1), now=NOW)
        await decide(store, WEB, 1, Route.ESCALATE, now=NOW)
        log, chain = await store.incident_log(incident), await store.chain_head()
    assert chain == _head(db_path) and chain.rows == 3  # create_incident's audit row, the decision, its audit row
    rows = list(csv.DictReader(io.StringIO(incident_log_csv(log, chain))))
    assert [r["kind"] for r in rows] == ["mention", "decision", "audit-chain"]
    assert rows[-1]["text"] == f"3 rows, head {chain.head}"
    assert incident_log_markdown(incident, log, chain).rstrip().splitlines()[-1] == chain.markdown()


def test_the_audit_csv_ends_with_the_chain_head(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    async def act() -> None:
        async with await Store.open(demo) as store:
            await decide(store, WEB, 7, Route.WEB_TEAM, reason="=HYPERLINK(\"http://x\")", now=NOW)

    asyncio.run(act())
    assert cli(["audit", "--db", str(demo), "--csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    chain = _head(demo)
    assert rows[0]["action"] == "decide" and rows[-1]["action"] == "audit-chain"
    assert rows[-1]["detail"] == f"{chain.rows} rows, head {chain.head}"


# --------------------------------------------------------------------------- the hash itself


def test_the_hash_covers_types_place_and_previous_row() -> None:
    base = row_hash("foi_events", 4, GENESIS, (1, 2, "note", "2026-11-20", None, "webby", "2026-11-20T12:00:00Z"))
    assert len(base) == 64
    assert base != row_hash("foi_events", 4, GENESIS, (1, "2", "note", "2026-11-20", None, "webby",
                                                       "2026-11-20T12:00:00Z"))  # 2 is not "2"
    assert base != row_hash("foi_events", 5, GENESIS, (1, 2, "note", "2026-11-20", None, "webby",
                                                       "2026-11-20T12:00:00Z"))
    assert base != row_hash("foi_events", 4, "1" * 64, (1, 2, "note", "2026-11-20", None, "webby",
                                                        "2026-11-20T12:00:00Z"))
    assert base != row_hash("audit_log", 4, GENESIS, (1, 2, "note", "2026-11-20", None, "webby",
                                                      "2026-11-20T12:00:00Z"))
    assert row_hash("audit_log", 1, GENESIS, (1, b"\x00", "\udcff", 1.5, None, "é", "{}"))  # anything SQLite holds


def test_verify_is_pure_and_names_a_swapped_pair() -> None:
    rows, prev = [], GENESIS
    for seq in range(1, 5):
        values = (seq, f"2026-11-20T10:0{seq}:00Z", "webby", "decide", "mention", str(seq), "{}")
        digest = row_hash("audit_log", seq, prev, values)
        rows.append(Link("audit_log", values, seq, prev, digest))
        prev = digest
    assert verify(rows).intact and verify(rows).head == prev
    swapped = [*rows[:1], rows[2], rows[1], *rows[3:]]
    assert verify(swapped).intact  # the order is the chain's, not the storage's
    swapped = [Link(r.table, r.values, i + 1, r.prev_hash, r.row_hash) for i, r in enumerate(swapped)]
    assert verify(swapped).problems == [
        "audit_log #3: inserted (not part of the chain: audit_log #2 links past it)",
        "audit_log #2: altered (its content no longer matches its hash)"]
