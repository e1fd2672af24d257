"""The Insights tab: audience growth, mention volumes, trends, triage, SLA, FOI and posts as charts.

Each figure is a `Chart`; `n` on a chart shows its numbers. `[`/`]` step the period, `p` changes
its length. The figures come from one store call in a worker (aggregated in SQL), so the tab
opens fast on a million mentions and the UI never waits on the database.
"""

from __future__ import annotations

import time
from datetime import date, timedelta
from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from brent_tui import clock, paths
from brent_tui.domain.entities import Entity
from brent_tui.domain.insights import (
    ENGAGEMENT_NOTE,
    ROUTE_NAMES,
    TREND_MIN_COUNT,
    Figures,
    Period,
    fmt_minutes,
    fmt_value,
    to_markdown,
)
from brent_tui.domain.london import format_london
from brent_tui.domain.text import snippet
from brent_tui.screens.base import BrentScreen
from brent_tui.widgets.chart import Chart, ChartSpec

PERIOD_LENGTHS = (7, 30, 90)
MENTION_REFRESH_SECONDS = 60

CHARTS: list[tuple[str, str]] = [
    ("growth", "Followers per account (last count each day)"),
    ("volume", "Mentions per day"),
    ("networks", "Mentions per day by network"),
    ("hours", "Mentions by hour of day (London)"),
    ("sentiment", "Mentions by sentiment"),
    ("topics", "Mentions by topic"),
    ("departments", "Mentions by department"),
    ("hashtags", "Trending hashtags: last 24 h vs previous 7 days"),
    ("trending_topics", "Trending topics: last 24 h vs previous 7 days"),
    ("routes", "Triage outcomes per route"),
    ("sla", "Answered within SLA, per route"),
    ("foi", "FOI/EIR requests answered within the deadline, per month received"),
    ("posts", "Posts that earned the most engagement"),
]


def _day(d: date) -> str:
    return f"{d.day} {d:%b}"


