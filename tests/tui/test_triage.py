"""Triage tab, pressing the real keys: accept, each route, undo, bulk, skip, watch, emergency mode,
two officers on one database file — asserting the decisions stored and what the screen shows."""

from __future__ import annotations

import sqlite3
import time
from datetime import timedelta
from pathlib import Path

import pytest

from brent_tui import clock
from brent_tui.config import Config
from brent_tui.domain.models import MentionStatus, Route
from brent_tui.domain.tone import staffed
from brent_tui.services import triage as svc
from brent_tui.services.scoring import score_pending
from brent_tui.store import Store
from tests.conftest import make_mention
from tests.tui.conftest import make_app
from tests.tui.helpers import open_triage, press_quickly, screen_text, settle, wait_ready, wait_until

TEXTS = [
    "My bin was missed again for weeks, complaint ref 884512, still waiting",
    "When is bin day in Kilburn?",
    "Potholes on Harlesden High Street are shocking",
    "Lovely afternoon in Gladstone Park",
    "Noise from the flats on Kenton Road every night",
    "How do I apply for a parking permit?",
]


async def _db(path: Path, config: Config, texts=TEXTS, **kw) -> Path:
    async with await Store.open(path) as store:
        now = clock.now()  # the mentions have just arrived, whatever the instant the test runs at
        await store.ingest([make_mention(i, text=t, created_at=now, **kw) for i, t in enumerate(texts)])
        await score_pending(store, config, now=now)
    return path


def _focus_text(screen) -> str:
    return screen.focus_item.mention.text if screen.focus_item else ""


async def test_accept_then_each_route_and_next_is_on_screen(config: Config, db_path: Path) -> None:
    app = make_app(config, await _db(db_path, config))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_triage(app, pilot)
        first = screen.focus_item.mention
        assert first.text[:30] in screen_text(app)
        assert "Suggested:" in screen_text(app) and "reach" in screen_text(app)
        await pilot.press("enter")
        # the next mention is painted before the commit lands
        second = screen.focus_item.mention
        assert second.id != first.id and second.text[:30] in screen_text(app)
        await settle(app, pilot)
        order = [first]
        for key in "12345":
            order.append(screen.focus_item.mention)
            await pilot.press(key)
            await settle(app, pilot)
        store = app.store
        (accepted,) = await store.decisions(first.id)
        assert accepted.route == first.suggested_route and accepted.reason == "accepted suggestion"
        for m, route in zip(order[1:], Route, strict=True):
            (d,) = await store.decisions(m.id)
            assert d.route is route and d.decided_by == "webby"
        assert (await store.get_mention(order[1].id)).status is MentionStatus.WATCHING
        assert (await store.unacknowledged_urgent("comms"))  # route 5 alerts the comms officer
        assert "Nothing left to triage" in screen_text(app)


async def test_undo_brings_the_mention_back(config: Config, db_path: Path) -> None:
    app = make_app(config, await _db(db_path, config))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_triage(app, pilot)
        m = screen.focus_item.mention
        await pilot.press("2")
        await settle(app, pilot)
        assert screen.focus_item.mention.id != m.id
        await pilot.press("u")
        await settle(app, pilot)
        assert screen.focus_item.mention.id == m.id and m.text[:30] in screen_text(app)
        decisions = await app.store.decisions(m.id)
        assert [d.undo for d in decisions] == [False, True] and decisions[0].superseded_by == decisions[1].id
        assert (await app.store.get_mention(m.id)).status is MentionStatus.NEW
        assert any("Undone" in n.message for n in app._notifications)


