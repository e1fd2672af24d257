"""What a route does (domain.routing): status, work, defaults, SLA and notices — pure, no database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from brent_tui.config import SlaConfig
from brent_tui.domain.models import Mention, MentionStatus, Platform, Route
from brent_tui.domain.notices import Notice
from brent_tui.domain.roles import Actor
from brent_tui.domain.routing import WATCH_REASON, handover_notice, plan_route

NOW = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)  # a Wednesday
WEBBY = Actor(login="webby", name="Wendy Webb")


@dataclass(frozen=True)
class Dept:
    name: str
    lead: str | None
    officers: tuple[str, ...] = ()


ENVIRONMENT = Dept("Environment", "cs", ("cs", "officer"))


def teams(name: str | None) -> Dept | None:
    return ENVIRONMENT if name and name.lower() == "environment" else None


def mention(**kw) -> Mention:
    base = dict(id=7, platform=Platform.X, platform_id="7", author_id=1, author_handle="res", text="Missed bin " * 20,
                created_at=NOW - timedelta(minutes=5), fetched_at=NOW, department="environment", suggested_route=2)
    base.update(kw)
    return Mention(**base)


def plan(route: Route, **kw):
    kw.setdefault("teams", teams)
    kw.setdefault("comms", ["comms", "comms2"])
    return plan_route(route, kw.pop("m", mention()), kw.pop("actor", WEBBY), now=NOW, **kw)


def test_each_route_leaves_its_status_and_opens_work_or_a_watch() -> None:
    plans = {route: plan(route) for route in Route}
    assert {r: p.status for r, p in plans.items()} == {
        Route.MONITOR: MentionStatus.WATCHING, Route.CUSTOMER_SERVICES: MentionStatus.ASSIGNED,
        Route.WEB_TEAM: MentionStatus.ASSIGNED, Route.SERVICE_CONVERSATION: MentionStatus.ASSIGNED,
        Route.ESCALATE: MentionStatus.ASSIGNED}
    assert [r for r, p in plans.items() if not p.opens_assignment] == [Route.MONITOR]
    assert all(p.mention_id == 7 and p.department == "Environment" for p in plans.values())  # config's spelling


def test_who_gets_the_work_by_default_and_a_choice_overrides_it() -> None:
    assert plan(Route.MONITOR).assignee is None
    assert plan(Route.CUSTOMER_SERVICES).assignee == "cs"  # the department lead
    assert plan(Route.SERVICE_CONVERSATION).assignee == "cs"
    assert plan(Route.WEB_TEAM).assignee == "webby"  # whoever decides answers
    assert plan(Route.ESCALATE).assignee is None  # several comms officers: alerted, nobody picked
    assert plan(Route.ESCALATE, comms=["comms"]).assignee == "comms"
    chosen = plan(Route.CUSTOMER_SERVICES, department="Parks", assignee="pat")
    assert (chosen.department, chosen.assignee) == ("Parks", "pat")  # unknown to config: kept as chosen


def test_reason_compares_with_the_suggestion_unless_given() -> None:
    assert plan(Route.CUSTOMER_SERVICES).reason == "accepted suggestion"
    assert plan(Route.ESCALATE).reason == "suggested 2, chose 5"
    assert plan(Route.WEB_TEAM, m=mention(suggested_route=None)).reason is None
    assert plan(Route.WEB_TEAM, reason="ours").reason == "ours"
    assert plan(Route.MONITOR, m=mention(suggested_route=None)).watch_reason == WATCH_REASON
    assert plan(Route.MONITOR, reason="noise").watch_reason == "noise"


def test_due_time_follows_the_route_sla() -> None:
    sla = SlaConfig()
    assert plan(Route.MONITOR, sla=sla).due_at is None
    assert plan(Route.WEB_TEAM, sla=sla).due_at == NOW + timedelta(hours=4)
    assert plan(Route.ESCALATE, sla=sla).due_at == NOW + timedelta(hours=2)
    assert plan(Route.WEB_TEAM).due_at is None  # no SLA given


def test_escalation_alerts_comms_urgently_and_tells_the_lead() -> None:
    p = plan(Route.ESCALATE)
    about = "@res: " + ("Missed bin " * 20)[:119] + "…"  # one line, cleaned, cut with an ellipsis
    assert p.notices == (
        Notice(("comms", "comms2"), "escalation", f"Escalated by Wendy Webb: {about}", urgent=True),
        Notice(("cs",), "escalation", f"Escalate (Wendy Webb): {about}"),
    )


def test_the_assignee_and_officers_hear_of_work_but_nobody_of_their_own_decision() -> None:
    p = plan(Route.SERVICE_CONVERSATION)
    assert [(n.recipients, n.kind, n.text.split(":")[0], n.urgent) for n in p.notices] == [
        (("cs",), "assigned", "Service conversation from Wendy Webb", False),
        (("officer",), "assigned", "Service conversation (Wendy Webb)", False),
    ]
    assert plan(Route.WEB_TEAM).notices == ()  # webby takes it: nobody to tell
    lead = Actor(login="cs", name="Cara")
    assert plan(Route.CUSTOMER_SERVICES, actor=lead).notices == ()
    assert plan(Route.MONITOR).notices == ()


@pytest.mark.parametrize("route", list(Route))
def test_without_config_nothing_is_invented(route: Route) -> None:
    p = plan_route(route, mention(department=None), Actor(login="x"), now=NOW)
    assert p.department is None and p.due_at is None
    assert p.assignee == ("x" if route is Route.WEB_TEAM else None)
    assert p.notices == ()


def test_handover_names_who_handed_it_over() -> None:
    assert handover_notice(Route.CUSTOMER_SERVICES, WEBBY, "pat") == Notice(
        ("pat",), "assigned", "Customer services handed to you by Wendy Webb")
