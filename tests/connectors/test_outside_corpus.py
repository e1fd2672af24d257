"""The corpus of other projects' bodies (tests/fixtures/outside/corpus/, provenance in MANIFEST.json "corpus"):
each served from 127.0.0.1 through the real connector, polled twice. By network: X 24 (tweepy cassettes),
RSS 459 (feedparser's wellformed suite, RSParser's real feeds), Mastodon 31 (Mastodon.py cassettes),
Bluesky 4 (bskyr cassettes), Facebook 21 (facebook4j's recorded Graph answers).

Served over a real socket (tests/connectors/conftest.py). Checks on every body: nothing crashes; every post
becomes a mention or is set aside with a reason (none is silently dropped); every mention has an author, no
HTML or entities left in its text, a UTC time and an http(s) link; ids are unique; thread, reply-to and
language ids are the body's own (X: conversation_id, replied_to, lang — exercised by the full-field twarc
page; Mastodon: in_reply_to_id, language; Bluesky: reply.parent, langs); a retweet's text is the whole
post from includes.tweets; the second poll asks from the cursor the first one gave (X: since_id = the
newest id) and re-delivers nothing (RSS: seen items; Bluesky: the inclusive `since`).
"""

from __future__ import annotations

import json
import re
from datetime import UTC
from pathlib import Path

import httpx
import pytest

from connectors.errors import BadResponse
from connectors.rss import RssConnector
from connectors.x import _X_ENTITY, NOT_LANGUAGES, XConnector

from .conftest import FIXTURES, NOW, TOKEN, Recorder, jresp, local_client, settings

CORPUS = FIXTURES / "outside" / "corpus"
MANIFEST = json.loads((FIXTURES / "outside" / "MANIFEST.json").read_text())["corpus"]
X_BODIES = sorted((CORPUS / "x").iterdir()) + sorted((FIXTURES / "outside" / "x").glob("*.json"))  # + the full-field pages
FEEDS = sorted((CORPUS / "rss").iterdir())
FEED_URL = "http://127.0.0.1:9/feeds/corpus.xml"


def test_corpus_is_large_and_every_file_has_its_provenance():
    files = {f"corpus/{p.parent.name}/{p.name}" for p in CORPUS.glob("*/*")}
    assert len(files) >= 300
    assert {p.split("/")[1] for p in files} == {"x", "rss", "mastodon", "bluesky", "facebook"}
    assert files == set(MANIFEST)
    assert all({"repository", "path", "commit", "licence"} <= set(v) for v in MANIFEST.values())


@pytest.mark.parametrize("path", X_BODIES, ids=lambda p: p.name)
async def test_x_corpus_body_twice(path: Path, rec: Recorder):
    body = json.loads(path.read_bytes())
    rec.add("GET", "/2/tweets/search/recent", jresp(path.read_bytes()))
    conn = XConnector(settings("x", queries=["q"]), token=TOKEN, client=rec.client(), clock=lambda: NOW)
    first = await conn.fetch(None)
    ids = {str(t["id"]) for t in body["data"]}
    got = [m.platform_id for m in first.mentions]
    assert len(got) == len(set(got))
    assert set(got) | {a.platform_id for a in first.set_aside} == ids  # none silently dropped
    tweets = {str(t["id"]): t for t in body["data"]}
    included = {str(t["id"]): t for t in body.get("includes", {}).get("tweets", [])}
    for m in first.mentions:
        well_formed(m)
        assert m.created_at.tzinfo is not None and m.created_at.utcoffset() == UTC.utcoffset(None)
        assert m.url.endswith(f"/status/{m.platform_id}")
        t = tweets[m.platform_id]
        refs = {r.get("type"): str(r.get("id")) for r in t.get("referenced_tweets") or []}
        assert m.thread_id == (str(t["conversation_id"]) if t.get("conversation_id") else None)
        assert m.reply_to_id == refs.get("replied_to")
        lang = t.get("lang")
        assert m.language == (lang if lang and lang not in NOT_LANGUAGES else None)
        if "retweeted" in refs and refs["retweeted"] in included:  # the whole retweet, never the cut one
            assert _X_ENTITY.sub(lambda e: {"amp": "&", "lt": "<", "gt": ">"}[e.group(1)],
                                 included[refs["retweeted"]]["text"]) in m.text
    await conn.fetch(first.cursor)
    newest = max(ids, key=lambda s: (len(s), s))
    assert rec.requests[1].url.params["since_id"] == body.get("meta", {}).get("newest_id", newest)