async def test_saved_is_shown_only_once_committed(config: Config, db_path: Path) -> None:
    """Another process holds the write lock: the card moves on, the bar says "saving", never "saved",
    until the commit lands; then "✓ saved @handle → 2"."""
    app = make_app(config, await _db(db_path, config))
    blocker = sqlite3.connect(db_path, isolation_level=None)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_triage(app, pilot)
        await settle(app, pilot)
        m = screen.focus_item.mention
        blocker.execute("BEGIN IMMEDIATE")  # as another officer's long write would
        await pilot.press("2")
        await pilot.pause(0.3)
        assert screen.focus_item.mention.id != m.id  # the officer moves on at once
        bar = screen.query_one("#triage-saved").render()
        assert "saving" in str(bar) and "saved @" not in str(bar), bar
        # nothing committed (asked on the blocker's connection: the app's one waits for the lock)
        assert blocker.execute("SELECT count(*) FROM decisions WHERE mention_id = ?", (m.id,)).fetchone() == (0,)
        blocker.execute("COMMIT")
        await settle(app, pilot)
        assert len(await app.store.decisions(m.id)) == 1
        handle = m.author_handle.lstrip("@")
        assert f"✓ saved @{handle} → 2" in screen_text(app)
    blocker.close()


async def test_undo_is_refused_when_another_officer_decided_since(config: Config, db_path: Path) -> None:
    app = make_app(config, await _db(db_path, config))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_triage(app, pilot)
        m = screen.focus_item.mention
        await pilot.press("2")
        await settle(app, pilot)
        async with await Store.open(db_path) as other:  # a colleague re-decides it meanwhile
            await svc.decide(other, config, config.actor("comms"), await other.get_mention(m.id), Route.ESCALATE,
                             now=clock.now())
        await pilot.press("u")
        await settle(app, pilot)
        decisions = await app.store.decisions(m.id)
        assert [(d.decided_by, d.undo) for d in decisions] == [("webby", False), ("comms", False)]
        messages = [n.message for n in app._notifications]
        assert any("Not undone" in x and "comms already routed it 5 · Escalate" in x for x in messages), messages


async def test_bulk_mark_with_space_then_one_route(config: Config, db_path: Path) -> None:
    app = make_app(config, await _db(db_path, config))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_triage(app, pilot)
        a = screen.focus_item.mention
        await pilot.press("space")
        b = screen.focus_item.mention
        await pilot.press("space")
        assert "2 marked" in screen_text(app)
        await pilot.press("1")
        await settle(app, pilot)
        for m in (a, b):
            (d,) = await app.store.decisions(m.id)
            assert d.route is Route.MONITOR
        assert "marked" not in screen_text(app)
        assert any("2 mentions routed 1" in n.message for n in app._notifications)


async def test_skip_and_watch_decide_nothing(config: Config, db_path: Path) -> None:
    app = make_app(config, await _db(db_path, config))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_triage(app, pilot)
        a = screen.focus_item.mention
        await pilot.press("s")
        b = screen.focus_item.mention
        assert b.id != a.id and b.text[:30] in screen_text(app)
        await pilot.press("w")
        await settle(app, pilot)
        assert await app.store.decisions(a.id) == [] and await app.store.decisions(b.id) == []
        assert [w.mention_id for w in await app.store.active_watches()] == [b.id]


async def test_the_officer_who_watched_a_mention_sees_it_come_back_with_the_trigger(config: Config,
                                                                                    db_path: Path) -> None:
    """Watched with `w` and monitored with `1` in this session: when the threads grow, both return
    to this session's queue (they were kept out as "in hand"), each saying what brought it back."""
    from brent_tui.services.scoring import refresh_watches

    app = make_app(config, await _db(db_path, config, thread_id=None))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_triage(app, pilot)
        watched = screen.focus_item.mention
        await pilot.press("w")
        monitored = screen.focus_item.mention
        await pilot.press("1")
        await settle(app, pilot)
        now = clock.now()
        async with await Store.open(db_path) as other:  # the poller, in another connection
            await other.ingest([make_mention(500 + i + 10 * k, text="same here, still waiting", created_at=now,
                                             reply_to_id=m.platform_id)
                                for k, m in enumerate((watched, monitored)) for i in range(6)])
            assert await refresh_watches(other, config, now=now) == 2
        await app.workers.wait_for_complete()
        screen.refill()
        await settle(app, pilot)
        returned = {i.mention.id: i.watch_reason for i in screen.items}
        assert returned.get(watched.id) == "6 new replies since webby watched it"
        assert returned.get(monitored.id) == "6 new replies since webby watched it"
        assert {i.mention.id for i in screen.items[1:3]} == {watched.id, monitored.id}  # next, after the focus
        await pilot.press("s")
        await settle(app, pilot)
        assert "WATCHED — back in the queue: 6 new replies since webby watched it" in screen_text(app)


