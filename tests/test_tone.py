"""Tone check rules: each rule with cases that must flag and ordinary council text that must not.

Calendar facts (worked out by hand): 1 Nov 2026 is a Sunday, so Tue 24 Nov, Sat 28 Nov 2026;
Mon 31 Aug 2026 is the Late Summer Bank Holiday (last Monday of August; 1 Aug 2026 is a
Saturday, so Mondays are 3, 10, 17, 24, 31). BST runs 29 Mar – 25 Oct 2026.
"""

from __future__ import annotations

import tomllib
from datetime import UTC, date, datetime, time, timedelta

import pytest

from brent_tui.domain.models import PlannedPost, Platform
from brent_tui.domain.tone import (
    CapOverride,
    Finding,
    PreElectionPeriod,
    Severity,
    StaffedHours,
    ToneSettings,
    blocking,
    check_post,
    check_text,
)

# A staffed weekday mid-morning in winter (GMT = UTC): only text rules can fire.
TUE_11 = datetime(2026, 11, 24, 11, 0, tzinfo=UTC)
S = ToneSettings()


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def rules(text: str, *, when: datetime = TUE_11, settings: ToneSettings = S, rostered: bool = False) -> set:
    return {
        (f.rule, f.severity.value) for f in check_text(text, when=when, settings=settings, rostered=rostered)
    }


def only(text: str, rule: str, **kw) -> list[Finding]:
    return [f for f in check_text(text, when=kw.pop("when", TUE_11), settings=S, **kw) if f.rule == rule]


# --------------------------------------------------------------------------- political


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("The Labour group proposed the motion", "Labour"),
        ("Tories walked out of the meeting", "Tories"),
        ("A Green Party councillor asked", "Green Party"),
        ("Reform UK leaflets", "Reform UK"),
        ("Lib Dems say", "Lib Dems"),
        ("The Liberal Democrats say", "Liberal Democrats"),
        ("Conservative councillors", "Conservative"),
    ],
)
def test_party_names_warn(text: str, fragment: str) -> None:
    (f,) = only(text, "political")
    assert f.severity == Severity.WARN
    assert f.fragment == fragment
    assert fragment in f.message  # the sentence quotes what it found


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("Please vote for a cleaner Brent", "vote for"),
        ("Unlike our opponents, we deliver", "our opponents"),
        ("Re-elect the team that fixed the roads", "Re-elect"),
        ("Don’t vote for them", "Don’t vote"),
    ],
)
def test_political_standpoint_phrases_block(text: str, fragment: str) -> None:
    found = only(text, "political")
    assert found[0].severity == Severity.BLOCK
    assert found[0].fragment == fragment


@pytest.mark.parametrize(
    "text",
    [
        "Green waste collections restart on Monday",
        "Put garden waste in your green bin",
        "New labour market figures for Brent",
        "Labour market statistics published today",  # capitalised at sentence start
        "The labour ward at Northwick Park is open",
        "Planning rules in a conservation area",
        "That is a conservative estimate of the cost",
        "Register to vote by 20 April — find your polling station",
        "Green spaces in Brent",
        "The reform of parking permits",
    ],
)
def test_ordinary_council_words_are_not_political(text: str) -> None:
    assert only(text, "political") == []


def test_political_lists_are_extendable() -> None:
    settings = ToneSettings(extra_party_names=["Brent Independents"], extra_political_phrases=["Tory cuts"])
    found = check_text("Brent Independents oppose Tory cuts", when=TUE_11, settings=settings)
    frags = {(f.fragment, f.severity.value) for f in found if f.rule == "political"}
    assert ("Brent Independents", "warn") in frags
    assert ("Tory cuts", "block") in frags  # the longer phrase wins over the party name inside it


# --------------------------------------------------------------------------- pre-election

LOCALS_2026 = PreElectionPeriod(
    name="London borough elections 2026", starts_on=date(2026, 3, 26), ends_on=date(2026, 5, 7)
)
PE = ToneSettings(pre_election_periods=[LOCALS_2026])


def pe(text: str, when: datetime) -> list[Finding]:
    return [f for f in check_text(text, when=when, settings=PE, rostered=True) if f.rule == "pre_election"]


