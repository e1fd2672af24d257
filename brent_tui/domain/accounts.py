"""Account governance rules: the registry's flags and the review of requests for new accounts.

The strategy: staff must not open an account without the web team AND their head of service;
a request answers four questions; departments then have an "implicit duty to create regular,
fresh content". Everything here is pure (no IO, no Textual, `now` passed in) so the store, the
`account-request` command and the Accounts tab all apply exactly the same rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from brent_tui.domain.errors import UserError
from brent_tui.domain.models import (
    AccountRequest,
    AccountReview,
    CouncilAccount,
    FollowerSample,
    Platform,
    RequestStatus,
    ReviewDecision,
    Role,
)
from brent_tui.domain.notices import Notice
from brent_tui.domain.roles import Action, Actor, PermissionDeniedError, require

# The strategy's channel table: what each council account is for.
PURPOSES: tuple[str, ...] = (
    "news", "emergencies", "signposting", "customer services", "consultations", "campaigns", "photos",
    "events", "jobs",
)

# The four questions, keyed by the request field that holds the answer.
QUESTIONS: dict[str, str] = {
    "audience": "Who is your audience?",
    "objectives": "What business objectives would a new account help you achieve?",
    "why_own_account": "Why would your own account achieve them better than providing content for the "
                       "council's existing accounts?",
    "content_commitment": "Are you sure you will create regular, fresh, interesting content that meets "
                          "council standards? Say who will write it and how often.",
}

# How much an answer must say before a reviewer can judge it. Short answers ("Residents.",
# "Yes.") are exactly what the strategy's questions are meant to draw out, so each answer
# needs a sentence: at least MIN_WORDS words with at least MIN_DISTINCT different ones.
MIN_WORDS = 6
MIN_DISTINCT = 4
MIN_OWNERS = 2
MAX_ANSWER_CHARS = 4000
PLACEHOLDERS = frozenset({
    "n/a", "na", "n.a.", "none", "nothing", "tbc", "tbd", "todo", "to do", "to be confirmed", "to be decided",
    "-", "--", "...", "?", "x", "xxx", "test", "asdf", "lorem ipsum", "see above", "as above", "same as above",
    "yes", "no", "ok", "maybe", "don't know", "dont know", "not sure", "unknown",
})
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")

# Filler that reads like an answer but says nothing a reviewer can judge.
# An audience is people. "To get more followers for the council" is an aim (and a vanity one):
# refused when it is put as an aim ("to …") or speaks of numbers on a screen without naming anyone.
VANITY_WORDS = frozenset({
    "follower", "followers", "like", "likes", "reach", "engagement", "impressions", "views", "viral",
    "presence", "visibility", "profile", "brand", "awareness", "clicks", "shares", "retweets",
})
PEOPLE_WORDS = frozenset({
    "resident", "residents", "people", "person", "public", "parent", "parents", "carer", "carers", "family",
    "families", "child", "children", "young", "youth", "teenagers", "pupils", "students", "older", "adults",
    "tenant", "tenants", "leaseholders", "landlords", "business", "businesses", "traders", "shops", "employers",
    "jobseekers", "applicants", "users", "visitors", "volunteers", "groups", "clubs", "community", "communities",
    "staff", "drivers", "cyclists", "commuters", "owners", "householders", "members", "schools", "developers",
    "agents", "organisations", "charities", "men", "women", "customers", "readers", "fans", "players",
    "patients", "claimants", "voters", "disabled", "vulnerable", "neighbours", "locals",
})
# A posting plan says how many in what time: "3 posts a week", "twice a month", "every weekday", "weekly".
_COUNT_WORDS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "once", "twice", "couple",
    "few", "several", "every", "each", "per", "a", "an",
})
_PERIOD_WORDS = frozenset({
    "day", "days", "week", "weeks", "weekday", "weekdays", "fortnight", "month", "months", "morning",
    "mornings", "evening", "evenings", "weekend", "weekends", "term", "quarter",
})
_RATE_WORDS = frozenset({"daily", "weekly", "fortnightly", "monthly", "everyday"})


def _audience_filler(value: str) -> str | None:
    """Why an audience answer names no audience (an aim, or vanity numbers), or None."""
    words = _words(value)
    names_people = any(w in PEOPLE_WORDS for w in words)
    if words and words[0] == "to" and not names_people:
        return (f"Who is your audience? — {value!r} is an aim, not an audience. Name the people you want to "
                "reach (e.g. 'parents of under-5s in Harlesden and Kilburn').")
    if not names_people and any(w in VANITY_WORDS for w in words):
        return (f"Who is your audience? — {value!r} counts followers or reach, not people. Name the people "
                "you want to reach (e.g. 'parents of under-5s in Harlesden and Kilburn').")
    return None


def is_posting_plan(text: str) -> bool:
    """True when the text says how often: a rate ("weekly") or a count in a period ("3 posts a week")."""
    words = _words(text)
    if any(w in _RATE_WORDS for w in words):
        return True
    counted = any(ch.isdigit() for ch in text) or any(w in _COUNT_WORDS for w in words)
    return counted and any(w in _PERIOD_WORDS for w in words)


class AccountRuleError(UserError):
    """A request or decision breaks a rule; the message says which and how to put it right."""


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def check_answer(field: str, text: str | None) -> str | None:
    """Why an answer is too thin to judge, or None when it will do.

    Refused: empty; a placeholder ("n/a", "tbc", "yes"…); fewer than MIN_WORDS words or a
    handful repeated; the question copied back; more than MAX_ANSWER_CHARS characters.
    """
    question = QUESTIONS[field]
    short = question.split("?")[0] + "?"
    value = " ".join((text or "").split())
    if not value:
        return f"{short} — no answer given. Every one of the four questions needs an answer."
    if value.lower().strip(" .!") in PLACEHOLDERS or value.lower() in PLACEHOLDERS:
        return (f"{short} — {value!r} is a placeholder, not an answer. Say it in a sentence or two "
                "so the web team and your head of service can judge it.")
    if len(value) > MAX_ANSWER_CHARS:
        return f"{short} — keep the answer under {MAX_ANSWER_CHARS:,} characters (it has {len(value):,})."
    words = _words(value)
    q_words = _words(question)
    if words and (words == q_words or words == q_words[: len(words)] and len(words) >= 4):
        return f"{short} — the answer repeats the question. Answer it in your own words."
    if len(words) < MIN_WORDS:
        return (f"{short} — too thin to judge ({len(words)} word{'s' if len(words) != 1 else ''}; "
                f"at least {MIN_WORDS}). Say who, what and why in a sentence.")
    if len(set(words)) < MIN_DISTINCT:
        return f"{short} — the answer repeats the same few words. Say who, what and why in a sentence."
    if field == "audience":
        return _audience_filler(value)
    return None


# --------------------------------------------------------------------------- requests


class RequestDraft(BaseModel):
    """What a requester fills in, before the store gives it an id and a status."""

    model_config = ConfigDict(extra="forbid")

    department: str
    platform: Platform
    handle: str
    audience: str = ""
    objectives: str = ""
    why_own_account: str = ""
    content_commitment: str = ""
    owners: list[str] = Field(default_factory=list)
    posting_frequency: str = ""
    campaign: bool = False  # a campaign presence (e.g. fostering recruitment): needs an end date
    campaign_ends_on: date | None = None
    house_rules_ack: bool = False


def parse_owners(text: str) -> list[str]:
    """"asmith, bjones bjones" → ["asmith", "bjones"] (commas or spaces; order kept; no repeats)."""
    return list(dict.fromkeys(p for p in re.split(r"[\s,;]+", text.strip()) if p))


def check_handle(platform: Platform, handle: str) -> str | None:
    value = handle.strip()
    if not value:
        return "Give the proposed handle or page name (e.g. @BrentFostering)."
    if len(value) > 100:
        return "The handle is too long (100 characters at most)."
    if any(c.isspace() for c in value) and platform not in (Platform.FACEBOOK, Platform.YOUTUBE):
        return f"A handle on {platform.value} cannot contain spaces."
    if any(ord(c) < 32 or ord(c) == 127 for c in value):
        return "The handle contains control characters."
    return None


def check_owners(owners: Sequence[str], known: Iterable[str]) -> str | None:
    known_set = set(known)
    unknown = [o for o in owners if o not in known_set]
    if unknown:
        return (f"{', '.join(unknown)}: not in the brent-tui config. Owners are login names of staff "
                "listed under [people] (ask the web team to add them).")
    if len(set(owners)) < MIN_OWNERS:
        return (f"Name at least {MIN_OWNERS} owners (login names) so the account is covered when one "
                f"is away; {len(set(owners))} given.")
    return None


def check_campaign(draft: RequestDraft, today: date) -> str | None:
    if draft.campaign and draft.campaign_ends_on is None:
        return ("A campaign account needs the date the campaign ends (YYYY-MM-DD), so the account is "
                "closed or handed back instead of going dormant.")
    if draft.campaign_ends_on is not None and draft.campaign_ends_on <= today:
        return f"The campaign end date {draft.campaign_ends_on.isoformat()} is not in the future."
    return None


def check_frequency(text: str) -> str | None:
    value = " ".join(text.split())
    if not value or value.lower().strip(" .!") in PLACEHOLDERS:
        return "Say how often you plan to post (e.g. '3 posts a week')."
    if len(value) > 200:
        return "Keep the planned posting frequency short (200 characters at most)."
    if not is_posting_plan(value):
        return (f"Planned posting frequency — {value!r} is not a plan. Say how many posts in what time "
                "(e.g. '3 posts a week', 'every weekday', 'twice a month').")
    return None


def request_summary(draft: RequestDraft) -> list[tuple[str, str]]:
    """The answers as the requester confirms them before submitting: (what was asked, what was said)."""
    rows = [
        ("Network and handle", f"{draft.platform.value} · {draft.handle}"),
        ("Department", draft.department),
        *((QUESTIONS[field].split("?")[0] + "?", getattr(draft, field)) for field in QUESTIONS),
        ("Owners", ", ".join(draft.owners)),
        ("Planned posting frequency", draft.posting_frequency),
        ("Campaign ends", draft.campaign_ends_on.isoformat() if draft.campaign_ends_on else "not a campaign account"),
        ("House rules", "the owners will run it under the council's house rules" if draft.house_rules_ack
         else "not confirmed"),
    ]
    return rows


def request_problems(draft: RequestDraft, *, known_logins: Iterable[str], today: date,
                     departments: Iterable[str] | None = None) -> list[str]:
    """Every reason the request cannot be submitted yet, in form order (empty: it can)."""
    problems: list[str] = []
    if departments is not None:
        names = {d.lower(): d for d in departments}
        if draft.department.strip().lower() not in names:
            problems.append(f"{draft.department!r} is not a department in the config; choose one of: "
                            f"{', '.join(sorted(names.values()))}.")
    handle = check_handle(draft.platform, draft.handle)
    if handle:
        problems.append(handle)
    for field in QUESTIONS:
        problem = check_answer(field, getattr(draft, field))
        if problem:
            problems.append(problem)
    owners = check_owners(draft.owners, known_logins)
    if owners:
        problems.append(owners)
    frequency = check_frequency(draft.posting_frequency)
    if frequency:
        problems.append(frequency)
    campaign = check_campaign(draft, today)
    if campaign:
        problems.append(campaign)
    if not draft.house_rules_ack:
        problems.append("Confirm that the owners will run the account under the council's house rules.")
    return problems


# --------------------------------------------------------------------------- registry flags


def last_post(account: CouncilAccount, last_published: datetime | None) -> datetime | None:
    """The later of the registry's own date (from profile polls) and our latest published post."""
    dates = [d for d in (account.last_post_at, last_published) if d is not None]
    return max(dates) if dates else None


