"""Triage orchestration: who gets the work, when it is due, who is told — then the store decides.

The store is the only place with SQL and checks permissions; this module fills in what
config knows (department leads and officers, comms officers, SLA hours and office hours)
so a screen can route a mention with one call.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from brent_tui.domain.models import Mention, Role, Route
from brent_tui.domain.triage import sla_due_at

if TYPE_CHECKING:
    from brent_tui.config import Config
    from brent_tui.domain.models import Decision
    from brent_tui.domain.roles import Actor
    from brent_tui.store import Store
    from brent_tui.store.triage import BulkResult


@dataclass(frozen=True)
class Plan:
    """What a route means for one mention: department, assignee, due time, who is told."""

    route: Route
    department: str | None
    assignee: str | None
    due_at: datetime | None
    escalate_to: list[str] = field(default_factory=list)
    notify_also: list[str] = field(default_factory=list)
    reason: str | None = None


def due_at(config: Config, route: Route, start: datetime) -> datetime | None:
    """The SLA due time for a route decided at `start` (office hours only when configured)."""
    hours = config.sla.hours_for(route)
    if hours is None:
        return None
    sla = config.sla
    return sla_due_at(start, hours, office_hours_only=sla.office_hours_only, office_start=sla.office_start,
                      office_end=sla.office_end)


def plan(config: Config, actor: Actor, mention: Mention, route: Route, *, department: str | None = None,
         assignee: str | None = None, now: datetime) -> Plan:
    """Appendix A's "what follows" for a route (pure: config and the mention only).

    2 → the department's lead officer; 4 → the department (its lead) with the web team's
    support; 3 → the officer deciding answers; 5 → every comms officer is alerted at once and
    the department lead is told; 1 → watched, nobody assigned.
    """
    dept_name = department or mention.department
    dept = config.department(dept_name)
    if dept is not None:
        dept_name = dept.name
    comms = config.people_with_role(Role.COMMS_OFFICER)
    escalate_to: list[str] = []
    notify_also: list[str] = []
    who = assignee
    if route is Route.CUSTOMER_SERVICES or route is Route.SERVICE_CONVERSATION:
        who = who or (dept.lead if dept else None)
        if route is Route.SERVICE_CONVERSATION and dept:
            notify_also = [o for o in dept.officers if o != who]
    elif route is Route.WEB_TEAM:
        who = who or actor.login
    elif route is Route.ESCALATE:
        escalate_to = comms
        who = who or (comms[0] if len(comms) == 1 else None)
        if dept and dept.lead:
            notify_also = [dept.lead]
    else:
        who = None
    reason = None
    if mention.suggested_route is not None:
        reason = ("accepted suggestion" if int(mention.suggested_route) == int(route)
                  else f"suggested {int(mention.suggested_route)}, chose {int(route)}")
    return Plan(route=route, department=dept_name, assignee=who, due_at=due_at(config, route, now),
                escalate_to=escalate_to, notify_also=notify_also, reason=reason)


async def decide(store: Store, config: Config, actor: Actor, mention: Mention, route: Route | int, *,
                 department: str | None = None, assignee: str | None = None, now: datetime) -> Decision:
    """Route one mention as seen at `mention.version` (a conflict names who got there first)."""
    p = plan(config, actor, mention, Route(route), department=department, assignee=assignee, now=now)
    return await store.decide(
        actor, mention.id, p.route, department=p.department, assignee=p.assignee, reason=p.reason,
        expected_version=mention.version, due_at=p.due_at, now=now, escalate_to=p.escalate_to,
        notify_also=p.notify_also,
    )


async def decide_many(store: Store, config: Config, actor: Actor, mentions: Sequence[Mention], route: Route | int,
                      *, department: str | None = None, assignee: str | None = None, now: datetime) -> BulkResult:
    """One route for several mentions, one transaction; conflicts reported per mention."""
    r = Route(route)
    plans = {m.id: plan(config, actor, m, r, department=department, assignee=assignee, now=now) for m in mentions}
    escalate = sorted({x for p in plans.values() for x in p.escalate_to})
    return await store.decide_many(
        actor, [(m.id, m.version) for m in mentions], r, now=now, escalate_to=escalate,
        plans={mid: {"department": p.department, "assignee": p.assignee, "due_at": p.due_at, "reason": p.reason,
                     "notify_also": p.notify_also} for mid, p in plans.items()},
    )
