"""X (Twitter) API v2: recent search with expansions, posting. Reads are metered and paid.

- Fields are asked for explicitly: the defaults are only id/text/edit_history_tweet_ids.
- Per query: `since_id` watermark + `next_token` paging; the first poll takes one page only
  (no 7-day crawl that would burn the budget). A `since_id` older than 7 days is refused by X with
  a 400: the watermark is dropped (warning) and the next poll starts fresh.
- Budget: `fetch(cursor, read_budget_remaining=n)` never requests more posts than `n` allows
  (max_results = min(100, n); below 10, the API minimum, the fetch stops with a warning).
  `FetchResult.reads_used` counts posts returned; the caller keeps the monthly total.
- A 429 whose body says `UsageCapExceeded` / `.../problems/usage-capped` is the MONTHLY cap:
  `UsageCapped` (no retry_after, do not retry). Other 429s are `RateLimited` with x-rate-limit-reset.
- HTTP 200 with both `data` and `errors` is normal (missing referenced posts): errors → warnings.
- `lang` und / zxx / q** (qst, qme, qam, qct, qht) are not languages → None.
- `text` comes HTML-escaped (`&amp; &lt; &gt;`, and only those): unescaped once, here, at parse.
- A retweet's own `text` is cut at 140 characters ("RT @user: …taken from yo…"): the original is
  asked for with `expansions=referenced_tweets.id` and its full text read from `includes.tweets`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from brent_tui.domain.models import MentionIn, Platform, SetAside
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
    newer_id,
    post_text,
    raw_json,
    unreadable,
)
from connectors.errors import (
    AuthError,
    BadResponse,
    DuplicatePost,
    InvalidRequest,
    PermissionDenied,
    RateLimited,
    UsageCapped,
)
from connectors.http import RateInfo, Reply, error_detail, parse_iso, parse_rate_limit

SEARCH_FIELDS = {
    "tweet.fields": "created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets,lang,public_metrics,entities",
    "expansions": "author_id,referenced_tweets.id",
    "user.fields": "username,name,public_metrics,verified",
}
NOT_LANGUAGES = {"und", "zxx", "qst", "qme", "qam", "qct", "qht", "art"}
MIN_RESULTS, MAX_RESULTS = 10, 100
TWITTER_EPOCH_MS = 1288834974657
_X_ENTITY = re.compile(r"&(amp|lt|gt);")
_X_ENTITIES = {"amp": "&", "lt": "<", "gt": ">"}
_RT_PREFIX = re.compile(r"^RT @\w{1,50}: ")


def unescape_x(text: str) -> str:
    """X's `text` escapes `&`, `<` and `>` (only those): undo it once ("&amp;lt;" → "&lt;", not "<")."""
    return _X_ENTITY.sub(lambda m: _X_ENTITIES[m.group(1)], text)


def full_text(tweet: dict[str, Any], included: dict[str, dict[str, Any]]) -> str:
    """The post's text, unescaped; a retweet's truncated text replaced by the original's, whole."""
    text = tweet["text"]
    original_id = next(
        (r.get("id") for r in tweet.get("referenced_tweets") or [] if isinstance(r, dict) and r.get("type") == "retweeted"),
        None,
    )
    original = included.get(str(original_id)) if original_id is not None else None
    if isinstance(original, dict) and isinstance(original.get("text"), str) and original["text"]:
        prefix = _RT_PREFIX.match(text)
        text = (prefix.group(0) if prefix else "") + original["text"]
    return unescape_x(text)


def snowflake_time(tweet_id: str) -> datetime | None:
    """Creation time encoded in a post id (fallback when `created_at` was not returned)."""
    try:
        ms = (int(tweet_id) >> 22) + TWITTER_EPOCH_MS
        return datetime.fromtimestamp(ms / 1000, UTC)
    except (ValueError, OverflowError, OSError):
        return None


def _metric(metrics: Any, key: str) -> int | None:
    if isinstance(metrics, dict):
        value = metrics.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, str) and value.isdigit():
            return int(value)
    return None


