"""Regression tests for issue 19 on bodies written by other projects (tests/fixtures/outside/MANIFEST.json).

Each body is served from 127.0.0.1 through the real connector; each test fails with its fix reverted.
"""

from __future__ import annotations

import json
from datetime import timedelta

import httpx
import pytest

from brent_tui.jobs.poller import ConnectorRunner, failure_plan
from connectors.bluesky import BlueskyConnector
from connectors.errors import BadResponse, InvalidRequest, RateLimited, TransientError
from connectors.facebook import FacebookConnector
from connectors.http import MAX_BACKOFF_SECONDS
from connectors.mastodon import MastodonConnector
from connectors.rss import RssConnector
from connectors.x import XConnector

from .conftest import NOW, TOKEN, Recorder, fixture_bytes, jresp, settings

X_SEARCH = "/2/tweets/search/recent"


def outside(name: str) -> bytes:
    return fixture_bytes(f"outside/{name}")


def x_connector(rec: Recorder) -> XConnector:
    return XConnector(settings("x", queries=["#brexit"]), token=TOKEN, client=rec.client(), clock=lambda: NOW)


# --------------------------------------------------------------------------- 1. X entities


async def test_x_text_entities_unescaped_once_twarc_brexit(rec: Recorder):
    rec.add("GET", X_SEARCH, jresp(outside("x/twarc-csv_brexit_search_recent.json")))
    res = await x_connector(rec).fetch(None)
    by_id = {m.platform_id: m for m in res.mentions}
    assert len(by_id) == 100
    debt = by_id["1440716848299872269"].text
    assert debt.startswith("Id rather have had Billions in Debt & owned something like Corbyns Labour")
    assert "Shareholders & Tory pals" in debt
    assert not [m.platform_id for m in res.mentions if "&amp;" in m.text or "&gt;" in m.text or "&lt;" in m.text]


async def test_x_text_entities_unescaped_tweepy_timeline(rec: Recorder):
    rec.add("GET", X_SEARCH, jresp(outside("x/tweepy_home_timeline.json")))
    res = await x_connector(rec).fetch(None)
    texts = [m.text for m in res.mentions]
    assert any(t.startswith("So @alanbenlee @snowman & I are testing out a daily trivia bot") for t in texts)
    assert any("via @Twitter < great featu" in t for t in texts)
    assert not [t for t in texts if "&amp;" in t or "&lt;" in t]


def test_x_unescape_is_done_once():
    from connectors.x import unescape_x

    assert unescape_x("a &amp;lt; b &quot;") == "a &lt; b &quot;"  # one pass; only X's three entities


# --------------------------------------------------------------------------- 2. X retweets whole


async def test_x_retweet_full_text_from_includes_twarc_brexit(rec: Recorder):
    rec.add("GET", X_SEARCH, jresp(outside("x/twarc-csv_brexit_search_recent.json")))
    res = await x_connector(rec).fetch(None)
    assert "referenced_tweets.id" in rec.requests[0].url.params["expansions"].split(",")
    rt = next(m for m in res.mentions if m.platform_id == "1440716856763977732")
    assert rt.text.startswith("RT @carolJhedges: . #BorisJohnson has revealed his favourite bottle of wine")
    assert "taken from your #UniversalCredit" in rt.text and rt.text.endswith("#BorisTheLiar https://t.co/IeqDhr3WET")
    body = json.loads(outside("x/twarc-csv_brexit_search_recent.json"))
    included = {t["id"] for t in body["includes"]["tweets"]}
    truncated = [
        m.platform_id for m in res.mentions
        if m.text.startswith("RT @") and m.text.endswith("…")
        and any(r["id"] in included for r in json.loads(m.raw)["tweet"].get("referenced_tweets", []))
    ]
    assert truncated == []
    scots = next(m for m in res.mentions if m.platform_id == "1440716165953687555")
    assert "&amp;" not in scots.text and "'Better Together' & 'Brexit'" in scots.text


# --------------------------------------------------------------------------- 3. RSS: a web page is a failure

FEED = "http://127.0.0.1:9/feeds/news.rss"


def rss_connector(rec: Recorder, feeds: tuple[str, ...] = (FEED,), keywords: tuple[str, ...] = ()) -> RssConnector:
    return RssConnector(
        settings("rss", base_url=None, feeds=list(feeds), keywords=list(keywords)), client=rec.client(), clock=lambda: NOW
    )


