"""The Feed tab's rules and reads: row cells, default streams, stream validation, links, health.

Pure functions (no IO, no Textual, `now` passed in) plus a few async reads over the store that
the screen calls from workers. Untrusted text goes through :mod:`brent_tui.domain.text` here, so the
widgets only ever receive safe strings.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from brent_tui import clock
from brent_tui.domain import foi
from brent_tui.domain.london import format_list_time
from brent_tui.domain.models import (
    Author,
    ConnectorHealth,
    Decision,
    Mention,
    MentionFilter,
    MentionStatus,
    Platform,
    Route,
    Stream,
)
from brent_tui.domain.text import clean, compact_number, snippet
from brent_tui.domain.triage import SENTIMENT_BANDS, SentimentBand, TriageSettings, sentiment_band

if TYPE_CHECKING:
    from brent_tui.store import MentionEdit, Store

NETWORK_SHORT: dict[Platform, str] = {
    Platform.MASTODON: "mast",
    Platform.BLUESKY: "bsky",
    Platform.RSS: "rss",
    Platform.X: "x",
    Platform.FACEBOOK: "fb",
    Platform.YOUTUBE: "yt",
    Platform.INSTAGRAM: "ig",
    Platform.FLICKR: "flkr",
    Platform.LINKEDIN: "lnkd",
}

ROUTE_SHORT: dict[Route, str] = {
    Route.MONITOR: "monitor",
    Route.CUSTOMER_SERVICES: "cust.serv",
    Route.WEB_TEAM: "web team",
    Route.SERVICE_CONVERSATION: "service",
    Route.ESCALATE: "ESCALATE",
}

STATUS_LABEL: dict[MentionStatus, str] = {
    MentionStatus.NEW: "new",
    MentionStatus.ASSIGNED: "assigned",
    MentionStatus.DONE: "done",
    MentionStatus.WATCHING: "watching",
    MentionStatus.FOI: "FOI",
}


# What the tab's own keys use: a stream cannot take one of these as its switch key.
MAX_STREAM_NAME = 40
MAX_STREAMS = 20
MAX_SINCE_HOURS = 24 * 366


# --------------------------------------------------------------------------- rows


SENTIMENT_MARK: dict[SentimentBand | None, str] = {"negative": "−", "neutral": "·", "positive": "+", None: " "}


def format_row_time(created_at: datetime, now: datetime) -> str:
    """A row's time: `domain.london.format_list_time` (the year shown when it is not this year's)."""
    return format_list_time(created_at, now)


@dataclass(frozen=True)
class RowCells:
    """One mention as the list shows it: every string already safe to print."""

    time: str
    network: str
    author: str
    followers: str
    snippet: str
    sentiment: str  # one character: SENTIMENT_MARK
    band: SentimentBand | None
    route: str
    escalate: bool
    status: str
    foi: str = ""  # "FOI" (valid), "FOI✗" (not valid), "FOI?" (not judged), "" (not FOI)


def row_cells(mention: Mention, now: datetime, thresholds: TriageSettings) -> RowCells:
    """The list row of a mention (pure); its sentiment banded by the configured thresholds."""
    name = mention.author_name or mention.author_handle
    route = ROUTE_SHORT[mention.suggested_route] if mention.suggested_route else ""
    band = sentiment_band(mention.sentiment, thresholds)
    return RowCells(
        time=format_row_time(mention.created_at, now),
        network=NETWORK_SHORT.get(mention.platform, mention.platform.value),
        author=snippet(name, 40),
        followers=compact_number(mention.author_followers),
        snippet=snippet(mention.text, 240),
        sentiment=SENTIMENT_MARK[band],
        band=band,
        route=route,
        escalate=mention.suggested_route == Route.ESCALATE,
        status=STATUS_LABEL[mention.status],
        foi=foi.request_mark(mention.foi_flag, mention.foi_valid),
    )


# --------------------------------------------------------------------------- links

_URL = re.compile(r"https?://[^\s<>\"'\]\[)(]+", re.IGNORECASE)


def find_links(text: str, *, limit: int = 20) -> list[str]:
    """Web links in a mention, in order, without duplicates or trailing punctuation; cleaned."""
    seen: list[str] = []
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(".,;:!?…")
        safe = clean(url, single_line=True, limit=300)
        if safe not in seen:
            seen.append(safe)
        if len(seen) >= limit:
            break
    return seen


def browser_available(env: Mapping[str, str]) -> bool:
    """Whether `o` can open a browser: a desktop session or an explicit $BROWSER, not plain SSH."""
    if env.get("BROWSER"):
        return True
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


# --------------------------------------------------------------------------- streams


def default_streams(owner: str) -> list[Stream]:
    """What a new officer starts with: everything, the unhandled queue, negative, FOI, escalations."""
    return [
        Stream(owner=owner, name="All", key="1", position=0),
        Stream(owner=owner, name="Unhandled", key="2", position=1,
               filter=MentionFilter(statuses=[MentionStatus.NEW])),
        Stream(owner=owner, name="Negative", key="3", position=2,
               filter=MentionFilter(sentiment="negative")),
        Stream(owner=owner, name="FOI", key="4", position=3,  # requests, counted while nobody has handled them
               filter=MentionFilter(foi_requests=True)),
        Stream(owner=owner, name="Last 24 hours", key="5", position=4,
               filter=MentionFilter(since_hours=24)),
    ]


def unhandled_filter(flt: MentionFilter) -> MentionFilter | None:
    """The stream's filter narrowed to status new; None when the stream excludes new mentions."""
    if flt.statuses and MentionStatus.NEW not in flt.statuses:
        return None
    return flt.model_copy(update={"statuses": [MentionStatus.NEW]})


