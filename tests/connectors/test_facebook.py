"""Facebook: feed + comments, paging.next, dedupe, story fallback, error codes, scheduling."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from connectors.base import PublishRequest
from connectors.errors import AuthError, InvalidRequest, PermissionDenied, RateLimited
from connectors.facebook import FacebookConnector, strip_token

from .conftest import NOW, TOKEN, Recorder, fixture_json, jresp, settings


def make(rec: Recorder) -> FacebookConnector:
    return FacebookConnector(settings("facebook", page_id="555"), token=TOKEN, client=rec.client(), clock=lambda: NOW)


def test_strip_token_keeps_the_rest():
    url = "https://graph.facebook.com/v2.1/25781101980_10152312644461981/comments?summary=true&access_token=access_token&limit=25&after=MTE%3D"
    assert strip_token(url) == "https://graph.facebook.com/v2.1/25781101980_10152312644461981/comments?summary=true&limit=25&after=MTE%3D"


async def test_feed_and_comments(rec: Recorder):
    rec.add("GET", "/555/feed", jresp(fixture_json("facebook/feed.json"), headers={"x-app-usage": '{"call_count":28,"total_time":25,"total_cputime":25}'}))
    rec.add("GET", "/555_1001/comments", jresp(fixture_json("facebook/comments.json")))
    conn = make(rec)
    res = await conn.fetch(None)
    ids = [m.platform_id for m in res.mentions]
    assert ids == ["555_1002", "1001_2", "1001_1"]  # own post excluded, repeated id deduped
    story = res.mentions[0]
    assert story.text == "A Resident shared a link." and story.author_name == "A Resident"
    c = res.mentions[1]
    assert c.text == "Thanks! 🙏" and c.reply_to_id == "555_1001" and c.likes == 2
    assert c.created_at.isoformat() == "2025-06-01T09:30:00+00:00"
    assert res.rate_limit_remaining == 72
    req = rec.requests[0]
    assert req.headers["authorization"] == f"Bearer {TOKEN}" and "access_token" not in str(req.url)
    state = json.loads(res.cursor)
    assert state["comment_marks"]["555_1001"] == "2025-06-01T09:30:00+0000"


async def test_comment_paging_follows_next_without_token(rec: Recorder):
    rec.add("GET", "/555/feed", jresp({"data": []}))
    pages = [jresp(fixture_json("facebook/comments.json")), jresp({"data": [], "paging": {}})]
    rec.add("GET", "/555_1001/comments", pages[0])
    rec.add("GET", "/v21.0/1001/comments", pages[1])
    conn = make(rec)
    cursor = json.dumps({"v": 1, "feed_since": 1, "comment_marks": {"555_1001": "2025-06-01T08:00:00+0000"}})
    await conn.fetch(cursor)
    followed = rec.sent("/v21.0/1001/comments")[0]
    assert str(followed.url) == "http://127.0.0.1:9/v21.0/1001/comments?after=Mzc%3D"


@pytest.mark.parametrize(
    ("name", "exc", "needle"),
    [("error_190", AuthError, "expired or revoked"), ("error_4", RateLimited, "throttled"), ("error_200", PermissionDenied, "permission")],
)
async def test_error_codes(rec: Recorder, name, exc, needle):
    status = 400 if name != "error_200" else 403
    rec.add("GET", "/555/feed", jresp(fixture_json(f"facebook/{name}.json"), status, {"x-business-use-case-usage": '{"555":[{"type":"pages","call_count":100,"total_cputime":10,"total_time":10,"estimated_time_to_regain_access":5}]}'}))
    with pytest.raises(exc, match=needle) as info:
        await make(rec).fetch(None)
    if exc is RateLimited:
        assert info.value.retry_after == pytest.approx(300, abs=5)


async def test_schedule_publish(rec: Recorder):
    rec.add("POST", "/555/feed", jresp(fixture_json("facebook/post_created.json")))
    conn = make(rec)
    with pytest.raises(InvalidRequest, match="10 minutes"):
        await conn.publish(PublishRequest(text="x", scheduled_at=NOW + timedelta(minutes=5), idempotency_key="k"))
    res = await conn.publish(PublishRequest(text="Bin day", link="https://www.brent.gov.uk/bins", scheduled_at=NOW + timedelta(days=1), idempotency_key="k"))
    assert res.scheduled and res.platform_post_id == "555_1009"
    body = json.loads(rec.requests[0].content)
    assert body == {"message": "Bin day", "link": "https://www.brent.gov.uk/bins", "published": False, "scheduled_publish_time": int((NOW + timedelta(days=1)).timestamp())}


async def test_post_counts_leave_out_only_a_post_that_does_not_exist(rec: Recorder):
    """A deleted post is left out (and recorded once as gone); any other refusal is an error, never 'deleted'."""
    import httpx

    gone = {"error": {"message": "(#100) Some of the aliases you requested do not exist: 1_9", "type": "OAuthException",
                      "code": 100}}
    one_gone = {"error": {"message": "Unsupported get request. Object with ID '1_9' does not exist, cannot be "
                                     "loaded due to missing permissions, or does not support this operation",
                          "type": "GraphMethodException", "code": 100, "error_subcode": 33}}

    def answer(request: httpx.Request) -> httpx.Response:
        ids = request.url.params["ids"].split(",")
        if "1_9" in ids:
            return jresp(gone if len(ids) > 1 else one_gone, 400)
        return jresp({i: {"id": i, "reactions": {"summary": {"total_count": 4}}, "comments": {"summary": {
            "total_count": 1}}, "shares": {"count": 2}} for i in ids})

    rec.add("GET", "/", answer)
    conn = FacebookConnector(settings("facebook", page_id="1"), token=TOKEN, client=rec.client(), clock=lambda: NOW)
    counts = await conn.post_counts(["1_1", "1_9", "1_2"])
    assert set(counts) == {"1_1", "1_2"} and counts["1_1"].likes == 4 and counts["1_1"].reposts == 2

    rec2 = Recorder()
    rec2.add("GET", "/", jresp({"error": {"message": "(#100) Tried accessing nonexisting field (shares) on node "
                                                     "type (Photo)", "type": "OAuthException", "code": 100}}, 400))
    conn2 = FacebookConnector(settings("facebook", page_id="1"), token=TOKEN, client=rec2.client(), clock=lambda: NOW)
    with pytest.raises(InvalidRequest, match="nonexisting field"):
        await conn2.post_counts(["1_1", "1_2"])