def is_dormant(last_post_at: datetime | None, *, now: datetime, dormant_days: int,
               created_on: date | None = None) -> bool:
    """No post for `dormant_days` days or more (a whole N days since the last post counts).

    An account that has never posted is dormant once it is older than the threshold (or when
    nobody recorded when it was opened).
    """
    threshold = timedelta(days=dormant_days)
    if last_post_at is None:
        if created_on is None:
            return True
        return (now.date() - created_on) >= threshold
    return now - last_post_at >= threshold


def growth_per_day(samples: Sequence[FollowerSample]) -> float | None:
    """Average daily growth between the first and last sample (None with fewer than a day's data)."""
    if len(samples) < 2:
        return None
    first, last = samples[0], samples[-1]
    days = (last.at - first.at).total_seconds() / 86400
    if days < 1:
        return None
    return (last.followers - first.followers) / days


class RegistryEntry(BaseModel):
    """One registry row as the tab shows it: the account plus what the rules say about it."""

    account: CouncilAccount
    last_post_at: datetime | None = None
    growth_per_day: float | None = None
    dormant: bool = False
    no_owner: bool = False

    @property
    def flags(self) -> list[str]:
        out = []
        if self.dormant:
            out.append("dormant")
        if self.no_owner:
            out.append("no owner")
        return out


