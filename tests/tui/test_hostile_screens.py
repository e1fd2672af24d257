"""Every hostile text and author name (tests/hostile.py) on the real screens, frame by frame.

For each mention the Feed list, the detail pane, the Triage card and an FOI case made from it
(form and case pane) are drawn, and two things are checked on what the app would write:

- the cells: the text of every segment of every visible screen's compositor holds no C0/C1
  control, DEL, bidi control, line separator or lone surrogate (styles are separate from text,
  so the app's own colours never hide a mention's escape), and the mention's characters are
  there as text — ␛ for ESC, `[bold red]` with its brackets;
- the bytes: the full redraw rendered for a truecolor terminal, with the app's own SGR colours,
  cursor moves and OSC 8 links taken out, has no control character left.

Plus: clicking a mention that says `[@click=app.quit]` does not quit; toasts quoting a mention's
link, the help screen and tab titles do not parse or pass on mention text.
"""

from __future__ import annotations

import io
import re
from datetime import timedelta
from pathlib import Path

import pytest
from rich.console import Console

from brent_tui.config import Config
from brent_tui.domain.text import clean, snippet
from brent_tui.store import Store
from tests.conftest import BASE_TIME, DATA_NOW, make_mention
from tests.hostile import ESC, HOSTILE_NAMES, HOSTILE_TEXTS, bad_chars, stray_sequences
from tests.tui.conftest import make_app
from tests.tui.helpers import settle, wait_ready, wait_until

pytestmark = pytest.mark.slow

URL_ENTRY = "url-with-controls"


def _url(i: int, name: str, text: str) -> str:
    return text if name == URL_ENTRY else f"https://x.com/h{i}/status/{i}"


async def _seed(path: Path, only: set[str] | None = None) -> dict[int, tuple[str, str, str]]:
    """One mention per hostile text, names cycling through the hostile names. → platform id: (entry, text, name)."""
    out: dict[int, tuple[str, str, str]] = {}
    mentions = []
    for i, (name, text) in enumerate(HOSTILE_TEXTS):
        if only is not None and name not in only:
            continue
        author = HOSTILE_NAMES[i % len(HOSTILE_NAMES)][1]
        mentions.append(make_mention(i, text=text, author_name=author, author_handle=f"h{i}",
                                     url=_url(i, name, text)))
        out[i] = (name, text, author)
    async with await Store.open(path) as store:
        await store.ingest(mentions)
    return out


def frame(app, *, top_only: bool = False) -> str:
    """Draw every screen in the stack (or only the one in front) as the terminal would get it; assert it
    is inert; return its text."""
    rows: list[str] = []
    console = Console(file=io.StringIO(), force_terminal=True, color_system="truecolor", width=120,
                      legacy_windows=False)
    for screen in app.screen_stack[-1:] if top_only else app.screen_stack:
        update = screen._compositor.render_full_update()
        for y, line in enumerate(update.strips):
            cells = "".join(seg.text for strip in line for seg in strip)
            bad = bad_chars(cells)
            assert not bad, f"{type(screen).__name__} row {y}: {bad[:5]} in {cells[:100]!r}"
            rows.append(cells)
        raw = update.render_segments(console)
        stray = stray_sequences(raw)
        assert not stray, f"{type(screen).__name__}: stray control characters in the output: {stray[:5]}"
    return "\n".join(rows)


def probe(value: str, n: int = 10) -> str:
    """The first characters of a value as a list row shows them (cleaned, one line)."""
    return " ".join(snippet(value, 200).split())[:n].strip()


def _squash(text: str) -> str:
    """Without spaces and newline marks: a one-line row and a wrapped pane compare alike."""
    return "".join(ch for ch in text if not ch.isspace() and ch != "⏎")


def assert_shown(screen_text: str, value: str, where: str) -> None:
    first = next((snippet(part, 200) for part in re.split(r"[\r\n\u2028\u2029]+", value[:400]) if part.strip()), "")
    p = _squash(first)[:8]
    assert p and p in _squash(screen_text), f"{where}: {p!r} not on screen"
    if ESC in value[:200]:
        assert "␛" in screen_text, f"{where}: ESC not shown as ␛"


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_feed_list_and_detail_show_each_hostile_mention_as_inert_text(config: Config, db_path: Path) -> None:
    seeded = await _seed(db_path)
    app = make_app(config, db_path)
    async with app.run_test(size=(120, 40), notifications=True, tooltips=True) as pilot:
        await wait_ready(app, pilot)
        await settle(app, pilot)
        from brent_tui.widgets.mention_detail import MentionDetail
        from brent_tui.widgets.mention_list import MentionList

        listing = app.screen.query_one(MentionList)
        detail = app.screen.query_one(MentionDetail)
        seen: set[int] = set()
        for step in range(len(seeded)):
            if step:
                await pilot.press("j")
                await settle(app, pilot)
            mention = listing.rows[listing.cursor]
            await wait_until(pilot, lambda m=mention: detail.data is not None and detail.data.mention.id == m.id)
            entry, text, author = seeded[int(mention.platform_id)]
            seen.add(int(mention.platform_id))
            screen = frame(app)
            assert_shown(screen, text, f"feed list/detail, {entry}")
            assert probe(author, 6) in screen, f"author of {entry}"
            assert detail.data is not None and detail.data.mention.id == mention.id
            shown = detail.plain_text()
            assert clean(text, limit=2000)[:300] in shown, entry  # the detail has the whole text, cleaned
            assert not [c for c in bad_chars(shown) if c != repr("\n")], entry
        assert seen == set(seeded)
        assert app.is_running


