"""Several officers' app sessions on one database file (Pilot): a decision, a post and an FOI event made in
one session show in the others within about a second; each kind of notification reaches the named user's
running session (bell, unread count, toast, the list, the escalation banner); refusals are explained."""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from brent_tui import clock
from brent_tui.app import BrentApp
from brent_tui.config import Config
from brent_tui.domain.models import CouncilAccount, MentionStatus, Platform, Route
from brent_tui.domain.roles import Actor
from brent_tui.services.reminders import send_foi_reminders
from brent_tui.services.scoring import score_pending
from brent_tui.store import Store
from brent_tui.store.foi import FoiCaseDraft
from brent_tui.store.posts import PostDraft
from brent_tui.widgets.mention_list import MentionList
from tests.conftest import decide, make_mention
from tests.tui.conftest import PEOPLE
from tests.tui.helpers import screen_text, settle, wait_ready, wait_until

pytestmark = pytest.mark.serial  # the delays are timed against LIMIT

LIVE_INTERVAL = 1.0  # the shipped default: what officers get
LIMIT = 1.5  # seconds: "within 1 s", with room for a loaded CI machine


@pytest.fixture
def config() -> Config:
    people = PEOPLE | {"webb2": {"name": "Will Webb", "role": "web_team", "department": "Web"}}
    return Config.model_validate({
        "people": people,
        "departments": [
            {"name": "Web", "lead": "webby", "officers": ["webb2"]},
            {"name": "Communications", "lead": "comms"},
            {"name": "Environment", "lead": "cs", "officers": ["cs", "officer"], "head": "head"},
        ],
        "app": {"poll_in_app": False},
    })


def session(config: Config, db: Path, login: str, mode: str = "feed") -> BrentApp:
    return BrentApp(config, db_path=db, actor=config.actor(login), live_interval=LIVE_INTERVAL, start_mode=mode)


async def seed(db: Path, config: Config, n: int = 8) -> None:
    async with await Store.open(db) as store:
        now = clock.now()  # the mentions have just arrived, whatever the instant the test runs at
        await store.ingest([make_mention(i, text=f"Missed bin collection number {i} in Kilburn", created_at=now)
                            for i in range(1, n + 1)])
        await score_pending(store, config, now=now)


async def until(pilots: list, predicate: Callable[[], bool], timeout: float = 5.0) -> float:
    """Seconds until `predicate` holds, while every session runs; fails the test after `timeout`."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if predicate():
            return time.perf_counter() - start
        for p in pilots:
            await p.pause(0.01)
    raise AssertionError("the other session never showed the change")


@pytest.fixture
def record(record_property) -> Callable[[float], float]:
    """Checks a delay against LIMIT and keeps it for the run's summary (tests/conftest.py)."""
    def check(delay: float) -> float:
        record_property("live_sync_delay", delay)
        assert delay < LIMIT, f"took {delay:.2f} s"
        return delay
    return check


async def test_a_decision_in_triage_shows_in_the_others_feed_and_leaves_their_queue(config: Config, db_path: Path,
                                                                                  record) -> None:
    await seed(db_path, config)
    a = session(config, db_path, "webby", "triage")
    b = session(config, db_path, "comms", "feed")
    c = session(config, db_path, "webb2", "triage")
    async with c.run_test(size=(120, 40)) as pc, a.run_test(size=(120, 40)) as pa, \
            b.run_test(size=(120, 40)) as pb:
        for app, p in ((c, pc), (a, pa), (b, pb)):
            await wait_ready(app, p)
            await settle(app, p)
        ta, tc = a.screen, c.screen
        await wait_until(pa, lambda: ta.focus_item is not None and tc.focus_item is not None)
        assert tc.focus_item.mention.id != ta.focus_item.mention.id  # each is shown a different one (leases)
        feed = b.screen.query_one(MentionList)
        target = ta.focus_item.mention
        assert any(m.id == target.id and m.status is MentionStatus.NEW for m in feed.rows)

        await pa.press("3")  # webby routes the mention in front of them to the web team
        await settle(a, pa)
        stored = await a.store.current_decision(target.id)
        assert stored and stored.decided_by == "webby" and stored.route is Route.WEB_TEAM
        committed = time.perf_counter()
        await until([pa, pb, pc], lambda: any(m.id == target.id and m.status is MentionStatus.ASSIGNED
                                              for m in feed.rows))
        record(time.perf_counter() - committed)

        # A mention waiting further down webb2's queue is decided in webby's session: it leaves the queue.
        # (webb2's prefetched queue may still list the mention webby just decided: live sync
        # removes it within a second; pick one nobody has decided.)
        waiting = next(i.mention for i in tc.items[1:]
                       if i.mention.id not in (target.id, ta.focus_item.mention.id))
        await decide(a.store, a.actor, waiting.id, Route.MONITOR, reason="noise", expected_version=waiting.version,
                             now=clock.now())
        committed = time.perf_counter()
        await until([pa, pb, pc], lambda: waiting.id not in {i.mention.id for i in tc.items})
        record(time.perf_counter() - committed)
        # webb2 routes what is in front of them: never a mention already decided
        mine = tc.focus_item.mention
        assert mine.id not in (target.id, waiting.id)
        await pc.press("1")
        await settle(c, pc)
        assert [d.decided_by for d in await c.store.decisions(mine.id)] == ["webb2"]
        assert [d.decided_by for d in await c.store.decisions(waiting.id)] == ["webby"]


