"""Instagram: tagged media, comments on the account's media, hashtags (hand-written bodies after the Graph API
docs, and python-facebook's recorded bodies from tests/fixtures/outside/instagram/), from 127.0.0.1."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import ValidationError

from connectors.base import ConnectorSettings
from connectors.errors import AuthError, RateLimited
from connectors.instagram import COMMENT_FIELDS, TAG_FIELDS, InstagramConnector
from connectors.registry import build

from .conftest import NOW, TOKEN, Recorder, fixture_bytes, fixture_json, jresp, settings

IG = "17841400000000001"
TAGS, MEDIA = f"/{IG}/tags", f"/{IG}/media"
BINS = "17950000000000021"


def make(rec: Recorder, **kw: Any) -> InstagramConnector:
    kw.setdefault("account_handles", ["brentcouncil"])
    return InstagramConnector(settings("instagram", ig_user_id=IG, **kw), token=TOKEN, client=rec.client(),
                              clock=lambda: NOW)


def serve(rec: Recorder, *, tags: Any = None, media: Any = None, comments: Any = None) -> None:
    def tag_pages(req: Any) -> Any:
        return jresp(fixture_json("instagram/tags_p2.json") if req.url.params.get("after") == "QVFIUmFmdGVyMQ"
                     else (tags or fixture_json("instagram/tags_p1.json")))

    rec.add("GET", TAGS, tag_pages)
    rec.add("GET", MEDIA, jresp(media or fixture_json("instagram/media.json")))
    rec.add("GET", f"/{BINS}/comments", jresp(comments or fixture_json("instagram/comments.json")))
    rec.add("GET", "/ig_hashtag_search", jresp(fixture_json("instagram/hashtag_search.json")))
    rec.add("GET", "/17843000000000051/recent_media", jresp(fixture_json("instagram/hashtag_recent.json")))


async def test_first_poll_tags_comments_replies_and_hashtags(rec: Recorder):
    serve(rec)
    res = await make(rec, hashtags=["#BrentCouncil"]).fetch(None)
    paths = [r.url.path for r in rec.requests]
    # the first poll: newest page of tags; comments only where there are some (not the library post)
    assert paths == [TAGS, MEDIA, f"/{BINS}/comments", "/ig_hashtag_search", "/17843000000000051/recent_media"]
    assert rec.requests[0].url.params["fields"] == TAG_FIELDS
    assert rec.requests[2].url.params["fields"] == COMMENT_FIELDS
    assert rec.requests[3].url.params["q"] == "BrentCouncil" and rec.requests[3].url.params["user_id"] == IG
    assert rec.requests[4].url.params["user_id"] == IG
    for req in rec.requests:  # the token goes in the header, never in a URL
        assert req.headers["authorization"] == f"Bearer {TOKEN}" and TOKEN not in str(req.url)
    by_id = {m.platform_id: m for m in res.mentions}
    tagged = by_id["17900000000000011"]
    assert tagged.platform.value == "instagram" and tagged.url == "https://www.instagram.com/p/NEASDEN1/"
    assert tagged.likes == 14 and tagged.replies == 2 and tagged.thread_id is None
    assert tagged.created_at.isoformat() == "2025-07-17T19:00:00+00:00" and tagged.account_handle == "brentcouncil"
    no_caption = by_id["17900000000000012"]
    assert no_caption.text == "" and no_caption.author_handle == "wembley_walks"
    comment = by_id["17860000000000031"]
    assert comment.thread_id == BINS and comment.reply_to_id == BINS  # a comment answers the media
    assert comment.url == "https://www.instagram.com/p/BINS2025/" and comment.author_handle == "nw10_resident"
    assert comment.author_url == "https://www.instagram.com/nw10_resident/" and comment.likes == 2
    reply = by_id["17860000000000042"]
    assert reply.reply_to_id == "17860000000000031" and reply.thread_id == BINS and reply.text == "Same in Stonebridge"
    assert "17860000000000041" not in by_id  # the council's own reply is not a mention
    hashtag = by_id["17910000000000061"]
    assert hashtag.author_handle == "unknown" and hashtag.text == "#brentcouncil potholes on Kenton Road"
    assert [a.platform_id for a in res.set_aside] == ["17860000000000032"]  # no timestamp: aside, with the reason
    assert "timestamp" in res.set_aside[0].reason
    state = json.loads(res.cursor)
    assert state["tags"]["mark"] == "2025-07-17T19:00:00+00:00"
    assert state["media"][BINS] == {"count": 4, "mark": "2025-07-17T13:00:00+00:00", "at": ["17860000000000042"]}
    assert state["hashtags"]["brentcouncil"]["id"] == "17843000000000051"


async def test_hostile_caption_and_username_are_stored_byte_for_byte(rec: Recorder):
    serve(rec)
    res = await make(rec).fetch(None)
    m = next(m for m in res.mentions if m.platform_id == "17900000000000011")
    assert m.text == "\x1b]0;PWNED\x07 fly-tipping behind Neasden shops [bold]x[/bold] @brentcouncil"
    assert m.author_handle == "[bold]neasden_eyes[/bold]\x1b[2J"


async def test_the_next_poll_asks_only_what_moved_and_rereads_nothing(rec: Recorder):
    serve(rec)
    conn = make(rec, hashtags=["BrentCouncil"])
    first = await conn.fetch(None)
    rec.requests.clear()
    second = await conn.fetch(first.cursor)
    paths = [r.url.path for r in rec.requests]
    # no comments call (the count did not move), no hashtag search (its id is kept: 30 a week)
    assert paths == [TAGS, MEDIA, "/17843000000000051/recent_media"]
    assert second.mentions == []


async def test_a_new_comment_is_read_when_the_count_moves(rec: Recorder):
    serve(rec)
    conn = make(rec)
    first = await conn.fetch(None)
    media = fixture_json("instagram/media.json")
    media["data"][0]["comments_count"] = 5
    comments = fixture_json("instagram/comments.json")
    comments["data"].insert(0, {"id": "17860000000000033", "text": "Any news?", "username": "kensal_kim",
                                "timestamp": "2025-07-17T19:10:00+0000", "like_count": 0})
    rec.routes.clear()
    serve(rec, media=media, comments=comments)
    second = await conn.fetch(first.cursor)
    assert [m.platform_id for m in second.mentions] == ["17860000000000033"]
    assert json.loads(second.cursor)["media"][BINS]["count"] == 5


async def test_tag_pages_follow_the_after_cursor_on_our_own_url_back_to_the_mark(rec: Recorder):
    serve(rec)
    cursor = json.dumps({"v": 1, "tags": {"mark": "2025-07-17T00:00:00+00:00", "at": []},
                         "media": {BINS: {"count": 4, "mark": "2025-07-17T13:00:00+00:00", "at": []}}})
    res = await make(rec).fetch(cursor)
    tag_requests = rec.sent(TAGS)
    assert len(tag_requests) == 2
    second = tag_requests[1].url
    # the after cursor on our URL: same host and version, our fields, no echoed token
    assert second.params["after"] == "QVFIUmFmdGVyMQ" and second.params["fields"] == TAG_FIELDS
    assert "access_token" not in str(second) and "EAAB-echoed-token" not in str(second)
    ids = [m.platform_id for m in res.mentions]
    assert "17900000000000013" in ids and "17900000000000014" not in ids  # older than the mark: stop there


@pytest.mark.parametrize("code", [4, 17, 32, 613])
async def test_throttle_codes_are_rate_limited(rec: Recorder, code: int):
    rec.add("GET", TAGS, jresp(fixture_json(f"instagram/error_{code}.json"), 400 if code != 32 else 403,
                               {"x-app-usage": '{"call_count":100,"total_time":20,"total_cputime":20}',
                                "x-business-use-case-usage": json.dumps({IG: [{"type": "instagram", "call_count": 100,
                                    "total_cputime": 10, "total_time": 10, "estimated_time_to_regain_access": 7}]})}))
    with pytest.raises(RateLimited, match=f"throttled: .*\\(code {code}\\)") as info:
        await make(rec).fetch(None)
    assert info.value.retry_after == pytest.approx(7 * 60, abs=5)


async def test_an_expired_token_is_an_auth_error_without_the_token(rec: Recorder):
    body = fixture_json("instagram/error_190.json")
    body["error"]["message"] += f" token={TOKEN}"
    rec.add("GET", TAGS, jresp(body, 400))
    with pytest.raises(AuthError, match="expired or revoked") as info:
        await make(rec).fetch(None)
    assert TOKEN not in str(info.value) and "(code 190)" in str(info.value)


async def test_one_refused_hashtag_is_a_warning_and_the_rest_goes_on(rec: Recorder):
    serve(rec)
    rec.routes.insert(0, ("GET", "/ig_hashtag_search", lambda _r: jresp(
        {"error": {"message": "Invalid parameter", "type": "OAuthException", "code": 100}}, 400)))
    res = await make(rec, hashtags=["nosuchtag"]).fetch(None)
    assert any(w.startswith("#nosuchtag: ") and "Invalid parameter" in w for w in res.warnings)
    assert any(m.platform_id == "17900000000000011" for m in res.mentions)


def test_settings_need_the_numeric_account_id_and_at_most_30_hashtags():
    with pytest.raises(ValidationError, match=r"needs `ig_user_id` \(the business or creator account's numeric id"):
        ConnectorSettings(name="ig", type="instagram")
    with pytest.raises(ValidationError, match="must be the account's numeric id"):
        ConnectorSettings(name="ig", type="instagram", ig_user_id="brentcouncil")
    with pytest.raises(ValidationError, match="30 unique hashtags in any 7 days"):
        ConnectorSettings(name="ig", type="instagram", ig_user_id=IG, hashtags=[f"tag{i}" for i in range(31)])
    ok = ConnectorSettings(name="ig", type="instagram", ig_user_id=IG, hashtags=[f"tag{i}" for i in range(30)])
    assert ok.effective_base_url == "https://graph.facebook.com/v21.0"
    assert isinstance(build(ok.model_copy(update={"secret_key": "ig"}), {"ig": TOKEN}), InstagramConnector)


# --------------------------------------------------------------------------- other projects' bodies


def outside(name: str) -> bytes:
    return fixture_bytes(f"outside/instagram/python-facebook_{name}.json")


async def test_tagged_media_python_facebook(rec: Recorder):
    rec.add("GET", TAGS, jresp(outside("users_tagged_medias")))
    rec.add("GET", MEDIA, jresp({"data": []}))
    res = await make(rec).fetch(None)
    by_id = {m.platform_id: m for m in res.mentions}
    assert len(by_id) == 5 and res.set_aside == []
    cute = by_id["17846368219941692"]
    assert cute.text == "Cute.. #cute #loveyou  @ikroskun" and cute.replies == 6 and cute.likes == 3
    assert cute.url == "https://www.instagram.com/p/B8gQCApHMT-/"
    assert cute.created_at.isoformat() == "2020-02-13T10:35:40+00:00"
    assert cute.author_handle == "unknown"  # the body has no username: not invented
    assert by_id["17978630677077508"].text == ""  # no caption at all
    assert json.loads(res.cursor)["tags"]["mark"] == "2021-03-16T12:02:14+00:00"


async def test_own_media_comments_over_two_pages_python_facebook(rec: Recorder):
    media_id = "17896622936197745"  # medias_p1: comments_count 6
    rec.add("GET", TAGS, jresp({"data": []}))
    rec.add("GET", MEDIA, jresp(outside("users_medias_p1")))

    def comments(req: Any) -> Any:
        return jresp(outside("medias_comments_p2") if req.url.params.get("after") == "after"
                     else outside("medias_comments_p1"))

    rec.add("GET", f"/{media_id}/comments", comments)
    res = await make(rec).fetch(None)
    assert [r.url.path for r in rec.requests] == [TAGS, MEDIA, f"/{media_id}/comments", f"/{media_id}/comments"]
    followed = rec.requests[3].url  # paging.next pointed at graph.facebook.com v11.0 with access_token: not followed
    assert followed.host == "127.0.0.1" and followed.params["after"] == "after" and "access_token" not in str(followed)
    assert [(m.platform_id, m.text) for m in res.mentions] == [
        ("17858154961981086", "Beautiful!"), ("17874875428706419", "Beautiful!"),
        ("17892250648466172", "@ikroskun  Hey, guys"), ("17914413430382429", "@ikroskun")]
    assert {(m.thread_id, m.reply_to_id, m.url) for m in res.mentions} == {
        (media_id, media_id, "https://www.instagram.com/p/CSgdWACBeKr/")}
    assert json.loads(res.cursor)["media"][media_id] == {"count": 6, "mark": "2020-06-01T10:56:52+00:00",
                                                         "at": ["17858154961981086"]}
    assert json.loads(res.cursor)["media"]["17895731045244887"] == {"count": 0, "mark": None, "at": []}


async def test_hashtag_media_without_a_timestamp_is_set_aside_python_facebook(rec: Recorder):
    rec.add("GET", TAGS, jresp({"data": []}))
    rec.add("GET", MEDIA, jresp({"data": []}))
    rec.add("GET", "/ig_hashtag_search", jresp(outside("users_hashtag_search")))
    rec.add("GET", "/17841562426109234/recent_media", jresp(outside("hashtags_hashtag_recent_medias_p1")))
    res = await make(rec, hashtags=["developers"]).fetch(None)
    assert res.mentions == []
    assert len(res.set_aside) == 5 and all("no valid timestamp" in a.reason for a in res.set_aside)
    assert json.loads(res.set_aside[0].payload)["like_count"] == 804  # kept whole
    assert json.loads(res.cursor)["hashtags"]["developers"]["id"] == "17841562426109234"
