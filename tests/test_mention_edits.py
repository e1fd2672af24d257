"""An edited post (same platform id, new text) updates the stored mention and keeps its history.

Before, the importer and the poller took it for a duplicate: the new text was dropped. Now the
mention shows the new text, search finds it (and no longer the words that were removed), the old
text is kept in `mention_edits`, and the decisions made on the mention stay attached to it.
"""

from __future__ import annotations

import json
import random
from datetime import timedelta
from pathlib import Path

import pytest

from brent_tui.config import Config
from brent_tui.domain.models import MentionStatus, Route
from brent_tui.jobs.importer import import_file
from brent_tui.jobs.poller import ConnectorRunner, PollReport
from brent_tui.services import triage as svc
from brent_tui.services.scoring import score_pending
from brent_tui.store import Store
from connectors.base import ConnectorSettings, FetchResult
from tests.conftest import BASE_TIME, DATA_NOW, make_mention
from tests.test_poison_ingest import OnePage

pytestmark = pytest.mark.contract  # on SQLite and on PostgreSQL (tests/conftest.py)

NOW = BASE_TIME + timedelta(hours=3)
ORIGINAL = "Bins not collected on Harrow Road for two weeks"
EDITED = "Bins not collected on Harrow Road for three weeks, and the fly-tipping is back"


async def test_an_edit_updates_the_text_keeps_the_old_one_and_the_decision(store: Store) -> None:
    config = Config.model_validate({"people": {"webby": {"name": "Wendy Webb", "role": "web_team"}}})
    await store.ingest([make_mention(1, text=ORIGINAL), make_mention(2)], fetched_at=NOW)
    await score_pending(store, config, now=NOW)
    mention = await store.get_mention(1)
    await svc.decide(store, config, config.actor("webby"), mention, Route.MONITOR, now=NOW)

    later = NOW + timedelta(hours=1)
    got = await store.ingest([make_mention(1, text=EDITED), make_mention(2)], fetched_at=later)
    assert (got.inserted, got.edited) == (0, 1)
    after = await store.get_mention(1)
    assert after.text == EDITED and after.id == mention.id
    assert [(e.text, e.replaced_at) for e in await store.mention_edits(1)] == [(ORIGINAL, later)]
    assert await store.mention_edits(2) == []
    # search follows the new text
    assert [h.mention.id for h in await store.search("fly-tipping")] == [1]
    assert await store.search("two weeks") == []
    # the decision is still the mention's
    decisions = await store.decisions(1)
    assert [d.route for d in decisions] == [Route.MONITOR] and after.status is MentionStatus.WATCHING

    # the same text again is no edit; a second edit keeps both old texts, oldest first
    assert (await store.ingest([make_mention(1, text=EDITED)], fetched_at=later)).edited == 0
    await store.ingest([make_mention(1, text="Sorted now, thanks")], fetched_at=later + timedelta(hours=1))
    assert [e.text for e in await store.mention_edits(1)] == [ORIGINAL, EDITED]
    assert (await store.get_mention(1)).text == "Sorted now, thanks"


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_import_reports_an_edit_not_a_duplicate(store: Store, tmp_path: Path) -> None:
    def line(text: str) -> str:
        return json.dumps({"platform": "mastodon", "platform_id": "7", "author_handle": "a@x", "text": text,
                           "created_at": "2026-11-20T09:00:00Z"})

    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(line(ORIGINAL) + "\n")
    second.write_text(line(EDITED) + "\n" + line(EDITED) + "\n")
    await import_file(store, first)
    report = await import_file(store, second)
    assert (report.imported, report.edited, report.duplicates) == (0, 1, 1)  # the repeated line is the duplicate
    assert "0 imported, 1 edited post(s) updated, 1 duplicate(s) skipped" in report.summary()
    assert [h.mention.text for h in await store.search("fly-tipping")] == [EDITED]


async def test_the_poller_stores_an_edit_and_says_so(store: Store) -> None:
    await store.ingest([make_mention(1, text=ORIGINAL)], fetched_at=NOW)
    settings = ConnectorSettings(name="x-main", type="x", base_url="http://127.0.0.1:9", interval_seconds=60)
    conn = OnePage(settings, FetchResult(mentions=[make_mention(1, text=EDITED), make_mention(2)], cursor="c1"))
    runner = ConnectorRunner(settings, store, lambda: conn, clock=lambda: NOW, rng=random.Random(1))
    out = await runner.cycle()
    assert (out.inserted, out.edited) == (1, 1)
    assert "x-main: 1 new of 2 in 1 page(s), 1 edited" in PollReport(outcomes={"x-main": out}).summary()
    assert (await store.get_mention(1)).text == EDITED


async def test_the_detail_pane_says_the_post_was_edited_and_what_it_said(store: Store) -> None:
    from rich.console import Console

    from brent_tui.domain.triage import default_settings
    from brent_tui.services.feed import load_detail
    from brent_tui.widgets.mention_detail import detail_renderable

    await store.ingest([make_mention(1, text=ORIGINAL)], fetched_at=NOW)
    await store.ingest([make_mention(1, text=EDITED + " \x1b]52;c;ZXZpbA==\x07")], fetched_at=NOW + timedelta(hours=1))
    data = await load_detail(store, 1, default_settings())
    assert data is not None and [e.text for e in data.edits] == [ORIGINAL]
    console = Console(width=200, record=True, color_system=None)
    console.print(detail_renderable(data))
    shown = console.export_text()
    assert "Edited: once, last on 20 Nov 2026 13:00; before: Bins not collected on Harrow Road for two weeks" in shown
    assert "fly-tipping is back" in shown and "\x1b]52" not in shown
