"""Calendar rules: moving posts, grid periods, clashes, forward planner, best times.

Pure: no IO, no Textual, no clock reads (`now` is passed in). Everything is stored in UTC
and shown in Europe/London, because "posts going out an hour early from timezone bugs" is
one of the commonest scheduler complaints (docs/domain.md §1). London time and its
daylight-saving choices (repeated and missing hours) live in `brent_tui.domain.london`.
"""

from __future__ import annotations

import calendar
import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta
from typing import Literal

from pydantic import BaseModel, Field

from brent_tui.domain.london import (
    WEEKDAY_NAMES,
    Nonexistent,
    format_london,
    london_date,
    london_to_utc,
    utc_to_london,
)
from brent_tui.domain.models import PlannedPost, as_utc
from brent_tui.domain.text import normalise_handle
from brent_tui.domain.tone import ToneSettings

View = Literal["week", "fortnight", "month"]


# --------------------------------------------------------------------------- moving posts


def move(
    dt_utc: datetime, *, hours: int = 0, days: int = 0, minutes: int = 0, nonexistent: Nonexistent = "raise"
) -> datetime:
    """Move a post in London wall-clock time and return UTC.

    Dragging a 09:00 post one day later across a clock change keeps it at 09:00 London,
    which is what the officer sees on the grid (adding 24 h of UTC would make it 08:00 or
    10:00). Landing in the March gap raises `ScheduleError` unless `nonexistent="shift"`.
    """
    local = utc_to_london(dt_utc).replace(tzinfo=None)
    target = local + timedelta(days=days, hours=hours, minutes=minutes)
    return london_to_utc(target.date(), target.time(), nonexistent=nonexistent)


# --------------------------------------------------------------------------- grid periods


def week_start(d: date) -> date:
    """The Monday of `d`'s week."""
    return d - timedelta(days=d.weekday())


def period(view: View, anchor: date) -> tuple[date, date]:
    """First and last day (inclusive) of the grid that shows `anchor`.

    week: Monday–Sunday; fortnight: the Monday of anchor's week + 13 days (the fortnightly
    communications grid); month: the calendar month.
    """
    if view == "week":
        start = week_start(anchor)
        return start, start + timedelta(days=6)
    if view == "fortnight":
        start = week_start(anchor)
        return start, start + timedelta(days=13)
    if view == "month":
        last = calendar.monthrange(anchor.year, anchor.month)[1]
        return anchor.replace(day=1), anchor.replace(day=last)
    raise ValueError(f"unknown view {view!r}: expected week, fortnight or month")


def step(view: View, anchor: date, n: int = 1) -> date:
    """The anchor `n` periods later (negative: earlier) — for next/previous keys."""
    if view == "week":
        return anchor + timedelta(weeks=n)
    if view == "fortnight":
        return anchor + timedelta(weeks=2 * n)
    month_index = anchor.year * 12 + anchor.month - 1 + n
    year, month = divmod(month_index, 12)
    day = min(anchor.day, calendar.monthrange(year, month + 1)[1])
    return date(year, month + 1, day)


def grid_days(view: View, anchor: date) -> list[list[date]]:
    """Rows of seven days (Monday first) covering the period; a month pads to whole weeks."""
    first, last = period(view, anchor)
    start = week_start(first)
    end = week_start(last) + timedelta(days=6)
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    return [days[i : i + 7] for i in range(0, len(days), 7)]


# --------------------------------------------------------------------------- planned posts


class Clash(BaseModel):
    """Two posts too close together on one account, or a day over the account's cap."""

    post_ids: list[int | str]
    account: str
    kind: Literal["min_gap", "over_cap"]
    message: str
    day: date | None = None  # London day (over_cap)


def _hm(dt: datetime) -> str:
    return utc_to_london(dt).strftime("%H:%M")


