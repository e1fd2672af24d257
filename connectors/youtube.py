"""YouTube (Data API v3): comments on the council's channel, read with an API key. Read only.

- One call: `GET /commentThreads?part=snippet,replies&allThreadsRelatedToChannelId=<channel>&order=time
  &maxResults=100&textFormat=plainText[&pageToken=]` (1 quota unit a call; a project has 10,000 a day).
  Every top-level comment on the channel's videos (and on the channel itself) is a mention whose thread
  is the comment thread; each reply the thread carries (`replies.comments`, a few per thread) is a
  mention replying to its parent, in the same thread (the channel's own comments are not mentions). The link is the video with the comment
  highlighted: `https://www.youtube.com/watch?v=<videoId>&lc=<commentId>`.
- Paging: newest thread first; `nextPageToken` is followed until a thread no newer than the cursor
  (the newest `publishedAt`/`updatedAt` seen), at most `PAGES_PER_FETCH` pages a call (then `more`,
  the walk resumed from its page token) and `MAX_WALK_PAGES` in all. The first poll reads the newest
  page only. An edited comment (`updatedAt` past the cursor) is delivered again with its new text.
- Auth: the API key as the documented `key=` query parameter. The key is in every URL, so it is held
  by the Redactor and never appears in an error or a log line (URLs in errors lose their query).
- Errors (`{error: {code, message, errors: [{domain, reason, message}]}}`): `quotaExceeded` /
  `dailyLimitExceeded` → RateLimited until midnight Pacific time, when the quota resets;
  `rateLimitExceeded` / `userRateLimitExceeded` → RateLimited; `keyInvalid`, `keyExpired`, 401 and
  other 403s → AuthError; `channelNotFound` / `commentsDisabled` → InvalidRequest naming the channel.
- Not read: keyword search of videos (`search.list`) costs 100 units a call — at the poll interval it
  would spend the day's quota in about two hours — so it is not offered (config check says so).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from brent_tui.domain.models import MentionIn, Platform
from connectors.base import Connector, ConnectorSettings, FetchResult, Secret, load_cursor, raw_json
from connectors.errors import AuthError, BadResponse, InvalidRequest, RateLimited, TransientError
from connectors.http import RateInfo, Reply, parse_iso

THREADS_PATH = "commentThreads"
PAGES_PER_FETCH = 3  # pages read in one fetch; `more` says another is waiting
MAX_WALK_PAGES = 10  # pages in one catch-up walk back to the cursor (1,000 threads)
PACIFIC = ZoneInfo("America/Los_Angeles")  # the daily quota resets at midnight Pacific time
QUOTA_REASONS = {"quotaExceeded", "dailyLimitExceeded", "dailyLimitExceededUnreg"}
RATE_REASONS = {"rateLimitExceeded", "userRateLimitExceeded"}
KEY_REASONS = {"keyInvalid", "keyExpired", "authError", "unauthorized", "invalidCredentials", "ipRefererBlocked",
               "accessNotConfigured", "forbidden", "insufficientPermissions"}
_TAG = re.compile(r"<[^>]*>")


def until_pacific_midnight(now: datetime) -> float:
    """Seconds from `now` to the next midnight in California, when YouTube's daily quota resets."""
    local = now.astimezone(PACIFIC)
    midnight = datetime(local.year, local.month, local.day, tzinfo=PACIFIC) + timedelta(days=1)
    return max(60.0, (midnight - now).total_seconds())


def author_handle(snippet: dict[str, Any]) -> str:
    """`@handle` from the channel URL when it has one, else the channel id, else the display name."""
    url = snippet.get("authorChannelUrl")
    if isinstance(url, str):
        match = re.search(r"/(@[^/?#\s]+)", url)
        if match:
            return match.group(1)
    channel = snippet.get("authorChannelId")
    cid = channel.get("value") if isinstance(channel, dict) else channel
    if isinstance(cid, str) and cid:
        return cid
    if isinstance(url, str):
        match = re.search(r"/channel/([^/?#\s]+)", url)
        if match:
            return match.group(1)
    name = snippet.get("authorDisplayName")
    return name if isinstance(name, str) and name else "unknown"


def comment_time(comment: dict[str, Any]) -> datetime | None:
    """The later of when a comment was posted and last edited (what the cursor follows)."""
    found = comment.get("snippet")
    snippet: dict[str, Any] = found if isinstance(found, dict) else {}
    times = [t for t in (parse_iso(snippet.get("publishedAt")), parse_iso(snippet.get("updatedAt"))) if t]
    return max(times) if times else None


