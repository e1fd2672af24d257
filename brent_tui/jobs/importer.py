"""Import mentions from a file: the app's own JSON Lines, or a Hootsuite CSV export.

Parsing is pure (`parse_jsonl`, `parse_hootsuite`: text in, mentions and line problems out);
`import_file` stores the good rows in batches through `store.ingest`, so duplicates — already in
the database, or repeated in the file — are skipped by the store's upsert on (platform, platform
id) and `uri`, and counted; an edited post (a known id with new text) updates the stored mention and
keeps the old text (`Store.mention_edits`).

**JSON Lines**: one `MentionIn` object per line (the same shape the connectors produce; e.g.
`{"platform": "mastodon", "platform_id": "1", "author_handle": "a@x", "text": "…",
"created_at": "2025-05-01T09:00:00Z"}`). Blank lines are ignored. Lines end at "\n" only (`jsonl_lines`):
U+2028, U+0085 and the like inside a JSON string are text, not line breaks.

**Hootsuite CSV**: Hootsuite's exports (streams, Inbox, Insights) differ by product and year and
their column names are not published as a fixed schema, so columns are matched by header name,
case-insensitively, from these lists (first match wins; extra columns are ignored):

| field | accepted headers |
| --- | --- |
| created_at (required) | Date, Date (GMT), Date (UTC), Created, Created At, Published, Time, Timestamp |
| text (required) | Message, Mention, Content, Text, Post, Body |
| author (required) | Author Handle, Username, Screen Name, Handle, Author, Author Name, From |
| platform (required) | Network, Social Network, Platform, Source |
| platform_id | Message ID, Post ID, ID, Mention ID |
| url | Permalink, URL, Link, Post URL, Post Link |
| author_name | Author Name, Name, Display Name |
| author_followers | Followers, Author Followers, Follower Count |
| language | Language, Lang |
| likes / reposts / replies | Likes, Reactions / Retweets, Reposts, Shares / Replies, Comments |

Networks are mapped by name (Twitter and X → x; Facebook, Instagram, LinkedIn, YouTube, Mastodon,
Bluesky, RSS as named). Dates: ISO 8601, `YYYY-MM-DD HH:MM[:SS]`, `DD/MM/YYYY HH:MM` (UK order,
as Hootsuite writes for UK accounts) or `MM/DD/YYYY HH:MM` when the first part is over 12; a date
without a zone is taken as UTC (Hootsuite writes GMT). Without an id column the id is a stable
hash of network, author, date and text, so importing the same export twice adds nothing.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from brent_tui.domain.errors import UserError
from brent_tui.domain.models import MentionIn, Platform

if TYPE_CHECKING:
    from brent_tui.store import Store

BATCH = 5000
SOURCE = "import"


class ImportFormatError(UserError):
    """The file cannot be read, or is not in the format asked for."""


@dataclass
class LineProblem:
    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass
class Parsed:
    mentions: list[tuple[int, MentionIn]] = field(default_factory=list)
    problems: list[LineProblem] = field(default_factory=list)


@dataclass
class ImportReport:
    path: Path
    fmt: str
    read: int = 0  # data lines seen
    imported: int = 0
    duplicates: int = 0
    set_aside: int = 0  # read, but refused by the ingest check and kept aside (`brent-tui doctor`)
    edited: int = 0  # already stored with other text: updated, the old text kept
    problems: list[LineProblem] = field(default_factory=list)

    def summary(self) -> str:
        aside = f", {self.set_aside} set aside" if self.set_aside else ""
        edited = f", {self.edited} edited post(s) updated" if self.edited else ""
        return (f"{self.path}: {self.imported} imported{edited}, {self.duplicates} duplicate(s) skipped{aside}, "
                f"{len(self.problems) - self.set_aside} bad line(s) ({self.fmt}, {self.read} line(s) read)")


def _explain(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors()[:3]:
        loc = ".".join(str(p) for p in err["loc"]) or "line"
        parts.append(f"{loc}: {err['msg']}")
    more = len(exc.errors()) - 3
    return "; ".join(parts) + (f" (+{more} more)" if more > 0 else "")


# --------------------------------------------------------------------------- JSON Lines


_Row = tuple[int, MentionIn | LineProblem]  # a line number and what it held


def jsonl_lines(text: str) -> list[str]:
    """The lines of a JSON Lines text: split on "\n" only, as the format says (a "\r" before it is dropped).

    Not `str.splitlines()`: that also splits on U+2028, U+2029, U+0085, form feeds and more, which
    are valid unescaped inside a JSON string, so a good line was cut in two and every later line
    number was off.
    """
    return [line.removesuffix("\r") for line in text.split("\n")]


def parse_jsonl(
    lines: str | Iterable[str], *, source: str = SOURCE, ignore_extra: bool = False
) -> Iterator[tuple[int, MentionIn | LineProblem]]:
    """Each non-blank line (of a whole text, split by `jsonl_lines`) as a `MentionIn` or a problem naming the line.

    An unknown key is a problem (a misspelt field would otherwise vanish) unless `ignore_extra`:
    `triage suggest` reads labelled files whose lines also carry a `label`.
    """
    if isinstance(lines, str):
        lines = jsonl_lines(lines)
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if not text:
            continue
        try:
            data = json.loads(text)
        except ValueError as exc:
            yield number, LineProblem(number, f"not JSON ({getattr(exc, 'msg', exc)})")
            continue
        except RecursionError:
            yield number, LineProblem(number, "nested too deeply to read (not a mention)")
            continue
        if not isinstance(data, dict):
            yield number, LineProblem(number, f"expected a JSON object, got {type(data).__name__}")
            continue
        data.setdefault("source", source)
        if ignore_extra:
            data = {k: v for k, v in data.items() if k in MentionIn.model_fields}
        try:
            yield number, MentionIn.model_validate(data)
        except ValidationError as exc:
            yield number, LineProblem(number, _explain(exc))


# --------------------------------------------------------------------------- Hootsuite CSV

COLUMNS: dict[str, tuple[str, ...]] = {
    "created_at": ("date", "date (gmt)", "date (utc)", "created", "created at", "published", "time", "timestamp"),
    "text": ("message", "mention", "content", "text", "post", "body"),
    "author_handle": ("author handle", "username", "screen name", "handle", "author", "author name", "from"),
    "platform": ("network", "social network", "platform", "source"),
    "platform_id": ("message id", "post id", "id", "mention id"),
    "url": ("permalink", "url", "link", "post url", "post link"),
    "author_name": ("author name", "name", "display name"),
    "author_followers": ("followers", "author followers", "follower count"),
    "language": ("language", "lang"),
    "likes": ("likes", "reactions"),
    "reposts": ("retweets", "reposts", "shares"),
    "replies": ("replies", "comments"),
}
REQUIRED = ("created_at", "text", "author_handle", "platform")

NETWORKS = {
    "twitter": Platform.X, "x": Platform.X, "x (twitter)": Platform.X, "facebook": Platform.FACEBOOK,
    "facebook page": Platform.FACEBOOK, "instagram": Platform.INSTAGRAM, "linkedin": Platform.LINKEDIN,
    "youtube": Platform.YOUTUBE, "mastodon": Platform.MASTODON, "bluesky": Platform.BLUESKY, "rss": Platform.RSS,
    "web": Platform.RSS, "blogs": Platform.RSS, "news": Platform.RSS, "flickr": Platform.FLICKR,
}

_DATE_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d")


def parse_date(value: str) -> datetime:
    """Hootsuite's dates (see the module docstring); naive means UTC/GMT. ValueError if unknown."""
    text = value.strip()
    text = re.sub(r"\s*(GMT|UTC)$", "", text)
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        parsed = None
        for fmt in _DATE_FORMATS:
            try:
                parsed = datetime.strptime(text, fmt)
                break
            except ValueError:
                continue
        if parsed is None:
            m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?", text)
            if not m:
                raise ValueError(f"unrecognised date {value!r}") from None
            a, b, year = int(m[1]), int(m[2]), int(m[3])
            day, month = (b, a) if a <= 12 < b else (a, b)
            hour, minute, second = int(m[4] or 0), int(m[5] or 0), int(m[6] or 0)
            if m[7]:
                hour = hour % 12 + (12 if m[7].lower() == "pm" else 0)
            parsed = datetime(year, month, day, hour, minute, second)
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _int(value: str | None) -> int | None:
    if value is None or not value.strip():
        return None
    cleaned = value.strip().replace(",", "")
    try:
        return int(cleaned) if cleaned.lstrip("-").isdigit() else int(float(cleaned))
    except (ValueError, OverflowError):  # OverflowError: "inf"
        raise ValueError(f"not a number: {value!r}") from None


