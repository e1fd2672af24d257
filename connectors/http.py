"""One httpx client factory and the request/decode/rate-limit plumbing every connector shares.

Why one place: timeouts on every request, a hard body-size cap, and turning every odd response
(bad JSON, an HTML error page from a proxy, a wrong content type, a 429) into a `ConnectorError`
with a clear, secret-free message instead of a crash deep in a mapper.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx

from brent_tui import clock as wall_clock
from connectors.errors import (
    AuthError,
    BadResponse,
    ConnectorError,
    InvalidRequest,
    NotSent,
    PermissionDenied,
    RateLimited,
    TransientError,
)

USER_AGENT = "brent-tui/0.1 (+https://www.brent.gov.uk; council social media monitor)"
MAX_BODY_BYTES = 8 * 1024 * 1024
#: The longest wait a network may ask for (Retry-After, or a rate-limit reset header) that is honoured
#: as asked: seven days. Networks do ask for days (a daily login allowance spent, a plan's window);
#: a longer ask, or a reset time from a clock gone wrong, is taken as seven days. The poller holds a
#: connector for exactly this long at most (`brent_tui.jobs.poller.MAX_RETRY_AFTER`).
MAX_BACKOFF_SECONDS = 7 * 24 * 3600.0


def make_client(
    *, timeout: float = 20.0, user_agent: str = USER_AGENT, transport: httpx.AsyncBaseTransport | None = None
) -> httpx.AsyncClient:
    """The shared client: UA, default timeouts, no redirects unless a request asks for them."""
    return httpx.AsyncClient(
        headers={"User-Agent": user_agent, "Accept": "application/json"},
        timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
        follow_redirects=False,
        transport=transport,
        limits=httpx.Limits(max_connections=20, max_keepalive_connections=10),
    )


# --------------------------------------------------------------------------- rate limits


@dataclass
class RateInfo:
    limit: int | None = None
    remaining: int | None = None
    reset_at: datetime | None = None

    def seconds_until_reset(self, now: datetime) -> float | None:
        if self.reset_at is None:
            return None
        return max(0.0, (self.reset_at - now).total_seconds())


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(float(value.strip()))
    except ValueError:
        return None


def _epoch(value: str | None) -> datetime | None:
    number = _int(value)
    if number is None or number <= 0:
        return None
    try:
        return datetime.fromtimestamp(number, UTC)
    except (OverflowError, OSError, ValueError):
        return None


def parse_iso(value: Any) -> datetime | None:
    """ISO 8601 → aware UTC; naive means UTC; garbage → None (never raises)."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    # Python < 3.11 style gaps: "+0000" offsets (Facebook) and >6 fractional digits
    text = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", text)
    text = re.sub(r"(\.\d{6})\d+", r"\1", text)
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


def parse_rate_limit(headers: Mapping[str, str], family: str, now: datetime | None = None) -> RateInfo:
    """Each network's own header family.

    mastodon: X-RateLimit-* with Reset as an ISO 8601 timestamp
    bluesky:  RateLimit-* (IETF draft) with Reset as epoch seconds
    x:        x-rate-limit-* with reset as epoch seconds
    facebook: X-App-Usage / X-Business-Use-Case-Usage JSON percentages
    """
    h = {k.lower(): v for k, v in headers.items()}
    if family == "mastodon":
        return RateInfo(
            _int(h.get("x-ratelimit-limit")),
            _int(h.get("x-ratelimit-remaining")),
            parse_iso(h.get("x-ratelimit-reset")),
        )
    if family == "bluesky":
        return RateInfo(
            _int(h.get("ratelimit-limit")), _int(h.get("ratelimit-remaining")), _epoch(h.get("ratelimit-reset"))
        )
    if family == "x":
        return RateInfo(
            _int(h.get("x-rate-limit-limit")),
            _int(h.get("x-rate-limit-remaining")),
            _epoch(h.get("x-rate-limit-reset")),
        )
    if family == "facebook":
        return parse_facebook_usage(h, now or wall_clock.now())
    return RateInfo()


