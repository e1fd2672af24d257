"""YouTube: comment threads on the channel (hand-written bodies after the Data API v3 docs, and python-youtube's
recorded bodies from tests/fixtures/outside/youtube/), served from 127.0.0.1 through the real connector."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from pydantic import ValidationError

from connectors.base import ConnectorSettings
from connectors.errors import AuthError, InvalidRequest, RateLimited
from connectors.registry import build
from connectors.youtube import YouTubeConnector, until_pacific_midnight

from .conftest import NOW, TOKEN, Recorder, fixture_bytes, fixture_json, jresp, settings

CHANNEL = "UCbrentCouncil0000000000"
THREADS = "/commentThreads"


def make(rec: Recorder, **kw: Any) -> YouTubeConnector:
    return YouTubeConnector(settings("youtube", channel_id=CHANNEL, **kw), api_key=TOKEN, client=rec.client(),
                            clock=lambda: NOW)


def pages(rec: Recorder, *bodies: Any) -> None:
    """Serve the bodies by pageToken: the first without one, the next for the previous body's nextPageToken."""
    by_token: dict[str | None, Any] = {}
    token: str | None = None
    for body in bodies:
        data = body if isinstance(body, dict) else json.loads(body)
        by_token[token] = body
        token = data.get("nextPageToken")
    rec.add("GET", THREADS, lambda req: jresp(by_token[req.url.params.get("pageToken")]))


# --------------------------------------------------------------------------- mapping, replies, the first poll


async def test_first_poll_reads_the_newest_page_with_replies_threads_and_links(rec: Recorder):
    pages(rec, fixture_json("youtube/threads_p1.json"), fixture_json("youtube/threads_p2.json"))
    res = await make(rec).fetch(None)
    assert len(rec.requests) == 1  # the first poll: newest page only, never years of history
    params = rec.requests[0].url.params
    assert params["part"] == "snippet,replies" and params["allThreadsRelatedToChannelId"] == CHANNEL
    assert params["order"] == "time" and params["maxResults"] == "100" and params["textFormat"] == "plainText"
    assert params["key"] == TOKEN and "pageToken" not in params
    by_id = {m.platform_id: m for m in res.mentions}
    # the council's own reply (authorChannelId = the channel) is not a mention
    assert list(by_id) == ["UgxT1aaaaaaaaaaaaaaaaaaa", "UgxT1aaaaaaaaaaaaaaaaaaa.AAAreply0001", "UgxT2bbbbbbbbbbbbbbbbbbb"]
    top = by_id["UgxT1aaaaaaaaaaaaaaaaaaa"]
    assert top.platform.value == "youtube" and top.url == "https://www.youtube.com/watch?v=vidBins0001&lc=UgxT1aaaaaaaaaaaaaaaaaaa"
    assert top.thread_id == "UgxT1aaaaaaaaaaaaaaaaaaa" and top.reply_to_id is None
    assert top.author_handle == "@harlesdenmallory" and top.likes == 4 and top.replies == 3
    assert top.author_url == "http://www.youtube.com/@harlesdenmallory"
    assert top.created_at.isoformat() == "2025-07-17T19:00:00+00:00" and top.account_handle == CHANNEL
    reply = by_id["UgxT1aaaaaaaaaaaaaaaaaaa.AAAreply0001"]
    assert reply.reply_to_id == "UgxT1aaaaaaaaaaaaaaaaaaa" and reply.thread_id == "UgxT1aaaaaaaaaaaaaaaaaaa"
    assert reply.url.endswith("&lc=UgxT1aaaaaaaaaaaaaaaaaaa.AAAreply0001") and reply.replies is None
    assert reply.author_handle == "@craven_neighbour" and reply.author_name == "@craven_neighbour"
    plain = by_id["UgxT2bbbbbbbbbbbbbbbbbbb"]
    assert plain.author_handle == "UCpriya000000000000000aa" and plain.author_name == "Priya S"
    assert plain.likes is None  # likeCount missing: unknown, not 0
    # the thread with no dates is set aside whole, with the reason, not dropped and not a crash
    assert [(a.platform_id, a.platform) for a in res.set_aside] == [("UgxT3ccccccccccccccccccc", "youtube")]
    assert "publishedAt" in res.set_aside[0].reason
    state = json.loads(res.cursor)
    assert state["mark"] == "2025-07-17T19:30:00+00:00" and state["at_mark"] == ["UgxT1aaaaaaaaaaaaaaaaaaa.AAAreply0001"]
    assert res.more is False