def header_map(header: list[str]) -> dict[str, int]:
    """Field → column index, from the accepted header names."""
    names = [h.strip().lstrip("\ufeff").lower() for h in header]
    found: dict[str, int] = {}
    used: set[int] = set()
    for fld, aliases in COLUMNS.items():
        for alias in aliases:
            if alias in names and names.index(alias) not in used:
                found[fld] = names.index(alias)
                used.add(found[fld])
                break
    return found


def parse_hootsuite(text: str, *, source: str = SOURCE) -> Iterator[tuple[int, MentionIn | LineProblem]]:
    """Rows of a Hootsuite CSV export as mentions or problems; line numbers are the file's."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFormatError("the file is empty") from None
    except csv.Error as exc:
        raise ImportFormatError(f"not a CSV file ({exc})") from None
    cols = header_map(header)
    missing = [f for f in REQUIRED if f not in cols]
    if missing:
        wanted = "; ".join(f"{f} (one of: {', '.join(COLUMNS[f])})" for f in missing)
        raise ImportFormatError(f"not a Hootsuite export: no column for {wanted}")
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield reader.line_num, LineProblem(reader.line_num, f"unreadable CSV ({exc})")
            continue
        number = reader.line_num
        if not any(cell.strip() for cell in row):
            continue

        def cell(fld: str, row: list[str] = row) -> str | None:
            index = cols.get(fld)
            if index is None or index >= len(row):
                return None
            return row[index].strip() or None

        try:
            network = (cell("platform") or "").lower()
            platform = NETWORKS.get(network)
            if platform is None:
                raise ValueError(f"unknown network {cell('platform')!r}")
            created = parse_date(cell("created_at") or "")
            author = cell("author_handle")
            body = row[cols["text"]] if cols["text"] < len(row) else ""
            if not author:
                raise ValueError("no author")
            if not body.strip():
                raise ValueError("no message text")
            url = cell("url")
            pid = cell("platform_id") or url or hashlib.sha256(
                f"{platform.value}\x1f{author}\x1f{created.isoformat()}\x1f{body}".encode()
            ).hexdigest()[:32]
            raw = json.dumps(dict(zip((h.strip() for h in header), row, strict=False)), ensure_ascii=False)
            mention = MentionIn(
                platform=platform, platform_id=pid, url=url, author_handle=author.lstrip("@"),
                author_name=cell("author_name") if cols.get("author_name") != cols.get("author_handle") else None,
                author_followers=_int(cell("author_followers")), text=body, created_at=created,
                language=cell("language"), likes=_int(cell("likes")), reposts=_int(cell("reposts")),
                replies=_int(cell("replies")), source=source, raw=raw,
            )
        except ValidationError as exc:
            yield number, LineProblem(number, _explain(exc))
            continue
        except (ValueError, OverflowError) as exc:
            yield number, LineProblem(number, str(exc))
            continue
        yield number, mention


# --------------------------------------------------------------------------- the file


def detect_format(path: Path, head: str) -> str:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix == ".csv":
        return "hootsuite"
    return "jsonl" if head.lstrip("\ufeff \t\r\n").startswith("{") else "hootsuite"


def read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFormatError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFormatError(f"{path}: a binary file, not JSON Lines or CSV")
    for encoding in ("utf-8-sig", "utf-16") if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportFormatError(f"{path}: not text in UTF-8 or Windows-1252")


async def import_file(store: Store, path: Path, fmt: str | None = None) -> ImportReport:
    """Parse `path` and store its good rows in batches (ImportFormatError: unreadable, wrong format)."""
    text = read_text(path)
    fmt = fmt or detect_format(path, text[:200])
    if fmt == "jsonl":
        rows = parse_jsonl(text)
    elif fmt == "hootsuite":
        try:
            rows = parse_hootsuite(text)
            first = next(rows, None)
        except ImportFormatError as exc:
            raise ImportFormatError(f"{path}: {exc}") from None
        rows = _chain(first, rows)
    else:
        raise ImportFormatError(f"unknown format {fmt!r}: use jsonl or hootsuite")
    report = ImportReport(path=path, fmt=fmt)
    batch: list[MentionIn] = []
    numbers: list[int] = []

    async def flush() -> None:
        if batch:
            got = await store.ingest(batch)
            report.imported += got.inserted
            report.duplicates += got.received - got.inserted - len(got.set_aside) - got.edited
            report.edited += got.edited
            report.set_aside += len(got.set_aside)
            for index, aside in got.set_aside:
                report.problems.append(LineProblem(numbers[index], f"set aside: {aside.reason}"))
            batch.clear()
            numbers.clear()

    for number, item in rows:
        report.read += 1
        if isinstance(item, LineProblem):
            report.problems.append(item)
            continue
        batch.append(item)
        numbers.append(number)
        if len(batch) >= BATCH:
            await flush()
    await flush()
    report.problems.sort(key=lambda p: p.line)  # the set-aside ones are known only at each batch's end
    return report


def _chain(first: _Row | None, rest: Iterator[_Row]) -> Iterator[_Row]:
    if first is not None:
        yield first
    yield from rest