def assess(account: CouncilAccount, *, last_published: datetime | None, samples: Sequence[FollowerSample],
           now: datetime, dormant_days: int, growth: float | None = None) -> RegistryEntry:
    """Flags for one account: dormant (no post for N days) and no named owner."""
    latest = last_post(account, last_published)
    return RegistryEntry(
        account=account,
        last_post_at=latest,
        growth_per_day=growth if growth is not None else growth_per_day(samples),
        dormant=account.active and is_dormant(latest, now=now, dormant_days=dormant_days,
                                              created_on=account.created_on),
        no_owner=not [o for o in account.officers if o.strip()],
    )


class RegistryFilter(BaseModel):
    platform: Platform | None = None
    service: str | None = None
    dormant_only: bool = False
    no_owner_only: bool = False

    def matches(self, entry: RegistryEntry) -> bool:
        a = entry.account
        return ((self.platform is None or a.platform == self.platform)
                and (self.service is None or a.service.lower() == self.service.lower())
                and (not self.dormant_only or entry.dormant)
                and (not self.no_owner_only or entry.no_owner))

    @property
    def label(self) -> str:
        parts = [self.platform.value if self.platform else "all networks",
                 self.service or "all services"]
        if self.dormant_only:
            parts.append("dormant only")
        if self.no_owner_only:
            parts.append("no owner only")
        return " · ".join(parts)


