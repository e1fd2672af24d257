"""Bluesky: session reuse/refresh, search + notifications paging, facets, errors."""

from __future__ import annotations

import json
from datetime import timedelta

import httpx
import pytest

from connectors.base import PublishRequest
from connectors.bluesky import BlueskyConnector, expand_links, find_facets
from connectors.errors import AuthError, NotSupported, PermissionDenied, RateLimited

from .conftest import NOW, Recorder, fixture_json, jresp, settings

PASSWORD = "app-pass-abcd-efgh-ijkl"
BSKY_RATE = {"ratelimit-limit": "3000", "ratelimit-remaining": "2983", "ratelimit-reset": "1747676784", "ratelimit-policy": "3000;w=300"}


def make(rec: Recorder, **kw) -> BlueskyConnector:
    opts = {k: kw.pop(k) for k in ("session", "on_session") if k in kw}
    kw.setdefault("identifier", "brent.gov.uk")
    kw.setdefault("queries", ["Brent Council"])
    return BlueskyConnector(settings("bluesky", **kw), password=PASSWORD, client=rec.client(), clock=lambda: NOW, **opts)


def session_routes(rec: Recorder) -> None:
    rec.add("POST", "/xrpc/com.atproto.server.createSession", jresp(fixture_json("bluesky/createSession.json"), headers={"ratelimit-policy": "10;w=86400"}))
    rec.add("POST", "/xrpc/com.atproto.server.refreshSession", jresp(fixture_json("bluesky/refreshSession.json")))


def test_expand_links_rebuilds_full_url_with_emoji_before():
    post = fixture_json("bluesky/searchPosts_page1.json")["posts"][1]
    text = expand_links(post["record"]["text"], post["record"]["facets"])
    assert text == "Council tax help 💷 see https://www.brent.gov.uk/council-tax/help-paying #Brent"


def test_expand_links_ignores_bad_offsets():
    assert expand_links("héllo", [{"index": {"byteStart": 2, "byteEnd": 3}, "features": [{"$type": "app.bsky.richtext.facet#link", "uri": "https://x.example"}]}]) == "héllo"
    assert expand_links("hi", [{"index": {"byteStart": 0, "byteEnd": 99}, "features": []}]) == "hi"


async def test_search_mapping_and_session_reused(rec: Recorder):
    session_routes(rec)
    pages = [jresp(fixture_json("bluesky/searchPosts_page1.json"), headers=BSKY_RATE)]
    rec.add("GET", "/xrpc/app.bsky.feed.searchPosts", pages)
    rec.add("GET", "/xrpc/app.bsky.notification.listNotifications", jresp(fixture_json("bluesky/listNotifications.json")))
    saved: list[str] = []
    conn = make(rec, on_session=saved.append)
    res = await conn.fetch(None)
    await conn.fetch(res.cursor)
    assert conn.logins == 1 and len(rec.sent("/xrpc/com.atproto.server.createSession")) == 1
    assert saved and json.loads(saved[0])["accessJwt"] == "ACCESS-JWT-1"
    search = rec.sent("/xrpc/app.bsky.feed.searchPosts")[0]
    assert search.headers["authorization"] == "Bearer ACCESS-JWT-1"
    assert search.url.params["sort"] == "latest"
    by_id = {m.platform_id: m for m in res.mentions}
    p1 = by_id["at://did:plc:resident1/app.bsky.feed.post/3lpk2u6qo222m"]
    assert p1.url == "https://bsky.app/profile/resident.bsky.social/post/3lpk2u6qo222m"
    assert "https://www.brent.gov.uk/council-tax/help-paying" in p1.text
    assert "brent.gov.uk/council-ta..." in p1.raw  # original record text kept
    assert p1.author_name is None and p1.language == "en" and p1.likes == 3
    p2 = by_id["at://did:plc:weird2/app.bsky.feed.post/3lpk2u6qo333m"]
    assert p2.url == "https://bsky.app/profile/did:plc:weird2/post/3lpk2u6qo333m"  # handle.invalid → DID
    assert p2.reply_to_id.endswith("/par1") and p2.thread_id.endswith("/root1") and p2.language is None
    # notifications: mention + quote, not the like
    notes = [m for m in res.mentions if m.account_handle == "brent.gov.uk"]
    assert {m.text for m in notes} == {"@brent.gov.uk when is the library open?", "quoting the council"}
    assert res.rate_limit_remaining == 2983
    state = json.loads(res.cursor)["streams"]
    assert state["search:Brent Council"]["since"] == "2025-05-19T17:19:00Z"
    assert state["notifications"]["seen"] == "2025-03-20T20:20:50.224Z"
    # second poll uses the since watermark
    second = rec.sent("/xrpc/app.bsky.feed.searchPosts")[1]
    assert second.url.params["since"] == "2025-05-19T17:19:00Z"


