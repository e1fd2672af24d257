"""The TOML config, validated by pydantic, with every problem reported as `file: key: what`.

Layers, later winning: the system file (`/etc/brent-tui/config.toml`, the shared server's),
the user's file in the platformdirs config dir, then `--config` / `BRENT_TUI_CONFIG`.
Tables merge key by key; lists and values are replaced whole.
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
from collections.abc import Mapping
from datetime import time
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from pydantic_core import ErrorDetails

from brent_tui import paths
from brent_tui.domain.accounts import Reviewers
from brent_tui.domain.errors import UserError
from brent_tui.domain.models import Platform, Role, Route
from brent_tui.domain.roles import Actor
from brent_tui.domain.tone import ToneSettings
from brent_tui.domain.triage import TriageSettings
from connectors.base import ConnectorSettings

LOGIN_RE = re.compile(r"^[a-z_][a-z0-9_.-]*\$?$", re.IGNORECASE)


class ConfigError(UserError):
    """One or more problems, each `file: key: what is wrong`."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DatabaseConfig(_Section):
    path: Path | None = None  # default: platformdirs data dir
    backup_dir: Path | None = None
    #: A PostgreSQL database instead of the SQLite file: "postgresql://brent@db.internal/brent". The
    #: password goes in ~/.pgpass (0600) or the server trusts the login (peer, certificates), never here.
    url: str | None = None

    @field_validator("url")
    @classmethod
    def _postgresql(cls, value: str | None) -> str | None:
        if value is None:
            return None
        if not value.startswith(("postgresql://", "postgres://")):
            raise ValueError("must be a postgresql:// URL (leave it out for the SQLite file in `path`)")
        if re.search(r"://[^/@]*:[^/@]*@", value):
            raise ValueError("has a password in it: put the password in ~/.pgpass (mode 0600), not the config")
        return value


class Person(_Section):
    name: str | None = None
    role: Role
    department: str | None = None
    email: str | None = None


class Department(_Section):
    name: str
    lead: str  # login name of the lead officer (customer-service cases go to them)
    officers: list[str] = Field(default_factory=list)
    head: str | None = None  # head of service: decides this department's account requests
    weight: float = Field(default=1.0, ge=0.1, le=5.0)  # reputational weight
    website: str | None = None  # signposting link used in reply templates


class AccountConfig(_Section):
    platform: Platform
    handle: str
    service: str
    display_name: str | None = None
    purposes: list[str] = Field(default_factory=list)
    officers: list[str] = Field(default_factory=list)
    requires_approval: bool = False
    url: str | None = None


class SlaConfig(_Section):
    """Hours until a routed mention's response is due, per route."""

    customer_services_hours: float = Field(default=24, gt=0)
    web_team_hours: float = Field(default=4, gt=0)
    service_conversation_hours: float = Field(default=48, gt=0)
    escalate_hours: float = Field(default=2, gt=0)
    office_hours_only: bool = False
    office_start: time = time(9, 0)
    office_end: time = time(17, 0)
    due_soon_hours: float = Field(default=4, gt=0)

    @model_validator(mode="after")
    def _office_day(self) -> SlaConfig:
        if self.office_end <= self.office_start:
            raise ValueError("office_end must be after office_start")
        return self

    def hours_for(self, route: Route) -> float | None:
        return {
            Route.CUSTOMER_SERVICES: self.customer_services_hours,
            Route.WEB_TEAM: self.web_team_hours,
            Route.SERVICE_CONVERSATION: self.service_conversation_hours,
            Route.ESCALATE: self.escalate_hours,
        }.get(route)


class SecretsConfig(_Section):
    file: Path | None = None  # default: secrets.toml beside the user config, mode 0600


class AppConfig(_Section):
    dormant_days: int = Field(default=30, ge=1, le=3650)
    poll_in_app: bool = True  # run the poller inside the app (one user); off when a service polls
    lease_seconds: int = Field(default=120, ge=10, le=3600)
    live_interval_seconds: float = Field(default=1.0, gt=0, le=60)
    foi_due_soon_days: int = Field(default=5, ge=0, le=20)


class PostsConfig(_Section):
    """Four eyes on posts: by default nobody approves their own post."""

    allow_self_approval: bool = False


class RepliesConfig(_Section):
    """Replies from these roles wait for a comms officer's approval before they go (as a tool's
    limited users' replies do); a comms officer never approves their own."""

    approval_roles: list[Role] = Field(default_factory=list)


