"""Keys you can find at 80×24: read off the screen as drawn, at 80×24 and 140×40.

Every tab's name in the tab bar, each tab's essential keys in its footer (whole keys, never cut at
the edge) with `? Keys` for the rest, and the FOI table's decisive columns (due date, working
days left, clock state) with their values.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from textual.binding import Binding

from brent_tui import clock
from brent_tui.config import Config
from brent_tui.domain.roles import Actor
from brent_tui.screens.foi import COLUMNS, due_text, fit_columns
from brent_tui.store import Store
from brent_tui.store.foi import FoiCaseDraft
from brent_tui.tabs import TABS
from brent_tui.widgets.key_footer import FooterItem, KeyFooter, fit
from tests.conftest import make_mention
from tests.tui.conftest import make_app
from tests.tui.helpers import screen_lines, settle, wait_ready

WEB = Actor(login="webby", role="web_team")

# What each tab's footer must show at 80 columns: the keys an officer needs most on that tab.
ESSENTIAL = {
    "feed": ["/ Search", "o Open", "f FOI", "n Newest"],
    "triage": ["⏎ Accept", "1 Monitor", "2 Customer", "3 Web", "4 Service", "5 Escalate", "s Skip", "u Undo"],
    "calendar": ["n New post", "⏎ Open/approve", "e Edit", "[ ] Earlier/later", "v View"],
    "accounts": ["n New request", "a Approve", "i Ask info", "x Reject", "r Answer"],
    "foi": ["n New case", "e Event", "r Response", "v Overdue"],
    "insights": ["[ ] Earlier/later", "p Period", "u People", "k Key people"],
}


async def _db(path: Path) -> Path:
    async with await Store.open(path) as store:
        await store.ingest([make_mention(i) for i in range(8)])
        await store.create_foi_case(WEB, FoiCaseDraft(
            channel="email", request_text="Potholes repaired in 2025", received_on=clock.today() - timedelta(days=3),
            applicant_name="Margaret Doyle", contact="m.doyle@example.org"))
    return path


async def _visit(app, pilot, tab) -> list[str]:
    await pilot.press(tab.key)
    await settle(app, pilot)
    await pilot.pause(0.1)  # the footer recomposes after the bindings settle
    return screen_lines(app)


@pytest.mark.parametrize("size", [(80, 24), (140, 40)], ids=["80x24", "140x40"])
async def test_every_tab_fits_its_names_keys_and_decisive_columns(config: Config, db_path: Path,
                                                                   size: tuple[int, int]) -> None:
    app = make_app(config, await _db(db_path))
    async with app.run_test(size=size) as pilot:
        await wait_ready(app, pilot)
        for tab in TABS:
            lines = await _visit(app, pilot, tab)
            assert len(lines) == size[1]
            header, footer = lines[0], lines[-1]
            for other in TABS:  # every tab's key and name in the tab bar, at any width
                assert f"{other.key.upper()} {other.label}" in header, (tab.name, header)
            for key in ESSENTIAL[tab.name]:
                assert key in footer, f"{tab.name} at {size}: {key!r} not in {footer!r}"
            assert footer.rstrip().endswith("? Keys"), footer  # the rest, one key away
            shown = app.screen.query_one(KeyFooter).shown()
            assert shown and all(key in footer for key in shown), (shown, footer)  # whole keys, none cut
            if tab.name == "accounts":  # a request's status and age, not its network, at any width
                assert any("Handle" in line and "Status" in line and "Age" in line for line in lines), lines
            if tab.name == "foi":
                head = next(line for line in lines if "Ref" in line and "Due" in line)
                assert all(word in head for word in ("Due", "Left", "Clock")), head
                row = app.screen.rows[0]
                values = next(line for line in lines if row.case.reference in line)
                assert due_text(row.clock.due, clock.today()) in values
                assert str(row.clock.working_days_left) in values and row.clock.label in values
                if size[0] >= 140:  # room for everything: nothing dropped
                    assert all(label in head for _, label in COLUMNS), head


async def test_triage_at_140_shows_the_keys_that_were_cut_off(config: Config, db_path: Path) -> None:
    """At 140 columns the footer used to end at `d Departme▏`."""
    app = make_app(config, await _db(db_path))
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_ready(app, pilot)
        footer = (await _visit(app, pilot, TABS[1]))[-1]
        for key in ("E Emergency", "d Dept", "o Owner", "r Reply", "f FOI"):
            assert key in footer, footer


async def test_footer_refits_when_the_terminal_narrows(config: Config, db_path: Path) -> None:
    app = make_app(config, await _db(db_path))
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_ready(app, pilot)
        await _visit(app, pilot, TABS[1])
        assert "r Reply" in screen_lines(app)[-1]
        await pilot.resize_terminal(80, 24)
        await settle(app, pilot)
        await pilot.pause(0.1)
        lines = screen_lines(app)
        assert "5 Escalate" in lines[-1] and "r Reply" not in lines[-1]
        assert lines[-1].rstrip().endswith("? Keys")
        assert all(f"{tab.key.upper()} {tab.label}" in lines[0] for tab in TABS), lines[0]  # the tab bar too


def test_fit_takes_whole_keys_in_order_without_skipping_ahead() -> None:
    items = [FooterItem("a", "a", "Alpha", "a"), FooterItem("b", "b", "A long description", "b"),
             FooterItem("c", "c", "C", "c")]
    assert [i.key for i in fit(items, 8)] == ["a"]  # "a Alpha " is 8; "c C" would fit but comes after b
    assert [i.key for i in fit(items, 100)] == ["a", "b", "c"]
    assert fit(items, 3) == []


def test_fit_columns_drops_the_least_useful_first() -> None:
    widths = {key: 10 for key, _ in COLUMNS}
    assert fit_columns(widths, 200) == [key for key, _ in COLUMNS]
    narrow = fit_columns(widths, 60)
    assert narrow == ["ref", "due", "left", "clock", "status"]
    assert fit_columns(widths, 10) == ["ref", "due", "left", "clock"]  # the decisive ones always stay


# ---------------------------------------------------------------------------- `?` help


def _class_names(app) -> set[str]:
    """Every class name an officer must never read: the widgets on screen and their bases."""
    names: set[str] = set()
    for screen in app.screen_stack:
        for node in [screen, *screen.walk_children()]:
            names.update(cls.__name__ for cls in type(node).__mro__ if len(cls.__name__) > 3)
    return names - {"object", "Static", "Label", "Widget"} | {"VerticalScroll", "MentionList", "DataTable"}


@pytest.mark.parametrize("tab", TABS, ids=[t.name for t in TABS])
async def test_help_lists_keys_by_task_in_plain_words(config: Config, db_path: Path, tab) -> None:
    from brent_tui.app import screen_class
    from brent_tui.screens.help import HelpScreen

    app = make_app(config, await _db(db_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await _visit(app, pilot, tab)
        names = _class_names(app)
        await pilot.press("question_mark")
        await pilot.pause(0.1)
        assert isinstance(app.screen, HelpScreen)
        shown = "\n".join(screen_lines(app))
        assert f"Keys — {tab.label}" in shown
        rows = app.screen.rows
        # grouped by what the officer is doing: the tab's own headings first, every heading on screen
        headings = list(dict.fromkeys(heading for heading, _, _ in rows))
        own = [title for title, _ in screen_class(tab.name).KEY_GROUPS]
        assert headings[:2] == [h for h in own if h in headings][:2]
        assert "More on this tab" not in headings  # every key of the tab sits under a heading
        assert {"Go to a tab", "Anywhere"} <= set(headings)
        # each key once, as the terminal sends it
        keys = [key for _, key_text, _ in rows for part in key_text.split(" / ") for key in part.split(" ")]
        assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
        text = " ".join(f"{h} {k} {d}" for h, k, d in rows)
        assert "super" not in text.lower() and "palette" in text and keys.count("Ctrl+P") == 1
        # in the officer's words: no widget or screen class names, no action names
        assert not [name for name in names if name in text], [name for name in names if name in text]
        assert "_" not in text and "route(" not in text  # no action names
        assert all(does for _, _, does in rows)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


async def test_triage_help_lists_routes_and_the_incident_keys(config: Config, db_path: Path) -> None:
    from brent_tui.screens.help import HelpScreen

    app = make_app(config, await _db(db_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await _visit(app, pilot, TABS[1])
        await pilot.press("question_mark")
        await pilot.pause(0.1)
        assert isinstance(app.screen, HelpScreen)
        rows = {keys: (heading, does) for heading, keys, does in app.screen.rows}
        assert rows["5"] == ("Decide the mention in focus", "Escalate to the communications officers")
        assert rows["Enter"][0] == rows["1"][0] == rows["u"][0] == "Decide the mention in focus"
        # S and L are listed (they never showed anywhere), saying when they work
        assert rows["S"] == ("Emergencies", "Suspend every scheduled post (during an incident)")
        assert rows["L"][0] == "Emergencies"
        assert rows["Ctrl+Q"] == ("Anywhere", "Leave brent-tui")
        shown = "\n".join(screen_lines(app))
        assert "Decide the mention in focus" in shown and "Escalate to the communications officers" in shown


def test_every_tab_binding_has_a_heading() -> None:
    from brent_tui.app import screen_class

    for tab in TABS:
        screen = screen_class(tab.name)
        grouped = {binding_id for _, ids in screen.KEY_GROUPS for binding_id in ids}
        ids = {b.id for b in screen.BINDINGS if isinstance(b, Binding)}
        assert ids <= grouped, f"{tab.name}: {sorted(ids - grouped)} under no heading in KEY_GROUPS"
        assert all(b.tooltip or b.description for b in screen.BINDINGS if isinstance(b, Binding))


async def test_incident_keys_show_in_the_triage_footer_during_an_incident(config: Config, db_path: Path) -> None:
    """`S` and `L` never appeared: outside an incident they do nothing, during one they are in the footer."""
    from brent_tui.screens.triage import TriageScreen

    await _db(db_path)
    async with await Store.open(db_path) as store:
        now = clock.now()
        await store.create_incident(config.actor("comms"), name="Stonebridge flooding", keywords=["flood*"],
                                    starts_at=now - timedelta(hours=1), now=now)
    app = make_app(config, db_path, login="comms")
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_ready(app, pilot)
        footer = (await _visit(app, pilot, TABS[1]))[-1]
        assert "S Suspend" not in footer and "E Emergency" in footer
        await pilot.press("E")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, TriageScreen) and screen.incident is not None
        await pilot.pause(0.1)
        footer = screen_lines(app)[-1]
        for key in ("5 Escalate", "H Holding", "S Suspend", "L Export log", "X End incident"):
            assert key in footer, footer
