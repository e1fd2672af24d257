"""The Feed's pure rules: row cells, London times, links, default streams, the stream form, health."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from brent_tui.domain.models import (
    ConnectorHealth,
    Mention,
    MentionFilter,
    MentionStatus,
    Platform,
    Route,
    Stream,
)
from brent_tui.domain.triage import TriageSettings, default_settings
from brent_tui.services.feed import (
    StreamForm,
    StreamFormError,
    browser_available,
    default_streams,
    describe_filter,
    find_links,
    format_row_time,
    health_items,
    parse_stream_form,
    row_cells,
    unhandled_filter,
)

NOW = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)  # a Wednesday, GMT
RESERVED = {"j", "k", "g", "G", "n", "o", "y", "f", "s", "e", "d", "X"}


def _mention(**kw) -> Mention:
    base = dict(id=1, platform=Platform.X, platform_id="1", author_id=1, author_handle="res", text="hello",
                created_at=NOW - timedelta(hours=1), fetched_at=NOW)
    base.update(kw)
    return Mention(**base)


def test_row_time_is_london_and_short_within_the_week() -> None:
    assert format_row_time(datetime(2026, 11, 24, 14, 5, tzinfo=UTC), NOW) == "Tue 14:05"
    assert format_row_time(datetime(2026, 11, 2, 9, 12, tzinfo=UTC), NOW) == " 2 Nov 09:12"
    # British Summer Time: 08:30 UTC in July is 09:30 in London.
    summer_now = datetime(2026, 7, 10, 12, 0, tzinfo=UTC)
    assert format_row_time(datetime(2026, 7, 10, 8, 30, tzinfo=UTC), summer_now) == "Fri 09:30"
    assert format_row_time(datetime(2026, 6, 1, 23, 30, tzinfo=UTC), summer_now) == " 2 Jun 00:30"


def test_row_time_shows_the_year_of_a_date_not_in_this_year() -> None:
    # Mentions dated 9999 or year 1 showed as "31 Dec 23:59", passing for this December.
    assert format_row_time(datetime(9999, 12, 31, 23, 59, tzinfo=UTC), NOW) == "31 Dec 9999"
    assert format_row_time(datetime(1, 1, 1, tzinfo=UTC), NOW) == " 1 Jan 0001"
    assert format_row_time(datetime(2025, 11, 2, 9, 12, tzinfo=UTC), NOW) == " 2 Nov 2025"
    assert format_row_time(datetime(2027, 1, 3, 9, 12, tzinfo=UTC), NOW) == " 3 Jan 2027"
    assert row_cells(_mention(created_at=datetime(9999, 12, 31, 23, 59, tzinfo=UTC)), NOW, default_settings()).time == "31 Dec 9999"
    assert all(len(format_row_time(datetime(y, 6, 1, tzinfo=UTC), NOW)) <= 12 for y in (1, 999, 2025, 9999))
    new_year = datetime(2027, 1, 2, 12, 0, tzinfo=UTC)  # the last six days run across the new year
    assert format_row_time(datetime(2026, 12, 30, 9, 0, tzinfo=UTC), new_year) == "Wed 09:00"


def test_london_formats_write_four_digit_years() -> None:
    from brent_tui.domain.london import format_london

    assert format_london(datetime(1, 1, 1, tzinfo=UTC)).endswith(" 0001 00:00")
    assert format_london(datetime(999, 6, 1, 12, tzinfo=UTC), "%d %b %Y") == "01 Jun 0999"


@pytest.mark.parametrize(("value", "mark"), [(None, " "), (-0.5, "−"), (-0.05, "−"), (0.0, "·"), (0.049, "·"),
                                             (0.05, "+"), (0.9, "+")])
def test_sentiment_marks_follow_the_bands(value: float | None, mark: str) -> None:
    assert row_cells(_mention(sentiment=value), NOW, default_settings()).sentiment == mark


def test_sentiment_marks_follow_the_configured_thresholds() -> None:
    wide = TriageSettings(sentiment_negative=-0.3, sentiment_positive=0.3)
    cells = row_cells(_mention(sentiment=-0.2), NOW, wide)
    assert (cells.sentiment, cells.band) == ("·", "neutral")


def test_row_cells_are_safe_and_complete() -> None:
    m = _mention(text="[bold]x[/] \x1b[2J line\nbreak \u202e", author_name="[red]Mal\x1b[31m", author_followers=12_345,
                 sentiment=-0.4, suggested_route=Route.ESCALATE, status=MentionStatus.FOI, platform=Platform.BLUESKY)
    c = row_cells(m, NOW, default_settings())
    assert c.snippet.startswith("[bold]x[/] ␛[2J line break")
    assert "\x1b" not in c.snippet + c.author and "\u202e" not in c.snippet and "\n" not in c.snippet
    assert c.author == "[red]Mal␛[31m"
    assert (c.followers, c.network, c.sentiment, c.band, c.route, c.escalate, c.status) == (
        "12k", "bsky", "−", "negative", "ESCALATE", True, "FOI")
    plain = row_cells(_mention(), NOW, default_settings())
    assert (plain.route, plain.sentiment, plain.followers, plain.status) == ("", " ", "–", "new")


def test_links_are_found_deduplicated_and_cleaned() -> None:
    text = ("See https://brent.gov.uk/bins. and (http://example.org/a?b=1), again https://brent.gov.uk/bins "
            "evil https://x.example/\x1b[2J\u202e end")
    assert find_links(text) == ["https://brent.gov.uk/bins", "http://example.org/a?b=1",
                                "https://x.example/␛"]
    assert find_links("no links at all") == []
    assert len(find_links(" ".join(f"https://e.org/{i}" for i in range(50)))) == 20


def test_default_streams_have_distinct_keys_and_sensible_filters() -> None:
    streams = default_streams("webby")
    assert [s.name for s in streams] == ["All", "Unhandled", "Negative", "FOI", "Last 24 hours"]
    assert len({s.key for s in streams}) == 5 and all(s.owner == "webby" for s in streams)
    assert streams[1].filter.statuses == [MentionStatus.NEW]
    assert streams[2].filter.sentiment == "negative"
    assert streams[3].filter.foi_requests and not streams[3].filter.statuses  # requests, with or without a case


def test_unhandled_filter_narrows_to_new_or_nothing() -> None:
    assert unhandled_filter(MentionFilter()).statuses == [MentionStatus.NEW]
    keep = unhandled_filter(MentionFilter(platforms=[Platform.X], statuses=[MentionStatus.NEW, MentionStatus.DONE]))
    assert keep is not None and keep.statuses == [MentionStatus.NEW] and keep.platforms == [Platform.X]
    assert unhandled_filter(MentionFilter(statuses=[MentionStatus.DONE])) is None


def test_describe_filter() -> None:
    assert describe_filter(MentionFilter()) == "everything"
    text = describe_filter(MentionFilter(platforms=[Platform.X, Platform.RSS], statuses=[MentionStatus.FOI],
                                         sentiment="negative", since_hours=24, text="flood*",
                                         account_handle="@Brent_Council", department="Environment"))
    assert text == "x/rss, mentions @Brent_Council, status FOI, Environment, negative, last 24 h, “flood*”"


def test_stream_form_parses_every_field() -> None:
    form = StreamForm(name="  Flood   watch ", key="w", networks="mastodon, X", account="@Brent_Council",
                      statuses="new assigned", department="environment", sentiment="Negative", since_hours="48",
                      text='flood* OR "River Brent"')
    stream = parse_stream_form(form, owner="webby", existing=default_streams("webby"), reserved_keys=RESERVED,
                               departments=["Web", "Environment"])
    assert stream.name == "Flood watch" and stream.key == "w" and stream.position == 5
    f = stream.filter
    assert f.platforms == [Platform.MASTODON, Platform.X]
    assert f.statuses == [MentionStatus.NEW, MentionStatus.ASSIGNED]
    assert (f.department, f.sentiment, f.since_hours, f.account_handle) == ("Environment", "negative", 48,
                                                                             "@Brent_Council")
    assert f.text == 'flood* OR "River Brent"'
    assert StreamForm.of(stream).networks == "mastodon, x"


def test_stream_form_names_every_problem() -> None:
    existing = [s.model_copy(update={"id": i + 1}) for i, s in enumerate(default_streams("webby"))]
    form = StreamForm(name="all", key="j", networks="myspace", statuses="open", sentiment="angry",
                      since_hours="soon", department="Nowhere", account="two words")
    with pytest.raises(StreamFormError) as info:
        parse_stream_form(form, owner="webby", existing=existing, reserved_keys=RESERVED, departments=["Web"])
    p = info.value.problems
    assert "already have a stream called 'all'" in p["name"]
    assert "'j' is taken by a Feed key" in p["key"] and "free: digits or" in p["key"]
    assert "unknown network 'myspace'" in p["networks"]
    assert "unknown status 'open'" in p["statuses"]
    assert "negative, neutral or positive" in p["sentiment"]
    assert "whole number" in p["since_hours"]
    assert "unknown department" in p["department"]
    assert "one handle" in p["account"]
    with pytest.raises(StreamFormError) as info:
        parse_stream_form(StreamForm(name="", key="2x"), owner="webby", existing=existing, reserved_keys=RESERVED)
    assert info.value.problems["name"] == "give the stream a name"
    assert info.value.problems["key"] == "one letter or digit"
    with pytest.raises(StreamFormError) as info:
        parse_stream_form(StreamForm(name="Other", key="2"), owner="webby", existing=existing,
                          reserved_keys=RESERVED)
    assert info.value.problems["key"] == "'2' already switches to 'Unhandled'"
    with pytest.raises(StreamFormError) as info:
        parse_stream_form(StreamForm(name="Evil\x1b[2J"), owner="webby", existing=[], reserved_keys=RESERVED)
    assert "letters" in info.value.problems["name"]
    with pytest.raises(StreamFormError) as info:
        parse_stream_form(StreamForm(name="x", since_hours="0"), owner="webby", existing=[], reserved_keys=RESERVED)
    assert "between 1 and" in info.value.problems["since_hours"]


def test_editing_a_stream_keeps_its_id_key_and_position() -> None:
    existing = [s.model_copy(update={"id": i + 1}) for i, s in enumerate(default_streams("webby"))]
    editing = existing[2]
    form = StreamForm.of(editing)
    form.name = "Negative only"
    stream = parse_stream_form(form, owner="webby", existing=existing, reserved_keys=RESERVED, editing=editing)
    assert (stream.id, stream.key, stream.position, stream.name) == (3, "3", 2, "Negative only")
    assert stream.filter == editing.filter


def test_too_many_streams_is_refused() -> None:
    existing = [Stream(id=i + 1, owner="w", name=f"s{i}", position=i) for i in range(20)]
    with pytest.raises(StreamFormError) as info:
        parse_stream_form(StreamForm(name="one more"), owner="w", existing=existing, reserved_keys=RESERVED)
    assert "delete one first" in info.value.problems["name"]


def test_health_items_show_failing_connectors_and_unpolled_ones() -> None:
    ok = ConnectorHealth(name="mastodon", last_success_at=NOW - timedelta(minutes=3))
    failing = ConnectorHealth(name="facebook", last_success_at=NOW - timedelta(days=1),
                              last_error="token expired \x1b[31m[bold]", last_error_at=NOW - timedelta(minutes=1),
                              failures=4)
    recovered = ConnectorHealth(name="bluesky", last_success_at=NOW, last_error="timeout",
                                last_error_at=NOW - timedelta(minutes=5))
    items = health_items(["mastodon", "rss"], [ok, failing, recovered], NOW)
    assert [i.name for i in items] == ["mastodon", "rss", "bluesky", "facebook"]
    by = {i.name: i for i in items}
    assert by["mastodon"].state == "ok" and by["mastodon"].last_success == "Wed 13:57"
    assert by["rss"].state == "never" and by["rss"].last_success == "never"
    assert by["bluesky"].state == "ok"
    assert by["facebook"].failing and by["facebook"].detail == "token expired ␛[31m[bold]"
    assert health_items([], [], NOW) == []


def test_browser_only_where_one_can_open() -> None:
    assert not browser_available({"SSH_CONNECTION": "1.2.3.4 22"})
    assert browser_available({"DISPLAY": ":0"})
    assert browser_available({"BROWSER": "lynx"})
    assert browser_available({"WAYLAND_DISPLAY": "wayland-0"})


def test_a_connector_held_off_by_the_network_says_when_it_tries_again() -> None:
    held = ConnectorHealth(name="x-main", last_success_at=NOW - timedelta(minutes=2),
                           next_attempt_at=NOW + timedelta(minutes=15))  # rate limit spent: reset in 15 min
    past = ConnectorHealth(name="rss", last_success_at=NOW, next_attempt_at=NOW - timedelta(minutes=1))
    by = {i.name: i for i in health_items([], [held, past], NOW)}
    assert by["x-main"].next_try == "Wed 14:15" and by["rss"].next_try == ""
