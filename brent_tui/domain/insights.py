"""Insights figures: the pure part — periods, growth, trends, SLA and FOI performance, report formats.

No SQL, no Textual, no clock reads (`now`/`today` are passed in). The store aggregates in SQL
(brent_tui/store/insights.py) and hands small rows to the functions here, which turn them into
the figures the Insights tab charts and `brent-tui report` writes.
"""

from __future__ import annotations

import csv
import io
import json
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from brent_tui.domain import triage
from brent_tui.domain.london import (
    HolidayCalendar,
    format_london,
    london_date,
    london_midnight,
    utc_to_london,
)
from brent_tui.domain.models import ChainHead, Route
from brent_tui.domain.post_metrics import STAGE_WORDS, engagement_rate

if TYPE_CHECKING:
    from brent_tui.domain.foi import ClockEvents

#: Trending: the last `TREND_WINDOW` against the daily average of the `TREND_BASELINE_DAYS` before it.
TREND_WINDOW = timedelta(hours=24)
TREND_BASELINE_DAYS = 7
TREND_MIN_COUNT = 3

UNSCORED = "unscored"
SENTIMENT_BANDS = (*triage.SENTIMENT_BANDS, UNSCORED)  # banded by `triage.sentiment_band`
NO_TOPIC = "(no topic)"
NO_DEPARTMENT = "(no department)"

ROUTE_NAMES: dict[int, str] = {int(route): route.label for route in Route}

CSV_HEADER = ("section", "figure", "key", "value")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# --------------------------------------------------------------------------- periods


class Period(_Frozen):
    """London calendar days `first`..`last` inclusive, as the UTC range [start, end)."""

    first: date
    last: date

    @classmethod
    def of(cls, first: date, last: date) -> Period:
        if last < first:
            raise ValueError(f"the period ends ({last.isoformat()}) before it starts ({first.isoformat()})")
        return cls(first=first, last=last)

    @classmethod
    def last_days(cls, now: datetime, days: int) -> Period:
        """The `days` London days up to and including today."""
        if days < 1:
            raise ValueError("a period is at least one day")
        last = london_date(now)
        return cls(first=last - timedelta(days=days - 1), last=last)

    @property
    def start(self) -> datetime:
        return london_midnight(self.first)

    @property
    def end(self) -> datetime:
        return london_midnight(self.last + timedelta(days=1))

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def day_list(self) -> list[date]:
        return [self.first + timedelta(days=i) for i in range(self.days)]

    def shifted(self, periods: int) -> Period:
        """The same length, `periods` lengths later (negative: earlier)."""
        step = timedelta(days=self.days * periods)
        return Period(first=self.first + step, last=self.last + step)

    @property
    def label(self) -> str:
        return f"{fmt_day(self.first)} – {fmt_day(self.last)} ({self.days} days)"


def fmt_day(d: date) -> str:
    return f"{d.day} {d:%b %Y}"


# --------------------------------------------------------------------------- small helpers


def percent(part: int, whole: int) -> float | None:
    """`part` of `whole` as a percentage with one decimal, or None when there is nothing to divide."""
    if whole <= 0:
        return None
    return round(100.0 * part / whole, 1)


def median(values: Sequence[float]) -> float | None:
    return None if not values else float(statistics.median(values))


def fmt_value(value: float | int | None, unit: str = "") -> str:
    """How a figure reads on screen and in Markdown: thousands separated, '–' for no value."""
    if value is None:
        return "–"
    if unit == "%":
        return f"{value:.1f}%"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.1f}{unit}"
    return f"{int(value):,}{unit}"


def fmt_minutes(minutes: float | None) -> str:
    if minutes is None:
        return "–"
    total = round(minutes)
    hours, mins = divmod(total, 60)
    return f"{hours}h {mins:02d}m" if hours else f"{mins}m"


# --------------------------------------------------------------------------- hashtags

# A hashtag starts after a non-word character (not inside a URL fragment `page#top` or an HTML
# entity `&#39;`), and has at least one letter (`#1` is a number, not a tag).
_HASHTAG = re.compile(r"(?<![\w&/#])#(\w{1,100})")


def hashtags(text: str) -> list[str]:
    """The distinct hashtags in `text`, lower-cased, in order of first appearance (without '#')."""
    seen: dict[str, None] = {}
    for match in _HASHTAG.finditer(text or ""):
        tag = match.group(1).rstrip("_")
        if tag and any(ch.isalpha() for ch in tag):
            seen.setdefault(tag.casefold(), None)
    return list(seen)


