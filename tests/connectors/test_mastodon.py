"""Mastodon: mapping, min_id/Link paging, search, notifications, publishing, errors."""

from __future__ import annotations

import json
from datetime import timedelta

import httpx
import pytest

from connectors.base import PublishRequest
from connectors.errors import AuthError, BadResponse, InvalidRequest, RateLimited
from connectors.mastodon import MastodonConnector, normalise_acct, parse_link_header

from .conftest import BASE, NOW, TOKEN, Recorder, fixture_json, jresp, settings

RATE = {"x-ratelimit-limit": "300", "x-ratelimit-remaining": "291", "x-ratelimit-reset": "2025-07-17T20:05:00.725062Z"}


def make(rec: Recorder, token: str | None = TOKEN, **kw) -> MastodonConnector:
    kw.setdefault("hashtags", ["Wembley"])
    kw.setdefault("account_handles", ["brentcouncil"])
    return MastodonConnector(settings("mastodon", **kw), token=token, client=rec.client(), clock=lambda: NOW)


def link(next_max: str, prev_min: str, path: str = "/api/v1/timelines/tag/Wembley") -> str:
    return (
        f'<{BASE}{path}?limit=40&max_id={next_max}>; rel="next", '
        f'<{BASE}{path}?limit=40&min_id={prev_min}>; rel="prev"'
    )


def test_parse_link_header_keeps_urls_verbatim():
    value = (
        '<http://localhost:3000/api/v1/notifications?max_id=21&types%5B%5D=mention>; rel="next", '
        '<http://localhost:3000/api/v1/notifications?min_id=21&types%5B%5D=mention>; rel="prev"'
    )
    links = parse_link_header(value)
    assert links["next"].endswith("max_id=21&types%5B%5D=mention")
    assert links["prev"] == "http://localhost:3000/api/v1/notifications?min_id=21&types%5B%5D=mention"


def test_normalise_acct():
    assert normalise_acct("useR_conf", "mastodon.social") == "useR_conf@mastodon.social"
    assert normalise_acct("@newsdesk@News.Example", "x") == "newsdesk@news.example"


async def test_tag_timeline_mapping(rec: Recorder):
    rec.add("GET", "/api/v1/timelines/tag/Wembley", jresp(fixture_json("mastodon/tag_timeline.json"), headers={**RATE, "link": link("1", "110000000000000004")}))
    rec.add("GET", "/api/v1/notifications", jresp([]))
    conn = make(rec)
    res = await conn.fetch(None)
    by_id = {m.platform_id: m for m in res.mentions}
    # boost → the boosted status, deduped by uri
    assert "110000000000000004" not in by_id
    boosted = by_id["110000000000000001"]
    assert boosted.text == "Original post about Brent"
    assert boosted.author_handle == "newsdesk@news.example"
    s1 = by_id["110000000000000003"]
    assert s1.author_handle == "brentresident@127.0.0.1"  # local acct gets the instance
    assert s1.text == (
        "Bins not collected on #Wembley Park Road & it's day 3\nWho do I call?\n\n"
        "See brent.gov.uk/bins-and-recycling… @brentcouncil"
    )
    assert s1.account_handle == "brentcouncil@127.0.0.1"
    assert "<span class=\\\"invisible\\\">" in s1.raw  # the original HTML is kept in raw
    assert (s1.likes, s1.reposts, s1.replies, s1.quotes) == (3, 2, 1, 0)
    cw = by_id["110000000000000002"]
    assert cw.text == "CW: Traffic\n\nRoad closure update"
    assert cw.reply_to_id == "110000000000000001"
    assert cw.language is None
    assert res.rate_limit_remaining == 291
    assert res.rate_limit_reset.isoformat().startswith("2025-07-17T20:05:00")
    # first poll: newest page only, no crawl of history
    assert res.more is False
    req = rec.sent("/api/v1/timelines/tag/Wembley")[0]
    assert req.headers["authorization"] == f"Bearer {TOKEN}"
    assert "min_id" not in req.url.params and req.url.params["limit"] == "40"


