"""London scheduling, grid periods, clashes, forward planner and best times.

Calendar facts used below, worked out by hand:
* 1 Jan 2026 is a Thursday; 1 Oct 2026 is 273 days later (273 = 39 weeks) → Thursday, so the
  Sundays of October 2026 are 4, 11, 18, 25: clocks go back on Sun 25 Oct 2026 (02:00 BST →
  01:00 GMT). Sat 24 Oct 2026 is the day before.
* 1 Mar 2027 is a Monday (1 Jan 2027 Friday + 59 days = +3 weekdays), so the last Sunday is
  28 Mar 2027: clocks go forward 01:00 GMT → 02:00 BST. Sat 27 Mar 2027 is the day before.
* 1 Nov 2026 is a Sunday (1 Oct Thursday + 31 days = +3), so Mon 23 Nov, Wed 25 Nov 2026.
* 1 Jul 2026 is a Wednesday (1 Jan Thursday + 181 days = +6), so Mon 6 Jul, Tue 7 Jul 2026.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from brent_tui.domain.london import ScheduleError, format_london, london_to_utc, utc_to_london
from brent_tui.domain.models import PlannedPost
from brent_tui.domain.schedule import (
    CampaignSpan,
    best_times,
    clashes,
    forward_planner,
    grid_days,
    move,
    period,
    step,
)
from brent_tui.domain.tone import CapOverride, ToneSettings


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# --------------------------------------------------------------------------- DST


def test_move_across_october_change_keeps_london_wall_clock() -> None:
    # Sat 24 Oct 2026 09:00 London is BST (UTC+1) → 08:00 UTC.
    saturday = london_to_utc(date(2026, 10, 24), time(9, 0))
    assert saturday == utc(2026, 10, 24, 8, 0)
    # +1 day in London wall-clock: Sun 25 Oct 09:00, now GMT → 09:00 UTC (not 08:00).
    sunday = move(saturday, days=1)
    assert sunday == utc(2026, 10, 25, 9, 0)
    assert utc_to_london(sunday).strftime("%a %H:%M") == "Sun 09:00"


def test_move_across_march_change_keeps_london_wall_clock() -> None:
    # Sat 27 Mar 2027 09:00 London is GMT → 09:00 UTC.
    saturday = london_to_utc(date(2027, 3, 27), time(9, 0))
    assert saturday == utc(2027, 3, 27, 9, 0)
    # +1 day: Sun 28 Mar 09:00 is BST → 08:00 UTC.
    assert move(saturday, days=1) == utc(2027, 3, 28, 8, 0)
    # and back again
    assert move(utc(2027, 3, 28, 8, 0), days=-1) == saturday


def test_missing_hour_is_refused_with_a_clear_message() -> None:
    with pytest.raises(ScheduleError) as err:
        london_to_utc(date(2027, 3, 28), time(1, 30))
    message = str(err.value)
    assert "01:30" in message and "does not exist" in message
    assert "01:00" in message and "02:00" in message  # the gap, so the officer can choose
    assert isinstance(err.value, ValueError)


def test_missing_hour_edges() -> None:
    # 00:59 GMT is fine (= 00:59 UTC); 02:00 BST is the first valid minute (= 01:00 UTC).
    assert london_to_utc(date(2027, 3, 28), time(0, 59)) == utc(2027, 3, 28, 0, 59)
    assert london_to_utc(date(2027, 3, 28), time(2, 0)) == utc(2027, 3, 28, 1, 0)
    with pytest.raises(ScheduleError):
        london_to_utc(date(2027, 3, 28), time(1, 0))
    with pytest.raises(ScheduleError):
        london_to_utc(date(2027, 3, 28), time(1, 59))


def test_missing_hour_shift_option_moves_forward_by_the_gap() -> None:
    # 01:30 does not exist; shifting gives 02:30 BST = 01:30 UTC.
    shifted = london_to_utc(date(2027, 3, 28), time(1, 30), nonexistent="shift")
    assert shifted == utc(2027, 3, 28, 1, 30)
    assert utc_to_london(shifted).strftime("%H:%M %Z") == "02:30 BST"


def test_move_into_the_gap_is_refused_unless_shifted() -> None:
    # 00:30 GMT on 28 Mar 2027 (= 00:30 UTC) + 1 h wall-clock = 01:30, which does not exist.
    with pytest.raises(ScheduleError):
        move(utc(2027, 3, 28, 0, 30), hours=1)
    assert move(utc(2027, 3, 28, 0, 30), hours=1, nonexistent="shift") == utc(2027, 3, 28, 1, 30)


def test_repeated_hour_takes_first_occurrence() -> None:
    # 01:30 on Sun 25 Oct 2026 happens twice: first in BST (00:30 UTC), then GMT (01:30 UTC).
    # We choose the first (fold=0).
    assert london_to_utc(date(2026, 10, 25), time(1, 30)) == utc(2026, 10, 25, 0, 30)
    # Either side: 00:59 BST = 23:59 UTC the day before; 02:00 GMT = 02:00 UTC.
    assert london_to_utc(date(2026, 10, 25), time(0, 59)) == utc(2026, 10, 24, 23, 59)
    assert london_to_utc(date(2026, 10, 25), time(2, 0)) == utc(2026, 10, 25, 2, 0)
    # Even an aware fold=1 time is read as fold=0: the rule is one rule.
    assert london_to_utc(date(2026, 10, 25), time(1, 30, fold=1)) == utc(2026, 10, 25, 0, 30)


def test_format_and_convert() -> None:
    # 1 Jul 2026 is a Wednesday; 11:00 UTC is 12:00 BST.
    assert format_london(utc(2026, 7, 1, 11, 0)) == "Wed 01 Jul 2026 12:00"
    # In winter London = UTC.
    assert format_london(utc(2026, 12, 1, 11, 0), "%H:%M") == "11:00"
    with pytest.raises(ValueError):
        utc_to_london(datetime(2026, 7, 1, 11, 0))  # naive: refused


# --------------------------------------------------------------------------- periods


def test_week_and_fortnight_start_on_monday() -> None:
    wed = date(2026, 11, 25)
    assert period("week", wed) == (date(2026, 11, 23), date(2026, 11, 29))
    # Fortnight: Monday of anchor's week + 13 days → Sun 6 Dec.
    assert period("fortnight", wed) == (date(2026, 11, 23), date(2026, 12, 6))
    # A Sunday belongs to the week that started the Monday before.
    assert period("fortnight", date(2026, 11, 29)) == (date(2026, 11, 23), date(2026, 12, 6))
    assert period("fortnight", date(2026, 11, 23)) == (date(2026, 11, 23), date(2026, 12, 6))
    # The next Monday starts a new fortnight from that Monday.
    assert period("fortnight", date(2026, 11, 30)) == (date(2026, 11, 30), date(2026, 12, 13))


def test_month_period_and_leap_years() -> None:
    assert period("month", date(2028, 2, 10)) == (date(2028, 2, 1), date(2028, 2, 29))
    assert period("month", date(2027, 2, 10)) == (date(2027, 2, 1), date(2027, 2, 28))


def test_month_grid_pads_to_whole_weeks() -> None:
    # Nov 2026: 1st is a Sunday → grid starts Mon 26 Oct; 30th is a Monday → ends Sun 6 Dec.
    rows = grid_days("month", date(2026, 11, 15))
    assert rows[0][0] == date(2026, 10, 26)
    assert rows[-1][-1] == date(2026, 12, 6)
    assert len(rows) == 6 and all(len(r) == 7 for r in rows)
    assert len(grid_days("fortnight", date(2026, 11, 25))) == 2


def test_step_between_periods() -> None:
    assert step("fortnight", date(2026, 11, 25)) == date(2026, 12, 9)
    assert step("month", date(2026, 1, 31)) == date(2026, 2, 28)
    assert step("month", date(2026, 1, 31), -1) == date(2025, 12, 31)


# --------------------------------------------------------------------------- clashes


def post(pid: int, handle: str, at: datetime, campaign: str | None = None) -> PlannedPost:
    return PlannedPost(post_id=pid, account_handle=handle, at=at, campaign=campaign, title=f"post {pid}")


def test_min_gap_clash_and_exact_gap_allowed() -> None:
    settings = ToneSettings()  # 60 minutes, 6 a day
    posts = [
        post(1, "@BrentCouncil", utc(2026, 11, 24, 9, 0)),
        post(2, "brentcouncil", utc(2026, 11, 24, 9, 30)),  # same account, 30 min → clash
        post(3, "@BrentCouncil", utc(2026, 11, 24, 10, 30)),  # 60 min after #2 → allowed
        post(4, "@brent_libraries", utc(2026, 11, 24, 9, 10)),  # other account → no clash
    ]
    found = clashes(posts, settings)
    assert len(found) == 1
    c = found[0]
    assert (c.kind, c.post_ids) == ("min_gap", [1, 2])
    assert "30 minutes apart" in c.message and "60 minutes" in c.message
    assert "09:00" in c.message and "09:30" in c.message  # London = UTC in November


def test_over_cap_counts_the_london_day() -> None:
    settings = ToneSettings()
    # Seven posts two hours apart on Wed 1 Jul 2026 London time. The first is 00:30 BST,
    # which is 23:30 UTC on 30 June — it still counts for 1 July in London.
    first = utc(2026, 6, 30, 23, 30)
    posts = [post(i, "@BrentCouncil", first + timedelta(hours=2 * i)) for i in range(7)]
    found = clashes(posts, settings)
    assert [c.kind for c in found] == ["over_cap"]
    assert found[0].post_ids == list(range(7))
    assert found[0].day == date(2026, 7, 1)
    assert "7 posts" in found[0].message and "6 a day" in found[0].message
    # Six is fine.
    assert clashes(posts[:6], settings) == []


def test_per_account_caps() -> None:
    settings = ToneSettings(
        account_caps={"@Brent_Libraries": CapOverride(max_per_day=2, min_gap_minutes=120)}
    )
    posts = [
        post(1, "@brent_libraries", utc(2026, 11, 24, 9, 0)),
        post(2, "@brent_libraries", utc(2026, 11, 24, 10, 30)),  # 90 < 120 → min_gap
        post(3, "@brent_libraries", utc(2026, 11, 24, 15, 0)),  # third post, cap 2 → over_cap
    ]
    kinds = sorted(c.kind for c in clashes(posts, settings))
    assert kinds == ["min_gap", "over_cap"]
    # Default account is unaffected by the override: 90 min ≥ 60, 3 ≤ 6.
    others = [p.model_copy(update={"account_handle": "@BrentCouncil"}) for p in posts]
    assert clashes(others, settings) == []


# --------------------------------------------------------------------------- forward planner


def test_forward_planner_groups_by_london_month() -> None:
    items = [
        # 23:30 UTC on 31 May 2026 is 00:30 BST on 1 June → June.
        post(1, "@BrentCouncil", utc(2026, 5, 31, 23, 30), campaign="Fostering Fortnight"),
        post(2, "@brent_fostering", utc(2026, 6, 10, 9, 0), campaign="Fostering Fortnight"),
        post(3, "@BrentCouncil", utc(2026, 6, 10, 9, 0)),  # no campaign → not on the planner
        post(4, "@BrentCouncil", utc(2027, 1, 5, 9, 0), campaign="Next year"),  # other year
        CampaignSpan(name="Winter warmth", starts_on=date(2026, 11, 15), ends_on=date(2027, 2, 28)),
    ]
    planner = forward_planner(items, 2026)
    assert sorted(planner) == list(range(1, 13))
    assert planner[5] == []
    (june,) = planner[6]
    assert (june.campaign, june.posts, june.first_on, june.last_on) == (
        "Fostering Fortnight",
        2,
        date(2026, 6, 1),
        date(2026, 6, 10),
    )
    assert june.accounts == ["@BrentCouncil", "@brent_fostering"]
    (nov,) = planner[11]
    assert (nov.campaign, nov.first_on, nov.last_on, nov.posts) == (
        "Winter warmth",
        date(2026, 11, 15),
        date(2026, 11, 30),
        0,
    )
    assert planner[12][0].first_on == date(2026, 12, 1) and planner[12][0].last_on == date(2026, 12, 31)
    assert planner[1] == []  # the span's 2027 months and the 2027 post are not in 2026


# --------------------------------------------------------------------------- best times

NOW = utc(2026, 11, 25, 12, 0)  # Wed 25 Nov 2026 12:00 GMT


def test_best_times_defaults_when_not_enough_history() -> None:
    history = [(utc(2026, 11, 2 + i, 9, 0), 10) for i in range(7)]
    slots = best_times(history, now=NOW)
    # Next default weekday slots after Wed 12:00: Wed 12:30, Wed 17:30, Thu 08:00 (GMT = UTC).
    assert [s.label for s in slots] == ["Wed 12:30", "Wed 17:30", "Thu 08:00"]
    assert [s.next_at for s in slots] == [
        utc(2026, 11, 25, 12, 30),
        utc(2026, 11, 25, 17, 30),
        utc(2026, 11, 26, 8),
    ]
    assert all(s.is_default and s.median is None for s in slots)
    assert slots[0].reason == "Wed 12:30 — default: not enough history (7 posts)"


def test_best_times_defaults_skip_weekends() -> None:
    # Fri 27 Nov 2026 18:00 → next slots are Mon 30 Nov 08:00, 12:30, 17:30.
    slots = best_times([], now=utc(2026, 11, 27, 18, 0))
    assert [s.label for s in slots] == ["Mon 08:00", "Mon 12:30", "Mon 17:30"]
    assert slots[0].reason.endswith("(0 posts)")


def _at(d: date, hour: int, minute: int = 15) -> datetime:
    """Summer 2026 London wall-clock → UTC by hand: BST, so subtract one hour."""
    return datetime(d.year, d.month, d.day, hour - 1, minute, tzinfo=UTC)


def _history() -> list[tuple[datetime, int]]:
    mondays = [date(2026, 7, 6), date(2026, 7, 13), date(2026, 7, 20)]
    tuesdays = [date(2026, 7, 7) + timedelta(weeks=i) for i in range(9)]
    thursdays = [date(2026, 7, 9) + timedelta(weeks=i) for i in range(5)]
    h: list[tuple[datetime, int]] = []
    # Mon 17:xx London: 59, 60, 61 → median 60 over 3.
    h += [(_at(d, 17), e) for d, e in zip(mondays, [60, 61, 59], strict=True)]
    # Tue 12:xx London: sorted 10 40 45 48 48 48 50 52 100 → median (5th of 9) 48 over 9.
    h += [(_at(d, 12), e) for d, e in zip(tuesdays, [40, 45, 48, 48, 48, 50, 52, 100, 10], strict=True)]
    # Thu 08:xx London: 29 30 30 30 31 → median 30 over 5.
    h += [(_at(d, 8), e) for d, e in zip(thursdays, [30, 31, 29, 30, 30], strict=True)]
    # Fri 15:xx: one viral post — a single post is not evidence (min_per_slot=2).
    h += [(_at(date(2026, 7, 10), 15), 1000)]
    # Sat 10:xx: 5 and 7 → median 6 over 2.
    h += [(_at(date(2026, 7, 11), 10), 5), (_at(date(2026, 7, 18), 10), 7)]
    return h  # 3 + 9 + 5 + 1 + 2 = 20 posts = min_posts


def test_best_times_rank_by_median_in_london_hours() -> None:
    slots = best_times(_history(), now=NOW)
    assert [s.label for s in slots] == ["Mon 17:00", "Tue 12:00", "Thu 08:00"]
    assert [(s.median, s.n) for s in slots] == [(60, 3), (48, 9), (30, 5)]
    assert slots[1].reason == "Tue 12:00 — median 48 engagements over 9 posts"
    assert not any(s.is_default for s in slots)
    # Next Mon 17:00 after Wed 25 Nov is Mon 30 Nov, GMT → 17:00 UTC.
    assert slots[0].next_at == utc(2026, 11, 30, 17, 0)


def test_best_times_tops_up_with_defaults_and_honours_window() -> None:
    # top=5: only four slots have ≥ 2 posts (Mon, Tue, Thu, Sat) → one default added.
    slots = best_times(_history(), now=NOW, top=5)
    assert [s.is_default for s in slots] == [False, False, False, False, True]
    assert slots[3].label == "Sat 10:00" and slots[3].median == 6
    assert "not enough posts in other slots" in slots[4].reason
    # A year later the July 2026 history is outside the 365-day window → defaults.
    later = best_times(_history(), now=utc(2027, 11, 24, 12, 0))
    assert all(s.is_default for s in later)
    assert "(0 posts)" in later[0].reason


def test_best_times_even_count_median() -> None:
    # 16 posts, Tue 12:xx from 7 Jul to 20 Oct 2026 (all BST): eight of 40 and eight of 45
    # → median (40 + 45) / 2 = 42.5.
    tuesdays = [date(2026, 7, 7) + timedelta(weeks=i) for i in range(16)]
    assert tuesdays[-1] == date(2026, 10, 20)  # still BST, so _at's "minus one hour" holds
    history = [(_at(d, 12), 40 if i < 8 else 45) for i, d in enumerate(tuesdays)]
    (slot,) = best_times(history, now=NOW, top=1, min_posts=16)
    assert slot.reason == "Tue 12:00 — median 42.5 engagements over 16 posts"
