"""RSS/Atom feeds (local blogs, news sites, forums) via httpx + feedparser.

- Conditional GET with the stored ETag / Last-Modified: 304 means nothing new (no parse at all).
- Redirects followed, body capped; feedparser gets the BYTES (it sniffs BOMs, XML declarations and
  the HTTP charset itself; `resp.text` would guess wrong on gb2312-really-GBK, Shift_JIS, UTF-16)
  and the FINAL URL as `Content-Location`, so relative links resolve against where the feed lives.
  A feed that declares no encoding at all (EUC-JP, KOI8-R, windows-1255...) is detected by
  feedparser with `chardet` (a dependency for that reason: without it the text is mojibake).
- `bozo` (ill-formed XML, wrong encoding, truncated document) is a warning; whatever entries
  feedparser recovered are kept.
- Identity: guid/id → link → sha256(feed + title + date + summary). A guid that is not an absolute
  URL (Livemint's bare numbers) is prefixed with the feed URL, since ids collide across feeds.
- Links are resolved against the final feed URL; anything that is not http(s) (`javascript:`,
  `data:`) is refused: url = None and `link_refused` in raw.
- Dates. DECISION: a `YYYY/M/D[ H:M[:S]]` slash date (which feedparser 6.0.14 turns 2020/1/10 into
  2020-11-01) is parsed here, field by field, as UTC because it carries no zone (`date_flag:
  "slash_date_assumed_utc"` in raw). Any other date feedparser parses is used as it parsed it
  (RFC 822 with `EST`, date-only `dc:date` = midnight UTC). No date, or one nobody can parse →
  `created_at` = the time we fetched it, with `date_flag: "missing"` / `"unparseable"` in raw.
- Not a feed: a 200 answer that feedparser cannot read as RSS/Atom at all (a "Just a moment…"
  browser check, a login wall, a parked domain) is a `BadResponse` in words, never an empty
  success: the same as the JSON connectors' "got an HTML page instead of JSON".
- Keyword filter: whole-word, case-insensitive, over title + summary + content text (so "Brent"
  does not match "Brentford"; a keyword only in the body of a post with a teaser summary still
  matches); no keywords = every item. The stored text is the fuller of content and summary.
- Language: `xml:lang` on the text used (content, title, summary), else the feed's `<language>`,
  else the server's `Content-Language` header.
- Already-seen items are remembered in the cursor (short hashes, last 500 per feed) so a feed
  without ETag support does not re-deliver everything on every poll.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser

from brent_tui.domain.models import MentionIn, Platform
from connectors.base import Connector, FetchResult, dump_cursor, load_cursor, raw_json
from connectors.errors import BadResponse, ConnectorError, RateLimited, TransientError
from connectors.html_text import html_to_text
from connectors.http import html_title, parse_rate_limit

FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
MAX_FEED_BYTES = 10 * 1024 * 1024
SEEN_PER_FEED = 500
_SLASH_DATE = re.compile(r"^\s*(\d{4})/(\d{1,2})/(\d{1,2})(?:[ T]+(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?)?\s*$")


def parse_slash_date(value: str | None) -> datetime | None:
    """`2020/1/10 14:33:00` → 2020-01-10 14:33:00 UTC (no zone given; UTC assumed)."""
    if not value:
        return None
    m = _SLASH_DATE.match(value)
    if not m:
        return None
    year, month, day, hour, minute, second = (int(g) if g else 0 for g in m.groups())
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except ValueError:
        return None


def entry_date(entry: Any, fetched_at: datetime) -> tuple[datetime, str | None]:
    """(created_at, flag). The flag goes into raw; None means the feed's own date was used."""
    for field in ("published", "updated", "created"):
        raw_value = entry.get(field)
        if not raw_value:
            continue
        if _SLASH_DATE.match(str(raw_value)):
            parsed = parse_slash_date(str(raw_value))
            return (parsed, "slash_date_assumed_utc") if parsed else (fetched_at, "unparseable")
        struct = entry.get(f"{field}_parsed")
        if struct:
            try:
                return datetime.fromtimestamp(calendar.timegm(struct), UTC), None
            except (OverflowError, ValueError, TypeError, OSError):
                return fetched_at, "unparseable"
        return fetched_at, "unparseable"
    return fetched_at, "missing"


def safe_link(link: str | None, base: str) -> str | None:
    """Absolute http(s) URL or None (relative → resolved; javascript:/data:/… → refused)."""
    if not link or not isinstance(link, str):
        return None
    link = link.strip()
    try:
        absolute = urljoin(base, link) if base else link
    except ValueError:
        return None
    parts = urlsplit(absolute)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return absolute


