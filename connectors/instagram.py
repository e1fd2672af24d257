"""Instagram (Graph API, a business or creator account) with the access token of the Facebook Page it is
linked to. Read only.

Three streams, each newest first, each with its own mark in the cursor:
- Media the account is tagged in: `GET /{ig_user_id}/tags?fields=id,caption,username,timestamp,permalink,
  like_count,comments_count,media_type` — each a mention (its caption is the text).
- Comments on the account's own newest media: `GET /{ig_user_id}/media?fields=id,caption,timestamp,
  permalink,comments_count,like_count`, then, only for media whose `comments_count` changed since the
  last poll, `GET /{media_id}/comments?fields=id,text,username,timestamp,like_count,replies{…}`. A
  comment's thread is the media and it replies to the media; a reply replies to its comment. Comments
  by the council's own accounts (`account_handles`) are not mentions.
- Configured hashtags: `GET /ig_hashtag_search?user_id=&q=` once per tag (the id is kept in the cursor:
  Instagram allows an account 30 unique hashtags in any 7 days, and `config check` refuses more than
  30), then `GET /{hashtag_id}/recent_media?user_id=&fields=…` (the last 24 hours). Instagram does not
  say who posted a hashtag's media: the author is "unknown".

Paging: the next page is asked for with `paging.cursors.after` on our own URL (same host, same API
version, the token in the header); `paging.next` verbatim (same host only, any `access_token` removed)
when there is no cursor; at most `MAX_PAGES` pages a stream. The Graph API's errors and rate-limit
headers are Facebook's: the Facebook connector's own call and error handling is used (codes 4, 17, 32,
613 and the Business Use Case codes → RateLimited; 190 → AuthError; 10 and 200-299 → PermissionDenied).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

from brent_tui.domain.models import MentionIn, Platform
from brent_tui.domain.text import handles_match
from connectors.base import Connector, ConnectorSettings, FetchResult, load_cursor, raw_json
from connectors.errors import BadResponse, InvalidRequest, PermissionDenied
from connectors.facebook import FacebookConnector, page_items
from connectors.http import RateInfo, parse_iso

TAG_FIELDS = "id,caption,username,timestamp,permalink,like_count,comments_count,media_type"
MEDIA_FIELDS = "id,caption,timestamp,permalink,comments_count,like_count"
REPLY_FIELDS = "id,text,username,timestamp,like_count"
COMMENT_FIELDS = f"id,text,username,timestamp,like_count,replies{{{REPLY_FIELDS}}}"
HASHTAG_MEDIA_FIELDS = "id,caption,timestamp,permalink,like_count,comments_count,media_type"
MEDIA_WATCHED = 10  # the account's newest media whose comments are polled
MAX_PAGES = 3  # pages a stream reads in one fetch


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def media_to_mention(item: dict[str, Any], *, source: str | None, account_handle: str | None) -> MentionIn:
    """Tagged or hashtag media → MentionIn (no caption → empty text; no username → "unknown")."""
    if not isinstance(item, dict) or not item.get("id"):
        raise BadResponse(f"{source or 'instagram'}: media has no id")
    created = parse_iso(item.get("timestamp"))
    if created is None:
        raise BadResponse(f"{source or 'instagram'}: media {item.get('id')} has no valid timestamp")
    username = _text(item.get("username"))
    caption = item.get("caption")
    return MentionIn(
        platform=Platform.INSTAGRAM,
        platform_id=str(item["id"]),
        url=_text(item.get("permalink")),
        author_handle=username or "unknown",
        author_url=f"https://www.instagram.com/{username}/" if username else None,
        text=caption if isinstance(caption, str) else "",
        created_at=created,
        likes=_int(item.get("like_count")),
        replies=_int(item.get("comments_count")),
        account_handle=account_handle,
        source=source,
        raw=raw_json(item),
    )


def comment_to_mention(
    item: dict[str, Any], *, media_id: str, permalink: str | None, reply_to_id: str | None = None,
    source: str | None, account_handle: str | None,
) -> MentionIn:
    """A comment (or a reply) on a media → MentionIn; its thread is the media."""
    if not isinstance(item, dict) or not item.get("id"):
        raise BadResponse(f"{source or 'instagram'}: comment has no id")
    created = parse_iso(item.get("timestamp"))
    if created is None:
        raise BadResponse(f"{source or 'instagram'}: comment {item.get('id')} has no valid timestamp")
    sender = _dict(item.get("from"))
    username = _text(item.get("username")) or _text(sender.get("username"))
    text = item.get("text")
    replies = item.get("replies")
    return MentionIn(
        platform=Platform.INSTAGRAM,
        platform_id=str(item["id"]),
        url=permalink,  # Instagram gives comments no link of their own: the media's
        author_handle=username or "unknown",
        author_url=f"https://www.instagram.com/{username}/" if username else None,
        text=text if isinstance(text, str) else "",
        created_at=created,
        reply_to_id=reply_to_id or media_id,
        thread_id=media_id,
        likes=_int(item.get("like_count")),
        replies=len(replies["data"]) if isinstance(replies, dict) and isinstance(replies.get("data"), list) else None,
        account_handle=account_handle,
        source=source,
        raw=raw_json(item),
    )


class _Mark:
    """A stream's cursor: the newest time seen and the ids seen at exactly that time."""

    def __init__(self, state: Any) -> None:
        state = state if isinstance(state, dict) else {}
        self.mark = parse_iso(state.get("mark"))
        self.at_mark = {str(i) for i in state.get("at") or [] if isinstance(i, str)}
        self.newest, self.at_newest = self.mark, set(self.at_mark)

    def is_new(self, iid: str, when: datetime | None) -> bool:
        return self.mark is None or when is None or when > self.mark or (when == self.mark and iid not in self.at_mark)

    def note(self, iid: str, when: datetime | None) -> None:
        if when is None:
            return
        if self.newest is None or when > self.newest:
            self.newest, self.at_newest = when, {iid}
        elif when == self.newest:
            self.at_newest.add(iid)

    def dump(self) -> dict[str, Any]:
        return {"mark": self.newest.isoformat() if self.newest else None, "at": sorted(self.at_newest)}


