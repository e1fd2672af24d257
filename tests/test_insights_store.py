"""Insights figures on a small hand-checked dataset (every number worked out in the comments).

now = Fri 20 Nov 2026 12:00Z; London is on GMT in November, so London time = UTC here.
Period = 18–20 Nov 2026 → [2026-11-18T00:00Z, 2026-11-21T00:00Z).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from brent_tui.domain.insights import Period, foi_monthly
from brent_tui.domain.models import KeyPerson, MentionIn, Platform, Role
from brent_tui.domain.roles import Actor, PermissionDeniedError
from brent_tui.domain.triage import TriageSettings, default_settings
from brent_tui.store import ScoreUpdate

pytestmark = pytest.mark.contract  # on SQLite and on PostgreSQL (tests/conftest.py)

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
PERIOD = Period.of(date(2026, 11, 18), date(2026, 11, 20))
WEB = Actor(login="webby", role=Role.WEB_TEAM)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


def m(pid: str, platform: Platform, handle: str, followers: int, text: str, when: datetime, **kw) -> MentionIn:
    return MentionIn(platform=platform, platform_id=pid, author_handle=handle, author_followers=followers,
                     text=text, created_at=when, **kw)


MENTIONS = [
    m("1", Platform.X, "alice", 5000, "Bins not collected #Kilburn #bins", at(18, 9, 30)),
    m("2", Platform.X, "alice", 5000, "Still waiting #bins", at(19, 10, 15)),
    m("3", Platform.MASTODON, "bob@example.social", 200, "Lovely park #QueensPark", at(19, 10, 45)),
    m("4", Platform.X, "carol", 50, "Council tax question", at(20, 8, 0)),
    m("5", Platform.X, "alice", 5000, "Old one #bins #Wembley", at(17, 23, 30)),  # before the period
    m("6", Platform.BLUESKY, "dan.bsky.social", 1000, "#bins again #BINS", at(20, 11, 0)),
    m("7", Platform.X, "erin", 10, "Traffic #Wembley", at(20, 9, 0)),
    m("8", Platform.X, "erin", 10, "Queues #wembley", at(20, 9, 10)),
    m("9", Platform.X, "erin", 10, "Still stuck #Wembley!", at(20, 9, 20)),
    m("10", Platform.X, "frank", 5, "Thanks for the update", at(19, 9, 30), reply_to_id="900"),
    m("11", Platform.X, "BrentCouncil", 10040, "Bin collections are back to normal", at(19, 9, 0),
      likes=10, reposts=2, quotes=1),
]
for i, mention in enumerate(MENTIONS):
    if mention.platform_id == "11":
        MENTIONS[i] = mention.model_copy(update={"platform_id": "900"})


async def build(store) -> dict[str, int]:
    await store.ingest(MENTIONS, fetched_at=NOW)
    ids = {x.platform_id: x.id for x in await store.page(limit=100)}
    score = {"1": (-0.5, "bins", "Environment"), "2": (-0.2, "bins", "Environment"),
             "3": (0.6, "parks", "Parks"), "6": (0.0, "bins", "Environment")}
    await store.save_scores([ScoreUpdate(ids[p], s, 2, d, 0.5, t, False, "test") for p, (s, t, d) in score.items()])
    [acc, other] = await store.load_rows("council_accounts", [
        {"platform": "x", "handle": "BrentCouncil", "service": "Web", "followers": 10040},
        {"platform": "facebook", "handle": "brentcouncil", "service": "Web", "followers": 3294},
    ])
    await store.load_rows("follower_samples", [
        {"account_id": acc, "at": at(17, 12), "followers": 10000},  # before the period
        {"account_id": acc, "at": at(18, 0), "followers": 10010},
        {"account_id": acc, "at": at(18, 12), "followers": 10020},
        {"account_id": acc, "at": at(20, 0), "followers": 10040},
    ])
    # decisions: d3 (route 4) supersedes d2 (route 2); d4 undone; d5 outside the period
    [d1, d3] = await store.load_rows("decisions", [
        {"mention_id": ids["1"], "route": 2, "decided_by": "webby", "decided_at": at(18, 10)},
        {"mention_id": ids["2"], "route": 4, "decided_by": "webby", "decided_at": at(19, 11)},
    ])
    await store.load_rows("decisions", [
        {"mention_id": ids["2"], "route": 2, "decided_by": "webby", "decided_at": at(19, 10, 30),
         "superseded_by": d3},
        {"mention_id": ids["3"], "route": 1, "decided_by": "webby", "decided_at": at(19, 11), "undo": 1},
        {"mention_id": ids["4"], "route": 5, "decided_by": "webby", "decided_at": at(17, 11)},
    ])

    def a(route, created, due, status, done=None):
        return {"mention_id": ids["1"], "decision_id": d1, "route": route, "created_at": created, "due_at": due,
                "status": status, "done_at": done}

    await store.load_rows("assignments", [
        a(2, at(18, 10), at(19, 10), "done", at(18, 13)),  # in time, 180 min
        a(2, at(18, 12), at(19, 12), "done", at(19, 18)),  # late, 30 h = 1800 min
        a(2, at(19, 9), at(20, 9), "open"),  # overdue at 12:00 on the 20th
        a(2, at(20, 10), at(21, 10), "open"),  # pending
        a(2, at(19, 9), at(20, 9), "cancelled"),  # left out
        a(4, at(19, 11), None, "done", at(19, 12)),  # no deadline, 60 min
        a(2, at(17, 9), at(18, 9), "done", at(17, 10)),  # created before the period
    ])
    [p1, p2, p3] = await store.load_rows("posts", [
        {"body": "Bin collections are back to normal", "status": "published", "author": "webby",
         "created_at": at(18, 9), "updated_at": at(19, 9)},
        {"body": "Library hours", "status": "published", "author": "webby", "created_at": at(18, 9),
         "updated_at": at(20, 10)},
        {"body": "Old post", "status": "published", "author": "webby", "created_at": at(10, 9),
         "updated_at": at(16, 10)},
    ])
    await store.load_rows("post_targets", [
        {"post_id": p1, "account_id": acc, "status": "published", "platform_post_id": "900",
         "published_at": at(19, 9)},
        {"post_id": p2, "account_id": acc, "status": "published", "platform_post_id": "901",
         "published_at": at(20, 10)},
        {"post_id": p3, "account_id": acc, "status": "published", "platform_post_id": "800",
         "published_at": at(16, 10)},
    ])

    def case(ref, received, status="received", regime="foi", responded=None):
        return {"reference": ref, "regime": regime, "channel": "email", "request_text": "x",
                "received_on": received, "status": status, "responded_on": responded, "created_by": "webby",
                "created_at": NOW, "updated_at": NOW}

    cases = await store.load_rows("foi_cases", [
        case("F1", date(2026, 11, 18), "responded", responded=date(2026, 12, 17)),
        case("F2", date(2026, 11, 18), "responded", responded=date(2026, 12, 18)),
        case("F3", date(2026, 11, 18), "responded", responded=date(2026, 12, 21)),
        case("F4", date(2026, 11, 18), "withdrawn"),
        case("F5", date(2026, 11, 18)),
        case("F6", date(2026, 11, 19), regime="eir"),
        case("F7", date(2026, 11, 18), regime="sar"),
        case("F8", date(2026, 11, 17)),  # before the period
    ])
    await store.load_rows("foi_events", [
        {"case_id": cases[2], "kind": "clarification_requested", "on_date": date(2026, 11, 19), "by": "webby",
         "at": NOW},
        {"case_id": cases[2], "kind": "clarification_received", "on_date": date(2026, 11, 23), "by": "webby",
         "at": NOW},
    ])
    return ids


async def test_every_figure_by_hand(store) -> None:
    await build(store)
    await store.save_key_person(KeyPerson(platform=Platform.X, handle="alice", category="journalist"), WEB)
    f = await store.figures(PERIOD, now=NOW, thresholds=default_settings())

    # audience: samples in the period 10010 (18th 00:00) … 10040 (20th 00:00): +30 in 2 days = 15.0/day
    x, fb = sorted(f.growth, key=lambda g: g.platform != "x")
    assert (x.first, x.last, x.gained, x.per_day, x.followers_now) == (10010, 10040, 30, 15.0, 10040)
    assert x.daily == [(date(2026, 11, 18), 10020), (date(2026, 11, 20), 10040)]
    assert (fb.first, fb.gained, fb.per_day, fb.followers_now) == (None, None, None, 3294)

    v = f.volume
    # in the period: 1,2,3,4,6,7,8,9,10,11 (5 is 17 Nov 23:30) = 10
    assert v.total == 10
    assert v.per_day == [1, 4, 5]  # 18th: 1 · 19th: 2,3,10,11 · 20th: 4,6,7,8,9
    hours = {h: n for h, n in enumerate(v.per_hour) if n}
    assert hours == {8: 1, 9: 6, 10: 2, 11: 1}  # 09h: 1,7,8,9,10,11 · 10h: 2,3
    assert v.per_network == {"x": 8, "mastodon": 1, "bluesky": 1}
    assert v.per_network_day["x"] == [1, 3, 4]  # 19th: 2,10,11 · 20th: 4,7,8,9
    # -0.5, -0.2 negative; 0.0 neutral; 0.6 positive; 4,7,8,9,10,11 unscored
    assert v.per_sentiment == {"negative": 2, "neutral": 1, "positive": 1, "unscored": 6}
    assert f.topics == {"unscored": 6, "bins": 3, "parks": 1}
    assert f.departments == {"unscored": 6, "Environment": 3, "Parks": 1}

    # trending: recent = [19th 12:00, 20th 12:00) → 4,6,7,8,9; baseline = the 7 days before → 1,2,3,5,10,11
    # wembley: 3 recent (7,8,9) vs 1 in 7 days (5) = 0.14/day → excess 2.86; bins: 1 recent (< 3) → out
    assert [(t.key, t.recent, t.baseline_avg, t.excess) for t in f.trending_hashtags] == [("wembley", 3, 0.14, 2.86)]
    assert f.trending_topics == []  # recent topics: bins ×1 only

    # current decisions in the period: d1 route 2, d3 route 4 (d2 superseded, d4 undone, d5 on the 17th)
    assert f.routes == {2: 1, 4: 1}

    cs = f.sla_for(2)
    # 4 cases (cancelled and the 17th's left out): in time 1, late 1, overdue 1, pending 1 → 1/3 = 33.3%
    assert (cs.cases, cs.in_time, cs.late, cs.overdue, cs.pending, cs.pct_in_time) == (4, 1, 1, 1, 1, 33.3)
    assert cs.median_minutes == 990.0  # median of 180 and 1800
    svc = f.sla_for(4)
    assert (svc.cases, svc.no_deadline, svc.pct_in_time, svc.median_minutes) == (1, 1, None, 60.0)

    # posts: 900 has 1 cached reply (10) + 10 likes + 2 reposts + 1 quote on its cached copy = 14; 901: 0
    assert [(p.post_id, p.replies, p.reactions, p.engagement) for p in f.top_posts] == [(1, 1, 13, 14), (2, 0, 0, 0)]

    # influencers by reach (followers): authors with a mention in the period
    assert [(a.handle, a.followers, a.mentions) for a in f.influencers] == [
        ("BrentCouncil", 10040, 1), ("alice", 5000, 2), ("dan.bsky.social", 1000, 1),
        ("bob@example.social", 200, 1), ("carol", 50, 1), ("erin", 10, 3), ("frank", 5, 1)]
    alice = f.influencers[1]
    assert alice.avg_sentiment == pytest.approx(-0.35) and alice.key_category == "journalist"  # (-0.5-0.2)/2


async def test_rankings_frequency_and_tone(store) -> None:
    await build(store)
    freq = await store.author_ranking(PERIOD, by="frequency")
    # erin 3, alice 2, then one each by followers
    assert [a.handle for a in freq] == ["erin", "alice", "BrentCouncil", "dan.bsky.social", "bob@example.social",
                                         "carol", "frank"]
    tone = await store.author_ranking(PERIOD, by="tone")
    # alice -0.35, dan 0.0, bob 0.6; unscored last: erin (3 mentions), then carol, frank, BrentCouncil by id
    assert [a.handle for a in tone] == ["alice", "dan.bsky.social", "bob@example.social", "erin", "carol",
                                         "frank", "BrentCouncil"]


async def test_foi_in_time_per_month(store) -> None:
    await build(store)
    rows = await store.foi_case_rows(PERIOD)
    assert sorted(r.id for r in rows) == [1, 2, 3, 4, 5, 6]  # F7 is a SAR, F8 before the period
    # FOI received Wed 18 Nov: 20 working days, Mon 30 Nov (St Andrew's Day, Scotland) skipped → Thu 17 Dec.
    # F1 answered 17 Dec: in time. F2 18 Dec: late. F3: clarification received Mon 23 Nov restarts the clock
    # → Tue 22 Dec, answered 21 Dec: in time. F4 withdrawn. F5 open, past 17 Dec on 18 Dec: overdue.
    # F6 EIR received Thu 19 Nov → Fri 18 Dec: not yet late on the 18th: pending.
    [month] = foi_monthly(rows, date(2026, 12, 18), await store.holiday_calendar())
    assert (month.month, month.received, month.in_time, month.late, month.overdue, month.pending,
            month.withdrawn, month.unclear) == ("2026-11", 6, 2, 1, 1, 1, 1, 0)
    assert month.pct_in_time == 50.0  # 2 of (2 + 1 + 1)


async def test_rollup_follows_rescoring(store) -> None:
    ids = await build(store)
    await store.save_scores([ScoreUpdate(ids["4"], -0.9, 2, "Finance", 0.9, "council_tax", False, "rescored")])
    f = await store.figures(PERIOD, now=NOW, thresholds=default_settings())
    assert f.volume.per_sentiment == {"negative": 3, "neutral": 1, "positive": 1, "unscored": 5}
    assert f.topics["council_tax"] == 1 and f.topics["unscored"] == 5


async def test_sentiment_figures_follow_the_configured_thresholds(store) -> None:
    await build(store)  # scored: -0.5, -0.2, 0.0, 0.6
    wide = TriageSettings(sentiment_negative=-0.3, sentiment_positive=0.7)
    v = await store.mention_volume(PERIOD, wide)
    assert v.per_sentiment == {"negative": 1, "neutral": 3, "positive": 0, "unscored": 6}


async def test_key_people_need_permission(store) -> None:
    guest = Actor(login="stranger")
    officer = Actor(login="omar", role=Role.SERVICE_OFFICER)
    person = KeyPerson(platform=Platform.X, handle="cllr_jones", name="Cllr Jones", category="councillor")
    for actor in (guest, officer):
        with pytest.raises(PermissionDeniedError):
            await store.save_key_person(person, actor)
    saved = await store.save_key_person(person, WEB)
    index = await store.key_people_index()
    assert index[("x", "cllr_jones")].name == "Cllr Jones"
    with pytest.raises(PermissionDeniedError):
        await store.delete_key_person(saved.id, officer)
    await store.delete_key_person(saved.id, WEB)
    assert await store.key_people() == []
    actions = [e.action for e in await store.audit_entries(who="webby")]
    assert actions == ["save", "delete"]