async def test_a_scheduled_post_and_an_foi_event_show_in_other_sessions(config: Config, db_path: Path,
                                                                        record) -> None:
    await seed(db_path, config, 1)
    async with await Store.open(db_path) as store:
        account = await store.upsert_account(CouncilAccount(platform=Platform.X, handle="@BrentCouncil",
                                                            service="Web"), "setup")
        today = clock.today()
        case = await store.create_foi_case(config.actor("webby"), FoiCaseDraft(
            channel="email", request_text="How many potholes were repaired?", received_on=today - timedelta(days=3),
            applicant_name="Margaret Doyle", contact="m.doyle@example.org"))
    a = session(config, db_path, "webby", "feed")
    b = session(config, db_path, "comms", "calendar")
    c = session(config, db_path, "cs", "foi")
    async with a.run_test(size=(120, 40)) as pa, b.run_test(size=(120, 40)) as pb, \
            c.run_test(size=(120, 40)) as pc:
        for app, p in ((a, pa), (b, pb), (c, pc)):
            await wait_ready(app, p)
            await settle(app, p)
        cal, foi_tab = b.screen, c.screen
        assert cal.posts == []
        first_due = foi_tab.rows[0].clock.due

        when = clock.now().replace(microsecond=0) + timedelta(hours=2)
        post = await a.store.save_post(a.actor, PostDraft(body="Libraries open late tonight",
                                                          account_ids=[account.id or 0], scheduled_at=when))
        committed = time.perf_counter()
        await until([pa, pb, pc], lambda: any(p.id == post.id for p in cal.posts))
        record(time.perf_counter() - committed)

        await a.store.add_foi_event(a.actor, case.id or 0, "pit_extended", today, "public interest test",
                                    version=case.version)
        committed = time.perf_counter()
        await until([pa, pb, pc], lambda: foi_tab.rows and foi_tab.rows[0].clock.due != first_due)
        record(time.perf_counter() - committed)
        assert foi_tab.rows[0].clock.due > first_due


async def test_each_kind_of_notification_reaches_the_named_users_sessions(config: Config, db_path: Path) -> None:
    await seed(db_path, config, 3)
    async with await Store.open(db_path) as store:
        account = await store.upsert_account(CouncilAccount(platform=Platform.X, handle="@BrentCouncil",
                                                            service="Web"), "setup")
    webby = session(config, db_path, "webby")
    cs = session(config, db_path, "cs")
    comms = session(config, db_path, "comms")
    async with webby.run_test(size=(120, 40)) as pw, cs.run_test(size=(120, 40)) as pc, \
            comms.run_test(size=(120, 40)) as pm:
        pilots = [pw, pc, pm]
        for app, p in ((webby, pw), (cs, pc), (comms, pm)):
            await wait_ready(app, p)
        now = clock.now()
        me = webby.actor
        # assigned to you: cs's session
        await decide(webby.store, me, 1, Route.CUSTOMER_SERVICES, department="Environment", assignee="cs", now=now)
        await until(pilots, lambda: any("from Wendy Webb" in n.message and "Missed bin" in n.message
                                        for n in cs._notifications))  # the toast
        assert cs.counters.unread == 1 and "🔔1" in screen_text(cs)
        # escalation: the comms officer's banner, until acknowledged
        await decide(webby.store, me, 2, Route.ESCALATE, now=now, comms=["comms"])
        await until(pilots, lambda: "ESCALATION" in screen_text(comms))
        # your post failed: webby's own session, from the publisher's connection
        async with await Store.open(db_path) as publisher:
            post = await webby.store.save_post(me, PostDraft(body="Bin day changes", account_ids=[account.id or 0],
                                                             scheduled_at=now - timedelta(minutes=1)))
            target = post.targets[0]
            key = await publisher.claim_target(target.id or 0, now=now, lease=timedelta(minutes=5))
            assert key
            await publisher.record_failure(target.id or 0, key, "401: the token was revoked", retry_at=None)
            # your FOI case is due in 2 working days: from the poller's housekeeping
            from tests.test_reminders import open_case

            case_id = await open_case(publisher, 2, assignee="cs")
            sent = await send_foi_reminders(publisher, config)
            assert [(r.recipient, r.case_id) for r in sent] == [("cs", case_id)]
        await until(pilots, lambda: webby.counters.unread == 1 and cs.counters.unread == 2
                    and any("due in 2 working days" in n.message for n in cs._notifications)
                    and any("did not go out" in n.message for n in webby._notifications))
        assert "🔔1" in screen_text(webby) and "🔔2" in screen_text(cs)
        assert comms.counters.unread == 1 and webby.counters.unread == 1
        assert any("did not go out on @BrentCouncil" in n.message for n in webby._notifications)
        assert any("due in 2 working days" in n.message for n in cs._notifications)

        # the list to review them: cs sees both of theirs, newest first, and marks them read
        await pc.press("ctrl+n")
        await settle(cs, pc)
        kinds = [n.kind for n in cs.screen.items]
        assert kinds == ["foi_due", "assigned"]
        assert "due in 2 working days" in str(cs.screen.query_one("DataTable").get_row_at(0))
        await pc.press("r")
        await settle(cs, pc)
        await pc.press("escape")
        await until(pilots, lambda: cs.counters.unread == 0 and "🔕" in screen_text(cs))

        # comms acknowledges the escalation: the banner goes, in comms's session only
        await pm.press("ctrl+n")
        await settle(comms, pm)
        await pm.press("a")
        await settle(comms, pm)
        await pm.press("escape")
        await until(pilots, lambda: "ESCALATION" not in screen_text(comms))
        assert (await comms.store.notifications("comms"))[0].acknowledged_at is not None
        assert await cs.store.unacknowledged_urgent("comms") == []