def clashes(posts: Iterable[PlannedPost], settings: ToneSettings) -> list[Clash]:
    """Clashes among planned posts, per account, using the caps in `settings`.

    min_gap: consecutive posts on one account closer than its minimum gap (a gap exactly
    equal to the minimum is allowed). over_cap: more posts on one London day than the
    account's maximum — listing every post on that day so the officer can pick which to move.
    """
    by_account: dict[str, list[PlannedPost]] = defaultdict(list)
    shown: dict[str, str] = {}
    for p in posts:
        key = normalise_handle(p.account_handle)
        by_account[key].append(p)
        shown.setdefault(key, p.account_handle)
    found: list[Clash] = []
    for key in sorted(by_account):
        items = sorted(by_account[key], key=lambda p: (p.at, str(p.post_id)))
        handle = shown[key]
        max_per_day, min_gap = settings.caps_for(handle)
        gap = timedelta(minutes=min_gap)
        for a, b in zip(items, items[1:], strict=False):
            if b.at - a.at < gap:
                minutes = int((b.at - a.at).total_seconds() // 60)
                found.append(
                    Clash(
                        post_ids=[a.post_id, b.post_id],
                        account=handle,
                        kind="min_gap",
                        message=(
                            f"{handle}: posts at {_hm(a.at)} and {_hm(b.at)} on "
                            f"{format_london(a.at, '%a %d %b')} are {minutes} minutes apart; "
                            f"leave at least {min_gap} minutes between posts."
                        ),
                        day=london_date(a.at),
                    )
                )
        per_day: dict[date, list[PlannedPost]] = defaultdict(list)
        for p in items:
            per_day[london_date(p.at)].append(p)
        for day in sorted(per_day):
            day_posts = per_day[day]
            if len(day_posts) > max_per_day:
                found.append(
                    Clash(
                        post_ids=[p.post_id for p in day_posts],
                        account=handle,
                        kind="over_cap",
                        message=(
                            f"{handle}: {len(day_posts)} posts planned on {day:%a %d %b}; the limit is "
                            f"{max_per_day} a day, so move {len(day_posts) - max_per_day}."
                        ),
                        day=day,
                    )
                )
    return found


# --------------------------------------------------------------------------- forward planner


class CampaignSpan(BaseModel):
    """A campaign on the annual forward planner, with or without posts yet."""

    name: str
    starts_on: date
    ends_on: date
    owner: str | None = None  # service / communications officer


class CampaignSummary(BaseModel):
    """One campaign's presence in one month of the forward planner."""

    campaign: str
    month: int
    first_on: date  # first day in this month (post or span)
    last_on: date
    posts: int = 0  # planned posts in this month
    accounts: list[str] = Field(default_factory=list)
    owner: str | None = None


def forward_planner(
    items: Iterable[PlannedPost | CampaignSpan], year: int
) -> dict[int, list[CampaignSummary]]:
    """Campaigns by month (1–12, every month present) for the annual forward planner.

    Posts are placed by their London date (a 00:30 BST post on 1 June is June, though it
    is 31 May in UTC). Spans cover every month they overlap. Posts without a campaign are
    not campaigns and are left out. Each month is sorted by first day, then name.
    """
    acc: dict[tuple[int, str], CampaignSummary] = {}

    def touch(month: int, name: str, first: date, last: date) -> CampaignSummary:
        s = acc.get((month, name))
        if s is None:
            s = acc[(month, name)] = CampaignSummary(campaign=name, month=month, first_on=first, last_on=last)
        else:
            s.first_on = min(s.first_on, first)
            s.last_on = max(s.last_on, last)
        return s

    for item in items:
        if isinstance(item, CampaignSpan):
            start = max(item.starts_on, date(year, 1, 1))
            end = min(item.ends_on, date(year, 12, 31))
            month_start = start.replace(day=1)
            while month_start <= end:
                last_day = month_start.replace(day=calendar.monthrange(year, month_start.month)[1])
                s = touch(month_start.month, item.name, max(start, month_start), min(end, last_day))
                s.owner = s.owner or item.owner
                month_start = last_day + timedelta(days=1)
        else:
            if not item.campaign:
                continue
            day = london_date(item.at)
            if day.year != year:
                continue
            s = touch(day.month, item.campaign, day, day)
            s.posts += 1
            if item.account_handle not in s.accounts:
                s.accounts.append(item.account_handle)
    out: dict[int, list[CampaignSummary]] = {m: [] for m in range(1, 13)}
    for (month, _), s in acc.items():
        out[month].append(s)
    for month in out:
        out[month].sort(key=lambda s: (s.first_on, s.campaign.lower()))
    return out


# --------------------------------------------------------------------------- best times

#: Council defaults (London): before work, lunch, the commute home — weekdays only.
DEFAULT_SLOTS: tuple[time, ...] = (time(8, 0), time(12, 30), time(17, 30))


class SlotSuggestion(BaseModel):
    """A suggested weekly slot with the evidence behind it."""

    weekday: int  # 0 = Monday
    hour: int
    minute: int = 0
    median: float | None = None  # None for a default slot
    n: int = 0  # posts behind the median
    is_default: bool = False
    reason: str
    next_at: datetime | None = None  # next occurrence after `now`, UTC

    @property
    def label(self) -> str:
        return f"{WEEKDAY_NAMES[self.weekday]} {self.hour:02d}:{self.minute:02d}"


def _fmt_number(x: float) -> str:
    return f"{x:.0f}" if float(x).is_integer() else f"{x:.1f}"


def next_occurrence(weekday: int, at: time, now: datetime) -> datetime:
    """The next London `weekday` at `at` strictly after `now`, in UTC."""
    today = utc_to_london(now).date()
    for i in range(0, 15):
        d = today + timedelta(days=i)
        if d.weekday() != weekday:
            continue
        candidate = london_to_utc(d, at, nonexistent="shift")
        if candidate > as_utc(now):
            return candidate
    raise AssertionError("unreachable: a weekday recurs within 14 days")


def best_times(
    history: Sequence[tuple[datetime, int]],
    *,
    now: datetime,
    top: int = 3,
    min_posts: int = 20,
    min_per_slot: int = 2,
    window_days: int | None = 365,
) -> list[SlotSuggestion]:
    """Suggest slots for one account from its engagement history.

    Posts are bucketed by London weekday × hour and ranked by MEDIAN engagement (one viral
    post should not make a slot), ties broken by more evidence then earlier in the week.
    Only posts in the last `window_days` before `now` count (audiences change). With fewer
    than `min_posts` posts, or buckets with fewer than `min_per_slot`, we fall back to (or
    top up with) the council defaults: the next weekday 08:00, 12:30 and 17:30 London.
    """
    now = as_utc(now)
    cutoff = now - timedelta(days=window_days) if window_days else None
    used = [
        (as_utc(at), int(eng))
        for at, eng in history
        if as_utc(at) <= now and (cutoff is None or as_utc(at) >= cutoff)
    ]
    suggestions: list[SlotSuggestion] = []
    if len(used) >= min_posts:
        buckets: dict[tuple[int, int], list[int]] = defaultdict(list)
        for at, eng in used:
            local = utc_to_london(at)
            buckets[(local.weekday(), local.hour)].append(eng)
        ranked = sorted(
            ((statistics.median(v), len(v), key) for key, v in buckets.items() if len(v) >= min_per_slot),
            key=lambda r: (-r[0], -r[1], r[2]),
        )
        for med, n, (wd, hour) in ranked[:top]:
            label = f"{WEEKDAY_NAMES[wd]} {hour:02d}:00"
            suggestions.append(
                SlotSuggestion(
                    weekday=wd,
                    hour=hour,
                    median=float(med),
                    n=n,
                    reason=f"{label} — median {_fmt_number(med)} engagements over {n} posts",
                    next_at=next_occurrence(wd, time(hour), now),
                )
            )
    if len(suggestions) < top:
        why = (
            f"default: not enough history ({len(used)} posts)"
            if len(used) < min_posts
            else "default: not enough posts in other slots"
        )
        taken = {(s.weekday, s.hour, s.minute) for s in suggestions}
        for at_utc, slot in _default_occurrences(now):
            if len(suggestions) >= top:
                break
            local = utc_to_london(at_utc)
            key = (local.weekday(), slot.hour, slot.minute)
            if key in taken:
                continue
            taken.add(key)
            label = f"{WEEKDAY_NAMES[key[0]]} {slot.hour:02d}:{slot.minute:02d}"
            suggestions.append(
                SlotSuggestion(
                    weekday=key[0],
                    hour=slot.hour,
                    minute=slot.minute,
                    is_default=True,
                    reason=f"{label} — {why}",
                    next_at=at_utc,
                )
            )
    return suggestions


def _default_occurrences(now: datetime) -> Iterable[tuple[datetime, time]]:
    """Default slots on weekdays, in time order, strictly after `now` (up to ~10 weeks)."""
    today = utc_to_london(now).date()
    for i in range(0, 70):
        d = today + timedelta(days=i)
        if d.weekday() >= 5:
            continue
        for slot in DEFAULT_SLOTS:
            at = london_to_utc(d, slot, nonexistent="shift")
            if at > now:
                yield at, slot
