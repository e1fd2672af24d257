"""Post length, counted the way each network counts it.

Pure: no IO. The composer shows `LengthCheck.describe()` live and the tone check turns an
over-long post into a blocking "too_long" finding, so the count must match what the network
will accept — a post that is 281 weighted characters on X is refused at publish time, which
is the silent, late failure scheduler users complain about most.

How each network counts (see docs/connectors.md):

* X — twitter-text v3: text NFC-normalised; each code point weighs 200 except those in
  0–4351, 8192–8205, 8208–8223, 8242–8247 which weigh 100; an emoji (one grapheme,
  including ZWJ sequences, flags, keycaps and skin tones) weighs 200 once; every URL weighs
  23 × 100. Used = total // 100, limit 280.
* Bluesky — at most 300 graphemes AND at most 3000 UTF-8 bytes; URLs count in full
  (links are facets over the text we send, nothing is shortened).
* Mastodon — per instance (default 500). URLs with a scheme count 23; a remote mention
  `@user@domain` counts as `@user`; the rest counts grapheme clusters (what the server's
  StatusLengthValidator does), shown to officers as "characters".
* Facebook 63,206; LinkedIn 3,000; Instagram caption 2,200; YouTube description 5,000;
  Flickr description and RSS item: house caps (5,000 and 10,000) so nothing absurd is
  planned. These count Unicode code points.
"""

from __future__ import annotations

import unicodedata

import regex
from pydantic import BaseModel

from brent_tui.domain.models import Platform

X_LIMIT = 280
X_SCALE = 100
X_DEFAULT_WEIGHT = 200
X_URL_LENGTH = 23
#: twitter-text v3 ranges weighing 100 (inclusive).
X_LIGHT_RANGES: tuple[tuple[int, int], ...] = (
    (0, 4351),
    (8192, 8205),
    (8208, 8223),
    (8242, 8247),
)

BLUESKY_GRAPHEMES = 300
BLUESKY_BYTES = 3000
MASTODON_DEFAULT = 500
MASTODON_URL_LENGTH = 23

LIMITS: dict[Platform, int] = {
    Platform.X: X_LIMIT,
    Platform.BLUESKY: BLUESKY_GRAPHEMES,
    Platform.MASTODON: MASTODON_DEFAULT,
    Platform.FACEBOOK: 63_206,
    Platform.LINKEDIN: 3_000,
    Platform.INSTAGRAM: 2_200,
    Platform.YOUTUBE: 5_000,
    Platform.FLICKR: 5_000,
    Platform.RSS: 10_000,
}

UNITS: dict[Platform, str] = {
    Platform.X: "weighted characters",
    Platform.BLUESKY: "graphemes",
}

# --------------------------------------------------------------------------- patterns

_TRAILING_PUNCT = ".,;:!?'\"’”»)]}>"
_TLDS = "com|org|net|uk|london|gov|edu|info|io|co|eu|app|dev|me|tv|social|online|news|nhs|scot|wales|cymru"
#: URLs with a scheme (Mastodon links only these; X links these and bare domains).
_URL_WITH_SCHEME = regex.compile(r"(?i)\bhttps?://[^\s<>\"]+")
#: Bare domains as X links them ("brent.gov.uk/bins"); not after @ (emails, handles) or a dot.
_URL_BARE = regex.compile(
    rf"(?i)(?<![@\w.\-/])(?:www\.)?(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+(?:{_TLDS})\b(?::\d+)?(?:/[^\s<>\"]*)?"
)
#: Mastodon mention: @user or @user@domain, not inside a URL or an email address.
_MASTODON_MENTION = regex.compile(
    r"(?i)(?<![/\w])@([a-z0-9_]+(?:[a-z0-9_.\-]+[a-z0-9_]+)?)(?:@[a-z0-9.\-]+[a-z0-9]+)?"
)
_GRAPHEME = regex.compile(r"\X")
_EMOJI_CP = regex.compile(r"\p{Emoji_Presentation}|\p{Regional_Indicator}|\uFE0F|\u20E3")


def _trim_url(url: str) -> str:
    """Drop trailing punctuation a sentence adds after a link ("see brent.gov.uk.")."""
    while url and url[-1] in _TRAILING_PUNCT:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break  # balanced paren is part of the URL (Wikipedia style)
        url = url[:-1]
    return url


def find_urls(text: str, *, bare: bool = True) -> list[tuple[int, int]]:
    """Spans of URLs in `text`; `bare=False` finds only those with http(s)://."""
    spans: list[tuple[int, int]] = []
    for m in _URL_WITH_SCHEME.finditer(text):
        url = _trim_url(m.group())
        spans.append((m.start(), m.start() + len(url)))
    if bare:
        for m in _URL_BARE.finditer(text):
            url = _trim_url(m.group())
            start, end = m.start(), m.start() + len(url)
            if any(s <= start < e for s, e in spans):
                continue
            spans.append((start, end))
    return sorted(spans)


