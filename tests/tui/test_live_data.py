"""Live data the Textual way (Pilot): another connection's commit arrives as `DataChanged` naming the domain
entity and the screen reloads; the header follows the app's reactives; one registry names the tabs."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from brent_tui import app as app_module
from brent_tui import clock
from brent_tui.app import BrentApp, screen_class
from brent_tui.cli.main import build_parser
from brent_tui.config import Config
from brent_tui.domain.entities import Entity
from brent_tui.screens.base import DataChanged
from brent_tui.services.live import Counters
from brent_tui.store import Store
from brent_tui.store.foi import FoiCaseDraft
from brent_tui.tabs import TABS
from brent_tui.widgets.app_header import AppHeader
from tests.conftest import make_mention
from tests.tui.helpers import screen_text, settle, wait_ready, wait_until


class RecordingApp(BrentApp):
    """BrentApp that also keeps every `DataChanged` it hears (Textual runs BrentApp's handler as well)."""

    CSS_PATH = Path(app_module.__file__).with_name("app.tcss")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.heard: list[frozenset[Entity]] = []

    def on_data_changed(self, message: DataChanged) -> None:
        self.heard.append(message.entities)


def session(config: Config, db: Path, mode: str) -> RecordingApp:
    return RecordingApp(config, db_path=db, actor=config.actor("webby"), live_interval=0.2, start_mode=mode)


async def test_another_connections_commit_arrives_as_its_entity_and_the_screen_reloads(config: Config,
                                                                                       db_path: Path) -> None:
    async with await Store.open(db_path) as other:
        await other.ingest([make_mention(1)])
        app = session(config, db_path, "foi")
        async with app.run_test(size=(120, 40)) as pilot:
            await wait_ready(app, pilot)
            await settle(app, pilot)
            foi_tab = app.screen
            assert foi_tab.rows == []
            app.heard.clear()
            case = await other.create_foi_case(config.actor("webby"), FoiCaseDraft(
                channel="email", request_text="How many potholes were repaired?",
                received_on=clock.today() - timedelta(days=3), applicant_name="Margaret Doyle",
                contact="m.doyle@example.org"))
            assert await wait_until(pilot, lambda: any(r.case.id == case.id for r in foi_tab.rows)), "the tab reloaded"
            assert any(Entity.FOI in heard for heard in app.heard)
            assert all(isinstance(e, Entity) for heard in app.heard for e in heard)  # never a table name


async def test_the_header_follows_the_apps_reactives(config: Config, db_path: Path) -> None:
    async with await Store.open(db_path) as seed:
        await seed.ingest([make_mention(1)])
    app = session(config, db_path, "feed")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        assert "🔕" in screen_text(app) and "overdue" not in screen_text(app)
        await app.live.stop()  # from here only the test sets the figures
        await settle(app, pilot)
        app.counters = Counters(overdue=2, due_soon=1, unread=3)
        app.suspension_reason = "National mourning"
        await pilot.pause()
        text = screen_text(app)
        assert "overdue 2" in text and "due soon 1" in text and "🔔3" in text and "POSTS SUSPENDED" in text
        await pilot.press("f5")  # another tab's header shows the same figures
        await pilot.pause()
        assert "🔔3" in screen_text(app) and "POSTS SUSPENDED" in screen_text(app)


async def test_one_registry_names_the_tabs_everywhere(config: Config, db_path: Path) -> None:
    names = [tab.name for tab in TABS]
    tab_option = next(a for a in build_parser()._actions if "--tab" in a.option_strings)
    assert list(tab_option.choices) == names
    assert list(BrentApp.MODES) == names
    assert [(b.key, b.action, b.description) for b in BrentApp.BINDINGS if (b.id or "").startswith("tab.")] == [
        (tab.key, f"go('{tab.name}')", tab.label) for tab in TABS]
    for tab in TABS:
        screen = screen_class(tab.name)
        assert tab.name == screen.MODE, f"{screen.__name__} says it is the {screen.MODE!r} tab"
        assert screen.REFRESH_ON, f"{screen.__name__} refreshes on nothing"
    async with await Store.open(db_path) as seed:
        await seed.ingest([make_mention(1)])
    app = session(config, db_path, "foi")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        tabs = str(app.screen.query_one(AppHeader).query_one("#tabs").render())
        assert all(f"{tab.key.upper()} {tab.label}" in tabs for tab in TABS)
        await pilot.press("question_mark")
        await pilot.pause()
        assert app.screen.title_text == "FOI"  # the help names the tab as the registry does
        assert {(row[1], row[2]) for row in app.screen.rows} >= {(tab.key.upper(), f"{tab.label}: {tab.about}")
                                                               for tab in TABS}