def describe_filter(flt: MentionFilter) -> str:
    """One line saying what a stream selects, for the stream bar and the editor."""
    parts: list[str] = []
    if flt.platforms:
        parts.append("/".join(p.value for p in flt.platforms))
    if flt.account_handle:
        parts.append(f"mentions {flt.account_handle}")
    if flt.foi_requests:
        parts.append("FOI and EIR requests")
    if flt.statuses:
        parts.append("status " + "/".join(STATUS_LABEL[s] for s in flt.statuses))
    if flt.department:
        parts.append(flt.department)
    if flt.sentiment:
        parts.append(flt.sentiment)
    if flt.since_hours:
        parts.append(f"last {flt.since_hours} h")
    if flt.text:
        parts.append(f"“{flt.text}”")
    return clean(", ".join(parts) or "everything", single_line=True)


@dataclass
class StreamForm:
    """The stream editor's fields as typed (all strings, like the inputs)."""

    name: str = ""
    key: str = ""
    networks: str = ""
    account: str = ""
    statuses: str = ""
    department: str = ""
    sentiment: str = ""
    since_hours: str = ""
    text: str = ""

    @classmethod
    def of(cls, stream: Stream) -> StreamForm:
        f = stream.filter
        return cls(
            name=stream.name,
            key=stream.key or "",
            networks=", ".join(p.value for p in f.platforms),
            account=f.account_handle or "",
            statuses=", ".join(s.value for s in f.statuses),
            department=f.department or "",
            sentiment=f.sentiment or "",
            since_hours=str(f.since_hours or ""),
            text=f.text or "",
        )


class StreamFormError(ValueError):
    """The form cannot be saved; `problems` maps each field to what is wrong with it."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in problems.items()))
        self.problems = problems


def _words(value: str) -> list[str]:
    return [w.strip().lower() for w in re.split(r"[,\s]+", value) if w.strip()]


def parse_stream_form(
    form: StreamForm,
    *,
    owner: str,
    existing: list[Stream],
    reserved_keys: set[str],
    editing: Stream | None = None,
    departments: list[str] | None = None,
) -> Stream:
    """Validate the editor's fields into a `Stream`, or raise `StreamFormError` naming each problem."""
    problems: dict[str, str] = {}
    others = [s for s in existing if editing is None or s.id != editing.id]
    name = " ".join(form.name.split())
    if not name:
        problems["name"] = "give the stream a name"
    elif len(name) > MAX_STREAM_NAME:
        problems["name"] = f"at most {MAX_STREAM_NAME} characters"
    elif clean(name, single_line=True) != name:
        problems["name"] = "use letters, digits and punctuation only"
    elif any(s.name.lower() == name.lower() for s in others):
        problems["name"] = f"you already have a stream called {name!r}"
    if editing is None and len(existing) >= MAX_STREAMS:
        problems["name"] = f"you have {len(existing)} streams, the most allowed; delete one first"

    key = form.key.strip()
    if key:
        if len(key) != 1 or not key.isascii() or not key.isalnum():
            problems["key"] = "one letter or digit"
        elif key in reserved_keys:
            problems["key"] = f"{key!r} is taken by a Feed key; free: digits or {free_letters(reserved_keys)}"
        else:
            clash = next((s for s in others if s.key == key), None)
            if clash is not None:
                problems["key"] = f"{key!r} already switches to {clash.name!r}"

    platforms: list[Platform] = []
    for word in _words(form.networks):
        try:
            platforms.append(Platform(word))
        except ValueError:
            problems["networks"] = f"unknown network {word!r}: use {', '.join(p.value for p in Platform)}"
            break

    statuses: list[MentionStatus] = []
    for word in _words(form.statuses):
        try:
            statuses.append(MentionStatus(word))
        except ValueError:
            problems["statuses"] = f"unknown status {word!r}: use {', '.join(s.value for s in MentionStatus)}"
            break

    sentiment = form.sentiment.strip().lower() or None
    if sentiment is not None and sentiment not in SENTIMENT_BANDS:
        problems["sentiment"] = "negative, neutral or positive (or empty for all)"

    department = " ".join(form.department.split()) or None
    if department is not None and departments is not None:
        match = next((d for d in departments if d.lower() == department.lower()), None)
        if match is None:
            problems["department"] = f"unknown department: use {', '.join(departments) or 'none configured'}"
        department = match

    since_hours: int | None = None
    if form.since_hours.strip():
        try:
            since_hours = int(form.since_hours.strip())
        except ValueError:
            problems["since_hours"] = "a whole number of hours, e.g. 24"
        else:
            if not 1 <= since_hours <= MAX_SINCE_HOURS:
                problems["since_hours"] = f"between 1 and {MAX_SINCE_HOURS} hours"

    account = form.account.strip() or None
    if account is not None and (" " in account or clean(account, single_line=True) != account):
        problems["account"] = "one handle, as the network writes it (e.g. @BrentCouncil)"
    text = form.text.strip() or None
    if problems:
        raise StreamFormError(problems)
    flt = MentionFilter(platforms=platforms, account_handle=account, statuses=statuses, department=department,
                        sentiment=sentiment, since_hours=since_hours, text=text,
                        foi_requests=editing is not None and editing.filter.foi_requests)  # kept, not edited
    position = editing.position if editing is not None else max((s.position for s in existing), default=-1) + 1
    return Stream(id=editing.id if editing else None, owner=owner, name=name, key=key or None, filter=flt,
                  position=position)