async def test_hostile_text_and_author_name_are_stored_byte_for_byte(rec: Recorder):
    pages(rec, fixture_json("youtube/threads_p1.json"))
    res = await make(rec).fetch(None)
    top = res.mentions[0]
    assert top.text == "\x1b]0;PWNED\x07 Bins missed on Harlesden Road again [bold]x[/bold]"
    assert top.author_name == "[bold]Mallory[/bold]\x1b[2J"
    assert json.loads(top.raw)["snippet"]["topLevelComment"]["snippet"]["textOriginal"] == top.text


# --------------------------------------------------------------------------- the cursor and paging


async def test_walks_pages_back_to_the_cursor_and_stops_there(rec: Recorder):
    pages(rec, fixture_json("youtube/threads_p1.json"), fixture_json("youtube/threads_p2.json"))
    cursor = json.dumps({"v": 1, "mark": "2025-07-17T15:30:00+00:00", "at_mark": []})
    res = await make(rec).fetch(cursor)
    assert [r.url.params.get("pageToken") for r in rec.requests] == [None, "QURTSl9wYWdlMg=="]
    ids = [m.platform_id for m in res.mentions]
    assert "UgxT4dddddddddddddddddddd" in ids
    # edited after the cursor (published 10:00, updated 16:30): delivered again with its new text
    edited = next(m for m in res.mentions if m.platform_id == "UgxT5eeeeeeeeeeeeeeeeeeee")
    assert edited.created_at.isoformat() == "2025-07-17T10:00:00+00:00" and edited.text.startswith("(edited)")
    assert json.loads(res.cursor)["mark"] == "2025-07-17T19:30:00+00:00"


async def test_the_next_poll_rereads_nothing(rec: Recorder):
    pages(rec, fixture_json("youtube/threads_p1.json"), fixture_json("youtube/threads_p2.json"))
    conn = make(rec)
    first = await conn.fetch(None)
    second = await conn.fetch(first.cursor)
    assert second.mentions == [] and len(rec.requests) == 2  # the newest thread is at the mark: no second page
    assert json.loads(second.cursor)["mark"] == json.loads(first.cursor)["mark"]


async def test_a_comment_at_the_same_second_as_the_mark_is_not_lost(rec: Recorder):
    body = fixture_json("youtube/threads_p1.json")
    late = json.loads(json.dumps(body["items"][1]))  # a new thread, posted in the very second of the mark
    late["id"] = late["snippet"]["topLevelComment"]["id"] = "UgxLATEffffffffffffffffff"
    late["snippet"]["topLevelComment"]["snippet"]["publishedAt"] = "2025-07-17T19:30:00Z"
    late["snippet"]["topLevelComment"]["snippet"]["updatedAt"] = "2025-07-17T19:30:00Z"
    body["items"].insert(0, late)
    pages(rec, body)
    cursor = json.dumps({"v": 1, "mark": "2025-07-17T19:30:00+00:00", "at_mark": ["UgxT1aaaaaaaaaaaaaaaaaaa.AAAreply0001"]})
    res = await make(rec).fetch(cursor)
    assert [m.platform_id for m in res.mentions] == ["UgxLATEffffffffffffffffff"]


