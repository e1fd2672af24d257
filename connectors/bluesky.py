"""Bluesky (AT Protocol XRPC) with an app password.

Session: `createSession` once, then reuse the access JWT; on `ExpiredToken` call `refreshSession`
with the refresh JWT; only when that fails log in again. createSession is limited to ~10-30 per
window and 100-300/day, so logging in per request would lock the account out. The session can be
persisted by the app (`session_state` / `on_session`, JSON text holding tokens: store it like a
secret) and handed back through the `session` constructor argument after a restart.

Streams (one cursor entry each): `search:<q>` (`app.bsky.feed.searchPosts`, sort=latest, with a
`since` watermark and opaque page cursor; `since` is inclusive, so the posts AT the watermark are
remembered in the cursor's `edge` and not read again) and `notifications` (`listNotifications`, reasons
mention/reply/quote, newest first, walked back to the last seen `indexedAt`). Cursors are never
parsed: search's looks like an offset, notifications' like a timestamp.

Text: `record.text` with truncated link texts (`example.com/pat...`) replaced by the full URL from
the link facets (byte offsets in UTF-8); the untouched record stays in `raw`.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from collections.abc import Callable, Sequence
from typing import Any

import regex

from brent_tui.domain.models import MentionIn, Platform
from brent_tui.domain.post_metrics import PostCounts
from connectors.base import (
    Connector,
    ConnectorSettings,
    FetchResult,
    Profile,
    PublishRequest,
    PublishResult,
    Secret,
    load_cursor,
    post_text,
    raw_json,
)
from connectors.errors import (
    AuthError,
    BadResponse,
    ConnectorError,
    InvalidRequest,
    PermissionDenied,
    RateLimited,
    TransientError,
)
from connectors.http import RateInfo, Reply, error_detail, parse_iso, parse_rate_limit

SEARCH_LIMIT = 100
NOTIFICATION_LIMIT = 50
MENTION_REASONS = ("mention", "reply", "quote")
MAX_GRAPHEMES = 300
MAX_BYTES = 3000


# --------------------------------------------------------------------------- reading


def rkey_of(uri: str) -> str:
    return uri.rstrip("/").rsplit("/", 1)[-1]


def post_url(uri: str, handle: str | None, did: str | None) -> str:
    actor = handle if handle and handle != "handle.invalid" else did
    return f"https://bsky.app/profile/{actor}/post/{rkey_of(uri)}"


def expand_links(text: str, facets: Any) -> str:
    """Replace link facet ranges by their full URI (the text holds `example.com/pat...`)."""
    if not isinstance(facets, list) or not text:
        return text
    data = text.encode("utf-8")
    spans: list[tuple[int, int, str]] = []
    for facet in facets:
        try:
            start, end = int(facet["index"]["byteStart"]), int(facet["index"]["byteEnd"])
            uris = [
                f["uri"] for f in facet.get("features", [])
                if isinstance(f, dict) and f.get("$type") == "app.bsky.richtext.facet#link" and f.get("uri")
            ]
        except (KeyError, TypeError, ValueError):
            continue
        if uris and 0 <= start < end <= len(data):
            spans.append((start, end, str(uris[0])))
    if not spans:
        return text
    out: list[bytes] = []
    pos = 0
    for start, end, uri in sorted(spans):
        if start < pos:
            continue  # overlapping facets: keep the first
        try:
            shown = data[start:end].decode("utf-8")
        except UnicodeDecodeError:
            continue  # offsets not on character boundaries: leave the text alone
        if not uri.startswith(("http://", "https://")):
            continue
        core = shown.rstrip(".…").removeprefix("https://").removeprefix("http://").removeprefix("www.")
        if core and core in uri:
            replacement = uri
        elif shown == uri:
            continue
        else:
            replacement = f"{shown} <{uri}>"
        out.append(data[pos:start])
        out.append(replacement.encode("utf-8"))
        pos = end
    out.append(data[pos:])
    return b"".join(out).decode("utf-8")


def post_to_mention(
    post: dict[str, Any], *, source: str | None = None, account_handle: str | None = None, raw: Any = None
) -> MentionIn:
    """A postView (search, getPosts) or a notification (record + author) → MentionIn."""
    if not isinstance(post, dict):
        raise BadResponse(f"{source or 'bluesky'}: post is not an object")
    record = post.get("record") if isinstance(post.get("record"), dict) else None
    author = post.get("author") if isinstance(post.get("author"), dict) else None
    uri = post.get("uri")
    if not uri or record is None or author is None or not (author.get("handle") or author.get("did")):
        raise BadResponse(f"{source or 'bluesky'}: post lacks uri, record or author")
    created = parse_iso(record.get("createdAt")) or parse_iso(post.get("indexedAt"))
    if created is None:
        raise BadResponse(f"{source or 'bluesky'}: post {uri} has no valid createdAt/indexedAt")
    reply = record.get("reply") if isinstance(record.get("reply"), dict) else {}
    parent = reply.get("parent") if isinstance(reply.get("parent"), dict) else {}
    root = reply.get("root") if isinstance(reply.get("root"), dict) else {}
    langs = record.get("langs")
    handle = author.get("handle") if author.get("handle") != "handle.invalid" else None
    return MentionIn(
        platform=Platform.BLUESKY,
        platform_id=str(uri),
        uri=str(uri),
        url=post_url(str(uri), handle, author.get("did")),
        author_handle=str(handle or author.get("did")),
        author_name=author.get("displayName") or None,
        author_followers=None,  # not in postView; profiles() carries follower counts
        author_verified=(author.get("verification") or {}).get("verifiedStatus") == "valid"
        if isinstance(author.get("verification"), dict)
        else False,
        author_url=f"https://bsky.app/profile/{handle or author.get('did')}",
        text=expand_links(str(record.get("text") or ""), record.get("facets")),
        created_at=created,
        reply_to_id=parent.get("uri") or None,
        thread_id=root.get("uri") or (str(uri) if not parent else None),
        language=langs[0] if isinstance(langs, list) and langs and isinstance(langs[0], str) else None,
        likes=post.get("likeCount") if isinstance(post.get("likeCount"), int) else None,
        reposts=post.get("repostCount") if isinstance(post.get("repostCount"), int) else None,
        replies=post.get("replyCount") if isinstance(post.get("replyCount"), int) else None,
        quotes=post.get("quoteCount") if isinstance(post.get("quoteCount"), int) else None,
        account_handle=account_handle,
        source=source,
        raw=raw_json(raw if raw is not None else post),
    )


def _sort_at(item: dict[str, Any]) -> str | None:
    """The time searchPosts' `since` compares with: the earlier of createdAt and indexedAt."""
    created = parse_iso((item.get("record") or {}).get("createdAt")) if isinstance(item.get("record"), dict) else None
    indexed = parse_iso(item.get("indexedAt"))
    times = [t for t in (created, indexed) if t is not None]
    return min(times).isoformat().replace("+00:00", "Z") if times else None


