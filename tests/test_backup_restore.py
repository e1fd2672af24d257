"""`brent-tui backup` while another process writes, and `brent-tui restore` with its checks.

- backup uses SQLite's online backup: taken while a second process ingests batch after batch,
  the copy passes `PRAGMA integrity_check`, holds whole batches only, and restores;
- restore checks the file first (a non-SQLite file, a corrupt database and a newer schema are
  refused and the live database is left byte-for-byte alone), keeps the database it replaces as
  `<db>.pre-restore-<time>.bak`, and the restored database is the backup's content;
- the automatic backup before a migration is tested in tests/test_store.py
  (`store.last_migration_backup`).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from brent_tui.cli.main import main

pytestmark = pytest.mark.usefixtures("web_team")

WRITER = textwrap.dedent('''
    import asyncio, sys
    from datetime import UTC, datetime, timedelta
    from brent_tui.domain.models import MentionIn, Platform
    from brent_tui.store import Store

    async def run(db):
        async with await Store.open(db) as store:
            print("ready", flush=True)
            batch = 0
            while True:
                batch += 1
                await store.ingest([MentionIn(platform=Platform.X, platform_id=f"w{batch}-{i}", author_handle="w",
                                              text=f"batch {batch} mention {i}",
                                              created_at=datetime(2026, 1, 1, tzinfo=UTC) + timedelta(seconds=batch))
                                    for i in range(50)])

    asyncio.run(run(sys.argv[1]))
''')


def _count(path: Path, sql: str = "SELECT count(*) FROM mentions") -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


@pytest.mark.slow
def test_backup_while_another_process_writes_is_whole_and_restorable(tmp_path: Path, isolated_home: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "live.sqlite"
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    env = {**os.environ, "BRENT_TUI_HOME": str(isolated_home),
           "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    writer = subprocess.Popen([sys.executable, str(script), str(db)], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + 20
        while _count(db) < 2000 and time.monotonic() < deadline:
            time.sleep(0.05)
        backups = []
        for n in range(3):  # several, each mid-stream
            target = tmp_path / f"backup{n}.sqlite"
            assert main(["backup", "--db", str(db), str(target)]) == 0
            assert "integrity ok" in capsys.readouterr().out
            backups.append(target)
            time.sleep(0.1)
        assert writer.poll() is None, "the writer stopped: the backup got in its way"
    finally:
        writer.kill()
        writer.communicate(timeout=10)
    counts = []
    for target in backups:
        con = sqlite3.connect(target)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            n = con.execute("SELECT count(*) FROM mentions").fetchone()[0]
            per_batch = con.execute("SELECT count(*) FROM mentions GROUP BY substr(platform_id, 1, "
                                    "instr(platform_id, '-'))").fetchall()
        finally:
            con.close()
        assert n % 50 == 0 and all(c == (50,) for c in per_batch), "a half-written batch in the backup"
        counts.append(n)
    assert counts == sorted(counts) and counts[0] >= 2000

    # restore the middle one over the live database
    live_before = _count(db)
    assert main(["restore", "--db", str(db), "--yes", str(backups[1])]) == 0
    out = capsys.readouterr().out
    assert "kept the current database as" in out
    kept = next(tmp_path.glob("live.sqlite.pre-restore-*.bak"))
    assert _count(kept) == live_before
    assert _count(db) == counts[1]
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()


def test_restore_refuses_bad_files_and_leaves_the_live_database_alone(tmp_path: Path, isolated_home: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    import asyncio

    from brent_tui.store import SCHEMA_VERSION, Store
    from tests.conftest import make_mention

    db = tmp_path / "live.sqlite"

    async def build() -> None:
        async with await Store.open(db) as store:
            await store.ingest([make_mention(i) for i in range(20)])

    asyncio.run(build())
    good = tmp_path / "good-backup.sqlite"
    assert main(["backup", "--db", str(db), str(good)]) == 0
    text = tmp_path / "notes.txt"
    text.write_text("not a database\n" * 100)
    corrupt = tmp_path / "corrupt.sqlite"
    data = bytearray(good.read_bytes())
    data[100:4096] = b"\x00" * (4096 - 100)
    corrupt.write_bytes(bytes(data))
    newer = tmp_path / "newer.sqlite"
    newer.write_bytes(good.read_bytes())
    con = sqlite3.connect(newer)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    con.close()
    before = db.read_bytes()
    capsys.readouterr()
    for bad, words in [(text, "not an SQLite database"), (corrupt, "SQLite database"),
                       (newer, "newer brent-tui"), (tmp_path / "missing.sqlite", "no such file")]:
        code = main(["restore", "--db", str(db), "--yes", str(bad)])
        err = capsys.readouterr().err
        assert code == 2 and words in err and "Traceback" not in err, (bad.name, err)
        assert db.read_bytes() == before, f"{bad.name}: the live database was changed"
    assert not list(tmp_path.glob("*.bak")), "a refused restore should not even make a safety copy"
    assert text.read_text() == "not a database\n" * 100