def endless(rec: Recorder, start_hour: int = 19) -> None:
    """Pages that never reach the cursor: page n holds one thread an hour older than page n-1's."""

    def page(req: httpx.Request) -> httpx.Response:
        n = int(req.url.params.get("pageToken") or 0)
        thread = json.loads(json.dumps(fixture_json("youtube/threads_p2.json")["items"][0]))
        thread["id"] = thread["snippet"]["topLevelComment"]["id"] = f"UgxPAGE{n:02d}"
        stamp = f"2025-07-{17 - (n // 24):02d}T{(start_hour - n) % 24:02d}:00:00Z"
        thread["snippet"]["topLevelComment"]["snippet"]["publishedAt"] = stamp
        thread["snippet"]["topLevelComment"]["snippet"]["updatedAt"] = stamp
        return jresp({"items": [thread], "nextPageToken": str(n + 1)})

    rec.add("GET", THREADS, page)


async def test_pages_are_bounded_per_fetch_and_the_walk_resumes(rec: Recorder):
    endless(rec)
    conn = make(rec)
    cursor = json.dumps({"v": 1, "mark": "2025-07-10T00:00:00+00:00", "at_mark": []})
    first = await conn.fetch(cursor)
    assert len(rec.requests) == 3 and first.more is True
    state = json.loads(first.cursor)
    assert state["mark"] == "2025-07-10T00:00:00+00:00"  # not moved until the walk reaches it
    assert state["walk"]["page"] == "3" and state["walk"]["newest"] == "2025-07-17T19:00:00+00:00"
    second = await conn.fetch(first.cursor)
    assert rec.requests[3].url.params["pageToken"] == "3"
    assert [m.platform_id for m in second.mentions] == ["UgxPAGE03", "UgxPAGE04", "UgxPAGE05"]
    third = await conn.fetch(second.cursor)
    assert len(rec.requests) == 9 and third.more is True
    fourth = await conn.fetch(third.cursor)
    assert len(rec.requests) == 10 and fourth.more is False  # ten pages in all, then it says so and stops
    assert any("stopped after 10 pages" in w for w in fourth.warnings)
    assert json.loads(fourth.cursor) == {"v": 1, "mark": "2025-07-17T19:00:00+00:00", "at_mark": ["UgxPAGE00"]}


async def test_a_garbled_cursor_is_a_fresh_start(rec: Recorder):
    pages(rec, fixture_json("youtube/threads_p1.json"))
    res = await make(rec).fetch("{not json")
    assert res.mentions and any("not valid JSON" in w for w in res.warnings)


# --------------------------------------------------------------------------- errors


async def test_quota_used_up_waits_for_midnight_pacific_time(rec: Recorder):
    rec.add("GET", THREADS, jresp(fixture_json("youtube/error_quota.json"), 403))
    with pytest.raises(RateLimited) as info:
        await make(rec).fetch(None)
    # NOW is 20:00 UTC = 13:00 in California (PDT): the quota resets in 11 hours, 07:00 UTC
    assert info.value.retry_after == 11 * 3600
    message = str(info.value)
    assert "midnight Pacific time (2025-07-18 07:00 UTC)" in message and "quotaExceeded" in message
    assert "<a" not in message and TOKEN not in message


def test_pacific_midnight_in_winter():
    from datetime import UTC, datetime

    assert until_pacific_midnight(datetime(2026, 1, 15, 12, 0, tzinfo=UTC)) == 20 * 3600  # PST: 08:00 UTC


async def test_rate_limit_exceeded_is_rate_limited_with_retry_after(rec: Recorder):
    rec.add("GET", THREADS, jresp(fixture_json("youtube/error_rate.json"), 403, {"Retry-After": "30"}))
    with pytest.raises(RateLimited, match="too many requests") as info:
        await make(rec).fetch(None)
    assert info.value.retry_after == 30


@pytest.mark.parametrize("name", ["error_key_invalid", "error_unauthorized"])
async def test_a_refused_key_is_an_auth_error_without_the_key(rec: Recorder, name: str):
    body = fixture_json(f"youtube/{name}.json")
    body["error"]["message"] += f" (key {TOKEN})"  # a server that echoes the key: still never shown
    rec.add("GET", THREADS, jresp(body, body["error"]["code"]))
    with pytest.raises(AuthError, match="API key was refused") as info:
        await make(rec).fetch(None)
    assert TOKEN not in str(info.value) and TOKEN not in repr(info.value)


