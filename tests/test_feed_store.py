"""The store reads and stream writes the Feed relies on, on a real SQLite file."""

from __future__ import annotations

from datetime import timedelta

import pytest

from brent_tui import clock
from brent_tui.domain.models import MentionFilter, MentionStatus, Platform, Route, Stream
from brent_tui.domain.roles import Actor, PermissionDeniedError
from brent_tui.domain.triage import TriageSettings, default_settings, sentiment_band
from brent_tui.services.feed import default_streams, load_detail, stream_counts
from brent_tui.store import PageKey, ScoreUpdate, StoreError
from tests.conftest import BASE_TIME, DATA_NOW, make_mention

pytestmark = pytest.mark.contract  # on SQLite and on PostgreSQL (tests/conftest.py)

WEBBY = Actor(login="webby", role="web_team")
GUEST = Actor(login="stranger")


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_keyset_pages_walk_the_whole_table_without_gaps(store) -> None:
    await store.ingest([make_mention(i) for i in range(250)])
    seen: list[int] = []
    page = await store.page(limit=100)
    while page:
        seen.extend(m.id for m in page)
        page = await store.page(after=PageKey.of(page[-1]), limit=100)
    assert seen == list(range(250, 0, -1))
    oldest = await store.page(direction="newer", limit=3)
    assert [m.id for m in oldest] == [3, 2, 1]
    newer = await store.page(after=PageKey.of(oldest[0]), direction="newer", limit=2)
    assert [m.id for m in newer] == [5, 4]


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_mentions_by_ids_returns_fresh_rows(store) -> None:
    await store.ingest([make_mention(i) for i in range(5)])
    await store.set_mention_statuses({2: MentionStatus.DONE})
    rows = {m.id: m for m in await store.mentions_by_ids([1, 2, 99])}
    assert set(rows) == {1, 2} and rows[2].status == MentionStatus.DONE
    assert await store.mentions_by_ids([]) == []


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_decision_history_lists_every_decision_in_order(store) -> None:
    await store.ingest([make_mention(1), make_mention(2)])
    await store.load_rows("decisions", [
        {"mention_id": 1, "route": Route.WEB_TEAM, "decided_by": "webby", "decided_at": BASE_TIME},
        {"mention_id": 2, "route": Route.MONITOR, "decided_by": "comms", "decided_at": BASE_TIME},
        {"mention_id": 1, "route": Route.ESCALATE, "decided_by": "comms", "decided_at": BASE_TIME + timedelta(hours=1),
         "reason": "councillor involved"},
    ])
    history = await store.decision_history(1)
    assert [(d.route, d.decided_by) for d in history] == [(Route.WEB_TEAM, "webby"), (Route.ESCALATE, "comms")]
    assert history[1].reason == "councillor involved"
    assert await store.decision_history(3) == []


async def test_stream_save_checks_permission_owner_and_key(store) -> None:
    saved = [await store.save_stream(s, WEBBY) for s in default_streams("webby")]
    assert [s.name for s in await store.streams("webby")] == [s.name for s in saved]
    with pytest.raises(PermissionDeniedError):
        await store.save_stream(Stream(owner="stranger", name="x"), GUEST)
    with pytest.raises(StoreError, match="cannot change webby's streams"):
        await store.save_stream(Stream(owner="webby", name="x"), Actor(login="comms", role="comms_officer"))
    with pytest.raises(StoreError, match="key '2' already switches to your stream 'Unhandled'"):
        await store.save_stream(Stream(owner="webby", name="Other", key="2"), WEBBY)
    # Editing a stream may keep its own key; another owner may use the same key.
    edited = await store.save_stream(saved[1].model_copy(update={"name": "Queue"}), WEBBY)
    assert edited.key == "2"
    await store.save_stream(Stream(owner="comms", name="Mine", key="2"), Actor(login="comms", role="comms_officer"))
    with pytest.raises(StoreError, match="already have a stream called"):
        await store.save_stream(Stream(owner="webby", name="All"), WEBBY)
    await store.delete_stream(saved[0].id or 0, WEBBY)
    assert "All" not in [s.name for s in await store.streams("webby")]
    with pytest.raises(StoreError, match="not yours"):
        await store.delete_stream(saved[0].id or 0, WEBBY)
    audit = [(e.action, e.entity) for e in await store.audit_entries(who="webby")]
    assert ("save", "stream") in audit and ("delete", "stream") in audit


