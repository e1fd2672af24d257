"""A full disk and a database this user cannot write, on real files (tests/sandbox.py).

- disk full: a store write raises `DiskFull` naming the database, its -wal and the mount; the
  batch is not half-written and, once space is freed, the next write works; `brent-tui backup`
  onto a full disk exits 2 with one line, leaves no partial target, and the retry works;
- read-only: a database file the user cannot write opens read-only (`store.read_only`) and reads
  work; a write raises `ReadOnlyDatabase` naming the file, owner and mode; write commands exit 2
  with one line, a backup from it still works; a folder the user cannot write (so no -wal/-shm
  can be made) is refused at open, naming the folder.
"""

from __future__ import annotations

import json
import os
import sqlite3
import textwrap
from pathlib import Path

import pytest

from tests.conftest import DATA_NOW
from tests.sandbox import json_result, run_python

STORE_ON_FULL_DISK = textwrap.dedent('''
    import asyncio, json, os, sys
    from pathlib import Path
    from brent_tui.store import DiskFull, Store
    from tests.conftest import make_mention

    async def main(folder):
        folder = Path(folder)
        filler = folder / "filler"
        filler.write_bytes(b"\\0" * 200_000)  # to free later
        out = {}
        async with await Store.open(folder / "brent.sqlite") as store:
            kept = 0
            try:
                for batch in range(1, 1000):
                    await store.ingest([make_mention(batch * 100 + i, text="x" * 3000) for i in range(20)])
                    kept = await store.count_mentions()
            except DiskFull as exc:
                out["error"] = str(exc)
            out["whole_batches_only"] = await store.count_mentions() == kept
            filler.unlink()
            await store.set_meta("after", "freed")
            out["after_freeing"] = await store.meta("after")
            out["integrity"] = await store.integrity_check()
        print(json.dumps(out))

    asyncio.run(main(sys.argv[1]))
''')