def entry_identity(entry: Any, feed_url: str) -> str:
    guid = (entry.get("id") or "").strip() if isinstance(entry.get("id"), str) else ""
    if guid:
        return guid if re.match(r"^https?://", guid) else f"{feed_url}#{guid}"
    link = safe_link(entry.get("link"), feed_url)
    if link:
        return link
    digest = hashlib.sha256(
        "\x1f".join(
            str(entry.get(k) or "") for k in ("title", "published", "updated", "summary")
        ).encode("utf-8", "replace")
        + feed_url.encode()
    ).hexdigest()
    return f"{feed_url}#sha256:{digest[:32]}"


def keyword_matcher(keywords: list[str]) -> re.Pattern[str] | None:
    words = [k.strip() for k in keywords if k.strip()]
    if not words:
        return None
    return re.compile("|".join(rf"(?<!\w){re.escape(w)}(?!\w)" for w in words), re.IGNORECASE)


def entry_content(entry: Any) -> str:
    """The entry's full content (`content:encoded`, Atom `<content>`) as plain text; "" if none."""
    parts = []
    for item in entry.get("content") or []:
        if isinstance(item, dict) and isinstance(item.get("value"), str) and item["value"].strip():
            parts.append(html_to_text(item["value"], collapse_whitespace=True))
    return max(parts, key=len, default="")


def entry_language(entry: Any, *, from_content: bool) -> str | None:
    """`xml:lang` of what the text was taken from: the content when it is the body, else the
    title or summary, then any content. (feedparser is not given Content-Language: it would put the
    header above the feed's own <language>.)"""
    details: list[Any] = []
    contents = [c for c in entry.get("content") or [] if isinstance(c, dict)]
    if from_content:
        details.extend(contents)
    details.extend([entry.get("title_detail"), entry.get("summary_detail"), *contents])
    for d in details:
        if isinstance(d, dict) and isinstance(d.get("language"), str) and d["language"].strip():
            return str(d["language"]).strip()
    return None


def header_language(value: str | None) -> str | None:
    """The first language of an HTTP Content-Language header ("en-GB, cy" → "en-GB")."""
    first = (value or "").split(",")[0].strip()
    return first if re.fullmatch(r"[A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8})*", first) else None


def not_a_feed(body: bytes, content_type: str | None) -> str:
    """What came back instead of a feed, in words (the page's own title when it has one)."""
    head = body.lstrip()[:200].lower()
    if "html" in (content_type or "").lower() or head.startswith((b"<!doctype html", b"<html")):
        title = html_title(body)
        return "got a web page instead of a feed" + (
            f" ({title!r}): the site may be asking for a browser check" if title else ""
        )
    if head.startswith((b"{", b"[")):
        return "got JSON instead of a feed"
    return "the answer is not an RSS or Atom feed"


def parse_feed(
    body: bytes,
    *,
    feed_url: str,
    final_url: str,
    content_type: str | None,
    fetched_at: datetime,
    source: str | None = None,
    keywords: re.Pattern[str] | None = None,
    content_language: str | None = None,
) -> tuple[list[MentionIn], list[str]]:
    """Bytes of a feed → (mentions, warnings). A bad feed is a warning; only a body that is no feed at all
    (a web page, a JSON error) raises `BadResponse`."""
    warnings: list[str] = []
    headers = {"content-location": final_url}
    if content_type:
        headers["content-type"] = content_type
    try:
        parsed = feedparser.parse(body, response_headers=headers, sanitize_html=True, resolve_relative_uris=True)
    except Exception as exc:  # feedparser is meant never to raise; don't let one feed kill a poll
        return [], [f"{feed_url}: could not parse feed ({type(exc).__name__})"]
    if parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        warnings.append(f"{feed_url}: feed is not well-formed ({type(exc).__name__}: {str(exc)[:160]}); entries kept")
    if not parsed.get("version") and not parsed.get("entries"):
        raise BadResponse(not_a_feed(body, content_type))
    feed = parsed.get("feed", {})
    feed_title = html_to_text(feed.get("title") or "", collapse_whitespace=True) or None
    host = urlsplit(final_url).netloc or urlsplit(feed_url).netloc
    # the feed's own word first (<language>, dc:language), then the server's Content-Language header
    feed_lang = (feed.get("language") or "").strip() or header_language(content_language)
    out: list[MentionIn] = []
    for entry in parsed.get("entries", []):
        title = html_to_text(entry.get("title") or "", collapse_whitespace=True)
        summary = html_to_text(entry.get("summary") or "", collapse_whitespace=True)
        content = entry_content(entry)
        from_content = len(content) > len(summary)
        body = content if from_content else summary  # the post, not its teaser
        if title and body and not body.startswith(title.rstrip("…. ")):
            text = f"{title}\n\n{body}"
        else:
            text = body or title
        if keywords is not None and not keywords.search(f"{title}\n{summary}\n{content}"):
            continue
        created, date_flag = entry_date(entry, fetched_at)
        raw_link = entry.get("link")
        url = safe_link(raw_link, final_url)
        extra: dict[str, Any] = {"feed": feed_url, "final_url": final_url}
        if date_flag:
            extra["date_flag"] = date_flag
        if raw_link and url is None:
            extra["link_refused"] = str(raw_link)[:200]
        if parsed.get("bozo"):
            extra["bozo"] = True
        author = (entry.get("author") or "").strip() or None
        lang = entry_language(entry, from_content=from_content)
        try:
            out.append(
                MentionIn(
                    platform=Platform.RSS,
                    platform_id=entry_identity(entry, feed_url),
                    uri=url,
                    url=url,
                    author_handle=author or host or feed_url,
                    author_name=author or feed_title,
                    author_url=safe_link(feed.get("link"), final_url),
                    text=text,
                    created_at=created,
                    language=(lang or feed_lang or None),
                    source=source,
                    raw=raw_json({"entry": dict(entry), "_brent": extra}),
                )
            )
        except ValueError as exc:
            warnings.append(f"{feed_url}: skipped an entry ({exc})")
    return out, warnings