async def test_read_only_roles_see_the_queue_but_cannot_decide(config: Config, db_path: Path) -> None:
    for login in ("stranger", "cs"):
        app = make_app(config, await _db(db_path, config) if login == "stranger" else db_path, login=login)
        async with app.run_test(size=(120, 40)) as pilot:
            screen = await open_triage(app, pilot)
            m = screen.focus_item.mention
            assert m.text[:30] in screen_text(app)
            await pilot.press("2")
            await settle(app, pilot)
            assert screen.focus_item.mention.id == m.id
            assert await app.store.decisions(m.id) == []
            assert any("cannot triage" in n.message or "read-only" in n.message for n in app._notifications)


async def test_department_and_assignee_pick_lists(config: Config, db_path: Path) -> None:
    app = make_app(config, await _db(db_path, config))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_triage(app, pilot)
        m = screen.focus_item.mention
        await pilot.press("d")
        await pilot.pause()
        await pilot.press(*"envir", "enter")
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        await pilot.press(*"omar", "enter")
        await pilot.pause()
        assert "Environment (chosen)" in screen_text(app) or "Environment" in screen_text(app)
        assert "officer" in screen_text(app)
        await pilot.press("4")
        await settle(app, pilot)
        (d,) = await app.store.decisions(m.id)
        assert (d.department, d.assignee) == ("Environment", "officer")
        (work,) = await app.store.my_work("officer")
        assert work.assignment.due_at is not None


@pytest.mark.clock_sensitive
async def test_reply_draft_is_tone_checked_and_copied(config: Config, db_path: Path) -> None:
    app = make_app(config, await _db(db_path, config, texts=["When is bin day in Kilburn?"]))
    async with app.run_test(size=(120, 40)) as pilot:
        await open_triage(app, pilot)
        await pilot.press("r")
        await pilot.pause()
        text = screen_text(app)
        assert "brent.gov.uk/bins" in text
        in_hours, _ = staffed(clock.now(), config.tone.staffed_hours)
        if in_hours:  # a plain signposting reply has nothing else to fix
            assert "Tone check: nothing to fix." in text
        else:  # nobody is at a desk to answer what the reply starts: the officer is warned
            assert "WARN: This post goes out at" in text and "outside staffed hours" in text
            assert "Tone check: nothing to fix." not in text
        await pilot.press("ctrl+y")
        await pilot.press("ctrl+s")
        assert await wait_until(pilot, lambda: any(
            "No council account on x has a connector that posts as it" in n.message for n in app._notifications))
        await pilot.press("escape")


async def test_conflict_between_two_sessions_on_one_file(config: Config, db_path: Path) -> None:
    await _db(db_path, config)
    first = make_app(config, db_path, login="webby")
    second = make_app(config, db_path, login="comms")
    async with first.run_test(size=(120, 40)) as p1:
        s1 = await open_triage(first, p1)
        await settle(first, p1)
        a = s1.focus_item.mention
        await first.live.stop()  # webby's screen has not synced yet when comms decides (same second)
        async with second.run_test(size=(120, 40)) as p2:
            s2 = await open_triage(second, p2)
            await settle(second, p2)
            assert s2.focus_item.mention.id != a.id  # held for webby: comms is shown another
            # webby's lease runs out (left the desk); comms is now shown the same mention
            await second.store._db.execute("UPDATE leases SET until = '2000-01-01T00:00:00Z'")
            s2.items = []
            s2.refill()
            await settle(second, p2)
            assert s2.focus_item.mention.id == a.id
            await p2.press("5")
            await settle(second, p2)
        await p1.press("2")
        await settle(first, p1)
        decisions = await first.store.decisions(a.id)
        assert [(d.decided_by, d.route) for d in decisions] == [("comms", Route.ESCALATE)]
        messages = [n.message for n in first._notifications]
        assert any("comms already routed it 5 · Escalate" in m for m in messages), messages


