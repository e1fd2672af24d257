"""What a triage route does (Appendix A's "what follows"): one pure function, one typed plan.

`plan_route` says what becomes of the mention, who gets the work, when it is due and who is
told in what words; the store persists a `RoutePlan` as it is and decides nothing, and the
services and screens read the same plan. Config is seen through two small protocols, so this
module needs no config import.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, time
from typing import Protocol

from brent_tui.domain.models import Mention, MentionStatus, Route
from brent_tui.domain.notices import Notice
from brent_tui.domain.roles import Actor
from brent_tui.domain.text import at_handle, snippet
from brent_tui.domain.triage import sla_due_at

# What a route leaves the mention as, and whether it opens work (the rest open a watch).
_STATUS: dict[Route, MentionStatus] = {
    Route.MONITOR: MentionStatus.WATCHING,
    Route.CUSTOMER_SERVICES: MentionStatus.ASSIGNED,
    Route.WEB_TEAM: MentionStatus.ASSIGNED,
    Route.SERVICE_CONVERSATION: MentionStatus.ASSIGNED,
    Route.ESCALATE: MentionStatus.ASSIGNED,
}
UNDONE_STATUS = MentionStatus.NEW  # an undo puts the mention back in the queue
WATCH_REASON = "no action: monitor in case it escalates"
ABOUT_CHARS = 120  # how much of the mention a notification quotes


class Team(Protocol):
    """A department as config describes it (`config.Department`)."""

    @property
    def name(self) -> str: ...
    @property
    def lead(self) -> str | None: ...
    @property
    def officers(self) -> Sequence[str]: ...


class SlaRules(Protocol):
    """Response times per route (`config.SlaConfig`)."""

    @property
    def office_hours_only(self) -> bool: ...
    @property
    def office_start(self) -> time: ...
    @property
    def office_end(self) -> time: ...
    def hours_for(self, route: Route) -> float | None: ...


@dataclass(frozen=True, slots=True)
class RoutePlan:
    """Everything one route decision writes: the decision, the work or watch, the status, the notices."""

    mention_id: int
    route: Route
    status: MentionStatus
    department: str | None
    assignee: str | None
    due_at: datetime | None
    reason: str | None
    watch_reason: str | None  # set when the route opens a watch instead of an assignment
    notices: tuple[Notice, ...] = ()

    @property
    def opens_assignment(self) -> bool:
        return self.watch_reason is None


def _no_team(name: str | None) -> Team | None:
    return None


def plan_route(
    route: Route | int,
    mention: Mention,
    actor: Actor,
    *,
    now: datetime,
    department: str | None = None,
    assignee: str | None = None,
    reason: str | None = None,
    teams: Callable[[str | None], Team | None] = _no_team,
    comms: Sequence[str] = (),
    sla: SlaRules | None = None,
) -> RoutePlan:
    """What routing `mention` does, decided by `actor` at `now` (pure).

    2 → the department's lead officer; 4 → the department (its lead) with its officers told;
    3 → the officer deciding answers; 5 → every comms officer is alerted at once (one alone also
    takes the work) and the department lead is told; 1 → watched, nobody assigned. A chosen
    `department` or `assignee` overrides the defaults; `reason` defaults to how the route compares
    with the suggestion. `teams` looks a department up by name (`config.department`).
    """
    route = Route(route)
    name = department or mention.department
    team = teams(name)
    if team is not None:
        name = team.name
    told: list[str] = []
    who = assignee
    if route in (Route.CUSTOMER_SERVICES, Route.SERVICE_CONVERSATION):
        who = who or (team.lead if team else None)
        if route is Route.SERVICE_CONVERSATION and team:
            told = [o for o in team.officers if o != who]
    elif route is Route.WEB_TEAM:
        who = who or actor.login
    elif route is Route.ESCALATE:
        who = who or (comms[0] if len(comms) == 1 else None)
        if team and team.lead:
            told = [team.lead]
    else:
        who = None
    if reason is None and mention.suggested_route is not None:
        suggested = int(mention.suggested_route)
        reason = "accepted suggestion" if suggested == int(route) else f"suggested {suggested}, chose {int(route)}"
    watching = _STATUS[route] is MentionStatus.WATCHING
    return RoutePlan(
        mention_id=mention.id, route=route, status=_STATUS[route], department=name,
        assignee=who, due_at=_due_at(sla, route, now), reason=reason,
        watch_reason=(reason or WATCH_REASON) if watching else None,
        notices=_notices(route, mention, actor, who, comms if route is Route.ESCALATE else (), told),
    )


def _due_at(sla: SlaRules | None, route: Route, start: datetime) -> datetime | None:
    """The SLA due time for a route decided at `start` (office hours only when configured)."""
    hours = None if sla is None else sla.hours_for(route)
    if sla is None or hours is None:
        return None
    return sla_due_at(start, hours, office_hours_only=sla.office_hours_only, office_start=sla.office_start,
                      office_end=sla.office_end)


def _notices(route: Route, mention: Mention, actor: Actor, assignee: str | None, alerted: Sequence[str],
             told: Sequence[str]) -> tuple[Notice, ...]:
    """Escalations alert the comms officers (urgent); the assignee hears of work handed to them;
    the others told are told once, and nobody is told of their own decision."""
    about = f"{at_handle(mention.author_handle)}: {snippet(mention.text, ABOUT_CHARS)}"
    who = actor.name or actor.login
    notices: list[Notice] = []
    if alerted:
        notices.append(Notice(tuple(alerted), "escalation", f"Escalated by {who}: {about}", urgent=True))
    if route is not Route.ESCALATE and assignee and assignee != actor.login:
        notices.append(Notice((assignee,), "assigned", f"{route.label} from {who}: {about}"))
    others = tuple(x for x in told if x not in (actor.login, assignee) and x not in alerted)
    if others:
        kind = "escalation" if route is Route.ESCALATE else "assigned"
        notices.append(Notice(others, kind, f"{route.label} ({who}): {about}"))
    return tuple(notices)


def handover_notice(route: Route, actor: Actor, assignee: str) -> Notice:
    """An assignment handed to someone else: they are told who handed it over."""
    return Notice((assignee,), "assigned", f"{route.label} handed to you by {actor.name or actor.login}")