def free_letters(reserved: set[str]) -> str:
    """The letters a stream may still take, for the editor's message."""
    return "".join(c for c in "abcdefghijklmnopqrstuvwxyz" if c not in reserved)


# --------------------------------------------------------------------------- health


@dataclass(frozen=True)
class HealthItem:
    """One connector in the health strip."""

    name: str
    state: str  # "ok" | "failing" | "never"
    last_success: str  # "14:05", "3 Nov 09:12" or "never"
    detail: str  # the last error, cleaned, for failing ones
    set_aside: int = 0  # items kept out of the mentions as unreadable or impossible (`brent-tui doctor` lists why)
    next_try: str = ""  # London time of the next attempt while the network holds us off (rate limit, backoff)

    @property
    def failing(self) -> bool:
        return self.state == "failing"


def health_items(configured: list[str], health: list[ConnectorHealth], now: datetime) -> list[HealthItem]:
    """Every configured connector (config order), then any other with recorded state (by name)."""
    by_name = {h.name: h for h in health}
    names = list(dict.fromkeys([*configured, *sorted(by_name)]))
    items: list[HealthItem] = []
    for name in names:
        h = by_name.get(name)
        if h is None:
            items.append(HealthItem(clean(name, single_line=True), "never", "never", "not polled yet"))
            continue
        failing = h.last_error_at is not None and (h.last_success_at is None or h.last_error_at > h.last_success_at)
        last = format_row_time(h.last_success_at, now).strip() if h.last_success_at else "never"
        state = "failing" if failing else ("ok" if h.last_success_at else "never")
        detail = snippet(h.last_error, 80) if failing else ""
        held = h.next_attempt_at is not None and h.next_attempt_at > now
        items.append(HealthItem(clean(name, single_line=True), state, last, detail,
                                set_aside=int(h.extra.get("set_aside") or 0),
                                next_try=format_list_time(h.next_attempt_at, now) if held and h.next_attempt_at else ""))
    return items


# --------------------------------------------------------------------------- detail


@dataclass
class MentionDetailData:
    """Everything the detail pane shows about one mention, read in one worker."""

    mention: Mention
    author: Author | None
    author_recent: int
    thread: list[Mention]
    decisions: list[Decision]
    links: list[str] = field(default_factory=list)
    band: SentimentBand | None = None  # by the configured thresholds
    edits: list[MentionEdit] = field(default_factory=list)  # earlier texts of an edited post, oldest first
    replying: str | None = None  # the officer drafting a reply to it now ("asingh is replying")


async def load_detail(store: Store, mention_id: int, thresholds: TriageSettings) -> MentionDetailData | None:
    """Read the mention (fresh), its author, thread and decisions."""
    mention = await store.get_mention(mention_id)
    if mention is None:
        return None
    author = await store.get_author(mention.author_id)
    recent = await store.author_mentions(mention.author_id, limit=50)
    thread = [m for m in await store.thread(mention) if m.id != mention.id]
    decisions = await store.decision_history(mention.id)
    return MentionDetailData(mention, author, len(recent), thread, decisions, find_links(mention.text),
                             sentiment_band(mention.sentiment, thresholds), await store.mention_edits(mention.id),
                             await store.replying_to(mention.id, now=clock.now()))


# Stream counts stop here ("9,999+"): an exact 999,978 is no more use to an officer, and
# counting a million rows every few seconds competes with the keys for the machine.
COUNT_CAP = 9_999


def count_label(n: int | None) -> str:
    """A stream's unhandled count as shown in the stream bar."""
    if n is None:
        return "…"
    return f"{COUNT_CAP:,}+" if n > COUNT_CAP else f"{n:,}"


async def stream_counts(store: Store, streams: list[Stream], thresholds: TriageSettings) -> dict[int, int]:
    """Unhandled (status new) mentions per saved stream, keyed by stream id (capped)."""
    counts: dict[int, int] = {}
    for stream in streams:
        if stream.id is None:
            continue
        flt = unhandled_filter(stream.filter)
        counts[stream.id] = 0 if flt is None else await store.count_mentions(flt, cap=COUNT_CAP, thresholds=thresholds)
    return counts
