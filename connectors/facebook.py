"""Facebook Pages (Graph API) with a Page access token.

- Visitor posts on the Page feed and comments on the Page's own posts are mentions; the Page's
  own posts are not (they are ours) but are where comments are looked for.
- Feed: `GET /{page}/feed?since=<epoch>`; comments: `GET /{post}/comments?order=reverse_chronological`
  for the newest own posts, walked back to the last seen comment time. `paging.next` is followed
  verbatim except that an `access_token` query parameter echoed by Facebook is removed (we send the
  token in the Authorization header, and URLs end up in logs), and only to the configured host.
- Repeated ids (seen across pages) are dropped. `message` may be absent → `story`.
- Errors: code 4/17/32/613 (and 80001-80014 BUC) = throttled → RateLimited with the regain time from
  X-App-Usage / X-Business-Use-Case-Usage; 190 = token expired or revoked; 10 and 200-299 =
  permission; 100 = invalid parameter; 1/2 = transient.
- Publish: `POST /{page}/feed` (message, link); scheduled = `published=false` +
  `scheduled_publish_time` (≥10 minutes ahead). Replies are comments: `POST /{object}/comments`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import httpx

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
    raw_json,
)
from connectors.errors import (
    AuthError,
    BadResponse,
    InvalidRequest,
    PermissionDenied,
    RateLimited,
    TransientError,
)
from connectors.html_text import html_to_text
from connectors.http import RateInfo, Reply, error_detail, parse_iso, parse_rate_limit, same_origin

FEED_FIELDS = "id,message,story,created_time,updated_time,from,permalink_url,parent_id,comments.summary(true).limit(0),reactions.summary(true).limit(0),shares"
COMMENT_FIELDS = "id,message,created_time,from,like_count,comment_count,parent,permalink_url"
MIN_SCHEDULE_AHEAD = 10 * 60 + 30
POSTS_WATCHED = 10  # newest own posts whose comments are polled
MAX_COMMENT_PAGES = 3
THROTTLE_CODES = {4, 17, 32, 613} | set(range(80001, 80015))


def strip_token(url: str) -> str:
    """Remove `access_token=` from a paging URL, leaving everything else as Facebook wrote it."""
    parsed = httpx.URL(url)
    if "access_token" not in parsed.params:
        return url
    query = "&".join(
        p for p in (parsed.query.decode("ascii", "replace") if isinstance(parsed.query, bytes) else parsed.query).split("&")
        if p and not p.startswith("access_token=")
    )
    return str(parsed.copy_with(query=query.encode("ascii") if query else None))


def _count(obj: Any) -> int | None:
    if isinstance(obj, int) and not isinstance(obj, bool):
        return obj
    if isinstance(obj, dict):
        summary = obj.get("summary")
        if isinstance(summary, dict) and isinstance(summary.get("total_count"), int):
            return summary["total_count"]
        if isinstance(obj.get("count"), int):
            return obj["count"]
    return None


def _gone(exc: InvalidRequest) -> bool:
    """Graph's answer for an object that is not there: 404, or code 100 "…does not exist…" ("Some of the
    aliases you requested do not exist", "Object with ID '…' does not exist")."""
    text = str(exc).lower()
    return exc.status == 404 or "does not exist" in text or "do not exist" in text


def item_time(item: dict[str, Any]) -> datetime | None:
    """When an item was posted: `created_time`, else `updated_time` (older Graph API versions and
    some edges — statuses, group feeds — give only the latter)."""
    return parse_iso(item.get("created_time")) or parse_iso(item.get("updated_time"))