async def _go_to(app, pilot, seeded: dict[int, tuple[str, str, str]], entry: str) -> None:
    """Move the Feed's cursor to the mention made from corpus entry `entry` (newest first: press j)."""
    from brent_tui.widgets.mention_list import MentionList

    listing = app.screen.query_one(MentionList)
    listing.focus()
    await pilot.press("g")
    await settle(app, pilot)
    target = next(i for i, (name, _, _) in seeded.items() if name == entry)
    for _ in range(len(seeded)):
        if int(listing.rows[listing.cursor].platform_id) == target:
            return
        await pilot.press("j")
        await settle(app, pilot)
    raise AssertionError(f"{entry} not found in the list")


CLICKS = [("textual-click-quit", "[@click=app.quit]"), ("textual-click-screen", "[@click=screen.dismiss]"),
          ("markup-link-js", "[@click=app.push_screen"), ("rich-link", "[link=")]


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_clicking_and_hovering_markup_actions_in_a_mention_does_nothing(config: Config, db_path: Path) -> None:
    seeded = await _seed(db_path, {entry for entry, _ in CLICKS})
    app = make_app(config, db_path)
    async with app.run_test(size=(120, 40), notifications=True, tooltips=True) as pilot:
        await wait_ready(app, pilot)
        await settle(app, pilot)
        clicked = 0
        for entry, needle in CLICKS:
            await _go_to(app, pilot, seeded, entry)
            rows = frame(app).split("\n")
            spots = [(row.find(needle), y) for y, row in enumerate(rows[:40]) if needle in row]
            assert spots, f"{needle!r} is not on screen as characters"
            for x, y in spots[:3]:  # the list row and the detail pane
                await pilot.hover(offset=(x + 3, y))
                await pilot.click(offset=(x + 3, y))
                await settle(app, pilot)
                clicked += 1
                assert app.is_running, f"clicking {needle!r} at row {y} acted on the app"
                assert type(app.screen).__name__ == "FeedScreen", f"clicking {needle!r} opened a screen"
            frame(app)
        assert clicked >= 6
        assert app.is_running


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_a_toast_quoting_a_hostile_link_is_inert(config: Config, db_path: Path) -> None:
    seeded = await _seed(db_path, {URL_ENTRY, "rich-bold", "csi-clear"})
    app = make_app(config, db_path)
    async with app.run_test(size=(120, 40), notifications=True, tooltips=True) as pilot:
        await wait_ready(app, pilot)
        await settle(app, pilot)
        await _go_to(app, pilot, seeded, URL_ENTRY)
        await pilot.press("o")  # a link with control characters: shown as text in a toast, not opened
        await settle(app, pilot)
        assert any("Not opening an unusual link" in n.message for n in app._notifications)
        screen = frame(app)
        assert "Not opening an unusual link" in screen and "brent.gov.uk/␛" in screen
        await pilot.press("y")  # copying is of the link itself (what the officer asked for); the toast is inert
        await settle(app, pilot)
        frame(app)
        # the help screen and the tab bar never carry mention text, and still draw inert
        await pilot.press("question_mark")
        await settle(app, pilot)
        screen = frame(app)
        assert "Keys" in screen or "Triage" in screen
        await pilot.press("escape")
        await settle(app, pilot)
        assert "Feed" in frame(app)
        assert app.is_running


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_triage_card_shows_each_hostile_mention_as_inert_text(config: Config, db_path: Path) -> None:
    seeded = await _seed(db_path)
    app = make_app(config, db_path)
    async with app.run_test(size=(120, 40), notifications=True, tooltips=True) as pilot:
        await wait_ready(app, pilot)
        await pilot.press("f2")
        await settle(app, pilot)
        screen_ = app.screen
        assert type(screen_).__name__ == "TriageScreen"
        decided: list[int] = []
        for _ in range(len(seeded)):
            await wait_until(pilot, lambda: screen_.focus_item is not None)
            item = screen_.focus_item
            assert item is not None, "the queue ran dry early"
            entry, text, author = seeded[int(item.mention.platform_id)]
            screen = frame(app)
            assert_shown(screen, text, f"triage card, {entry}")
            assert probe(author, 6) in screen, f"author of {entry}"
            decided.append(item.mention.id)
            await pilot.press("1")  # no action — monitor: the next one comes into focus
            await settle(app, pilot)
        await wait_until(pilot, lambda: screen_.pending == 0)
        frame(app)
        history = [await app.store.decision_history(mid) for mid in decided]
        assert all(len(h) == 1 for h in history)
        assert len(set(decided)) == len(seeded)


