"""Settings, rate-limit header families, Retry-After, body limits, timeouts, redaction, registry."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import httpx
import pytest
from pydantic import ValidationError

from connectors import build
from connectors.base import ConnectorSettings, Redactor
from connectors.errors import AuthError, TransientError
from connectors.html_text import html_to_text
from connectors.http import parse_facebook_usage, parse_rate_limit, parse_retry_after

from .conftest import NOW, TOKEN, Recorder, jresp, settings


def test_settings_defaults_and_typos():
    s = ConnectorSettings(name="m", type="mastodon")
    assert (s.enabled, s.interval_seconds, s.timeout_seconds, s.effective_base_url) == (True, 120, 20, "https://mastodon.social")
    with pytest.raises(ValidationError, match="intervall_seconds"):
        ConnectorSettings(name="m", type="mastodon", intervall_seconds=60)
    with pytest.raises(ValidationError):
        ConnectorSettings(name="m", type="mastodon", interval_seconds=5)
    with pytest.raises(ValidationError, match="page_id"):
        ConnectorSettings(name="f", type="facebook")
    with pytest.raises(ValidationError, match="feeds"):
        ConnectorSettings(name="r", type="rss")
    with pytest.raises(ValidationError, match="http"):
        ConnectorSettings(name="r", type="rss", feeds=["file:///etc/passwd"])


def test_rate_limit_families():
    m = parse_rate_limit({"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "291", "X-RateLimit-Reset": "2025-07-17T20:05:00.725062Z"}, "mastodon")
    assert (m.limit, m.remaining, m.reset_at) == (300, 291, datetime(2025, 7, 17, 20, 5, 0, 725062, tzinfo=UTC))
    b = parse_rate_limit({"ratelimit-limit": "3000", "ratelimit-remaining": "2983", "ratelimit-reset": "1747676784"}, "bluesky")
    assert b.remaining == 2983 and b.reset_at == datetime.fromtimestamp(1747676784, UTC)
    x = parse_rate_limit({"x-rate-limit-limit": "450", "x-rate-limit-remaining": "448", "x-rate-limit-reset": "1665183229"}, "x")
    assert x.remaining == 448 and x.reset_at.year == 2022
    f = parse_facebook_usage({"X-App-Usage": '{"call_count":28,"total_time":91,"total_cputime":25}'}, NOW)
    assert f.remaining == 9 and f.reset_at is None
    assert parse_rate_limit({"x-ratelimit-reset": "garbage"}, "mastodon").reset_at is None


def test_retry_after_forms():
    assert parse_retry_after("120", NOW) == 120
    assert parse_retry_after("Thu, 17 Jul 2025 20:01:00 GMT", NOW) == 60
    assert parse_retry_after("soon", NOW) is None


async def test_timeout_is_transient(rec: Recorder):
    def slow(req: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=req)

    rec.add("GET", "/api/v1/timelines/tag/x", slow)
    conn = build(settings("mastodon", hashtags=["x"]), {}, client=rec.client(in_process=True))
    with pytest.raises(TransientError, match="timed out"):
        await conn.fetch(None)


async def test_5xx_is_transient_with_retry_after(rec: Recorder):
    rec.add("GET", "/api/v1/timelines/tag/x", jresp({"error": "oops"}, 503, {"retry-after": "7"}))
    conn = build(settings("mastodon", hashtags=["x"]), {}, client=rec.client())
    with pytest.raises(TransientError) as info:
        await conn.fetch(None)
    assert info.value.retry_after == 7


def test_registry_missing_secret_names_connector_not_value():
    s = settings("x", queries=["a"], secret_key="x_token", token_env="BRENT_X_TOKEN")
    with pytest.raises(AuthError, match="'test-x'.*'x_token'.*'BRENT_X_TOKEN'"):
        build(s, {"other": TOKEN})
    s2 = settings("bluesky", identifier="brent.gov.uk")
    with pytest.raises(AuthError, match="app password"):
        build(s2, {})
    conn = build(s, {"BRENT_X_TOKEN": TOKEN})
    assert type(conn).__name__ == "XConnector"


@pytest.mark.parametrize("type_", ["mastodon", "x", "facebook", "bluesky"])
async def test_token_never_leaks(rec: Recorder, type_: str, caplog: pytest.LogCaptureFixture):
    """Servers that echo the token in errors, or a paging URL carrying it, never leak it."""
    echo = {"error": f"token {TOKEN} is invalid", "message": f"Bearer {TOKEN}"}

    def handler(req: httpx.Request) -> httpx.Response:
        return jresp(echo, 401)

    for path in ("/api/v1/timelines/tag/x", "/api/v1/notifications", "/2/tweets/search/recent", "/555/feed",
                 "/xrpc/com.atproto.server.createSession"):
        rec.add("GET" if "createSession" not in path else "POST", path, handler)
    kw = {"mastodon": {"hashtags": ["x"]}, "x": {"queries": ["q"]}, "facebook": {"page_id": "555"}, "bluesky": {"identifier": "a.b"}}[type_]
    conn = build(settings(type_, secret_key="k", **kw), {"k": TOKEN}, client=rec.client())
    caplog.set_level(logging.DEBUG)
    with pytest.raises(Exception) as info:
        await conn.fetch(None)
    for text in (str(info.value), repr(info.value), repr(conn), str(vars(conn)), caplog.text):
        assert TOKEN not in text


def test_redactor_scrubs_patterns():
    r = Redactor(["abcd1234"])
    assert r("x abcd1234 y") == "x *** y"
    assert r("?access_token=EAAB123&x=1") == "?access_token=***&x=1"
    assert r("Authorization: Bearer eyJhbGciOi") == "Authorization: Bearer ***"


def test_html_to_text_rules():
    html = '<p>One &amp; two<br>three</p><p><a href="https://x"><span class="invisible">https://</span><span class="ellipsis">example.org/long</span><span class="invisible">/rest</span></a></p><script>alert(1)</script>'
    assert html_to_text(html) == "One & two\nthree\n\nexample.org/long…"
    assert html_to_text("<p>bridgy\n\nraw newlines</p>") == "bridgy\n\nraw newlines"
    assert html_to_text("<p>  indented\n   source  </p>", collapse_whitespace=True) == "indented source"
    assert html_to_text("<div><b>unclosed <i>tags") == "unclosed tags"
    assert html_to_text(None) == ""