def item_to_mention(
    item: dict[str, Any], *, source: str | None = None, account_handle: str | None = None,
    reply_to_id: str | None = None, thread_id: str | None = None,
) -> MentionIn:
    """A feed post or a comment → MentionIn (`message` absent → `story`)."""
    if not isinstance(item, dict) or not item.get("id"):
        raise BadResponse(f"{source or 'facebook'}: item has no id")
    created = item_time(item)
    if created is None:
        raise BadResponse(f"{source or 'facebook'}: item {item.get('id')} has no valid created_time or updated_time")
    author = item.get("from") if isinstance(item.get("from"), dict) else {}
    text = item.get("message")
    if not isinstance(text, str) or not text:
        text = item.get("story") if isinstance(item.get("story"), str) else ""
    elif "subject" in item and "revision" in item:  # a group doc: its message is HTML ("<p>…</p>")
        text = html_to_text(text)
    parent = item.get("parent") if isinstance(item.get("parent"), dict) else {}
    iid = str(item["id"])
    return MentionIn(
        platform=Platform.FACEBOOK,
        platform_id=iid,
        url=item.get("permalink_url") or f"https://www.facebook.com/{iid}",
        author_handle=str(author.get("id") or author.get("name") or "unknown"),  # no handles on Facebook
        author_name=author.get("name") or None,
        author_url=f"https://www.facebook.com/{author['id']}" if author.get("id") else None,
        text=text,
        created_at=created,
        reply_to_id=str(parent.get("id") or reply_to_id) if (parent.get("id") or reply_to_id) else None,
        thread_id=thread_id,
        likes=item.get("like_count") if isinstance(item.get("like_count"), int) else _count(item.get("reactions")) or _count(item.get("likes")),
        reposts=_count(item.get("shares")),
        replies=item.get("comment_count") if isinstance(item.get("comment_count"), int) else _count(item.get("comments")),
        account_handle=account_handle,
        source=source,
        raw=raw_json(item),
    )


def page_items(body: Any, source: str | None = None) -> tuple[list[dict[str, Any]], str | None]:
    """`{data: [...], paging: {next}}` → (unique items, next URL)."""
    if not isinstance(body, dict) or not isinstance(body.get("data"), list):
        raise BadResponse(f"{source or 'facebook'}: expected an object with a `data` array")
    seen: set[str] = set()
    items: list[dict[str, Any]] = []
    for item in body["data"]:
        if isinstance(item, dict) and item.get("id") and str(item["id"]) not in seen:
            seen.add(str(item["id"]))
            items.append(item)
    paging = body.get("paging") if isinstance(body.get("paging"), dict) else {}
    nxt = paging.get("next") if isinstance(paging.get("next"), str) else None
    return items, nxt


