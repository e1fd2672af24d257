"""Who may do what. Pure rules, checked in the store and services, not only hidden in the UI.

The user is their login name on the server; their role and department come from config.
Someone not in config is a guest: they can read, and are told how to be added.
"""

from __future__ import annotations

import getpass
import os
import pwd
from enum import StrEnum

from pydantic import BaseModel

from brent_tui.domain.errors import UserError
from brent_tui.domain.models import Role


class Action(StrEnum):
    TRIAGE = "triage"  # decide routes, watch, undo
    ASSIGN = "assign"  # change department/assignee, reassign others' work
    WORK_OWN = "work_own"  # complete or hand back one's own assignments
    REPLY = "reply"  # send replies through a connector
    EMERGENCY = "emergency"  # start/leave emergency mode, incidents
    COMPOSE = "compose"  # draft and schedule posts
    APPROVE_POST = "approve_post"
    SUSPEND_POSTS = "suspend_posts"
    REQUEST_ACCOUNT = "request_account"
    DECIDE_ACCOUNT = "decide_account"
    MANAGE_ACCOUNTS = "manage_accounts"
    FOI = "foi"  # open and work FOI cases
    KEY_PEOPLE = "key_people"
    FOLLOW = "follow"  # follow people from the council's accounts
    STREAMS = "streams"  # save one's own feed streams
    ADMINISTER = "administer"  # restore or rebuild the shared database, import mentions into it


ALL_STAFF = frozenset(Role)
PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.TRIAGE: frozenset({Role.WEB_TEAM, Role.COMMS_OFFICER}),
    Action.ASSIGN: frozenset({Role.WEB_TEAM, Role.COMMS_OFFICER, Role.HEAD_OF_SERVICE}),
    Action.WORK_OWN: ALL_STAFF,
    Action.REPLY: frozenset({Role.WEB_TEAM, Role.COMMS_OFFICER, Role.CUSTOMER_SERVICES, Role.SERVICE_OFFICER}),
    Action.EMERGENCY: frozenset({Role.WEB_TEAM, Role.COMMS_OFFICER}),
    Action.COMPOSE: frozenset({Role.WEB_TEAM, Role.COMMS_OFFICER, Role.SERVICE_OFFICER}),
    Action.APPROVE_POST: frozenset({Role.COMMS_OFFICER}),
    Action.SUSPEND_POSTS: frozenset({Role.WEB_TEAM, Role.COMMS_OFFICER}),
    Action.REQUEST_ACCOUNT: ALL_STAFF,
    Action.DECIDE_ACCOUNT: frozenset({Role.WEB_TEAM, Role.HEAD_OF_SERVICE}),
    Action.MANAGE_ACCOUNTS: frozenset({Role.WEB_TEAM}),
    Action.FOI: frozenset({Role.WEB_TEAM, Role.COMMS_OFFICER, Role.CUSTOMER_SERVICES}),
    Action.KEY_PEOPLE: frozenset({Role.WEB_TEAM, Role.COMMS_OFFICER}),
    Action.FOLLOW: frozenset({Role.WEB_TEAM, Role.COMMS_OFFICER}),
    Action.STREAMS: ALL_STAFF,
    Action.ADMINISTER: frozenset({Role.WEB_TEAM}),
}

ACTION_WORDS: dict[Action, str] = {
    Action.TRIAGE: "triage mentions",
    Action.ASSIGN: "assign work to others",
    Action.WORK_OWN: "work on assignments",
    Action.REPLY: "send replies",
    Action.EMERGENCY: "run emergency mode",
    Action.COMPOSE: "plan posts",
    Action.APPROVE_POST: "approve posts and replies",
    Action.SUSPEND_POSTS: "suspend or resume scheduled posts",
    Action.REQUEST_ACCOUNT: "request a new account",
    Action.DECIDE_ACCOUNT: "decide account requests",
    Action.MANAGE_ACCOUNTS: "edit the account registry",
    Action.FOI: "work FOI cases",
    Action.KEY_PEOPLE: "edit the key people list",
    Action.FOLLOW: "follow people from the council's accounts",
    Action.STREAMS: "save feed streams",
    Action.ADMINISTER: "restore, rebuild or import into the shared database",
}


class PermissionDeniedError(UserError):
    """Raised by `require`; the message is written for the person refused."""


class Actor(BaseModel):
    """The signed-in user as the rules see them."""

    login: str
    name: str | None = None
    role: Role | None = None  # None: not in config — read-only guest
    department: str | None = None

    @property
    def known(self) -> bool:
        return self.role is not None

    @property
    def label(self) -> str:
        role = self.role.value.replace("_", " ") if self.role else "guest (read-only)"
        return f"{self.name or self.login} · {role}"

    def can(self, action: Action) -> bool:
        return self.role is not None and self.role in PERMISSIONS[action]


def require(actor: Actor, action: Action) -> None:
    """Refuse with a clear message when `actor` may not do `action`."""
    if actor.can(action):
        return
    if actor.role is None:
        raise PermissionDeniedError(
            f"{actor.login} is not in the brent-tui config, so the app is read-only for you. "
            "Ask the web team to add you under [people] with your role."
        )
    allowed = sorted(ROLES_IN_WORDS[r] for r in PERMISSIONS[action])
    who = allowed[0] if len(allowed) == 1 else ", ".join(allowed[:-1]) + " and " + allowed[-1]
    raise PermissionDeniedError(
        f"{actor.login} ({actor.role.value.replace('_', ' ')}) cannot {ACTION_WORDS[action]}: only {who} can."
    )


#: Who holds a role, as an officer would say it: "only comms officers and the web team can".
ROLES_IN_WORDS = {
    Role.WEB_TEAM: "the web team",
    Role.COMMS_OFFICER: "comms officers",
    Role.CUSTOMER_SERVICES: "customer services",
    Role.SERVICE_OFFICER: "service officers",
    Role.HEAD_OF_SERVICE: "heads of service",
}


def login_name() -> str:
    """The user's login name on the server (the effective uid, not an environment variable)."""
    try:
        return pwd.getpwuid(os.geteuid()).pw_name
    except KeyError:
        return getpass.getuser()