class InstagramConnector(Connector):
    platform = Platform.INSTAGRAM

    def __init__(self, settings: ConnectorSettings, *, token: str, **kw: Any) -> None:
        super().__init__(settings, secrets=[token], **kw)
        # The Graph API's calls, paging and errors, exactly as the Facebook connector makes and reads them.
        self._graph = FacebookConnector(settings, token=token, client=self.client, clock=self.clock)
        self.ig_user_id = str(settings.ig_user_id)
        self.account_handle = settings.account_handles[0] if settings.account_handles else self.ig_user_id
        self._rate = RateInfo()

    async def _get(self, url: str, params: dict[str, Any] | None) -> Any:
        body, rate = await self._graph._call("GET", url, params=params)
        if rate.remaining is not None:
            self._rate = rate
        return body

    async def _pages(self, path: str, params: dict[str, Any],
                     warnings: list[str]) -> AsyncIterator[list[dict[str, Any]]]:
        """Up to MAX_PAGES pages of one edge, newest first: yields each page's unique items."""
        url: str | None = path
        query: dict[str, Any] | None = params
        for _ in range(MAX_PAGES):
            if url is None:
                return
            body = await self._get(url, query)
            items, nxt = page_items(body, self.name)
            yield items
            if not nxt:
                return
            after = _dict(_dict(body.get("paging")).get("cursors")).get("after")
            if isinstance(after, str) and after:
                url, query = path, {**params, "after": after}
            else:
                url, query = self._graph._next(nxt, warnings), None

    async def fetch(self, cursor: str | None, *, read_budget_remaining: int | None = None) -> FetchResult:
        result = FetchResult()
        state = load_cursor(cursor, result.warnings)
        seen: set[str] = set()
        self._rate = RateInfo()

        tags = _Mark(state.get("tags"))
        await self._media_stream(result, seen, tags, f"{self.ig_user_id}/tags", {"fields": TAG_FIELDS, "limit": 50})

        old_media = _dict(state.get("media"))
        media = await self._own_media(result, seen, old_media)

        old_tags = _dict(state.get("hashtags"))
        hashtags: dict[str, Any] = {}
        for tag in self.settings.hashtags:
            hashtags[tag.lower()] = await self._hashtag(result, seen, tag, old_tags.get(tag.lower()))

        return result.finish({"v": 1, "tags": tags.dump(), "media": media, "hashtags": hashtags}, self._rate)

    async def _media_stream(self, result: FetchResult, seen: set[str], mark: _Mark, path: str,
                            params: dict[str, Any]) -> None:
        async for items in self._pages(path, params, result.warnings):
            reached = False
            for item in items:
                iid, when = str(item["id"]), parse_iso(item.get("timestamp"))
                if not mark.is_new(iid, when):
                    reached = True
                    continue
                if self._add(result, seen, item, media_to_mention, account_handle=self.account_handle):
                    mark.note(iid, when)
            if reached or mark.mark is None:  # the first poll: the newest page only
                return

    async def _own_media(self, result: FetchResult, seen: set[str], old: dict[str, Any]) -> dict[str, Any]:
        """Comments on the newest media whose comment count moved; the media's new marks."""
        body = await self._get(f"{self.ig_user_id}/media", {"fields": MEDIA_FIELDS, "limit": MEDIA_WATCHED})
        items, _ = page_items(body, self.name)
        out: dict[str, Any] = {}
        for item in items[:MEDIA_WATCHED]:
            mid = str(item["id"])
            before = old.get(mid) if isinstance(old.get(mid), dict) else None
            count = _int(item.get("comments_count"))
            entry = dict(before) if before else {"mark": None, "at": []}
            entry["count"] = count
            moved = count != 0 if before is None else count != before.get("count")
            if moved:
                mark = _Mark(before)
                await self._comments(result, seen, mark, mid, _text(item.get("permalink")))
                entry.update(mark.dump())
            out[mid] = entry
        return out

    async def _comments(self, result: FetchResult, seen: set[str], mark: _Mark, media_id: str,
                        permalink: str | None) -> None:
        own = self.settings.account_handles
        kw = {"media_id": media_id, "permalink": permalink, "account_handle": self.account_handle}
        async for items in self._pages(f"{media_id}/comments", {"fields": COMMENT_FIELDS, "limit": 50},
                                       result.warnings):
            reached = False
            for comment in items:
                cid, when = str(comment["id"]), parse_iso(comment.get("timestamp"))
                if mark.is_new(cid, when):
                    if not self._own(comment, own) and self._add(result, seen, comment, comment_to_mention, **kw):
                        mark.note(cid, when)
                else:
                    reached = True
                replies = comment.get("replies")
                data = replies.get("data") if isinstance(replies, dict) else None
                for reply in data if isinstance(data, list) else []:
                    rid = str(reply.get("id")) if isinstance(reply, dict) else ""
                    rwhen = parse_iso(reply.get("timestamp")) if isinstance(reply, dict) else None
                    if not mark.is_new(rid, rwhen) or (isinstance(reply, dict) and self._own(reply, own)):
                        continue
                    if self._add(result, seen, reply, comment_to_mention, reply_to_id=cid, **kw):
                        mark.note(rid, rwhen)
            if reached:
                return

    async def _hashtag(self, result: FetchResult, seen: set[str], tag: str, old: Any) -> dict[str, Any]:
        """One hashtag's recent media; its id is looked up once and kept (30 unique hashtags a week)."""
        entry: dict[str, Any] = dict(old) if isinstance(old, dict) else {}
        try:
            if not isinstance(entry.get("id"), str):
                body = await self._get("ig_hashtag_search", {"user_id": self.ig_user_id, "q": tag})
                found, _ = page_items(body, self.name)
                if not found:
                    result.warnings.append(f"#{tag}: Instagram knows no such hashtag")
                    return entry
                entry["id"] = str(found[0]["id"])
            mark = _Mark(entry)
            await self._media_stream(result, seen, mark, f"{entry['id']}/recent_media",
                                     {"user_id": self.ig_user_id, "fields": HASHTAG_MEDIA_FIELDS, "limit": 50})
        except (InvalidRequest, PermissionDenied) as exc:  # one hashtag refused: the other streams go on
            result.warnings.append(f"#{tag}: {exc}")
            return entry
        entry.update(mark.dump())
        return entry

    @staticmethod
    def _own(item: dict[str, Any], handles: list[str]) -> bool:
        username = _text(item.get("username"))
        return bool(username) and any(handles_match(h, str(username)) for h in handles)

    def _add(self, result: FetchResult, seen: set[str], item: dict[str, Any], mapper: Any, **kw: Any) -> bool:
        iid = str(item.get("id"))
        if iid in seen:
            return False
        try:
            m = mapper(item, source=self.name, **kw)
        except (BadResponse, ValueError) as exc:
            result.skip(item, exc, source=self.name, platform="instagram")
            return False
        seen.add(iid)
        result.mentions.append(m)
        return True