async def test_emergency_mode_300_mentions_within_330_keys(config: Config, db_path: Path) -> None:
    texts = [f"Flooding on street {i} in Stonebridge, water everywhere" for i in range(300)]
    texts += [f"Bin missed on road {i}" for i in range(20)]
    await _db(db_path, config, texts=texts)
    async with await Store.open(db_path) as store:
        now = clock.now()
        await store.create_incident(config.actor("comms"), name="Stonebridge flooding", keywords=["flood*"],
                                    starts_at=now - timedelta(hours=1), holding_statement="We are aware of "
                                    "flooding in Stonebridge and crews are on site.", now=now)
    app = make_app(config, db_path, start_mode="triage")
    presses = 0

    async def press(*keys: str) -> None:
        nonlocal presses
        presses += len(keys)
        await press_quickly(app, pilot, *keys)

    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_triage(app, pilot)
        await press("E")
        await settle(app, pilot)
        await press("enter")
        await wait_until(pilot, lambda: screen.incident is not None and screen.loaded and screen.items)
        text = screen_text(app)
        assert "EMERGENCY" in text and "Holding statement: We are aware" in text
        assert "Flooding" in _focus_text(screen)
        while True:
            await wait_until(pilot, lambda: screen.items or (screen.loaded and screen.queue_total == 0
                                                             and not screen.pending))
            if not screen.items:
                await settle(app, pilot)
                if not screen.items:
                    break
            assert "Flooding" in _focus_text(screen)
            await press("enter")
        await settle(app, pilot)
        assert presses <= 330, presses
        store = app.store
        decided = await store._fetchval("SELECT count(DISTINCT mention_id) FROM decisions")
        assert decided == 300
        assert await store.queue_size() == 20  # the bins are left for after the incident
        counters = await store.incident_counters(screen.incident, now=clock.now())
        assert (counters.triaged, counters.remaining) == (300, 0)
        await press("L")
        await settle(app, pilot)
        assert any("Incident log (600 rows)" in n.message for n in app._notifications)
        await press("E")  # leave: the full queue is back
        await settle(app, pilot)
        assert "EMERGENCY" not in screen_text(app) and "Bin missed" in _focus_text(screen)


async def test_counts_change_with_the_decision_not_seconds_later(config: Config, db_path: Path) -> None:
    app = make_app(config, await _db(db_path, config))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_triage(app, pilot)
        assert "Untriaged 6" in screen_text(app)
        await pilot.press("1")  # painted before the commit returns
        assert "Untriaged 5" in screen_text(app)
        await pilot.press("space", "space", "2")
        assert "Untriaged 3" in screen_text(app)
        await settle(app, pilot)
        assert screen.queue_total == 3 and "Untriaged 3" in screen_text(app)
        await pilot.press("u")
        await settle(app, pilot)
        assert "Untriaged 4" in screen_text(app)
        await pilot.press("f1")  # the Feed's "Unhandled" stream agrees at once
        await pilot.pause()
        feed = app.screen
        for _ in range(100):
            unhandled = [s for s in feed.streams if s.name == "Unhandled"]
            if unhandled and feed.counts.get(unhandled[0].id) == 4:
                break
            await pilot.pause(0.02)
        assert feed.counts.get(unhandled[0].id) == 4


async def test_bulk_marking_never_comes_back_to_a_marked_mention(config: Config, db_path: Path) -> None:
    app = make_app(config, await _db(db_path, config))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_triage(app, pilot)
        marked = []
        for _ in range(6):
            marked.append(screen.focus_item.mention.id)
            await pilot.press("space")
            await settle(app, pilot)  # refills run meanwhile
        assert len(set(marked)) == 6 and screen.focus_item is None
        assert "6 marked" in screen_text(app)
        await pilot.press("escape")  # unmark: they are back in the queue
        await settle(app, pilot)
        assert screen.focus_item is not None and not screen.marked
        await pilot.press("space", "space", "3")
        await settle(app, pilot)
        assert await app.store.queue_size() == 4