def _is_emoji(grapheme: str) -> bool:
    """An emoji grapheme: emoji presentation, VS16, keycap or a flag."""
    return bool(_EMOJI_CP.search(grapheme))


def _x_weight_plain(text: str) -> int:
    """twitter-text weight of text with no URLs (in hundredths)."""
    total = 0
    for g in _GRAPHEME.findall(text):
        if _is_emoji(g):
            total += X_DEFAULT_WEIGHT
            continue
        for ch in g:
            cp = ord(ch)
            light = any(lo <= cp <= hi for lo, hi in X_LIGHT_RANGES)
            total += X_SCALE if light else X_DEFAULT_WEIGHT
    return total


def x_weighted_length(text: str) -> int:
    """X's weighted length (the number its 280 limit is compared with)."""
    text = unicodedata.normalize("NFC", text)
    total = 0
    pos = 0
    for start, end in find_urls(text, bare=True):
        total += _x_weight_plain(text[pos:start]) + X_URL_LENGTH * X_SCALE
        pos = end
    total += _x_weight_plain(text[pos:])
    return total // X_SCALE


def graphemes(text: str) -> int:
    """User-perceived characters (👨‍👩‍👧‍👦 is one)."""
    return len(_GRAPHEME.findall(text))


def mastodon_length(text: str) -> int:
    """Mastodon's count: URLs as 23, `@user@domain` as `@user`, then grapheme clusters."""
    out: list[str] = []
    pos = 0
    for start, end in find_urls(text, bare=False):
        out.append(text[pos:start])
        out.append("x" * MASTODON_URL_LENGTH)
        pos = end
    out.append(text[pos:])
    countable = _MASTODON_MENTION.sub(lambda m: "@" + m.group(1), "".join(out))
    return graphemes(countable)


# --------------------------------------------------------------------------- API


class LengthCheck(BaseModel):
    """The result the composer shows next to each network."""

    platform: Platform
    used: int
    limit: int
    unit: str
    ok: bool
    over_by: int = 0
    bytes_used: int | None = None  # Bluesky only
    bytes_limit: int | None = None  # Bluesky only

    @property
    def remaining(self) -> int:
        return self.limit - self.used

    @property
    def bytes_over_by(self) -> int:
        if self.bytes_used is None or self.bytes_limit is None:
            return 0
        return max(0, self.bytes_used - self.bytes_limit)

    def describe(self) -> str:
        """E.g. "212/280 weighted characters" (Bluesky adds the byte count)."""
        text = f"{self.used:,}/{self.limit:,} {self.unit}"
        if self.bytes_used is not None and self.bytes_limit is not None:
            text += f", {self.bytes_used:,}/{self.bytes_limit:,} bytes"
        return text


def limit_for(platform: Platform, *, mastodon_limit: int = MASTODON_DEFAULT) -> int:
    """The length limit for a network, in that network's unit."""
    if platform == Platform.MASTODON:
        return mastodon_limit
    return LIMITS[platform]


def unit_for(platform: Platform) -> str:
    return UNITS.get(platform, "characters")


def count(text: str, platform: Platform, *, mastodon_limit: int = MASTODON_DEFAULT) -> LengthCheck:
    """Count `text` as `platform` counts it and compare with its limit."""
    limit = limit_for(platform, mastodon_limit=mastodon_limit)
    bytes_used: int | None = None
    bytes_limit: int | None = None
    if platform == Platform.X:
        used = x_weighted_length(text)
    elif platform == Platform.BLUESKY:
        used = graphemes(text)
        bytes_used = len(text.encode("utf-8"))
        bytes_limit = BLUESKY_BYTES
    elif platform == Platform.MASTODON:
        used = mastodon_length(text)
    else:
        used = len(text)
    ok = used <= limit and (bytes_used is None or bytes_limit is None or bytes_used <= bytes_limit)
    return LengthCheck(
        platform=platform,
        used=used,
        limit=limit,
        unit=unit_for(platform),
        ok=ok,
        over_by=max(0, used - limit),
        bytes_used=bytes_used,
        bytes_limit=bytes_limit,
    )


def outgoing_text(body: str, hashtags: list[str] | tuple[str, ...] = (), link: str | None = None) -> str:
    """The text that actually goes out: body, then hashtags not already in it, then the link.

    The composer counts this (not the bare body), so the count matches what the network sees.
    """
    text = body.rstrip()
    lower = text.lower()
    tags = []
    for tag in hashtags:
        tag = tag.strip().lstrip("#")
        if tag and f"#{tag.lower()}" not in lower and f"#{tag}" not in tags:
            tags.append(f"#{tag}")
    if tags:
        text = f"{text}\n{' '.join(tags)}" if text else " ".join(tags)
    if link and link not in text:
        text = f"{text}\n{link}" if text else link
    return text