@pytest.mark.parametrize("path", FEEDS, ids=lambda p: p.name)
async def test_rss_corpus_feed_twice(path: Path, rec: Recorder):
    rec.add("GET", "/feeds/corpus.xml", httpx.Response(200, content=path.read_bytes(),
                                                       headers={"content-type": "application/xml"}))
    conn = RssConnector(settings("rss", base_url=None, feeds=[FEED_URL]), client=rec.client(), clock=lambda: NOW)
    try:
        first = await conn.fetch(None)
    except BadResponse as exc:  # no feed at all: refused in words, never a crash or an empty success
        assert "feed" in str(exc) and "<" not in str(exc)
        return
    got = [m.platform_id for m in first.mentions]
    assert len(got) == len(set(got))
    for m in first.mentions:
        well_formed(m, path.name)
        assert m.url is None or m.url.startswith(("http://", "https://"))
    second = await conn.fetch(first.cursor)
    assert second.mentions == []  # nothing re-delivered on the second poll


# --------------------------------------------------------------------------- Mastodon, Bluesky, Facebook

MASTODON_BODIES = sorted((CORPUS / "mastodon").iterdir())
BLUESKY_BODIES = sorted((CORPUS / "bluesky").iterdir())
FACEBOOK_BODIES = sorted((CORPUS / "facebook").iterdir())


