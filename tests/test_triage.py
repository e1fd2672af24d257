"""Triage rules (Appendix A): routes with their reasons, factor boundaries, FOI, spikes, queue order."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from pydantic import ValidationError

from brent_tui.domain.models import Platform, Route
from brent_tui.domain.triage import (
    KeywordRule,
    Suggestion,
    TriageInput,
    TriageSettings,
    compile_rules,
    default_settings,
    detect_foi,
    detect_topic,
    keyword_words,
    priority,
    queue_key,
    reach_factor,
    sentiment,
    sentiment_band,
    suggest,
    tone_word,
    topic_spike,
    watch_triggers,
)

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
S = default_settings()


def run(text: str, settings: TriageSettings | None = None, **kw: object) -> Suggestion:
    kw.setdefault("platform", Platform.X)
    kw.setdefault("author_handle", "resident")
    kw.setdefault("author_followers", 250)
    kw.setdefault("created_at", NOW - timedelta(minutes=10))
    kw.setdefault("now", NOW)
    return suggest(TriageInput(text=text, **kw), settings or S)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- the five routes


def test_route_1_monitor_positive_comment() -> None:
    s = run("lovely event at Roundwood Park today")
    assert s.route is Route.MONITOR
    assert s.sentiment > 0
    assert "tone: positive" in s.summary
    assert "reach: 250 followers (low)" in s.reasons
    assert "keep monitoring" in s.route_reason
    assert not s.foi and not s.emergency


def test_route_1_monitor_no_topic_neutral() -> None:
    s = run("Heading into Wembley for the match")
    assert s.route is Route.MONITOR
    assert s.topic is None and s.department is None
    assert "topic: none recognised" in s.reasons


def test_route_2_customer_services_own_case_with_reference() -> None:
    s = run("my bin has been missed three weeks running, reference 12345")
    assert s.route is Route.CUSTOMER_SERVICES
    assert s.department == "Environment"
    assert s.topic == "bins"
    assert "12345" in s.route_reason and "24 h" in s.route_reason
    assert "complaint" in s.criticality.reason
    assert "topic: bins (Environment)" in s.reasons


def test_route_2_customer_services_complaint_without_reference() -> None:
    s = run("Still waiting for someone to fix the damp in my flat, reported it in January")
    assert s.route is Route.CUSTOMER_SERVICES
    assert s.department == "Housing"
    assert "their own service" in s.route_reason and "still waiting" in s.route_reason


def test_route_2_pcn_number_is_a_case_reference() -> None:
    s = run("Got a parking ticket BT12345678 outside my own house in Queensbury")
    assert s.route is Route.CUSTOMER_SERVICES
    assert s.department == "Parking"
    assert "BT12345678" in s.route_reason


def test_route_3_web_team_question() -> None:
    s = run("what day is my bin collected in Kilburn?")
    assert s.route is Route.WEB_TEAM
    assert s.department == "Environment"
    assert "question" in s.route_reason
    assert s.summary == "reach: 250 followers (low); tone: neutral; topic: bins (Environment)"


@pytest.mark.parametrize(
    ("text", "department"),
    [
        ("How do I apply for a council-tax single person discount", "Finance"),
        ("where can I renew my library card", "Libraries"),
        ("When is the deadline for secondary school admissions in Brent", "Education"),
        ("how do i get a visitor permit for event days near the stadium", "Parking"),
    ],
)
def test_route_3_how_do_i_questions(text: str, department: str) -> None:
    s = run(text)
    assert s.route is Route.WEB_TEAM
    assert s.department == department


def test_route_2_a_fault_at_a_named_place() -> None:
    # Domain notes §8: a defect somewhere an officer can find and fix is customer services' (it was
    # "a general comment" for the web team before the rules read places).
    s = run("The potholes on Dollis Hill Lane are terrible")
    assert s.route is Route.CUSTOMER_SERVICES
    assert s.department == "Highways"
    assert "a fault at a place" in s.route_reason


def test_route_4_service_conversation_planning_thread() -> None:
    s = run(
        "Has anyone objected to the planning application for the tower on Ealing Road? Deadline Friday",
        thread_replies=10,
        is_reply=True,
        platform=Platform.FACEBOOK,
    )
    assert s.route is Route.SERVICE_CONVERSATION
    assert s.department == "Planning"
    assert "thread: 10 replies" in s.reasons
    assert "ongoing conversation (a reply in a thread) about planning applications" in s.route_reason


def test_route_4_comes_from_the_thread_not_the_reply_count() -> None:
    # The same text from the same author gets the same route whatever the network's reply count;
    # being part of a thread we hold is what makes it a conversation.
    text = "I don't think the consultation on the Wembley Park low traffic scheme is fair on Preston Road"
    routes = {run(text, thread_replies=n).route for n in (0, 4, 5, 50)}
    assert len(routes) == 1 and Route.SERVICE_CONVERSATION not in routes
    s = run(text, thread_mentions=3)
    assert s.route is Route.SERVICE_CONVERSATION
    assert "3 other posts of the thread held" in s.route_reason


def test_route_5_emergency_keyword_with_spike() -> None:
    s = run(
        "Flooding on Harrow Road again, water everywhere",
        author_followers=48_000,
        topic_volume_recent=30,
        topic_volume_baseline=2.0,
    )
    assert s.route is Route.ESCALATE
    assert s.emergency and s.spike
    assert s.department == "Emergency Planning"
    assert s.summary.startswith("reach: 48k followers (high); tone: ")
    assert "topic: flooding (emergency keyword)" in s.reasons
    assert "volume: 30 in the last 2 h vs usual 2 (spike ×15.0)" in s.reasons
    assert "emergency keyword with a volume spike" in s.route_reason


def test_emergency_keyword_escalates_without_a_spike() -> None:
    # Domain notes §8: a gas leak is a risk to life whatever the reach (it went to the web team
    # unless a volume spike came with it).
    s = run("There is a smell of gas on Church Road near the school")
    assert s.emergency and not s.spike
    assert s.route is Route.ESCALATE
    assert "emergency: gas leak (“smell of gas”)" in s.route_reason
    assert s.department == "Emergency Planning"
    assert "emergency" in s.criticality.reason


def test_routine_hazard_words_do_not_make_an_emergency() -> None:
    s = run("The road floods every time it rains outside 12 Park Avenue NW2, the drains are blocked")
    assert s.route is Route.CUSTOMER_SERVICES


def test_spike_ignored_for_an_old_mention() -> None:
    s = run(
        "Flooding on Harrow Road",
        created_at=NOW - timedelta(hours=30),
        topic_volume_recent=30,
        topic_volume_baseline=2.0,
    )
    assert not s.spike and "volume spike" not in s.route_reason
    assert any("30 h old" in r for r in s.reasons)


def test_low_reach_abuse_without_substance_is_monitored() -> None:
    # Domain notes §8 step 5: low-reach abuse with no substance is monitored (it escalated before).
    s = run("you lot at the council are scum")
    assert s.route is Route.MONITOR
    assert "abusive language" in s.criticality.reason
    assert s.criticality.level == "high"


def test_route_5_threat_with_curly_apostrophe() -> None:
    s = run("I\u2019ll kill whoever gave me this PCN")
    assert s.route is Route.ESCALATE
    assert s.department == "Parking"


def test_route_5_verified_journalist_key_person() -> None:
    s = run(
        "Can Brent explain the delays to the Stonebridge regeneration?",
        author_followers=3_000,
        author_verified=True,
        author_is_key_person=True,
        key_person_category="Journalist",
    )
    assert s.route is Route.ESCALATE
    assert "key person: journalist" in s.route_reason
    assert "reach: 3k followers, verified, key person: journalist (high)" in s.reasons


def test_community_group_key_person_is_not_escalated_for_that_alone() -> None:
    s = run("lovely event at Roundwood Park today", author_is_key_person=True, key_person_category="community_group")
    assert s.route is Route.MONITOR
    assert s.reach.level == "medium"


def test_route_5_high_followers() -> None:
    text = "Why is Brent Council still not answering about the Civic Centre closures?"
    s = run(text, author_followers=50_000)
    assert s.route is Route.ESCALATE
    assert "highly influential: 50k audience" in s.route_reason
    assert "highly influential" not in run(text, author_followers=49_999).route_reason


def test_a_large_account_saying_nothing_of_consequence_is_monitored() -> None:
    # Domain notes §8 step 5 (a 50k account escalated whatever it said before).
    assert run("Visiting Brent Civic Centre today", author_followers=2_000_000).route is Route.MONITOR


def test_route_5_legal_threat() -> None:
    s = run("I will be contacting my solicitor about this parking fine")
    assert s.route is Route.ESCALATE
    assert "legal threat (“solicitor”)" in s.route_reason
    assert s.criticality.level == "high"


@pytest.mark.parametrize("cue", ["ombudsman", "judicial review", "legal action"])
def test_route_5_legal_cues(cue: str) -> None:
    assert run(f"Taking this to {cue} if the housing repairs are not done").route is Route.ESCALATE


def test_route_5_media_enquiry() -> None:
    s = run("Hi, press enquiry from the Brent & Kilburn Times about the library closures")
    assert s.route is Route.ESCALATE
    assert any(r.startswith("media enquiry") for r in s.reasons)
    assert s.importance.level == "high"


def test_route_5_high_reach_very_negative() -> None:
    s = run(
        "Brent council parking wardens are an absolute shambles, a disgrace and a total joke",
        author_followers=12_000,
    )
    assert s.route is Route.ESCALATE
    assert s.criticality.reason.startswith("tone: very negative")
    assert "high reach (12k audience) with a very negative tone" in s.route_reason


def test_controversial_spike_with_negative_tone() -> None:
    s = run(
        "This consultation is a sham and a disgrace",
        topic_volume_recent=40,
        topic_volume_baseline=4.0,
    )
    assert s.route is Route.ESCALATE
    assert "controversial: consultation volume spike" in s.route_reason


# --------------------------------------------------------------------------- factors and boundaries


@pytest.mark.parametrize(
    ("followers", "level", "shown"),
    [
        (0, "low", "0 followers"),
        (1, "low", "1 follower"),
        (999, "low", "999 followers"),
        (1_000, "medium", "1k followers"),
        (9_999, "medium", "9.9k followers"),
        (10_000, "high", "10k followers"),
        (48_000, "high", "48k followers"),
        (49_999, "high", "49k followers"),
        (50_000, "very high", "50k followers"),
        (1_234_567, "very high", "1.2m followers"),
    ],
)
def test_reach_boundaries(followers: int, level: str, shown: str) -> None:
    f = reach_factor(followers, Platform.X, False, None, S)
    assert f.level == level
    assert f.reason == f"reach: {shown} ({level})"


def test_reach_scores_rise_with_followers() -> None:
    scores = [reach_factor(n, Platform.X, False, None, S).score for n in (0, 10, 999, 1_000, 9_999, 10_000, 10**6)]
    assert scores == sorted(scores)
    assert scores[0] > 0 and scores[-1] == 1.0


def test_reach_platform_weight_and_unknown_followers() -> None:
    f = reach_factor(12_000, Platform.LINKEDIN, False, None, S)
    assert f.level == "medium"  # 12k × 0.5
    assert "linkedin audience ×0.5" in f.reason
    u = reach_factor(None, Platform.RSS, False, None, S)
    assert u.level == "low" and "followers unknown" in u.reason


def test_reach_verified_bonus() -> None:
    plain = reach_factor(500, Platform.X, False, None, S)
    verified = reach_factor(500, Platform.X, True, None, S)
    assert verified.score == pytest.approx(plain.score + S.verified_bonus)
    assert "verified" in verified.reason


def test_custom_thresholds() -> None:
    s = TriageSettings(followers_medium=100, followers_high=500, followers_very_high=2_000, escalate_followers=2_000)
    assert reach_factor(499, Platform.X, False, None, s).level == "medium"
    assert reach_factor(500, Platform.X, False, None, s).level == "high"
    text = "Why is Brent Council still not answering about the Civic Centre closures?"
    assert run(text, s, author_followers=2_000).route is Route.ESCALATE


def test_tone_thresholds() -> None:
    assert tone_word(-0.6, S) == "very negative"
    assert tone_word(-0.59, S) == "negative"
    assert tone_word(-0.05, S) == "negative"
    assert tone_word(0.0, S) == "neutral"
    assert tone_word(0.05, S) == "positive"


@pytest.mark.parametrize(("score", "band"), [(None, None), (-0.9, "negative"), (-0.05, "negative"),
                                             (-0.049, "neutral"), (0.0, "neutral"), (0.049, "neutral"),
                                             (0.05, "positive"), (1.0, "positive")])
def test_sentiment_band_at_the_default_thresholds(score: float | None, band: str | None) -> None:
    assert sentiment_band(score, S) == band


def test_sentiment_band_follows_the_configured_thresholds() -> None:
    wide = TriageSettings(sentiment_negative=-0.3, sentiment_positive=0.3)
    assert [sentiment_band(x, wide) for x in (-0.3, -0.29, 0.1, 0.29, 0.3)] == [
        "negative", "neutral", "neutral", "neutral", "positive"]
    assert tone_word(-0.2, wide) == "neutral" and tone_word(-0.7, wide) == "very negative"


def test_sentiment_uk_words() -> None:
    assert sentiment("what a shambles") < -0.3
    assert sentiment("you are scum") < -0.5
    assert sentiment("I got a parking fine") <= 0  # a penalty, not approval
    assert sentiment("Brilliant, thank you!") > 0.5


def test_sentiment_is_thread_safe() -> None:
    texts = [f"Terrible service number {i}, absolutely awful" for i in range(200)]
    expected = [sentiment(t) for t in texts]
    results: dict[int, list[float]] = {}

    def work(k: int) -> None:
        results[k] = [sentiment(t) for t in texts]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == expected for r in results.values())


def test_priority_is_the_product_and_never_zero() -> None:
    assert priority(0.5, 0.5, 0.4) == pytest.approx(0.1)
    assert priority(0.0, 1.0, 1.0) > 0


def test_escalations_outrank_routine() -> None:
    routine = run("what day is my bin collected in Kilburn?")
    flood = run("Flooding on Harrow Road", author_followers=48_000, topic_volume_recent=30, topic_volume_baseline=2.0)
    abuse = run("you lot at the council are scum")
    assert flood.priority > abuse.priority > routine.priority


def test_queue_ordering() -> None:
    old = NOW - timedelta(hours=3)
    new = NOW - timedelta(minutes=5)
    items = [("low-new", 0.1, new), ("high-new", 0.9, new), ("low-old", 0.1, old), ("high-old", 0.9, old)]
    items.sort(key=lambda x: queue_key(x[1], x[2]))
    assert [x[0] for x in items] == ["high-old", "high-new", "low-old", "low-new"]


# --------------------------------------------------------------------------- topics


@pytest.mark.parametrize(
    ("text", "topic", "department"),
    [
        ("Fly-tipping again on Neasden Lane", "fly-tipping", "Environment"),
        ("flytipping on Neasden Lane", "fly-tipping", "Environment"),
        ("fly tipping on Neasden Lane", "fly-tipping", "Environment"),
        ("My COUNCIL TAX bill is wrong", "council tax", "Finance"),
        ("Got a PCN in Wembley", "parking", "Parking"),
        ("Event-day traffic in Wembley Park is gridlock", "event-day traffic", "Parking"),
        ("Street light out on Kenton Road", "street lights", "Highways"),
        ("Black mould in the bedroom", "damp and mould", "Housing"),
        ("Rough sleepers in Harlesden need help", "homelessness", "Housing"),
        ("Noise from the flat upstairs every night", "noise", "Regulatory Services"),
        ("Any jobs going at Brent Civic Centre", "jobs", "HR"),
        ("Have your say on the Kilburn High Road plans", "consultation", "Policy"),
        ("Power cut across Kingsbury", "power cut", "Emergency Planning"),
        ("gas leak on Church Road", "gas leak", "Emergency Planning"),  # not Housing's "leak"
    ],
)
def test_detect_topic(text: str, topic: str, department: str) -> None:
    rule = detect_topic(text, S)
    assert rule is not None
    assert (rule.topic, rule.department) == (topic, department)


@pytest.mark.parametrize("text", ["Parking in Wembley is fine", "Fantastic concert tonight", "The firefly festival"])
def test_word_boundaries(text: str) -> None:
    rule = detect_topic(text, S)
    assert rule is None or not rule.emergency
    if "Parking" not in text:
        assert rule is None


def test_no_false_topic_from_word_parts() -> None:
    assert detect_topic("Binary options scam", S) is None  # "bin" is not "binary"
    assert detect_topic("the tower in Wembley", S) is None  # no "tow*" parking rule
    assert detect_topic("please send me the form", S) is None  # "SEND" only as "SEND support"


def test_wildcards_and_custom_rules() -> None:
    rules = [KeywordRule(topic="trees", keywords=["tree*", "tree surgeon"], department="Environment", weight=0.8)]
    s = TriageSettings(rules=rules)
    assert detect_topic("Trees blocking the pavement", s) is not None
    assert detect_topic("Street lights out", s) is None  # the defaults were replaced
    assert keyword_words("Fly-Tip*") == (("fly", False), ("tip", True))


def test_model_copy_recompiles_rules() -> None:
    s1 = TriageSettings(rules=[KeywordRule(topic="a", keywords=["alpha"], department="X")])
    assert detect_topic("alpha", s1) is not None
    s2 = s1.model_copy(update={"rules": [KeywordRule(topic="b", keywords=["beta"], department="Y")]})
    assert detect_topic("alpha", s2) is None
    rule = detect_topic("beta", s2)
    assert rule is not None and rule.department == "Y"
    assert compile_rules(s1) is compile_rules(s1)


def test_most_hits_wins_then_weight() -> None:
    rule = detect_topic("pothole outside the library, another pothole by the school", S)
    assert rule is not None and rule.topic == "potholes"


# --------------------------------------------------------------------------- FOI


@pytest.mark.parametrize(
    "text",
    [
        "This is a freedom of information request: how many PCNs were issued in 2025?",
        "FOI request: spend on temporary accommodation",
        "Under the FOI act please send me the contract",
        "Making a FOIA request for the Wembley event-day traffic plans",
        "#FOI how many potholes were repaired",
        "Information request: number of missed bins in Kilburn",
        "Request for information about the Alperton towers",
        "Freedom-of-Information: library budgets",
        "This is an EIR request about air quality",
        "I want to make a subject access request for my housing file",
        "FoI: councillors' expenses",
    ],
)
def test_foi_positive(text: str) -> None:
    assert detect_foi(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kitchen FOIL trays in the recycling?",
        "foil",
        "Ele foi ao centro de Wembley",  # Portuguese "he went"
        "Foi incrível o concerto",
        "Information about bin days please",
        "Lovely event at Roundwood Park",
        "",
    ],
)
def test_foi_negative(text: str) -> None:
    assert not detect_foi(text)


def test_foi_flag_in_suggestion() -> None:
    s = run("Under the FOI act please tell me how many PCNs were issued on event days in 2025")
    assert s.foi
    assert s.route is Route.WEB_TEAM
    assert any(r.startswith("FOI request") for r in s.reasons)
    assert s.importance.score >= 0.5


# --------------------------------------------------------------------------- spikes and watches


def test_topic_spike() -> None:
    assert topic_spike(2, 0.5, S)[0] is False  # ratio 4, but too few to matter
    assert topic_spike(4, 0.0, S)[0] is False
    assert topic_spike(5, 0.0, S) == (True, "volume: 5 in the last 2 h vs usual 0 (spike)")
    assert topic_spike(9, 3.0, S)[0] is True  # exactly 3×
    assert topic_spike(8, 3.0, S) == (False, "volume: 8 in the last 2 h vs usual 3")
    assert topic_spike(12, 2.5, S) == (True, "volume: 12 in the last 2 h vs usual 2.5 (spike ×4.8)")


def test_watch_triggers_name_what_brought_it_back() -> None:
    assert watch_triggers(3, None, None, None, "asingh", S) == []
    assert watch_triggers(22, None, None, None, "asingh", S) == ["22 new replies since asingh watched it"]
    reasons = watch_triggers(0, ("bbclondon", 1_200_000), "flooding", (12, 2.0), "asingh", S)
    assert reasons == ["@bbclondon (1.2m followers) joined the thread", "flooding ×6 its usual volume"]
    assert watch_triggers(0, None, "flooding", (8, 3.0), "asingh", S) == []  # not a spike
    assert watch_triggers(0, None, "flooding", (6, 0.0), "asingh", S) == ["flooding: 6 in the last 2 h, usually none"]


# --------------------------------------------------------------------------- settings and inputs


def test_settings_validation_messages() -> None:
    with pytest.raises(ValidationError, match="followers thresholds must rise"):
        TriageSettings(followers_medium=10_000, followers_high=1_000)
    with pytest.raises(ValidationError, match="sentiment thresholds must rise"):
        TriageSettings(sentiment_very_negative=-0.01, sentiment_negative=-0.5)
    with pytest.raises(ValidationError, match="only allowed at the end of a word"):
        KeywordRule(topic="x", keywords=["*bin"], department="Environment")
    with pytest.raises(ValidationError, match="at least one letter or digit"):
        KeywordRule(topic="x", keywords=["&&"], department="Environment")
    with pytest.raises(ValidationError, match="weight"):
        KeywordRule(topic="x", keywords=["bin"], department="Environment", weight=5)
    with pytest.raises(ValidationError, match="listed twice"):
        TriageSettings(
            rules=[
                KeywordRule(topic="Bins", keywords=["bin"], department="Environment"),
                KeywordRule(topic="bins", keywords=["bins"], department="Environment"),
            ]
        )
    with pytest.raises(ValidationError, match="extra"):
        TriageSettings(treshold=3)  # type: ignore[call-arg]
    with pytest.raises(ValidationError, match="between 0 and 10"):
        TriageSettings(platform_weights={"x": 50})  # type: ignore[dict-item]


def test_settings_from_toml_like_dict() -> None:
    s = TriageSettings.model_validate(
        {
            "followers_high": 20_000,
            "platform_weights": {"linkedin": 0.3},
            "rules": [{"topic": "parks", "keywords": ["park*"], "department": "Environment", "weight": 0.6}],
        }
    )
    assert s.audience_weight(Platform.LINKEDIN) == 0.3
    assert s.audience_weight(Platform.X) == 1.0  # not listed: neutral


def test_default_rules_cover_the_brief() -> None:
    departments = {r.department for r in S.rules}
    assert departments >= {
        "Environment", "Finance", "Parking", "Highways", "Housing", "Libraries", "Education",
        "Planning", "Regulatory Services", "Emergency Planning", "HR", "Policy",
    }
    assert all(r.weight == 3.0 for r in S.rules if r.emergency)


def test_naive_datetime_refused() -> None:
    with pytest.raises(ValidationError, match="naive"):
        TriageInput(text="x", platform=Platform.X, created_at=datetime(2026, 1, 1), now=NOW)


# --------------------------------------------------------------------------- SLA clocks

from datetime import UTC as _UTC  # noqa: E402
from datetime import date as _date  # noqa: E402
from datetime import datetime as _dt  # noqa: E402
from datetime import time as _time  # noqa: E402

import pytest as _pytest  # noqa: E402

from brent_tui.domain.triage import sla_due_at  # noqa: E402


def _utc(*args: int) -> _dt:
    return _dt(*args, tzinfo=_UTC)


@_pytest.mark.parametrize(("start", "hours", "due"), [
    (_utc(2026, 11, 20, 16, 0), 24, _utc(2026, 11, 25, 16, 0)),  # Friday 4 pm GMT: 1 h + Mon + Tue + 7 h Wed
    (_utc(2026, 11, 18, 19, 30), 2, _utc(2026, 11, 19, 11, 0)),  # evening: counts from next opening
    (_utc(2026, 11, 21, 12, 0), 4, _utc(2026, 11, 23, 13, 0)),  # Saturday: Monday 9 am + 4 h
    (_utc(2026, 11, 19, 7, 0), 8, _utc(2026, 11, 19, 17, 0)),  # before opening: exactly one office day
    (_utc(2026, 12, 24, 15, 0), 4, _utc(2026, 12, 29, 11, 0)),  # Christmas and Boxing Day skipped
    (_utc(2026, 3, 27, 15, 0), 4, _utc(2026, 3, 30, 10, 0)),  # BST from Sun 29 Mar: Monday opens 08:00 UTC
    (_utc(2026, 10, 23, 15, 0), 4, _utc(2026, 10, 26, 12, 0)),  # Fri 1 h (BST); Mon GMT 09:00 UTC + 3 h
])
def test_sla_office_hours(start: _dt, hours: float, due: _dt) -> None:
    assert sla_due_at(start, hours, office_hours_only=True) == due


def test_sla_plain_hours_and_custom_days() -> None:
    assert sla_due_at(_utc(2026, 11, 20, 16, 0), 24) == _utc(2026, 11, 21, 16, 0)
    closed = {_date(2026, 11, 23)}
    due = sla_due_at(_utc(2026, 11, 20, 16, 0), 3, office_hours_only=True, office_start=_time(8, 0),
                     office_end=_time(18, 0), is_working_day=lambda d: d.weekday() < 5 and d not in closed)
    assert due == _utc(2026, 11, 24, 9, 0)
    with _pytest.raises(ValueError):
        sla_due_at(_utc(2026, 1, 1), -1)
    with _pytest.raises(ValueError):
        sla_due_at(_dt(2026, 1, 1), 1)  # naive


def test_explain_lines_carry_route_and_factors() -> None:
    from brent_tui.domain.triage import TriageInput, explain, suggest

    now = _utc(2026, 11, 20, 12, 0)
    s = suggest(TriageInput(text="Flooding on my street, water coming in", platform="x", author_followers=60_000,
                            created_at=now, now=now))
    lines = explain(s).splitlines()
    assert lines[0].startswith(f"suggested {int(s.route)} · {s.route.label}: ")
    assert [line.split()[0] for line in lines[1:4]] == ["reach", "criticality", "importance"]
    assert "very high" in lines[1] and "60k followers" in lines[1]