async def test_an_incident_starts_at_its_first_mention_gets_a_new_statement_and_is_ended(
        config: Config, db_path: Path) -> None:
    texts = ["Flooding on Harrow Road, water in the basement", "Street flooded near Stonebridge",
             "Bin missed on Kenton Road"]
    await _db(db_path, config, texts=texts)
    async with await Store.open(db_path) as store:  # the burst began 20 hours ago
        old = (clock.now() - timedelta(hours=20)).strftime("%Y-%m-%dT%H:%M:%SZ")
        await store._db.execute("UPDATE mentions SET created_at = ? WHERE id = 1", (old,))
        await store._db.commit()
    app = make_app(config, db_path, start_mode="triage")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_triage(app, pilot)
        await pilot.press("E")
        await settle(app, pilot)
        app.screen.query_one("#incident-name").value = "Stonebridge flooding"
        app.screen.query_one("#incident-keywords").value = "flood*"
        app.screen.query_one("#incident-statement").value = "We are aware."
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert screen.incident is not None
        assert screen.incident.starts_at.strftime("%Y-%m-%dT%H:%M:%SZ") == old
        assert screen.counters is not None and screen.counters.remaining == 2
        await pilot.press("H")
        await settle(app, pilot)
        app.screen.query_one("#prompt-input").value = "Crews are pumping water on Harrow Road."
        await pilot.press("enter")
        await settle(app, pilot)
        assert "Holding statement: Crews are pumping" in screen_text(app)
        assert (await app.store.incident(screen.incident.id)).holding_statement.startswith("Crews are")
        await pilot.press("enter")  # one decision
        assert "remaining 1" in screen_text(app)
        incident_id = screen.incident.id
        await pilot.press("X")
        await settle(app, pilot)
        await pilot.press(*"yes", "enter")
        await settle(app, pilot)
        ended = await app.store.incident(incident_id)
        assert not ended.active and ended.ends_at is not None
        assert screen.incident is None and "EMERGENCY" not in screen_text(app)
        assert await app.store.incidents(active_only=True) == []
        assert screen.queue_total == 2