def routes(table: dict[str, bytes]) -> tuple[httpx.AsyncClient, list[httpx.Request]]:
    """Serve `table[path]` (JSON) from 127.0.0.1; any other path answers an empty list of its kind."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        assert request.url.host == "127.0.0.1"
        path = request.url.path
        if path in table:
            return httpx.Response(200, content=table[path], headers={"content-type": "application/json"})
        if path.endswith("createSession"):
            return httpx.Response(200, json={"accessJwt": "a" * 20, "refreshJwt": "r" * 20,
                                             "did": "did:plc:council123", "handle": "council.example"})
        empty: object = {"data": []} if "/xrpc/" not in path and not path.startswith("/api/") else []
        if "searchPosts" in path:
            empty = {"posts": []}
        elif "listNotifications" in path:
            empty = {"notifications": []}
        return httpx.Response(200, json=empty)

    return local_client(handler), sent


def utc(m) -> bool:
    return m.created_at.utcoffset() == UTC.utcoffset(None)


_HTML = re.compile(r"<(?:p|br|a|span|div|img|strong|em)\b[^>]*>", re.IGNORECASE)
_ENTITIES = re.compile(r"&(?:amp|lt|gt|quot|#39|#x27|nbsp);")


#: Bodies whose posts are about HTML: the markup in their text is the post's own words.
LITERAL_MARKUP = {"feedparser_rss_item_description_code_br.xml"}  # <code>&lt;br /&gt;</code>: a code sample


def well_formed(m, body: str = "") -> None:
    """What every stored mention must be, whichever network and body it came from."""
    assert m.author_handle.strip(), f"{m.platform_id}: no author"
    if body not in LITERAL_MARKUP:
        assert not _HTML.search(m.text), f"{m.platform_id}: HTML left in the text: {m.text[:120]!r}"
    assert not _ENTITIES.search(m.text), f"{m.platform_id}: entities left in the text: {m.text[:120]!r}"
    assert utc(m), f"{m.platform_id}: not UTC"
    assert m.url is None or m.url.startswith(("http://", "https://")), m.url


@pytest.mark.parametrize("path", MASTODON_BODIES, ids=lambda p: p.name)
async def test_mastodon_corpus_body_twice(path: Path):
    from connectors.mastodon import MastodonConnector

    kind = "notifications" if path.name.endswith("_notifications.json") else "statuses"
    where = "/api/v1/notifications" if kind == "notifications" else "/api/v1/timelines/tag/t"
    client, sent = routes({where: path.read_bytes()})
    conn = MastodonConnector(settings("mastodon", hashtags=["t"]), token=TOKEN, client=client, clock=lambda: NOW)
    first = await conn.fetch(None)
    items = json.loads(path.read_bytes())
    if kind == "notifications":
        expected = {str(n["status"]["uri"]) for n in items if n.get("type") == "mention" and n.get("status")}
    else:
        expected = {str(s["uri"]) for s in items}
    got = [m.uri or m.platform_id for m in first.mentions]
    assert len(got) == len(set(got))
    statuses = [n.get("status") for n in items] if kind == "notifications" else list(items)
    inner = {str(x["uri"]): (x.get("reblog") or x) for x in statuses if isinstance(x, dict) and x.get("uri")}
    for m in first.mentions:  # a boost is read as the post it boosts
        source = inner.get(m.uri or "") or next((v for v in inner.values() if v.get("uri") == m.uri), None)
        if source is None:
            continue
        assert m.reply_to_id == (str(source["in_reply_to_id"]) if source.get("in_reply_to_id") else None)
        assert m.language == (source.get("language") or None)
    assert set(got) | {a.platform_id for a in first.set_aside if a.platform_id} == expected  # none dropped, none extra
    for m in first.mentions:
        well_formed(m)
    await conn.fetch(first.cursor)
    again = [r for r in sent if r.url.path == where][-1]
    assert again.url.params.get("min_id") == max((str(i["id"]) for i in items), key=lambda s: (len(s), s))


@pytest.mark.parametrize("path", BLUESKY_BODIES, ids=lambda p: p.name)
async def test_bluesky_corpus_body_twice(path: Path):
    from connectors.bluesky import BlueskyConnector

    where = ("/xrpc/app.bsky.notification.listNotifications" if path.name.endswith("_notifications.json")
             else "/xrpc/app.bsky.feed.searchPosts")
    client, _sent = routes({where: path.read_bytes()})
    conn = BlueskyConnector(settings("bluesky", identifier="council.example", queries=["q"]), password=TOKEN,
                            client=client, clock=lambda: NOW)
    first = await conn.fetch(None)
    got = [m.platform_id for m in first.mentions]
    assert got and len(got) == len(set(got))
    posts = {str(p["uri"]): p for p in json.loads(path.read_bytes()).get("posts", [])}
    for m in first.mentions:
        well_formed(m)
        assert m.url.startswith("https://bsky.app/profile/")
        record = posts[m.platform_id]["record"] if m.platform_id in posts else None
        if record is not None:
            parent = (record.get("reply") or {}).get("parent") or {}
            assert m.reply_to_id == (parent.get("uri") or None)
            langs = record.get("langs") or []
            assert m.language == (langs[0] if langs else None)
    second = await conn.fetch(first.cursor)
    assert second.mentions == []  # the same answer again: nothing read twice (`since` is inclusive)


@pytest.mark.parametrize("path", FACEBOOK_BODIES, ids=lambda p: p.name)
async def test_facebook_corpus_body_twice(path: Path):
    from connectors.facebook import FacebookConnector

    client, sent = routes({"/555/feed": path.read_bytes()})
    conn = FacebookConnector(settings("facebook", page_id="555"), token=TOKEN, client=client, clock=lambda: NOW)
    first = await conn.fetch(None)
    items = {str(i["id"]): i for i in json.loads(path.read_bytes())["data"]}
    own = {i for i, x in items.items() if not isinstance(x.get("from"), dict) or str(x["from"].get("id")) == "555"}
    got = [m.platform_id for m in first.mentions]
    assert len(got) == len(set(got))
    assert set(got) | {a.platform_id for a in first.set_aside} | own == set(items)  # none silently dropped
    for m in first.mentions:
        well_formed(m)
    await conn.fetch(first.cursor)
    feed_calls = [r for r in sent if r.url.path == "/555/feed"]
    assert len(feed_calls) == 2