def tweet_to_mention(
    tweet: dict[str, Any], users: dict[str, dict[str, Any]], *, source: str | None = None,
    account_handle: str | None = None, included: dict[str, dict[str, Any]] | None = None,
) -> MentionIn:
    if not isinstance(tweet, dict) or not tweet.get("id") or not isinstance(tweet.get("text"), str):
        raise BadResponse(f"{source or 'x'}: post lacks id or text")
    tid = str(tweet["id"])
    created = parse_iso(tweet.get("created_at")) or snowflake_time(tid)
    if created is None:
        raise BadResponse(f"{source or 'x'}: post {tid} has no usable created_at")
    user = users.get(str(tweet.get("author_id"))) or {}
    username = user.get("username")
    replied = next(
        (r.get("id") for r in tweet.get("referenced_tweets") or [] if isinstance(r, dict) and r.get("type") == "replied_to"),
        None,
    )
    lang = tweet.get("lang")
    metrics = tweet.get("public_metrics")
    return MentionIn(
        platform=Platform.X,
        platform_id=tid,
        uri=None,
        url=f"https://x.com/{username}/status/{tid}" if username else f"https://x.com/i/web/status/{tid}",
        author_handle=str(username or tweet.get("author_id") or "unknown"),
        author_name=user.get("name") or None,
        author_followers=_metric(user.get("public_metrics"), "followers_count"),
        author_verified=bool(user.get("verified")),
        author_url=f"https://x.com/{username}" if username else None,
        text=full_text(tweet, included or {}),
        created_at=created,
        reply_to_id=str(replied) if replied else None,
        thread_id=str(tweet["conversation_id"]) if tweet.get("conversation_id") else None,
        language=None if not isinstance(lang, str) or lang.lower() in NOT_LANGUAGES else lang,
        likes=_metric(metrics, "like_count"),
        reposts=_metric(metrics, "retweet_count"),
        replies=_metric(metrics, "reply_count"),
        quotes=_metric(metrics, "quote_count"),
        account_handle=account_handle,
        source=source,
        raw=raw_json({"tweet": tweet, "author": user or None}),
    )


def page_to_mentions(body: Any, *, source: str | None = None, own: set[str] | None = None,
                     aside: list[SetAside] | None = None) -> tuple[list[MentionIn], list[str]]:
    """A v2 response page (`data`, `includes.users`, `errors`) → (mentions, warnings).

    A post that cannot be read is a warning, and is added whole to `aside` when given.
    """
    if not isinstance(body, dict):
        raise BadResponse(f"{source or 'x'}: expected a JSON object")
    data = body.get("data", [])
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise BadResponse(f"{source or 'x'}: `data` is not a list")
    includes = body.get("includes") if isinstance(body.get("includes"), dict) else {}
    users = {str(u.get("id")): u for u in includes.get("users") or [] if isinstance(u, dict)}
    included = {str(t.get("id")): t for t in includes.get("tweets") or [] if isinstance(t, dict)}
    warnings: list[str] = []
    errors = body.get("errors")
    if isinstance(errors, list) and errors:
        kinds = sorted({str(e.get("title") or e.get("type") or "error") for e in errors if isinstance(e, dict)})
        warnings.append(f"{len(errors)} partial error(s) in a successful response: {', '.join(kinds)[:200]}")
    mentions: list[MentionIn] = []
    for tweet in data:
        try:
            m = tweet_to_mention(tweet, users, source=source, included=included)
        except (BadResponse, ValueError) as exc:
            warnings.append(f"skipped a post ({exc})")
            if aside is not None:
                aside.append(unreadable(tweet, exc, source=source, platform="x"))
            continue
        if own:
            handles = {
                str(x.get("username", "")).lower()
                for x in ((tweet.get("entities") or {}).get("mentions") or [])
                if isinstance(x, dict)
            }
            hit = sorted(handles & own)
            if hit:
                m.account_handle = hit[0]
        mentions.append(m)
    return mentions, warnings


def is_usage_capped(body: Any) -> bool:
    if not isinstance(body, dict):
        return False
    blob = " ".join(str(body.get(k, "")) for k in ("type", "title", "detail", "error"))
    return "usage-capped" in blob or "UsageCapExceeded" in blob


