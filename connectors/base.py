"""The connector interface: settings, results and the `Connector` base class (errors: `connectors.errors`).

How a caller drives a connector (the poller, the import command, the publisher)::

    conn = registry.build(settings, secrets)          # ConnectorSettings + {key: secret}
    cursor = stored_cursor                             # opaque JSON text, or None the first time
    while True:
        result = await conn.fetch(cursor, read_budget_remaining=budget)   # one bounded batch
        store(result.mentions); cursor = result.cursor                  # persist BOTH together
        if not result.more:
            break
    profiles = await conn.profiles()                   # council accounts: follower counts
    res = await conn.publish(PublishRequest(text=..., idempotency_key=..., scheduled_at=...))
    await conn.delete(res.platform_post_id)
    posts = await conn.recent_posts(20)                # reconcile a publish that may have happened
    await conn.aclose()

Contract
- `fetch(cursor)` makes at most one request per stream (query, hashtag, notifications, feed) and
  returns what it got plus the cursor to pass next time. `more=True` means another page is waiting
  right now: call again straight away (bounded catch-up instead of one unbounded crawl). The cursor
  is JSON text only the connector understands; a garbled cursor is not fatal (a warning, fresh start).
  If `fetch` raises, the old cursor is still right: nothing is lost, the next call repeats the work.
- Errors are `ConnectorError` subclasses and never contain secrets. `retry_after` (seconds) is set
  when the network said when to come back (Retry-After or a rate-limit reset header).
    RateLimited   -> back off for retry_after
    UsageCapped   -> X monthly cap: stop until the month rolls over; never retry
    AuthError     -> the token/password is wrong, expired or revoked: a human must act
    PermissionDenied -> the token lacks a scope/permission: a human must act
    InvalidRequest -> the network refused this request (validation, too long, too soon): don't retry
    BadResponse   -> invalid JSON, HTML error page, wrong content type, body too large, bad shape
    TransientError -> 5xx, timeout, connection reset: retry later with backoff
    NotSupported  -> the network can't do it (e.g. scheduling on Bluesky/X): keep a local outbox
- `supports_scheduling` says whether `publish` accepts `scheduled_at` (Mastodon, Facebook).
- Secrets are passed to constructors, held in `Secret` (repr `***`), and scrubbed from every error
  message and log line by the connector's `Redactor`.
- Connectors never import Textual and never touch SQL.
"""

from __future__ import annotations

import json
import logging
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any, ClassVar, Literal

import httpx
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from brent_tui import clock as wall_clock
from brent_tui.domain.models import MentionIn, Platform, SetAside, as_utc
from brent_tui.domain.post_metrics import PostCounts
from brent_tui.domain.text import handles_match
from connectors.errors import ConnectorError, InvalidRequest, NotSupported
from connectors.http import Http, make_client

ConnectorType = Literal["mastodon", "bluesky", "rss", "x", "facebook", "youtube", "instagram"]
#: networks brent-tui listens to but never posts to (`config check` and `doctor`: publish there by hand)
LISTEN_ONLY = frozenset({"youtube", "instagram"})

#: Base URL used when `ConnectorSettings.base_url` is not set. RSS has none (feeds are full URLs).
DEFAULT_BASE_URLS: dict[str, str | None] = {
    "mastodon": "https://mastodon.social",
    "bluesky": "https://bsky.social",
    "rss": None,
    "x": "https://api.x.com",
    "facebook": "https://graph.facebook.com/v21.0",
    "youtube": "https://www.googleapis.com/youtube/v3",
    "instagram": "https://graph.facebook.com/v21.0",
}


# --------------------------------------------------------------------------- settings