async def test_an_invalid_foi_request_is_marked_and_offered_the_reply_saying_how(config: Config,
                                                                                  db_path: Path) -> None:
    texts = ["FOI request: how many fly-tipping fines were issued in Harlesden in 2025?"]
    await _db(db_path, config, texts=texts, author_handle="binfan77", author_name="binfan")
    async with await Store.open(db_path) as store:
        (m,) = await store.mentions_by_ids([1])
    assert m.foi_flag and m.foi_valid is False
    app = make_app(config, db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        from tests.tui.test_feed import _cursor_line

        for _ in range(100):
            if "FOI✗ FOI request: how many" in _cursor_line(app):  # the Feed row
                break
            await pilot.pause(0.02)
        assert "FOI✗ FOI request: how many" in _cursor_line(app)
        screen = await open_triage(app, pilot)
        assert screen.focus_item.mention.id == 1
        assert "FOI request · not valid yet" in screen_text(app)
        await pilot.press("r")
        await settle(app, pilot)
        from brent_tui.screens.reply_draft import ReplyDraftScreen

        assert isinstance(app.screen, ReplyDraftScreen)
        assert app.screen.draft.template == "invalid FOI request"
        assert "real name and an address for correspondence" in app.screen.query_one("#reply-text").text
        reply = app.screen
        await pilot.press("end", *" Thanks")  # edited: Esc asks before throwing the edits away
        await pilot.press("escape")
        await settle(app, pilot)
        from brent_tui.screens.post_confirm import ConfirmPostAction

        assert isinstance(app.screen, ConfirmPostAction) and "Discard this draft?" in screen_text(app)
        await pilot.press("n")
        await settle(app, pilot)
        edited = reply.query_one("#reply-text").text
        assert app.screen is reply and edited != reply.draft.text and " Thanks" in edited
        await pilot.press("escape", "y")
        await settle(app, pilot)
        assert app.screen is screen


async def test_a_mention_decided_elsewhere_is_marked_on_the_card_within_a_second(config: Config, db_path: Path) -> None:
    """A colleague decides the mention on webby's card (their lease had run out): live sync marks the
    card — who, which route, theirs stands — within a second, before webby presses anything."""
    await _db(db_path, config)
    app = make_app(config, db_path, login="webby")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_triage(app, pilot)
        await settle(app, pilot)
        mention = screen.focus_item.mention
        async with await Store.open(db_path) as other:
            fresh = await other.get_mention(mention.id)
            await svc.decide(other, config, config.actor("comms"), fresh, Route.ESCALATE, now=clock.now())
        started = time.monotonic()
        assert await wait_until(pilot, lambda: "decided this while you were reading" in screen_text(app), timeout=5)
        waited = time.monotonic() - started
        shown = screen_text(app)
        assert "Colin Comms decided this while you were reading: 5 Escalate" in shown, shown
        assert screen.focus_item.mention.id == mention.id  # still there, marked: nothing moved under the keys
        assert waited < 2.5, f"marked after {waited:.2f} s"
        await pilot.press("s")
        await settle(app, pilot)
        assert "decided this while you were reading" not in screen_text(app)


async def test_a_mention_decided_in_the_same_officers_other_window_is_marked_too(config: Config, db_path: Path) -> None:
    """webby has two windows open: Enter in one marks the card in the other, rather than leaving it to
    say "not saved" only when webby presses Enter there too."""
    await _db(db_path, config)
    app = make_app(config, db_path, login="webby")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_triage(app, pilot)
        await settle(app, pilot)
        mention = screen.focus_item.mention
        async with await Store.open(db_path) as other:
            fresh = await other.get_mention(mention.id)
            await svc.decide(other, config, config.actor("webby"), fresh, Route.CUSTOMER_SERVICES, now=clock.now())
        assert await wait_until(pilot, lambda: "You decided this in another window" in screen_text(app), timeout=5)
        assert "You decided this in another window: 2 Customer services" in screen_text(app)
        assert screen.focus_item.mention.id == mention.id
        await pilot.press("1")  # this window's own decision is not "another window"
        await settle(app, pilot)
        assert "in another window" not in screen_text(app)



async def test_suspend_all_in_an_emergency_asks_for_the_reason_first(config: Config, db_path: Path) -> None:
    await _db(db_path, config, texts=["Flooding on Stonebridge high street"])
    async with await Store.open(db_path) as store:
        now = clock.now()
        await store.create_incident(config.actor("comms"), name="Stonebridge flooding", keywords=["flood*"],
                                    starts_at=now - timedelta(hours=1), holding_statement="We are aware.", now=now)
    app = make_app(config, db_path, start_mode="triage", login="comms")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_triage(app, pilot)
        await pilot.press("E")
        await settle(app, pilot)
        await pilot.press("enter")
        await wait_until(pilot, lambda: screen.incident is not None and screen.loaded)
        await pilot.press("S")
        await settle(app, pilot)
        from brent_tui.screens.reason_prompt import ReasonPrompt

        assert isinstance(app.screen, ReasonPrompt)
        assert "Suspend ALL scheduled posts on every account" in screen_text(app)
        assert app.screen.query_one("#prompt-input").value == "Emergency: Stonebridge flooding"
        assert not (await app.store.suspension()).active  # nothing until the reason is given
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.screen is screen and not (await app.store.suspension()).active
        await pilot.press("S")
        await settle(app, pilot)
        await pilot.press("ctrl+u", *"Flooding: all posts held", "enter")
        await settle(app, pilot)
        suspension = await app.store.suspension()
        assert suspension.active and suspension.reason == "Flooding: all posts held"


async def test_esc_on_the_foi_form_from_triage_returns_to_triage(config: Config, db_path: Path) -> None:
    await _db(db_path, config)
    app = make_app(config, db_path, start_mode="triage")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_triage(app, pilot)
        focused = screen.focus_item.mention.id
        await pilot.press("f")
        await settle(app, pilot)
        from brent_tui.screens.foi_case_form import FoiCaseForm

        assert isinstance(app.screen, FoiCaseForm)
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.current_mode == "triage" and app.screen is screen
        assert screen.focus_item.mention.id == focused


async def test_what_enter_would_do_is_on_screen_at_80x24_however_long_the_post(config: Config, db_path: Path) -> None:
    long_post = "Flooding in the basement flat on Harrow Road, water still rising. " * 30
    await _db(db_path, config, texts=[long_post])
    app = make_app(config, db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_triage(app, pilot)
        await settle(app, pilot)
        update = app.screen._compositor.render_full_update()
        drawn = "\n".join("".join(seg.text for strip in line for seg in strip) for line in update.strips)
        assert "Suggested: " in drawn and "Enter accepts" in drawn and "Department: " in drawn, drawn
        assert "5 Escalate" in drawn  # and the key to overrule it, in the footer


async def test_single_user_mode_scores_new_mentions_even_when_its_poller_cannot_start(
        config: Config, db_path: Path, tmp_path: Path) -> None:
    """`poll_in_app` with a connector whose secrets file others can read: polling is off (said so),
    and the app still scores what arrives (it used to score nothing until restarted without connectors)."""
    secrets = tmp_path / "secrets.toml"
    secrets.write_text('masto = "token-abcdef"\n')
    secrets.chmod(0o644)
    single = config.model_copy(update={
        "app": config.app.model_copy(update={"poll_in_app": True}),
        "connectors": Config.model_validate({"connectors": [
            {"name": "masto", "type": "mastodon", "base_url": "http://127.0.0.1:9"}]}).connectors,
        "secrets": config.secrets.model_copy(update={"file": secrets}),
    })
    async with await Store.open(db_path) as store:
        await store.ingest([make_mention(i, text=t, created_at=clock.now()) for i, t in enumerate(TEXTS)])
        assert len(await store.unscored()) == len(TEXTS)
    app = make_app(single, db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        assert await wait_until(pilot, lambda: any("Polling is off" in n.message for n in app._notifications))

        async def unscored() -> int:
            async with await Store.open(db_path) as other:
                return len(await other.unscored())
        for _ in range(40):
            if await unscored() == 0:
                break
            await pilot.pause(0.25)
        assert await unscored() == 0


async def test_r_then_ctrl_s_sends_the_reply_under_the_mention_and_decides_it(config: Config, db_path: Path,
                                                                                tmp_path: Path, networks) -> None:
    """At 80×24: `r` drafts, ctrl+s asks, `y` sends it from @BrentCouncil threaded under the post (an X
    stand-in on 127.0.0.1); the mention is routed 3 with the reply and the next one takes its place."""
    from brent_tui.domain.models import CouncilAccount, Platform
    from tests.stand_ins import sending_config

    sending = sending_config(config, networks, tmp_path)
    await _db(db_path, sending, texts=["When is the recycling centre open on bank holidays?",
                                       "Lovely afternoon in Gladstone Park"])
    async with await Store.open(db_path) as store:
        await store.upsert_account(CouncilAccount(platform=Platform.X, handle="@BrentCouncil", service="Web"), "setup")
    app = make_app(sending, db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_triage(app, pilot)
        mention = screen.focus_item.mention
        await pilot.press("r")
        await settle(app, pilot)
        await pilot.press("ctrl+s")  # the send waits for the answer: no settling until then
        assert await wait_until(pilot, lambda: "Send this reply from @BrentCouncil?" in screen_text(app))
        await pilot.press("y")
        assert await wait_until(pilot, lambda: app.screen is screen, timeout=10)
        await settle(app, pilot)
        (body,) = networks.bodies
        assert body["reply"] == {"in_reply_to_tweet_id": mention.platform_id}
        (decision,) = await app.store.decisions(mention.id)
        assert decision.route is Route.WEB_TEAM and (decision.reason or "").startswith("replied from @BrentCouncil")
        assert screen.focus_item is None or screen.focus_item.mention.id != mention.id
        assert any("Reply sent from @BrentCouncil" in n.message for n in app._notifications)


async def test_a_comms_officer_approves_a_waiting_reply_with_A_then_y(config: Config, db_path: Path,
                                                                      tmp_path: Path, networks) -> None:
    """webby's replies need approval: ctrl+s sends it to the comms officers; comms, at 80×24, opens
    `A`, reads it under the post, presses `y` and `y`: it goes threaded, and the list empties."""
    from brent_tui.domain.models import CouncilAccount, Platform
    from brent_tui.screens.reply_approvals import ReplyApprovalsScreen
    from tests.stand_ins import sending_config

    approving = sending_config(config, networks, tmp_path,
                               replies=Config.model_validate({"replies": {"approval_roles": ["web_team"]}}).replies)
    await _db(db_path, approving, texts=["When is the recycling centre open on bank holidays?"])
    async with await Store.open(db_path) as store:
        await store.upsert_account(CouncilAccount(platform=Platform.X, handle="@BrentCouncil", service="Web"), "setup")
    webby = make_app(approving, db_path)
    async with webby.run_test(size=(80, 24)) as pilot:
        screen = await open_triage(webby, pilot)
        mention = screen.focus_item.mention
        await pilot.press("r")
        await settle(webby, pilot)
        await pilot.press("ctrl+s")
        assert await wait_until(pilot, lambda: "Send this reply to a comms officer" in screen_text(webby))
        await pilot.press("y")
        assert await wait_until(pilot, lambda: any("for approval" in n.message for n in webby._notifications))
    assert networks.creates == 0
    comms = make_app(approving, db_path, login="comms")
    async with comms.run_test(size=(80, 24)) as pilot:
        await open_triage(comms, pilot)
        await pilot.press("A")
        assert await wait_until(pilot, lambda: isinstance(comms.screen, ReplyApprovalsScreen)
                                and bool(comms.screen.items))
        await settle(comms, pilot)
        assert "Under @resident0: When is the recycling centre open" in screen_text(comms)
        await pilot.press("y")
        assert await wait_until(pilot, lambda: "Approve webby's reply and send it from @BrentCouncil?"
                                in screen_text(comms))
        await pilot.press("y")
        assert await wait_until(pilot, lambda: any("Approved and sent" in n.message for n in comms._notifications),
                                timeout=10)
        assert await wait_until(pilot, lambda: "No replies are waiting for approval." in screen_text(comms))
    (body,) = networks.bodies
    assert body["reply"] == {"in_reply_to_tweet_id": mention.platform_id}


async def test_a_refill_under_way_when_a_key_decides_never_brings_the_decided_mention_back(
        config: Config, db_path: Path) -> None:
    """Another session's commit starts a refill (live sync); the officer decides before it has read the
    queue: the mention just decided must not come back into focus when the refill lands."""
    import asyncio

    many = [f"{text} ({n})" for n in range(5) for text in TEXTS]  # enough that deciding starts no refill itself
    app = make_app(config, await _db(db_path, config, many))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_triage(app, pilot)
        await settle(app, pilot)
        decided = screen.focus_item.mention
        queue = app.store.queue

        async def slow_queue(*args, **kwargs):  # the refill is mid-read when the key comes
            await asyncio.sleep(0.4)
            return await queue(*args, **kwargs)

        app.store.queue = slow_queue  # type: ignore[method-assign]
        screen.refill()  # as a DataChanged from another session would
        await pilot.pause(0.05)
        await pilot.press("1")
        await settle(app, pilot)
        await pilot.pause(0.6)
        await settle(app, pilot)
        assert screen.focus_item is not None and screen.focus_item.mention.id != decided.id
        assert decided.id not in [i.mention.id for i in screen.items]
        assert len(await app.store.decisions(decided.id)) == 1


async def test_on_postgresql_each_key_decides_and_the_next_is_in_focus(config: Config, postgres) -> None:
    """The Triage tab on a PostgreSQL database, keys pressed as fast as an officer in an emergency:
    each decides its mention once, the focus moves on, no decision comes back to its own session
    as someone else's (a NOTIFY names the connection that sent it)."""
    url = postgres.new_database()
    many = [f"{text} ({n})" for n in range(3) for text in TEXTS]
    app = make_app(config, await _db(url, config, many))  # type: ignore[arg-type]
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_triage(app, pilot)
        await settle(app, pilot)
        seen = []
        for key in "12121":
            seen.append(screen.focus_item.mention.id)
            await pilot.press(key)
            await pilot.pause(0.3)  # the NOTIFY of each commit has come back by now
        await settle(app, pilot)
        assert len(set(seen)) == 5 and screen.focus_item.mention.id not in seen
        for mention_id in seen:
            assert len(await app.store.decisions(mention_id)) == 1
        assert "not saved" not in screen_text(app).lower()