def test_store_write_on_a_full_disk_is_disk_full_naming_the_file(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    out = json_result(run_python(STORE_ON_FULL_DISK, str(disk), home=tmp_path / "home", tmpfs=disk, size="2m"))
    message = out["error"]
    assert message.startswith(f"disk full: {disk / 'brent.sqlite'} and its -wal cannot grow"), message
    assert f"no space left on {disk}" in message and "nothing was saved" in message and "free space" in message
    assert out["whole_batches_only"]
    assert out["after_freeing"] == "freed" and out["integrity"] == "ok"


BACKUP_ON_FULL_DISK = textwrap.dedent('''
    import json, os, subprocess, sys
    from pathlib import Path

    source, disk = sys.argv[1], Path(sys.argv[2])
    target = disk / "backup.sqlite"
    filler = disk / "filler"
    filler.write_bytes(b"\\0" * 700_000)  # leaves ~300 kB: less than the database
    def backup():
        p = subprocess.run([sys.executable, "-m", "brent_tui", "backup", "--db", source, str(target)],
                           capture_output=True, text=True)
        return {"rc": p.returncode, "stderr": p.stderr, "stdout": p.stdout}
    out = {"full": backup(), "left": sorted(n for n in os.listdir(disk) if n != "filler")}
    out["again"] = backup()  # still full: the same one line, never "already exists"
    filler.unlink()
    out["freed"] = backup()
    out["after"] = sorted(os.listdir(disk))
    print(json.dumps(out))
''')


def _database(path: Path, mentions: int, text: str = "bins") -> Path:
    import asyncio

    from brent_tui.store import Store
    from tests.conftest import make_mention

    async def build() -> None:
        async with await Store.open(path) as store:
            await store.ingest([make_mention(i, text=f"{text} {i}") for i in range(mentions)])

    asyncio.run(build())
    return path


def test_backup_onto_a_full_disk_is_one_line_leaves_nothing_and_the_retry_works(tmp_path: Path) -> None:
    source = _database(tmp_path / "live.sqlite", 100, text="x" * 1500)
    assert 400_000 < source.stat().st_size < 800_000, source.stat().st_size
    disk = tmp_path / "disk"
    out = json_result(run_python(BACKUP_ON_FULL_DISK, str(source), str(disk), home=tmp_path / "home",
                                 tmpfs=disk, size="1m"))
    target = disk / "backup.sqlite"
    for attempt in (out["full"], out["again"]):
        assert attempt["rc"] == 2, attempt
        lines = attempt["stderr"].splitlines()
        assert len(lines) == 1 and "Traceback" not in attempt["stderr"], attempt["stderr"]
        assert lines[0].startswith(f"brent-tui: error: disk full: {target} cannot be written (no space left on "
                                   f"{disk})"), lines[0]
        assert "no backup was made" in lines[0] and "free space there" in lines[0]
    assert out["left"] == [], "a partial or 0-byte backup was left behind"
    assert out["freed"]["rc"] == 0 and "integrity ok" in out["freed"]["stdout"], out["freed"]
    assert out["after"] == ["backup.sqlite"]


# ------------------------------------------------------------------ read-only

READ_ONLY_STORE = textwrap.dedent('''
    import asyncio, json, sys
    from pathlib import Path
    from brent_tui.domain.roles import login_name
    from brent_tui.store import ReadOnlyDatabase, Store, StorageError

    async def main(db):
        out = {"me": login_name()}
        try:
            store = await Store.open(Path(db), create=False)
        except StorageError as exc:
            out["open_error"] = [type(exc).__name__, str(exc)]
            print(json.dumps(out))
            return
        async with store:
            out["read_only"] = store.read_only
            out["mentions"] = await store.count_mentions()
            try:
                await store.set_meta("k", "v")
            except ReadOnlyDatabase as exc:
                out["write_error"] = str(exc)
        print(json.dumps(out))

    asyncio.run(main(sys.argv[1]))
''')


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
def test_a_database_the_user_cannot_write_opens_read_only(tmp_path: Path) -> None:
    db = _database(tmp_path / "brent.sqlite", 5)
    db.chmod(0o444)
    out = json_result(run_python(READ_ONLY_STORE, str(db), home=tmp_path / "home", unprivileged=True))
    assert out["read_only"] is True and out["mentions"] == 5
    message = out["write_error"]
    assert message.startswith(f"read-only: {db} is not writable by {out['me']} ("), message
    assert "mode 0444" in message and "nothing was saved" in message and "chmod g+w" in message
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM app_meta WHERE key = 'k'").fetchone()[0] == 0
    con.close()


def test_a_folder_the_user_cannot_write_is_refused_at_open_naming_it(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    db = _database(folder / "brent.sqlite", 2)
    folder.chmod(0o555)  # SQLite cannot create brent.sqlite-wal/-shm here
    try:
        out = json_result(run_python(READ_ONLY_STORE, str(db), home=tmp_path / "home", unprivileged=True))
    finally:
        folder.chmod(0o755)
    kind, message = out["open_error"]
    assert kind == "ReadOnlyDatabase"
    assert message.startswith(f"read-only: its folder {folder} is not writable by {out['me']} ("), message
    assert "cannot create brent.sqlite-wal and -shm" in message and "it was not opened" in message


CLI = textwrap.dedent('''
    import json, subprocess, sys
    runs = []
    for argv in json.loads(sys.argv[1]):
        p = subprocess.run([sys.executable, "-m", "brent_tui", *argv], capture_output=True, text=True)
        runs.append({"rc": p.returncode, "stderr": p.stderr, "stdout": p.stdout})
    print(json.dumps(runs))
''')


def test_cli_write_commands_on_a_read_only_database_exit_2_with_one_line(tmp_path: Path) -> None:
    from brent_tui.domain.roles import login_name

    db = _database(tmp_path / "brent.sqlite", 3)
    db.chmod(0o444)
    config = tmp_path / "config.toml"
    config.write_text("".join(f'[people.{json.dumps(who)}]\nrole = "web_team"\n'
                              for who in {login_name(), "nobody"}), encoding="utf-8")
    mentions = Path(__file__).parent / "fixtures" / "import" / "mentions.jsonl"
    backup = tmp_path / "copy.sqlite"
    common = ["--db", str(db), "--config", str(config)]
    runs = json_result(run_python(CLI, json.dumps([
        ["import", *common, str(mentions)],
        ["backup", *common, str(backup)],
        ["foi", "list", *common],
    ]), home=tmp_path / "home", unprivileged=True))
    imported, backed_up, listed = runs
    assert imported["rc"] == 2, imported
    lines = imported["stderr"].splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"brent-tui: error: read-only: {db} is not writable by "), lines
    assert backed_up["rc"] == 0 and "integrity ok" in backed_up["stdout"], backed_up  # reading is allowed
    assert listed["rc"] == 0, listed
    assert os.access(backup, os.R_OK)