@pytest.mark.parametrize(("name", "needle"), [
    ("error_comments_disabled", f"comments are turned off on channel {CHANNEL}"),
    ("error_channel_not_found", f"channel {CHANNEL} was not found: check `channel_id`"),
])
async def test_channel_problems_name_the_channel(rec: Recorder, name: str, needle: str):
    body = fixture_json(f"youtube/{name}.json")
    rec.add("GET", THREADS, jresp(body, body["error"]["code"]))
    with pytest.raises(InvalidRequest) as info:
        await make(rec).fetch(None)
    assert needle in str(info.value) and "<code>" not in str(info.value)


async def test_an_html_error_page_is_transient_and_names_no_key(rec: Recorder):
    from connectors.errors import TransientError

    rec.add("GET", THREADS, httpx.Response(502, content=b"<html><title>502 Bad Gateway</title></html>",
                                           headers={"content-type": "text/html"}))
    with pytest.raises(TransientError) as info:
        await make(rec).fetch(None)
    assert "502 Bad Gateway" in str(info.value) and TOKEN not in str(info.value)


# --------------------------------------------------------------------------- config and registry


def test_settings_need_a_channel_id_in_words():
    with pytest.raises(ValidationError, match=r"needs `channel_id` \(the channel's id, UC followed by 22"):
        ConnectorSettings(name="yt", type="youtube")
    with pytest.raises(ValidationError, match="not its @handle"):
        ConnectorSettings(name="yt", type="youtube", channel_id="@BrentCouncilTV")
    with pytest.raises(ValidationError, match="100 of the 10,000 daily quota units"):
        ConnectorSettings(name="yt", type="youtube", channel_id=CHANNEL, queries=["Brent"])
    ok = ConnectorSettings(name="yt", type="youtube", channel_id=CHANNEL)
    assert ok.effective_base_url == "https://www.googleapis.com/youtube/v3"


def test_registry_builds_it_and_wants_a_key():
    from connectors.errors import AuthError as NoKey

    s = ConnectorSettings(name="yt", type="youtube", channel_id=CHANNEL, token_env="BRENT_YT_KEY")
    assert isinstance(build(s, {"BRENT_YT_KEY": TOKEN}), YouTubeConnector)
    with pytest.raises(NoKey, match="no API key found; looked for 'BRENT_YT_KEY'"):
        build(s, {})


# --------------------------------------------------------------------------- other projects' bodies


def outside(name: str) -> bytes:
    return fixture_bytes(f"outside/youtube/{name}")


async def test_all_threads_of_a_channel_python_youtube(rec: Recorder):
    rec.add("GET", THREADS, jresp(outside("python-youtube_comment_threads_all_to_me.json")))
    res = await make(rec).fetch(None)
    by_id = {m.platform_id: m for m in res.mentions}
    assert len(by_id) == 4 and res.set_aside == []
    first = by_id["UgyWeTdgc4sc1xgmbld4AaABAg"]
    assert first.text == "Hope to go next time. yah!" and first.author_name == "kun liu"
    assert first.author_handle == "UCNvMBmCASzTNNX8lW3JRMbw"  # /channel/ URL: the channel id
    assert first.url == "https://www.youtube.com/watch?v=JE8xdDp5B8Q&lc=UgyWeTdgc4sc1xgmbld4AaABAg"
    assert first.created_at.isoformat() == "2019-12-01T03:36:55+00:00"
    on_channel = by_id["UgwSRpgkjCe6OHHe3IJ4AaABAg"]  # a comment on the channel itself: no videoId
    assert on_channel.text == "中午吃啥" and on_channel.replies == 1
    assert on_channel.url == "https://www.youtube.com/channel/UCa-vrCLQHviTOVnEKDOdetQ?lc=UgwSRpgkjCe6OHHe3IJ4AaABAg"
    assert json.loads(res.cursor)["mark"] == "2019-12-01T03:36:55+00:00"