async def test_rss_cloudflare_challenge_page_is_a_failure_in_words(rec: Recorder):
    page = outside("rss/cloudscraper_js_challenge-27-05-2020.html")
    rec.add("GET", "/feeds/news.rss", httpx.Response(200, content=page, headers={"content-type": "text/html; charset=UTF-8"}))
    with pytest.raises(BadResponse) as info:
        await rss_connector(rec).fetch(None)
    message = str(info.value)
    assert "got a web page instead of a feed ('Just a moment...')" in message
    assert FEED in message and "<" not in message


async def test_rss_challenge_page_on_one_feed_of_two_is_a_warning(rec: Recorder):
    page = outside("rss/cloudscraper_js_challenge-27-05-2020.html")
    rec.add("GET", "/feeds/news.rss", httpx.Response(200, content=page, headers={"content-type": "text/html"}))
    rec.add("GET", "/feeds/ok.rss", httpx.Response(200, content=fixture_bytes("rss/local_news.rss"), headers={"content-type": "application/rss+xml"}))
    res = await rss_connector(rec, feeds=(FEED, "http://127.0.0.1:9/feeds/ok.rss")).fetch(None)
    assert res.mentions and any("got a web page instead of a feed" in w for w in res.warnings)


# --------------------------------------------------------------------------- 4. RSS legacy encodings


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("eucjp", "ゲーム三昧な正月"),
        ("koi8r", "Как пережить новогоднюю ночь"),
        ("windows1255", "האם תדפיס נייר של אתר אינטרנט שמוצג על מסך משתמש"),
    ],
)
async def test_rss_undeclared_legacy_encoding_detected_feedparser_suite(rec: Recorder, name: str, expected: str):
    body = outside(f"rss/feedparser_chardet_{name}.xml")  # no XML declaration, no HTTP charset
    rec.add("GET", "/feeds/news.rss", httpx.Response(200, content=body, headers={"content-type": "application/rss+xml"}))
    res = await rss_connector(rec).fetch(None)
    assert len(res.mentions) == 1
    assert res.mentions[0].text.startswith(expected)


# --------------------------------------------------------------------------- 5. Mastodon: only mentions

NOTIFICATIONS = "/api/v1/notifications"


def mastodon_connector(rec: Recorder) -> MastodonConnector:
    return MastodonConnector(settings("mastodon", account_handles=["brentcouncil"]), token=TOKEN,
                             client=rec.client(), clock=lambda: NOW)


async def test_mastodon_non_mention_notification_with_a_status_is_not_stored_mastodon_py(rec: Recorder):
    # a server that ignored types[]=mention: a "status" notification (someone followed posted)
    rec.add("GET", NOTIFICATIONS, jresp(outside("mastodon/mastodon_py_notifications_type_status.json")))
    res = await mastodon_connector(rec).fetch(None)
    assert rec.requests[0].url.params.get_list("types[]") == ["mention"]
    assert res.mentions == []
    assert json.loads(res.cursor)["streams"]["notifications"]["min_id"] == "9"  # read past, not re-read


async def test_mastodon_mention_notification_is_stored_mastodon_py(rec: Recorder):
    rec.add("GET", NOTIFICATIONS, jresp(outside("mastodon/mastodon_py_notifications_mention.json")))
    res = await mastodon_connector(rec).fetch(None)
    assert [m.platform_id for m in res.mentions] == ["117020576916218297"]


# --------------------------------------------------------------------------- 6. Bluesky: `since` is inclusive

SEARCH_POSTS = "/xrpc/app.bsky.feed.searchPosts"


async def test_bluesky_newest_post_not_reread_each_poll_bskyr(rec: Recorder):
    body = json.loads(outside("bluesky/bskyr_searchPosts_redistricting.json"))
    newest = body["posts"][0]
    # what searchPosts answers to `since` = the newest post's time: that post again (inclusive)
    rec.add("GET", SEARCH_POSTS, [jresp(outside("bluesky/bskyr_searchPosts_redistricting.json")),
                                  jresp({"posts": [newest]}), jresp(outside("bluesky/bskyr_searchPosts_redistricting.json"))])
    rec.add("POST", "/xrpc/com.atproto.server.createSession",
            jresp({"accessJwt": "a" * 20, "refreshJwt": "r" * 20, "did": "did:plc:council123", "handle": "council.example"}))
    rec.add("GET", "/xrpc/app.bsky.notification.listNotifications", jresp({"notifications": []}))
    conn = BlueskyConnector(settings("bluesky", identifier="council.example", queries=["redistricting"]),
                            password=TOKEN, client=rec.client(), clock=lambda: NOW)
    first = await conn.fetch(None)
    assert len(first.mentions) == 25
    second = await conn.fetch(first.cursor)
    assert rec.sent(SEARCH_POSTS)[1].url.params["since"] == "2025-05-19T17:10:09.561858Z"
    assert second.mentions == []  # "0 new of 0", not "0 new of 1" forever
    assert second.cursor == first.cursor
    third = await conn.fetch(second.cursor)  # a server that ignores `since` altogether: nothing re-read
    assert third.mentions == []


