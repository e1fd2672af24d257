"""Mastodon (REST v1/v2, one instance per connector).

Streams, each with its own cursor entry (ids are instance-local and notification ids are a
different sequence from status ids, so they never share a watermark):
- `search:<q>`  GET /api/v2/search?type=statuses&q=…  (min_id watermark + offset paging)
- `tag:<tag>`   GET /api/v1/timelines/tag/:tag          (min_id catch-up via Link rel="prev")
- `notifications` GET /api/v1/notifications?types[]=mention (only with a token); each item's
  `type` is checked too, since servers older than 3.5 ignore `types[]` and send favourites etc.

Catch-up uses `min_id` ("items immediately newer", gap-free) and then follows the server's Link
`rel="prev"` URL verbatim (it keeps `types%5B%5D=` etc.), but only to the configured origin so the
bearer token never goes to another host. The first poll of a stream takes the newest page only:
no crawl of history. A boost is mapped to the boosted status (`reblog`), the dedupe key is `uri`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

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
    newer_id,
    post_text,
    raw_json,
)
from connectors.errors import AuthError, BadResponse, InvalidRequest, RateLimited
from connectors.html_text import html_to_text
from connectors.http import RateInfo, Reply, error_detail, parse_iso, parse_rate_limit, same_origin

PAGE_LIMIT = 40
NOTIFICATION_LIMIT = 80
MIN_SCHEDULE_AHEAD = 5 * 60 + 30  # server needs ≥5 min; keep a margin for the request's own latency
SCHEDULED_PREFIX = "scheduled:"


def parse_link_header(value: str | None) -> dict[str, str]:
    """`<url>; rel="next", <url>; rel="prev"` → {"next": url, "prev": url} (URLs untouched)."""
    links: dict[str, str] = {}
    if not value:
        return links
    for part in value.split(","):
        section = part.strip()
        if not section.startswith("<") or ">" not in section:
            continue
        url, _, params = section[1:].partition(">")
        for param in params.split(";"):
            key, _, val = param.strip().partition("=")
            if key.strip().lower() == "rel":
                for rel in val.strip().strip('"').split():
                    links[rel.lower()] = url.strip()
    return links


def normalise_acct(acct: str, instance_host: str) -> str:
    """Local accounts come back as `user`; make every handle `user@instance` (domain lower-cased)."""
    acct = acct.strip().lstrip("@")
    user, _, domain = acct.partition("@")
    return f"{user}@{(domain or instance_host).lower()}"


def status_to_mention(
    status: dict[str, Any],
    *,
    instance_host: str,
    source: str | None = None,
    account_handle: str | None = None,
    raw: Any = None,
) -> MentionIn:
    """Map a Status (or a boost of one) to a MentionIn. Raises BadResponse on a broken shape."""
    if not isinstance(status, dict):
        raise BadResponse(f"{source or 'mastodon'}: status is not an object")
    inner = status.get("reblog") if isinstance(status.get("reblog"), dict) else status
    account = inner.get("account") if isinstance(inner.get("account"), dict) else None
    sid, created = inner.get("id"), parse_iso(inner.get("created_at"))
    if sid is None or account is None or not account.get("acct") or created is None:
        raise BadResponse(f"{source or 'mastodon'}: status lacks id, account.acct or a valid created_at")
    body = html_to_text(inner.get("content") or "")
    spoiler = (inner.get("spoiler_text") or "").strip()
    text = f"CW: {spoiler}\n\n{body}" if spoiler and body else (f"CW: {spoiler}" if spoiler else body)
    if not account_handle:
        account_handle = None
    return MentionIn(
        platform=Platform.MASTODON,
        platform_id=str(sid),
        uri=inner.get("uri") or None,
        url=inner.get("url") or inner.get("uri") or None,
        author_handle=normalise_acct(str(account["acct"]), instance_host),
        author_name=account.get("display_name") or None,
        author_followers=_int_or_none(account.get("followers_count")),
        author_verified=False,
        author_url=account.get("url") or None,
        text=text,
        created_at=created,
        reply_to_id=str(inner["in_reply_to_id"]) if inner.get("in_reply_to_id") else None,
        thread_id=None,
        language=inner.get("language") or None,
        likes=_int_or_none(inner.get("favourites_count")),
        reposts=_int_or_none(inner.get("reblogs_count")),
        replies=_int_or_none(inner.get("replies_count")),
        quotes=_int_or_none(inner.get("quotes_count")),
        account_handle=account_handle,
        source=source,
        raw=raw_json(raw if raw is not None else status),
    )


def _int_or_none(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


def _max_id(ids: list[str]) -> str | None:
    best: str | None = None
    for item in ids:
        best = newer_id(best, item)
    return best


class MastodonConnector(Connector):
    platform = Platform.MASTODON
    supports_scheduling = True
    repeat_safe = True  # the Idempotency-Key: a repeat within an hour returns the first post

    def __init__(self, settings: ConnectorSettings, *, token: str | None = None, **kw: Any) -> None:
        super().__init__(settings, secrets=[token] if token else [], **kw)
        self._token = Secret(token) if token else None
        self.instance_host = (httpx.URL(self.base_url).host or "").lower()
        self._own: set[str] = {normalise_acct(h, self.instance_host) for h in settings.account_handles}

    # -- plumbing
    def _headers(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        headers = {"Accept": "application/json"}
        if self._token:
            headers["Authorization"] = f"Bearer {self._token.reveal()}"
        if extra:
            headers.update(extra)
        return headers

    async def _call(
        self, method: str, url: str, *, params: Any = None, form: dict[str, Any] | None = None,
        extra_headers: dict[str, str] | None = None,
    ) -> tuple[Any, Reply, RateInfo]:
        reply = await self.http.request(
            method, url, params=params, headers=self._headers(extra_headers), json_body=form
        )
        rate = parse_rate_limit(reply.headers, "mastodon")
        if reply.status >= 400:
            detail = None
            try:
                detail = error_detail(reply.json())
            except BadResponse:
                detail = None
            if reply.status == 429:  # no Retry-After on Mastodon: sleep until X-RateLimit-Reset
                raise self.error(
                    RateLimited,
                    "rate limited (HTTP 429" + (f"; {rate.remaining} left" if rate.remaining is not None else "")
                    + (f", resets {rate.reset_at:%Y-%m-%d %H:%M UTC}" if rate.reset_at else "") + ")",
                    retry_after=self.http.backoff_seconds(reply, rate),
                    status=429,
                )
            if reply.status == 401:
                raise self.error(AuthError, "access token expired or revoked, or invalid (HTTP 401)", status=401)
            if reply.status == 422 and detail and "requires an authenticated user" in detail.lower():
                raise self.error(AuthError, "this instance requires a logged-in token to read timelines", status=422)
            self.http.raise_for_status(reply, rate, detail)
        return reply.json(), reply, rate

    def _url(self, path: str) -> str:
        return f"{self.base_url}{path}"

    def _mention(self, status: dict[str, Any], raw: Any = None, account_handle: str | None = None) -> MentionIn:
        if account_handle is None:
            mentioned = {
                normalise_acct(m.get("acct", ""), self.instance_host)
                for m in (status.get("mentions") or [])
                if isinstance(m, dict) and m.get("acct")
            }
            hits = sorted(mentioned & self._own)
            account_handle = hits[0] if hits else None
        return status_to_mention(
            status, instance_host=self.instance_host, source=self.name, account_handle=account_handle, raw=raw
        )

    # -- fetch
    async def fetch(self, cursor: str | None, *, read_budget_remaining: int | None = None) -> FetchResult:
        result = FetchResult()
        state = load_cursor(cursor, result.warnings)
        streams: dict[str, Any] = state.get("streams") if isinstance(state.get("streams"), dict) else {}
        new_streams: dict[str, Any] = {}
        seen_uris: set[str] = set()
        last_rate = RateInfo()

        plan: list[tuple[str, str, dict[str, Any], int]] = []
        for q in self.settings.queries:
            plan.append((f"search:{q}", "search", {"q": q}, PAGE_LIMIT))
        for tag in self.settings.hashtags:
            plan.append((f"tag:{tag}", "tag", {"tag": tag}, PAGE_LIMIT))
        if self._token:
            plan.append(("notifications", "notifications", {}, NOTIFICATION_LIMIT))

        for key, kind, args, limit in plan:
            st = streams.get(key) if isinstance(streams.get(key), dict) else {}
            if kind == "search":
                st, items, more, rate = await self._search_page(args["q"], st, limit, result.warnings)
            else:
                path = (
                    f"/api/v1/timelines/tag/{quote(args['tag'], safe='')}"
                    if kind == "tag"
                    else "/api/v1/notifications"
                )
                params: list[tuple[str, str]] = [("limit", str(limit))]
                if kind == "notifications":
                    params.insert(0, ("types[]", "mention"))
                st, items, more, rate = await self._timeline_page(path, params, st, limit, result.warnings)
            new_streams[key] = st
            last_rate = rate if rate.remaining is not None else last_rate
            result.more = result.more or more
            for item in items:
                try:
                    if kind == "notifications":
                        # servers before 3.5 ignore `types[]=mention` and send every kind of
                        # notification: a favourite or a "new post" carries a status but is no mention
                        if not isinstance(item, dict) or item.get("type") != "mention":
                            continue
                        if not isinstance(item.get("status"), dict):
                            continue
                        own = sorted(self._own)[0] if self._own else None
                        mention = self._mention(item["status"], raw=item, account_handle=own)
                    else:
                        mention = self._mention(item)
                except (BadResponse, ValueError) as exc:
                    result.skip(item, exc, where=key, source=self.name, platform="mastodon")
                    continue
                dedupe = mention.uri or mention.platform_id
                if dedupe in seen_uris:
                    continue
                seen_uris.add(dedupe)
                result.mentions.append(mention)

        return result.finish({"v": 1, "streams": new_streams}, last_rate)

    async def _timeline_page(
        self, path: str, params: list[tuple[str, str]], st: dict[str, Any], limit: int, warnings: list[str]
    ) -> tuple[dict[str, Any], list[Any], bool, RateInfo]:
        min_id: str | None = st.get("min_id")
        url: str | None = st.get("next")
        if url and not same_origin(url, self.base_url):
            warnings.append(f"{path}: ignored a page link to another host")
            url = None
        if url:
            body, reply, rate = await self._call("GET", url)
        else:
            query = list(params) + ([("min_id", min_id)] if min_id else [])
            body, reply, rate = await self._call("GET", self._url(path), params=query)
        if not isinstance(body, list):
            raise self.error(BadResponse, f"{path}: expected a JSON array, got {type(body).__name__}")
        ids = [str(i["id"]) for i in body if isinstance(i, dict) and i.get("id") is not None]
        newest = _max_id(ids)
        if not newest:
            return {"min_id": min_id, "next": url} if url or min_id else {}, body, False, rate
        first_run = min_id is None
        new_state: dict[str, Any] = {"min_id": newer_id(min_id, newest)}
        prev = parse_link_header(reply.headers.get("link")).get("prev")
        if prev and same_origin(prev, self.base_url):
            new_state["next"] = prev  # verbatim: the server's own "newer than this page" URL
        more = (not first_run) and len(body) >= limit
        return new_state, body, more, rate

    async def _search_page(
        self, q: str, st: dict[str, Any], limit: int, warnings: list[str]
    ) -> tuple[dict[str, Any], list[Any], bool, RateInfo]:
        min_id: str | None = st.get("min_id")
        offset = int(st.get("offset") or 0)
        params: list[tuple[str, str]] = [
            ("q", q), ("type", "statuses"), ("resolve", "false"), ("limit", str(limit)),
        ]
        if min_id:
            params.append(("min_id", min_id))
        if offset:
            params.append(("offset", str(offset)))
        body, _reply, rate = await self._call("GET", self._url("/api/v2/search"), params=params)
        if not isinstance(body, dict) or not isinstance(body.get("statuses", []), list):
            raise self.error(BadResponse, "search: expected an object with a `statuses` array")
        statuses = body.get("statuses") or []
        if not statuses and not min_id and not self._token:
            warnings.append(
                f"search {q!r}: no statuses — Mastodon only searches statuses for logged-in users "
                "on servers with full-text search"
            )
        ids = [str(s["id"]) for s in statuses if isinstance(s, dict) and s.get("id") is not None]
        pending = newer_id(st.get("pending"), _max_id(ids))
        if min_id and len(statuses) >= limit:
            return {"min_id": min_id, "offset": offset + limit, "pending": pending}, statuses, True, rate
        return ({"min_id": newer_id(min_id, pending)} if newer_id(min_id, pending) else {}), statuses, False, rate

    # -- accounts
    async def profiles(self) -> list[Profile]:
        out: list[Profile] = []
        for handle in self.settings.account_handles:
            acct = handle.lstrip("@")
            body, _, _ = await self._call("GET", self._url("/api/v1/accounts/lookup"), params={"acct": acct})
            if not isinstance(body, dict):
                raise self.error(BadResponse, "accounts/lookup: expected an object")
            out.append(
                Profile(
                    handle=normalise_acct(str(body.get("acct") or acct), self.instance_host),
                    display_name=body.get("display_name") or None,
                    followers=_int_or_none(body.get("followers_count")),
                    following=_int_or_none(body.get("following_count")),
                    posts_count=_int_or_none(body.get("statuses_count")),
                    url=body.get("url") or None,
                )
            )
        return out

    async def _account_id(self, handle: str) -> str:
        body, _, _ = await self._call("GET", self._url("/api/v1/accounts/lookup"), params={"acct": handle.lstrip("@")})
        if not isinstance(body, dict) or not body.get("id"):
            raise self.error(BadResponse, "accounts/lookup: no id")
        return str(body["id"])

    async def _account_list(self, account: str, edge: str, limit: int) -> list[Profile]:
        """An account's followers or following, page by page (`Link: rel="next"`), at most `limit`."""
        url: str | None = self._url(f"/api/v1/accounts/{await self._account_id(account)}/{edge}")
        params: Any = {"limit": 80}
        out: list[Profile] = []
        while url and len(out) < limit:
            body, reply, _ = await self._call("GET", url, params=params)
            if not isinstance(body, list):
                raise self.error(BadResponse, f"accounts/{edge}: expected a list")
            out += [Profile(handle=normalise_acct(str(a["acct"]), self.instance_host),
                            display_name=a.get("display_name") or None,
                            followers=_int_or_none(a.get("followers_count")),
                            following=_int_or_none(a.get("following_count")), url=a.get("url") or None)
                    for a in body if isinstance(a, dict) and a.get("acct")]
            nxt = parse_link_header(reply.headers.get("link")).get("next")
            url, params = (nxt, None) if nxt and same_origin(nxt, self.base_url) and body else (None, None)
        return out[:limit]

    async def followers(self, account: str, limit: int = 400) -> list[Profile]:
        return await self._account_list(account, "followers", limit)

    async def following(self, account: str, limit: int = 400) -> list[Profile]:
        return await self._account_list(account, "following", limit)

    async def follow(self, handle: str) -> None:
        """`POST /api/v1/accounts/:id/follow` from the token's account (following again changes nothing)."""
        self._require_token()
        await self._call("POST", self._url(f"/api/v1/accounts/{await self._account_id(handle)}/follow"), form={})

    # -- publishing
    def _require_token(self) -> None:
        if not self._token:
            raise self.error(AuthError, "no access token configured: publishing needs one (write:statuses)")

    async def publish(self, req: PublishRequest) -> PublishResult:
        self._require_token()
        self._check_schedule(req, MIN_SCHEDULE_AHEAD)
        form: dict[str, Any] = {"status": post_text(req), "visibility": "public"}
        if req.reply_to:
            form["in_reply_to_id"] = req.reply_to
        if req.scheduled_at:
            form["scheduled_at"] = req.scheduled_at.strftime("%Y-%m-%dT%H:%M:%S.000Z")
        body, _, _ = await self._call(
            "POST", self._url("/api/v1/statuses"), form=form, extra_headers={"Idempotency-Key": req.idempotency_key}
        )
        return self.publish_result(body, scheduled_requested=req.scheduled_at is not None)

    def publish_result(self, body: Any, *, scheduled_requested: bool = False) -> PublishResult:
        """A ScheduledStatus (`scheduled_at` + `params`) or a Status → PublishResult."""
        if not isinstance(body, dict) or body.get("id") is None:
            raise self.error(BadResponse, "publish: response has no `id`")
        if "params" in body and "scheduled_at" in body:
            return PublishResult(platform_post_id=f"{SCHEDULED_PREFIX}{body['id']}", url=None, scheduled=True)
        if scheduled_requested:
            self.log.warning("%s: asked to schedule but the server published at once", self.name)
        return PublishResult(platform_post_id=str(body["id"]), url=body.get("url") or body.get("uri"), scheduled=False)

    async def post_counts(self, platform_post_ids: Sequence[str]) -> dict[str, PostCounts]:
        """Each status's favourites, boosts and replies (`GET /api/v1/statuses/:id`, one call each:
        older servers have no batch lookup); a deleted one (404) is left out."""
        out: dict[str, PostCounts] = {}
        for sid in platform_post_ids:
            try:
                status, _, _ = await self._call("GET", self._url(f"/api/v1/statuses/{sid}"))
            except InvalidRequest as exc:
                if exc.status in (404, 410):
                    continue
                raise
            if isinstance(status, dict):
                out[sid] = PostCounts(likes=_int_or_none(status.get("favourites_count")),
                                      reposts=_int_or_none(status.get("reblogs_count")),
                                      replies=_int_or_none(status.get("replies_count")),
                                      quotes=_int_or_none(status.get("quotes_count")))
        return out

    async def delete(self, platform_post_id: str) -> None:
        """`scheduled:<id>` cancels a scheduled status; a plain id deletes a published status."""
        self._require_token()
        if platform_post_id.startswith(SCHEDULED_PREFIX):
            path = f"/api/v1/scheduled_statuses/{platform_post_id.removeprefix(SCHEDULED_PREFIX)}"
        else:
            path = f"/api/v1/statuses/{platform_post_id}"
        try:
            await self._call("DELETE", self._url(path))
        except InvalidRequest as exc:
            if exc.status == 404:  # already gone: deleting is idempotent for the caller
                return
            raise

    async def recent_posts(self, limit: int = 20) -> list[dict[str, Any]]:
        self._require_token()
        me, _, _ = await self._call("GET", self._url("/api/v1/accounts/verify_credentials"))
        if not isinstance(me, dict) or not me.get("id"):
            raise self.error(BadResponse, "verify_credentials: no account id")
        body, _, _ = await self._call(
            "GET", self._url(f"/api/v1/accounts/{me['id']}/statuses"), params={"limit": min(limit, 40)}
        )
        out: list[dict[str, Any]] = []
        for s in body if isinstance(body, list) else []:
            if isinstance(s, dict) and s.get("id"):
                out.append({
                    "id": str(s["id"]), "text": html_to_text(s.get("content") or ""),
                    "created_at": parse_iso(s.get("created_at")), "url": s.get("url"), "scheduled": False,
                })
        sched, _, _ = await self._call("GET", self._url("/api/v1/scheduled_statuses"), params={"limit": 40})
        for s in sched if isinstance(sched, list) else []:
            if isinstance(s, dict) and s.get("id"):
                params = s.get("params") if isinstance(s.get("params"), dict) else {}
                out.append({
                    "id": f"{SCHEDULED_PREFIX}{s['id']}", "text": params.get("text") or "",
                    "created_at": parse_iso(s.get("scheduled_at")), "url": None, "scheduled": True,
                })
        return out
