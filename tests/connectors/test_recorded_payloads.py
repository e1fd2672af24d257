"""Every recorded real-world body in ../shared/fixtures/payloads loads or is refused clearly.

"Loads" means: a list of MentionIn, a Profile or a PublishResult. "Refused" means a ConnectorError
with a message. Anything else (KeyError, TypeError, a pydantic error escaping) fails the test.
Error responses (HTTP ≥ 400 in response_headers.json) are served through a mock transport with
their recorded status and headers so the connectors' real error paths run. Skipped when the
shared folder is absent (the repository alone is enough to run the rest of the suite).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from brent_tui.domain.models import MentionIn
from connectors import build
from connectors.base import Profile, PublishResult
from connectors.bluesky import MENTION_REASONS, BlueskyConnector, post_to_mention
from connectors.errors import ConnectorError
from connectors.facebook import item_to_mention, page_items
from connectors.http import Reply
from connectors.mastodon import MastodonConnector, status_to_mention
from connectors.rss import parse_feed
from connectors.x import page_to_mentions

from .conftest import TOKEN, fixture_json, local_client, settings

PAYLOADS = Path(__file__).resolve().parents[2].parent / "shared" / "fixtures" / "payloads"
FILES = sorted(p for p in PAYLOADS.glob("*/*") if p.is_file()) if PAYLOADS.is_dir() else []
HEADERS: dict[str, Any] = json.loads((PAYLOADS / "response_headers.json").read_text()) if FILES else {}
FETCHED = datetime(2026, 1, 1, tzinfo=UTC)

pytestmark = pytest.mark.skipif(not FILES, reason=f"recorded payloads not present at {PAYLOADS}")


def decode(path: Path, meta: dict[str, Any]) -> Any:
    """JSON through the same decoder the connectors use (bad JSON → BadResponse)."""
    headers = httpx.Headers(meta.get("headers") or {"content-type": "application/json"})
    return Reply(200, headers, path.read_bytes(), httpx.URL("http://127.0.0.1/"), "recorded", lambda s: s).json()  # type: ignore[arg-type]


def bsky_thread(node: Any) -> list[dict[str, Any]]:
    if not isinstance(node, dict):
        return []
    out = [node["post"]] if isinstance(node.get("post"), dict) else []
    for reply in node.get("replies") or []:
        out += bsky_thread(reply)
    return out + bsky_thread(node.get("parent"))


def load_ok(network: str, path: Path, body: Any) -> list[MentionIn] | Profile | PublishResult:
    name = path.name
    if network == "mastodon":
        if isinstance(body, dict) and "params" in body:
            conn = MastodonConnector(settings("mastodon"), token=TOKEN)
            return conn.publish_result(body, scheduled_requested=True)
        if isinstance(body, dict) and "ancestors" in body:
            items = body["ancestors"] + body["descendants"]
        elif isinstance(body, dict) and "statuses" in body:
            items = body["statuses"]
        elif isinstance(body, list):
            items = [i.get("status") if i.get("type") == "mention" else i for i in body]
        else:
            items = [body]
        return [status_to_mention(s, instance_host="instance.example", raw=s) for s in items if s]
    if network == "bluesky":
        if "createRecord" in name:
            conn = BlueskyConnector(settings("bluesky", identifier="a.example"), password="pw-pw-pw")
            return conn.publish_result(body)
        if "createSession" in name:
            conn = BlueskyConnector(settings("bluesky", identifier="a.example"), password="pw-pw-pw")
            conn._set_session(body)  # tokens were blanked in the recording → refused clearly
            return Profile(handle=conn.handle)
        if "notifications" in body:
            return [post_to_mention(n) for n in body["notifications"] if n.get("reason") in MENTION_REASONS]
        if "posts" in body:
            return [post_to_mention(p) for p in body["posts"]]
        return [post_to_mention(p) for p in bsky_thread(body.get("thread"))]
    if network == "x":
        mentions, _warnings = page_to_mentions(body)
        return mentions
    if network == "facebook":
        items, _next = page_items(body)
        return [item_to_mention(i) for i in items]
    raise AssertionError(network)


async def load_error(network: str, path: Path, meta: dict[str, Any]) -> None:
    """Serve the recorded error response and run a real connector call against it."""
    body = path.read_bytes()
    ok_session = json.dumps(fixture_json("bluesky/createSession.json")).encode()

    def handler(req: httpx.Request) -> httpx.Response:
        if req.url.path.endswith("createSession") and "createSession" not in path.name:
            return httpx.Response(200, content=ok_session, headers={"content-type": "application/json"})
        return httpx.Response(meta["status"], content=body, headers=meta["headers"])

    client = local_client(handler)
    kw = {"mastodon": {"hashtags": ["t"]}, "bluesky": {"identifier": "a.example", "queries": ["q"]},
          "x": {"queries": ["q"]}, "facebook": {"page_id": "1"}}[network]
    conn = build(settings(network, secret_key="k", **kw), {"k": TOKEN}, client=client)
    await conn.fetch(None)


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
async def test_recorded_payload_loads_or_is_refused(path: Path):
    network = path.parent.name
    rel = f"{network}/{path.name}"
    meta = HEADERS.get(rel, {})
    if network == "rss":
        mentions, warnings = parse_feed(
            path.read_bytes(), feed_url=f"https://feeds.example/{path.name}", final_url=f"https://feeds.example/{path.name}",
            content_type="application/xml", fetched_at=FETCHED,
        )
        assert all(isinstance(w, str) for w in warnings)
        result: Any = mentions
    elif (meta.get("status") or 200) >= 400:
        with pytest.raises(ConnectorError) as info:
            await load_error(network, path, meta)
        assert str(info.value).strip()
        return
    else:
        try:
            result = load_ok(network, path, decode(path, meta))
        except ConnectorError as exc:
            assert str(exc).strip()  # refused, with a message
            return
    if isinstance(result, list):
        for m in result:
            assert isinstance(m, MentionIn) and m.platform_id and m.created_at.tzinfo is not None
            assert m.url is None or m.url.startswith(("http://", "https://"))
    else:
        assert isinstance(result, Profile | PublishResult)


def test_known_traps_in_recorded_payloads():
    # boosts map to the boosted status, never to an empty mention
    boost = json.loads((PAYLOADS / "mastodon/status_reblog_wrapper.json").read_text())
    m = status_to_mention(boost, instance_host="localhost")
    assert m.text == "Toot!" and not m.uri.endswith("/activity")
    # same posts on two instances: same uris, same normalised handles
    a = json.loads((PAYLOADS / "mastodon/tag_timeline_rstats_fosstodon.json").read_text())
    b = json.loads((PAYLOADS / "mastodon/tag_timeline_rstats_mastodon_social_anon.json").read_text())
    ma = {s["uri"]: status_to_mention(s, instance_host="fosstodon.org") for s in a}
    mb = {s["uri"]: status_to_mention(s, instance_host="mastodon.social") for s in b}
    assert set(ma) == set(mb)
    assert {m.author_handle for m in ma.values()} == {m.author_handle for m in mb.values()}
    # the scheduled status (duplicate keys, year 4000) is a PublishResult
    sched = json.loads((PAYLOADS / "mastodon/scheduled_status_created.json").read_text())
    assert MastodonConnector(settings("mastodon"), token=TOKEN).publish_result(sched).scheduled
    # the slash-date forum never yields 2020-11-01
    forum, _ = parse_feed((PAYLOADS / "rss/forum_dvbbs_gb2312_slash_dates.rss").read_bytes(),
                          feed_url="https://f.example/", final_url="https://f.example/", content_type=None, fetched_at=FETCHED)
    assert forum and all((m.created_at.month, m.created_at.day) != (11, 1) for m in forum)
    assert all(m.created_at.date().isoformat() == "2020-01-10" for m in forum[:2])
    # X lang und/qst → None; edits_remaining as a string doesn't matter
    for name in ("search_all_expansions_lang_und.json", "tweet_lookup_edit_history.json"):
        ms, _ = page_to_mentions(json.loads((PAYLOADS / "x" / name).read_text()))
        assert ms and all(m.language is None for m in ms)
    # Facebook: repeated id deduped, story-only post kept
    feed = json.loads((PAYLOADS / "facebook/feed_2013_anonymised.json").read_text())
    items, nxt = page_items(feed)
    assert len(items) == 5 and nxt and "until=" in nxt
    assert any(item_to_mention(i).text and "message" not in i for i in items)
    # Bluesky: full URL rebuilt from facets in place of the truncated text
    search = json.loads((PAYLOADS / "bluesky/searchPosts_redistricting.json").read_text())
    texts = [post_to_mention(p).text for p in search["posts"]]
    assert not any("christac..." in t for t in texts)