def build_specs(f: Figures) -> dict[str, ChartSpec]:
    """The charts of the tab from one set of figures (pure: no IO)."""
    titles = dict(CHARTS)
    v = f.volume
    days = [_day(d) for d in v.days]
    specs: dict[str, ChartSpec] = {}

    growth_rows, growth_series, growth_text = [], [], []
    for g in f.growth:
        name = f"{g.platform} {g.handle}"
        per_day = "–" if g.per_day is None else f"{g.per_day:+.1f}/day"
        growth_rows.append([name, fmt_value(g.followers_now), fmt_value(g.first), fmt_value(g.last),
                            fmt_value(g.gained), per_day])
        values = [float(n) for _, n in g.daily]
        growth_series.append((name, values or [0.0]))
        growth_text.append(f"{fmt_value(g.last if g.last is not None else g.followers_now)} {per_day}")
    specs["growth"] = ChartSpec(
        key="growth", title=titles["growth"], kind="series", labels=days, series=growth_series,
        series_text=growth_text, relative=True,
        table_headers=["Account", "Now", "Start", "End", "Gained", "Per day"], table_rows=growth_rows,
        note="Each line is scaled between its own low and high. Average daily growth = (last − first sample) "
             "÷ days between them.",
        empty="No follower counts recorded in this period.",
    )
    specs["volume"] = ChartSpec(key="volume", title=f"{titles['volume']} — {v.total:,} in all", kind="series",
                                labels=days, series=[("", [float(n) for n in v.per_day])])
    specs["networks"] = ChartSpec(key="networks", title=titles["networks"], kind="series", labels=days,
                                  series=[(n, [float(x) for x in vals]) for n, vals in v.per_network_day.items()])
    specs["hours"] = ChartSpec(key="hours", title=titles["hours"], kind="series",
                               labels=[f"{h:02d}:00" for h in range(24)],
                               series=[("", [float(n) for n in v.per_hour])])
    specs["sentiment"] = _bars("sentiment", titles["sentiment"], v.per_sentiment, total=v.total,
                               note="Unscored: mentions the triage scoring has not reached yet.")
    specs["topics"] = _bars("topics", titles["topics"], f.topics, total=v.total)
    specs["departments"] = _bars("departments", titles["departments"], f.departments, total=v.total)
    for key, trends, prefix in (("hashtags", f.trending_hashtags, "#"), ("trending_topics", f.trending_topics, "")):
        specs[key] = ChartSpec(
            key=key, title=titles[key], kind="bars", labels=[prefix + t.key for t in trends],
            series=[("last 24 h", [float(t.recent) for t in trends])],
            value_text=[f"{t.recent:,} ({t.label}, {t.baseline_avg:.1f}/day before)" for t in trends],
            table_headers=["", "Last 24 h", "Per day before", "Change"],
            table_rows=[[prefix + t.key, str(t.recent), f"{t.baseline_avg:.1f}", t.label] for t in trends],
            note=f"Up to {format_london(f.trend_end, '%d %b %H:%M')}; at least {TREND_MIN_COUNT} mentions and "
                 "above the daily average of the 7 days before.",
            empty="Nothing trending above its baseline.",
        )
    total_routes = sum(f.routes.values())
    specs["routes"] = ChartSpec(
        key="routes", title=titles["routes"], kind="bars",
        labels=[f"{r} {ROUTE_NAMES[r]}" for r in sorted(ROUTE_NAMES)],
        series=[("decisions", [float(f.routes.get(r, 0)) for r in sorted(ROUTE_NAMES)])],
        value_text=[f"{f.routes.get(r, 0):,}  {fmt_value(_pct(f.routes.get(r, 0), total_routes), '%')}"
                    for r in sorted(ROUTE_NAMES)],
        note="Current decisions only (undone or changed ones are replaced).",
    )
    specs["sla"] = ChartSpec(
        key="sla", title=titles["sla"], kind="bars",
        labels=[f"{s.route} {ROUTE_NAMES.get(s.route, '')}" for s in f.sla],
        series=[("within SLA", [s.pct_in_time or 0.0 for s in f.sla])], unit="%",
        value_text=[f"{fmt_value(s.pct_in_time, '%')} ({s.in_time} of {s.decided}) · median "
                    f"{fmt_minutes(s.median_minutes)}" for s in f.sla],
        table_headers=["Route", "Cases", "In time", "Late", "Overdue", "Pending", "Within SLA", "Median"],
        table_rows=[[f"{s.route} {ROUTE_NAMES.get(s.route, '')}", str(s.cases), str(s.in_time), str(s.late),
                     str(s.overdue), str(s.pending), fmt_value(s.pct_in_time, "%"), fmt_minutes(s.median_minutes)]
                    for s in f.sla],
        note="Cases assigned in the period. % = answered by the due time ÷ (answered + open past due). "
             "Median: assignment to done.",
        empty="No routed cases in this period.",
    )
    specs["foi"] = ChartSpec(
        key="foi", title=titles["foi"], kind="bars", labels=[m.label for m in f.foi],
        series=[("in time", [m.pct_in_time or 0.0 for m in f.foi])], unit="%",
        value_text=[f"{fmt_value(m.pct_in_time, '%')} ({m.in_time} of {m.decided})" for m in f.foi],
        table_headers=["Month", "Received", "In time", "Late", "Overdue", "Pending", "Withdrawn", "In time %"],
        table_rows=[[m.label, str(m.received), str(m.in_time), str(m.late), str(m.overdue), str(m.pending),
                     str(m.withdrawn), fmt_value(m.pct_in_time, "%")] for m in f.foi],
        note="Deadlines computed from receipt and clock events (UK working days). ICO: ≥ 95% good, < 90% monitored.",
        empty="No FOI or EIR requests received in this period.",
    )
    specs["posts"] = ChartSpec(
        key="posts", title=titles["posts"], kind="bars",
        labels=[f"{p.handle}: {snippet(p.body, 40)}" for p in f.top_posts],
        series=[("engagement", [float(p.engagement) for p in f.top_posts])],
        value_text=[f"{p.engagement:,} · {p.rate_words} ({p.replies} replies, {p.reactions} reactions, "
                    f"{p.source_words})" for p in f.top_posts],
        table_headers=["Post", "Published", "Replies", "Reactions", "Engagement", "Rate", "Counted"],
        table_rows=[[f"{p.platform} {p.handle}: {snippet(p.body, 50)}",
                     format_london(p.published_at, "%d %b %H:%M"), str(p.replies), str(p.reactions),
                     str(p.engagement), p.rate_words, p.source_words] for p in f.top_posts],
        note=ENGAGEMENT_NOTE, empty="No posts published in this period.",
    )
    return specs


