"""The Feed tab through the keyboard: scrolling a paged list, streams, search, live rows, detail, hostile text."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from brent_tui.config import Config
from brent_tui.domain.models import MentionStatus, Platform, Route
from brent_tui.store import ScoreUpdate, Store
from tests.conftest import BASE_TIME, DATA_NOW, make_mention
from tests.tui.conftest import make_app
from tests.tui.helpers import screen_text, settle, wait_ready, wait_until

N = 450  # more than two pages (200), so scrolling crosses window edges


async def _seed(path: Path, n: int = N, **kw) -> None:
    async with await Store.open(path) as store:
        await store.ingest([make_mention(i, **kw) for i in range(n)])


def _listing(app):
    from brent_tui.widgets.mention_list import MentionList

    return app.screen.query_one(MentionList)


def _cursor_line(app) -> str:
    """The text of the highlighted row as drawn on screen."""
    listing = _listing(app)
    y = listing.cursor - int(listing.scroll_offset.y)
    assert 0 <= y < listing.size.height, "the highlighted row is off screen"
    return "".join(seg.text for seg in listing.render_line(y))


def _drawn_lines(app) -> list[str]:
    listing = _listing(app)
    return ["".join(seg.text for seg in listing.render_line(y)) for y in range(listing.size.height)]


def _detail(app) -> str:
    from brent_tui.widgets.mention_detail import MentionDetail

    return app.screen.query_one(MentionDetail).plain_text()


def _status(app) -> str:
    from textual.widgets import Static

    return str(app.screen.query_one("#feed-status", Static).render())


async def _open(app, pilot) -> None:
    await wait_ready(app, pilot)
    await settle(app, pilot)


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_scrolls_a_paged_list_with_j_k_pagedown_g_and_G(config: Config, db_path: Path) -> None:
    await _seed(db_path)
    app = make_app(config, db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(app, pilot)
        listing = _listing(app)
        assert len(listing.rows) == 200 and listing.has_older  # a window, not the table
        assert "Mention number 449 about bins" in _cursor_line(app)
        assert "Mention number 449 about bins" in _detail(app)
        await pilot.press("j", "j", "j", "k")
        await settle(app, pilot)
        assert "Mention number 447 " in _cursor_line(app)
        assert "Mention number 447 " in _detail(app)
        # Cross the window's lower edge: the next page arrives by keyset, rows stay continuous.
        step = listing.size.height - 1
        for _ in range(12):
            await pilot.press("pagedown")
            await settle(app, pilot)
        assert f"Mention number {447 - 12 * step} " in _cursor_line(app)
        assert len(listing.rows) > 200
        await pilot.press("G")
        await settle(app, pilot)
        assert "Mention number 0 about bins" in _cursor_line(app)
        assert not listing.has_older and listing.has_newer
        await pilot.press("k", "k")
        await settle(app, pilot)
        assert "Mention number 2 about bins" in _cursor_line(app)
        await pilot.press("g")
        await settle(app, pilot)
        assert "Mention number 449 about bins" in _cursor_line(app)
        # Scroll up past the window's top edge after G: newer pages are prepended, highlight kept.
        await pilot.press("G")
        await settle(app, pilot)
        for _ in range(12):
            await pilot.press("pageup")
            await settle(app, pilot)
        assert f"Mention number {12 * step} about bins" in _cursor_line(app)
        assert len(listing.rows) <= 600


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_default_streams_are_saved_and_switch_with_one_key(config: Config, db_path: Path) -> None:
    async with await Store.open(db_path) as store:
        await store.ingest([make_mention(i, platform=Platform.MASTODON if i % 3 == 0 else Platform.X)
                            for i in range(30)])
        await store.set_mention_statuses({1: MentionStatus.DONE, 2: MentionStatus.FOI, 4: MentionStatus.ASSIGNED})
        await store.save_scores([ScoreUpdate(7, -0.6, Route.ESCALATE.value, "Environment", 0.9, "bins", False,
                                             "angry"),
                                 ScoreUpdate(2, 0.0, Route.WEB_TEAM.value, None, 0.5, None, True, "FOI request",
                                             foi_valid=True)])  # an FOI request, already a case
    app = make_app(config, db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(app, pilot)
        saved = await app.store.streams("webby")
        assert [s.name for s in saved] == ["All", "Unhandled", "Negative", "FOI", "Last 24 hours"]
        bar = screen_text(app)
        assert "Unhandled 27" in bar and "Negative 1" in bar
        await pilot.press("4")  # FOI
        await settle(app, pilot)
        listing = _listing(app)
        assert [m.id for m in listing.rows] == [2]  # ids start at 1: mention number 1
        assert "FOI" in _cursor_line(app) and "Mention number 1 " in _cursor_line(app)
        await pilot.press("3")  # negative
        await settle(app, pilot)
        assert [m.id for m in listing.rows] == [7]
        line = _cursor_line(app)
        assert "−" in line and "ESCALATE" in line
        await pilot.press("2")
        await settle(app, pilot)
        assert all(m.status == MentionStatus.NEW for m in listing.rows) and len(listing.rows) == 27
        assert "Unhandled: status new" in _status(app)

        # A new stream from the editor: a reserved key is refused with a clear message.
        await pilot.press("s")
        await settle(app, pilot)
        await pilot.press(*"Mastodon", "tab", "j", "tab", *"mastodon")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        from textual.widgets import Input, Static

        error = str(app.screen.query_one("#stream-error", Static).render())
        assert "'j' is taken by a Feed key" in error
        key_input = app.screen.query_one("#stream-key", Input)
        key_input.value = "m"
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        saved = await app.store.streams("webby")
        mast = next(s for s in saved if s.name == "Mastodon")
        assert mast.key == "m" and mast.filter.platforms == [Platform.MASTODON]
        assert all(m.platform == Platform.MASTODON for m in listing.rows) and len(listing.rows) == 10
        await pilot.press("1")
        await settle(app, pilot)
        assert len(listing.rows) == 30
        await pilot.press("m")
        await settle(app, pilot)
        assert len(listing.rows) == 10
        assert "m Mastodon" in screen_text(app)


async def test_stream_editor_refuses_a_malformed_query(config: Config, db_path: Path) -> None:
    await _seed(db_path, 5)
    app = make_app(config, db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        from textual.widgets import Input, Static

        app.screen.query_one("#stream-name", Input).value = "Broken"
        app.screen.query_one("#stream-text", Input).value = '"unclosed phrase'
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        error = str(app.screen.query_one("#stream-error", Static).render())
        assert "Words: cannot search for" in error
        assert [s.name for s in await app.store.streams("webby")] == [
            "All", "Unhandled", "Negative", "FOI", "Last 24 hours"]
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.current_mode == "feed"


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_search_highlights_matches_and_explains_a_bad_query(config: Config, db_path: Path) -> None:
    async with await Store.open(db_path) as store:
        await store.ingest([make_mention(i) for i in range(20)]
                           + [make_mention(20, text="Fly tipping on Harlesden High Street again")])
    app = make_app(config, db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(app, pilot)
        await pilot.press("slash")
        await settle(app, pilot)
        from textual.widgets import OptionList, Static

        from brent_tui.screens.search import SearchScreen

        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*'"fly tipping" OR harles*')
        await pilot.press("enter")
        await settle(app, pilot)
        results = app.screen.query_one(OptionList)
        assert results.option_count == 1
        prompt = results.get_option_at_index(0).prompt
        plain = prompt.plain if hasattr(prompt, "plain") else str(prompt)
        assert "Fly tipping on Harlesden" in plain
        spans = getattr(prompt, "spans", [])
        marked = {plain[s.start:s.end] for s in spans}
        assert {"Fly tipping", "Harlesden"} <= marked
        # A malformed query: a friendly message, no exception, the screen still there.
        app.screen.query_one("#search-input").value = '"unbalanced AND'
        await pilot.press("enter")
        await settle(app, pilot)
        message = str(app.screen.query_one("#search-message", Static).render())
        assert "cannot search for" in message and "a phrase" in message
        assert app.screen.query_one(OptionList).option_count == 0
        app.screen.query_one("#search-input").value = "tipping"
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("down", "enter")
        await settle(app, pilot)
        assert not isinstance(app.screen, SearchScreen)
        assert "Fly tipping on Harlesden High Street again" in _detail(app)
        await pilot.press("slash")
        await settle(app, pilot)
        await pilot.press("escape")
        await settle(app, pilot)
        assert not isinstance(app.screen, SearchScreen)


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_live_new_mention_shows_marker_without_moving_the_highlight(config: Config, db_path: Path) -> None:
    await _seed(db_path, 30)
    app = make_app(config, db_path)
    async with app.run_test(size=(120, 40)) as pilot, await Store.open(db_path) as other:
        await _open(app, pilot)
        await pilot.press("j", "j")
        await settle(app, pilot)
        before = _listing(app).highlighted
        assert before is not None and "Mention number 27 " in _cursor_line(app)
        y_before = _listing(app).cursor - int(_listing(app).scroll_offset.y)
        await other.ingest([make_mention(500, text="Brand new: the Harlesden library roof is leaking")])
        assert await wait_until(pilot, lambda: "1 new ↑" in _status(app), timeout=2.5)
        listing = _listing(app)
        assert listing.highlighted == before
        assert listing.cursor - int(listing.scroll_offset.y) == y_before
        assert "Mention number 27 " in _cursor_line(app)
        # Another session changes a visible row's status: repainted in place, highlight unchanged.
        await other.set_mention_statuses({before.id: MentionStatus.DONE})
        assert await wait_until(pilot, lambda: "done" in _cursor_line(app), timeout=2.5)
        assert "Mention number 27 " in _cursor_line(app)
        await pilot.press("n")
        await settle(app, pilot)
        assert "Brand new: the Harlesden library roof" in _cursor_line(app)
        assert "new ↑" not in _status(app)


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_detail_shows_thread_links_account_and_decision_history(config: Config, db_path: Path) -> None:
    async with await Store.open(db_path) as store:
        await store.ingest([
            make_mention(1, platform_id="p1", text="Parent post: bins missed on Walm Lane", author_name="Ann Parent"),
            make_mention(2, platform_id="p2", reply_to_id="p1", thread_id="p1",
                         text="Same here! See https://example.org/photo.jpg, awful", account_handle="@Brent_Council",
                         url="https://x.com/r/status/p2"),
            make_mention(3, platform_id="p3", reply_to_id="p2", thread_id="p1", text="Reply to the reply"),
        ])
        await store.load_rows("decisions", [
            {"mention_id": 2, "route": Route.CUSTOMER_SERVICES, "department": "Environment", "assignee": "cs",
             "reason": "missed collection", "decided_by": "webby", "decided_at": BASE_TIME + timedelta(hours=1)},
        ])
    app = make_app(config, db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(app, pilot)
        await pilot.press("j")  # mention 2
        await settle(app, pilot)
        text = _detail(app)
        assert "Same here!" in text
        assert "Thread (2 in the cache)" in text
        assert "parent" in text and "Parent post: bins missed" in text
        assert "reply" in text and "Reply to the reply" in text
        assert "• https://example.org/photo.jpg" in text
        assert "Mentions: @Brent_Council" in text
        assert "webby: 2 Customer services → Environment (cs)" in text and "missed collection" in text
        decisions = await app.store.decision_history(2)
        assert [d.route for d in decisions] == [Route.CUSTOMER_SERVICES]
        # o without a browser (no DISPLAY/BROWSER here) prints the link; y copies it.
        await pilot.press("o")
        await pilot.pause()
        assert any("https://x.com/r/status/p2" in n.message for n in app._notifications)
        await pilot.press("y")
        await pilot.pause()
        assert app.clipboard == "https://x.com/r/status/p2"
        assert any("Copied" in n.message for n in app._notifications)


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_hostile_text_is_shown_as_characters(config: Config, db_path: Path) -> None:
    hostile = "[bold]x[/] [@click=app.quit]quit[/] \x1b[2J\x1b]0;T\x07 \u202eevil"
    async with await Store.open(db_path) as store:
        await store.ingest([make_mention(1, text=hostile, author_name="[red]Mallory[/] \x1b[31m",
                                         url="https://evil.example/\x1b[2J")])
    app = make_app(config, db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(app, pilot)
        line = _cursor_line(app)
        assert "[bold]x[/]" in line and "[red]Mallory[/]" in line
        strips = [_listing(app).render_line(y) for y in range(3)]
        assert all("\x1b" not in seg.text and "\u202e" not in seg.text for s in strips for seg in s)
        detail = _detail(app)
        assert "[bold]x[/] [@click=app.quit]quit[/]" in detail
        assert "\x1b" not in detail and "\u202e" not in detail and "␛[2J" in detail
        await pilot.press("o")  # a link with control characters is not opened, only shown
        await pilot.pause()
        assert any("Not opening an unusual link" in n.message for n in app._notifications)
        assert app.is_running


@pytest.mark.at(BASE_TIME + timedelta(days=3))  # the case is received on the mention's day, never in the future
async def test_a_search_result_opened_and_turned_into_an_foi_case_carries_that_mention(
        config: Config, db_path: Path) -> None:
    async with await Store.open(db_path) as store:
        await store.ingest([make_mention(i) for i in range(20)]
                           + [make_mention(20, text="FOI request: how many streets flooded in Kilburn in 2025?", minutes=-5,
                                         url="https://x.com/resident6/status/20")])
        wanted = (await store.search("flooding"))[0].mention
    app = make_app(config, db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(app, pilot)
        under_cursor = _listing(app).highlighted
        assert under_cursor is not None and under_cursor.id != wanted.id
        await pilot.press("slash")
        await settle(app, pilot)
        await pilot.press(*"flooding -parking", "enter")  # stemmed: "flooding" finds "flooded"
        await settle(app, pilot)
        await pilot.press("down", "enter")
        await settle(app, pilot)
        assert "streets flooded in Kilburn" in _detail(app)
        await pilot.press("y")
        await pilot.pause()
        assert app.clipboard == wanted.url
        await pilot.press("f")
        await settle(app, pilot)
        from brent_tui.screens.foi_case_form import FoiCaseForm

        assert isinstance(app.screen, FoiCaseForm)
        assert "streets flooded in Kilburn" in app.screen.query_one("#request").text
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        async with await Store.open(db_path) as store:
            cases = await store.foi_cases()
        assert [c.mention_id for c in cases] == [wanted.id]


async def test_the_health_strip_says_when_items_were_set_aside_and_when_it_tries_again(config: Config,
                                                                                       db_path: Path) -> None:
    """A poison pill kept out of the Feed, and a network holding us off, are visible where the officer looks."""
    from brent_tui import clock
    from brent_tui.domain.models import ConnectorHealth

    await _seed(db_path, 3)
    async with await Store.open(db_path) as store:
        await store.save_health(ConnectorHealth(
            name="x-main", platform="x", last_success_at=clock.now() - timedelta(minutes=2),
            next_attempt_at=clock.now() + timedelta(minutes=15),  # and X's rate limit is spent until then
            extra={"set_aside": 3, "set_aside_last": "follower count 9223372036854775808 is out of range"}))
    app = make_app(config, db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(app, pilot)
        assert await wait_until(pilot, lambda: "x-main" in screen_text(app))
        assert "⚠ 3 set aside" in screen_text(app) and "next try " in screen_text(app)


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_esc_on_the_foi_form_from_the_feed_returns_to_the_feed(config: Config, db_path: Path) -> None:
    await _seed(db_path, 5)
    app = make_app(config, db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(app, pilot)
        feed = app.screen
        await pilot.press("f")
        await settle(app, pilot)
        from brent_tui.screens.foi_case_form import FoiCaseForm

        assert isinstance(app.screen, FoiCaseForm)
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.current_mode == "feed" and app.screen is feed
        async with await Store.open(db_path) as store:
            assert await store.foi_cases() == []
