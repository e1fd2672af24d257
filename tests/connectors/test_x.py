"""X: fields, since_id/next_token, budget, usage cap, partial errors, lang codes, posting."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from connectors.base import PublishRequest
from connectors.errors import AuthError, NotSupported, RateLimited, UsageCapped
from connectors.x import XConnector, page_to_mentions

from .conftest import NOW, TOKEN, Recorder, fixture_json, jresp, settings

PATH = "/2/tweets/search/recent"
RATE = {"x-rate-limit-limit": "450", "x-rate-limit-remaining": "448", "x-rate-limit-reset": "1752782700"}


def make(rec: Recorder, **kw) -> XConnector:
    kw.setdefault("queries", ["Brent Council"])
    kw.setdefault("account_handles", ["BrentCouncil"])
    return XConnector(settings("x", **kw), token=TOKEN, client=rec.client(), clock=lambda: NOW)


async def test_fields_mapping_and_paging(rec: Recorder):
    rec.add("GET", PATH, [jresp(fixture_json("x/search_recent_page1.json"), headers=RATE), jresp(fixture_json("x/search_recent_last.json"), headers=RATE)])
    conn = make(rec)
    first = await conn.fetch(None, read_budget_remaining=1000)
    req = rec.requests[0]
    assert req.url.params["tweet.fields"] == "created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets,lang,public_metrics,entities"
    assert req.url.params["expansions"] == "author_id,referenced_tweets.id"
    assert req.url.params["user.fields"] == "username,name,public_metrics,verified"
    assert req.headers["authorization"] == f"Bearer {TOKEN}"
    assert first.more is False  # first poll: one page, no 7-day crawl
    assert first.reads_used == 2
    m = first.mentions[0]
    assert m.url == "https://x.com/brent_res/status/1800000000000000002"
    assert (m.author_handle, m.author_followers, m.language) == ("brent_res", 120, None)  # und → None
    assert m.reply_to_id == "1800000000000000000" and m.thread_id == "1800000000000000000"
    assert m.account_handle == "brentcouncil"
    assert (m.likes, m.reposts, m.replies, m.quotes) == (3, 1, 2, 4)
    assert json.loads(first.cursor)["streams"]["search:Brent Council"] == {"since_id": "1800000000000000002"}
    assert first.rate_limit_remaining == 448


async def test_next_token_walk_then_since_id(rec: Recorder):
    rec.add("GET", PATH, [jresp(fixture_json("x/search_recent_page1.json")), jresp(fixture_json("x/search_recent_last.json"))])
    conn = make(rec)
    cursor = json.dumps({"v": 1, "streams": {"search:Brent Council": {"since_id": "1700000000000000000"}}})
    first = await conn.fetch(cursor)
    assert first.more is True
    second = await conn.fetch(first.cursor)
    assert rec.requests[1].url.params["next_token"] == "b26v89c19zqg8o3fpzbn1e0ffhxjiofzw6po136rvbnul"
    assert rec.requests[1].url.params["since_id"] == "1700000000000000000"
    assert second.mentions[0].language is None  # qst
    assert json.loads(second.cursor)["streams"]["search:Brent Council"] == {"since_id": "1800000000000000002"}


async def test_budget_limits_max_results_and_stops(rec: Recorder):
    rec.add("GET", PATH, jresp(fixture_json("x/search_recent_last.json")))
    conn = make(rec, queries=["a", "b"])
    res = await conn.fetch(None, read_budget_remaining=15)
    assert rec.requests[0].url.params["max_results"] == "15"
    assert rec.requests[1].url.params["max_results"] == "14"
    res = await conn.fetch(None, read_budget_remaining=9)
    assert res.reads_used == 0 and any("budget" in w for w in res.warnings)
    assert len(rec.requests) == 2


async def test_usage_capped_is_not_rate_limited(rec: Recorder):
    rec.add("GET", PATH, jresp(fixture_json("x/usage_capped_429.json"), 429, RATE))
    conn = make(rec)
    with pytest.raises(UsageCapped) as info:
        await conn.fetch(None)
    assert info.value.retry_after is None and "monthly" in str(info.value)


async def test_429_with_and_without_retry_after(rec: Recorder):
    reset = str(int(NOW.timestamp()) + 120)
    rec.add("GET", PATH, [jresp(fixture_json("x/too_many_requests_429.json"), 429, {"x-rate-limit-reset": reset, "x-rate-limit-remaining": "0"}),
                          jresp(fixture_json("x/too_many_requests_429.json"), 429, {"retry-after": "30", "x-rate-limit-reset": reset})])
    conn = make(rec)
    with pytest.raises(RateLimited) as info:
        await conn.fetch(None)
    assert info.value.retry_after == pytest.approx(120)
    with pytest.raises(RateLimited) as info:
        await conn.fetch(None)
    assert info.value.retry_after == 30


async def test_200_with_errors_is_fine(rec: Recorder):
    rec.add("GET", PATH, jresp(fixture_json("x/search_recent_partial_errors.json")))
    res = await make(rec).fetch(None)
    assert len(res.mentions) == 1 and any("Not Found Error" in w for w in res.warnings)


async def test_401_auth(rec: Recorder):
    rec.add("GET", PATH, jresp({"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"}, 401))
    with pytest.raises(AuthError, match="expired or revoked"):
        await make(rec).fetch(None)


def test_default_fields_payload_falls_back_to_snowflake_time():
    body = {"data": [{"id": "1578516068309794817", "text": "hi", "edit_history_tweet_ids": ["1578516068309794817"]}], "meta": {}}
    [m], _ = page_to_mentions(body)
    assert m.created_at.year == 2022 and m.url == "https://x.com/i/web/status/1578516068309794817"


async def test_post_and_no_scheduling(rec: Recorder):
    rec.add("POST", "/2/tweets", jresp(fixture_json("x/post_created.json"), 201))
    conn = make(rec)
    with pytest.raises(NotSupported):
        await conn.publish(PublishRequest(text="x", scheduled_at=NOW + timedelta(hours=1), idempotency_key="k"))
    res = await conn.publish(PublishRequest(text="Libraries open late", reply_to="1800000000000000002", idempotency_key="k"))
    assert res.platform_post_id == "1800000000000000100"
    body = json.loads(rec.requests[0].content)
    assert body == {"text": "Libraries open late", "reply": {"in_reply_to_tweet_id": "1800000000000000002"}}


def test_an_unreadable_post_is_kept_aside_whole_and_the_page_read_on():
    from brent_tui.domain.models import SetAside

    body = {"data": [{"id": "1578516068309794817", "text": "hi"}, {"id": "2", "text": ["not", "text"]},
                     {"text": "no id"}], "meta": {}}
    aside: list[SetAside] = []
    mentions, warnings = page_to_mentions(body, source="x-main", aside=aside)
    assert [m.platform_id for m in mentions] == ["1578516068309794817"]
    assert len(aside) == 2 and len([w for w in warnings if "skipped a post" in w]) == 2
    assert aside[0].platform_id == "2" and aside[0].source == "x-main" and '"not"' in aside[0].payload