class Config(_Section):
    app: AppConfig = Field(default_factory=AppConfig)
    database: DatabaseConfig = Field(default_factory=DatabaseConfig)
    people: dict[str, Person] = Field(default_factory=dict)
    departments: list[Department] = Field(default_factory=list)
    accounts: list[AccountConfig] = Field(default_factory=list)
    sla: SlaConfig = Field(default_factory=SlaConfig)
    triage: TriageSettings = Field(default_factory=TriageSettings)
    tone: ToneSettings = Field(default_factory=ToneSettings)
    posts: PostsConfig = Field(default_factory=PostsConfig)
    replies: RepliesConfig = Field(default_factory=RepliesConfig)
    connectors: list[ConnectorSettings] = Field(default_factory=list)
    secrets: SecretsConfig = Field(default_factory=SecretsConfig)

    @field_validator("people")
    @classmethod
    def _logins(cls, value: dict[str, Person]) -> dict[str, Person]:
        for login in value:
            if not LOGIN_RE.match(login):
                raise ValueError(f"{login!r} is not a login name")
        return value

    # ----------------------------------------------------------------- lookups

    def actor(self, login: str) -> Actor:
        person = self.people.get(login)
        if person is None:
            return Actor(login=login)
        return Actor(login=login, name=person.name, role=person.role, department=person.department)

    def department(self, name: str | None) -> Department | None:
        if name is None:
            return None
        for dept in self.departments:
            if dept.name.lower() == name.lower():
                return dept
        return None

    def people_with_role(self, role: Role) -> list[str]:
        return [login for login, p in self.people.items() if p.role == role]

    def reviewers(self, department: str) -> Reviewers:
        """Who decides this department's account requests: the web team and its head of service."""
        dept = self.department(department)
        return Reviewers(web_team=self.people_with_role(Role.WEB_TEAM), head=dept.head if dept else None,
                         department=dept.name if dept else department)

    def database_path(self) -> Path:
        return (self.database.path or paths.default_database()).expanduser()

    def database_location(self) -> Path | str:
        """The PostgreSQL URL when `[database] url` is set, else the SQLite file."""
        return self.database.url or self.database_path()

    def secrets_path(self) -> Path:
        return (self.secrets.file or paths.default_secrets_file()).expanduser()


# --------------------------------------------------------------------- loading


def _format_loc(loc: tuple[Any, ...], data: Mapping[str, Any]) -> str:
    """`('departments', 2, 'lead')` → `departments[2].lead` (with the name where there is one)."""
    out = ""
    node: Any = data
    for part in loc:
        if isinstance(part, int):
            label = f"[{part}]"
            if isinstance(node, list) and part < len(node) and isinstance(node[part], dict):
                name = node[part].get("name") or node[part].get("handle")
                if isinstance(name, str):
                    label = f"[{part}] ({name})"
            out += label
            node = node[part] if isinstance(node, list) and part < len(node) else None
        else:
            if str(part).startswith(("function-after", "function-before", "function-wrap")):
                continue
            out += ("." if out else "") + str(part)
            node = node.get(part) if isinstance(node, dict) else None
    return out or "(top level)"


def _explain(err: ErrorDetails) -> str:
    msg = str(err.get("msg", "invalid"))
    msg = msg.removeprefix("Value error, ")
    if err.get("type") == "extra_forbidden":
        return "unknown setting (check the spelling)"
    if err.get("type") == "missing":
        return "required but missing"
    inp = err.get("input")
    if err.get("type") not in ("missing",) and isinstance(inp, (str, int, float, bool)) and len(str(inp)) < 60:
        return f"{msg} (got {inp!r})"
    return msg


def validation_problems(source: str, exc: ValidationError, data: Mapping[str, Any]) -> list[str]:
    return [f"{source}: {_format_loc(tuple(e['loc']), data)}: {_explain(e)}" for e in exc.errors()]


