"""A tab's first showing is quick: no restyling of the whole app, the stylesheets already read."""

from __future__ import annotations

import gc
from pathlib import Path

from brent_tui.app import WARM_AFTER, css_paths, screen_class
from brent_tui.config import Config
from brent_tui.store import Store
from brent_tui.tabs import TABS
from tests.conftest import make_mention
from tests.tui.conftest import make_app
from tests.tui.helpers import settle, wait_ready


async def test_first_showing_of_each_tab_restyles_nothing_else(config: Config, db_path: Path) -> None:
    async with await Store.open(db_path) as store:
        await store.ingest([make_mention(i) for i in range(5)])
    app = make_app(config, db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await pilot.pause(WARM_AFTER + 0.3)  # the warm-up has read every tab's stylesheet
        for tab in TABS:
            for path in css_paths(screen_class(tab.name)):
                assert app.stylesheet.has_source(str(path), ""), path
        assert gc.get_freeze_count() > 0  # what start-up built is out of the collector's way
        refreshes: list[str] = []
        original = app.refresh_css

        def counted(*args, **kwargs):
            refreshes.append(app.current_mode)
            return original(*args, **kwargs)

        app.refresh_css = counted  # type: ignore[method-assign]
        for tab in [*TABS[1:], TABS[0]]:
            await pilot.press(tab.key)
            await settle(app, pilot)
            assert app.current_mode == tab.name and app.screen.loaded, tab.name
        assert refreshes == [], f"a first showing restyled the whole app: {refreshes}"