def comment_to_mention(
    comment: dict[str, Any], *, thread_id: str, video_id: str | None, channel_id: str | None,
    reply_to_id: str | None = None, replies: int | None = None, raw: Any = None,
    source: str | None = None, account_handle: str | None = None,
) -> MentionIn:
    """One `youtube#comment` → MentionIn (text as posted: `textOriginal`, else `textDisplay`)."""
    if not isinstance(comment, dict) or not comment.get("id"):
        raise BadResponse(f"{source or 'youtube'}: comment has no id")
    snippet = comment.get("snippet")
    if not isinstance(snippet, dict):
        raise BadResponse(f"{source or 'youtube'}: comment {comment['id']} has no snippet")
    created = parse_iso(snippet.get("publishedAt"))
    if created is None:
        raise BadResponse(f"{source or 'youtube'}: comment {comment['id']} has no valid publishedAt")
    cid = str(comment["id"])
    text = next((t for t in (snippet.get("textOriginal"), snippet.get("textDisplay")) if isinstance(t, str)), "")
    video = snippet.get("videoId") if isinstance(snippet.get("videoId"), str) else video_id
    if video:
        url = f"https://www.youtube.com/watch?v={video}&lc={cid}"
    else:  # a comment on the channel itself
        url = f"https://www.youtube.com/channel/{snippet.get('channelId') or channel_id}?lc={cid}"
    name = snippet.get("authorDisplayName")
    author_url = snippet.get("authorChannelUrl")
    likes = snippet.get("likeCount")
    parent = snippet.get("parentId") if isinstance(snippet.get("parentId"), str) else None
    return MentionIn(
        platform=Platform.YOUTUBE,
        platform_id=cid,
        url=url,
        author_handle=author_handle(snippet),
        author_name=name if isinstance(name, str) and name else None,
        author_url=author_url if isinstance(author_url, str) and author_url else None,
        text=text,
        created_at=created,
        reply_to_id=parent or reply_to_id,
        thread_id=thread_id,
        likes=likes if isinstance(likes, int) and not isinstance(likes, bool) else None,
        replies=replies,
        account_handle=account_handle,
        source=source,
        raw=raw_json(comment if raw is None else raw),
    )