def test_pre_election_period_boundaries_in_london_time() -> None:
    text = "Bin collections change next week"
    # 25 Mar 2026 is GMT: 23:59 UTC is still 25 Mar in London → outside.
    assert pe(text, utc(2026, 3, 25, 23, 59)) == []
    # 00:00 UTC on 26 Mar = 00:00 GMT 26 Mar → first day, inside.
    (f,) = pe(text, utc(2026, 3, 26, 0, 0))
    assert f.severity == Severity.WARN
    assert "pre-election period" in f.message and "London borough elections 2026" in f.message
    # 7 May is BST: 22:30 UTC = 23:30 BST on 7 May → last day, inside.
    assert len(pe(text, utc(2026, 5, 7, 22, 30))) == 1
    # 23:30 UTC on 7 May = 00:30 BST on 8 May → outside, although still 7 May in UTC.
    assert pe(text, utc(2026, 5, 7, 23, 30)) == []


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("Cllr Smith opens the new library", "Cllr"),
        ("The Leader of the Council visited Wembley", "Leader of the Council"),
        ("Labour and Conservative candidates debate", "Labour"),
        ("Vote for change", "Vote for"),
    ],
)
def test_pre_election_blocks_people_and_politics(text: str, fragment: str) -> None:
    (f,) = pe(text, utc(2026, 4, 15, 10, 0))
    assert f.severity == Severity.BLOCK
    assert f.fragment == fragment and fragment in f.message


def test_councillor_outside_pre_election_is_fine() -> None:
    assert pe("Cllr Smith opens the new library", utc(2026, 6, 15, 10, 0)) == []
    assert rules("Cllr Smith opens the new library") == set()


# --------------------------------------------------------------------------- confidential


@pytest.mark.parametrize(
    "text",
    [
        "OFFICIAL-SENSITIVE: draft budget",
        "Official Sensitive briefing attached",
        "Not for publication — report to Cabinet",
        "Internal only: staffing changes",
        "CONFIDENTIAL draft",
        "Confidential: the new depot site",
        "[confidential] options paper",
        "RESTRICTED briefing note",
        "Restricted - do not circulate",
        "Private and confidential",
    ],
)
def test_confidential_markers_block(text: str) -> None:
    found = only(text, "confidential")
    assert found and found[0].severity == Severity.BLOCK
    assert found[0].fragment and found[0].fragment in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Our free, confidential advice service is open",
        "Harrow Road will be restricted to one lane",
        "Restricted parking zone extended",  # a label needs a colon/dash/brackets
        "Parking restrictions apply on match days",
        "Internal walls are being painted",
    ],
)
def test_ordinary_uses_are_not_confidential(text: str) -> None:
    assert only(text, "confidential") == []


def test_embargo_warns() -> None:
    (f,) = only("Embargoed until 00:01 Thursday", "confidential")
    assert f.severity == Severity.WARN


# --------------------------------------------------------------------------- personal data


@pytest.mark.parametrize(
    ("text", "fragment", "severity"),
    [
        ("Contact jo.bloggs@gmail.com for details", "jo.bloggs@gmail.com", "block"),
        ("Call Jo on 07700 900123", "07700 900123", "block"),
        ("Call Jo on 07700900123", "07700900123", "block"),
        ("Call +44 7700 900123", "+44 7700 900123", "block"),
        ("NI number AB 12 34 56 C", "AB 12 34 56 C", "block"),
        ("NI AB123456C", "AB123456C", "block"),
        ("Ring 020 8123 4567", "020 8123 4567", "warn"),
        ("Ring +44 (0)20 8123 4567", "+44 (0)20 8123 4567", "warn"),
        ("Ring 01234 567890", "01234 567890", "warn"),
        (
            "Fly-tipping outside Flat 3, 12 Acacia Avenue, Wembley HA0 2AB",
            "Flat 3, 12 Acacia Avenue, Wembley HA0 2AB",
            "warn",
        ),
        ("Outside 27 Harlesden Road, London NW10 2BY", "27 Harlesden Road, London NW10 2BY", "warn"),
    ],
)
def test_personal_data_flags(text: str, fragment: str, severity: str) -> None:
    (f,) = only(text, "personal_data")
    assert (f.fragment, f.severity.value) == (fragment, severity)
    assert fragment in f.message
    assert f.span is not None and text[f.span[0] : f.span[1]] == fragment


@pytest.mark.parametrize(
    "text",
    [
        "Email fostering@brent.gov.uk or call 020 8937 1234",  # council address and switchboard
        "Email bins@recycling.brent.gov.uk",  # council subdomain
        "Freephone 0800 123 4567",  # service number
        "Brent Civic Centre, 32 Engineers Way, Wembley HA9 0FJ",  # allowed venue postcode
        "Street works in the HA0 2AB area",  # a postcode alone is not an address
        "12 people in the park near HA0 2AB",  # a number and a lower-case "park" is not a street
        "Follow @brent@mastodon.social for updates",  # a fediverse handle, not an email
        "Meeting on 12/03/2026 at 07:30",
        "Report reference 2026123456",
        "Planning application 26/1234",
    ],
)
def test_ordinary_contact_details_are_fine(text: str) -> None:
    assert only(text, "personal_data") == []


