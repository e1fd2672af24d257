"""RSS/Atom: conditional GET, bytes + final URL, dates, identity, unsafe links, keywords."""

from __future__ import annotations

import json

import httpx
import pytest

from connectors.errors import BadResponse
from connectors.rss import RssConnector, parse_slash_date

from .conftest import BASE, NOW, Recorder, fixture_bytes, settings

FEED = f"{BASE}/feeds/news.rss"
XML = {"content-type": "application/rss+xml; charset=utf-8"}


def make(rec: Recorder, feeds=(FEED,), keywords=("Brent",)) -> RssConnector:
    return RssConnector(settings("rss", base_url=None, feeds=list(feeds), keywords=list(keywords)), client=rec.client(), clock=lambda: NOW)


def test_slash_date():
    assert parse_slash_date("2020/1/10 14:33:00").isoformat() == "2020-01-10T14:33:00+00:00"
    assert parse_slash_date("2020/13/40") is None


async def test_feed_mapping_and_traps(rec: Recorder):
    # a redirect: links must resolve against the FINAL url
    rec.add("GET", "/feeds/news.rss", httpx.Response(301, headers={"location": f"{BASE}/moved/news.rss"}))
    rec.add("GET", "/moved/news.rss", httpx.Response(200, content=fixture_bytes("rss/local_news.rss"), headers={**XML, "etag": '"v1"', "last-modified": "Wed, 05 Nov 2025 19:00:00 GMT"}))
    conn = make(rec)
    res = await conn.fetch(None)
    by_title = {m.text.split("\n")[0]: m for m in res.mentions}
    assert "Brentford FC win again" not in by_title  # whole-word keyword match
    lib = by_title["Brent Council opens new library in Wembley"]
    assert lib.url == f"{BASE}/news/2025/new-library"
    assert lib.platform_id == f"{FEED}#kln-1041"  # non-URL guid, scoped to the feed
    assert lib.created_at.isoformat() == "2025-11-05T18:52:10+00:00"  # EST, double space
    assert lib.text == "Brent Council opens new library in Wembley\n\nThe new library opens on Monday & will stay open late.\n\nRead more."
    assert lib.author_name == "Jo Reporter" and lib.language == "en-gb"
    forum = by_title["Brent forum: slash date post"]
    assert forum.created_at.isoformat() == "2020-01-10T14:33:00+00:00"  # not 2020-11-01
    assert json.loads(forum.raw)["_brent"]["date_flag"] == "slash_date_assumed_utc"
    assert forum.platform_id == "http://forum.example/thread?id=7"  # no guid → link
    unsafe = next(m for m in res.mentions if m.text.startswith("Short note"))
    assert unsafe.url is None and unsafe.created_at == NOW  # javascript: refused; no date → fetched
    raw = json.loads(unsafe.raw)["_brent"]
    assert raw["date_flag"] == "missing" and raw["link_refused"].startswith("javascript:")
    garbage = by_title["Brent date garbage"]
    assert garbage.created_at == NOW and json.loads(garbage.raw)["_brent"]["date_flag"] == "unparseable"
    state = json.loads(res.cursor)["feeds"][FEED]
    assert state["etag"] == '"v1"' and len(state["seen"]) == 4


async def test_conditional_get_304_and_seen(rec: Recorder):
    responses = [
        httpx.Response(200, content=fixture_bytes("rss/local_news.rss"), headers={**XML, "etag": '"v1"'}),
        httpx.Response(304),
        httpx.Response(200, content=fixture_bytes("rss/local_news.rss"), headers=XML),
    ]
    rec.add("GET", "/feeds/news.rss", responses)
    conn = make(rec)
    first = await conn.fetch(None)
    second = await conn.fetch(first.cursor)
    assert rec.requests[1].headers["if-none-match"] == '"v1"'
    assert second.mentions == [] and second.cursor == first.cursor
    third = await conn.fetch(second.cursor)  # server ignores ETag: already-seen items are not re-sent
    assert third.mentions == []


async def test_atom_xml_base(rec: Recorder):
    rec.add("GET", "/blog.atom", httpx.Response(200, content=fixture_bytes("rss/blog.atom"), headers={"content-type": "application/atom+xml"}))
    conn = make(rec, feeds=[f"{BASE}/blog.atom"], keywords=())
    [m] = (await conn.fetch(None)).mentions
    assert m.url == "https://blog.example/sub/2025/08/parks.html"
    assert m.text == "Brent's parks in August\n\nRoundup of parks in Brent."
    assert m.author_handle == "Sam Blogger" and m.language == "en"


async def test_one_bad_feed_is_a_warning_all_bad_is_an_error(rec: Recorder):
    rec.add("GET", "/feeds/news.rss", httpx.Response(200, content=fixture_bytes("rss/local_news.rss"), headers=XML))
    rec.add("GET", "/gone.rss", httpx.Response(410, text="Gone"))
    res = await make(rec, feeds=[FEED, f"{BASE}/gone.rss"]).fetch(None)
    assert res.mentions and any("410" in w for w in res.warnings)
    with pytest.raises(BadResponse, match="410"):
        await make(rec, feeds=[f"{BASE}/gone.rss"]).fetch(None)


async def test_huge_feed_refused(rec: Recorder):
    rec.add("GET", "/big.rss", httpx.Response(200, content=b"<rss>" + b" " * (11 * 1024 * 1024), headers=XML))
    with pytest.raises(BadResponse, match="too large"):
        await make(rec, feeds=[f"{BASE}/big.rss"]).fetch(None)


async def test_broken_bytes_are_a_warning_not_a_crash(rec: Recorder):
    body = b"\xef\xbb\xbf<rss version='2.0'><channel><item><title>Brent \xff\xfe</title><link>/a</link></item></chann"
    rec.add("GET", "/bad.rss", httpx.Response(200, content=body, headers=XML))
    res = await make(rec, feeds=[f"{BASE}/bad.rss"], keywords=()).fetch(None)
    assert any("not well-formed" in w for w in res.warnings)
