"""The app on a full disk and on a database the user cannot write, pressing the real keys in a
child process (tests/sandbox.py): one notification per failure, never "Something went wrong"; a
read-only database shows READ-ONLY in the header and a notice, and a triage key says why it
cannot save, leaving the mention in focus."""

from __future__ import annotations

import asyncio
import textwrap
from pathlib import Path

import pytest

from brent_tui.config import Config
from tests.conftest import DATA_NOW
from tests.sandbox import json_result, run_python
from tests.tui.test_triage import _db

APP = textwrap.dedent('''
    import asyncio, json, os, sqlite3, sys
    from pathlib import Path
    from brent_tui.config import Config
    from tests.tui.conftest import PEOPLE, make_app
    from tests.tui.helpers import open_triage, screen_text, settle

    async def fill(folder):
        """Take every free block, after emptying the -wal, so the next commit must grow it. The
        checkpoint is asked again until it is done: while the app's scorer is reading, it reports
        busy and leaves the -wal as it was, and a commit then reuses its space without growing it."""
        con = sqlite3.connect(folder / "brent.sqlite")
        for _ in range(200):
            if con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0:
                break
            await asyncio.sleep(0.05)
        else:
            raise SystemExit("the -wal could not be emptied: a reader held it for 10 s")
        con.close()
        fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            while True:
                os.write(fd, b"\\0" * 4096)
        except OSError:
            pass
        os.close(fd)

    async def main(db, full):
        config = Config.model_validate({"people": PEOPLE, "departments": [{"name": "Web", "lead": "webby"}],
                                        "app": {"poll_in_app": False}})
        app = make_app(config, Path(db))
        async with app.run_test(size=(160, 40)) as pilot:
            screen = await open_triage(app, pilot)
            await settle(app, pilot)
            first = screen.focus_item.mention.id
            if full == "full":
                await fill(Path(db).parent)
            await pilot.press("2")
            await settle(app, pilot)
            await pilot.pause(0.3)  # any late lease or refill worker too
            await settle(app, pilot)
            decided = sqlite3.connect(f"file:{db}?mode=ro", uri=True).execute(
                "SELECT count(*) FROM decisions").fetchone()[0]
            print(json.dumps({
                "read_only": app.store.read_only,
                "focus_back": screen.focus_item is not None and screen.focus_item.mention.id == first,
                "header": screen_text(app).splitlines()[:2],
                "decisions": decided,
                "notes": [[n.severity, n.title or "", n.message] for n in app._notifications],
            }))

    asyncio.run(main(sys.argv[1], sys.argv[2]))
''')


def _database(path: Path, config: Config) -> Path:
    return asyncio.run(_db(path, config))


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
def test_a_triage_key_on_a_full_disk_gives_one_notification(config: Config, tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    # built inside the child's tmpfs: the database must live on the disk that fills
    build = textwrap.dedent('''
        import asyncio, sys
        from pathlib import Path
        from brent_tui.config import Config
        from tests.tui.conftest import PEOPLE
        from tests.tui.test_triage import _db
        config = Config.model_validate({"people": PEOPLE, "app": {"poll_in_app": False}})
        asyncio.run(_db(Path(sys.argv[1]), config))
    ''')
    code = f"import subprocess, sys\nsubprocess.run([sys.executable, '-c', {build!r}, sys.argv[1]], check=True)\n" + APP
    out = json_result(run_python(code, str(disk / "brent.sqlite"), "full", home=tmp_path / "home", tmpfs=disk,
                                 size="3m"))
    notes = out["notes"]
    assert len(notes) == 1, notes
    severity, _, message = notes[0]
    assert severity == "error" and "Not saved" in message and "back in focus" in message
    assert f"disk full: {disk / 'brent.sqlite'} and its -wal cannot grow" in message, message
    assert not any("Something went wrong" in n[2] for n in notes)
    assert out["focus_back"] and out["decisions"] == 0


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
def test_a_read_only_database_shows_a_notice_and_a_triage_key_says_why(config: Config, tmp_path: Path) -> None:
    db = _database(tmp_path / "brent.sqlite", config)
    db.chmod(0o444)
    out = json_result(run_python(APP, str(db), "read-only", home=tmp_path / "home", unprivileged=True))
    assert out["read_only"] is True
    assert "READ-ONLY" in out["header"][1], out["header"]
    notice, refusal = out["notes"]
    assert notice[:2] == ["warning", "Read-only database"]
    assert notice[2].startswith(f"read-only: {db} is not writable by ") and "you can look" in notice[2]
    assert refusal[0] == "error" and refusal[2].startswith(f"read-only: {db} is not writable by "), refusal
    assert "nothing was saved" in refusal[2] and "mode 0444" in refusal[2]
    assert out["focus_back"] and out["decisions"] == 0  # the card never moved on