def test_allow_lists_are_configurable() -> None:
    settings = ToneSettings(allowed_phone_numbers=["020 8123 4567"], allowed_email_domains=["nhs.net"])
    found = check_text("Call 020 8123 4567 or email gp@nhs.net", when=TUE_11, settings=settings)
    assert [f for f in found if f.rule == "personal_data"] == []


# --------------------------------------------------------------------------- shouting


@pytest.mark.parametrize(
    "text",
    [
        "BIN COLLECTIONS ARE CANCELLED TODAY",
        "Update: ALL LIBRARIES CLOSED TOMORROW due to snow",  # a run of capitalised words
        "Great news!!!",
        "Great! Fantastic! Brilliant!",  # three separate exclamation marks
    ],
)
def test_shouting_warns(text: str) -> None:
    found = only(text, "shouting")
    assert found and all(f.severity == Severity.WARN for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Bin collections are cancelled today.",
        "NHS and TfL works on the A406 near IKEA",  # acronyms are not shouting
        "Great news!",
        "OK",
    ],
)
def test_not_shouting(text: str) -> None:
    assert only(text, "shouting") == []


# --------------------------------------------------------------------------- staffed hours


@pytest.mark.parametrize(
    ("when", "out"),
    [
        (utc(2026, 11, 24, 7, 59), True),  # Tue 07:59 GMT: before 08:00
        (utc(2026, 11, 24, 8, 0), False),  # 08:00 is staffed (start inclusive)
        (utc(2026, 11, 24, 17, 59), False),
        (utc(2026, 11, 24, 18, 0), True),  # 18:00 is not (end exclusive)
        (utc(2026, 7, 7, 7, 0), False),  # Tue 7 Jul 07:00 UTC = 08:00 BST → staffed
        (utc(2026, 7, 7, 17, 0), True),  # 17:00 UTC = 18:00 BST → not staffed
        (utc(2026, 7, 7, 6, 30), True),  # 06:30 UTC = 07:30 BST → before 08:00
        (utc(2026, 11, 28, 11, 0), True),  # Saturday
        (utc(2026, 8, 31, 9, 0), True),  # Mon 31 Aug 2026 10:00 BST: Late Summer Bank Holiday
        (utc(2026, 12, 28, 11, 0), True),  # Boxing Day (substitute day)
    ],
)
def test_out_of_hours_boundaries(when: datetime, out: bool) -> None:
    found = only("Tell us what you think", "out_of_hours", when=when)
    assert bool(found) is out
    if found:
        assert found[0].severity == Severity.WARN
        assert "nobody is rostered" in found[0].message


def test_bank_holiday_is_named() -> None:
    (f,) = only("Hello", "out_of_hours", when=utc(2026, 8, 31, 9, 0))
    assert "bank holiday" in f.message


def test_rostered_officer_clears_out_of_hours() -> None:
    assert only("Hello", "out_of_hours", when=utc(2026, 11, 28, 11, 0), rostered=True) == []


def test_weekend_rota_covers_weekends_and_bank_holidays() -> None:
    settings = ToneSettings(staffed_hours=StaffedHours(weekend_start=time(10, 0), weekend_end=time(14, 0)))

    def out(when: datetime) -> bool:
        return any(f.rule == "out_of_hours" for f in check_text("Hi", when=when, settings=settings))

    assert not out(utc(2026, 11, 28, 10, 0))  # Sat 10:00 GMT, rota starts
    assert out(utc(2026, 11, 28, 14, 0))  # Sat 14:00, rota ended
    assert not out(utc(2026, 8, 31, 9, 30))  # bank holiday 10:30 BST, rota applies
    assert out(utc(2026, 8, 31, 8, 0))  # bank holiday 09:00 BST: weekday hours do not apply


def test_bank_holidays_can_count_as_working_days_and_closures_configured() -> None:
    open_bh = ToneSettings(staffed_hours=StaffedHours(bank_holidays_closed=False))
    assert not [
        f for f in check_text("Hi", when=utc(2026, 8, 31, 9, 0), settings=open_bh) if f.rule == "out_of_hours"
    ]
    closure = ToneSettings(staffed_hours=StaffedHours(closed_dates=[date(2026, 12, 24)]))
    found = [
        f
        for f in check_text("Hi", when=utc(2026, 12, 24, 11, 0), settings=closure)
        if f.rule == "out_of_hours"
    ]
    assert found and "closure" in found[0].message


def test_weekdays_accept_names() -> None:
    assert StaffedHours(weekdays=["Mon", "tue", "Wednesday"]).weekdays == [0, 1, 2]
    with pytest.raises(ValueError):
        StaffedHours(weekdays=[7])


# --------------------------------------------------------------------------- check_post: length and frequency


def planned(pid: int, at: datetime, handle: str = "@BrentCouncil") -> PlannedPost:
    return PlannedPost(post_id=pid, account_handle=handle, at=at, title=f"post {pid}")


