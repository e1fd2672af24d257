"""The corpus of other projects' bodies (tests/fixtures/outside/corpus/, provenance in MANIFEST.json "corpus"):
each served from 127.0.0.1 through the real connector, polled twice.

Checks on every body: nothing crashes; every post becomes a mention or is set aside with a reason (none is
silently dropped); text has no X entities; times are aware UTC; ids are unique; the second poll asks from
the cursor the first one gave (X: since_id = the newest id) and re-delivers nothing (RSS: seen items).
"""

from __future__ import annotations

import json
from datetime import UTC
from pathlib import Path

import httpx
import pytest

from connectors.errors import BadResponse
from connectors.rss import RssConnector
from connectors.x import XConnector

from .conftest import FIXTURES, NOW, TOKEN, Recorder, jresp, settings

CORPUS = FIXTURES / "outside" / "corpus"
MANIFEST = json.loads((FIXTURES / "outside" / "MANIFEST.json").read_text())["corpus"]
X_BODIES = sorted((CORPUS / "x").iterdir())
FEEDS = sorted((CORPUS / "rss").iterdir())
FEED_URL = "http://127.0.0.1:9/feeds/corpus.xml"


def test_corpus_is_large_and_every_file_has_its_provenance():
    files = {f"corpus/{p.parent.name}/{p.name}" for p in [*X_BODIES, *FEEDS]}
    assert len(files) >= 300
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
    for m in first.mentions:
        assert not any(e in m.text for e in ("&amp;", "&lt;", "&gt;")), m.text
        assert m.created_at.tzinfo is not None and m.created_at.utcoffset() == UTC.utcoffset(None)
        assert m.url.endswith(f"/status/{m.platform_id}")
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
        assert m.created_at.utcoffset() == UTC.utcoffset(None)
        assert m.url is None or m.url.startswith(("http://", "https://"))
    second = await conn.fetch(first.cursor)
    assert second.mentions == []  # nothing re-delivered on the second poll