def _pct(part: int, whole: int) -> float | None:
    return None if whole <= 0 else round(100.0 * part / whole, 1)


def _bars(key: str, title: str, counts: dict[str, int], *, total: int, note: str = "", top: int = 12) -> ChartSpec:
    items = list(counts.items())
    shown = items[:top]
    return ChartSpec(
        key=key, title=title, kind="bars", labels=[k for k, _ in shown], series=[("mentions", [float(n) for _, n in shown])],
        value_text=[f"{n:,}  {fmt_value(_pct(n, total), '%')}" for _, n in shown],
        table_headers=["", "Mentions", "Share"],
        table_rows=[[k, f"{n:,}", fmt_value(_pct(n, total), "%")] for k, n in items],
        note=(note + " " if note else "") + (f"Top {top} of {len(items)} shown; n lists all." if len(items) > top
                                             else ""),
    )


PERIOD = Binding.Group("Earlier/later")  # `[ ]` in the footer


class InsightsScreen(BrentScreen):
    """Insights: audience, mentions, trends, triage, SLA, FOI and posts — each chart's numbers one key away."""

    MODE = "insights"
    REFRESH_ON = frozenset({Entity.NEW_MENTIONS, Entity.DECISIONS, Entity.ASSIGNMENTS, Entity.FOI, Entity.POSTS,
                            Entity.ACCOUNTS, Entity.KEY_PEOPLE})
    CSS_PATH = "insights.tcss"
    BINDINGS = [
        Binding("left_square_bracket", "shift(-1)", "Earlier", id="insights.earlier", group=PERIOD,
                tooltip="The period before"),
        Binding("right_square_bracket", "shift(1)", "Later", id="insights.later", group=PERIOD,
                tooltip="The period after"),
        Binding("p", "cycle_length", "Period", id="insights.length", tooltip="A week, 30 days, a quarter or a year"),
        Binding("0", "this_period", "Today", id="insights.today", tooltip="Back to the period up to today"),
        Binding("u", "people", "People", id="insights.people",
                tooltip="Who talks about the council: reach, how often, tone"),
        Binding("k", "key_people", "Key people", id="insights.key_people",
                tooltip="Councillors, MPs, journalists and groups: add, edit, delete"),
        Binding("m", "monthly_report", "Report", id="insights.report", tooltip="Write last month's report"),
        Binding("r", "refresh", "Refresh", id="insights.refresh", tooltip="Read the figures again"),
    ]
    KEY_GROUPS: ClassVar = (
        ("The period", ("insights.earlier", "insights.later", "insights.length", "insights.today",
                        "insights.refresh")),
        ("More detail", ("insights.numbers", "insights.people", "insights.key_people", "insights.report")),
    )
    PALETTE: ClassVar[list[tuple[str, str, str]]] = [
        ("People and influencers", "Authors talking about the council by reach, frequency and tone", "people"),
        ("Key people", "Councillors, MPs, journalists, groups and blogs: add, edit, delete", "key_people"),
        ("Monthly report", "Write last month's Markdown report for the management team", "monthly_report"),
        ("Insights: earlier period", "Step the Insights period back", "shift(-1)"),
        ("Insights: period length", "Switch between 7, 30 and 90 days", "cycle_length"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.length = 30
        self.period = Period.last_days(clock.now(), self.length)
        self.figures: Figures | None = None
        self._loaded_at = 0.0

    def compose_body(self) -> ComposeResult:
        yield Static(id="insights-status", markup=False)
        with VerticalScroll(id="insights-charts"):
            for key, title in CHARTS:
                yield Chart(ChartSpec(key=key, title=title, kind="bars", labels=[], series=[], empty="Loading…"),
                            id=f"chart-{key}")

    def on_mount(self) -> None:
        self._status("Loading…")
        self.load()

    def _status(self, extra: str = "") -> None:
        # The keys are in the footer and `?`: this line is the period, so it fits at 80 columns.
        self.query_one("#insights-status", Static).update(f"{self.period.label}   {extra}".rstrip())

    @work(exclusive=True, exit_on_error=False, group="insights")
    async def load(self) -> None:
        started = time.perf_counter()
        try:
            # quick figures first (index and rollup reads), then the hashtags (a text scan)
            figures = await self.store.figures(self.period, now=clock.now(), thresholds=self.config.triage,
                                               hashtags=False, influencers=False)
            self._show(figures)
            self._status(f"({time.perf_counter() - started:.2f} s; hashtags…)")
            tags = await self.store.trending_hashtags(figures.trend_end)
        except Exception as exc:  # shown, never a traceback on screen
            self._status("could not load the figures")
            self.show_error(exc)
            return
        self._show(figures.model_copy(update={"trending_hashtags": tags}))
        self._loaded_at = time.monotonic()
        self._status(f"({time.perf_counter() - started:.2f} s)")

    def _show(self, figures: Figures) -> None:
        self.figures = figures
        for key, spec in build_specs(figures).items():
            self.query_one(f"#chart-{key}", Chart).set_spec(spec)
        self.loaded = True

    # ------------------------------------------------------------------ actions

    def action_shift(self, periods: int) -> None:
        self.period = self.period.shifted(periods)
        self._status("Loading…")
        self.load()

    def action_cycle_length(self) -> None:
        i = PERIOD_LENGTHS.index(self.length) if self.length in PERIOD_LENGTHS else 0
        self.length = PERIOD_LENGTHS[(i + 1) % len(PERIOD_LENGTHS)]
        self.period = Period(first=self.period.last - timedelta(days=self.length - 1), last=self.period.last)
        self._status("Loading…")
        self.load()

    def action_this_period(self) -> None:
        self.period = Period.last_days(clock.now(), self.length)
        self._status("Loading…")
        self.load()

    def action_refresh(self) -> None:
        self.load()

    def action_people(self) -> None:
        from brent_tui.screens.people import PeopleScreen

        self.app.push_screen(PeopleScreen(self.period))

    def action_key_people(self) -> None:
        from brent_tui.screens.people import PeopleScreen

        self.app.push_screen(PeopleScreen(self.period, focus_key_people=True))

    def action_monthly_report(self) -> None:
        today = clock.today()
        last = today.replace(day=1) - timedelta(days=1)
        self.write_report(Period(first=last.replace(day=1), last=last))

    @work(exclusive=True, exit_on_error=False, group="insights-report")
    async def write_report(self, period: Period) -> None:
        import asyncio

        try:
            figures = await self.store.figures(period, now=clock.now(), thresholds=self.config.triage)
            figures = figures.model_copy(update={"audit_chain": await self.store.chain_head()})
            folder = paths.data_dir() / "reports"
            target = folder / f"brent-report-{period.first:%Y-%m}.md"

            def write() -> None:
                folder.mkdir(parents=True, exist_ok=True)
                target.write_text(to_markdown(figures), encoding="utf-8")

            await asyncio.to_thread(write)
        except Exception as exc:
            self.show_error(exc)
            return
        self.notify(f"Report for {period.label} written to {target}. CSV: brent-tui report --format csv",
                    title="Monthly report", markup=False, timeout=12)

    # ------------------------------------------------------------------ live

    def data_changed(self, entities: frozenset[Entity]) -> None:
        """New mentions alone redraw the charts at most once a minute; anything else at once."""
        if entities != {Entity.NEW_MENTIONS} or time.monotonic() - self._loaded_at > MENTION_REFRESH_SECONDS:
            self.load()