@pytest.mark.at(BASE_TIME + timedelta(days=2))  # the mentions are two days old: none in "Last 24 hours"
async def test_unhandled_counts_per_stream(store) -> None:
    await store.ingest([make_mention(i, platform=Platform.RSS if i < 3 else Platform.X) for i in range(10)])
    await store.set_mention_statuses({1: MentionStatus.DONE, 5: MentionStatus.FOI})
    streams = [s.model_copy(update={"id": i + 1}) for i, s in enumerate(default_streams("webby"))]
    streams.append(Stream(id=9, owner="webby", name="RSS", filter=MentionFilter(platforms=[Platform.RSS])))
    counts = await stream_counts(store, streams, default_settings())
    assert counts == {1: 8, 2: 8, 3: 0, 4: 0, 5: 0, 9: 2}


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_load_detail_gathers_author_thread_links_and_decisions(store) -> None:
    await store.ingest([
        make_mention(1, platform_id="a", text="parent"),
        make_mention(2, platform_id="b", reply_to_id="a", text="child https://brent.gov.uk/x"),
    ])
    await store.load_rows("decisions", [
        {"mention_id": 2, "route": Route.WEB_TEAM, "decided_by": "webby", "decided_at": BASE_TIME},
    ])
    data = await load_detail(store, 2, default_settings())
    assert data is not None
    assert [m.text for m in data.thread] == ["parent"]
    assert data.links == ["https://brent.gov.uk/x"]
    assert data.author is not None and data.author.handle == "resident2"
    assert data.author_recent == 1 and [d.route for d in data.decisions] == [Route.WEB_TEAM]
    assert await load_detail(store, 99, default_settings()) is None


SCORES = [-0.9, -0.3, -0.05, -0.049, 0.0, 0.049, 0.05, 0.3, 0.9]


@pytest.mark.parametrize("thresholds", [default_settings(), TriageSettings(sentiment_negative=-0.3,
                                                                           sentiment_positive=0.3)])
@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_sentiment_filter_bands_as_the_domain_rule_does(store, thresholds: TriageSettings) -> None:
    await store.ingest([make_mention(i) for i in range(len(SCORES) + 1)])  # the last stays unscored
    await store.save_scores([ScoreUpdate(i + 1, score, 1, None, 0.1, None, False, "") for i, score in enumerate(SCORES)])
    for band in ("negative", "neutral", "positive"):
        rows = await store.page(flt=MentionFilter(sentiment=band), thresholds=thresholds)
        assert sorted(m.sentiment for m in rows) == [x for x in SCORES if sentiment_band(x, thresholds) == band]
        count = await store.count_mentions(MentionFilter(sentiment=band), thresholds=thresholds)
        assert count == len(rows)
    with pytest.raises(TypeError, match="thresholds"):
        await store.page(flt=MentionFilter(sentiment="neutral"))


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_capped_count_stops_past_the_cap(tmp_path) -> None:
    from brent_tui.services.feed import count_label
    from brent_tui.store import Store
    from tests.conftest import make_mention

    async with await Store.open(tmp_path / "c.sqlite") as store:
        await store.ingest([make_mention(i) for i in range(30)])
        assert await store.count_mentions() == 30
        assert await store.count_mentions(cap=10) == 11  # "more than 10"
        assert await store.count_mentions(cap=100) == 30
    assert count_label(None) == "…" and count_label(12) == "12" and count_label(10_000) == "9,999+"


async def test_the_foi_stream_shows_flagged_requests_and_counts_those_nobody_has_handled(store) -> None:
    """The Feed's FOI stream: every mention the rules flagged as a request (a case made or not), newest
    first; its count is the unhandled ones. (It once selected status 'foi' only: its count was always 0.)"""
    from brent_tui.services.feed import unhandled_filter

    await store.ingest([make_mention(i, created_at=clock.now() - timedelta(minutes=10 - i)) for i in range(6)])
    ids = [m.id for m in await store.page(limit=10)]
    await store.save_scores([ScoreUpdate(mention_id=i, sentiment=0.0, suggested_route=3, department=None,
                                         priority=0.5, topic=None, foi_flag=i in ids[:3], foi_valid=True,
                                         reasons="suggested 3") for i in ids])
    await store.set_mention_statuses({ids[0]: MentionStatus.FOI})  # a case made from it: still in the stream
    foi = default_streams("webby")[3].filter
    assert foi == MentionFilter(foi_requests=True)
    assert [m.id for m in await store.page(flt=foi)] == ids[:3]
    assert await store.count_mentions(unhandled_filter(foi), cap=100) == 2