class YouTubeConnector(Connector):
    platform = Platform.YOUTUBE

    def __init__(self, settings: ConnectorSettings, *, api_key: str, **kw: Any) -> None:
        super().__init__(settings, secrets=[api_key], **kw)
        self._key = Secret(api_key)
        self.channel_id = str(settings.channel_id)
        self.account_handle = settings.account_handles[0] if settings.account_handles else self.channel_id

    # -- calls

    async def _get(self, path: str, params: dict[str, Any]) -> Any:
        reply = await self.http.request("GET", f"{self.base_url}/{path}", params={**params, "key": self._key.reveal()})
        if reply.status < 400:
            body = reply.json()
            if not isinstance(body, dict):
                raise self.error(BadResponse, f"{path}: expected a JSON object")
            return body
        try:
            body = reply.json()
        except BadResponse as exc:
            said = str(exc).removeprefix(f"{self.name}: ")
            cls = TransientError if reply.status >= 500 else BadResponse
            raise self.error(cls, f"HTTP {reply.status} ({said})", status=reply.status) from None
        self._raise(reply, body)
        raise AssertionError("unreachable")

    def _raise(self, reply: Reply, body: Any) -> None:
        found = body.get("error") if isinstance(body, dict) else None
        err: dict[str, Any] = found if isinstance(found, dict) else {}
        listed = err.get("errors")
        details = [e for e in listed if isinstance(e, dict)] if isinstance(listed, list) else []
        reasons = {str(e.get("reason")) for e in details if e.get("reason")}
        message = _TAG.sub("", str(err.get("message") or (details[0].get("message") if details else "") or ""))
        what = f"{message} ({', '.join(sorted(reasons))})" if reasons else (message or f"HTTP {reply.status}")
        what = f"HTTP {reply.status}: {what}"
        status = reply.status
        if reasons & QUOTA_REASONS:
            wait = until_pacific_midnight(self.clock())
            resets = self.clock() + timedelta(seconds=wait)
            raise self.error(RateLimited, f"the YouTube Data API's daily quota is used up; it resets at midnight "
                                          f"Pacific time ({resets:%Y-%m-%d %H:%M} UTC) — {what}",
                             retry_after=wait, status=status)
        if reasons & RATE_REASONS or status == 429:
            raise self.error(RateLimited, f"too many requests: {what}",
                             retry_after=self.http.backoff_seconds(reply, RateInfo()), status=status)
        if "commentsDisabled" in reasons:
            raise self.error(InvalidRequest, f"comments are turned off on channel {self.channel_id}: {what}",
                             status=status)
        if reasons & {"channelNotFound", "notFound"} or status == 404:
            raise self.error(InvalidRequest, f"channel {self.channel_id} was not found: check `channel_id` "
                                             f"in the config — {what}", status=status)
        if status == 401 or reasons & KEY_REASONS or status == 403:
            raise self.error(AuthError, f"the API key was refused (invalid, expired, restricted, or the YouTube "
                                        f"Data API is not enabled for its project): {what}", status=status)
        if status >= 500 or reasons & {"backendError", "internalError"}:
            raise self.error(TransientError, f"temporary YouTube error: {what}", status=status)
        raise self.error(InvalidRequest, what, status=status)

    # -- fetch

    async def fetch(self, cursor: str | None, *, read_budget_remaining: int | None = None) -> FetchResult:
        result = FetchResult()
        state = load_cursor(cursor, result.warnings)
        mark = parse_iso(state.get("mark"))
        at_mark = {str(i) for i in state.get("at_mark") or [] if isinstance(i, str)}
        walk = state.get("walk") if isinstance(state.get("walk"), dict) else None
        token = walk.get("page") if walk and isinstance(walk.get("page"), str) else None
        pages = walk.get("pages") if walk and isinstance(walk.get("pages"), int) else 0
        newest = parse_iso(walk.get("newest")) if walk else None
        at_newest = {str(i) for i in (walk.get("at_newest") or [])} if walk else set()
        newest, at_newest = (newest, at_newest) if newest else (mark, set(at_mark))
        seen: set[str] = set()

        def is_new(cid: str, when: datetime | None) -> bool:
            return mark is None or when is None or when > mark or (when == mark and cid not in at_mark)

        def note(cid: str, when: datetime | None) -> None:
            nonlocal newest, at_newest
            if when is None:
                return
            if newest is None or when > newest:
                newest, at_newest = when, {cid}
            elif when == newest:
                at_newest.add(cid)

        done = False
        for _ in range(PAGES_PER_FETCH):
            params: dict[str, Any] = {
                "part": "snippet,replies", "allThreadsRelatedToChannelId": self.channel_id, "order": "time",
                "maxResults": 100, "textFormat": "plainText",
            }
            if token:
                params["pageToken"] = token
            body = await self._get(THREADS_PATH, params)
            items = body.get("items")
            if not isinstance(items, list):
                raise self.error(BadResponse, "commentThreads: expected an `items` array")
            pages += 1
            reached = False
            for thread in items:
                reached = self._thread(result, seen, thread, is_new, note) or reached
            nxt = body.get("nextPageToken") if isinstance(body.get("nextPageToken"), str) else None
            if reached or not nxt or mark is None:  # the first poll: the newest page only
                done = True
                break
            if pages >= MAX_WALK_PAGES:
                result.warnings.append(f"stopped after {pages} pages of comments; older new comments were not read")
                done = True
                break
            token = nxt
        state = {"v": 1, "mark": newest.isoformat() if newest else None, "at_mark": sorted(at_newest)}
        if not done:
            state = {"v": 1, "mark": mark.isoformat() if mark else None, "at_mark": sorted(at_mark),
                     "walk": {"page": token, "pages": pages, "newest": newest.isoformat() if newest else None,
                              "at_newest": sorted(at_newest)}}
            result.more = True
        return result.finish(state, RateInfo())

    def _thread(self, result: FetchResult, seen: set[str], thread: Any, is_new: Any, note: Any) -> bool:
        """Add a thread's new comments; True when its top-level comment is no newer than the cursor."""
        snippet = thread.get("snippet") if isinstance(thread, dict) else None
        top = snippet.get("topLevelComment") if isinstance(snippet, dict) else None
        if not isinstance(thread, dict) or not thread.get("id") or not isinstance(top, dict):
            result.skip(thread, "not a comment thread (no id or topLevelComment)", where=self.name,
                        source=self.name, platform="youtube")
            return False
        assert isinstance(snippet, dict)
        thread_id = str(thread["id"])
        video = snippet.get("videoId") if isinstance(snippet.get("videoId"), str) else None
        channel = snippet.get("channelId") if isinstance(snippet.get("channelId"), str) else self.channel_id
        total = snippet.get("totalReplyCount")
        top_id = str(top.get("id") or thread_id)
        top_time = comment_time(top)
        reached = not is_new(top_id, top_time)
        raw = {k: v for k, v in thread.items() if k != "replies"}
        if is_new(top_id, top_time):
            self._add(result, seen, top, top_time, note, thread_id=thread_id, video_id=video, channel_id=channel,
                      replies=total if isinstance(total, int) and not isinstance(total, bool) else None, raw=raw)
        replies = thread.get("replies")
        comments = replies.get("comments") if isinstance(replies, dict) else None
        for reply in comments if isinstance(comments, list) else []:
            if not isinstance(reply, dict):
                result.skip(reply, "reply is not an object", where=self.name, source=self.name, platform="youtube")
                continue
            rid, when = str(reply.get("id")), comment_time(reply)
            if is_new(rid, when):
                self._add(result, seen, reply, when, note, thread_id=thread_id, video_id=video, channel_id=channel,
                          reply_to_id=top_id)
        return reached

    def _add(self, result: FetchResult, seen: set[str], comment: dict[str, Any], when: datetime | None, note: Any,
             **kw: Any) -> None:
        cid = str(comment.get("id"))
        if cid in seen:  # a thread repeated on the next page
            return
        snippet = comment.get("snippet") if isinstance(comment.get("snippet"), dict) else {}
        author = snippet.get("authorChannelId") if isinstance(snippet, dict) else None
        if isinstance(author, dict) and author.get("value") == self.channel_id:
            return  # the council's own comment or reply: ours, not a mention
        try:
            m = comment_to_mention(comment, source=self.name, account_handle=self.account_handle, **kw)
        except (BadResponse, ValueError) as exc:
            result.skip(comment, exc, source=self.name, platform="youtube")
            return
        seen.add(cid)
        note(cid, when)
        result.mentions.append(m)