async def test_catch_up_follows_link_prev_verbatim(rec: Recorder):
    page = fixture_json("mastodon/tag_timeline.json")
    full = [page[1]] * 40  # a full page: more is waiting
    prev_url = f"{BASE}/api/v1/timelines/tag/Wembley?limit=40&min_id=110000000000000003&local=false&any%5B%5D=Brent"
    responses = [
        jresp(full, headers={**RATE, "link": f'<{BASE}/x?max_id=1>; rel="next", <{prev_url}>; rel="prev"'}),
        jresp([], headers=RATE),
    ]
    rec.add("GET", "/api/v1/timelines/tag/Wembley", responses)
    conn = make(rec, token=None)
    cursor = json.dumps({"v": 1, "streams": {"tag:Wembley": {"min_id": "110000000000000000"}}})
    first = await conn.fetch(cursor)
    assert first.more is True
    assert rec.requests[0].url.params["min_id"] == "110000000000000000"
    second = await conn.fetch(first.cursor)
    assert second.more is False and second.mentions == []
    assert str(rec.requests[1].url) == prev_url  # verbatim, %5B%5D preserved
    state = json.loads(second.cursor)["streams"]["tag:Wembley"]
    assert state["min_id"] == "110000000000000003"


async def test_link_to_other_host_is_not_followed(rec: Recorder):
    page = fixture_json("mastodon/tag_timeline.json")
    rec.add("GET", "/api/v1/timelines/tag/Wembley", jresp(page, headers={"link": '<https://evil.example/steal?min_id=5>; rel="prev"'}))
    conn = make(rec, token=None)
    res = await conn.fetch(json.dumps({"v": 1, "streams": {"tag:Wembley": {"min_id": "1"}}}))
    state = json.loads(res.cursor)["streams"]["tag:Wembley"]
    assert "next" not in state and state["min_id"] == "110000000000000004"


async def test_notifications_and_search(rec: Recorder):
    rec.add("GET", "/api/v1/notifications", jresp(fixture_json("mastodon/notifications.json")))
    rec.add("GET", "/api/v2/search", jresp(fixture_json("mastodon/search_v2.json")))
    conn = make(rec, hashtags=[], queries=["Brent Council"])
    res = await conn.fetch(None)
    assert {m.platform_id for m in res.mentions} == {"110000000000000003", "110000000000000002"}
    notif = rec.sent("/api/v1/notifications")[0]
    assert notif.url.params.get_list("types[]") == ["mention"]
    search = rec.sent("/api/v2/search")[0]
    assert search.url.params["type"] == "statuses" and search.url.params["q"] == "Brent Council"
    cur = json.loads(res.cursor)["streams"]
    assert cur["notifications"]["min_id"] == "77"  # notification ids are their own sequence
    assert cur["search:Brent Council"]["min_id"] == "110000000000000002"


async def test_anonymous_empty_search_warns(rec: Recorder):
    rec.add("GET", "/api/v2/search", jresp({"accounts": [], "statuses": [], "hashtags": [], "collections": []}))
    conn = make(rec, token=None, hashtags=[], queries=["bins"])
    res = await conn.fetch(None)
    assert res.mentions == [] and any("logged-in" in w for w in res.warnings)


async def test_429_without_retry_after_uses_iso_reset(rec: Recorder):
    rec.add("GET", "/api/v1/timelines/tag/Wembley", jresp({"error": "Too many requests"}, 429, {**RATE, "x-ratelimit-remaining": "0"}))
    conn = make(rec, token=None)
    with pytest.raises(RateLimited) as info:
        await conn.fetch(None)
    assert info.value.retry_after == pytest.approx(300.725, abs=0.01)


async def test_401_is_auth_error_in_words(rec: Recorder):
    rec.add("GET", "/api/v1/timelines/tag/Wembley", jresp({"error": "The access token is invalid"}, 401))
    rec.add("GET", "/api/v1/notifications", jresp({"error": "The access token is invalid"}, 401))
    conn = make(rec)
    with pytest.raises(AuthError, match="expired or revoked"):
        await conn.fetch(None)