async def test_channel_comments_python_youtube(rec: Recorder):
    rec.add("GET", THREADS, jresp(outside("python-youtube_comment_threads_by_channel.json")))
    res = await make(rec).fetch(None)
    assert [(m.text, m.author_name) for m in res.mentions] == [("Hello", "DevRagz"), ("exceptional content!", "EclipZe Muzik")]
    assert all("/channel/UC_x5XG1OV2P6uZZ5FSM9Ttw?lc=" in (m.url or "") for m in res.mentions)


async def test_paged_threads_repeat_and_plain_text_python_youtube(rec: Recorder):
    pages(rec, outside("python-youtube_comment_threads_by_video_paged_1.json"),
          outside("python-youtube_comment_threads_by_video_paged_2.json"))
    cursor = json.dumps({"v": 1, "mark": "2019-01-01T00:00:00+00:00", "at_mark": []})
    res = await make(rec).fetch(cursor)
    assert len(rec.requests) == 2 and rec.requests[1].url.params["pageToken"].startswith("QURTSl9pMzdZOUVz")
    ids = [m.platform_id for m in res.mentions]
    assert len(ids) == 5 == len(set(ids))  # page 2 repeats page 1's threads: each once
    google = next(m for m in res.mentions if m.platform_id == "UgyZ1jqkHKYvi1-ruOZ4AaABAg")
    assert google.text == "Google.com"  # textOriginal, not textDisplay's <a href> markup
    assert next(m for m in res.mentions if m.platform_id == "UgwI_ylXVnzPS8Q-oAV4AaABAg").replies == 2


async def test_multiline_comment_is_kept_as_written_python_youtube(rec: Recorder):
    rec.add("GET", THREADS, jresp(outside("python-youtube_comment_threads_multi.json")))
    res = await make(rec).fetch(None)
    body = json.loads(outside("python-youtube_comment_threads_multi.json"))
    assert res.mentions[0].text == body["items"][0]["snippet"]["topLevelComment"]["snippet"]["textOriginal"]
    assert "\n" in res.mentions[0].text


async def test_key_invalid_body_python_youtube(rec: Recorder):
    rec.add("GET", THREADS, jresp(outside("python-youtube_error_key_invalid.json"), 400))
    with pytest.raises(AuthError) as info:
        await make(rec).fetch(None)
    assert str(info.value) == ("test-youtube: the API key was refused (invalid, expired, restricted, or the YouTube "
                               "Data API is not enabled for its project): HTTP 400: Bad Request (keyInvalid)")


async def test_permission_denied_body_python_youtube(rec: Recorder):
    rec.add("GET", THREADS, jresp(outside("python-youtube_error_permission.json"), 403))
    with pytest.raises(AuthError, match="The caller does not have permission"):
        await make(rec).fetch(None)


def test_config_check_says_youtube_and_instagram_accounts_are_published_by_hand():
    """A listening connector, even one naming the account, never makes `config check` suggest it can post."""
    from brent_tui.domain.models import CouncilAccount, Platform
    from brent_tui.services.publisher import accounts_that_cannot_publish

    accounts = [CouncilAccount(platform=Platform.YOUTUBE, handle="@BrentCouncilTV", service="Comms"),
                CouncilAccount(platform=Platform.INSTAGRAM, handle="brentcouncil", service="Comms")]
    connectors = [ConnectorSettings(name="yt", type="youtube", channel_id=CHANNEL, account_handles=["BrentCouncilTV"]),
                  ConnectorSettings(name="ig", type="instagram", ig_user_id="17841400000000001",
                                    account_handles=["brentcouncil"])]
    assert accounts_that_cannot_publish(accounts, connectors) == [
        "@BrentCouncilTV (youtube): brent-tui cannot post to youtube; publish there by hand",
        "brentcouncil (instagram): brent-tui cannot post to instagram; publish there by hand",
    ]
