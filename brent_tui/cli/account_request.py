"""`brent-tui account-request`: ask for a new council social media account from the terminal.

For staff who are not web-team users: a plain question-and-answer form (no full-screen app) that
explains each rule and asks again when an answer is too thin. With `--from-file FILE.toml` or the
answer flags it runs without questions (scripts, tests): any problem is one line on stderr and
exit code 2. Either way the request goes through the same store method as the Accounts tab.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from brent_tui.cli.aio import run as run_async
from brent_tui.domain.errors import UserError

if TYPE_CHECKING:
    from brent_tui.cli.context import Context
    from brent_tui.domain.accounts import RequestDraft

FIELDS = {  # flag / TOML key → RequestDraft field
    "network": "platform", "handle": "handle", "department": "department", "audience": "audience",
    "objectives": "objectives", "why": "why_own_account", "commitment": "content_commitment",
    "owners": "owners", "frequency": "posting_frequency", "campaign_ends": "campaign_ends_on",
}


class RequestCliError(UserError):
    pass


class Cancelled(UserError):
    pass


def add_account_request_parser(sub: Any) -> None:
    from brent_tui.cli.context import common

    p = sub.add_parser(
        "account-request",
        help="request a new council social media account (asks the strategy's four questions)",
        description="Ask the web team and your head of service for a new account. Without options it asks "
                    "each question in turn; with --from-file or the answer options it submits without asking.",
    )
    common(p)
    p.add_argument("--from-file", metavar="FILE", type=Path, help="TOML with the keys below (network, handle, …)")
    p.add_argument("--network", help="x, facebook, instagram, mastodon, bluesky, youtube, linkedin, flickr")
    p.add_argument("--handle", help="proposed handle or page name")
    p.add_argument("--department", help="your department (default: yours in the config)")
    p.add_argument("--audience", help="1. who is your audience?")
    p.add_argument("--objectives", help="2. what business objectives would it help achieve?")
    p.add_argument("--why", help="3. why would your own account do better than the council's existing ones?")
    p.add_argument("--commitment", help="4. will you create regular, fresh content that meets council standards?")
    p.add_argument("--owners", help="at least two owners' login names, comma-separated")
    p.add_argument("--frequency", help="planned posting frequency, e.g. '3 posts a week'")
    p.add_argument("--campaign-ends", metavar="DATE", help="campaign accounts: the end date, YYYY-MM-DD")
    p.add_argument("--accept-house-rules", action="store_true",
                   help="confirm the owners will run the account under the council's house rules")
    p.set_defaults(handler=run_account_request)


# --------------------------------------------------------------------------- building the draft


def _platform(text: str) -> Any:
    from brent_tui.domain.models import Platform

    value = text.strip().lower().replace("twitter", "x")
    try:
        return Platform(value)
    except ValueError:
        choices = ", ".join(p.value for p in Platform if p is not Platform.RSS)
        raise RequestCliError(f"{text!r} is not a network; choose one of: {choices}") from None


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise RequestCliError(f"{text!r} is not a date; use YYYY-MM-DD, e.g. 2027-03-31") from None


def _from_values(values: dict[str, Any], ctx: Context) -> RequestDraft:
    from brent_tui.domain.accounts import RequestDraft, parse_owners

    unknown = sorted(set(values) - set(FIELDS) - {"accept_house_rules", "campaign"})
    if unknown:
        raise RequestCliError(f"unknown key {unknown[0]!r}; expected: {', '.join([*FIELDS, 'accept_house_rules'])}")
    missing = [k for k in ("network", "handle") if not values.get(k)]
    if missing:
        raise RequestCliError(f"missing {missing[0]} (give --{missing[0]} or {missing[0]} = \"...\" in the file)")
    owners = values.get("owners") or []
    ends = values.get("campaign_ends")
    return RequestDraft(
        department=str(values.get("department") or ctx.actor.department or ""),
        platform=_platform(str(values["network"])),
        handle=str(values["handle"]),
        audience=str(values.get("audience") or ""),
        objectives=str(values.get("objectives") or ""),
        why_own_account=str(values.get("why") or ""),
        content_commitment=str(values.get("commitment") or ""),
        owners=parse_owners(owners) if isinstance(owners, str) else [str(o) for o in owners],
        posting_frequency=str(values.get("frequency") or ""),
        campaign=bool(values.get("campaign")) or ends is not None,
        campaign_ends_on=ends if isinstance(ends, date) else (_date(str(ends)) if ends else None),
        house_rules_ack=bool(values.get("accept_house_rules")),
    )


def _read_file(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.expanduser().read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RequestCliError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RequestCliError(f"{path}: cannot read it ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise RequestCliError(f"{path}: invalid TOML: {exc}") from None


# --------------------------------------------------------------------------- the interactive form


class Form:
    """Plain `input()` prompts; each answer is checked at once and asked again with the reason."""

    def __init__(self, ctx: Context, ask: Callable[[str], str] = input, say: Callable[[str], None] = print) -> None:
        self.ctx = ctx
        self._ask = ask
        self.say = say

    def ask(self, prompt: str) -> str:
        try:
            return self._ask(prompt)
        except EOFError:
            raise Cancelled("input ended before the form was finished: nothing was submitted") from None

    def until_ok(self, prompt: str, check: Callable[[str], tuple[Any, str | None]]) -> Any:
        while True:
            value, problem = check(self.ask(prompt))
            if problem is None:
                return value
            self.say(f"  ! {problem}")

    def run(self, today: date) -> RequestDraft:
        from brent_tui.domain.accounts import (
            MIN_OWNERS,
            MIN_WORDS,
            QUESTIONS,
            RequestDraft,
            check_answer,
            check_frequency,
            check_handle,
            check_owners,
            parse_owners,
        )
        from brent_tui.domain.models import Platform

        cfg, actor = self.ctx.config, self.ctx.actor
        say = self.say
        say("New council social media account — request to the web team and your head of service.")
        say(f"Each of the four questions needs a real answer (a sentence: at least {MIN_WORDS} words).")
        say("Ctrl+D cancels; nothing is submitted until you confirm at the end.\n")
        networks = [p.value for p in Platform if p is not Platform.RSS]

        def network(text: str) -> tuple[Any, str | None]:
            try:
                return _platform(text or "?"), None
            except RequestCliError as exc:
                return None, str(exc)

        platform = self.until_ok(f"Network ({', '.join(networks)}): ", network)
        handle = self.until_ok("Proposed handle or page name: ",
                               lambda t: (t.strip(), check_handle(platform, t)))
        names = [d.name for d in cfg.departments]
        default = actor.department if cfg.department(actor.department) else None

        def department(text: str) -> tuple[Any, str | None]:
            chosen = cfg.department(text.strip() or default)
            if chosen is None:
                return None, f"choose one of: {', '.join(names)}" if names else "no departments in the config"
            return chosen.name, None

        dept = self.until_ok(f"Department{f' [{default}]' if default else ''}: ", department)
        answers = {}
        for n, (field, question) in enumerate(QUESTIONS.items(), start=1):
            say(f"\n{n}. {question}")
            answers[field] = self.until_ok("> ", lambda t, f=field: (t.strip(), check_answer(f, t)))
        known = list(cfg.people)
        say(f"\nOwners: at least {MIN_OWNERS} people who will run the account (login names, comma-separated).")
        owners = self.until_ok(f"Owners [{actor.login}, …]: ",
                               lambda t: (parse_owners(t), check_owners(parse_owners(t), known)))
        frequency = self.until_ok("Planned posting frequency (e.g. 3 posts a week): ",
                                  lambda t: (t.strip(), check_frequency(t)))

        def yes_no(text: str) -> tuple[Any, str | None]:
            value = text.strip().lower()
            if value in ("y", "yes"):
                return True, None
            if value in ("", "n", "no"):
                return False, None
            return None, "answer y or n"

        campaign = self.until_ok("Is this a campaign account that will end (e.g. fostering recruitment)? [y/N] ",
                                 yes_no)
        ends = None
        if campaign:
            def end_date(text: str) -> tuple[Any, str | None]:
                try:
                    value = _date(text)
                except RequestCliError as exc:
                    return None, str(exc)
                return (value, None) if value > today else (None, f"{value.isoformat()} is not in the future")

            ends = self.until_ok("Campaign end date (YYYY-MM-DD): ", end_date)
        say("\nThe owners will monitor, update and engage the account under the council's house rules: ")
        say("no political standpoints, nothing confidential, answer genuine questions, do not post too often.")
        ack = self.until_ok("Do you accept the house rules for this account? [y/N] ", yes_no)
        if not ack:
            raise Cancelled("the house rules were not accepted: nothing was submitted")
        return RequestDraft(department=dept, platform=platform, handle=handle, owners=owners,
                            posting_frequency=frequency, campaign=campaign, campaign_ends_on=ends,
                            house_rules_ack=True, **answers)


# --------------------------------------------------------------------------- running


def run_account_request(args: argparse.Namespace) -> int:
    from brent_tui import clock
    from brent_tui.cli.context import load_context
    from brent_tui.domain.accounts import AccountRuleError, request_problems, review_state
    from brent_tui.domain.roles import Action, require
    from brent_tui.store import Store

    ctx = load_context(args)
    require(ctx.actor, Action.REQUEST_ACCOUNT)  # a guest is told at once, before any question
    today = clock.today()
    values = {k: getattr(args, k) for k in FIELDS if getattr(args, k, None) is not None}
    if args.accept_house_rules:
        values["accept_house_rules"] = True
    if args.from_file is not None:
        values = {**_read_file(args.from_file), **values}
    interactive = not values
    if interactive:
        try:
            draft = Form(ctx).run(today)
        except Cancelled as exc:
            print(str(exc), file=sys.stderr)
            return 1
    else:
        draft = _from_values(values, ctx)
        problems = request_problems(draft, known_logins=list(ctx.config.people), today=today,
                                    departments=[d.name for d in ctx.config.departments])
        if problems:
            raise AccountRuleError("; ".join(problems))
    reviewers = ctx.config.reviewers(draft.department)

    async def submit():
        async with await Store.open(ctx.db_path, create=False) as store:
            request = await store.submit_account_request(
                ctx.actor, draft, known_logins=list(ctx.config.people), reviewers=reviewers,
                departments=[d.name for d in ctx.config.departments])
            return request, review_state(request, [])

    request, state = run_async(submit())
    print(f"Request #{request.id} submitted: {request.handle} on {request.platform.value} for "
          f"{request.department}. Waiting on {state.turn_label(request, reviewers)}; they have been notified.")
    return 0