def parse_facebook_usage(headers: Mapping[str, str], now: datetime) -> RateInfo:
    """Highest usage % across X-App-Usage and every BUC entry → remaining %, regain time → reset."""
    h = {k.lower(): v for k, v in headers.items()}
    percents: list[float] = []
    regain_minutes: list[float] = []

    def scan(obj: Any) -> None:
        if isinstance(obj, dict):
            for key, val in obj.items():
                if key in ("call_count", "total_cputime", "total_time") and isinstance(val, int | float):
                    percents.append(float(val))
                elif key == "estimated_time_to_regain_access" and isinstance(val, int | float):
                    regain_minutes.append(float(val))
                else:
                    scan(val)
        elif isinstance(obj, list):
            for item in obj:
                scan(item)

    for name in ("x-app-usage", "x-business-use-case-usage", "x-page-usage", "x-ad-account-usage"):
        if name in h:
            try:
                scan(json.loads(h[name]))
            except ValueError:
                continue
    if not percents and not regain_minutes:
        return RateInfo()
    remaining = max(0, 100 - int(max(percents))) if percents else None
    reset = None
    if regain_minutes and max(regain_minutes) > 0:
        reset = datetime.fromtimestamp(now.timestamp() + max(regain_minutes) * 60, UTC)
    return RateInfo(100, remaining, reset)


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Retry-After as delta-seconds or an HTTP date → seconds from now (None if absent/garbage)."""
    if not value:
        return None
    value = value.strip()
    if re.fullmatch(r"\d+(\.\d+)?", value):
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


# --------------------------------------------------------------------------- replies


@dataclass
class Reply:
    status: int
    headers: httpx.Headers
    body: bytes
    url: httpx.URL
    connector: str
    redact: Callable[[str], str]

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    def json(self) -> Any:
        """Decode JSON or raise BadResponse naming what was wrong (HTML page, truncated, empty...)."""
        where = f"{self.connector}: HTTP {self.status} from {self.redact(_safe_url(self.url))}"
        if not self.body.strip():
            raise BadResponse(f"{where}: empty body where JSON was expected", status=self.status)
        ctype = self.content_type
        head = self.body.lstrip()[:200].lower()
        if "html" in ctype or head.startswith((b"<!doctype", b"<html")):
            title = html_title(self.body)
            raise BadResponse(
                self.redact(f"{where}: got an HTML page instead of JSON" + (f" ({title!r})" if title else "")),
                status=self.status,
            )
        if ctype and "json" not in ctype and ctype not in ("text/plain", "application/octet-stream"):
            raise BadResponse(
                self.redact(f"{where}: unexpected content type {ctype!r} (expected JSON)"), status=self.status
            )
        try:
            text = self.body.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise BadResponse(f"{where}: body is not valid UTF-8 ({exc.reason})", status=self.status) from None
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            truncated = exc.msg.startswith("Unterminated") or exc.pos >= len(text.rstrip()) - 1
            what = "truncated JSON (the body ends mid-document)" if truncated else f"invalid JSON: {exc.msg}"
            raise BadResponse(
                f"{where}: {what} at line {exc.lineno} column {exc.colno}", status=self.status
            ) from None

    def text_snippet(self, limit: int = 300) -> str:
        """A short printable excerpt of the body for error messages (secrets scrubbed)."""
        text = self.body[:4000].decode("utf-8", "replace")
        if "html" in self.content_type or text.lstrip()[:15].lower().startswith(("<!doctype", "<html")):
            text = html_title(self.body) or re.sub(r"<[^>]*>", " ", text)  # a proxy's page: its title
        text = re.sub(r"[\x00-\x1f\x7f-\x9f]+", " ", text).strip()
        if len(text) > limit:
            text = text[:limit] + "…"
        return self.redact(text)


def _safe_url(url: httpx.URL) -> str:
    """The URL without its query string (queries may carry tokens or long cursors)."""
    return str(url.copy_with(query=None, fragment=None))


def html_title(body: bytes) -> str | None:
    match = re.search(rb"<title[^>]*>(.*?)</title>", body[:20000], re.I | re.S)
    if not match:
        return None
    title = re.sub(r"\s+", " ", match.group(1).decode("utf-8", "replace")).strip()
    return title[:120] or None


# --------------------------------------------------------------------------- requests


class Http:
    """Per-connector request helper: timeouts, body cap, transport errors → TransientError."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        *,
        connector: str,
        timeout: float,
        redact: Callable[[str], str],
        max_bytes: int = MAX_BODY_BYTES,
        clock: Callable[[], datetime] = wall_clock.now,
    ) -> None:
        self.client = client
        self.connector = connector
        self.timeout = timeout
        self.redact = redact
        self.max_bytes = max_bytes
        self.clock = clock

    async def request(
        self,
        method: str,
        url: str | httpx.URL,
        *,
        params: Any = None,
        headers: Mapping[str, str] | None = None,
        json_body: Any = None,
        data: Mapping[str, Any] | None = None,
        follow_redirects: bool = False,
        max_bytes: int | None = None,
    ) -> Reply:
        limit = max_bytes or self.max_bytes
        timeout = httpx.Timeout(self.timeout, connect=min(self.timeout, 10.0))
        try:
            async with asyncio.timeout(self.timeout * 1.5 + 1):  # total cap: no slow-drip bodies
                async with self.client.stream(
                    method,
                    url,
                    params=params,
                    headers=headers,
                    json=json_body,
                    data=data,
                    timeout=timeout,
                    follow_redirects=follow_redirects,
                ) as resp:
                    declared = _int(resp.headers.get("content-length"))
                    if declared is not None and declared > limit:
                        raise BadResponse(
                            f"{self.connector}: response too large ({declared} bytes, limit {limit})",
                            status=resp.status_code,
                        )
                    chunks: list[bytes] = []
                    size = 0
                    async for chunk in resp.aiter_bytes():
                        size += len(chunk)
                        if size > limit:
                            raise BadResponse(
                                f"{self.connector}: response too large (over {limit} bytes); refused",
                                status=resp.status_code,
                            )
                        chunks.append(chunk)
                    return Reply(
                        resp.status_code, resp.headers, b"".join(chunks), resp.url, self.connector, self.redact
                    )
        except ConnectorError:
            raise
        except (httpx.ConnectTimeout, httpx.PoolTimeout, httpx.ConnectError) as exc:
            raise NotSent(  # nothing reached the network: a publisher may send it again
                self.redact(f"{self.connector}: could not connect ({type(exc).__name__}: {exc})"),
                connector=self.connector,
            ) from None
        except (TimeoutError, httpx.TimeoutException):
            raise TransientError(
                f"{self.connector}: request timed out after {self.timeout:g} s", connector=self.connector
            ) from None
        except httpx.TooManyRedirects:
            raise BadResponse(f"{self.connector}: too many redirects", connector=self.connector) from None
        except httpx.DecodingError as exc:
            raise BadResponse(
                f"{self.connector}: could not decode the response body ({type(exc).__name__})",
                connector=self.connector,
            ) from None
        except (httpx.TransportError, httpx.StreamError) as exc:
            raise TransientError(
                self.redact(f"{self.connector}: network error ({type(exc).__name__}: {exc})"),
                connector=self.connector,
            ) from None

    def backoff_seconds(self, reply: Reply, rate: RateInfo) -> float | None:
        """Retry-After first, else the rate-limit reset header; honoured up to `MAX_BACKOFF_SECONDS`."""
        now = self.clock()
        seconds = parse_retry_after(reply.headers.get("retry-after"), now)
        if seconds is None:
            seconds = rate.seconds_until_reset(now)
        return None if seconds is None else min(seconds, MAX_BACKOFF_SECONDS)

    def raise_for_status(self, reply: Reply, rate: RateInfo, detail: str | None = None) -> None:
        """Generic status → error mapping; connectors handle their special cases before calling."""
        if reply.status < 400:
            return
        detail = self.redact(detail) if detail else reply.text_snippet()
        where = f"{self.connector}: HTTP {reply.status}"
        msg = f"{where}: {detail}" if detail else where
        kw: dict[str, Any] = {"status": reply.status, "connector": self.connector}
        if reply.status == 429:
            raise RateLimited(f"{msg} (rate limited)", retry_after=self.backoff_seconds(reply, rate), **kw)
        if reply.status == 401:
            raise AuthError(f"{where}: credentials refused — token expired or revoked, or wrong ({detail})", **kw)
        if reply.status == 403:
            raise PermissionDenied(f"{where}: permission denied ({detail})", **kw)
        if reply.status >= 500:
            raise TransientError(f"{msg} (server error)", retry_after=self.backoff_seconds(reply, rate), **kw)
        raise InvalidRequest(msg, **kw)


def error_detail(body: Any) -> str | None:
    """Best-effort human message out of the usual JSON error shapes."""
    if not isinstance(body, dict):
        return None
    err = body.get("error")
    if isinstance(err, dict):  # Facebook
        return str(err.get("message") or err)
    # OAuth servers: RFC 6749 `error_description`; Instagram/Facebook login `error_message`
    said = [body.get(k) for k in ("message", "title", "detail", "error_description", "error_message")]
    parts = [str(p) for p in (err, *said) if p and isinstance(p, str | int | float)]
    if not parts and isinstance(body.get("errors"), list) and body["errors"]:
        first = body["errors"][0]
        if isinstance(first, dict):
            parts = [str(first.get("message") or first.get("detail") or first)]
    return ": ".join(dict.fromkeys(parts)) or None


def same_origin(url: str, base: str) -> bool:
    """Follow server-given page URLs only to the host we were configured for (token safety)."""
    try:
        a, b = httpx.URL(url), httpx.URL(base)
    except (httpx.InvalidURL, TypeError):
        return False
    return (a.scheme, a.host, a.port) == (b.scheme, b.host, b.port)