# --------------------------------------------------------------------------- review state machine


class Party(StrEnum):
    """The two sign-offs the strategy requires, and the requester who answers questions."""

    WEB_TEAM = "web_team"
    HEAD = "head_of_service"
    REQUESTER = "requester"

    @property
    def label(self) -> str:
        return {"web_team": "web team", "head_of_service": "head of service", "requester": "requester"}[self.value]


class Reviewers(BaseModel):
    """Who decides one department's requests (from config)."""

    web_team: list[str] = Field(default_factory=list)
    head: str | None = None
    department: str


OPEN_STATUSES = frozenset({RequestStatus.SUBMITTED, RequestStatus.MORE_INFO})


class ReviewState(BaseModel):
    """Where a request stands: who has approved, the open question, whose turn it is."""

    status: RequestStatus
    approved_by: dict[Party, str] = Field(default_factory=dict)
    question: AccountReview | None = None  # the open question while status is more_info
    waiting_on: list[Party] = Field(default_factory=list)

    def turn_label(self, request: AccountRequest, reviewers: Reviewers) -> str:
        if self.status not in OPEN_STATUSES:
            return "—"
        names = []
        for party in self.waiting_on:
            if party is Party.REQUESTER:
                names.append(f"requester ({request.requester})")
            elif party is Party.HEAD:
                names.append(f"head of service ({reviewers.head})" if reviewers.head
                             else f"head of service (none set for {reviewers.department})")
            else:
                names.append("web team")
        return " + ".join(names)