def _short(value: str) -> str:
    return hashlib.sha1(value.encode("utf-8", "replace")).hexdigest()[:16]


class RssConnector(Connector):
    platform = Platform.RSS
    supports_scheduling = False

    async def fetch(self, cursor: str | None, *, read_budget_remaining: int | None = None) -> FetchResult:
        result = FetchResult()
        state = load_cursor(cursor, result.warnings)
        feeds_state: dict[str, Any] = state.get("feeds") if isinstance(state.get("feeds"), dict) else {}
        new_state: dict[str, Any] = {}
        matcher = keyword_matcher(self.settings.keywords)
        errors: list[ConnectorError] = []
        seen_ids: set[str] = set()
        for feed_url in self.settings.feeds:
            st = feeds_state.get(feed_url) if isinstance(feeds_state.get(feed_url), dict) else {}
            new_state[feed_url] = st
            try:
                mentions, warnings, st2 = await self._fetch_feed(feed_url, st, matcher)
            except ConnectorError as exc:
                errors.append(exc)
                result.warnings.append(str(exc))
                continue
            new_state[feed_url] = st2
            result.warnings.extend(warnings)
            for m in mentions:
                if m.platform_id not in seen_ids:
                    seen_ids.add(m.platform_id)
                    result.mentions.append(m)
        if errors and len(errors) == len(self.settings.feeds):
            raise errors[0]
        result.cursor = dump_cursor({"v": 1, "feeds": new_state})
        return result

    async def _fetch_feed(
        self, feed_url: str, st: dict[str, Any], matcher: re.Pattern[str] | None
    ) -> tuple[list[MentionIn], list[str], dict[str, Any]]:
        headers = {"Accept": FEED_ACCEPT}
        if st.get("etag"):
            headers["If-None-Match"] = str(st["etag"])
        if st.get("last_modified"):
            headers["If-Modified-Since"] = str(st["last_modified"])
        reply = await self.http.request(
            "GET", feed_url, headers=headers, follow_redirects=True, max_bytes=MAX_FEED_BYTES
        )
        if reply.status == 304:
            return [], [], st
        if reply.status >= 400:
            rate = parse_rate_limit(reply.headers, "none")
            if reply.status == 429:
                raise self.error(
                    RateLimited, f"feed {feed_url}: HTTP 429", retry_after=self.http.backoff_seconds(reply, rate), status=429
                )
            if reply.status >= 500:
                raise self.error(TransientError, f"feed {feed_url}: HTTP {reply.status}", status=reply.status)
            raise self.error(BadResponse, f"feed {feed_url}: HTTP {reply.status} ({reply.text_snippet(120)})", status=reply.status)
        if not reply.body.strip():
            raise self.error(BadResponse, f"feed {feed_url}: empty body")
        fetched_at = self.clock()
        try:
            mentions, warnings = parse_feed(
                reply.body,
                feed_url=feed_url,
                final_url=str(reply.url),
                content_type=reply.headers.get("content-type"),
                fetched_at=fetched_at,
                source=self.name,
                keywords=matcher,
                content_language=reply.headers.get("content-language"),
            )
        except BadResponse as exc:
            raise self.error(BadResponse, f"feed {feed_url}: {exc}", status=reply.status) from None
        seen = [s for s in st.get("seen", []) if isinstance(s, str)]
        seen_set = set(seen)
        fresh = [m for m in mentions if _short(m.platform_id) not in seen_set]
        new_seen = [_short(m.platform_id) for m in fresh] + seen
        st2: dict[str, Any] = {"seen": list(dict.fromkeys(new_seen))[:SEEN_PER_FEED]}
        if reply.headers.get("etag"):
            st2["etag"] = reply.headers["etag"]
        if reply.headers.get("last-modified"):
            st2["last_modified"] = reply.headers["last-modified"]
        return fresh, warnings, st2
