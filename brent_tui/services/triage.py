"""Triage orchestration: config's people, departments and SLA into the route plan, then the store.

What a route does is `brent_tui.domain.routing.plan_route`; this module hands it what config
knows (department leads and officers, comms officers, SLA hours and office hours), and the
store persists the plan and checks permissions, so a screen can route a mention with one call.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from brent_tui.domain.models import Mention, Role, Route
from brent_tui.domain.routing import RoutePlan, plan_route

if TYPE_CHECKING:
    from brent_tui.config import Config
    from brent_tui.domain.models import Decision
    from brent_tui.domain.roles import Actor
    from brent_tui.store import Store
    from brent_tui.store.triage import BulkResult


def plan(config: Config, actor: Actor, mention: Mention, route: Route | int, *, department: str | None = None,
         assignee: str | None = None, now: datetime) -> RoutePlan:
    """The route's plan for one mention with this config's departments, comms officers and SLA."""
    return plan_route(route, mention, actor, now=now, department=department, assignee=assignee,
                      teams=config.department, comms=config.people_with_role(Role.COMMS_OFFICER), sla=config.sla)


async def decide(store: Store, config: Config, actor: Actor, mention: Mention, route: Route | int, *,
                 department: str | None = None, assignee: str | None = None, now: datetime) -> Decision:
    """Route one mention as seen at `mention.version` (a conflict names who got there first)."""
    p = plan(config, actor, mention, route, department=department, assignee=assignee, now=now)
    return await store.decide(actor, p, expected_version=mention.version, now=now)


async def decide_many(store: Store, config: Config, actor: Actor, mentions: Sequence[Mention], route: Route | int,
                      *, department: str | None = None, assignee: str | None = None, now: datetime) -> BulkResult:
    """One route for several mentions, one transaction; conflicts reported per mention."""
    plans = [(plan(config, actor, m, route, department=department, assignee=assignee, now=now), m.version)
             for m in mentions]
    return await store.decide_many(actor, plans, now=now)
