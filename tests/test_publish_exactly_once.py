"""Exactly once where a repeat would post twice (X) and where a record key refuses it (Bluesky).

127.0.0.1 stand-ins whose timelines lag behind a post, whose replies can be lost after the post was
made, and whose timeline can be forbidden — the ways the publisher used to post twice or leave a
post "sending" with no word to anyone.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from brent_tui.domain.models import CouncilAccount, Platform, PostStatus, Role, TargetStatus
from brent_tui.domain.roles import Actor
from brent_tui.services.publisher import CONFIRM_WINDOW, LEASE, publish_due
from brent_tui.store import Store
from brent_tui.store.posts import PostDraft
from connectors.base import ConnectorSettings
from connectors.bluesky import BlueskyConnector
from connectors.x import XConnector

WEB = Actor(login="webby", role=Role.WEB_TEAM)
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
BODY = "Libraries open late on Thursday for the half-term reading club"


class Network:
    """X's and Bluesky's publishing endpoints, with what goes wrong on the day.

    `lose_reply`: the next post is made, then the reply is a 503 (the caller cannot know).
    `visible`: whether the account's timeline shows the posts yet (it lags behind in life).
    `timeline_status`: the status the timeline answers with (403: the token may not read it).
    A second createRecord with a record key already used is a 500, as Bluesky's PDS answers.
    """

    def __init__(self) -> None:
        self.tweets: list[dict[str, Any]] = []
        self.records: dict[str, dict[str, Any]] = {}
        self.creates = 0  # POSTs that tried to make a post
        self.bodies: list[dict[str, Any]] = []  # what each of them sent
        self.lose_reply = False
        self.visible = False
        self.timeline_status = 200
        self.duplicate_refusal = False
        self.lock = threading.Lock()
        net = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def reply(self, code: int, body: Any) -> None:
                raw = json.dumps(body).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
                path = urlsplit(self.path).path
                with net.lock:
                    if path == "/xrpc/com.atproto.server.createSession":
                        return self.reply(200, {"did": "did:plc:council123", "handle": "brent.gov.uk",
                                                "accessJwt": "A", "refreshJwt": "R", "active": True})
                    if path in ("/2/tweets", "/xrpc/com.atproto.repo.createRecord"):
                        net.bodies.append(body)
                    if path == "/2/tweets":
                        net.creates += 1
                        if net.duplicate_refusal:
                            return self.reply(403, {"detail": "You are not allowed to create a Tweet with "
                                                    "duplicate content.", "title": "Forbidden", "status": 403})
                        tweet = {"id": str(1_900_000 + len(net.tweets)), "text": body["text"],
                                 "created_at": T0.strftime("%Y-%m-%dT%H:%M:%S.000Z")}
                        net.tweets.append(tweet)
                        return self.made({"data": {"id": tweet["id"], "text": tweet["text"]}})
                    if path == "/xrpc/com.atproto.repo.createRecord":
                        net.creates += 1
                        rkey = body["rkey"]
                        if rkey in net.records:
                            return self.reply(500, {"error": "InternalServerError",
                                                    "message": "Internal Server Error"})
                        net.records[rkey] = body["record"]
                        uri = f"at://did:plc:council123/app.bsky.feed.post/{rkey}"
                        return self.made({"uri": uri, "cid": "bafy"})
                self.reply(404, {"error": "NotFound"})

            def made(self, body: dict[str, Any]) -> None:
                if net.lose_reply:
                    net.lose_reply = False
                    return self.reply(503, {"title": "Service Unavailable"})
                self.reply(201 if "data" in body else 200, body)

            def do_GET(self) -> None:
                url = urlsplit(self.path)
                query = parse_qs(url.query)
                with net.lock:
                    if url.path == "/2/users/me":
                        return self.reply(200, {"data": {"id": "42", "username": "BrentCouncil"}})
                    if url.path == "/2/users/42/tweets":
                        if net.timeline_status != 200:
                            return self.reply(net.timeline_status, {"title": "Forbidden", "status": 403,
                                                                    "detail": "not permitted to read this"})
                        return self.reply(200, {"data": net.tweets if net.visible else []})
                    if url.path == "/xrpc/com.atproto.repo.getRecord":
                        rkey = query["rkey"][0]
                        if rkey not in net.records:
                            return self.reply(400, {"error": "RecordNotFound", "message": "Could not locate record"})
                        return self.reply(200, {"uri": f"at://did:plc:council123/app.bsky.feed.post/{rkey}",
                                                "cid": "bafy", "value": net.records[rkey]})
                    if url.path == "/xrpc/app.bsky.feed.getPosts":  # a resident's post, itself a reply
                        uri = query["uris"][0]
                        return self.reply(200, {"posts": [{"uri": uri, "cid": "bafyparent", "record": {
                            "text": "flooding on Hillside", "reply": {
                                "root": {"uri": "at://did:plc:root/app.bsky.feed.post/3root", "cid": "bafyroot"},
                                "parent": {"uri": "at://did:plc:root/app.bsky.feed.post/3root", "cid": "bafyroot"},
                            }}}]})
                    if url.path == "/xrpc/app.bsky.feed.getAuthorFeed":
                        return self.reply(200, {"feed": []})  # the AppView has not caught up
                self.reply(404, {"error": "NotFound"})

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def x(self, now: datetime) -> XConnector:
        settings = ConnectorSettings(name="x-main", type="x", base_url=self.url, account_handles=["BrentCouncil"])
        return XConnector(settings, token="test-token-abcdef", clock=lambda: now)

    def bluesky(self, now: datetime) -> BlueskyConnector:
        settings = ConnectorSettings(name="bsky", type="bluesky", base_url=self.url, identifier="brent.gov.uk")
        return BlueskyConnector(settings, password="app-password-abcd", clock=lambda: now)


@pytest.fixture
def net() -> Iterator[Network]:
    network = Network()
    yield network
    network.server.shutdown()
    network.server.server_close()


async def _scheduled(store: Store, platform: Platform, handle: str) -> tuple[int, int]:
    account = await store.upsert_account(CouncilAccount(platform=platform, handle=handle, service="Web"), "setup")
    assert account.id is not None
    post = await store.save_post(WEB, PostDraft(body=BODY, account_ids=[account.id], scheduled_at=T0))
    assert post.id is not None
    return account.id, post.id


async def _run(store: Store, net: Network, account_id: int, platform: Platform, now: datetime):
    conn = net.x(now) if platform is Platform.X else net.bluesky(now)
    async with conn:
        return await publish_due(store, {account_id: conn}, now=now)


async def _target(store: Store, post_id: int):
    post = await store.post(post_id)
    assert post is not None
    return post, post.targets[0]


async def test_x_a_lost_reply_and_a_lagging_timeline_post_once(store: Store, net: Network) -> None:
    account, post_id = await _scheduled(store, Platform.X, "@BrentCouncil")
    net.lose_reply = True
    report = await _run(store, net, account, Platform.X, T0)
    assert report.confirming and not report.retrying  # it may have gone: never simply sent again
    for minutes in (3, 6, 9):  # the lease is out; the timeline does not show it yet
        report = await _run(store, net, account, Platform.X, T0 + timedelta(minutes=minutes))
        assert report.confirming and (await _target(store, post_id))[1].status == TargetStatus.SENDING
    net.visible = True
    report = await _run(store, net, account, Platform.X, T0 + timedelta(minutes=12))
    post, target = await _target(store, post_id)
    assert net.creates == 1 and len(net.tweets) == 1
    assert report.reconciled and target.status == TargetStatus.PUBLISHED and post.status == PostStatus.PUBLISHED
    assert target.platform_post_id == net.tweets[0]["id"]


async def test_x_a_timeline_it_cannot_read_ends_in_words_and_a_notice_not_in_sending(
    store: Store, net: Network
) -> None:
    account, post_id = await _scheduled(store, Platform.X, "@BrentCouncil")
    net.lose_reply, net.timeline_status = True, 403
    await _run(store, net, account, Platform.X, T0)
    await _run(store, net, account, Platform.X, T0 + LEASE + timedelta(minutes=1))
    assert (await _target(store, post_id))[1].status == TargetStatus.SENDING  # still looking
    report = await _run(store, net, account, Platform.X, T0 + CONFIRM_WINDOW + timedelta(minutes=1))
    post, target = await _target(store, post_id)
    assert net.creates == 1
    assert target.status == TargetStatus.FAILED and post.status == PostStatus.FAILED
    assert target.last_error is not None and target.last_error.startswith(
        "not confirmed: sent at 09:00 but could not read @BrentCouncil's posts to confirm")
    assert "retry only if the post is not there" in target.last_error and report.failed
    notices = await store.notifications("webby")
    assert any("not confirmed" in n.text for n in notices)  # the author hears of it


async def test_x_duplicate_content_is_worded_as_a_repeat_not_a_token_problem(store: Store, net: Network) -> None:
    account, post_id = await _scheduled(store, Platform.X, "@BrentCouncil")
    net.duplicate_refusal = True
    report = await _run(store, net, account, Platform.X, T0)
    (_, _, reason), = report.failed
    assert reason.startswith("the network refused it as a repeat of a recent post from @BrentCouncil")
    assert "token" not in reason


async def test_bluesky_a_repeat_after_a_lost_reply_is_refused_by_the_record_key(store: Store, net: Network) -> None:
    account, post_id = await _scheduled(store, Platform.BLUESKY, "brent.gov.uk")
    net.lose_reply = True
    report = await _run(store, net, account, Platform.BLUESKY, T0)
    assert report.retrying  # Bluesky may retry: the same record key cannot make a second post
    later = T0 + timedelta(hours=1)
    report = await _run(store, net, account, Platform.BLUESKY, later)
    post, target = await _target(store, post_id)
    assert net.creates == 1 and len(net.records) == 1  # found by its key before any second send
    assert report.reconciled and target.status == TargetStatus.PUBLISHED
    assert target.platform_post_id == f"at://did:plc:council123/app.bsky.feed.post/{next(iter(net.records))}"


async def test_bluesky_a_second_create_with_the_same_key_makes_no_second_post(store: Store, net: Network) -> None:
    """A publisher killed after createRecord succeeded: the feed does not show it yet; the record
    key does, and even a blind repeat is refused by the network."""
    account, post_id = await _scheduled(store, Platform.BLUESKY, "brent.gov.uk")
    report = await _run(store, net, account, Platform.BLUESKY, T0)
    assert report.published and len(net.records) == 1
    _, target = await _target(store, post_id)
    conn = net.bluesky(T0)
    async with conn:
        from brent_tui.services.publisher import _request_for  # the very request the publisher made
        from brent_tui.store.posts import OutboxItem
        from connectors.errors import ConnectorError

        account_row = await store.account(account)
        post = await store.post(post_id)
        assert account_row is not None and post is not None and target.attempt_key is not None
        req = _request_for(OutboxItem(target=target, post=post, account=account_row), target.attempt_key)
        with pytest.raises(ConnectorError):
            await conn.publish(req)
        assert (await conn.find_sent(req) or {}).get("id") == target.platform_post_id
    assert len(net.records) == 1