_PARTY_OF_ROLE = {Role.WEB_TEAM: Party.WEB_TEAM, Role.HEAD_OF_SERVICE: Party.HEAD}


def review_state(request: AccountRequest, reviews: Sequence[AccountReview]) -> ReviewState:
    """Replay the reviews in order. Approvals stand through a question-and-answer round (the
    request itself does not change); a later question or rejection by a party replaces its
    approval."""
    approved: dict[Party, str] = {}
    question: AccountReview | None = None
    for review in reviews:
        party = _PARTY_OF_ROLE.get(review.role) if review.role else None
        if review.decision is ReviewDecision.APPROVE and party:
            approved[party] = review.reviewer
        elif review.decision is ReviewDecision.MORE_INFO:
            question = review
            if party:
                approved.pop(party, None)
        elif review.decision is ReviewDecision.ANSWER:
            question = None
    waiting: list[Party] = []
    if request.status is RequestStatus.MORE_INFO:
        waiting = [Party.REQUESTER]
    elif request.status is RequestStatus.SUBMITTED:
        waiting = [p for p in (Party.WEB_TEAM, Party.HEAD) if p not in approved]
    return ReviewState(status=request.status, approved_by=approved,
                       question=question if request.status is RequestStatus.MORE_INFO else None,
                       waiting_on=waiting)


def reviewer_party(actor: Actor, reviewers: Reviewers) -> Party:
    """Which sign-off `actor` gives, or a refusal naming who can decide."""
    require(actor, Action.DECIDE_ACCOUNT)
    if actor.role is Role.WEB_TEAM:
        return Party.WEB_TEAM
    if reviewers.head is None:
        raise PermissionDeniedError(
            f"{reviewers.department} has no head of service in the config (departments.head), so nobody "
            "can give the head-of-service approval yet; ask the web team to set it."
        )
    if actor.login != reviewers.head:
        raise PermissionDeniedError(
            f"{actor.login} is not the head of service for {reviewers.department}: only {reviewers.head} "
            "(and the web team) can decide this request."
        )
    return Party.HEAD


def decide(request: AccountRequest, reviews: Sequence[AccountReview], *, actor: Actor, reviewers: Reviewers,
           decision: ReviewDecision, comment: str | None) -> tuple[Party, RequestStatus]:
    """Check one reviewer decision; return the party deciding and the request's next status."""
    if decision is ReviewDecision.ANSWER:
        raise AccountRuleError("an answer comes from the requester, not a reviewer")
    party = reviewer_party(actor, reviewers)
    state = review_state(request, reviews)
    if request.status not in OPEN_STATUSES:
        raise AccountRuleError(f"this request is already {request.status.value.replace('_', ' ')}: "
                               "nothing more to decide")
    text = " ".join((comment or "").split())
    if decision is ReviewDecision.MORE_INFO:
        if request.status is RequestStatus.MORE_INFO:
            raise AccountRuleError("the requester has not answered the last question yet")
        if len(_words(text)) < 3:
            raise AccountRuleError("write the question for the requester (a few words at least)")
        return party, RequestStatus.MORE_INFO
    if decision is ReviewDecision.REJECT:
        if len(_words(text)) < 3:
            raise AccountRuleError("give the reason for rejecting (the requester will read it)")
        return party, RequestStatus.REJECTED
    if request.status is RequestStatus.MORE_INFO:
        raise AccountRuleError("the request is waiting for the requester's answer; approve it after they reply")
    if party in state.approved_by:
        raise AccountRuleError(f"the {party.label} has already approved this request "
                               f"({state.approved_by[party]})")
    other = Party.HEAD if party is Party.WEB_TEAM else Party.WEB_TEAM
    return party, RequestStatus.APPROVED if other in state.approved_by else RequestStatus.SUBMITTED