# --------------------------------------------------------------------------- 7. RSS: content, not the teaser

RSS = {"content-type": "application/rss+xml; charset=utf-8"}


async def test_rss_keyword_in_content_only_matches_and_full_text_is_stored_rsparser_natasha(rec: Recorder):
    rec.add("GET", "/feeds/news.rss", httpx.Response(200, content=outside("rss/rsparser_natasha.xml"), headers=RSS))
    res = await rss_connector(rec, keywords=("Focaccia",)).fetch(None)  # in one post's body, not its summary
    assert len(res.mentions) == 1
    m = res.mentions[0]
    assert m.text.startswith("How to Reuse Paging Interface Controllers in watchOS\n\n")
    assert "Focaccia" in m.text
    raw = json.loads(m.raw)["entry"]
    assert len(m.text) > 3 * len(raw["summary"])  # the post, not the teaser


# --------------------------------------------------------------------------- 8. Retry-After of days honoured

BSKY_RATE_LIMITED = json.loads(outside("bluesky/atproto_rate_limit_exceeded_429.json"))


def bluesky_connector(rec: Recorder, queries: tuple[str, ...] = ("redistricting",)) -> BlueskyConnector:
    rec.add("POST", "/xrpc/com.atproto.server.createSession",
            jresp({"accessJwt": "a" * 20, "refreshJwt": "r" * 20, "did": "did:plc:council123", "handle": "council.example"}))
    return BlueskyConnector(settings("bluesky", identifier="council.example", queries=list(queries)),
                            password=TOKEN, client=rec.client(), clock=lambda: NOW)


async def test_retry_after_of_three_days_is_honoured_by_connector_and_poller(rec: Recorder):
    three_days = 3 * 24 * 3600
    rec.add("GET", SEARCH_POSTS, jresp(BSKY_RATE_LIMITED, 429, {"Retry-After": str(three_days)}))
    with pytest.raises(RateLimited) as info:
        await bluesky_connector(rec).fetch(None)
    assert info.value.retry_after == three_days  # not cut to an hour
    at, words, hold = failure_plan(info.value, 1, NOW)
    assert at == NOW + timedelta(days=3) and hold == "rate_limited"
    assert "2025-07-20 20:00 UTC" in words


async def test_retry_after_beyond_the_ceiling_is_taken_as_seven_days(rec: Recorder):
    rec.add("GET", SEARCH_POSTS, jresp(BSKY_RATE_LIMITED, 429, {"Retry-After": str(90 * 24 * 3600)}))
    with pytest.raises(RateLimited) as info:
        await bluesky_connector(rec).fetch(None)
    assert info.value.retry_after == MAX_BACKOFF_SECONDS == 7 * 24 * 3600
    at, _words, _hold = failure_plan(info.value, 1, NOW)
    assert at == NOW + timedelta(days=7)


# --------------------------------------------------------------------------- 9. remaining 0 on a 200


async def test_x_remaining_zero_on_a_success_waits_for_the_reset_tweepy(rec: Recorder, store):
    reset = NOW + timedelta(minutes=15)
    rec.add("GET", X_SEARCH, jresp(outside("x/tweepy_home_timeline.json"), headers={
        "x-rate-limit-limit": "180", "x-rate-limit-remaining": "0", "x-rate-limit-reset": str(int(reset.timestamp()))}))
    s = settings("x", queries=["#brexit"], interval_seconds=60)
    conn = XConnector(s, token=TOKEN, client=rec.client(), clock=lambda: NOW)
    runner = ConnectorRunner(s, store, lambda: conn, clock=lambda: NOW)
    out = await runner.cycle()
    assert out.error is None and out.inserted > 0  # the page itself is stored
    h = runner.health
    assert h is not None and h.rate_limit_remaining == 0
    assert h.next_attempt_at == reset  # not NOW + 60 s: the next call would only be refused
    assert h.extra["hold"] == "rate_limited" and "waiting until 2025-07-17 20:15 UTC" in h.extra["hold_words"]
    assert runner.waiting_until(NOW + timedelta(minutes=1), holds_only=True) == reset  # `poll --once` honours it too


# --------------------------------------------------------------------------- 10. Facebook: updated_time only