class ConnectorSettings(BaseModel):
    """One `[[connectors]]` entry of the app's TOML config.

    `extra="forbid"` so a typo (`intervall_seconds`) is a clear error instead of a silent default.
    Secrets are never in here: `secret_key` / `token_env` name where the app finds them.
    """

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    type: ConnectorType
    base_url: str | None = None
    enabled: bool = True
    interval_seconds: int = Field(default=120, ge=15)
    queries: list[str] = Field(default_factory=list)
    hashtags: list[str] = Field(default_factory=list)
    feeds: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    account_handles: list[str] = Field(default_factory=list)
    page_id: str | None = None
    channel_id: str | None = None  # YouTube: the council channel's id (UC…), whose comments are read
    ig_user_id: str | None = None  # Instagram: the business/creator account's numeric id
    identifier: str | None = None
    token_env: str | None = None
    secret_key: str | None = None
    monthly_read_cap: int | None = Field(default=None, ge=0)
    timeout_seconds: float = Field(default=20, gt=0, le=300)

    @field_validator("base_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        if not re.match(r"^https?://[^/\s]+", value):
            raise ValueError(f"base_url must start with http:// or https:// (got {value!r})")
        return value.rstrip("/")

    @field_validator("hashtags")
    @classmethod
    def _strip_hash(cls, value: list[str]) -> list[str]:
        return [tag.lstrip("#").strip() for tag in value if tag.strip("# ")]

    @field_validator("feeds")
    @classmethod
    def _feed_urls(cls, value: list[str]) -> list[str]:
        for url in value:
            if not re.match(r"^https?://[^/\s]+", url):
                raise ValueError(f"feed URL must start with http:// or https:// (got {url!r})")
        return value

    def publishes_as(self, platform: Platform | str, handle: str) -> bool:
        """Whether this connector posts as that council account: one it names in `account_handles`
        (or Bluesky's login). Never "any account of the platform": a post must not go out from the
        wrong account because another account's token was at hand."""
        if Platform(platform).value != self.type or self.type in LISTEN_ONLY:
            return False
        own = [*self.account_handles, *([self.identifier] if self.type == "bluesky" and self.identifier else [])]
        return any(handles_match(handle, h) for h in own)

    @model_validator(mode="after")
    def _per_type(self) -> ConnectorSettings:
        missing = {
            "facebook": ("page_id", self.page_id),
            "bluesky": ("identifier", self.identifier),
            "youtube": ("channel_id", self.channel_id),
            "instagram": ("ig_user_id", self.ig_user_id),
        }.get(self.type)
        if missing and not missing[1]:
            hint = {
                "youtube": " (the channel's id, UC followed by 22 characters: YouTube Studio → Settings → "
                           "Channel → Advanced settings)",
                "instagram": " (the business or creator account's numeric id: GET /me/accounts?fields="
                             "instagram_business_account with the Page's token)",
            }.get(self.type, "")
            raise ValueError(f"connector {self.name!r} ({self.type}) needs `{missing[0]}`{hint}")
        if self.type == "rss" and not self.feeds:
            raise ValueError(f"connector {self.name!r} (rss) needs at least one URL in `feeds`")
        if self.type == "youtube":
            if not re.fullmatch(r"UC[A-Za-z0-9_-]{22}", self.channel_id or ""):
                raise ValueError(f"connector {self.name!r} (youtube): `channel_id` must be the channel's id, UC "
                                 f"followed by 22 characters, not its @handle or URL (got {self.channel_id!r})")
            if self.queries or self.hashtags:
                raise ValueError(f"connector {self.name!r} (youtube): `queries` and `hashtags` are not read: it "
                                 "listens to comments on the channel (a YouTube search costs 100 of the "
                                 "10,000 daily quota units a call)")
        if self.type == "instagram":
            if not re.fullmatch(r"[0-9]+", self.ig_user_id or ""):
                raise ValueError(f"connector {self.name!r} (instagram): `ig_user_id` must be the account's "
                                 f"numeric id (got {self.ig_user_id!r})")
            if len({t.lower() for t in self.hashtags}) > 30:  # ig_hashtag_search: 30 unique a week
                raise ValueError(f"connector {self.name!r} (instagram): at most 30 hashtags: Instagram allows "
                                 "an account 30 unique hashtags in any 7 days")
            if self.queries:
                raise ValueError(f"connector {self.name!r} (instagram): `queries` are not read (Instagram has "
                                 "no text search); use `hashtags`")
        return self

    @property
    def effective_base_url(self) -> str | None:
        return self.base_url or DEFAULT_BASE_URLS[self.type]


def posting_as(connectors: Iterable[ConnectorSettings], platform: Platform | str, handle: str) -> ConnectorSettings | None:
    """The enabled connector that posts as that council account (`publishes_as`), or None: the one
    answer to "which connector acts as this account" for posts, replies and follows."""
    return next((c for c in connectors if c.enabled and c.publishes_as(platform, handle)), None)


# --------------------------------------------------------------------------- results


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FetchResult(_Model):
    """One batch. Persist `mentions` and `cursor` together; call again while `more`."""

    mentions: list[MentionIn] = Field(default_factory=list)
    cursor: str | None = None
    more: bool = False
    rate_limit_remaining: int | None = None
    rate_limit_reset: datetime | None = None
    reads_used: int = 0  # paid reads (X: posts returned), for the monthly budget
    warnings: list[str] = Field(default_factory=list)
    #: items that could not be read as mentions (a wrong type, no id): stored aside with the reason
    set_aside: list[SetAside] = Field(default_factory=list)

    def skip(self, item: Any, reason: object, *, where: str = "", source: str | None = None,
             platform: str | None = None) -> None:
        """One unreadable item: a warning, and the item kept aside whole; the rest of the page goes on."""
        prefix = f"{where}: " if where else ""
        self.warnings.append(f"{prefix}skipped an item ({reason})")
        self.set_aside.append(unreadable(item, f"{prefix}{reason}", source=source, platform=platform))

    def finish(self, state: dict[str, Any], rate: Any) -> FetchResult:
        """Close a batch: the new cursor state and the last rate-limit reading seen."""
        self.cursor = dump_cursor(state)
        self.rate_limit_remaining = rate.remaining
        self.rate_limit_reset = rate.reset_at
        return self


class Profile(_Model):
    handle: str
    display_name: str | None = None
    followers: int | None = None
    following: int | None = None
    posts_count: int | None = None
    url: str | None = None


class PublishRequest(_Model):
    text: str
    link: str | None = None  # appended to the text when it is not already in it
    scheduled_at: datetime | None = None  # aware; converted to UTC
    idempotency_key: str = Field(min_length=1)
    reply_to: str | None = None  # platform post id (Bluesky: at:// uri)
    due_at: datetime | None = None  # when the post was due: with the key, Bluesky's record key

    @field_validator("scheduled_at", "due_at")
    @classmethod
    def _utc(cls, value: datetime | None) -> datetime | None:
        return None if value is None else as_utc(value)


class PublishResult(_Model):
    platform_post_id: str
    url: str | None = None
    scheduled: bool = False  # True: the network holds it for later (id is a scheduled-post id)


# --------------------------------------------------------------------------- secrets


class Secret:
    """A token or password that cannot leak through repr/str/logging by accident."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __bool__(self) -> bool:
        return bool(self._value)

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__


_TOKENISH = re.compile(
    r"(?i)(access_token=|refresh_token=|bearer\s+|authorization:\s*\S+\s+|\"(?:accessJwt|refreshJwt|access_token|password)\"\s*:\s*\")([^&\s\"',;]+)"
)


class Redactor:
    """Scrubs known secret values (and anything that looks like a bearer token) from text."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self._secrets: set[str] = set()
        for value in secrets:
            self.add(value)

    def add(self, value: str | None) -> None:
        if value and len(value) >= 4:
            self._secrets.add(value)

    def __call__(self, text: str) -> str:
        for value in sorted(self._secrets, key=len, reverse=True):
            if value in text:
                text = text.replace(value, "***")
        return _TOKENISH.sub(lambda m: m.group(1) + "***", text)

    def __repr__(self) -> str:
        return f"Redactor({len(self._secrets)} secrets)"


# --------------------------------------------------------------------------- cursors


def load_cursor(cursor: str | None, warnings: list[str]) -> dict[str, Any]:
    """Parse our own cursor JSON; a garbled one is a warning and a fresh start, never a crash."""
    if not cursor:
        return {}
    try:
        value = json.loads(cursor)
    except ValueError:
        warnings.append("stored cursor was not valid JSON; starting from the newest items")
        return {}
    if not isinstance(value, dict):
        warnings.append("stored cursor had an unexpected shape; starting from the newest items")
        return {}
    return value


def dump_cursor(state: dict[str, Any]) -> str:
    return json.dumps(state, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def unreadable(item: Any, reason: object, *, source: str | None, platform: str | None) -> SetAside:
    """An item that could not be read as a mention, to keep aside whole with the reason."""
    pid = item.get("id") if isinstance(item, dict) else None
    return SetAside(source=source, platform=platform, platform_id=None if pid is None else str(pid)[:200],
                    reason=str(reason)[:500], payload=_payload(item))


def _payload(item: Any) -> str:
    """An item as JSON that SQLite can always store (lone surrogates escaped), whatever its shape."""
    try:
        return json.dumps(item, default=str)
    except (ValueError, RecursionError):
        return json.dumps(repr(item)[:100_000])


def raw_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def newer_id(a: str | None, b: str | None) -> str | None:
    """The larger of two numeric-string ids (Mastodon/X snowflakes) without int overflow worries."""
    if not a:
        return b
    if not b:
        return a
    return max(a, b, key=lambda s: (len(s), s))


# --------------------------------------------------------------------------- connector


class Connector(ABC):
    """Base class: holds settings, the shared http helper, the redactor and the clock."""

    platform: ClassVar[Platform]
    supports_scheduling: ClassVar[bool] = False
    #: A second `publish` with the same idempotency key cannot make a second post (Mastodon's
    #: Idempotency-Key, Bluesky's record key). Where it can (X, Facebook), the publisher never
    #: re-sends a post whose first try may have arrived: it confirms, or says it could not.
    repeat_safe: ClassVar[bool] = False

    def __init__(
        self,
        settings: ConnectorSettings,
        *,
        client: httpx.AsyncClient | None = None,
        clock: Callable[[], datetime] = wall_clock.now,
        secrets: Iterable[str] = (),
    ) -> None:
        self.settings = settings
        self.name = settings.name
        self.base_url = (settings.effective_base_url or "").rstrip("/")
        self.clock = clock
        self.redact = Redactor(secrets)
        self._owns_client = client is None
        self.client = client or make_client(timeout=settings.timeout_seconds)
        self.http = Http(
            self.client, connector=self.name, timeout=settings.timeout_seconds, redact=self.redact, clock=clock
        )
        self.log = logging.getLogger(f"connectors.{self.platform.value}")

    def __repr__(self) -> str:
        return f"<{type(self).__name__} name={self.name!r} base_url={self.base_url!r}>"

    def error(self, cls: type[ConnectorError], message: str, **kw: Any) -> ConnectorError:
        """Build an error whose message names the connector and carries no secret."""
        return cls(self.redact(f"{self.name}: {message}"), connector=self.name, **kw)

    @abstractmethod
    async def fetch(self, cursor: str | None, *, read_budget_remaining: int | None = None) -> FetchResult:
        """One bounded batch of mentions newer than `cursor`."""

    async def profiles(self) -> list[Profile]:
        """The council's own accounts on this network (follower counts)."""
        return []

    async def publish(self, req: PublishRequest) -> PublishResult:
        raise self.error(NotSupported, f"publishing is not supported on {self.platform.value}")

    async def delete(self, platform_post_id: str) -> None:
        raise self.error(NotSupported, f"deleting is not supported on {self.platform.value}")

    async def recent_posts(self, limit: int = 20) -> list[dict[str, Any]]:
        """The account's latest posts as {id, text, created_at, url}: reconcile an unsure publish."""
        return []

    async def find_sent(self, req: PublishRequest) -> dict[str, Any] | None:
        """The post this request made, looked up by its key ({id, text, created_at, url}), or None if
        it was not made; NotSupported where the network has no such lookup (then the timeline is read)."""
        raise self.error(NotSupported, f"{self.platform.value} cannot look a post up by its key")

    async def followers(self, account: str, limit: int = 400) -> list[Profile]:
        """Who follows the council account `account` (newest first, at most `limit`)."""
        raise self.error(NotSupported, f"{self.platform.value} gives no follower list")

    async def following(self, account: str, limit: int = 400) -> list[Profile]:
        """Whom the council account `account` follows (at most `limit`)."""
        raise self.error(NotSupported, f"{self.platform.value} gives no list of whom an account follows")

    async def follow(self, handle: str) -> None:
        """Follow `handle` from the account this connector posts as; following someone already followed is no error."""
        raise self.error(NotSupported, f"{self.platform.value} cannot follow through its API")

    #: how many posts one `post_counts` request can ask about
    counts_batch: ClassVar[int] = 1

    async def post_counts(self, platform_post_ids: Sequence[str]) -> dict[str, PostCounts]:
        """Likes, reposts, replies, quotes (and impressions where the network gives them) of the
        council's own posts, by id; a post the network no longer has is left out."""
        raise self.error(NotSupported, f"{self.platform.value} cannot read a post's engagement")

    async def aclose(self) -> None:
        if self._owns_client:
            await self.client.aclose()

    async def __aenter__(self) -> Connector:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def _check_schedule(self, req: PublishRequest, min_ahead_seconds: int) -> None:
        """Refuse a too-soon schedule: older servers silently post at once instead of failing."""
        if req.scheduled_at is None:
            return
        if not self.supports_scheduling:
            raise self.error(
                NotSupported,
                f"{self.platform.value} has no server-side scheduling: keep the post in the local outbox",
            )
        ahead = (req.scheduled_at - self.clock()).total_seconds()
        if ahead < min_ahead_seconds:
            raise self.error(
                InvalidRequest,
                f"scheduled_at must be at least {min_ahead_seconds // 60} minutes ahead "
                f"(it is {int(ahead)} s ahead)",
            )


def post_text(req: PublishRequest) -> str:
    """Body text with the link appended when the text does not already contain it."""
    text = req.text.rstrip()
    if req.link and req.link not in text:
        text = f"{text}\n{req.link}" if text else req.link
    return text