def read_toml(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise ConfigError([f"{path}: file not found"]) from exc
    except IsADirectoryError as exc:
        raise ConfigError([f"{path}: is a folder, not a config file"]) from exc
    except PermissionError as exc:
        raise ConfigError([f"{path}: cannot read it (permission denied)"]) from exc
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError([f"{path}: not UTF-8 text"]) from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError([f"{path}: invalid TOML: {exc}"]) from exc


def _merge(base: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = _merge(dict(out[key]), value)
        else:
            out[key] = value
    return out


def config_files(explicit: Path | None = None) -> list[Path]:
    """The files that make the config, lowest priority first; missing optional ones skipped."""
    files = [f for f in (paths.system_config_file(), paths.user_config_file()) if f.is_file()]
    chosen = explicit or (Path(os.environ["BRENT_TUI_CONFIG"]) if os.environ.get("BRENT_TUI_CONFIG") else None)
    if chosen is not None:
        files.append(chosen.expanduser())  # must exist: read_toml says so if not
    return files


def cross_check(config: Config, raw: Mapping[str, Any] | None = None) -> list[tuple[str, str]]:
    """References between sections: (top-level key, problem)."""
    problems: list[tuple[str, str]] = []
    known = set(config.people)
    names = [d.name.lower() for d in config.departments]
    for i, dept in enumerate(config.departments):
        if names.count(dept.name.lower()) > 1:
            problems.append(("departments", f"departments[{i}] ({dept.name}).name: listed twice"))
        for field, login in [("lead", dept.lead), ("head", dept.head)] + [("officers", o) for o in dept.officers]:
            if login and login not in known:
                problems.append(
                    ("departments", f"departments[{i}] ({dept.name}).{field}: {login!r} is not in [people]")
                )
    dept_names = set(names)
    for login, person in config.people.items():
        if person.department and dept_names and person.department.lower() not in dept_names:
            problems.append(
                ("people", f"people.{login}.department: {person.department!r} is not one of the [[departments]]")
            )
    seen_handles: set[tuple[str, str]] = set()
    for i, acc in enumerate(config.accounts):
        key = (acc.platform.value, acc.handle.lower())
        if key in seen_handles:
            problems.append(("accounts", f"accounts[{i}] ({acc.handle}).handle: listed twice"))
        seen_handles.add(key)
        for login in acc.officers:
            if login not in known:
                problems.append(("accounts", f"accounts[{i}] ({acc.handle}).officers: {login!r} is not in [people]"))
    connector_names = [c.name for c in config.connectors]
    for i, con in enumerate(config.connectors):
        if connector_names.count(con.name) > 1:
            problems.append(("connectors", f"connectors[{i}] ({con.name}).name: two connectors share this name"))
    own_rules = bool(raw and isinstance(raw.get("triage"), Mapping) and "rules" in raw["triage"])
    for i, rule in enumerate(config.triage.rules if own_rules else []):  # built-in rules: any departments
        if dept_names and rule.department.lower() not in dept_names:
            problems.append(
                ("triage", f"triage.rules[{i}] ({rule.topic}).department: {rule.department!r} "
                           "is not one of the [[departments]]")
            )
    return problems


def load_config(explicit: Path | None = None) -> tuple[Config, list[Path]]:
    """Read, merge and validate every layer; raise ConfigError listing every problem."""
    files = config_files(explicit)
    problems: list[str] = []
    merged: dict[str, Any] = {}
    origin: dict[str, Path] = {}
    for path in files:
        try:
            data = read_toml(path)
        except ConfigError as exc:
            problems.extend(exc.problems)
            continue
        try:
            Config.model_validate(data)
        except ValidationError as exc:
            problems.extend(validation_problems(str(path), exc, data))
        merged = _merge(merged, data)
        for key in data:
            origin[key] = path
    if problems:
        raise ConfigError(problems)
    try:
        config = Config.model_validate(merged)
    except ValidationError as exc:  # only when layers combine into something invalid
        raise ConfigError(validation_problems(" + ".join(map(str, files)) or "config", exc, merged)) from exc
    cross = cross_check(config, merged)
    if cross:
        raise ConfigError([f"{origin.get(key, 'config')}: {msg}" for key, msg in cross])
    return config, files


# --------------------------------------------------------------------- secrets


def load_secrets(config: Config, *, environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """Tokens from the secrets file (mode 0600, owned by the user, like ssh) and env vars.

    Keys in the result: each connector's `secret_key` (or name) → token. An env var named by
    `token_env` wins over the file, and is also kept under its own name, where
    `connectors.registry.build` looks when a connector has no `secret_key`. Values are never
    logged or shown.
    """
    environ = os.environ if environ is None else environ
    secrets: dict[str, str] = {}
    path = config.secrets_path()
    if path.exists():
        info = path.stat()
        if info.st_uid != os.geteuid():
            raise ConfigError([f"{path}: secrets file is owned by another user; it must be yours"])
        if stat.S_IMODE(info.st_mode) & 0o077:
            raise ConfigError(
                [f"{path}: secrets file is readable by others (mode {stat.S_IMODE(info.st_mode):o}); "
                 f"run: chmod 600 {path}"]
            )
        data = read_toml(path)
        for key, value in data.items():
            if not isinstance(value, str):
                raise ConfigError([f"{path}: {key}: must be a string"])
            secrets[key] = value
    for con in config.connectors:
        key = con.secret_key or con.name
        if con.token_env and environ.get(con.token_env):
            secrets[key] = environ[con.token_env]
            secrets[con.token_env] = environ[con.token_env]
    return secrets


def write_private(path: Path, text: str) -> None:
    """Create or replace a file readable only by its owner (0600) — for secrets."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)
        os.write(fd, text.encode("utf-8"))
    finally:
        os.close(fd)