def already_read(post: dict[str, Any], sort_at: Any, since_at: Any, edge: set[str]) -> bool:
    """searchPosts' `since` is inclusive: a post at the watermark itself (remembered in `edge`) or
    before it was read by an earlier poll. Another post at the very same instant is still new."""
    if sort_at < since_at:
        return True
    return sort_at == since_at and str(post.get("uri")) in edge


def _advance(pending: str | None, edge: list[str], sort_at: str, uri: str) -> tuple[str | None, list[str]]:
    """The newest time seen so far and the posts AT that time (the next poll's `edge`)."""
    newest, this = parse_iso(pending), parse_iso(sort_at)
    if this is None:
        return pending, edge
    if newest is None or this > newest:
        return sort_at, [uri]
    if this == newest and uri not in edge:
        return pending, [*edge, uri]
    return pending, edge


def _later(a: str | None, b: str | None) -> str | None:
    pa, pb = parse_iso(a), parse_iso(b)
    if pa is None:
        return b if pb else None
    if pb is None:
        return a
    return a if pa >= pb else b


# --------------------------------------------------------------------------- facets (publishing)

_URL = regex.compile(r"https?://[^\s<>\"'`]+")
_MENTION = regex.compile(r"(?<![\w@/.])@([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+)")
_TAG = regex.compile(r"(?:(?<=^)|(?<=\s))[#＃]([^\s#＃]+)")
_TRAILING = ".,;:!?\"'”’)]}…"