class XConnector(Connector):
    platform = Platform.X
    supports_scheduling = False

    def __init__(self, settings: ConnectorSettings, *, token: str, **kw: Any) -> None:
        super().__init__(settings, secrets=[token], **kw)
        self._token = Secret(token)
        self._own = {h.lstrip("@").lower() for h in settings.account_handles}

    async def _call(
        self, method: str, path: str, *, params: Any = None, body: Any = None
    ) -> tuple[Any, Reply, RateInfo]:
        reply = await self.http.request(
            method,
            f"{self.base_url}{path}",
            params=params,
            json_body=body,
            headers={"Authorization": f"Bearer {self._token.reveal()}"},
        )
        rate = parse_rate_limit(reply.headers, "x")
        if reply.status < 400:
            return reply.json(), reply, rate
        try:
            data = reply.json()
        except BadResponse:
            data = None
        detail = error_detail(data) if data is not None else reply.text_snippet(200)
        if reply.status == 429 and is_usage_capped(data):
            raise self.error(
                UsageCapped,
                "monthly usage cap reached (UsageCapExceeded): X refuses reads until the cap resets; not retrying",
                status=429,
            )
        if reply.status == 429:
            raise self.error(
                RateLimited, f"rate limited ({detail})", retry_after=self.http.backoff_seconds(reply, rate), status=429
            )
        if reply.status == 401:
            raise self.error(AuthError, "bearer token expired or revoked, or invalid (HTTP 401)", status=401)
        if reply.status == 403 and "duplicate content" in str(detail).lower():
            raise self.error(DuplicatePost, "X refused it as a duplicate of a recent post from this account "
                             f"({detail})", status=403)
        if reply.status == 403:
            raise self.error(PermissionDenied, f"forbidden: the app/plan or token lacks access ({detail})", status=403)
        self.http.raise_for_status(reply, rate, detail)
        raise AssertionError("unreachable")

    async def fetch(self, cursor: str | None, *, read_budget_remaining: int | None = None) -> FetchResult:
        result = FetchResult()
        state = load_cursor(cursor, result.warnings)
        streams: dict[str, Any] = state.get("streams") if isinstance(state.get("streams"), dict) else {}
        new_streams: dict[str, Any] = dict(streams)
        budget = read_budget_remaining
        if budget is None and self.settings.monthly_read_cap is not None:
            budget = self.settings.monthly_read_cap  # caller gave no remaining figure: per-fetch ceiling
        seen: set[str] = set()
        last_rate = RateInfo()
        queries = list(self.settings.queries) + [f"#{t}" for t in self.settings.hashtags]
        for q in queries:
            key = f"search:{q}"
            st = streams.get(key) if isinstance(streams.get(key), dict) else {}
            left = None if budget is None else budget - result.reads_used
            if left is not None and left < MIN_RESULTS:
                result.warnings.append(
                    f"read budget reached ({left} posts left, the API minimum page is {MIN_RESULTS}): fetch stopped"
                )
                result.more = False
                break
            params: dict[str, Any] = {"query": q, "max_results": MAX_RESULTS if left is None else min(MAX_RESULTS, left)}
            params.update(SEARCH_FIELDS)
            if st.get("since_id"):
                params["since_id"] = st["since_id"]
            if st.get("next_token"):
                params["next_token"] = st["next_token"]
            try:
                body, _reply, rate = await self._call("GET", "/2/tweets/search/recent", params=params)
            except InvalidRequest as exc:
                if exc.status == 400 and "since_id" in str(exc) and st.get("since_id"):
                    result.warnings.append(f"{key}: since_id too old for recent search; starting fresh")
                    new_streams[key] = {}
                    continue
                raise
            last_rate = rate if rate.remaining is not None else last_rate
            mentions, warnings = page_to_mentions(body, source=self.name, own=self._own, aside=result.set_aside)
            data = body.get("data") if isinstance(body, dict) else None
            result.reads_used += len(data) if isinstance(data, list) else len(mentions)
            result.warnings.extend(f"{key}: {w}" for w in warnings)
            for m in mentions:
                if m.platform_id not in seen:
                    seen.add(m.platform_id)
                    result.mentions.append(m)
            meta = body.get("meta") if isinstance(body.get("meta"), dict) else {}
            newest = newer_id(st.get("pending"), meta.get("newest_id") or (max((m.platform_id for m in mentions), key=lambda s: (len(s), s), default=None)))
            next_token = meta.get("next_token")
            if st.get("since_id") and next_token and mentions:
                new_streams[key] = {"since_id": st["since_id"], "next_token": next_token, "pending": newest}
                result.more = True
            else:
                since = newer_id(st.get("since_id"), newest)
                new_streams[key] = {"since_id": since} if since else {}
        return result.finish({"v": 1, "streams": new_streams}, last_rate)

    async def profiles(self) -> list[Profile]:
        names = [h.lstrip("@") for h in self.settings.account_handles]
        if not names:
            return []
        body, _, _ = await self._call(
            "GET", "/2/users/by", params={"usernames": ",".join(names[:100]), "user.fields": "public_metrics,name,username,verified"}
        )
        users = body.get("data") if isinstance(body, dict) else None
        if not isinstance(users, list):
            raise self.error(BadResponse, "users/by: expected a `data` list")
        return [
            Profile(
                handle=u["username"], display_name=u.get("name") or None,
                followers=_metric(u.get("public_metrics"), "followers_count"),
                following=_metric(u.get("public_metrics"), "following_count"),
                posts_count=_metric(u.get("public_metrics"), "tweet_count"),
                url=f"https://x.com/{u['username']}",
            )
            for u in users if isinstance(u, dict) and u.get("username")
        ]

    async def publish(self, req: PublishRequest) -> PublishResult:
        """Needs a user-context token (OAuth 2.0 PKCE) with tweet.write; no server scheduling."""
        self._check_schedule(req, 0)
        payload: dict[str, Any] = {"text": post_text(req)}
        if req.reply_to:
            payload["reply"] = {"in_reply_to_tweet_id": req.reply_to}
        body, _, _ = await self._call("POST", "/2/tweets", body=payload)
        data = body.get("data") if isinstance(body, dict) else None
        if not isinstance(data, dict) or not data.get("id"):
            raise self.error(BadResponse, "POST /2/tweets: response has no data.id")
        return PublishResult(platform_post_id=str(data["id"]), url=f"https://x.com/i/web/status/{data['id']}")

    counts_batch = 100  # GET /2/tweets takes up to 100 ids; each post returned is a read against the monthly cap

    async def post_counts(self, platform_post_ids: Sequence[str]) -> dict[str, PostCounts]:
        """`public_metrics` of our posts (likes, reposts, replies, quotes and impressions); a deleted
        post comes back in `errors` and is left out."""
        out: dict[str, PostCounts] = {}
        for i in range(0, len(platform_post_ids), self.counts_batch):
            chunk = platform_post_ids[i:i + self.counts_batch]
            body, _, _ = await self._call("GET", "/2/tweets", params={"ids": ",".join(chunk),
                                                                      "tweet.fields": "public_metrics"})
            for tweet in (body.get("data") if isinstance(body, dict) else None) or []:
                if not isinstance(tweet, dict) or not tweet.get("id"):
                    continue
                m = tweet.get("public_metrics")
                out[str(tweet["id"])] = PostCounts(
                    likes=_metric(m, "like_count"), reposts=_metric(m, "retweet_count"),
                    replies=_metric(m, "reply_count"), quotes=_metric(m, "quote_count"),
                    impressions=_metric(m, "impression_count"))
        return out

    async def delete(self, platform_post_id: str) -> None:
        try:
            await self._call("DELETE", f"/2/tweets/{platform_post_id}")
        except InvalidRequest as exc:
            if exc.status != 404:
                raise

    async def recent_posts(self, limit: int = 20) -> list[dict[str, Any]]:
        me, _, _ = await self._call("GET", "/2/users/me")
        uid = (me.get("data") or {}).get("id") if isinstance(me, dict) else None
        if not uid:
            raise self.error(BadResponse, "users/me: no id")
        body, _, _ = await self._call(
            "GET", f"/2/users/{uid}/tweets",
            params={"max_results": max(5, min(limit, 100)), "tweet.fields": "created_at"},
        )
        return [
            {"id": str(t["id"]), "text": t.get("text") or "", "created_at": parse_iso(t.get("created_at")),
             "url": f"https://x.com/i/web/status/{t['id']}"}
            for t in (body.get("data") or [] if isinstance(body, dict) else []) if isinstance(t, dict) and t.get("id")
        ]