def count_hashtags(texts: Iterable[str]) -> Counter[str]:
    """How many texts carry each hashtag (a tag repeated in one mention counts once)."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(hashtags(text))
    return counts


# --------------------------------------------------------------------------- trending


class Trend(_Frozen):
    key: str
    recent: int  # in the last 24 hours
    baseline_avg: float  # daily average over the 7 days before
    excess: float  # recent - baseline_avg

    @property
    def ratio(self) -> float | None:
        """How many times the baseline; None when the baseline is zero (new)."""
        return None if self.baseline_avg == 0 else round(self.recent / self.baseline_avg, 1)

    @property
    def label(self) -> str:
        ratio = self.ratio
        return "new" if ratio is None else f"×{ratio:.1f}"


def trending(
    recent: dict[str, int],
    baseline: dict[str, int],
    *,
    baseline_days: int = TREND_BASELINE_DAYS,
    min_count: int = TREND_MIN_COUNT,
    limit: int = 10,
) -> list[Trend]:
    """Keys used at least `min_count` times recently and more than their baseline daily average.

    Ordered by how far above the baseline they are (then by recent count, then name), so a tag
    that went from 20 a day to 60 outranks one that went from 0 to 3.
    """
    out = []
    for key, count in recent.items():
        if count < min_count:
            continue
        avg = baseline.get(key, 0) / baseline_days
        if count > avg:
            out.append(Trend(key=key, recent=count, baseline_avg=round(avg, 2), excess=round(count - avg, 2)))
    out.sort(key=lambda t: (-t.excess, -t.recent, t.key))
    return out[:limit]


# --------------------------------------------------------------------------- audience growth


class AccountGrowth(_Frozen):
    account_id: int
    platform: str
    handle: str
    followers_now: int | None  # the registry's current figure
    first_at: datetime | None = None  # first sample in the period
    first: int | None = None
    last_at: datetime | None = None
    last: int | None = None
    daily: list[tuple[date, int]] = Field(default_factory=list)  # last sample of each London day

    @property
    def gained(self) -> int | None:
        return None if self.first is None or self.last is None else self.last - self.first

    @property
    def per_day(self) -> float | None:
        if self.first_at is None or self.last_at is None or self.first is None or self.last is None:
            return None
        return average_daily_growth(self.first_at, self.first, self.last_at, self.last)


def average_daily_growth(first_at: datetime, first: int, last_at: datetime, last: int) -> float | None:
    """Followers gained per day between two samples (one decimal); None if they are not a day apart."""
    days = (last_at - first_at).total_seconds() / 86400
    if days < 1:
        return None
    return round((last - first) / days, 1)


def daily_last(samples: Iterable[tuple[datetime, int]]) -> list[tuple[date, int]]:
    """The last sample of each London day, in day order (samples may come in any order)."""
    best: dict[date, tuple[datetime, int]] = {}
    for at, followers in samples:
        day = london_date(at)
        if day not in best or at > best[day][0]:
            best[day] = (at, followers)
    return [(day, best[day][1]) for day in sorted(best)]


# --------------------------------------------------------------------------- mention volume


class Volume(_Frozen):
    """Mentions in a period, bucketed by London day, London hour of day, network and sentiment."""

    days: list[date]
    per_day: list[int]
    per_hour: list[int]  # 24 London hours of the day
    per_network_day: dict[str, list[int]]  # aligned with `days`
    per_network: dict[str, int]
    per_sentiment: dict[str, int]
    total: int


def volume_from_hours(rows: Iterable[tuple[str, str, int]], period: Period,
                      per_sentiment: Mapping[str, int]) -> Volume:
    """Fold SQL rows `(utc_hour 'YYYY-MM-DDTHH', platform, count)` into London buckets.

    SQL groups by UTC hour (an index-only scan); turning UTC hours into London days and hours here
    keeps the clock-change days right (23 or 25 hours) without per-row work in SQLite. The
    period's counts per sentiment band (`SENTIMENT_BANDS`) come as they are.
    """
    days = period.day_list()
    index = {d: i for i, d in enumerate(days)}
    per_day = [0] * len(days)
    per_hour = [0] * 24
    per_network_day: dict[str, list[int]] = {}
    per_network: Counter[str] = Counter()
    total = 0
    for hour, platform, count in rows:
        local = utc_to_london(datetime.strptime(hour, "%Y-%m-%dT%H").replace(tzinfo=UTC))
        i = index.get(local.date())
        if i is None:
            continue
        per_day[i] += count
        per_hour[local.hour] += count
        per_network_day.setdefault(platform, [0] * len(days))[i] += count
        per_network[platform] += count
        total += count
    return Volume(
        days=days,
        per_day=per_day,
        per_hour=per_hour,
        per_network_day=dict(sorted(per_network_day.items())),
        per_network=dict(per_network.most_common()),
        per_sentiment={band: per_sentiment.get(band, 0) for band in SENTIMENT_BANDS},
        total=total,
    )


# --------------------------------------------------------------------------- SLA


class AssignmentRow(_Frozen):
    route: int
    status: str  # open | done | cancelled
    created_at: datetime
    due_at: datetime | None
    done_at: datetime | None


class _Deadlines(_Frozen):
    """Counts against a deadline: answered in time, answered late, or open and past it."""

    in_time: int
    late: int
    overdue: int

    @property
    def decided(self) -> int:
        """Those whose outcome is known: answered (in time or late) or already overdue."""
        return self.in_time + self.late + self.overdue

    @property
    def pct_in_time(self) -> float | None:
        return percent(self.in_time, self.decided)


class SlaFigures(_Deadlines):
    route: int
    cases: int  # assignments created in the period (cancelled ones left out)
    pending: int  # still open, not yet due
    no_deadline: int  # no due time (a route without an SLA)
    median_minutes: float | None  # created → done, for done ones


def sla_figures(rows: Iterable[AssignmentRow], now: datetime) -> list[SlaFigures]:
    """Per route: answered within the SLA (%) and the median time to first response."""
    by_route: dict[int, list[AssignmentRow]] = {}
    for row in rows:
        if row.status == "cancelled":
            continue
        by_route.setdefault(row.route, []).append(row)
    out = []
    for route in sorted(by_route):
        items = by_route[route]
        in_time = late = overdue = pending = no_deadline = 0
        durations = []
        for r in items:
            if r.status == "done" and r.done_at is not None:
                durations.append((r.done_at - r.created_at).total_seconds() / 60)
            if r.due_at is None:
                no_deadline += 1
            elif r.status == "done" and r.done_at is not None:
                if r.done_at <= r.due_at:
                    in_time += 1
                else:
                    late += 1
            elif r.due_at < now:
                overdue += 1
            else:
                pending += 1
        out.append(SlaFigures(route=route, cases=len(items), in_time=in_time, late=late, overdue=overdue,
                              pending=pending, no_deadline=no_deadline, median_minutes=median(durations)))
    return out


# --------------------------------------------------------------------------- FOI


class FoiCaseRow(_Frozen):
    id: int
    regime: str
    received_on: date
    status: str
    responded_on: date | None
    events: list[tuple[str, date]] = Field(default_factory=list)


class FoiMonth(_Deadlines):
    month: str  # YYYY-MM of receipt
    received: int
    pending: int  # open and not yet due, or the clock paused
    withdrawn: int
    unclear: int  # the recorded events do not make a valid clock
    days: str | None = None  # the days counted when the period covers part of the month: "8–30"

    @property
    def label(self) -> str:
        """"2026-11", or "2026-11 (8–30)" when only those days were counted: never a part as the whole."""
        return f"{self.month} ({self.days})" if self.days else self.month


_DATE_EVENTS = ("clarification_requested", "clarification_received", "fee_notice", "fee_paid", "pit_notified")
_FLAG_EVENTS = ("pit_extended", "eir_extended", "review_extended", "sar_extended")


def clock_events(events: Iterable[tuple[str, date]]) -> ClockEvents:
    """`foi_events` rows → `foi.ClockEvents`. The latest date of a kind wins (a second clarification
    restarts the clock again); kinds that do not move the clock (notes, reminders) are ignored."""
    from brent_tui.domain.foi import ClockEvents

    data: dict[str, object] = {}
    for kind, on in sorted(events, key=lambda e: e[1]):
        if kind in _DATE_EVENTS:
            data[kind] = on
        elif kind in _FLAG_EVENTS:
            data[kind] = True
    return ClockEvents(**data)


def _days_of(month: str, period: Period | None) -> str | None:
    """The days of `month` ("YYYY-MM") that `period` covers, when not all of them."""
    if period is None:
        return None
    first = date.fromisoformat(month + "-01")
    last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    start, end = max(first, period.first), min(last, period.last)
    return None if (start, end) == (first, last) else f"{start.day}–{end.day}"


def foi_monthly(cases: Iterable[FoiCaseRow], today: date, calendar: HolidayCalendar | None,
                period: Period | None = None) -> list[FoiMonth]:
    """Per month of receipt: requests answered within the statutory deadline, computed by brent_tui.domain.foi
    (`foi.timeliness`). A month the period covers only in part is labelled with its days."""
    from brent_tui.domain.foi import ClockError, due_date, timeliness

    months: dict[str, Counter[str]] = {}
    for case in cases:
        tally = months.setdefault(f"{case.received_on:%Y-%m}", Counter())
        tally["received"] += 1
        try:
            due = due_date(case.received_on, case.regime, clock_events(case.events), calendar).due
        except (ClockError, ValueError):
            tally["withdrawn" if case.status == "withdrawn" else "unclear"] += 1
            continue
        tally[timeliness(withdrawn=case.status == "withdrawn", responded_on=case.responded_on, due=due,
                         today=today)] += 1
    return [
        FoiMonth(month=m, received=t["received"], in_time=t["in_time"], late=t["late"], overdue=t["overdue"],
                 pending=t["pending"], withdrawn=t["withdrawn"], unclear=t["unclear"], days=_days_of(m, period))
        for m, t in sorted(months.items())
    ]


# --------------------------------------------------------------------------- posts and people


class PostEngagement(_Frozen):
    post_id: int
    platform: str
    handle: str
    published_at: datetime
    body: str
    replies: int  # as the network counted them; else cached mentions replying to it or in its thread
    reactions: int  # likes + reposts + quotes on the post itself
    url: str | None = None
    measured: str | None = None  # the age the network was last asked at ("7d"); None: the cache's own count
    impressions: int | None = None
    followers: int | None = None  # the account's, for the engagement rate where impressions are not given

    @property
    def engagement(self) -> int:
        return self.replies + self.reactions

    @property
    def rate(self) -> tuple[float, str] | None:
        return engagement_rate(self.engagement, impressions=self.impressions, followers=self.followers)

    @property
    def rate_words(self) -> str:
        """"2.4% of followers", or "–"."""
        rate = self.rate
        return "–" if rate is None else f"{100 * rate[0]:.1f}% {rate[1]}"

    @property
    def source_words(self) -> str:
        return STAGE_WORDS.get(self.measured, self.measured) if self.measured else "from the cache"


class AuthorRank(_Frozen):
    author_id: int
    platform: str
    handle: str
    name: str | None
    followers: int | None
    mentions: int
    avg_sentiment: float | None
    key_category: str | None = None


# --------------------------------------------------------------------------- the whole set


class Figures(_Frozen):
    """Everything the Insights tab shows and the report writes, for one period."""

    period: Period
    generated_at: datetime
    trend_end: datetime  # trending: the 24 hours up to here vs the 7 days before
    growth: list[AccountGrowth]
    volume: Volume
    topics: dict[str, int]
    departments: dict[str, int]
    trending_hashtags: list[Trend]
    trending_topics: list[Trend]
    routes: dict[int, int]
    sla: list[SlaFigures]
    foi: list[FoiMonth]
    top_posts: list[PostEngagement]
    influencers: list[AuthorRank]
    audit_chain: ChainHead | None = None  # set for a report, so a printed copy can be checked later

    def sla_for(self, route: int) -> SlaFigures | None:
        return next((s for s in self.sla if s.route == route), None)


ENGAGEMENT_NOTE = (
    "Engagement = likes + reposts + replies + quotes, as each network counted them when the poller read the "
    "post at 1 hour, 24 hours and 7 days. Posts are ranked by their engagement at 24 hours (the same age for "
    "all); younger ones follow with what they have so far, and a post not yet read counts the replies the "
    "cache holds. Rate: engagement ÷ impressions where the network gives them (X), else ÷ the account's "
    "followers."
)


class FigureRow(_Frozen):
    section: str
    figure: str
    key: str
    value: str


def figure_rows(f: Figures) -> list[FigureRow]:
    """Every figure as one flat row: the CSV and JSON reports, and the 'numbers' of each chart."""
    rows: list[FigureRow] = []

    def add(section: str, figure: str, key: object, value: object) -> None:
        text = "" if value is None else (f"{value:.1f}" if isinstance(value, float) else str(value))
        rows.append(FigureRow(section=section, figure=figure, key=str(key), value=text))

    add("period", "from", "", f.period.first.isoformat())
    add("period", "to", "", f.period.last.isoformat())
    add("period", "days", "", f.period.days)
    for g in f.growth:
        key = f"{g.platform}:{g.handle}"
        add("audience", "followers_now", key, g.followers_now)
        add("audience", "followers_start", key, g.first)
        add("audience", "followers_end", key, g.last)
        add("audience", "gained", key, g.gained)
        add("audience", "per_day", key, g.per_day)
    add("mentions", "total", "", f.volume.total)
    for day, n in zip(f.volume.days, f.volume.per_day, strict=True):
        add("mentions", "per_day", day.isoformat(), n)
    for hour, n in enumerate(f.volume.per_hour):
        add("mentions", "per_hour", f"{hour:02d}", n)
    for network, n in f.volume.per_network.items():
        add("mentions", "per_network", network, n)
    for band, n in f.volume.per_sentiment.items():
        add("mentions", "per_sentiment", band, n)
    for topic, n in f.topics.items():
        add("mentions", "per_topic", topic, n)
    for dept, n in f.departments.items():
        add("mentions", "per_department", dept, n)
    for t in f.trending_hashtags:
        add("trending", "hashtag_24h", "#" + t.key, t.recent)
        add("trending", "hashtag_baseline_per_day", "#" + t.key, t.baseline_avg)
    for t in f.trending_topics:
        add("trending", "topic_24h", t.key, t.recent)
        add("trending", "topic_baseline_per_day", t.key, t.baseline_avg)
    for route in sorted(ROUTE_NAMES):
        add("triage", "decisions", f"{route} {ROUTE_NAMES[route]}", f.routes.get(route, 0))
    for s in f.sla:
        key = f"{s.route} {ROUTE_NAMES.get(s.route, '')}".strip()
        add("sla", "cases", key, s.cases)
        add("sla", "in_time", key, s.in_time)
        add("sla", "late", key, s.late)
        add("sla", "overdue_open", key, s.overdue)
        add("sla", "pending", key, s.pending)
        add("sla", "pct_in_time", key, s.pct_in_time)
        add("sla", "median_minutes_to_response", key, s.median_minutes)
    for m in f.foi:
        add("foi", "received", m.label, m.received)
        add("foi", "in_time", m.label, m.in_time)
        add("foi", "late", m.label, m.late)
        add("foi", "overdue_open", m.label, m.overdue)
        add("foi", "pending", m.label, m.pending)
        add("foi", "withdrawn", m.label, m.withdrawn)
        add("foi", "pct_in_time", m.label, m.pct_in_time)
    for p in f.top_posts:
        key = f"post {p.post_id} {p.platform}:{p.handle}"
        add("posts", "engagement", key, p.engagement)
        add("posts", "replies", key, p.replies)
        add("posts", "reactions", key, p.reactions)
        add("posts", "rate", key, None if p.rate is None else round(100 * p.rate[0], 2))
    for a in f.influencers:
        key = f"{a.platform}:{a.handle}"
        add("people", "followers", key, a.followers)
        add("people", "mentions", key, a.mentions)
        add("people", "avg_sentiment", key, None if a.avg_sentiment is None else round(a.avg_sentiment, 2))
    if f.audit_chain is not None:
        add("audit", "chain", "rows", f.audit_chain.rows)
        add("audit", "chain", "head", f.audit_chain.head)
    return rows


def to_csv(f: Figures) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for r in figure_rows(f):
        writer.writerow((r.section, r.figure, r.key, r.value))
    return buffer.getvalue()


def to_json(f: Figures) -> str:
    """The figures as nested JSON (the models), plus the flat rows for tools that want them."""
    data = json.loads(f.model_dump_json())
    data["period"]["days"] = f.period.days
    for s, sla in zip(data["sla"], f.sla, strict=True):
        s["pct_in_time"] = sla.pct_in_time
    for m, month in zip(data["foi"], f.foi, strict=True):
        m["pct_in_time"] = month.pct_in_time
    data["rows"] = [r.model_dump() for r in figure_rows(f)]
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _md_cell(value: object) -> str:
    """Markdown table cells: untrusted text (handles, post bodies) must not break the table."""
    text = str(value).replace("\n", " ").replace("\r", " ")
    return text.replace("|", "\\|")


def _md_table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in rows]
    return lines


def to_markdown(f: Figures) -> str:
    """The monthly report for the management team."""
    from brent_tui.domain.text import clean, snippet

    out = [
        "# Social media report",
        "",
        f"**Period:** {f.period.label}  ",
        f"**Generated:** {format_london(f.generated_at)} (London)",
        "",
        "## Audience",
        "",
    ]
    out += _md_table(
        ["Account", "Followers now", "Start of period", "End of period", "Gained", "Per day"],
        [[f"{g.platform} {clean(g.handle, single_line=True)}", fmt_value(g.followers_now), fmt_value(g.first),
          fmt_value(g.last), fmt_value(g.gained), "–" if g.per_day is None else f"{g.per_day:.1f}"]
         for g in f.growth],
    )
    v = f.volume
    busiest = max(range(len(v.per_day)), key=lambda i: v.per_day[i]) if v.per_day else None
    out += ["", "## Mentions", "", f"{v.total:,} mentions in the period"
            + (f"; busiest day {fmt_day(v.days[busiest])} ({v.per_day[busiest]:,})." if busiest is not None
               and v.total else "."), ""]
    out += _md_table(["Network", "Mentions", "Share"],
                     [[n, f"{c:,}", fmt_value(percent(c, v.total), "%")] for n, c in v.per_network.items()])
    out += [""]
    out += _md_table(["Sentiment", "Mentions", "Share"],
                     [[b, f"{c:,}", fmt_value(percent(c, v.total), "%")] for b, c in v.per_sentiment.items()])
    out += ["", "### Topics", ""]
    out += _md_table(["Topic", "Mentions"], [[clean(t, single_line=True), f"{c:,}"] for t, c in f.topics.items()])
    out += ["", "### Departments", ""]
    out += _md_table(["Department", "Mentions"],
                     [[clean(d, single_line=True), f"{c:,}"] for d, c in f.departments.items()])
    out += ["", "## Trending (last 24 hours against the previous 7 days' daily average)", ""]
    out += _md_table(
        ["Hashtag or topic", "Last 24 h", "Daily average before", "Change"],
        [[f"#{clean(t.key, single_line=True)}", t.recent, fmt_value(t.baseline_avg), t.label]
         for t in f.trending_hashtags]
        + [[clean(t.key, single_line=True), t.recent, fmt_value(t.baseline_avg), t.label]
           for t in f.trending_topics],
    )
    out += ["", "## Triage outcomes", ""]
    total_routes = sum(f.routes.values())
    out += _md_table(["Route", "Decisions", "Share"],
                     [[f"{r} {ROUTE_NAMES[r]}", f.routes.get(r, 0), fmt_value(percent(f.routes.get(r, 0),
                                                                                      total_routes), "%")]
                      for r in sorted(ROUTE_NAMES)])
    out += ["", "## Response times (SLA)", ""]
    out += _md_table(
        ["Route", "Cases", "In time", "Late", "Overdue (open)", "Pending", "Within SLA", "Median to response"],
        [[f"{s.route} {ROUTE_NAMES.get(s.route, '')}", s.cases, s.in_time, s.late, s.overdue, s.pending,
          fmt_value(s.pct_in_time, "%"), fmt_minutes(s.median_minutes)] for s in f.sla],
    )
    out += ["", "## FOI and EIR requests answered within the deadline", ""]
    out += _md_table(
        ["Month received", "Received", "In time", "Late", "Overdue (open)", "Pending", "Withdrawn", "In time %"],
        [[m.label, m.received, m.in_time, m.late, m.overdue, m.pending, m.withdrawn, fmt_value(m.pct_in_time, "%")]
         for m in f.foi],
    )
    out += ["", "ICO marks: 95% or more in time is good; under 90% triggers monitoring.", "",
            "## Posts that earned the most engagement", ""]
    out += _md_table(
        ["Published", "Account", "Post", "Replies", "Reactions", "Engagement", "Rate", "Counted"],
        [[format_london(p.published_at, "%d %b %H:%M"), f"{p.platform} {clean(p.handle, single_line=True)}",
          snippet(p.body, 60), p.replies, p.reactions, p.engagement, p.rate_words, p.source_words]
         for p in f.top_posts],
    )
    out += ["", ENGAGEMENT_NOTE, "", "## Most-followed people talking about the council", ""]
    out += _md_table(
        ["Author", "Followers", "Mentions", "Average tone", "Key person"],
        [[f"{a.platform} {clean(a.handle, single_line=True)}", fmt_value(a.followers), a.mentions,
          "–" if a.avg_sentiment is None else f"{a.avg_sentiment:+.2f}", a.key_category or ""]
         for a in f.influencers],
    )
    if f.audit_chain is not None:
        out += ["", f.audit_chain.markdown()]
    return "\n".join(out) + "\n"
