"""Triage store on real SQLite files: decide, conflicts, undo, bulk, leases, queue, watches, incidents."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from brent_tui.config import Config
from brent_tui.domain.models import AssignmentStatus, MentionStatus, Route
from brent_tui.domain.roles import PermissionDeniedError
from brent_tui.services import triage as svc
from brent_tui.services.scoring import refresh_watches, score_pending
from brent_tui.store import ConflictError, Store, StoreError
from brent_tui.store.triage import incident_log_csv, incident_log_markdown, incident_match
from tests.conftest import BASE_TIME, DATA_NOW, make_mention

pytestmark = pytest.mark.contract  # on SQLite and on PostgreSQL (tests/conftest.py)

NOW = BASE_TIME + timedelta(hours=3)


@pytest.fixture
def config() -> Config:
    return Config.model_validate({
        "people": {
            "webby": {"name": "Wendy Webb", "role": "web_team"},
            "webb2": {"name": "Will Webb", "role": "web_team"},
            "comms": {"name": "Colin Comms", "role": "comms_officer"},
            "comms2": {"name": "Cleo Comms", "role": "comms_officer"},
            "cs": {"name": "Cara Service", "role": "customer_services", "department": "Environment"},
            "officer": {"name": "Omar Officer", "role": "service_officer", "department": "Environment"},
        },
        "departments": [{"name": "Environment", "lead": "cs", "officers": ["cs", "officer"]}],
    })


async def _seed(store: Store, config: Config, n: int = 6, **kw) -> list:
    await store.ingest([make_mention(i, **kw) for i in range(n)])
    await score_pending(store, config, now=NOW)
    return [await store.get_mention(i + 1) for i in range(n)]


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_each_route_sets_status_work_and_notifications(store: Store, config: Config) -> None:
    ms = await _seed(store, config, 5)
    web = config.actor("webby")
    for m, route in zip(ms, Route, strict=True):
        d = await svc.decide(store, config, web, m, route, department="Environment", now=NOW)
        assert d.route is route and d.decided_by == "webby"
    statuses = [(await store.get_mention(m.id)).status for m in ms]
    assert statuses == [MentionStatus.WATCHING] + [MentionStatus.ASSIGNED] * 4
    cs_work = await store.my_work("cs")
    assert [w.assignment.route for w in cs_work] == [Route.CUSTOMER_SERVICES, Route.SERVICE_CONVERSATION]
    assert cs_work[0].assignment.due_at == NOW + timedelta(hours=24)
    assert [w.assignment.route for w in await store.my_work("webby")] == [Route.WEB_TEAM]
    assert len(await store.active_watches()) == 1
    urgent = await store.unacknowledged_urgent("comms")
    assert len(urgent) == 1 and "Escalated by Wendy Webb" in urgent[0].text
    assert len(await store.unacknowledged_urgent("comms2")) == 1
    assert any(n.kind == "assigned" for n in await store.notifications("officer"))  # route 4 officers join
    audit = [e.action for e in await store.audit_entries(who="webby")]
    assert audit.count("decide") == 5


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_conflict_names_who_decided_what(db_location: Path | str, config: Config) -> None:
    async with await Store.open(db_location) as a, await Store.open(db_location) as b:
        (m,) = await _seed(a, config, 1)
        seen_by_b = await b.get_mention(m.id)
        await svc.decide(a, config, config.actor("webby"), m, Route.CUSTOMER_SERVICES, department="Environment",
                         now=NOW)
        with pytest.raises(ConflictError) as err:
            await svc.decide(b, config, config.actor("webb2"), seen_by_b, Route.MONITOR, now=NOW)
        assert "webby already routed it 2 · Customer services to cs" in str(err.value)
        assert err.value.current.decided_by == "webby"
        assert len(await b.decisions(m.id)) == 1  # nothing overwritten


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_undo_supersedes_and_restores(store: Store, config: Config) -> None:
    (m,) = await _seed(store, config, 1)
    web = config.actor("webby")
    d = await svc.decide(store, config, web, m, Route.CUSTOMER_SERVICES, department="Environment", now=NOW)
    assert (await store.last_decision_by("webby")).id == d.id
    u = await store.undo(web, d.id, now=NOW)
    assert u.undo and u.supersedes == d.id
    decisions = await store.decisions(m.id)
    assert [x.superseded_by for x in decisions] == [u.id, None]
    assert (await store.get_mention(m.id)).status is MentionStatus.NEW
    work = await store.my_work("cs", include_done=True)
    assert work[0].assignment.status is AssignmentStatus.CANCELLED
    assert await store.last_decision_by("webby") is None
    with pytest.raises(ConflictError, match="no longer in force: webby already undid"):
        await store.undo(web, d.id, now=NOW)
    with pytest.raises(StoreError, match="is itself an undo"):
        await store.undo(web, u.id, now=NOW)
    with pytest.raises(Exception, match="append-only"):
        await store._db.execute("DELETE FROM decisions")


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_undo_is_refused_when_another_officer_decided_since(tmp_path: Path, config: Config) -> None:
    """A decides, B re-decides on another connection, then A's undo: refused, B's decision named and kept."""
    db = tmp_path / "shared.sqlite"
    async with await Store.open(db) as a, await Store.open(db) as b:
        (m,) = await _seed(a, config, 1)
        mine = await svc.decide(a, config, config.actor("webby"), m, Route.CUSTOMER_SERVICES, now=NOW)
        seen_by_b = await b.get_mention(m.id)
        theirs = await svc.decide(b, config, config.actor("webb2"), seen_by_b, Route.ESCALATE, now=NOW)
        with pytest.raises(ConflictError, match=r"decision \d+ \(route 2 · Customer services\) on mention "
                                                r"\d+ is no longer in force: webb2 already routed it 5 · Escalate") as err:
            await a.undo(config.actor("webby"), mine.id, now=NOW)
        assert err.value.current.id == theirs.id
        assert (await a.current_decision(m.id)).id == theirs.id  # B's decision stands
        assert (await a.get_mention(m.id)).status is MentionStatus.ASSIGNED


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_bulk_reports_conflicts_per_mention(store: Store, config: Config) -> None:
    ms = await _seed(store, config, 4)
    web = config.actor("webby")
    await svc.decide(store, config, config.actor("webb2"), ms[1], Route.ESCALATE, now=NOW)
    result = await svc.decide_many(store, config, web, ms, Route.MONITOR, now=NOW)
    assert sorted(d.mention_id for d in result.decided) == [ms[0].id, ms[2].id, ms[3].id]
    assert list(result.conflicts) == [ms[1].id] and "webb2" in result.conflicts[ms[1].id]
    assert (await store.get_mention(ms[1].id)).status is MentionStatus.ASSIGNED


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_permissions_refused_in_the_store(store: Store, config: Config) -> None:
    (m,) = await _seed(store, config, 1)
    for login in ("stranger", "cs", "officer"):
        with pytest.raises(PermissionDeniedError):
            await svc.decide(store, config, config.actor(login), m, Route.MONITOR, now=NOW)
    with pytest.raises(PermissionDeniedError, match="not in the brent-tui config"):
        await store.create_incident(config.actor("stranger"), name="x", keywords=["flood"], starts_at=NOW, now=NOW)
    assert await store.decisions(m.id) == []


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_queue_order_leases_and_exclusions(store: Store, config: Config) -> None:
    await store.ingest([
        make_mention(0, text="Lovely day in the park"),
        make_mention(1, text="Bins missed again for weeks, complaint ref 123456", author_followers=60_000),
        make_mention(2, text="When is bin day in Kilburn?"),
        make_mention(3, text="When is bin day in Harlesden?"),
    ])
    await score_pending(store, config, now=NOW)
    q = await store.queue("webby", now=NOW)
    prios = [i.mention.priority for i in q]
    assert prios == sorted(prios, reverse=True) and q[0].mention.id == 2
    # equal priority: older first
    same = [i.mention for i in q if i.mention.id in (3, 4)]
    assert [m.id for m in same] == [3, 4]
    assert await store.lease("webby", q[0].mention.id, seconds=120, now=NOW) is None
    assert await store.lease("webb2", q[0].mention.id, seconds=120, now=NOW) == "webby"
    other = await store.queue("webb2", now=NOW)
    assert q[0].mention.id not in [i.mention.id for i in other]
    assert (await store.queue("webby", now=NOW))[0].mention.id == q[0].mention.id  # own lease still shown
    later = NOW + timedelta(seconds=121)
    assert q[0].mention.id in [i.mention.id for i in await store.queue("webb2", now=later)]
    rest = [i.mention.id for i in q if i.mention.id not in (1, 2)]
    assert [i.mention.id for i in await store.queue("webby", now=NOW, exclude=[2, 1])] == rest


async def test_queue_plan_uses_the_index(store: Store) -> None:
    if store.postgres:
        pytest.skip("SQLite's query plan (INDEXED BY); PostgreSQL's planner chooses for itself")
    rows = await store._fetchall(
        "EXPLAIN QUERY PLAN SELECT m.id FROM mentions m INDEXED BY mentions_triage_queue "
        "WHERE m.status = 'new' ORDER BY m.priority DESC, m.created_at, m.id LIMIT 20")
    plan = " ".join(r["detail"] for r in rows)
    assert "mentions_triage_queue" in plan and "TEMP B-TREE" not in plan


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_watch_resurfaces_with_reason(store: Store, config: Config) -> None:
    (m,) = await _seed(store, config, 1, thread_id="t1")
    web = config.actor("webby")
    await svc.decide(store, config, web, m, Route.MONITOR, now=NOW)
    assert await refresh_watches(store, config, now=NOW) == 0
    await store.ingest([make_mention(100 + i, thread_id="t1", text="me too, bins missed") for i in range(5)])
    assert await refresh_watches(store, config, now=NOW) == 1
    q = await store.queue("webby", now=NOW)
    assert q[0].mention.id == m.id and "5 new replies since webby watched it" in (q[0].watch_reason or "")
    await svc.decide(store, config, web, await store.get_mention(m.id), Route.ESCALATE, now=NOW)
    assert m.id not in [i.mention.id for i in await store.queue("webby", now=NOW)]


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_growth_counts_from_the_watch_not_the_networks_stale_reply_count(store: Store, config: Config) -> None:
    """The network said 18 replies when it was watched; 20 new ones arrive: it comes back."""
    await store.ingest([make_mention(1, thread_id="t5", replies=18)])
    await score_pending(store, config, now=NOW)
    (m,) = [i.mention for i in await store.queue("webby", now=NOW)]
    await store.watch(config.actor("webby"), m.id, reason="keep an eye", now=NOW)
    await store.ingest([make_mention(200 + i, thread_id="t5", text="still flooded here") for i in range(20)])
    assert await refresh_watches(store, config, now=NOW) == 1
    (item,) = [i for i in await store.queue("webby", now=NOW) if i.mention.id == m.id]
    assert (item.watch_reason or "").startswith("20 new replies since webby watched it")


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_high_reach_author_joining_resurfaces(store: Store, config: Config) -> None:
    (m,) = await _seed(store, config, 1, thread_id="t9")
    await store.watch(config.actor("webby"), m.id, reason="keep an eye", now=BASE_TIME)
    await store.ingest([make_mention(50, thread_id="t9", author_handle="bigvoice", author_followers=90_000)])
    assert await refresh_watches(store, config, now=NOW) == 1
    assert "@bigvoice (90k followers) joined the thread" in (await store.queue("webby", now=NOW))[0].watch_reason


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_assignments_complete_reassign_counts(store: Store, config: Config) -> None:
    (m,) = await _seed(store, config, 1)
    await svc.decide(store, config, config.actor("webby"), m, Route.CUSTOMER_SERVICES, department="Environment",
                     now=NOW)
    (item,) = await store.my_work("cs")
    assert await store.my_counts("cs", now=NOW + timedelta(hours=21), soon=timedelta(hours=4)) == {
        "open": 1, "overdue": 0, "due_soon": 1}
    assert (await store.work_counts(now=NOW + timedelta(hours=25), soon=timedelta(hours=4)))["overdue"] == 1
    moved = await store.reassign(config.actor("cs"), item.assignment.id, "officer",
                                 expected_version=item.assignment.version, now=NOW)
    assert moved.assignee == "officer" and await store.my_work("cs") == []
    with pytest.raises(ConflictError, match="changed by cs"):
        await store.complete_assignment(config.actor("officer"), item.assignment.id,
                                        expected_version=item.assignment.version, now=NOW)
    with pytest.raises(PermissionDeniedError):  # someone else's work needs ASSIGN
        await store.complete_assignment(config.actor("cs"), item.assignment.id, now=NOW)
    done = await store.complete_assignment(config.actor("officer"), item.assignment.id, note="called back", now=NOW)
    assert done.status is AssignmentStatus.DONE
    assert (await store.get_mention(m.id)).status is MentionStatus.DONE


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_incident_queue_counters_and_log(store: Store, config: Config) -> None:
    await store.ingest([
        make_mention(0, text="Flooding on Harlesden High Street", minutes=10),
        make_mention(1, text="=HYPERLINK(x) Flooded basement in Stonebridge", minutes=20),
        make_mention(2, text="Bins missed", minutes=30),
        make_mention(3, text="Old flood story", minutes=-600),
    ])
    await score_pending(store, config, now=NOW)
    web = config.actor("webby")
    inc = await store.create_incident(web, name="Harlesden flood", keywords=["flood*", "burst main"],
                                      starts_at=BASE_TIME, holding_statement="We are aware.", now=NOW)
    assert incident_match(inc.keywords) == '"flood" * OR "burst main"'
    q = await store.queue("webby", now=NOW, incident=inc)
    assert sorted(i.mention.id for i in q) == [1, 2]
    await svc.decide(store, config, web, q[0].mention, Route.WEB_TEAM, now=NOW)
    c = await store.incident_counters(inc, now=NOW + timedelta(minutes=1))
    assert (c.triaged, c.remaining, c.per_minute) == (1, 1, 0.1)
    log = await store.incident_log(inc)
    assert [r.kind for r in log].count("mention") == 2 and [r.kind for r in log].count("decision") == 1
    csv_text = incident_log_csv(log)
    assert "'=HYPERLINK" in csv_text and "webby" in csv_text
    md = incident_log_markdown(inc, log)
    assert "Harlesden flood" in md and "3 Web team responds" in md
    ended = await store.end_incident(web, inc.id, now=NOW)
    assert not ended.active and ended.ends_at == NOW
    with pytest.raises(StoreError, match="keyword"):
        await store.create_incident(web, name="x", keywords=["***"], starts_at=NOW, now=NOW)