#: one of each family through the form itself (the form draws its inputs as given); every entry
#: is then shown in the FOI tab's case pane.
FORM_ENTRIES = ["url-with-controls", "mixed", "textual-click-quit", "osc52-clipboard", "c0-all", "c1-all",
                "bidi-rlo", "huge-100k"]


@pytest.mark.at(BASE_TIME + timedelta(days=3))  # received on the mentions' day, 20 Nov, not in the future
async def test_an_foi_case_from_each_hostile_mention_is_inert_in_the_form_and_the_case(
    config: Config, db_path: Path
) -> None:
    seeded = await _seed(db_path)
    by_entry = {name: i for i, (name, _, _) in seeded.items()}
    app = make_app(config, db_path)
    async with app.run_test(size=(120, 40), notifications=True, tooltips=True) as pilot:
        await wait_ready(app, pilot)
        await settle(app, pilot)
        from brent_tui.services.foi import draft_from_mention
        from brent_tui.widgets.mention_detail import MentionDetail

        ids = {int(m.platform_id): m.id for m in await app.store.page(limit=500)}
        for n, entry in enumerate(FORM_ENTRIES):
            text = seeded[by_entry[entry]][1]
            mid = ids[by_entry[entry]]
            if n == 0:  # the keyboard path once: f on the highlighted mention in the Feed
                await _go_to(app, pilot, seeded, entry)
                detail = app.screen.query_one(MentionDetail)
                # f acts on the mention the detail pane shows
                await wait_until(pilot, lambda d=detail, i=mid: d.mention is not None and d.mention.id == i)
                await pilot.press("f")
            else:
                app.run_worker(app.open_foi_from_mention(mid))  # what f does, from any tab
            await settle(app, pilot)
            assert type(app.screen).__name__ == "FoiCaseForm", entry
            frame(app)  # the form (its inputs and the request text area) is inert
            await pilot.press("ctrl+s")
            await settle(app, pilot)
            assert type(app.screen).__name__ == "FoiScreen", entry
            case = await app.store.foi_case_for_mention(mid)
            assert case is not None and case.request_text == clean(text).strip(), entry
            assert_shown(frame(app), case.request_text, f"FOI case pane, {entry}")

        # the rest straight through the service the form uses, then each shown in the case pane
        for i, (entry, _text, _author) in seeded.items():
            if entry not in FORM_ENTRIES:
                md = await draft_from_mention(app.store, ids[i])
                await app.store.create_foi_case(app.actor, md.draft)
        screen_ = app.screen
        screen_.reload()
        await settle(app, pilot)
        assert len(screen_.rows) == len(seeded)
        table = screen_.query_one("#foi-table")
        table.focus()
        seen = set()
        for step in range(len(seeded)):
            if step:
                await pilot.press("down")
                await pilot.pause()
            row = screen_.selected
            assert row is not None
            seen.add(row.case.id)
            assert_shown(frame(app), row.case.request_text, f"FOI case pane, case {row.case.id}")
        assert len(seen) == len(seeded)
        assert len(set(ids.values()) & {c.case.mention_id for c in screen_.rows}) == len(seeded)


@pytest.mark.parametrize("typed", ["2026-13-45", "next tuesday", "31/12/2026", ""])
async def test_a_bad_date_in_the_foi_form_is_a_message_not_a_crash(config: Config, db_path: Path, typed: str) -> None:
    await _seed(db_path, {"rich-bold"})
    app = make_app(config, db_path)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await wait_ready(app, pilot)
        await pilot.press("f5")
        await settle(app, pilot)
        await pilot.press("n")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "FoiCaseForm"
        from textual.widgets import Input, TextArea

        app.screen.query_one("#received", Input).value = typed
        app.screen.query_one("#request", TextArea).text = "Please send the bin collection contract."
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "FoiCaseForm"  # still open, with the reason
        assert "is not a date" in str(app.screen.query_one("#form-error").render())
        frame(app)
        await pilot.press("escape")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "FoiScreen" and app.screen.rows == []
        assert app.is_running