async def test_refusals_are_explained_and_nothing_is_written(config: Config, db_path: Path) -> None:
    await seed(db_path, config, 3)
    guest = session(config, db_path, "stranger", "triage")
    cs = session(config, db_path, "cs", "triage")
    async with guest.run_test(size=(120, 40)) as pg, cs.run_test(size=(120, 40)) as pc:
        await wait_ready(guest, pg)
        await wait_ready(cs, pc)
        assert any("stranger is not in the brent-tui config: you have a read-only view" in n.message
                   and "[people]" in n.message for n in guest._notifications)
        assert "guest (read-only)" in screen_text(guest)
        for app, p in ((guest, pg), (cs, pc)):
            await settle(app, p)
            await p.press("1")
            await settle(app, p)
        assert any("read-only" in n.message or "cannot triage" in n.message for n in guest._notifications)
        assert any("cannot triage" in n.message or "your role cannot" in n.message for n in cs._notifications) \
            or "read-only: your role cannot triage" in screen_text(cs)
        for mid in (1, 2, 3):
            assert await cs.store.decisions(mid) == []
        assert [e for e in await cs.store.audit_entries() if e.who in ("stranger", "cs")] == []
        with pytest.raises(Exception, match="read-only"):
            await decide(guest.store, Actor(login="stranger"), 1, Route.MONITOR, now=clock.now())


async def test_while_one_officer_drafts_a_reply_the_others_see_who_is_replying(config: Config, db_path: Path,
                                                                               record) -> None:
    from rich.console import Console

    from brent_tui.widgets.mention_detail import detail_renderable

    def detail_head(app: BrentApp) -> str:
        data = app.screen.detail.data
        if data is None:
            return ""
        console = Console(width=100, record=True, file=io.StringIO())
        console.print(detail_renderable(data))
        return console.export_text().splitlines()[0]

    await seed(db_path, config, n=3)
    a = session(config, db_path, "webby", "feed")
    b = session(config, db_path, "comms", "feed")
    async with a.run_test(size=(120, 40)) as pa, b.run_test(size=(120, 40)) as pb:
        for app, p in ((a, pa), (b, pb)):
            await wait_ready(app, p)
            await settle(app, p)
        shown_a = a.screen.query_one(MentionList).highlighted
        shown_b = b.screen.query_one(MentionList).highlighted
        assert shown_a is not None and shown_b is not None and shown_a.id == shown_b.id  # both on the newest
        assert "is replying" not in detail_head(b)
        await pa.press("r")
        record(await until([pa, pb], lambda: "✎ webby is replying" in detail_head(b)))
        await pb.press("r")  # comms opens a draft too: told before writing a second reply
        await until([pa, pb], lambda: "webby is replying to this mention too" in screen_text(b))
        await pb.press("escape")
        await pa.press("escape")
        await until([pa, pb], lambda: "is replying" not in detail_head(b))
        assert await b.store.replying_to(shown_b.id, now=clock.now()) is None


async def test_triage_says_who_is_replying_to_the_mention_in_focus(config: Config, db_path: Path) -> None:
    await seed(db_path, config, n=3)
    b = session(config, db_path, "comms", "triage")
    async with b.run_test(size=(80, 24)) as pb:
        await wait_ready(b, pb)
        await wait_until(pb, lambda: b.screen.focus_item is not None)
        await settle(b, pb)
        mention = b.screen.focus_item.mention
        async with await Store.open(db_path) as other:  # webby has the reply draft open, in the Feed
            assert await other.start_replying("webby", mention.id, seconds=120, now=clock.now()) is None
        b.screen.hold_focus()
        assert await wait_until(pb, lambda: any("webby is replying to this mention" in n.message
                                                for n in b._notifications))
