"""127.0.0.1 stand-ins for X's, Bluesky's, Mastodon's and Facebook's publishing endpoints, with what goes wrong on the day:
a reply lost after the post was made, a timeline that lags behind or is forbidden, a record key used
twice. Used by the publisher's and the replies' tests (the `networks` fixture in tests/conftest.py)."""

from __future__ import annotations

import json
import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from connectors.base import ConnectorSettings
from connectors.bluesky import BlueskyConnector
from connectors.facebook import FacebookConnector
from connectors.mastodon import MastodonConnector
from connectors.x import XConnector

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


class Network:
    """X's and Bluesky's publishing endpoints (and Mastodon's statuses, Facebook's comments), with
    what goes wrong on the day.

    `lose_reply`: the next post is made, then the reply is a 503 (the caller cannot know).
    `visible`: whether the account's timeline shows the posts yet (it lags behind in life).
    `timeline_status`: the status the timeline answers with (403: the token may not read it).
    `slow_reply`: seconds between making a post and answering (`arrived` is set as it is made): a
    publisher killed in that gap has posted without knowing it.
    A second createRecord with a record key already used is a 500, as Bluesky's PDS answers.
    `counts`: what each network says of our posts' engagement, by post id ({likes, reposts, replies,
    quotes, impressions}), in each network's own shape; a post not in it is gone (deleted). The
    listening endpoints answer "nothing new", so a poller cycle runs through to reading them.
    """

    def __init__(self) -> None:
        self.tweets: list[dict[str, Any]] = []
        self.records: dict[str, dict[str, Any]] = {}
        self.creates = 0  # POSTs that tried to make a post
        self.bodies: list[dict[str, Any]] = []  # what each of them sent
        self.statuses: list[dict[str, Any]] = []  # Mastodon
        self.idempotency: dict[str, dict[str, Any]] = {}  # Mastodon's Idempotency-Key → the status it made
        self.page_posts: list[dict[str, Any]] = []  # Facebook
        self.counts: dict[str, dict[str, int]] = {}
        # who follows the council's account and whom it follows, by network ("mastodon", "bluesky"): handles
        self.followers: dict[str, list[str]] = {"mastodon": [], "bluesky": []}
        self.following: dict[str, list[str]] = {"mastodon": [], "bluesky": []}
        self.follows: list[str] = []  # Mastodon follows made: the account id followed
        self.count_requests: list[str] = []  # the path of each engagement request
        self.lose_reply = False
        self.visible = False
        self.timeline_status = 200
        self.duplicate_refusal = False
        self.slow_reply = 0.0
        self.arrived = threading.Event()
        self.lock = threading.Lock()
        net = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def reply(self, code: int, body: Any) -> None:
                raw = json.dumps(body).encode()
                try:
                    self.send_response(code)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(raw)))
                    self.end_headers()
                    self.wfile.write(raw)
                except OSError:  # the caller was killed while waiting
                    pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
                path = urlsplit(self.path).path
                with net.lock:
                    if path == "/xrpc/com.atproto.server.createSession":
                        return self.reply(200, {"did": "did:plc:council123", "handle": "brent.gov.uk",
                                                "accessJwt": "A", "refreshJwt": "R", "active": True})
                    if path.startswith("/api/v1/accounts/") and path.endswith("/follow"):  # Mastodon
                        net.follows.append(path.split("/")[4])
                        return self.reply(200, {"id": path.split("/")[4], "following": True})
                    if path in ("/2/tweets", "/xrpc/com.atproto.repo.createRecord", "/api/v1/statuses") or \
                            path.endswith("/comments"):
                        net.bodies.append(body)
                    if path == "/api/v1/statuses":  # Mastodon: a repeated Idempotency-Key returns the first status
                        key = self.headers.get("Idempotency-Key") or ""
                        if key in net.idempotency:
                            return self.made(net.idempotency[key])
                        net.creates += 1
                        sid = str(110_000 + net.creates)
                        status = {"id": sid, "url": f"https://mastodon.example/@brent/{sid}",
                                  "content": body.get("status", ""), "created_at": T0.isoformat()}
                        net.statuses.append(status)
                        net.idempotency[key] = status
                        return self.made(status)
                    if path.endswith("/comments"):  # Facebook: a comment under the post or comment
                        net.creates += 1
                        return self.made({"id": f"{path.strip('/').split('/')[0]}_{900 + net.creates}"})
                    if path == "/brentcouncil/feed":  # Facebook: the Page's own post
                        net.creates += 1
                        post = {"id": f"brentcouncil_{700 + net.creates}", "message": body.get("message", ""),
                                "created_time": T0.strftime("%Y-%m-%dT%H:%M:%S+0000")}
                        net.page_posts.append(post)
                        return self.made({"id": post["id"]})
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
                net.arrived.set()
                if net.slow_reply:
                    time.sleep(net.slow_reply)
                if net.lose_reply:
                    net.lose_reply = False
                    return self.reply(503, {"title": "Service Unavailable"})
                self.reply(201 if "data" in body else 200, body)

            def do_GET(self) -> None:
                url = urlsplit(self.path)
                query = parse_qs(url.query)
                with net.lock:
                    if url.path == "/api/v1/accounts/lookup":
                        acct = query["acct"][0]
                        return self.reply(200, {"id": f"id-{acct}", "acct": acct, "display_name": acct.title()})
                    if url.path.startswith("/api/v1/accounts/id-") and url.path.endswith(("/followers", "/following")):
                        people = (net.followers if url.path.endswith("/followers") else net.following)["mastodon"]
                        return self.reply(200, [{"id": f"id-{h}", "acct": h, "display_name": h.split("@")[0].title(),
                                                 "followers_count": 10 * (i + 1)} for i, h in enumerate(people)])
                    if url.path in ("/xrpc/app.bsky.graph.getFollowers", "/xrpc/app.bsky.graph.getFollows"):
                        followers = url.path.endswith("getFollowers")
                        people = (net.followers if followers else net.following)["bluesky"]
                        return self.reply(200, {"followers" if followers else "follows": [
                            {"did": f"did:plc:{h.split('.')[0]}", "handle": h, "displayName": h.split(".")[0].title()}
                            for h in people]})
                    if url.path == "/xrpc/com.atproto.identity.resolveHandle":
                        return self.reply(200, {"did": f"did:plc:{query['handle'][0].split('.')[0]}"})
                    if url.path == "/api/v1/accounts/verify_credentials":
                        return self.reply(200, {"id": "7", "username": "brent"})
                    if url.path == "/api/v1/accounts/7/statuses":
                        return self.reply(200, net.statuses if net.visible else [])
                    if url.path == "/api/v1/scheduled_statuses":
                        return self.reply(200, [])
                    if url.path == "/brentcouncil/posts":
                        return self.reply(200, {"data": net.page_posts if net.visible else []})
                    if url.path == "/brentcouncil/scheduled_posts":
                        return self.reply(200, {"data": []})
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
                    if url.path in ("/2/tweets", "/") or url.path.startswith("/api/v1/statuses/") or (
                            url.path == "/xrpc/app.bsky.feed.getPosts" and query["uris"][0] in net.counts):
                        net.count_requests.append(url.path)
                        return self.reply(*net.counts_body(url.path, query))
                    if url.path in ("/api/v1/notifications", "/xrpc/app.bsky.notification.listNotifications") \
                            or url.path.endswith("/feed"):
                        return self.reply(200, [] if url.path == "/api/v1/notifications" else
                                          {"notifications": [], "data": []})
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

    def counts_body(self, path: str, query: dict[str, list[str]]) -> tuple[int, Any]:
        """Our posts' engagement as each network words it."""
        c = self.counts
        if path == "/2/tweets":  # X: public_metrics; a deleted post is in `errors`
            ids = query["ids"][0].split(",")
            return 200, {"data": [{"id": i, "text": "…", "public_metrics": {
                "like_count": c[i]["likes"], "retweet_count": c[i]["reposts"], "reply_count": c[i]["replies"],
                "quote_count": c[i]["quotes"], "impression_count": c[i]["impressions"]}} for i in ids if i in c],
                "errors": [{"value": i, "title": "Not Found Error", "resource_type": "tweet"}
                           for i in ids if i not in c]}
        if path.startswith("/api/v1/statuses/"):  # Mastodon: one status at a time
            sid = path.rsplit("/", 1)[1]
            if sid not in c:
                return 404, {"error": "Record not found"}
            return 200, {"id": sid, "favourites_count": c[sid]["likes"], "reblogs_count": c[sid]["reposts"],
                         "replies_count": c[sid]["replies"], "content": "<p>…</p>"}
        if path == "/":  # Facebook: ?ids=…, the whole batch refused when one is gone
            ids = query["ids"][0].split(",")
            if any(i not in c for i in ids):
                return 400, {"error": {"message": "(#100) Some of the aliases you requested do not exist",
                                       "type": "OAuthException", "code": 100}}
            return 200, {i: {"id": i, "reactions": {"data": [], "summary": {"total_count": c[i]["likes"]}},
                             "comments": {"data": [], "summary": {"total_count": c[i]["replies"]}},
                             "shares": {"count": c[i]["reposts"]}} for i in ids}
        return 200, {"posts": [{"uri": u, "cid": "bafy", "likeCount": c[u]["likes"], "repostCount": c[u]["reposts"],
                                "replyCount": c[u]["replies"], "quoteCount": c[u]["quotes"]}
                               for u in query["uris"] if u in c]}

    def x(self, now: datetime) -> XConnector:
        settings = ConnectorSettings(name="x-main", type="x", base_url=self.url, account_handles=["BrentCouncil"])
        return XConnector(settings, token="test-token-abcdef", clock=lambda: now)

    def mastodon(self, now: datetime) -> MastodonConnector:
        settings = ConnectorSettings(name="masto", type="mastodon", base_url=self.url, account_handles=["brent"])
        return MastodonConnector(settings, token="test-token-abcdef", clock=lambda: now)

    def facebook(self, now: datetime) -> FacebookConnector:
        settings = ConnectorSettings(name="fb", type="facebook", base_url=self.url, page_id="brentcouncil",
                                     account_handles=["brentcouncil"])
        return FacebookConnector(settings, token="test-token-abcdef", clock=lambda: now)

    def bluesky(self, now: datetime) -> BlueskyConnector:
        settings = ConnectorSettings(name="bsky", type="bluesky", base_url=self.url, identifier="brent.gov.uk")
        return BlueskyConnector(settings, password="app-password-abcd", clock=lambda: now)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def sending_config(config: Any, network: Network, folder: Any, **more: Any) -> Any:
    """`config` with an X connector on the stand-in posting as @BrentCouncil, its token in a 0600
    secrets file in `folder`, and any other sections in `more` (e.g. `replies=…`)."""
    from brent_tui.config import Config, write_private

    secrets = folder / "secrets.toml"
    write_private(secrets, 'x-main = "token-abcdef123"\n')
    connectors = Config.model_validate({"connectors": [
        {"name": "x-main", "type": "x", "base_url": network.url, "account_handles": ["BrentCouncil"],
         "secret_key": "x-main"}]}).connectors
    return config.model_copy(update={"connectors": connectors,
                                     "secrets": config.secrets.model_copy(update={"file": secrets}), **more})