# --------------------------------------------------------------------------- who is told


def _told(recipients: Iterable[str | None], actor: Actor, text: str) -> Notice | None:
    """Nobody is told of their own step."""
    told = tuple(r for r in dict.fromkeys(recipients) if r and r != actor.login)
    return Notice(told, "account_request", text) if told else None


def submitted_notice(request_id: int, request: AccountRequest, actor: Actor, reviewers: Reviewers) -> Notice | None:
    """A new request goes to the web team and the department's head of service."""
    return _told([*reviewers.web_team, reviewers.head], actor,
                 f"New account request #{request_id} from {actor.login} ({request.department}): "
                 f"{request.handle} on {request.platform.value}. Review it on the Accounts tab (F4).")


_DECIDED_WORDS = {ReviewDecision.APPROVE: "approved", ReviewDecision.MORE_INFO: "asked a question about",
                  ReviewDecision.REJECT: "rejected"}


def review_notice(request: AccountRequest, actor: Actor, reviewers: Reviewers, *, party: Party,
                  decision: ReviewDecision, status: RequestStatus, comment: str | None) -> Notice | None:
    """The requester hears every decision; after the first approval the other party is told it is their turn."""
    text = f"{actor.login} ({party.label}) {_DECIDED_WORDS[decision]} your account request #{request.id} " \
           f"({request.handle})"
    if status is RequestStatus.APPROVED:
        text += ": both approvals are in and the account is in the registry. Run it under the house rules."
    elif comment:
        text += f": {comment}"
    recipients: list[str | None] = [request.requester]
    if status is RequestStatus.SUBMITTED:
        recipients += [reviewers.head] if party is Party.WEB_TEAM else reviewers.web_team
    return _told(recipients, actor, text)


def answer_notice(request: AccountRequest, actor: Actor, asked: str | None, answer: str) -> Notice | None:
    """The reviewer who asked hears the requester's answer."""
    return _told([asked], actor, f"{actor.login} answered your question on account request #{request.id} "
                                 f"({request.handle}): {answer}")


def check_answer_to_question(request: AccountRequest, actor: Actor, answer: str) -> None:
    """Only the requester answers, only while a question is open, and with something to read."""
    if actor.login != request.requester:
        raise PermissionDeniedError(f"only the requester ({request.requester}) can answer the reviewers' question")
    if request.status is not RequestStatus.MORE_INFO:
        raise AccountRuleError("there is no open question on this request")
    if len(_words(answer)) < 3:
        raise AccountRuleError("write your answer to the reviewers' question (a few words at least)")


def check_withdraw(request: AccountRequest, actor: Actor) -> None:
    if actor.login != request.requester:
        raise PermissionDeniedError(f"only the requester ({request.requester}) can withdraw this request")
    if request.status not in OPEN_STATUSES:
        raise AccountRuleError(f"this request is already {request.status.value.replace('_', ' ')}")


def request_age(created_at: datetime, now: datetime) -> str:
    """'3 h', '2 d', '5 w' — how long the request has waited."""
    seconds = max(0.0, (now - created_at).total_seconds())
    if seconds < 3600:
        return f"{int(seconds // 60)} min"
    if seconds < 86400:
        return f"{int(seconds // 3600)} h"
    days = int(seconds // 86400)
    return f"{days} d" if days < 28 else f"{days // 7} w"


def account_from_request(request: AccountRequest, *, today: date) -> CouncilAccount:
    """The registry row an approved request becomes: its owners, house rules acknowledged."""
    return CouncilAccount(
        platform=request.platform, handle=request.handle, service=request.department,
        purposes=["campaigns"] if request.campaign_ends_on else [], officers=list(request.owners),
        created_on=today, house_rules_ack=True, campaign_ends_on=request.campaign_ends_on, active=True,
    )