async def test_facebook_items_with_only_updated_time_are_kept_facebook4j(rec: Recorder):
    rec.add("GET", "/555/feed", jresp(outside("facebook/facebook4j_page_statuses_updated_time.json")))
    conn = FacebookConnector(settings("facebook", page_id="555"), token=TOKEN, client=rec.client(), clock=lambda: NOW)
    res = await conn.fetch(None)
    assert "updated_time" in rec.requests[0].url.params["fields"].split(",")
    assert len(res.mentions) == 25 and res.set_aside == []
    first = next(m for m in res.mentions if m.platform_id == "10150293984393553")
    assert first.created_at.isoformat() == "2011-09-02T16:08:49+00:00"
    assert first.text.startswith("The 2nd wave of registration is now open for f8")
    assert json.loads(res.cursor)["feed_since"] == int(first.created_at.timestamp())  # the watermark moves too


# --------------------------------------------------------------------------- 11. RSS language


async def test_rss_language_from_the_content_language_header_feedparser_suite(rec: Recorder):
    body = outside("rss/feedparser_lang_http_content_language_entry_title_inherit.xml")
    rec.add("GET", "/feeds/news.rss", httpx.Response(200, content=body, headers={
        "content-type": "application/atom+xml", "content-language": "en"}))
    res = await rss_connector(rec).fetch(None)
    assert [(m.text, m.language) for m in res.mentions] == [("foo", "en")]


async def test_rss_language_from_xml_lang_on_content_feedparser_suite(rec: Recorder):
    body = outside("rss/feedparser_lang_entry_content_xml_lang.xml")
    rec.add("GET", "/feeds/news.rss", httpx.Response(200, content=body, headers={
        "content-type": "application/atom+xml", "content-language": "fr"}))
    res = await rss_connector(rec).fetch(None)
    assert [(m.text, m.language) for m in res.mentions] == [("Example Atom", "en")]  # the text's own xml:lang wins


async def test_rss_feed_language_element_beats_the_header(rec: Recorder):
    rec.add("GET", "/feeds/news.rss", httpx.Response(200, content=outside("rss/rsparser_natasha.xml"), headers={
        **RSS, "content-language": "fr"}))
    res = await rss_connector(rec).fetch(None)
    assert res.mentions and {m.language for m in res.mentions} == {"en-US"}


# --------------------------------------------------------------------------- 12. one clean message each


async def test_rate_limited_is_said_once(rec: Recorder):
    rec.add("GET", SEARCH_POSTS, httpx.Response(429, content=outside("bluesky/atproto_rate_limit_exceeded_429.json"),
                                                headers={"content-type": "application/json", "Retry-After": "120"}))
    with pytest.raises(RateLimited) as info:
        await bluesky_connector(rec).fetch(None)
    _at, words, _hold = failure_plan(info.value, 1, NOW)
    assert words.startswith("rate limited (RateLimitExceeded: Rate Limit Exceeded); waiting until")
    assert words.count("rate limited") == 1


async def test_rate_limited_without_a_body_is_said_once(rec: Recorder):
    rec.add("GET", SEARCH_POSTS, httpx.Response(429, headers={"Retry-After": "120"}))
    with pytest.raises(RateLimited) as info:
        await bluesky_connector(rec).fetch(None)
    _at, words, _hold = failure_plan(info.value, 1, NOW)
    assert words.startswith("rate limited (HTTP 429); waiting until"), words


async def test_facebook_502_page_names_the_connector_once_nginx(rec: Recorder):
    rec.add("GET", "/555/feed", httpx.Response(502, content=outside("facebook/nginx_502_page.html"),
                                               headers={"content-type": "text/html"}))
    conn = FacebookConnector(settings("facebook", page_id="555"), token=TOKEN, client=rec.client(), clock=lambda: NOW)
    with pytest.raises(TransientError) as info:
        await conn.fetch(None)
    message = str(info.value)
    assert message.count("test-facebook") == 1, message
    assert message.startswith("test-facebook: server error (HTTP 502 from ")
    assert "got an HTML page instead of JSON ('502 Bad Gateway')" in message and TOKEN not in message


async def test_facebook_oauth_error_message_is_read_scribejava(rec: Recorder):
    rec.add("GET", "/555/feed", jresp(json.loads(outside("facebook/scribejava_instagram_oauth_error_400.json")), 400))
    conn = FacebookConnector(settings("facebook", page_id="555"), token=TOKEN, client=rec.client(), clock=lambda: NOW)
    with pytest.raises(InvalidRequest) as info:
        await conn.fetch(None)
    assert str(info.value) == "test-facebook: Missing required field client_id (code 400)"
