"""The app shell: tabs by one key, help, palette, the signed-in user, read-only guests."""

from __future__ import annotations

from pathlib import Path

from brent_tui.config import Config
from brent_tui.store import Store
from tests.conftest import make_mention
from tests.tui.conftest import make_app
from tests.tui.helpers import screen_text, wait_ready


async def _db(path: Path) -> Path:
    async with await Store.open(path) as store:
        await store.ingest([make_mention(i) for i in range(3)])
    return path


async def test_five_tabs_each_one_key_and_user_in_header(config: Config, db_path: Path) -> None:
    app = make_app(config, await _db(db_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        assert app.current_mode == "feed"
        header = screen_text(app)
        assert "Wendy Webb · web team" in header
        for key, mode in [("f2", "triage"), ("f3", "calendar"), ("f4", "accounts"), ("f5", "foi"),
                          ("f6", "insights"), ("f1", "feed")]:
            await pilot.press(key)
            await pilot.pause()
            assert app.current_mode == mode


async def test_help_lists_bindings(config: Config, db_path: Path) -> None:
    app = make_app(config, await _db(db_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        from brent_tui.screens.help import HelpScreen

        assert isinstance(app.screen, HelpScreen)
        rows = {(keys, does) for _, keys, does in app.screen.rows}
        assert ("F2", "Triage: decide what each mention needs") in rows
        assert ("Ctrl+P", "Search every command by name (the command palette)") in rows
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


async def test_unknown_user_is_told_they_are_read_only(config: Config, db_path: Path) -> None:
    app = make_app(config, await _db(db_path), login="stranger")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        messages = [n.message for n in app._notifications]
        assert any("read-only" in m and "[people]" in m for m in messages)


async def test_missing_database_exits_with_a_message(config: Config, tmp_path: Path) -> None:
    app = make_app(config, tmp_path / "none.sqlite")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.3)
    assert app.return_code == 2