async def test_search_walks_cursor_when_watermarked(rec: Recorder):
    session_routes(rec)
    rec.add("GET", "/xrpc/app.bsky.feed.searchPosts", [jresp(fixture_json("bluesky/searchPosts_page1.json")), jresp(fixture_json("bluesky/searchPosts_last.json"))])
    rec.add("GET", "/xrpc/app.bsky.notification.listNotifications", jresp({"notifications": []}))
    conn = make(rec)
    cursor = json.dumps({"v": 1, "streams": {"search:Brent Council": {"since": "2025-05-01T00:00:00Z"}}})
    first = await conn.fetch(cursor)
    assert first.more is True
    second = await conn.fetch(first.cursor)
    assert rec.sent("/xrpc/app.bsky.feed.searchPosts")[1].url.params["cursor"] == "25"
    assert second.more is False
    assert json.loads(second.cursor)["streams"]["search:Brent Council"] == {
        "since": "2025-05-19T17:19:00Z", "edge": ["at://did:plc:weird2/app.bsky.feed.post/3lpk2u6qo333m"]}


async def test_expired_token_refreshes_not_relogs(rec: Recorder):
    session_routes(rec)
    calls = {"n": 0}

    def search(req: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if req.headers["authorization"] == "Bearer ACCESS-JWT-1":
            return jresp(fixture_json("bluesky/error_expired.json"), 400)
        return jresp(fixture_json("bluesky/searchPosts_last.json"))

    rec.add("GET", "/xrpc/app.bsky.feed.searchPosts", search)
    rec.add("GET", "/xrpc/app.bsky.notification.listNotifications", jresp({"notifications": []}))
    saved: list[str] = []
    conn = make(rec, on_session=saved.append)
    await conn.fetch(None)
    assert conn.logins == 1
    refresh = rec.sent("/xrpc/com.atproto.server.refreshSession")
    assert len(refresh) == 1 and refresh[0].headers["authorization"] == "Bearer REFRESH-JWT-1"
    assert json.loads(conn.session_state)["accessJwt"] == "ACCESS-JWT-2"
    assert json.loads(saved[-1])["refreshJwt"] == "REFRESH-JWT-2"


async def test_stored_session_means_no_login(rec: Recorder):
    rec.add("GET", "/xrpc/app.bsky.feed.searchPosts", jresp(fixture_json("bluesky/searchPosts_last.json")))
    rec.add("GET", "/xrpc/app.bsky.notification.listNotifications", jresp({"notifications": []}))
    stored = json.dumps({"accessJwt": "A9", "refreshJwt": "R9", "did": "did:plc:council123", "handle": "brent.gov.uk"})
    conn = make(rec, session=stored)
    await conn.fetch(None)
    assert conn.logins == 0 and rec.sent("/xrpc/app.bsky.feed.searchPosts")[0].headers["authorization"] == "Bearer A9"


async def test_bad_password_is_auth_error_without_secret(rec: Recorder):
    rec.add("POST", "/xrpc/com.atproto.server.createSession", jresp({"error": "AuthenticationRequired", "message": f"Invalid identifier or password {PASSWORD}"}, 401))
    conn = make(rec)
    with pytest.raises(AuthError) as info:
        await conn.fetch(None)
    assert "app password" in str(info.value) and PASSWORD not in str(info.value) + repr(info.value)


async def test_login_rate_limit(rec: Recorder):
    rec.add("POST", "/xrpc/com.atproto.server.createSession", jresp({"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"}, 429, {"ratelimit-reset": str(int(NOW.timestamp()) + 600)}))
    conn = make(rec)
    with pytest.raises(RateLimited) as info:
        await conn.fetch(None)
    assert info.value.retry_after is not None


async def test_403_html_page_is_permission_denied(rec: Recorder):
    session_routes(rec)
    rec.add("GET", "/xrpc/app.bsky.feed.searchPosts", httpx.Response(403, content=b"<html><head><title>Forbidden</title></head></html>", headers={"content-type": "text/html"}))
    conn = make(rec)
    with pytest.raises(PermissionDenied, match="HTML page"):
        await conn.fetch(None)


def test_find_facets_byte_offsets_with_emoji():
    text = "🎉 New hub https://www.brent.gov.uk/hub. Ask @resident.bsky.social #Brent #2025"
    facets = find_facets(text)
    data = text.encode()
    kinds = [(f["features"][0]["$type"].split("#")[1], data[f["index"]["byteStart"]:f["index"]["byteEnd"]].decode()) for f in facets]
    assert kinds == [("link", "https://www.brent.gov.uk/hub"), ("mention", "@resident.bsky.social"), ("tag", "#Brent")]
    assert facets[0]["index"]["byteStart"] == len("🎉 New hub ".encode()) == 13


async def test_publish_record_facets_and_no_schedule(rec: Recorder):
    session_routes(rec)
    rec.add("GET", "/xrpc/com.atproto.identity.resolveHandle", lambda r: jresp({"did": "did:plc:resident1"}) if r.url.params["handle"] == "resident.bsky.social" else jresp({"error": "InvalidRequest", "message": "Unable to resolve handle"}, 400))
    rec.add("POST", "/xrpc/com.atproto.repo.createRecord", jresp(fixture_json("bluesky/createRecord.json")))
    conn = make(rec)
    with pytest.raises(NotSupported, match="outbox"):
        await conn.publish(PublishRequest(text="x", scheduled_at=NOW + timedelta(hours=1), idempotency_key="k"))
    res = await conn.publish(PublishRequest(text="💷 Help: @resident.bsky.social @nobody.example #CostOfLiving", link="https://www.brent.gov.uk/money", idempotency_key="k"))
    assert res.url == "https://bsky.app/profile/brent.gov.uk/post/3lprdud4gi72i" and not res.scheduled
    body = json.loads(rec.sent("/xrpc/com.atproto.repo.createRecord")[0].content)
    assert body["repo"] == "did:plc:council123" and body["collection"] == "app.bsky.feed.post"
    record = body["record"]
    text = record["text"]
    assert text.endswith("\nhttps://www.brent.gov.uk/money")
    data = text.encode()
    got = {f["features"][0]["$type"].split("#")[1]: (data[f["index"]["byteStart"]:f["index"]["byteEnd"]].decode(), f["features"][0]) for f in record["facets"]}
    assert got["mention"][0] == "@resident.bsky.social" and got["mention"][1]["did"] == "did:plc:resident1"
    assert got["tag"] == ("#CostOfLiving", {"$type": "app.bsky.richtext.facet#tag", "tag": "CostOfLiving"})
    assert got["link"][0] == "https://www.brent.gov.uk/money"
    assert len(record["facets"]) == 3  # unresolvable @nobody.example is left as plain text
    assert record["createdAt"] == "2025-07-17T20:00:00.000Z"


async def test_publish_too_long_refused_locally(rec: Recorder):
    conn = make(rec)
    with pytest.raises(Exception, match="300 graphemes"):
        await conn.publish(PublishRequest(text="👍🏽" * 301, idempotency_key="k"))
    assert rec.requests == []


async def test_profiles(rec: Recorder):
    session_routes(rec)
    rec.add("GET", "/xrpc/app.bsky.actor.getProfiles", jresp(fixture_json("bluesky/getProfiles.json")))
    conn = make(rec, account_handles=["brent.gov.uk"])
    [p] = await conn.profiles()
    assert (p.handle, p.followers, p.following, p.posts_count) == ("brent.gov.uk", 2500, 40, 310)
