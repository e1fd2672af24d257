"""Issue 20, done when: "YouTube and Instagram mentions reach the Feed and Triage like any other network."

A YouTube and an Instagram connector, built by the registry from the config and its secrets, poll 127.0.0.1
stand-ins of the YouTube Data API and the Instagram Graph API through the real poller into a real SQLite
file; the app, opened on that file at 80×24, shows both in the Feed's list and on Triage's card.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from brent_tui.config import Config
from brent_tui.jobs.poller import Poller
from brent_tui.store import Store
from tests.tui.conftest import make_app
from tests.tui.helpers import open_triage, screen_text, settle, wait_ready

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
CHANNEL = "UCbrentCouncil0000000000"
IG = "17841400000000001"
KEY, TOKEN = "yt-key-e2e-0123456789", "ig-token-e2e-0123456789"
YT_TEXT = "YT-E2E bins missed on Harlesden Road"
YT_REPLY = "YT-E2E-REPLY same on Craven Park"
IG_TEXT = "IG-E2E fly-tipping behind Neasden shops"


def _comment(cid: str, text: str, handle: str, at: str, parent: str | None = None) -> dict[str, Any]:
    snippet = {"channelId": CHANNEL, "videoId": "vidBins0001", "textDisplay": text, "textOriginal": text,
               "authorDisplayName": f"@{handle}", "authorChannelUrl": f"http://www.youtube.com/@{handle}",
               "authorChannelId": {"value": f"UC{handle}"}, "likeCount": 3, "publishedAt": at, "updatedAt": at}
    if parent:
        snippet["parentId"] = parent
    return {"kind": "youtube#comment", "id": cid, "snippet": snippet}


class StandIns:
    """YouTube's commentThreads and Instagram's tags and media edges on one 127.0.0.1 port; each checks its
    credential (the key as `key=`, the token as a Bearer header) as the real APIs do."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        stand_ins = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def reply(self, code: int, body: Any) -> None:
                raw = json.dumps(body).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json; charset=UTF-8")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def do_GET(self) -> None:
                url = urlsplit(self.path)
                query = parse_qs(url.query)
                stand_ins.seen.append(url.path)
                if url.path == "/youtube/v3/commentThreads":
                    if query.get("key") != [KEY]:
                        return self.reply(400, {"error": {"code": 400, "message": "API key not valid.", "errors": [
                            {"domain": "usageLimits", "reason": "keyInvalid", "message": "Bad Request"}]}})
                    top = _comment("UgxE2Etop00000000000000", YT_TEXT, "harlesdenres", "2026-11-24T09:40:00Z")
                    reply = _comment("UgxE2Etop00000000000000.AAAreply", YT_REPLY, "cravenpark",
                                     "2026-11-24T09:45:00Z", parent="UgxE2Etop00000000000000")
                    return self.reply(200, {"kind": "youtube#commentThreadListResponse", "items": [{
                        "kind": "youtube#commentThread", "id": "UgxE2Etop00000000000000",
                        "snippet": {"channelId": CHANNEL, "videoId": "vidBins0001", "topLevelComment": top,
                                    "totalReplyCount": 1, "isPublic": True},
                        "replies": {"comments": [reply]}}]})
                if self.headers.get("Authorization") != f"Bearer {TOKEN}":
                    return self.reply(400, {"error": {"message": "Invalid OAuth access token.", "code": 190}})
                if url.path == f"/v21.0/{IG}/tags":
                    return self.reply(200, {"data": [{
                        "id": "17900000000000099", "caption": IG_TEXT, "username": "neasden_eyes",
                        "timestamp": "2026-11-24T09:50:00+0000", "permalink": "https://www.instagram.com/p/E2E1/",
                        "like_count": 9, "comments_count": 0, "media_type": "IMAGE"}]})
                if url.path == f"/v21.0/{IG}/media":
                    return self.reply(200, {"data": []})
                self.reply(404, {"error": {"message": f"no route {url.path}", "code": 803}})

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def stand_ins() -> Iterator[StandIns]:
    server = StandIns()
    yield server
    server.close()


@pytest.mark.at(NOW)
async def test_youtube_and_instagram_mentions_reach_the_feed_and_triage(
        config: Config, db_path: Path, tmp_path: Path, stand_ins: StandIns, monkeypatch: pytest.MonkeyPatch) -> None:
    for key in [k for k in __import__("os").environ if "proxy" in k.lower()]:
        monkeypatch.delenv(key)
    config = Config.model_validate({**config.model_dump(mode="json", exclude_unset=True), "connectors": [
        {"name": "yt", "type": "youtube", "base_url": f"{stand_ins.url}/youtube/v3", "channel_id": CHANNEL,
         "account_handles": ["@BrentCouncilTV"], "secret_key": "yt"},
        {"name": "ig", "type": "instagram", "base_url": f"{stand_ins.url}/v21.0", "ig_user_id": IG,
         "account_handles": ["brentcouncil"], "secret_key": "ig"},
    ]})
    async with await Store.open(db_path) as store:
        poller = Poller(store, config, {"yt": KEY, "ig": TOKEN}, clock=lambda: NOW, state_dir=tmp_path / "state")
        report = await poller.run_once()
        assert not report.failed, report.summary()
        assert report.outcomes["yt"].inserted == 2 and report.outcomes["ig"].inserted == 1
        assert report.scored == 3  # scored for Triage like any other network's mentions
        assert (await store.health("yt")).cursor and (await store.health("ig")).cursor
    assert f"/v21.0/{IG}/tags" in stand_ins.seen and "/youtube/v3/commentThreads" in stand_ins.seen

    app = make_app(config, db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await settle(app, pilot)
        from brent_tui.widgets.mention_list import MentionList

        listing = app.screen.query_one(MentionList)
        drawn = ["".join(seg.text for seg in listing.render_line(y)) for y in range(listing.size.height)]
        rows = [line for line in drawn if "E2E" in line]
        assert len(rows) == 3, drawn
        assert any(" ig " in line and "IG-E2E fly-tipping" in line for line in rows), rows
        assert any(" yt " in line and "YT-E2E bins missed" in line for line in rows), rows
        assert any(" yt " in line and "YT-E2E-REPLY" in line for line in rows), rows

        screen = await open_triage(app, pilot)
        cards: dict[str, str] = {}
        for _ in range(len(screen.items)):
            m = screen.focus_item.mention
            cards[m.platform.value + (" reply" if m.reply_to_id else "")] = screen_text(app)
            await pilot.press("s")  # skip: the next one on the card
            await settle(app, pilot)
        assert set(cards) == {"youtube", "youtube reply", "instagram"}
        assert IG_TEXT in cards["instagram"] and "neasden_eyes" in cards["instagram"]
        assert YT_TEXT in cards["youtube"] and "@harlesdenres" in cards["youtube"]
        assert YT_REPLY in cards["youtube reply"]
