"""The statutory clocks in brent_tui.domain.foi.

Every expected date was counted by hand on a printed calendar (the counting is in the comments:
"(n)" is the n-th working day, "x" a skipped day). Never derive an expected value from the code
under test: a wrong date is a breach of the law.

Holiday facts used (GOV.UK bank-holidays, legislation.gov.uk, ICO):
  2020  E&W/SCT/NIR early May moved to Fri 8 May (VE Day 75); Mon 4 May was a working day.
        Easter: Good Friday 10 Apr, Easter Monday 13 Apr (not Scotland). NI: 17 Mar (Tue).
  2022  Spring bank holiday moved to Thu 2 Jun, Platinum Jubilee Fri 3 Jun; Mon 30 May a working day.
        NI 12 Jul (Tue). Scotland summer holiday Mon 1 Aug. State Funeral Mon 19 Sep (whole UK).
        Christmas Day Sun 25 Dec -> substitute Tue 27 Dec; Boxing Day Mon 26 Dec.
  2023  New Year's Day Sun 1 Jan -> substitute Mon 2 Jan (UK); Scotland's 2nd January -> Tue 3 Jan.
        Coronation Mon 8 May; early May Mon 1 May; spring Mon 29 May.
  2025  St Andrew's Day Sun 30 Nov -> substitute Mon 1 Dec (Scotland).
  2026  NI 17 Mar (Tue); Good Friday 3 Apr; Easter Monday 6 Apr; early May 4 May; spring 25 May;
        Scotland 15 Jun (proclaimed, FIFA World Cup); NI Battle of the Boyne Sun 12 Jul -> Mon 13 Jul;
        Scotland summer 3 Aug; E&W/NI summer 31 Aug; St Andrew's Day Mon 30 Nov;
        Christmas Fri 25 Dec; Boxing Day Sat 26 Dec -> substitute Mon 28 Dec.
  2027  New Year's Day Fri 1 Jan; Scotland's 2nd January is a Saturday -> substitute Mon 4 Jan.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from brent_tui.domain import foi, london
from brent_tui.domain.foi import (
    ClockError,
    ClockEvents,
    Regime,
    add_months,
    due_date,
    receipt_date,
    status_on,
)
from brent_tui.domain.london import (
    HolidayCalendar,
    add_working_days,
    easter_sunday,
    parse_govuk_bank_holidays,
    working_days_between,
)

D = date
CAL = HolidayCalendar.default()


def due(received: date, regime: str = "foi", **events: object) -> date | None:
    return due_date(received, Regime(regime), ClockEvents(**events)).due


# --------------------------------------------------------------------------- FOI, plain 20 working days

FOI_CASES = [
    pytest.param(
        # Wed 25 Nov 2026: Thu 26 (1) Fri 27 (2) Sat/Sun x, Mon 30 Nov St Andrew's (Scotland) x,
        # 1-4 Dec (3-6), 7-11 (7-11), 14-18 (12-16), 21 (17) 22 (18) 23 (19) Thu 24 Dec (20).
        D(2026, 11, 25),
        D(2026, 12, 24),
        id="2026-st-andrews-day-scotland",
    ),
    pytest.param(
        # 2020 early May moved: Thu 30 Apr. Fri 1 May (1), Mon 4 May (2) IS a working day, 5-7 (3-5),
        # Fri 8 May x, 11-15 (6-10), 18-22 (11-15), Mon 25 May x (spring), 26-29 (16-19), Mon 1 Jun (20).
        # (Treating 4 May as a holiday would give Tue 2 Jun.)
        D(2020, 4, 30),
        D(2020, 6, 1),
        id="2020-early-may-moved-to-8-may",
    ),
    pytest.param(
        # 2022 Jubilee: Fri 27 May. Mon 30 May (1) IS a working day, Tue 31 (2), Wed 1 Jun (3),
        # Thu 2 x, Fri 3 x, 6-10 (4-8), 13-17 (9-13), 20-24 (14-18), Mon 27 (19), Tue 28 Jun (20).
        D(2022, 5, 27),
        D(2022, 6, 28),
        id="2022-spring-2-jun-and-jubilee-3-jun",
    ),
    pytest.param(
        # State Funeral: Wed 7 Sep 2022. Thu 8 (1) Fri 9 (2), 12-16 (3-7), Mon 19 x, 20-23 (8-11),
        # 26-30 (12-16), Mon 3 Oct (17) 4 (18) 5 (19) Thu 6 Oct (20).
        D(2022, 9, 7),
        D(2022, 10, 6),
        id="2022-state-funeral",
    ),
    pytest.param(
        # Coronation: Thu 27 Apr 2023. Fri 28 (1), Mon 1 May x, 2-5 (2-5), Mon 8 May x, 9-12 (6-9),
        # 15-19 (10-14), 22-26 (15-19), Mon 29 May x (spring), Tue 30 May (20).
        D(2023, 4, 27),
        D(2023, 5, 30),
        id="2023-coronation",
    ),
    pytest.param(
        # Easter 2026 and St Patrick's Day: Mon 16 Mar. Tue 17 x (NI), 18-20 (1-3), 23-27 (4-8),
        # 30 (9) 31 (10) 1 Apr (11) 2 Apr (12), Fri 3 x Good Friday, Mon 6 x Easter Monday,
        # 7-10 (13-16), 13 (17) 14 (18) 15 (19) Thu 16 Apr (20).
        D(2026, 3, 16),
        D(2026, 4, 16),
        id="2026-easter-and-st-patrick",
    ),
    pytest.param(
        # Easter 2020 and St Patrick's Day (Tue 17 Mar): Mon 16 Mar. 17 x, 18-20 (1-3), 23-27 (4-8),
        # 30 (9) 31 (10), 1-3 Apr (11-13), 6-9 (14-17), Fri 10 x, Mon 13 x, 14 (18) 15 (19) Thu 16 Apr (20).
        D(2020, 3, 16),
        D(2020, 4, 16),
        id="2020-easter-and-st-patrick",
    ),
    pytest.param(
        # Christmas 2026 / New Year 2027 with substitutes: Fri 11 Dec. 14-18 (1-5), 21-24 (6-9),
        # Fri 25 x, Mon 28 x (Boxing Day substitute), 29 (10) 30 (11) 31 (12), Fri 1 Jan x,
        # Mon 4 Jan x (Scotland's 2nd January substitute), 5-8 (13-16), 11 (17) 12 (18) 13 (19) Thu 14 Jan (20).
        D(2026, 12, 11),
        D(2027, 1, 14),
        id="2026-christmas-boxing-substitute-new-year-scotland",
    ),
    pytest.param(
        # Christmas 2022 / New Year 2023: Fri 16 Dec. 19-23 (1-5), Mon 26 x, Tue 27 x (Christmas
        # substitute), 28 (6) 29 (7) 30 (8), Mon 2 Jan x (New Year substitute), Tue 3 Jan x (Scotland),
        # 4-6 (9-11), 9-13 (12-16), 16 (17) 17 (18) 18 (19) Thu 19 Jan (20).
        D(2022, 12, 16),
        D(2023, 1, 19),
        id="2022-christmas-substitute-2023-new-year-substitutes",
    ),
    pytest.param(
        # Scotland first Monday of August: Fri 24 Jul 2026. 27-31 (1-5), Mon 3 Aug x, 4-7 (6-9),
        # 10-14 (10-14), 17-21 (15-19), Mon 24 Aug (20).
        D(2026, 7, 24),
        D(2026, 8, 24),
        id="2026-scotland-summer-3-aug",
    ),
    pytest.param(
        # NI 12 Jul and Scotland 1 Aug 2022: Fri 1 Jul. 4-8 (1-5), Mon 11 (6), Tue 12 x, 13-15 (7-9),
        # 18-22 (10-14), 25-29 (15-19), Mon 1 Aug x, Tue 2 Aug (20).
        D(2022, 7, 1),
        D(2022, 8, 2),
        id="2022-ni-12-jul-scotland-1-aug",
    ),
    pytest.param(
        # NI Boyne substitute (12 Jul 2026 is a Sunday -> Mon 13 Jul): Thu 2 Jul. Fri 3 (1), 6-10 (2-6),
        # Mon 13 x, 14-17 (7-10), 20-24 (11-15), 27-31 (16-20) -> Fri 31 Jul.
        D(2026, 7, 2),
        D(2026, 7, 31),
        id="2026-ni-boyne-substitute",
    ),
    pytest.param(
        # Scotland's 15 Jun 2026: Fri 5 Jun. 8-12 (1-5), Mon 15 x, 16-19 (6-9), 22-26 (10-14),
        # 29 (15) 30 (16), 1 Jul (17) 2 (18) 3 (19), Mon 6 Jul (20). Without 15 Jun: Fri 3 Jul.
        D(2026, 6, 5),
        D(2026, 7, 6),
        id="2026-scotland-15-jun",
    ),
    pytest.param(
        # St Andrew's Day substitute: Sun 30 Nov 2025 -> Mon 1 Dec. Fri 21 Nov: 24-28 (1-5), Mon 1 Dec x,
        # 2-5 (6-9), 8-12 (10-14), 15-19 (15-19), Mon 22 Dec (20).
        D(2025, 11, 21),
        D(2025, 12, 22),
        id="2025-st-andrews-substitute",
    ),
    pytest.param(
        # Weekend receipt: Sat 7 Mar 2026 is day 0. Mon 9-Fri 13 (1-5), Mon 16 (6), Tue 17 x (NI),
        # 18-20 (7-9), 23-27 (10-14), 30 (15) 31 (16) 1 Apr (17) 2 Apr (18), 3 x, 6 x, Tue 7 (19), Wed 8 Apr (20).
        D(2026, 3, 7),
        D(2026, 4, 8),
        id="weekend-receipt-saturday",
    ),
    pytest.param(
        # Sunday 8 Mar 2026 is day 0: the next working day is still Mon 9 Mar, so the same as Saturday.
        D(2026, 3, 8),
        D(2026, 4, 8),
        id="weekend-receipt-sunday",
    ),
    pytest.param(
        # Received on Good Friday 3 Apr 2026 (day 0): Mon 6 x, 7-10 (1-4), 13-17 (5-9), 20-24 (10-14),
        # 27-30 Apr (15-18), Fri 1 May (19), Mon 4 May x (early May), Tue 5 May (20).
        D(2026, 4, 3),
        D(2026, 5, 5),
        id="holiday-receipt-good-friday",
    ),
    pytest.param(
        # Leap year: Fri 28 Feb 2020 day 0. Sat 29 Feb x, 2-6 Mar (1-5), 9-13 (6-10), 16 (11),
        # Tue 17 x (NI), 18-20 (12-14), 23-27 (15-19), Mon 30 Mar (20).
        D(2020, 2, 28),
        D(2020, 3, 30),
        id="leap-year-29-feb-weekend",
    ),
]


@pytest.mark.parametrize(("received", "expected"), FOI_CASES)
def test_foi_20_working_days(received: date, expected: date) -> None:
    deadline = due_date(received)
    assert deadline.due == expected
    assert deadline.status == "running"
    assert deadline.working_days == 20
    assert len(deadline.counted) == 20
    assert deadline.counted[-1] == expected
    # every counted day is a working day, every skipped day has a reason, and together they cover the span
    assert all(CAL.is_working_day(d) for d in deadline.counted)
    days = sorted(deadline.counted + [d for d, _ in deadline.skipped])
    assert days == [received + timedelta(days=i) for i in range(1, (expected - received).days + 1)]


# --------------------------------------------------------------------------- the working-day definition

NOT_WORKING = [
    (D(2026, 11, 28), "Saturday"),
    (D(2026, 11, 29), "Sunday"),
    (D(2026, 12, 25), "Christmas Day"),
    (D(2026, 4, 3), "Good Friday"),
    (D(2026, 4, 6), "Easter Monday"),
    (D(2020, 5, 8), "Early May bank holiday"),
    (D(2022, 6, 2), "Spring bank holiday"),
    (D(2022, 6, 3), "Jubilee"),
    (D(2022, 9, 19), "State Funeral"),
    (D(2023, 5, 8), "Coronation"),
    (D(2022, 12, 27), "Christmas Day (substitute day)"),
    (D(2026, 12, 28), "Boxing Day (substitute day)"),
    (D(2023, 1, 2), "New Year"),
    (D(2026, 3, 17), "St Patrick's Day (Northern Ireland)"),
    (D(2022, 7, 12), "Battle of the Boyne"),
    (D(2026, 7, 13), "(Northern Ireland)"),
    (D(2026, 1, 2), "2nd January (Scotland)"),
    (D(2023, 1, 3), "(Scotland)"),
    (D(2027, 1, 4), "(Scotland)"),
    (D(2026, 11, 30), "St Andrew's Day (Scotland)"),
    (D(2025, 12, 1), "St Andrew's Day (substitute day) (Scotland)"),
    (D(2026, 8, 3), "Summer bank holiday (Scotland)"),
    (D(2026, 8, 31), "Summer bank holiday (England & Wales, Northern Ireland)"),
    (D(2026, 6, 15), "(Scotland)"),
]


@pytest.mark.parametrize(("day", "reason"), NOT_WORKING)
def test_non_working_days_and_why(day: date, reason: str) -> None:
    assert not CAL.is_working_day(day)
    why = CAL.why_not_working(day)
    assert why is not None and reason in why


@pytest.mark.parametrize(
    "day",
    [
        D(2020, 5, 4),  # 2020: early May holiday moved to Fri 8 May
        D(2022, 5, 30),  # 2022: spring holiday moved to Thu 2 Jun
        D(2026, 11, 27),  # an ordinary Friday
        D(2026, 12, 24),  # Christmas Eve is not a holiday
        D(2026, 12, 31),  # nor is New Year's Eve
        D(2024, 2, 29),  # leap day (Thursday)
    ],
)
def test_working_days(day: date) -> None:
    assert CAL.is_working_day(day)
    assert CAL.why_not_working(day) is None


def test_holidays_package_has_scotland_15_june_2026() -> None:
    # Checked for the report: holidays 0.109 has it; the GOV.UK path is tested separately below.
    assert ("Scotland" in (CAL.why_not_working(D(2026, 6, 15)) or "")) is True
    assert CAL.is_working_day_ew(D(2026, 6, 15))


@pytest.mark.parametrize(
    ("day", "ew_working"),
    [
        (D(2026, 3, 17), True),  # NI only
        (D(2026, 7, 13), True),  # NI only
        (D(2026, 8, 3), True),  # Scotland only
        (D(2026, 11, 30), True),  # Scotland only
        (D(2026, 1, 2), True),  # Scotland only
        (D(2026, 8, 31), False),  # E&W summer bank holiday
        (D(2026, 4, 6), False),  # Easter Monday (E&W)
        (D(2026, 4, 3), False),  # Good Friday
        (D(2026, 12, 28), False),  # Boxing Day substitute
        (D(2026, 12, 26), False),  # Saturday
    ],
)
def test_england_and_wales_only_check(day: date, ew_working: bool) -> None:
    assert CAL.is_working_day_ew(day) is ew_working


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (2016, D(2016, 3, 27)),
        (2019, D(2019, 4, 21)),
        (2020, D(2020, 4, 12)),
        (2024, D(2024, 3, 31)),
        (2025, D(2025, 4, 20)),
        (2026, D(2026, 4, 5)),
        (2038, D(2038, 4, 25)),  # latest possible
        (2285, D(2285, 3, 22)),  # earliest possible
    ],
)
def test_easter(year: int, easter: date) -> None:
    assert easter_sunday(year) == easter


def test_good_friday_and_christmas_day_always_count_even_without_any_list() -> None:
    # s.10(6) names them itself: an empty override for 2026 and no package still excludes them.
    cal = HolidayCalendar({2026: set()}, use_package=False)
    assert cal.why_not_working(D(2026, 4, 3)) == "Good Friday"
    assert cal.why_not_working(D(2026, 12, 25)) == "Christmas Day"
    assert cal.is_working_day(D(2026, 4, 6))  # Easter Monday is only a bank holiday: not listed here
    assert not cal.is_working_day_ew(D(2026, 4, 3))


def test_fast_loader_matches_the_holidays_package() -> None:
    """The private single-module loader must give exactly what holidays.country_holidays gives."""
    import holidays

    uk = london._uk_holidays_class()
    for subdiv in ("ENG", "WLS", "SCT", "NIR"):
        years = list(range(2000, 2036))
        ours = dict(uk(subdiv=subdiv, years=years))
        theirs = dict(holidays.country_holidays("GB", subdiv=subdiv, years=years))
        assert ours == theirs, subdiv


# --------------------------------------------------------------------------- GOV.UK data

GOVUK_2026 = {
    "england-and-wales": {
        "division": "england-and-wales",
        "events": [
            {"title": "New Year’s Day", "date": "2026-01-01", "notes": "", "bunting": True},
            {"title": "Good Friday", "date": "2026-04-03", "notes": "", "bunting": False},
            {"title": "Easter Monday", "date": "2026-04-06", "notes": "", "bunting": True},
            {"title": "Early May bank holiday", "date": "2026-05-04", "notes": "", "bunting": True},
            {"title": "Spring bank holiday", "date": "2026-05-25", "notes": "", "bunting": True},
            {"title": "Summer bank holiday", "date": "2026-08-31", "notes": "", "bunting": True},
            {"title": "Christmas Day", "date": "2026-12-25", "notes": "", "bunting": True},
            {"title": "Boxing Day", "date": "2026-12-28", "notes": "Substitute day", "bunting": True},
        ],
    },
    "scotland": {
        "division": "scotland",
        "events": [
            {"title": "New Year’s Day", "date": "2026-01-01", "notes": "", "bunting": True},
            {"title": "2nd January", "date": "2026-01-02", "notes": "", "bunting": True},
            {"title": "Good Friday", "date": "2026-04-03", "notes": "", "bunting": False},
            {"title": "Early May bank holiday", "date": "2026-05-04", "notes": "", "bunting": True},
            {"title": "Spring bank holiday", "date": "2026-05-25", "notes": "", "bunting": True},
            {"title": "Extra bank holiday", "date": "2026-06-15", "notes": "", "bunting": True},
            {"title": "Summer bank holiday", "date": "2026-08-03", "notes": "", "bunting": True},
            {"title": "St Andrew’s Day", "date": "2026-11-30", "notes": "", "bunting": True},
            {"title": "Christmas Day", "date": "2026-12-25", "notes": "", "bunting": True},
            {"title": "Boxing Day", "date": "2026-12-28", "notes": "Substitute day", "bunting": True},
        ],
    },
    "northern-ireland": {
        "division": "northern-ireland",
        "events": [
            {"title": "New Year’s Day", "date": "2026-01-01", "notes": "", "bunting": True},
            {"title": "St Patrick’s Day", "date": "2026-03-17", "notes": "", "bunting": True},
            {"title": "Good Friday", "date": "2026-04-03", "notes": "", "bunting": False},
            {"title": "Easter Monday", "date": "2026-04-06", "notes": "", "bunting": True},
            {"title": "Early May bank holiday", "date": "2026-05-04", "notes": "", "bunting": True},
            {"title": "Spring bank holiday", "date": "2026-05-25", "notes": "", "bunting": True},
            {
                "title": "Battle of the Boyne (Orangemen’s Day)",
                "date": "2026-07-13",
                "notes": "Substitute day",
                "bunting": False,
            },
            {"title": "Summer bank holiday", "date": "2026-08-31", "notes": "", "bunting": True},
            {"title": "Christmas Day", "date": "2026-12-25", "notes": "", "bunting": True},
            {"title": "Boxing Day", "date": "2026-12-28", "notes": "Substitute day", "bunting": True},
        ],
    },
}


def test_parse_govuk() -> None:
    rows = parse_govuk_bank_holidays(GOVUK_2026)
    assert len(rows) == 8 + 10 + 10
    assert (D(2026, 6, 15), "scotland", "Extra bank holiday") in rows
    assert (D(2026, 12, 28), "england-and-wales", "Boxing Day (substitute day)") in rows
    assert (D(2026, 3, 17), "northern-ireland", "St Patrick’s Day") in rows


def test_govuk_data_alone_covers_scotland_15_june_2026() -> None:
    # Without the holidays package at all, GOV.UK data must make 15 Jun 2026 a non-working day and
    # move the 5 Jun 2026 request to Mon 6 Jul (counted by hand above; Fri 3 Jul without it).
    cal = HolidayCalendar.from_govuk(GOVUK_2026)
    cal_only = HolidayCalendar(parse_govuk_bank_holidays(GOVUK_2026), use_package=False)
    for c in (cal, cal_only):
        assert c.why_not_working(D(2026, 6, 15)) == "Extra bank holiday (Scotland)"
        assert due_date(D(2026, 6, 5), calendar=c).due == D(2026, 7, 6)
        assert c.why_not_working(D(2026, 3, 17)) == "St Patrick’s Day (Northern Ireland)"
        assert c.why_not_working(D(2026, 12, 28)) == "Boxing Day (substitute day)"
        assert c.is_working_day_ew(D(2026, 8, 3))
    assert cal.covered_years() == {2026}


def test_govuk_data_wins_for_years_it_covers() -> None:
    # GOV.UK says 2026 Scotland has no 15 Jun holiday (an older snapshot): it wins over the package.
    data = {k: {"division": k, "events": list(v["events"])} for k, v in GOVUK_2026.items()}
    data["scotland"]["events"] = [e for e in data["scotland"]["events"] if e["date"] != "2026-06-15"]
    cal = HolidayCalendar.from_govuk(data)
    assert cal.is_working_day(D(2026, 6, 15))
    # 5 Jun 2026 without 15 Jun: 8-12 (1-5), 15-19 (6-10), 22-26 (11-15), 29 (16) 30 (17), 1-3 Jul (18-20).
    assert due_date(D(2026, 6, 5), calendar=cal).due == D(2026, 7, 3)
    # years GOV.UK does not cover still come from the package: 19 Sep 2022 State Funeral
    assert not cal.is_working_day(D(2022, 9, 19))


def test_override_per_division_falls_back_to_package_for_missing_divisions() -> None:
    rows = [r for r in parse_govuk_bank_holidays(GOVUK_2026) if r[1] == "england-and-wales"]
    cal = HolidayCalendar(rows)
    assert not cal.is_working_day(D(2026, 6, 15))  # Scotland still from the package
    assert not cal.is_working_day(D(2026, 3, 17))  # NI still from the package
    assert cal.covered_years("england-and-wales") == {2026}
    assert cal.covered_years() == set()


def test_a_day_proclaimed_later_moves_running_deadlines() -> None:
    # Case received Wed 25 Nov 2026 is due Thu 24 Dec 2026 (see above). Suppose a bank holiday is
    # proclaimed for Fri 18 Dec 2026: day 16 becomes Mon 21, ... day 19 Thu 24, Fri 25 x, Mon 28 x,
    # day 20 = Tue 29 Dec 2026. Due dates are computed, never frozen.
    before = due_date(D(2026, 11, 25), calendar=HolidayCalendar.from_govuk(GOVUK_2026))
    data = {k: {"division": k, "events": list(v["events"])} for k, v in GOVUK_2026.items()}
    data["england-and-wales"]["events"].append({"title": "Proclaimed day", "date": "2026-12-18", "notes": ""})
    after = due_date(D(2026, 11, 25), calendar=HolidayCalendar.from_govuk(data))
    assert before.due == D(2026, 12, 24)
    assert after.due == D(2026, 12, 29)
    assert (D(2026, 12, 18), "Proclaimed day (England & Wales)") in after.skipped


def test_override_mapping_form() -> None:
    cal = HolidayCalendar({2026: {D(2026, 12, 18)}}, use_package=False)
    assert cal.why_not_working(D(2026, 12, 18)) == "Bank holiday"
    assert cal.is_working_day(D(2026, 12, 28))  # not in this (deliberately incomplete) list
    with pytest.raises(ValueError):
        HolidayCalendar({2025: {D(2026, 1, 1)}})


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "JSON object"),
        (
            {"england-and-wales": GOVUK_2026["england-and-wales"], "scotland": GOVUK_2026["scotland"]},
            "northern-ireland",
        ),
        ({**GOVUK_2026, "scotland": {"division": "scotland"}}, "events"),
        ({**GOVUK_2026, "scotland": {"division": "wales", "events": []}}, "says it is"),
        ({**GOVUK_2026, "scotland": {"events": ["x"]}}, "not an object"),
        ({**GOVUK_2026, "scotland": {"events": [{"date": "2026-01-01"}]}}, "no title"),
        ({**GOVUK_2026, "scotland": {"events": [{"title": "x", "date": "1/1/2026"}]}}, "YYYY-MM-DD"),
        ({**GOVUK_2026, "scotland": {"events": [{"title": "x", "date": "2026-02-30"}]}}, "invalid date"),
        ({k: {"division": k, "events": []} for k in GOVUK_2026}, "no events"),
    ],
)
def test_parse_govuk_rejects_malformed(data: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_govuk_bank_holidays(data)  # type: ignore[arg-type]


def test_unknown_division_rejected() -> None:
    with pytest.raises(ValueError, match="division"):
        HolidayCalendar([(D(2026, 1, 1), "wales", "x")])


# --------------------------------------------------------------------------- receipt date (London)


@pytest.mark.parametrize(
    ("moment", "london"),
    [
        # summer (BST = UTC+1): 23:30 UTC is 00:30 the next day in London
        (datetime(2026, 7, 1, 23, 30, tzinfo=UTC), D(2026, 7, 2)),
        (datetime(2026, 7, 1, 22, 59, 59, tzinfo=UTC), D(2026, 7, 1)),
        (datetime(2026, 7, 1, 23, 0, tzinfo=UTC), D(2026, 7, 2)),
        # winter (GMT = UTC): 23:30 UTC is still the same day
        (datetime(2026, 12, 1, 23, 30, tzinfo=UTC), D(2026, 12, 1)),
        (datetime(2026, 12, 2, 0, 0, tzinfo=UTC), D(2026, 12, 2)),
        # clocks go forward Sun 29 Mar 2026 01:00 UTC; back Sun 25 Oct 2026 01:00 UTC
        (datetime(2026, 3, 28, 23, 30, tzinfo=UTC), D(2026, 3, 28)),
        (datetime(2026, 3, 29, 23, 30, tzinfo=UTC), D(2026, 3, 30)),
        (datetime(2026, 10, 24, 23, 30, tzinfo=UTC), D(2026, 10, 25)),
        (datetime(2026, 10, 25, 23, 30, tzinfo=UTC), D(2026, 10, 25)),
        # any aware zone: 00:30 at UTC+2 on 2 Jul is 22:30 UTC on 1 Jul = 23:30 BST on 1 Jul
        (datetime(2026, 7, 2, 0, 30, tzinfo=timezone(timedelta(hours=2))), D(2026, 7, 1)),
        # New York 20:00 on 31 Dec 2026 (UTC-5) is 01:00 GMT on 1 Jan 2027
        (datetime(2026, 12, 31, 20, 0, tzinfo=timezone(timedelta(hours=-5))), D(2027, 1, 1)),
    ],
)
def test_receipt_date_is_the_london_date(moment: datetime, london: date) -> None:
    assert receipt_date(moment) == london


def test_receipt_date_rejects_naive() -> None:
    with pytest.raises(ValueError, match="time zone"):
        receipt_date(datetime(2026, 7, 1, 23, 30))


def test_summer_midnight_changes_the_deadline() -> None:
    # 2026-07-01T23:30Z is Thu 2 Jul in London -> due Fri 31 Jul (case above: Boyne substitute 13 Jul).
    # Taken naively as 1 Jul it would be: Thu 2 Jul (1), Fri 3 (2), 6-10 (3-7), 13 x, 14-17 (8-11),
    # 20-24 (12-16), 27-30 (17-20) -> Thu 30 Jul. One day early: the reason receipt_date exists.
    assert due_date(receipt_date(datetime(2026, 7, 1, 23, 30, tzinfo=UTC))).due == D(2026, 7, 31)
    assert due_date(D(2026, 7, 1)).due == D(2026, 7, 30)


def test_due_date_refuses_a_datetime() -> None:
    with pytest.raises(ClockError):
        due_date(datetime(2026, 7, 1, 23, 30, tzinfo=UTC))  # type: ignore[arg-type]


# --------------------------------------------------------------------------- FOI clock events
# Baseline: Mon 2 Mar 2026. 3-6 Mar (1-4), 9-13 (5-9), 16 (10), Tue 17 x (NI), 18-20 (11-13),
# 23-27 (14-18), 30 (19), Tue 31 Mar (20).
R = D(2026, 3, 2)


def test_baseline() -> None:
    assert due(R) == D(2026, 3, 31)


def test_clarification_restarts_the_clock() -> None:
    # Sought Wed 4 Mar, received Fri 13 Mar = new day 0. 16 (1), 17 x, 18-20 (2-4), 23-27 (5-9),
    # 30 (10) 31 (11) 1 Apr (12) 2 Apr (13), 3 x, 6 x, 7-10 (14-17), 13 (18) 14 (19) Wed 15 Apr (20).
    # (A pause would have given fewer days: the 2 days already used would not be given back.)
    d = due_date(
        R, events=ClockEvents(clarification_requested=D(2026, 3, 4), clarification_received=D(2026, 3, 13))
    )
    assert d.due == D(2026, 4, 15)
    assert d.start == D(2026, 3, 13)
    assert any("s.1(3)" in line for line in d.explanation)


def test_clarification_received_on_a_saturday_is_day_0() -> None:
    # Sat 14 Mar is day 0; Mon 16 is day 1 as in the case above -> Wed 15 Apr.
    assert due(R, clarification_requested=D(2026, 3, 4), clarification_received=D(2026, 3, 14)) == D(
        2026, 4, 15
    )


def test_clarification_pending() -> None:
    d = due_date(R, events=ClockEvents(clarification_requested=D(2026, 3, 4)))
    assert d.due is None and d.status == "awaiting clarification"
    assert status_on(d, D(2026, 5, 1)).label == "awaiting clarification"


def test_clarification_sought_late_warns() -> None:
    d = due_date(
        R, events=ClockEvents(clarification_requested=D(2026, 4, 1), clarification_received=D(2026, 4, 2))
    )
    assert d.warnings and "after the original deadline" in d.warnings[0]


@pytest.mark.parametrize(
    ("notice", "paid", "expected"),
    [
        # notice Mon 9, paid Fri 13 Mar: 9-13 disregarded. 3-6 (1-4), 16 (5), 17 x, 18-20 (6-8),
        # 23-27 (9-13), 30 (14) 31 (15) 1 Apr (16) 2 Apr (17), 3 x, 6 x, 7 (18) 8 (19) Thu 9 Apr (20).
        (D(2026, 3, 9), D(2026, 3, 13), D(2026, 4, 9)),
        # notice and payment the same day, Wed 4 Mar: one day disregarded. 3 (1), 5-6 (2-3), 9-13 (4-8),
        # 16 (9), 17 x, 18-20 (10-12), 23-27 (13-17), 30 (18) 31 (19), Wed 1 Apr (20).
        (D(2026, 3, 4), D(2026, 3, 4), D(2026, 4, 1)),
        # notice Fri 6, paid Mon 9 Mar (weekend between): 6 and 9 disregarded. 3-5 (1-3), 10-13 (4-7),
        # 16 (8), 17 x, 18-20 (9-11), 23-27 (12-16), 30 (17) 31 (18) 1 Apr (19), Thu 2 Apr (20).
        (D(2026, 3, 6), D(2026, 3, 9), D(2026, 4, 2)),
        # notice on the day of receipt (day 0) Mon 2 Mar, paid Tue 3 Mar: only 3 Mar lost.
        # 4-6 (1-3), 9-13 (4-8), 16 (9), 17 x, 18-20 (10-12), 23-27 (13-17), 30 (18) 31 (19), 1 Apr (20).
        (D(2026, 3, 2), D(2026, 3, 3), D(2026, 4, 1)),
    ],
)
def test_fees_notice_days_do_not_count(notice: date, paid: date, expected: date) -> None:
    d = due_date(R, events=ClockEvents(fee_notice=notice, fee_paid=paid))
    assert d.due == expected
    fee_days = [day for day, why in d.skipped if "s.10(2)" in why]
    assert all(notice <= day <= paid and CAL.is_working_day(day) for day in fee_days)


@pytest.mark.parametrize(
    ("notice", "last_day", "lapses"),
    [
        # three months *beginning with* Mon 9 Mar 2026 end on 8 Jun; the request lapses on 9 Jun
        (D(2026, 3, 9), D(2026, 6, 8), D(2026, 6, 9)),
        # 31 Aug: there is no 31 Nov, so the period ends on 30 Nov (last day of that month)
        (D(2026, 8, 31), D(2026, 11, 30), D(2026, 12, 1)),
        # 30 Nov 2027: no 30 Feb 2028 -> the period ends on 29 Feb 2028 (leap year)
        (D(2027, 11, 30), D(2028, 2, 29), D(2028, 3, 1)),
        # 28 Nov 2025: 28 Feb 2026 exists -> the period ends the day before, 27 Feb
        (D(2025, 11, 28), D(2026, 2, 27), D(2026, 2, 28)),
    ],
)
def test_unpaid_fees_notice_lapses(notice: date, last_day: date, lapses: date) -> None:
    d = due_date(notice, events=ClockEvents(fee_notice=notice))
    assert d.due is None and d.status == "awaiting fee"
    assert d.last_day_to_pay == last_day
    assert d.lapses_on == lapses
    assert status_on(d, last_day).label == "awaiting fee"
    assert status_on(d, lapses).label == "lapsed"


def test_fee_paid_after_the_notice_lapsed_is_an_error() -> None:
    with pytest.raises(ClockError, match="lapsed"):
        due_date(R, events=ClockEvents(fee_notice=D(2026, 3, 9), fee_paid=D(2026, 6, 9)))
    # paid on the last day is fine: 9 Mar..8 Jun disregarded, already counted 3-6 Mar (1-4);
    # 9 Jun (5) 10-12 (6-8), 15-19 (9-13), 22-26 (14-18), 29 (19), Tue 30 Jun (20).
    # (15 Jun 2026 is a Scotland-only holiday, so: 9-12 Jun (5-8), 15 x, 16-19 (9-12), 22-26 (13-17),
    # 29 (18) 30 (19), Wed 1 Jul (20).)
    assert due(R, fee_notice=D(2026, 3, 9), fee_paid=D(2026, 6, 8)) == D(2026, 7, 1)


def test_public_interest_extension() -> None:
    # 20 more working days after Tue 31 Mar: 1 Apr (21) 2 Apr (22), 3 x, 6 x, 7-10 (23-26),
    # 13-17 (27-31), 20-24 (32-36), 27 (37) 28 (38) 29 (39), Thu 30 Apr (40).
    d = due_date(R, events=ClockEvents(pit_extended=True, pit_notified=D(2026, 3, 31)))
    assert d.due == D(2026, 4, 30)
    assert d.original_due == D(2026, 3, 31)
    assert d.working_days == 40
    assert not d.warnings


def test_public_interest_extension_told_late_warns() -> None:
    d = due_date(R, events=ClockEvents(pit_extended=True, pit_notified=D(2026, 4, 1)))
    assert d.due == D(2026, 4, 30)
    assert any("s.17(2)" in w for w in d.warnings)
    assert any("Record the day" in w for w in due_date(R, events=ClockEvents(pit_extended=True)).warnings)


def test_fee_and_public_interest_together() -> None:
    # Fee period 9-13 Mar makes day 20 Thu 9 Apr (above); 20 more: 10 (21), 13-17 (22-26),
    # 20-24 (27-31), 27-30 (32-35), Fri 1 May (36), Mon 4 May x, 5-8 May (37-40) -> Fri 8 May.
    assert due(R, fee_notice=D(2026, 3, 9), fee_paid=D(2026, 3, 13), pit_extended=True) == D(2026, 5, 8)


# --------------------------------------------------------------------------- other regimes


def test_eir() -> None:
    assert due(R, "eir") == D(2026, 3, 31)
    # reg 7: 40 working days -> Thu 30 Apr (same count as the PIT case above)
    assert due(R, "eir", eir_extended=True) == D(2026, 4, 30)
    # reg 9(4): restart from Fri 13 Mar -> Wed 15 Apr (as FOI above)
    assert due(R, "eir", clarification_requested=D(2026, 3, 4), clarification_received=D(2026, 3, 13)) == D(
        2026, 4, 15
    )
    # restart + reg 7: from day 20 Wed 15 Apr: 16-17 (21-22), 20-24 (23-27), 27-30 (28-31),
    # Fri 1 May (32), Mon 4 May x, 5-8 (33-36), 11-14 (37-40) -> Thu 14 May.
    assert due(
        R,
        "eir",
        eir_extended=True,
        clarification_requested=D(2026, 3, 4),
        clarification_received=D(2026, 3, 13),
    ) == D(2026, 5, 14)


def test_internal_review() -> None:
    assert due(R, "review", review_of="foi") == D(2026, 3, 31)  # s.45 Code: 20 working days
    assert due(R, "review", review_of="foi", review_extended=True) == D(2026, 4, 30)  # 40 at most
    assert due(R, "review", review_of="eir") == D(2026, 4, 30)  # reg 11(4): 40 working days
    d = due_date(R, Regime.review)  # review_of not given: FOI, said so
    assert d.due == D(2026, 3, 31)
    assert any("FOI assumed" in line for line in d.explanation)
    with pytest.raises(ClockError, match="reg 11"):
        due(R, "review", review_of="eir", review_extended=True)


SAR_CASES = [
    # Thu 3 Sep 2026 -> Sat 3 Oct -> next working day Mon 5 Oct.
    pytest.param(D(2026, 9, 3), {}, D(2026, 10, 5), id="weekend-moves-to-monday"),
    # 31 Jan 2024 (leap) -> no 31 Feb -> Thu 29 Feb 2024.
    pytest.param(D(2024, 1, 31), {}, D(2024, 2, 29), id="31-jan-leap-year"),
    # 31 Jan 2023 -> Tue 28 Feb 2023.
    pytest.param(D(2023, 1, 31), {}, D(2023, 2, 28), id="31-jan-common-year"),
    # Sat 31 Jan 2026 (day 1 even on a weekend) -> Sat 28 Feb 2026 -> Mon 2 Mar 2026.
    pytest.param(D(2026, 1, 31), {}, D(2026, 3, 2), id="31-jan-to-saturday-28-feb"),
    # 29 Feb 2024 -> 29 Mar 2024 is Good Friday; Sat 30, Sun 31, Mon 1 Apr Easter Monday -> Tue 2 Apr.
    pytest.param(D(2024, 2, 29), {}, D(2024, 4, 2), id="29-feb-to-good-friday-easter"),
    # extended: 29 Feb 2024 + 3 months -> Wed 29 May 2024 (spring bank holiday was Mon 27 May).
    pytest.param(D(2024, 2, 29), {"sar_extended": True}, D(2024, 5, 29), id="29-feb-extended"),
    # extended: 31 Jan 2023 -> no 31 Apr -> Sun 30 Apr -> Mon 1 May early May -> Tue 2 May 2023.
    pytest.param(D(2023, 1, 31), {"sar_extended": True}, D(2023, 5, 2), id="31-jan-extended-to-bank-holiday"),
    # Wed 25 Nov 2026 -> Fri 25 Dec Christmas, Sat, Sun, Mon 28 Boxing Day substitute -> Tue 29 Dec.
    pytest.param(D(2026, 11, 25), {}, D(2026, 12, 29), id="christmas-and-boxing-substitute"),
    # NI-only and Scotland-only days do not move a SAR deadline (England & Wales rule):
    # 17 Feb 2026 -> Tue 17 Mar 2026 (St Patrick's, NI only) stays.
    pytest.param(D(2026, 2, 17), {}, D(2026, 3, 17), id="ni-only-day-does-not-move-sar"),
    # 30 Oct 2026 -> Mon 30 Nov 2026 (St Andrew's, Scotland only) stays.
    pytest.param(D(2026, 10, 30), {}, D(2026, 11, 30), id="scotland-only-day-does-not-move-sar"),
    # ID: asked Tue 3 Mar, received Tue 10 Mar 2026 -> the month starts then -> Fri 10 Apr 2026.
    pytest.param(
        D(2026, 3, 2), {"id_requested": D(2026, 3, 3), "id_received": D(2026, 3, 10)}, D(2026, 4, 10), id="id"
    ),
    # clarification pause: received 3 Sep 2026, asked Tue 8 Sep, answered Thu 10 Sep: 8, 9, 10 do not count
    # (3 days) -> 3 Oct + 3 = Tue 6 Oct 2026 (a working day).
    pytest.param(
        D(2026, 9, 3),
        {"clarification_requested": D(2026, 9, 8), "clarification_received": D(2026, 9, 10)},
        D(2026, 10, 6),
        id="clarification-pauses",
    ),
    # the same, extended: 3 Dec 2026 + 3 = Sun 6 Dec -> Mon 7 Dec 2026.
    pytest.param(
        D(2026, 9, 3),
        {
            "clarification_requested": D(2026, 9, 8),
            "clarification_received": D(2026, 9, 10),
            "sar_extended": True,
        },
        D(2026, 12, 7),
        id="clarification-pauses-extended",
    ),
]


@pytest.mark.parametrize(("received", "events", "expected"), SAR_CASES)
def test_subject_access(received: date, events: dict[str, object], expected: date) -> None:
    d = due_date(received, Regime.sar, ClockEvents(**events))
    assert d.due == expected
    assert d.working_days is None


def test_sar_awaiting_id_and_clarification() -> None:
    d = due_date(R, Regime.sar, ClockEvents(id_requested=D(2026, 3, 3)))
    assert d.due is None and d.status == "awaiting ID" and d.start is None
    d = due_date(R, Regime.sar, ClockEvents(clarification_requested=D(2026, 3, 5)))
    assert d.due is None and d.status == "awaiting clarification"


def test_sar_extended_keeps_the_original_deadline() -> None:
    # 3 Sep 2026: without the extension Mon 5 Oct (above); with it 3 Dec 2026 (Thu).
    d = due_date(D(2026, 9, 3), Regime.sar, ClockEvents(sar_extended=True))
    assert d.due == D(2026, 12, 3)
    assert d.original_due == D(2026, 10, 5)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (D(2024, 1, 31), 1, D(2024, 2, 29)),
        (D(2023, 1, 31), 1, D(2023, 2, 28)),
        (D(2024, 2, 29), 12, D(2025, 2, 28)),
        (D(2026, 12, 15), 1, D(2027, 1, 15)),
        (D(2026, 11, 30), 3, D(2027, 2, 28)),
        (D(2026, 3, 31), -1, D(2026, 2, 28)),
    ],
)
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


# --------------------------------------------------------------------------- impossible orders


@pytest.mark.parametrize(
    ("regime", "events", "message"),
    [
        ("foi", {"fee_notice": D(2026, 3, 9), "fee_paid": D(2026, 3, 6)}, "before the fees notice"),
        ("foi", {"fee_paid": D(2026, 3, 6)}, "without the fees notice"),
        (
            "foi",
            {"clarification_requested": D(2026, 3, 9), "clarification_received": D(2026, 3, 6)},
            "before",
        ),
        ("foi", {"clarification_received": D(2026, 3, 6)}, "without"),
        ("foi", {"clarification_requested": D(2026, 3, 1)}, "before the request was received"),
        ("foi", {"fee_notice": D(2026, 2, 27)}, "before the request was received"),
        ("foi", {"pit_notified": D(2026, 3, 20)}, "without the extension"),
        ("foi", {"pit_extended": True, "pit_notified": D(2026, 3, 1)}, "before the request was received"),
        ("sar", {"id_requested": D(2026, 3, 9), "id_received": D(2026, 3, 6)}, "before"),
        ("sar", {"id_received": D(2026, 3, 6)}, "without"),
        ("sar", {"id_requested": D(2026, 3, 1)}, "before the request was received"),
        (
            "sar",
            {
                "id_requested": D(2026, 3, 3),
                "id_received": D(2026, 3, 10),
                "clarification_requested": D(2026, 3, 5),
            },
            "before the clock started",
        ),
        ("eir", {"fee_notice": D(2026, 3, 9)}, "FOI only"),
        ("eir", {"pit_extended": True}, "FOI only"),
        ("foi", {"eir_extended": True}, "EIR only"),
        ("foi", {"sar_extended": True}, "SAR only"),
        ("foi", {"review_of": "foi"}, "REVIEW only"),
        ("review", {"clarification_requested": D(2026, 3, 4)}, "not to a REVIEW clock"),
        ("sar", {"pit_extended": True}, "FOI only"),
    ],
)
def test_impossible_or_inapplicable_events(regime: str, events: dict[str, object], message: str) -> None:
    with pytest.raises(ClockError, match=message):
        due_date(R, Regime(regime), ClockEvents.model_construct(**events))
    # and the error is a ValueError with one line
    try:
        due_date(R, Regime(regime), ClockEvents.model_construct(**events))
    except ValueError as exc:
        assert "\n" not in str(exc)


def test_clock_events_validate_on_construction() -> None:
    with pytest.raises(ClockError):
        ClockEvents(fee_notice=D(2026, 3, 9), fee_paid=D(2026, 3, 6))
    with pytest.raises(ValueError):
        ClockEvents(fee_notic=D(2026, 3, 9))  # typo: refused, never ignored


def test_unknown_regime() -> None:
    with pytest.raises(ClockError, match="unknown regime"):
        due_date(R, "foia")


# --------------------------------------------------------------------------- counting helpers and status


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (D(2026, 7, 24), D(2026, 7, 27), 1),  # Fri -> Mon
        (D(2026, 7, 27), D(2026, 7, 24), -1),  # Mon -> Fri (Fri counted going back: (Fri, Mon] has Mon)
        (D(2026, 7, 24), D(2026, 7, 24), 0),
        (D(2026, 7, 25), D(2026, 7, 26), 0),  # Sat -> Sun
        (D(2026, 12, 24), D(2026, 12, 29), 1),  # Thu 24 -> Tue 29: 25 x, 26-27 weekend, 28 x, 29 (1)
        (D(2026, 12, 29), D(2026, 12, 24), -1),
        (D(2026, 11, 25), D(2026, 12, 24), 20),
    ],
)
def test_working_days_between(start: date, end: date, expected: int) -> None:
    assert working_days_between(start, end, CAL) == expected


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (D(2026, 12, 24), 1, D(2026, 12, 29)),
        (D(2026, 12, 24), 0, D(2026, 12, 24)),
        (D(2026, 12, 29), -1, D(2026, 12, 24)),
        (D(2026, 11, 25), 20, D(2026, 12, 24)),
        (D(2026, 12, 31), 1, D(2027, 1, 5)),  # Fri 1 Jan x, weekend, Mon 4 Jan x (Scotland) -> Tue 5
    ],
)
def test_add_working_days(start: date, n: int, expected: date) -> None:
    assert add_working_days(start, n, CAL) == expected


@pytest.mark.parametrize(
    ("today", "label", "left"),
    [
        # received Wed 25 Nov 2026, due Thu 24 Dec 2026
        (D(2026, 11, 25), "on time", 20),
        (D(2026, 11, 20), "on time", 23),  # before receipt (Fri): 23, 24, 25 Nov + the 20 -> 23
        (D(2026, 12, 16), "on time", 6),  # 17, 18, 21, 22, 23, 24
        (D(2026, 12, 17), "due soon", 5),  # 18, 21, 22, 23, 24
        (D(2026, 12, 19), "due soon", 4),  # Saturday: 21-24
        (D(2026, 12, 24), "due today", 0),
        (D(2026, 12, 26), "delayed", 0),  # Saturday after a Thursday deadline: no working day late yet
        (D(2026, 12, 29), "delayed", -1),  # 25 x, 28 x, 29 is the first working day late
        # 40th working day: day 20 Thu 24 Dec, 29-31 Dec (21-23), 1 Jan x, 4 Jan x (Scotland),
        # 5-8 Jan (24-27), 11-15 (28-32), 18-22 (33-37), 25 (38) 26 (39) Wed 27 Jan 2027 (40).
        (D(2027, 1, 27), "delayed", -20),  # day 40 is 20 working days after day 20
        (D(2027, 1, 28), "long overdue", -21),
    ],
)
def test_status_on(today: date, label: str, left: int) -> None:
    d = due_date(D(2026, 11, 25))
    assert d.long_overdue_after == D(2027, 1, 27)
    st = status_on(d, today, CAL)
    assert (st.label, st.working_days_left) == (label, left)


def test_status_soon_threshold_is_configurable() -> None:
    d = due_date(D(2026, 11, 25))
    assert status_on(d, D(2026, 12, 16), CAL, soon=6).label == "due soon"
    assert status_on(d, D(2026, 12, 17), CAL, soon=0).label == "on time"


def test_extended_deadline_is_long_overdue_right_after_40_working_days() -> None:
    # PIT: due Thu 30 Apr 2026 = the 40th working day, so the day after is already "long overdue".
    d = due_date(R, events=ClockEvents(pit_extended=True))
    assert status_on(d, D(2026, 4, 30), CAL).label == "due today"
    assert status_on(d, D(2026, 5, 1), CAL).label == "long overdue"


# --------------------------------------------------------------------------- explanations


def test_explanation_lists_counted_and_skipped_days_with_reasons() -> None:
    d = due_date(D(2026, 11, 25))
    assert (D(2026, 11, 30), "St Andrew's Day (Scotland)") in d.skipped
    assert (D(2026, 11, 28), "Saturday") in d.skipped
    timeline = d.timeline()
    assert timeline[0] == (D(2026, 11, 26), 1, "counted")
    assert timeline[-1] == (D(2026, 12, 24), 20, "counted")
    assert any("s.10(6)" in line for line in d.explanation)
    assert any("Due Thu 24 Dec 2026" in line for line in d.explanation)


def test_fee_days_are_explained() -> None:
    d = due_date(R, events=ClockEvents(fee_notice=D(2026, 3, 9), fee_paid=D(2026, 3, 13)))
    fee_days = [day for day, why in d.skipped if "fees notice" in why]
    assert fee_days == [D(2026, 3, 9), D(2026, 3, 10), D(2026, 3, 11), D(2026, 3, 12), D(2026, 3, 13)]


def test_sar_explains_the_move_off_a_holiday() -> None:
    d = due_date(D(2026, 11, 25), Regime.sar)
    reasons = dict(d.skipped)
    assert "Christmas Day" in reasons[D(2026, 12, 25)]
    assert "Boxing Day" in reasons[D(2026, 12, 28)]


def test_module_stays_light() -> None:
    """foi.py must not pull in Textual or the network: the CLI and the UI both use it."""
    import subprocess
    import sys

    code = (
        "import sys, brent_tui.domain.foi as f; from datetime import date; f.due_date(date(2026, 11, 25));"
        "bad = [m for m in ('textual', 'httpx', 'aiosqlite', 'holidays.countries') if m in sys.modules];"
        "print(bad)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize(
    ("regime", "events"),
    [
        ("foi", {}),
        ("foi", {"fee_notice": D(2026, 3, 9)}),
        ("foi", {"fee_notice": D(2026, 3, 9), "fee_paid": D(2026, 3, 13), "pit_extended": True}),
        ("eir", {"clarification_requested": D(2026, 3, 4)}),
        ("review", {"review_of": "eir"}),
        ("sar", {"id_requested": D(2026, 3, 3)}),
        ("sar", {"clarification_requested": D(2026, 3, 4), "clarification_received": D(2026, 3, 9)}),
    ],
)
def test_constructed_models_pass_full_validation(regime: str, events: dict[str, object]) -> None:
    """Deadline/ClockStatus are built with model_construct (start-up time): prove the values are valid."""
    d = due_date(R, Regime(regime), ClockEvents(**events))
    assert foi.Deadline.model_validate(d.model_dump()) == d
    st = status_on(d, D(2026, 4, 1), CAL)
    assert foi.ClockStatus.model_validate(st.model_dump()) == st