def _byte(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def find_facets(text: str) -> list[dict[str, Any]]:
    """Link, mention (handle, DID filled in later) and tag facets with UTF-8 byte offsets.

    Bluesky does not detect these itself: without facets links are dead text.
    """
    facets: list[dict[str, Any]] = []
    taken: list[tuple[int, int]] = []
    for m in _URL.finditer(text):
        url = m.group(0)
        while url and url[-1] in _TRAILING:
            if url[-1] == ")" and url.count("(") >= url.count(")"):
                break
            url = url[:-1]
        start, end = m.start(), m.start() + len(url)
        taken.append((start, end))
        facets.append({
            "index": {"byteStart": _byte(text, start), "byteEnd": _byte(text, end)},
            "features": [{"$type": "app.bsky.richtext.facet#link", "uri": url}],
        })

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    for m in _MENTION.finditer(text):
        handle = m.group(1).rstrip(".")
        start, end = m.start(), m.start() + 1 + len(handle)
        if free(start, end):
            facets.append({
                "index": {"byteStart": _byte(text, start), "byteEnd": _byte(text, end)},
                "features": [{"$type": "app.bsky.richtext.facet#mention", "did": None}],
                "_handle": handle.lower(),
            })
    for m in _TAG.finditer(text):
        tag = m.group(1)
        while tag and tag[-1] in _TRAILING:
            tag = tag[:-1]
        if not tag or tag.isdigit() or len(tag) > 64:
            continue
        start, end = m.start(), m.start() + 1 + len(tag)
        if free(start, end):
            facets.append({
                "index": {"byteStart": _byte(text, start), "byteEnd": _byte(text, end)},
                "features": [{"$type": "app.bsky.richtext.facet#tag", "tag": tag}],
            })
    facets.sort(key=lambda f: f["index"]["byteStart"])
    return facets


# --------------------------------------------------------------------------- connector


_TID_CHARS = "234567abcdefghijklmnopqrstuvwxyz"


_TID_BASE = 1_735_689_600_000_000  # 2025-01-01 in microseconds: every key's record key falls in the year after


def record_key(req: PublishRequest) -> str:
    """A TID record key from the attempt key alone, the same for every try of that attempt (whatever
    happens to the post meanwhile: moved, edited): a repeat createRecord then fails instead of
    posting twice."""
    return tid_for(req.idempotency_key)


def tid_for(key: str) -> str:
    """A valid TID made from `key` alone: its digest gives the timestamp (within a year of 2025) and the clock id."""
    digest = int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big")
    micros = _TID_BASE + digest % (365 * 24 * 3600 * 1_000_000)
    n = (micros << 10) | ((digest >> 54) & 0x3FF)
    return "".join(_TID_CHARS[(n >> (5 * i)) & 31] for i in reversed(range(13)))


class BlueskyConnector(Connector):
    platform = Platform.BLUESKY
    supports_scheduling = False
    repeat_safe = True  # each post's record key comes from its attempt key: a repeat cannot make a second

    def __init__(
        self,
        settings: ConnectorSettings,
        *,
        password: str,
        session: str | None = None,
        on_session: Callable[[str], None] | None = None,
        **kw: Any,
    ) -> None:
        super().__init__(settings, secrets=[password], **kw)
        self.identifier = settings.identifier or ""
        self._password = Secret(password)
        self._session: dict[str, str] | None = None
        self._on_session = on_session
        self._lock = asyncio.Lock()
        self.logins = 0  # how many createSession calls this object made (tests, health)
        if session:
            try:
                data = json.loads(session)
                if isinstance(data, dict) and data.get("accessJwt") and data.get("refreshJwt"):
                    self._set_session(data, notify=False)
            except ValueError:
                self.log.warning("%s: stored session was not JSON; will log in", self.name)

    # -- session
    @property
    def session_state(self) -> str | None:
        """JSON text with the tokens, for the app to persist (as a secret) across restarts."""
        return json.dumps(self._session) if self._session else None

    @property
    def handle(self) -> str:
        return (self._session or {}).get("handle") or self.identifier

    def _set_session(self, data: dict[str, Any], *, notify: bool = True) -> None:
        session = {k: str(data[k]) for k in ("accessJwt", "refreshJwt", "did", "handle") if data.get(k)}
        if not session.get("accessJwt") or not session.get("refreshJwt") or not session.get("did"):
            raise self.error(BadResponse, "session response lacks accessJwt, refreshJwt or did")
        self.redact.add(session["accessJwt"])
        self.redact.add(session["refreshJwt"])
        self._session = session
        if notify and self._on_session:
            self._on_session(json.dumps(session))

    async def _login(self) -> None:
        self.logins += 1
        reply = await self.http.request(
            "POST",
            f"{self.base_url}/xrpc/com.atproto.server.createSession",
            json_body={"identifier": self.identifier, "password": self._password.reveal()},
        )
        if reply.status >= 400:
            err, detail, rate = self._xrpc_error(reply)
            if reply.status == 401 or err == "AuthenticationRequired":
                raise self.error(
                    AuthError,
                    f"login refused for {self.identifier!r}: invalid identifier or app password "
                    "(or the app password was revoked)",
                    status=reply.status,
                )
            if reply.status == 429:
                raise self.error(
                    RateLimited,
                    "login rate limit reached (createSession is limited per day): keep the session",
                    retry_after=self.http.backoff_seconds(reply, rate),
                    status=429,
                )
            self._raise(reply, err, detail, rate)
        self._set_session(self._json(reply))

    async def _refresh(self) -> None:
        if not self._session:
            await self._login()
            return
        reply = await self.http.request(
            "POST",
            f"{self.base_url}/xrpc/com.atproto.server.refreshSession",
            headers={"Authorization": f"Bearer {self._session['refreshJwt']}"},
        )
        if reply.status >= 400:
            err, _detail, _rate = self._xrpc_error(reply)
            if reply.status in (400, 401) and err in ("ExpiredToken", "InvalidToken", "AuthenticationRequired", None):
                self._session = None
                await self._login()
                return
            self._raise(reply, err, _detail, _rate)
        self._set_session(self._json(reply))

    async def _ensure_session(self) -> None:
        async with self._lock:
            if not self._session:
                await self._login()

    # -- plumbing
    def _json(self, reply: Reply) -> Any:
        try:
            return reply.json()
        except BadResponse as exc:
            raise self.error(BadResponse, str(exc).removeprefix(f"{self.name}: "), status=reply.status) from None

    def _xrpc_error(self, reply: Reply) -> tuple[str | None, str | None, RateInfo]:
        rate = parse_rate_limit(reply.headers, "bluesky")
        try:
            body = reply.json()
        except BadResponse as exc:  # an error with no body says only its status ("HTTP 429")
            return None, (str(exc).removeprefix(f"{self.name}: ") if reply.body.strip() else None), rate
        err = body.get("error") if isinstance(body, dict) and isinstance(body.get("error"), str) else None
        return err, error_detail(body), rate

    def _raise(self, reply: Reply, err: str | None, detail: str | None, rate: RateInfo) -> None:
        status = reply.status
        what = detail or f"HTTP {status}"
        if status == 429 or err == "RateLimitExceeded":
            raise self.error(RateLimited, f"rate limited ({what})", retry_after=self.http.backoff_seconds(reply, rate), status=status)
        if status == 401 or err in ("ExpiredToken", "InvalidToken", "AuthMissing"):
            raise self.error(AuthError, f"session token expired or revoked ({what})", status=status)
        if status == 403 or err in ("AccountTakedown", "AccountDeactivated"):
            raise self.error(PermissionDenied, f"forbidden ({what})", status=status)
        if status >= 500:
            raise self.error(TransientError, f"server error ({what})", retry_after=self.http.backoff_seconds(reply, rate), status=status)
        raise self.error(InvalidRequest, what, status=status)

    async def _xrpc(
        self, method: str, nsid: str, *, params: Any = None, body: Any = None
    ) -> tuple[Any, RateInfo]:
        await self._ensure_session()
        for attempt in range(3):
            assert self._session is not None
            reply = await self.http.request(
                method,
                f"{self.base_url}/xrpc/{nsid}",
                params=params,
                json_body=body,
                headers={"Authorization": f"Bearer {self._session['accessJwt']}"},
            )
            if reply.status < 400:
                return self._json(reply), parse_rate_limit(reply.headers, "bluesky")
            err, detail, rate = self._xrpc_error(reply)
            if attempt < 2 and err == "ExpiredToken":
                async with self._lock:
                    await self._refresh()
                continue
            if attempt < 2 and err in ("InvalidToken", "AuthMissing") or (attempt == 0 and reply.status == 401):
                async with self._lock:
                    self._session = None
                    await self._login()
                continue
            self._raise(reply, err, detail, rate)
        raise self.error(AuthError, "session token expired or revoked and could not be renewed")

    # -- fetch
    async def fetch(self, cursor: str | None, *, read_budget_remaining: int | None = None) -> FetchResult:
        result = FetchResult()
        state = load_cursor(cursor, result.warnings)
        streams: dict[str, Any] = state.get("streams") if isinstance(state.get("streams"), dict) else {}
        new_streams: dict[str, Any] = {}
        seen: set[str] = set()
        last_rate = RateInfo()
        queries = list(self.settings.queries) + [f"#{t}" for t in self.settings.hashtags]

        for q in queries:
            key = f"search:{q}"
            st = streams.get(key) if isinstance(streams.get(key), dict) else {}
            params: dict[str, Any] = {"q": q, "sort": "latest", "limit": SEARCH_LIMIT}
            if st.get("since"):
                params["since"] = st["since"]
            if st.get("cursor"):
                params["cursor"] = st["cursor"]
            body, rate = await self._xrpc("GET", "app.bsky.feed.searchPosts", params=params)
            last_rate = rate if rate.remaining is not None else last_rate
            posts = body.get("posts") if isinstance(body, dict) else None
            if not isinstance(posts, list):
                raise self.error(BadResponse, "searchPosts: expected an object with a `posts` array")
            pending = st.get("pending")
            pending_edge = [u for u in st.get("pending_edge") or [] if isinstance(u, str)]
            since_at = parse_iso(st.get("since"))
            edge = {u for u in st.get("edge") or [] if isinstance(u, str)}
            for post in posts:
                sort_at = _sort_at(post) if isinstance(post, dict) else None
                if sort_at is not None and since_at is not None and already_read(post, parse_iso(sort_at), since_at, edge):
                    continue  # `since` is inclusive: the watermark's own post comes back every time
                if sort_at is not None:
                    pending, pending_edge = _advance(pending, pending_edge, sort_at, str(post.get("uri")))
                self._add(result, seen, post, key, account_handle=None)
            next_cursor = body.get("cursor") if isinstance(body.get("cursor"), str) else None
            walking = bool(st.get("since")) and bool(next_cursor) and bool(posts) and next_cursor != st.get("cursor")
            if walking:
                new_streams[key] = {"since": st["since"], "edge": sorted(edge), "cursor": next_cursor,
                                    "pending": pending, "pending_edge": pending_edge}
                result.more = True
            else:
                since = _later(st.get("since"), pending)
                new_edge = set(pending_edge) if since == pending else set()
                if since == st.get("since"):
                    new_edge |= edge
                new_streams[key] = {"since": since, "edge": sorted(new_edge)} if since else {}

        key = "notifications"
        st = streams.get(key) if isinstance(streams.get(key), dict) else {}
        params = {"limit": NOTIFICATION_LIMIT, "reasons": list(MENTION_REASONS)}
        if st.get("cursor"):
            params["cursor"] = st["cursor"]
        body, rate = await self._xrpc("GET", "app.bsky.notification.listNotifications", params=params)
        last_rate = rate if rate.remaining is not None else last_rate
        items = body.get("notifications") if isinstance(body, dict) else None
        if not isinstance(items, list):
            raise self.error(BadResponse, "listNotifications: expected an object with a `notifications` array")
        seen_mark = parse_iso(st.get("seen"))
        pending = st.get("pending")
        reached_seen = False
        for item in items:
            if not isinstance(item, dict):
                continue
            indexed = parse_iso(item.get("indexedAt"))
            if seen_mark and indexed and indexed <= seen_mark:
                reached_seen = True
                continue
            pending = _later(pending, item.get("indexedAt"))
            if item.get("reason") in MENTION_REASONS:
                self._add(result, seen, item, key, account_handle=self.handle)
        next_cursor = body.get("cursor") if isinstance(body.get("cursor"), str) else None
        if seen_mark and not reached_seen and next_cursor and items and next_cursor != st.get("cursor"):
            new_streams[key] = {"seen": st.get("seen"), "cursor": next_cursor, "pending": pending}
            result.more = True
        else:
            mark = _later(st.get("seen"), pending)
            new_streams[key] = {"seen": mark} if mark else {}

        return result.finish({"v": 1, "streams": new_streams}, last_rate)

    def _add(self, result: FetchResult, seen: set[str], item: Any, key: str, *, account_handle: str | None) -> None:
        try:
            mention = post_to_mention(item, source=self.name, account_handle=account_handle)
        except (BadResponse, ValueError) as exc:
            result.skip(item, exc, where=key, source=self.name, platform="bluesky")
            return
        if mention.platform_id not in seen:
            seen.add(mention.platform_id)
            result.mentions.append(mention)

    # -- accounts
    async def profiles(self) -> list[Profile]:
        handles = [h.lstrip("@") for h in self.settings.account_handles] or [self.identifier]
        out: list[Profile] = []
        for i in range(0, len(handles), 25):
            body, _ = await self._xrpc("GET", "app.bsky.actor.getProfiles", params={"actors": handles[i : i + 25]})
            found = body.get("profiles") if isinstance(body, dict) else None
            if not isinstance(found, list):
                raise self.error(BadResponse, "getProfiles: expected an object with a `profiles` array")
            for p in found:
                if not isinstance(p, dict) or not p.get("handle"):
                    continue
                out.append(Profile(
                    handle=p["handle"],
                    display_name=p.get("displayName") or None,
                    followers=p.get("followersCount") if isinstance(p.get("followersCount"), int) else None,
                    following=p.get("followsCount") if isinstance(p.get("followsCount"), int) else None,
                    posts_count=p.get("postsCount") if isinstance(p.get("postsCount"), int) else None,
                    url=f"https://bsky.app/profile/{p['handle']}",
                ))
        return out

    async def _account_list(self, account: str, nsid: str, key: str, limit: int) -> list[Profile]:
        out: list[Profile] = []
        cursor: str | None = None
        while len(out) < limit:
            params: dict[str, Any] = {"actor": account.lstrip("@"), "limit": 100}
            if cursor:
                params["cursor"] = cursor
            body, _ = await self._xrpc("GET", nsid, params=params)
            people = body.get(key) if isinstance(body, dict) else None
            if not isinstance(people, list):
                raise self.error(BadResponse, f"{nsid}: expected an object with a `{key}` array")
            out += [Profile(handle=p.get("handle") or p["did"], display_name=p.get("displayName") or None,
                            url=f"https://bsky.app/profile/{p.get('handle') or p['did']}")
                    for p in people if isinstance(p, dict) and (p.get("handle") or p.get("did"))]
            cursor = body.get("cursor") if isinstance(body.get("cursor"), str) else None
            if not cursor or not people:
                break
        return out[:limit]

    async def followers(self, account: str, limit: int = 400) -> list[Profile]:
        return await self._account_list(account, "app.bsky.graph.getFollowers", "followers", limit)

    async def following(self, account: str, limit: int = 400) -> list[Profile]:
        return await self._account_list(account, "app.bsky.graph.getFollows", "follows", limit)

    async def follow(self, handle: str) -> None:
        """An app.bsky.graph.follow record whose key comes from the person followed: a repeat (a lost
        answer, a second officer) cannot make a second follow; one already there is success."""
        await self._ensure_session()
        assert self._session is not None
        did = handle if handle.startswith("did:") else await self.resolve_handle(handle.lstrip("@"))
        if did is None:
            raise self.error(InvalidRequest, f"no Bluesky account {handle!r}")
        rkey = tid_for(f"follow {self._session['did']} {did}")
        where = {"repo": self._session["did"], "collection": "app.bsky.graph.follow", "rkey": rkey}
        try:
            await self._xrpc("POST", "com.atproto.repo.createRecord", body={**where, "record": {
                "$type": "app.bsky.graph.follow", "subject": did, "createdAt": self.clock().isoformat()}})
        except (InvalidRequest, TransientError):
            try:  # the key in use already: followed before (its answer lost, or by a colleague)
                await self._xrpc("GET", "com.atproto.repo.getRecord", params=where)
            except InvalidRequest:
                raise self.error(InvalidRequest, f"could not follow {handle}") from None

    # -- publishing
    async def resolve_handle(self, handle: str) -> str | None:
        try:
            body, _ = await self._xrpc("GET", "com.atproto.identity.resolveHandle", params={"handle": handle})
        except InvalidRequest:
            return None  # unknown handle: publish it as plain text rather than fail the post
        did = body.get("did") if isinstance(body, dict) else None
        return did if isinstance(did, str) and did.startswith("did:") else None

    async def build_record(self, req: PublishRequest) -> dict[str, Any]:
        """The app.bsky.feed.post record (text, facets with resolved DIDs, reply refs)."""
        text = post_text(req)
        graphemes = len(regex.findall(r"\X", text))
        if graphemes > MAX_GRAPHEMES or len(text.encode("utf-8")) > MAX_BYTES:
            raise self.error(
                InvalidRequest,
                f"post is {graphemes} graphemes / {len(text.encode('utf-8'))} bytes; "
                f"Bluesky allows {MAX_GRAPHEMES} graphemes and {MAX_BYTES} bytes",
            )
        facets: list[dict[str, Any]] = []
        for facet in find_facets(text):
            handle = facet.pop("_handle", None)
            if handle is not None:
                did = await self.resolve_handle(handle)
                if not did:
                    continue
                facet["features"][0]["did"] = did
            facets.append(facet)
        record: dict[str, Any] = {
            "$type": "app.bsky.feed.post",
            "text": text,
            "createdAt": self.clock().strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
            "langs": ["en"],
        }
        if facets:
            record["facets"] = facets
        if req.reply_to:
            record["reply"] = await self._reply_refs(req.reply_to)
        return record

    async def _reply_refs(self, parent_uri: str) -> dict[str, Any]:
        body, _ = await self._xrpc("GET", "app.bsky.feed.getPosts", params={"uris": [parent_uri]})
        posts = body.get("posts") if isinstance(body, dict) else None
        if not isinstance(posts, list) or not posts or not isinstance(posts[0], dict) or not posts[0].get("cid"):
            raise self.error(InvalidRequest, f"cannot reply: post {parent_uri} was not found")
        parent = {"uri": posts[0]["uri"], "cid": posts[0]["cid"]}
        record = posts[0].get("record") if isinstance(posts[0].get("record"), dict) else {}
        root = (record.get("reply") or {}).get("root") if isinstance(record.get("reply"), dict) else None
        return {"root": root if isinstance(root, dict) and root.get("cid") else parent, "parent": parent}

    async def publish(self, req: PublishRequest) -> PublishResult:
        self._check_schedule(req, 0)
        record = await self.build_record(req)
        await self._ensure_session()
        assert self._session is not None
        body, _ = await self._xrpc(
            "POST",
            "com.atproto.repo.createRecord",
            body={"repo": self._session["did"], "collection": "app.bsky.feed.post", "record": record,
                  "rkey": record_key(req)},
        )
        return self.publish_result(body)

    async def find_sent(self, req: PublishRequest) -> dict[str, Any] | None:
        """The post made with this request's record key (the PDS answers at once: no feed lag)."""
        await self._ensure_session()
        assert self._session is not None
        try:
            body, _ = await self._xrpc("GET", "com.atproto.repo.getRecord", params={
                "repo": self._session["did"], "collection": "app.bsky.feed.post", "rkey": record_key(req)})
        except InvalidRequest as exc:
            if exc.status in (400, 404):  # RecordNotFound
                return None
            raise
        if not isinstance(body, dict) or not isinstance(body.get("uri"), str):
            raise self.error(BadResponse, "getRecord: response has no `uri`")
        value = body.get("value") if isinstance(body.get("value"), dict) else {}
        return {"id": body["uri"], "text": value.get("text") or "", "created_at": parse_iso(value.get("createdAt")),
                "url": post_url(body["uri"], self.handle or None, None)}

    def publish_result(self, body: Any) -> PublishResult:
        if not isinstance(body, dict) or not isinstance(body.get("uri"), str):
            raise self.error(BadResponse, "createRecord: response has no `uri`")
        return PublishResult(
            platform_post_id=body["uri"], url=post_url(body["uri"], self.handle or None, None), scheduled=False
        )

    counts_batch = 25  # app.bsky.feed.getPosts takes up to 25 uris

    async def post_counts(self, platform_post_ids: Sequence[str]) -> dict[str, PostCounts]:
        """Likes, reposts, replies and quotes from the AppView (`getPosts`); a deleted post is not returned."""
        out: dict[str, PostCounts] = {}
        for i in range(0, len(platform_post_ids), self.counts_batch):
            chunk = list(platform_post_ids[i:i + self.counts_batch])
            body, _ = await self._xrpc("GET", "app.bsky.feed.getPosts", params={"uris": chunk})
            for post in (body.get("posts") if isinstance(body, dict) else None) or []:
                if isinstance(post, dict) and post.get("uri") in chunk:
                    out[str(post["uri"])] = PostCounts(**{
                        field: post.get(key) if isinstance(post.get(key), int) else None
                        for field, key in (("likes", "likeCount"), ("reposts", "repostCount"),
                                           ("replies", "replyCount"), ("quotes", "quoteCount"))})
        return out

    async def delete(self, platform_post_id: str) -> None:
        await self._ensure_session()
        assert self._session is not None
        parts = platform_post_id.removeprefix("at://").split("/")
        if len(parts) != 3:
            raise self.error(InvalidRequest, f"not an at:// post uri: {platform_post_id!r}")
        try:
            await self._xrpc(
                "POST",
                "com.atproto.repo.deleteRecord",
                body={"repo": parts[0], "collection": parts[1], "rkey": parts[2]},
            )
        except InvalidRequest as exc:
            if exc.status == 404:
                return
            raise

    async def recent_posts(self, limit: int = 20) -> list[dict[str, Any]]:
        await self._ensure_session()
        assert self._session is not None
        body, _ = await self._xrpc(
            "GET", "app.bsky.feed.getAuthorFeed", params={"actor": self._session["did"], "limit": min(limit, 100)}
        )
        out: list[dict[str, Any]] = []
        for item in (body.get("feed") if isinstance(body, dict) else None) or []:
            if not isinstance(item, dict) or item.get("reason") or not isinstance(item.get("post"), dict):
                continue  # reposts carry a `reason`
            post = item["post"]
            record = post.get("record") if isinstance(post.get("record"), dict) else {}
            out.append({
                "id": post.get("uri"), "text": record.get("text") or "",
                "created_at": parse_iso(record.get("createdAt")),
                "url": post_url(str(post.get("uri")), self.handle, None),
            })
        return out


__all__ = ["BlueskyConnector", "ConnectorError", "expand_links", "find_facets", "post_to_mention"]
