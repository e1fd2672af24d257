"""Pure Insights rules: periods across clock changes, hashtags, trending, growth, SLA, formats."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime

import pytest

from brent_tui.domain.insights import (
    CSV_HEADER,
    AssignmentRow,
    Period,
    average_daily_growth,
    daily_last,
    hashtags,
    median,
    percent,
    sla_figures,
    trending,
    volume_from_hours,
)
from brent_tui.domain.triage import default_settings

pytestmark = pytest.mark.contract  # on SQLite and on PostgreSQL (tests/conftest.py)


def test_period_bounds_follow_london_clock_changes() -> None:
    # BST ends Sun 25 Oct 2026: 24 Oct starts 23:00Z on the 23rd, 26 Oct starts 00:00Z
    p = Period.of(date(2026, 10, 24), date(2026, 10, 25))
    assert p.start == datetime(2026, 10, 23, 23, tzinfo=UTC)
    assert p.end == datetime(2026, 10, 26, 0, tzinfo=UTC)
    assert p.days == 2
    assert Period.last_days(datetime(2026, 11, 20, 12, tzinfo=UTC), 30).first == date(2026, 10, 22)
    assert p.shifted(-1) == Period.of(date(2026, 10, 22), date(2026, 10, 23))
    with pytest.raises(ValueError):
        Period.of(date(2026, 10, 25), date(2026, 10, 24))


def test_volume_folds_utc_hours_into_london_days_and_hours() -> None:
    p = Period.of(date(2026, 10, 24), date(2026, 10, 25))
    rows = [
        ("2026-10-23T22", "x", 5),  # 23:00 BST on the 23rd: outside
        ("2026-10-23T23", "x", 2),  # 00:00 BST on the 24th
        ("2026-10-25T00", "x", 3),  # 01:00 BST on the 25th
        ("2026-10-25T01", "mastodon", 4),  # 01:00 GMT (the repeated hour)
        ("2026-10-25T23", "x", 1),  # 23:00 GMT on the 25th
    ]
    v = volume_from_hours(rows, p, {"positive": 3, "negative": 2, "unscored": 1, "neutral": 4})
    assert v.total == 10 and v.per_day == [2, 8]
    assert v.per_hour[0] == 2 and v.per_hour[1] == 7 and v.per_hour[23] == 1
    assert v.per_network == {"x": 6, "mastodon": 4}
    assert v.per_network_day == {"mastodon": [0, 4], "x": [2, 4]}
    assert v.per_sentiment == {"negative": 2, "neutral": 4, "positive": 3, "unscored": 1}


@pytest.mark.parametrize(("text", "tags"), [
    ("Bins #Kilburn #bins and #BINS", ["kilburn", "bins"]),
    ("see https://brent.gov.uk/page#section and &#39; entity", []),
    ("#1 in the league, #2026", []),
    ("#Brent2026 culture #LBOC_", ["brent2026", "lboc"]),
    ("(#Wembley) #Harlesden.", ["wembley", "harlesden"]),
    ("##double", []),
    ("", []),
])
def test_hashtags(text: str, tags: list[str]) -> None:
    assert hashtags(text) == tags


def test_trending_needs_minimum_and_beats_baseline() -> None:
    recent = {"wembley": 60, "bins": 3, "parks": 2, "tax": 10, "new": 3}
    baseline = {"wembley": 140, "bins": 0, "parks": 0, "tax": 70}  # per day: 20, 0, 0, 10
    out = trending(recent, baseline)
    # wembley 60 vs 20 → +40; bins 3 vs 0 → +3; new 3 vs 0 → +3 (name order); tax 10 = 10 not above; parks < 3
    assert [(t.key, t.excess, t.label) for t in out] == [("wembley", 40.0, "×3.0"), ("bins", 3.0, "new"),
                                                         ("new", 3.0, "new")]
    assert trending(recent, baseline, limit=1)[0].key == "wembley"


def test_growth_and_daily_last() -> None:
    t0 = datetime(2026, 11, 1, 9, tzinfo=UTC)
    t1 = datetime(2026, 11, 11, 9, tzinfo=UTC)
    assert average_daily_growth(t0, 10_477, t1, 10_597) == 12.0  # +120 in 10 days
    assert average_daily_growth(t0, 1, t0, 5) is None
    samples = [(datetime(2026, 11, 1, 23, 30, tzinfo=UTC), 3), (datetime(2026, 11, 1, 8, tzinfo=UTC), 1),
               (datetime(2026, 11, 2, 1, tzinfo=UTC), 4)]
    assert daily_last(samples) == [(date(2026, 11, 1), 3), (date(2026, 11, 2), 4)]


def test_small_helpers() -> None:
    assert percent(1, 3) == 33.3 and percent(0, 0) is None
    assert median([3, 1, 2]) == 2 and median([1, 2]) == 1.5 and median([]) is None


def test_sla_boundary_answered_exactly_at_due_time_is_in_time() -> None:
    t = datetime(2026, 11, 20, 9, tzinfo=UTC)
    due = datetime(2026, 11, 21, 9, tzinfo=UTC)
    [s] = sla_figures([AssignmentRow(route=2, status="done", created_at=t, due_at=due, done_at=due)], now=due)
    assert (s.in_time, s.late, s.pct_in_time, s.median_minutes) == (1, 0, 100.0, 1440.0)


async def test_csv_json_and_markdown_read_back(store) -> None:
    from tests.test_insights_store import NOW, PERIOD, build

    await build(store)
    from brent_tui.domain.insights import to_csv, to_json, to_markdown

    f = await store.figures(PERIOD, now=NOW, thresholds=default_settings())
    rows = list(csv.DictReader(io.StringIO(to_csv(f))))
    assert tuple(rows[0]) == CSV_HEADER
    lookup = {(r["section"], r["figure"], r["key"]): r["value"] for r in rows}
    assert lookup[("mentions", "total", "")] == "10"
    assert lookup[("sla", "pct_in_time", "2 Customer services")] == "33.3"
    assert lookup[("trending", "hashtag_24h", "#wembley")] == "3"
    data = json.loads(to_json(f))
    assert data["volume"]["total"] == 10 and data["sla"][0]["pct_in_time"] == 33.3
    md = to_markdown(f)
    assert "| x BrentCouncil | 10,040 | 10,010 | 10,040 | 30 | 15.0 |" in md
    assert "| 2 Customer services | 4 | 1 | 1 | 1 | 1 | 33.3% | 16h 30m |" in md


def test_a_month_the_period_covers_in_part_is_labelled_with_its_days() -> None:
    from brent_tui.domain.insights import FoiCaseRow, Period, foi_monthly

    cases = [FoiCaseRow(id=i, regime="foi", received_on=day, status="open", responded_on=None, events=[])
             for i, day in enumerate((date(2026, 11, 10), date(2026, 12, 2)))]
    months = foi_monthly(cases, date(2026, 12, 7), None, Period.of(date(2026, 11, 8), date(2026, 12, 7)))
    assert [m.label for m in months] == ["2026-11 (8–30)", "2026-12 (1–7)"]
    whole = foi_monthly(cases[:1], date(2026, 12, 7), None, Period.of(date(2026, 11, 1), date(2026, 11, 30)))
    assert [m.label for m in whole] == ["2026-11"]


def test_the_foi_tab_and_insights_count_timeliness_by_one_rule() -> None:
    from brent_tui.domain.foi import timeliness

    today = date(2026, 12, 7)
    due = date(2026, 12, 1)
    assert timeliness(withdrawn=False, responded_on=date(2026, 11, 30), due=due, today=today) == "in_time"
    assert timeliness(withdrawn=False, responded_on=date(2026, 12, 2), due=due, today=today) == "late"
    assert timeliness(withdrawn=False, responded_on=None, due=due, today=today) == "overdue"
    assert timeliness(withdrawn=False, responded_on=None, due=date(2026, 12, 8), today=today) == "pending"
    assert timeliness(withdrawn=True, responded_on=None, due=due, today=today) == "withdrawn"
    assert timeliness(withdrawn=False, responded_on=date(2026, 12, 2), due=None, today=today) == "unclear"