# Six posts on Tue 24 Nov 2026 (GMT), 90 minutes apart: 08:00 … 15:30.
SIX = [planned(i, utc(2026, 11, 24, 8, 0) + timedelta(minutes=90 * i)) for i in range(6)]


def post_findings(when: datetime, **kw) -> set[str]:
    found = check_post(
        "Libraries open late this week",
        when=when,
        platforms=[Platform.X],
        account_handles=["@brentcouncil"],
        existing=SIX,
        settings=kw.pop("settings", S),
        **kw,
    )
    return {f.rule for f in found}


def test_frequency_cap_seventh_post_warns() -> None:
    assert SIX[-1].at == utc(2026, 11, 24, 15, 30)
    # 17:00: 90 minutes after 15:30 (no gap problem), but the 7th post of the day (cap 6).
    assert post_findings(utc(2026, 11, 24, 17, 0)) == {"frequency_cap"}
    # Next day: nothing.
    assert post_findings(utc(2026, 11, 25, 9, 0)) == set()


def test_min_gap_warns_and_exact_gap_is_fine() -> None:
    # 16:00 is 30 minutes after 15:30.
    assert "min_gap" in post_findings(utc(2026, 11, 24, 16, 0))
    # 16:30 is exactly 60 minutes after: allowed.
    assert "min_gap" not in post_findings(utc(2026, 11, 24, 16, 30))
    # Before an existing post counts too: 07:30 is 30 minutes before 08:00.
    assert "min_gap" in post_findings(utc(2026, 11, 24, 7, 30))


def test_editing_a_post_does_not_clash_with_itself() -> None:
    # Moving post 5 (15:30) to 16:00: five others remain, nearest is 14:00 (120 min).
    assert post_findings(utc(2026, 11, 24, 16, 0), post_id=5) == set()


def test_per_account_cap_override() -> None:
    settings = ToneSettings(account_caps={"BrentCouncil": CapOverride(max_per_day=10, min_gap_minutes=15)})
    assert post_findings(utc(2026, 11, 24, 16, 0), settings=settings) == set()


def test_too_long_blocks_per_network() -> None:
    text = "a" * 281
    found = check_post(
        text,
        when=TUE_11,
        platforms=[Platform.X, Platform.BLUESKY],
        account_handles=[],
        existing=[],
        settings=S,
    )
    (f,) = [f for f in found if f.rule == "too_long"]
    assert f.severity == Severity.BLOCK
    assert "X" in f.message and "281/280 weighted characters" in f.message
    assert blocking(found)


def test_empty_post_blocks() -> None:
    found = check_post("  ", when=TUE_11, platforms=[Platform.X], account_handles=[], existing=[], settings=S)
    assert [f.rule for f in found] == ["empty"] and blocking(found)


def test_clean_post_has_no_findings_and_warnings_do_not_block() -> None:
    found = check_post(
        "Libraries open late this week: brent.gov.uk/libraries",
        when=TUE_11,
        platforms=[Platform.X, Platform.BLUESKY, Platform.MASTODON],
        account_handles=["@BrentCouncil"],
        existing=[],
        settings=S,
    )
    assert found == []
    warn_only = check_text("Great news!!!", when=TUE_11, settings=S)
    assert warn_only and not blocking(warn_only)


def test_blocks_come_first() -> None:
    found = check_text("Great news!!! Call 07700 900123", when=TUE_11, settings=S)
    assert found[0].severity == Severity.BLOCK


# --------------------------------------------------------------------------- settings as config


def test_settings_from_toml() -> None:
    doc = tomllib.loads(
        """
        max_per_day = 5
        min_gap_minutes = 45
        extra_party_names = ["Brent Independents"]

        [[pre_election_periods]]
        name = "London borough elections 2026"
        starts_on = 2026-03-26
        ends_on = 2026-05-07

        [staffed_hours]
        weekdays = ["mon", "tue", "wed", "thu", "fri"]
        start = "08:30"
        end = "17:00"
        weekend_start = "10:00"
        weekend_end = "14:00"
        closed_dates = [2026-12-24]

        [account_caps."@brent_libraries"]
        max_per_day = 2
        """
    )
    settings = ToneSettings.model_validate(doc)
    assert settings.staffed_hours.start == time(8, 30)
    assert settings.caps_for("Brent_Libraries") == (2, 45)  # min gap falls back to the default
    assert settings.caps_for("@BrentCouncil") == (5, 45)
    assert settings.pre_election_on(date(2026, 4, 1)) is not None
    assert "Labour" in settings.party_names  # defaults kept when only extras are given
    with pytest.raises(ValueError):
        ToneSettings.model_validate({"unknown_key": 1})
    with pytest.raises(ValueError):
        PreElectionPeriod(name="x", starts_on=date(2026, 5, 7), ends_on=date(2026, 3, 26))