@pytest.mark.parametrize(
    ("body", "ctype", "needle"),
    [
        (b"{not json", "application/json", "invalid JSON"),
        (b'[{"id": "1", "content": "<p>hi', "application/json", "truncated JSON"),
        (b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head></html>", "text/html", "HTML page"),
        (b"id,text\n1,hi", "text/csv", "content type"),
    ],
)
async def test_bad_bodies_are_clear_errors(rec: Recorder, body: bytes, ctype: str, needle: str):
    rec.add("GET", "/api/v1/timelines/tag/Wembley", httpx.Response(200, content=body, headers={"content-type": ctype}))
    conn = make(rec, token=None)
    with pytest.raises(BadResponse, match=needle):
        await conn.fetch(None)


async def test_garbled_cursor_is_a_warning(rec: Recorder):
    rec.add("GET", "/api/v1/timelines/tag/Wembley", jresp([]))
    conn = make(rec, token=None)
    res = await conn.fetch("{{{")
    assert any("cursor" in w for w in res.warnings)


async def test_publish_scheduled_sends_idempotency_key_and_iso(rec: Recorder):
    rec.add("POST", "/api/v1/statuses", jresp(fixture_json("mastodon/scheduled_status.json")))
    conn = make(rec)
    when = NOW + timedelta(hours=2)
    res = await conn.publish(PublishRequest(text="Libraries open late", link="https://www.brent.gov.uk/libraries", scheduled_at=when, idempotency_key="key-1"))
    assert res.scheduled is True and res.platform_post_id == "scheduled:3221" and res.url is None
    req = rec.sent("/api/v1/statuses")[0]
    assert req.headers["idempotency-key"] == "key-1"
    body = json.loads(req.content)
    assert body["scheduled_at"] == "2025-07-17T22:00:00.000Z"
    assert body["status"] == "Libraries open late\nhttps://www.brent.gov.uk/libraries"


async def test_publish_too_soon_is_refused_locally(rec: Recorder):
    conn = make(rec)
    with pytest.raises(InvalidRequest, match="5 minutes"):
        await conn.publish(PublishRequest(text="x", scheduled_at=NOW + timedelta(minutes=2), idempotency_key="k"))
    assert rec.requests == []


async def test_publish_now_and_delete(rec: Recorder):
    rec.add("POST", "/api/v1/statuses", jresp(fixture_json("mastodon/status_created.json")))
    rec.add("DELETE", "/api/v1/statuses/110000000000000009", jresp({}))
    rec.add("DELETE", "/api/v1/scheduled_statuses/3221", jresp({}))
    conn = make(rec)
    res = await conn.publish(PublishRequest(text="Libraries open late this week", idempotency_key="k2"))
    assert res.platform_post_id == "110000000000000009" and res.scheduled is False
    await conn.delete(res.platform_post_id)
    await conn.delete("scheduled:3221")
    assert [r.method for r in rec.requests] == ["POST", "DELETE", "DELETE"]


async def test_profiles(rec: Recorder):
    rec.add("GET", "/api/v1/accounts/lookup", jresp(fixture_json("mastodon/account_lookup.json")))
    conn = make(rec)
    [p] = await conn.profiles()
    assert (p.handle, p.followers, p.following, p.posts_count) == ("brentcouncil@127.0.0.1", 4321, 12, 987)
    assert rec.requests[0].url.params["acct"] == "brentcouncil"


async def test_a_poison_status_is_set_aside_and_the_rest_of_the_page_kept(rec: Recorder):
    """Issue 19 item 13: one status dated past year 9999 in UTC, or of the wrong shape, no longer sinks the page."""
    good = fixture_json("mastodon/tag_timeline.json")[1]
    year_10000 = {**good, "id": "990000000000000001", "uri": "https://x.example/1", "reblog": None,
                  "created_at": "9999-12-31T23:59:59-12:00"}
    wrong = {**good, "id": "990000000000000002", "uri": "https://x.example/2", "reblog": None, "account": ["nope"]}
    rec.add("GET", "/api/v1/timelines/tag/Wembley", jresp([year_10000, wrong, good], headers=RATE))
    rec.add("GET", "/api/v1/notifications", jresp([]))
    res = await make(rec).fetch(None)
    assert [m.platform_id for m in res.mentions] == [good["id"]]
    assert sorted(x.platform_id for x in res.set_aside) == ["990000000000000001", "990000000000000002"]
    assert all(json.loads(x.payload)["id"].startswith("99") for x in res.set_aside)
    assert sum("skipped an item" in w for w in res.warnings) == 2