def demo_connectors(network: Network, folder: Any, *, x_cap: int | None = None) -> dict[str, Any]:
    """Config sections (connectors, secrets) for the demo's accounts, each posted as by its own connector
    on the stand-in, their secrets in a 0600 file in `folder`: merge into a config's dict."""
    from brent_tui.config import write_private
    from brent_tui.jobs.demo import FB_PAGE_ID

    secrets = {"x": "x-token-abcdef123", "masto": "masto-token-abcdef", "fb": "fb-token-abcdef123",
               "bsky": "app-password-abcd"}
    write_private(folder / "secrets.toml", "".join(f'{k} = "{v}"\n' for k, v in secrets.items()))
    return {"connectors": [
        {"name": "x", "type": "x", "base_url": network.url, "secret_key": "x", "monthly_read_cap": x_cap,
         "account_handles": ["Brent_Council", "BrentLibraries", "BrentJobs", "BrentFostering", "BrentRecycles"]},
        {"name": "masto", "type": "mastodon", "base_url": network.url, "secret_key": "masto",
         "account_handles": ["brent@mastodon.london"]},
        {"name": "fb", "type": "facebook", "base_url": network.url, "secret_key": "fb", "page_id": FB_PAGE_ID,
         "account_handles": ["BrentCouncil"]},
        {"name": "bsky", "type": "bluesky", "base_url": network.url, "secret_key": "bsky",
         "identifier": "brent.gov.uk"},
    ], "secrets": {"file": str(folder / "secrets.toml")}}