class FacebookConnector(Connector):
    platform = Platform.FACEBOOK
    supports_scheduling = True

    def __init__(self, settings: ConnectorSettings, *, token: str, **kw: Any) -> None:
        super().__init__(settings, secrets=[token], **kw)
        self._token = Secret(token)
        self.page_id = str(settings.page_id)

    async def _call(
        self, method: str, url: str, *, params: Any = None, form: dict[str, Any] | None = None
    ) -> tuple[Any, RateInfo]:
        if not url.startswith("http"):
            url = f"{self.base_url}/{url.lstrip('/')}"
        reply = await self.http.request(
            method, url, params=params, json_body=form,
            headers={"Authorization": f"Bearer {self._token.reveal()}"},
        )
        rate = parse_rate_limit(reply.headers, "facebook", self.clock())
        if reply.status < 400:
            body = reply.json()
            if isinstance(body, dict) and isinstance(body.get("error"), dict):
                self._raise(reply, body, rate)
            return body, rate
        try:
            body = reply.json()
        except BadResponse as exc:
            said = str(exc).removeprefix(f"{self.name}: ")  # named once, by self.error
            if reply.status >= 500:
                raise self.error(TransientError, f"server error ({said})", status=reply.status) from None
            raise self.error(BadResponse, said, status=reply.status) from None
        self._raise(reply, body, rate)
        raise AssertionError("unreachable")

    def _raise(self, reply: Reply, body: Any, rate: RateInfo) -> None:
        """Graph's `{error: {message, code}}`, or a login server's `{error_type, code, error_message}`."""
        err = body.get("error") if isinstance(body, dict) and isinstance(body.get("error"), dict) else {}
        code = err.get("code") if isinstance(err.get("code"), int) else None
        if code is None and isinstance(body, dict) and isinstance(body.get("code"), int) and not err:
            code = body["code"]
        message = str(err.get("message") or error_detail(body) or f"HTTP {reply.status}")
        what = f"{message} (code {code})" if code is not None else message
        if code in THROTTLE_CODES or reply.status == 429:
            raise self.error(RateLimited, f"throttled: {what}", retry_after=self.http.backoff_seconds(reply, rate), status=reply.status)
        if code == 190 or reply.status == 401:
            raise self.error(AuthError, f"Page access token expired or revoked, or invalid: {what}", status=reply.status)
        if code == 10 or (code is not None and 200 <= code <= 299) or reply.status == 403:
            raise self.error(PermissionDenied, f"permission missing: {what}", status=reply.status)
        if code in (1, 2) or reply.status >= 500:
            raise self.error(TransientError, f"temporary Facebook error: {what}", status=reply.status)
        raise self.error(InvalidRequest, what, status=reply.status)

    def _next(self, url: str | None, warnings: list[str]) -> str | None:
        if not url:
            return None
        if not same_origin(url, self.base_url):
            warnings.append("ignored a paging.next link to another host")
            return None
        return strip_token(url)

    async def fetch(self, cursor: str | None, *, read_budget_remaining: int | None = None) -> FetchResult:
        result = FetchResult()
        state = load_cursor(cursor, result.warnings)
        since = state.get("feed_since") if isinstance(state.get("feed_since"), int) else None
        marks: dict[str, str] = state.get("comment_marks") if isinstance(state.get("comment_marks"), dict) else {}
        seen: set[str] = set()
        last_rate = RateInfo()

        params: dict[str, Any] = {"fields": FEED_FIELDS, "limit": 25}
        if since:
            params["since"] = since
        body, rate = await self._call("GET", f"{self.page_id}/feed", params=params)
        last_rate = rate
        items, _next = page_items(body, self.name)
        newest = since
        own_posts: list[str] = [p for p in marks if isinstance(p, str)]
        for item in items:
            created = item_time(item)
            if created:
                newest = max(newest or 0, int(created.timestamp()))
            author = item.get("from") if isinstance(item.get("from"), dict) else {}
            if str(author.get("id") or "") == self.page_id or not author:
                if item["id"] not in own_posts:
                    own_posts.insert(0, str(item["id"]))
                continue
            self._add(result, seen, item, account_handle=self.page_id)

        new_marks: dict[str, str] = {}
        for post_id in own_posts[:POSTS_WATCHED]:
            mark = parse_iso(marks.get(post_id))
            url: str | None = f"{self.base_url}/{post_id}/comments"
            cparams: dict[str, Any] | None = {
                "fields": COMMENT_FIELDS, "order": "reverse_chronological", "filter": "stream", "limit": 50,
            }
            newest_comment = marks.get(post_id)
            for _page in range(MAX_COMMENT_PAGES):
                if url is None:
                    break
                cbody, rate = await self._call("GET", url, params=cparams)
                last_rate = rate if rate.remaining is not None else last_rate
                comments, nxt = page_items(cbody, self.name)
                stop = False
                for c in comments:
                    created = item_time(c)
                    if mark and created and created <= mark:
                        stop = True
                        continue
                    if created and (parse_iso(newest_comment) is None or created > parse_iso(newest_comment)):  # type: ignore[operator]
                        newest_comment = c.get("created_time") or c.get("updated_time")
                    self._add(result, seen, c, account_handle=self.page_id, reply_to_id=post_id, thread_id=post_id)
                if stop or not mark:  # first look at a post: newest page only
                    break
                url, cparams = self._next(nxt, result.warnings), None
            new_marks[post_id] = newest_comment or self.clock().isoformat()

        return result.finish({"v": 1, "feed_since": newest, "comment_marks": new_marks}, last_rate)

    def _add(self, result: FetchResult, seen: set[str], item: dict[str, Any], **kw: Any) -> None:
        if str(item.get("id")) in seen:
            return
        try:
            m = item_to_mention(item, source=self.name, **kw)
        except (BadResponse, ValueError) as exc:
            result.skip(item, exc, source=self.name, platform="facebook")
            return
        seen.add(m.platform_id)
        result.mentions.append(m)

    async def profiles(self) -> list[Profile]:
        body, _ = await self._call(
            "GET", self.page_id, params={"fields": "id,name,username,followers_count,fan_count,link"}
        )
        if not isinstance(body, dict) or not body.get("id"):
            raise self.error(BadResponse, "page lookup: no id")
        followers = body.get("followers_count") if isinstance(body.get("followers_count"), int) else body.get("fan_count")
        return [Profile(
            handle=str(body.get("username") or body["id"]), display_name=body.get("name") or None,
            followers=followers if isinstance(followers, int) else None,
            url=body.get("link") or f"https://www.facebook.com/{body['id']}",
        )]

    async def publish(self, req: PublishRequest) -> PublishResult:
        self._check_schedule(req, MIN_SCHEDULE_AHEAD)
        if req.reply_to:
            if req.scheduled_at:
                raise self.error(InvalidRequest, "comments cannot be scheduled")
            body, _ = await self._call("POST", f"{req.reply_to}/comments", form={"message": req.text})
            return self.publish_result(body)
        form: dict[str, Any] = {"message": req.text}
        if req.link:
            form["link"] = req.link
        if req.scheduled_at:
            form["published"] = False
            form["scheduled_publish_time"] = int(req.scheduled_at.timestamp())
        body, _ = await self._call("POST", f"{self.page_id}/feed", form=form)
        return self.publish_result(body, scheduled=req.scheduled_at is not None)

    def publish_result(self, body: Any, *, scheduled: bool = False) -> PublishResult:
        if not isinstance(body, dict) or not body.get("id"):
            raise self.error(BadResponse, "publish: response has no `id`")
        pid = str(body["id"])
        return PublishResult(platform_post_id=pid, url=f"https://www.facebook.com/{pid}", scheduled=scheduled)

    counts_batch = 50  # `?ids=` takes up to 50 objects
    COUNT_FIELDS = "reactions.summary(total_count).limit(0),comments.summary(total_count).limit(0),shares"

    async def post_counts(self, platform_post_ids: Sequence[str]) -> dict[str, PostCounts]:
        """Reactions, comments and shares of the Page's posts (`GET /?ids=…`); Graph refuses the whole
        batch when one post is gone, so a refused batch is asked one by one and the gone ones left out.
        Only "does not exist" means gone: any other refusal (a field, a permission) is raised, never
        taken for a deleted post (which would never be asked again)."""
        out: dict[str, PostCounts] = {}
        for i in range(0, len(platform_post_ids), self.counts_batch):
            chunk = list(platform_post_ids[i:i + self.counts_batch])
            try:
                body, _ = await self._call("GET", "/", params={"ids": ",".join(chunk), "fields": self.COUNT_FIELDS})
            except InvalidRequest as exc:
                if not _gone(exc):
                    raise
                if len(chunk) > 1:
                    for one in chunk:
                        out.update(await self.post_counts([one]))
                continue
            for pid, item in (body.items() if isinstance(body, dict) else ()):
                if pid in chunk and isinstance(item, dict):
                    # Graph leaves `shares` out of a post nobody has shared: asked for and absent is 0
                    out[pid] = PostCounts(likes=_count(item.get("reactions")), replies=_count(item.get("comments")),
                                          reposts=_count(item["shares"]) if "shares" in item else 0)
        return out

    async def delete(self, platform_post_id: str) -> None:
        if not re.fullmatch(r"[0-9_]+", platform_post_id):
            raise self.error(InvalidRequest, f"not a Facebook object id: {platform_post_id!r}")
        await self._call("DELETE", platform_post_id)

    async def recent_posts(self, limit: int = 20) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for edge, scheduled in (("posts", False), ("scheduled_posts", True)):
            body, _ = await self._call(
                "GET", f"{self.page_id}/{edge}",
                params={"fields": "id,message,created_time,scheduled_publish_time,permalink_url", "limit": min(limit, 100)},
            )
            items, _ = page_items(body, self.name)
            for p in items:
                out.append({
                    "id": str(p["id"]), "text": p.get("message") or "",
                    "created_at": parse_iso(p.get("created_time")), "url": p.get("permalink_url"),
                    "scheduled": scheduled,
                })
        return out
