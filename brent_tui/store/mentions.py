"""Mentions and authors: idempotent batch ingest, keyset paging, FTS5 search, threads."""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Literal

from brent_tui import clock
from brent_tui.domain.models import (
    Author,
    ConnectorHealth,
    Decision,
    Mention,
    MentionFilter,
    MentionIn,
    SetAside,
    Stream,
    screen_mentions,
)
from brent_tui.domain.roles import Action, Actor, require
from brent_tui.domain.text import clean
from brent_tui.domain.triage import SENTIMENT_BANDS, TriageSettings
from brent_tui.store.base import StoreBase, StoreError, band_sql, parse_ts, row_to, sql_value, ts

if TYPE_CHECKING:
    import aiosqlite

MENTION_COLUMNS = """m.id, m.platform, m.platform_id, m.uri, m.url, m.author_id, m.author_handle,
    m.author_name, a.followers AS author_followers, a.verified AS author_verified, m.text,
    m.created_at, m.fetched_at, m.reply_to_id, m.thread_id, m.language, m.likes, m.reposts,
    m.replies, m.quotes, m.account_handle, m.status, m.sentiment, m.suggested_route,
    m.department, m.priority, m.topic, m.foi_flag, m.foi_valid, m.reasons, m.detected_language, m.version"""

# The FTS highlight markers. Mention text containing them is shown without highlighting.
HL_START = "\x1e"
HL_END = "\x1f"

class SearchError(StoreError):
    """A full-text query the user typed could not be understood."""


@dataclass(frozen=True)
class IngestResult:
    received: int
    inserted: int
    updated: int  # already known: engagement counts refreshed, text kept
    #: (index in the batch, what was set aside and why): items `domain.models.mention_problem` refused
    set_aside: list[tuple[int, SetAside]] = field(default_factory=list)
    edited: int = 0  # already known with other text: the text updated, the old one kept in `mention_edits`


_EDIT_CHUNK = 400  # (platform, platform id) pairs per look-up: well under SQLite's bound-parameter limit


@dataclass(frozen=True)
class MentionEdit:
    """A text an edited mention had: what it said, and when the new text replaced it."""

    text: str
    replaced_at: datetime


@dataclass(frozen=True)
class PageKey:
    """Keyset position: the (created_at, id) of a row."""

    created_at: str
    id: int

    @classmethod
    def of(cls, mention: Mention) -> PageKey:
        return cls(ts(mention.created_at) or "", mention.id)


@dataclass(frozen=True)
class SearchHit:
    mention: Mention
    highlighted: str  # text with HL_START/HL_END around matched words


@dataclass(frozen=True)
class ScoreUpdate:
    mention_id: int
    sentiment: float
    suggested_route: int
    department: str | None
    priority: float
    topic: str | None
    foi_flag: bool
    reasons: str
    foi_valid: bool | None = None  # None: not an FOI request
    language: str | None = None  # detected; the network's own stays in `language`


_AUTHOR_UPSERT = """
INSERT INTO authors (platform, handle, display_name, followers, verified, url, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT(platform, handle) DO UPDATE SET
    display_name = coalesce(excluded.display_name, authors.display_name),
    followers = coalesce(excluded.followers, authors.followers),
    verified = CASE WHEN excluded.verified > authors.verified THEN excluded.verified ELSE authors.verified END,
    url = coalesce(excluded.url, authors.url),
    updated_at = excluded.updated_at
"""

_MENTION_COLUMNS = """mentions (platform, platform_id, uri, url, author_id, author_handle, author_name, text,
    created_at, fetched_at, reply_to_id, thread_id, language, likes, reposts, replies, quotes,
    account_handle, source, raw)"""
_MENTION_VALUES = """?, ?, ?, ?, (SELECT id FROM authors WHERE platform = ? AND handle = ?), ?, ?, ?,
    ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"""
_COUNTS_REFRESHED = """ON CONFLICT(platform, platform_id) DO UPDATE SET
    likes = coalesce(excluded.likes, mentions.likes),
    reposts = coalesce(excluded.reposts, mentions.reposts),
    replies = coalesce(excluded.replies, mentions.replies),
    quotes = coalesce(excluded.quotes, mentions.quotes)"""
# A known post refreshes its counts; one whose URI another row holds is left out (`mentions_uri`).
_MENTION_UPSERT = f"""
INSERT INTO {_MENTION_COLUMNS}
VALUES ({_MENTION_VALUES})
{_COUNTS_REFRESHED}
ON CONFLICT DO NOTHING
"""
# PostgreSQL takes one ON CONFLICT: the other row's URI is looked for first (writers take turns, so
# nothing can come between); the last three parameters are the row's URI, network and id again.
_MENTION_UPSERT_PG = f"""
INSERT INTO {_MENTION_COLUMNS}
SELECT {_MENTION_VALUES}
WHERE NOT EXISTS (SELECT 1 FROM mentions WHERE uri = ? AND NOT (platform = ? AND platform_id = ?))
{_COUNTS_REFRESHED}
"""


_FTS_BATCH = """
INSERT INTO mentions_fts(rowid, text, author_handle, author_name)
SELECT id, text, author_handle, author_name FROM mentions WHERE id > ?
"""

_ROLLUP_BATCH = """
INSERT INTO mention_rollup (hour, platform, scoring, topic, department, n)
SELECT substr(created_at, 1, 13), platform, CASE WHEN sentiment IS NULL THEN 'unscored' ELSE 'scored' END,
    coalesce(topic, ''), coalesce(department, ''), count(*)
FROM mentions WHERE id > ? GROUP BY 1, 2, 3, 4, 5
ON CONFLICT (hour, platform, scoring, topic, department) DO UPDATE SET n = mention_rollup.n + excluded.n
"""


def filter_sql(flt: MentionFilter | None, now: datetime | None = None,
               thresholds: TriageSettings | None = None, *, postgres: bool = False) -> tuple[list[str], list[Any]]:
    """WHERE clauses for a stream filter (aliases: m = mentions).

    A sentiment filter bands by the configured `thresholds` (the `[triage]` settings). The words
    are searched in FTS5, or on PostgreSQL in the `search` column (`pg_schema`).
    """
    where: list[str] = []
    params: list[Any] = []
    if flt is None:
        return where, params
    if flt.platforms:
        where.append(f"m.platform IN ({', '.join('?' for _ in flt.platforms)})")
        params.extend(p.value for p in flt.platforms)
    if flt.account_handle:
        where.append("m.account_handle = ?")
        params.append(flt.account_handle)
    if flt.statuses:
        where.append(f"m.status IN ({', '.join('?' for _ in flt.statuses)})")
        params.extend(s.value for s in flt.statuses)
    if flt.foi_requests:
        where.append("m.foi_flag = 1")  # literal: the partial index mentions_foi serves it
    if flt.department:
        where.append("m.department = ?")
        params.append(flt.department)
    if flt.sentiment:
        if flt.sentiment not in SENTIMENT_BANDS:
            raise StoreError(f"unknown sentiment {flt.sentiment!r}: use negative, neutral or positive")
        if thresholds is None:
            raise TypeError("a sentiment filter needs the configured thresholds (config.triage)")
        band, band_params = band_sql("m.sentiment", thresholds)
        where.append(f"{band} = ?")
        params.extend([*band_params, flt.sentiment])
    if flt.since_hours:
        where.append("m.created_at >= ?")
        params.append(ts((now or clock.now()) - timedelta(hours=flt.since_hours)))
    if flt.text and flt.text.strip():
        where.append(text_match(postgres))
        params.append(pg_query(flt.text) if postgres else fts_query(flt.text))
    return where, params


def text_match(postgres: bool) -> str:
    """'Mention m has these words': one parameter, the query in the backend's syntax (`fts_query`,
    `pg_query`)."""
    return f"m.search @@ {PG_TSQUERY}" if postgres else "m.id IN (SELECT rowid FROM mentions_fts WHERE mentions_fts MATCH ?)"


_FTS_TOKEN = re.compile(r'-?"[^"]*"?|[()]|[^\s()"]+')
_FTS_BARE = re.compile(r"\w+\*?")
_FTS_COLUMN = re.compile(r"(?:text|author_handle|author_name):\S+")
_FTS_OPERATORS = ("AND", "OR", "NOT")
_FTS_HELP = ('Use words, "a phrase", prefix*, -word to leave out, AND, OR, NOT, '
             "and put quotes around words with punctuation.")


def _fts_term(token: str) -> str:
    """One word as FTS5 reads it: bare words as they are, anything with punctuation quoted."""
    if token.startswith('"') or _FTS_BARE.fullmatch(token) or _FTS_COLUMN.fullmatch(token):
        return token
    star = token.endswith("*")
    core = token[:-1] if star else token
    return '"' + core.replace('"', '""') + '"' + ("*" if star else "")


def _refuse(text: str, why: str) -> SearchError:
    return SearchError(f"cannot search for {clean(text, single_line=True, limit=80)!r}: {why}. {_FTS_HELP}")


def fts_query(text: str) -> str:
    """What an officer types → FTS5 syntax, or a `SearchError` that says in words what is wrong.

    `fly-tipping`, `o'brien` or `HA9` search as typed; `-word` (or `-"a phrase"`) leaves
    mentions out; quotes, `prefix*`, AND/OR/NOT, NEAR and parentheses keep their meaning.
    The index stems (porter), so `flood` also finds flooding and flooded.
    """
    keep, leave_out = _search_terms(text)
    words = " ".join(keep).replace("NEAR (", "NEAR(")
    if not leave_out:
        return words
    return f"({words})" + "".join(f" NOT {term}" for term in leave_out)


#: PostgreSQL's form of a search: the officer's words as a tsquery (`pg_query`), accents removed as
#: in the index, stemmed by the English configuration.
PG_TSQUERY = "to_tsquery('english', brent_unaccent(?))"  # the operands' punctuation is gone (`_pg_word`)
_PG_WEIGHT = {"text": "A", "author_handle": "B", "author_name": "C"}


def pg_query(text: str) -> str:
    """The same words as `fts_query` takes, checked the same way, as PostgreSQL's tsquery syntax.

    Words and phrases (`<->`), `prefix*` (`:*`), a column (`author_name:…`, a weight), AND (`&`),
    OR (`|`), NOT and `-word` (`& !`), parentheses. NEAR(…) asks for all its words (`&`).
    """
    keep, leave_out = _search_terms(text)
    out: list[str] = []
    for token in keep:
        if token in _PG_OPERATORS:
            if _PG_OPERATORS[token]:  # NEAR adds nothing: its words side by side are all asked for
                out.append(_PG_OPERATORS[token])
            continue
        operand = token if token in ("(", ")") else _pg_term(token)
        if _no_words(operand):
            continue  # all punctuation: nothing to look for (FTS5 finds nothing for it either)
        if out and out[-1] not in ("&", "|", "& !", "(") and token != ")":
            out.append("&")  # words side by side: all of them, as in FTS5
        out.append(operand)
    query = _tidy(out)
    if not query:
        raise _refuse(text, "there are no words in it to look for")
    left_out = [_pg_term(term) for term in leave_out if not _no_words(_pg_term(term))]
    return f"({query})" + "".join(f" & !{term}" for term in left_out) if left_out else query


_PG_OPERATORS = {"AND": "&", "OR": "|", "NOT": "& !", "NEAR": ""}


def _no_words(operand: str) -> bool:
    """An operand with no words left in it once its punctuation is gone (`''`, `('')`, `'':*A`)."""
    return operand.lstrip("(").startswith("''")


def _tidy(tokens: list[str]) -> str:
    """The operators left hanging where an operand had no words (`bins & !!!`, `( !!! )`) taken out."""
    ops = ("&", "|", "& !")
    changed = True
    while changed:
        changed = False
        for i, token in enumerate(tokens):
            before = tokens[i - 1] if i else None
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            if (token in ops and (before in (None, "(", *ops) or after in (None, ")", *ops))) or (
                    token == "(" and after == ")"):
                del tokens[i:i + (2 if token == "(" and after == ")" else 1)]
                changed = True
                break
    return " ".join(tokens)


def _pg_term(term: str) -> str:
    weight = ""
    column, _, rest = term.partition(":")
    if rest and column in _PG_WEIGHT and not term.startswith('"'):
        term, weight = rest, _PG_WEIGHT[column]
    if term.startswith('"'):
        words = term.strip('"').replace('""', '"').split()
        return "(" + " <-> ".join(_pg_word(w, "", weight) for w in words) + ")" if words else "''"
    star = term.endswith("*")
    return _pg_word(term[:-1] if star else term, "*" if star else "", weight)


def _pg_word(word: str, star: str, weight: str) -> str:
    """One operand: its punctuation and symbols a space, as in the index (`brent_words`): "fly-tipping"
    a phrase. Every kind (’ « ∖ as well as ASCII): `brent_unaccent` would turn some into quotes."""
    label = f":{star}{weight}" if star or weight else ""
    words = " ".join("".join(" " if unicodedata.category(c)[0] in "PS" else c for c in word).split())
    return "'" + words + "'" + label


def _search_terms(text: str) -> tuple[list[str], list[str]]:
    """An officer's search checked, as terms to keep (FTS5's spelling) and terms to leave out."""
    keep: list[str] = []
    leave_out: list[str] = []
    depth = 0
    for token in _FTS_TOKEN.findall(text):
        if token.lstrip("-").startswith('"') and (len(token.lstrip("-")) < 2 or not token.endswith('"')):
            raise _refuse(text, 'a quote mark is not closed — put " at both ends of a phrase')
        if token.startswith("-") and len(token) > 1:
            leave_out.append(_fts_term(token[1:]))
            continue
        depth += {"(": 1, ")": -1}.get(token, 0)
        if depth < 0:
            raise _refuse(text, "a ) has no ( before it")
        keep.append(token if token in ("(", ")", *_FTS_OPERATORS, "NEAR") else _fts_term(token))
    if depth:
        raise _refuse(text, "a ( is not closed with )")
    words = " ".join(keep).replace("NEAR (", "NEAR(")
    if not words:
        raise _refuse(text, "-word leaves mentions out; say what to find as well, e.g. flood -test")
    if keep[0] in _FTS_OPERATORS or keep[-1] in _FTS_OPERATORS or re.search(
            r"(?:^|\s)(?:AND|OR|NOT)\s+(?:AND|OR|NOT|\))(?:\s|$)|\(\s+(?:AND|OR|NOT)\s", words):
        raise _refuse(text, "AND, OR and NOT need a word on each side")
    return keep, leave_out


def _fts_error(query: str, exc: sqlite3.Error) -> SearchError:
    """What SQLite could not parse, in words (its own message quotes internals, not the officer's query)."""
    return _refuse(query, "the words could not be understood as a search")


NUL_REFUSED = "contains a NUL character (U+0000), which a PostgreSQL database cannot store"


def _without_nul(count: int, good: list[MentionIn], aside: list[tuple[int, SetAside]]
                 ) -> tuple[list[MentionIn], list[tuple[int, SetAside]]]:
    """On PostgreSQL, a mention with a NUL in its text or names is set aside (its payload, JSON, keeps
    the character escaped, byte for byte), never cut short or refused with the rest of its batch.
    `count` is the batch's size: `good` are its items not in `aside`, in order."""
    refused = {i for i, _ in aside}
    positions = [i for i in range(count) if i not in refused]
    kept: list[MentionIn] = []
    for position, m in zip(positions, good, strict=True):
        if any("\x00" in v for v in (m.text, m.author_handle, m.author_name, m.url, m.uri, m.raw) if v):
            aside.append((position, SetAside(source=m.source, platform=m.platform.value, platform_id=m.platform_id,
                                             reason=NUL_REFUSED, payload=m.model_dump_json())))
        else:
            kept.append(m)
    return kept, sorted(aside, key=lambda item: item[0])


class MentionStore(StoreBase):
    # ------------------------------------------------------------------ ingest

    async def ingest(
        self,
        mentions: list[MentionIn],
        *,
        health: ConnectorHealth | None = None,
        fetched_at: datetime | None = None,
        rejected: list[SetAside] | tuple[SetAside, ...] = (),
    ) -> IngestResult:
        """Insert new mentions, refresh known ones, and save the connector's cursor — atomically.

        A restart after a crash resumes from the saved cursor: the mentions and the cursor
        that says they were fetched are committed together or not at all. A mention the ingest
        check refuses (`domain.models.mention_problem`: a count SQLite cannot hold, a date outside
        2000 to tomorrow) is written to `set_aside` with its reason instead, in the same
        transaction, as are the items a connector could not read (`rejected`).
        """
        at = fetched_at or clock.now()
        now = ts(at)
        good, aside = screen_mentions(mentions, at)  # one poison pill never sinks the batch
        if self.postgres:
            good, aside = _without_nul(len(mentions), good, aside)
        set_aside = [item for _, item in aside] + list(rejected)
        authors: dict[tuple[str, str], tuple[Any, ...]] = {}
        rows = []
        for m in good:
            platform = m.platform.value
            authors[(platform, m.author_handle)] = (
                platform,
                m.author_handle,
                m.author_name,
                m.author_followers,
                int(m.author_verified),
                m.author_url,
                now,
            )
            rows.append(
                (
                    platform, m.platform_id, m.uri, m.url, platform, m.author_handle, m.author_handle,
                    m.author_name, m.text, ts(m.created_at), now, m.reply_to_id, m.thread_id,
                    m.language, m.likes, m.reposts, m.replies, m.quotes, m.account_handle, m.source, m.raw,
                )
            )
        async with self.transaction() as db:
            before = await self._fetchval("SELECT coalesce(max(id), 0) FROM mentions")
            edited = await self._record_edits(db, good, now) if good else 0
            if authors:
                await db.executemany(_AUTHOR_UPSERT, list(authors.values()))
                if self.postgres:
                    await db.executemany(_MENTION_UPSERT_PG, [(*row, row[2], row[0], row[1]) for row in rows])
                else:
                    await db.executemany(_MENTION_UPSERT, rows)
                    # The batch's new rows, indexed in one statement each (see migration V7); PostgreSQL's
                    # index is a generated column (`pg_schema`).
                    await db.execute(_FTS_BATCH, (before,))
                await db.execute(_ROLLUP_BATCH, (before,))
            inserted = await self._fetchval("SELECT count(*) FROM mentions WHERE id > ?", (before,))
            if set_aside:
                await db.executemany(
                    "INSERT INTO set_aside (at, source, platform, platform_id, reason, payload) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    [(now, x.source, x.platform, x.platform_id, x.reason, x.payload) for x in set_aside])
            if health is not None:
                await self._save_health(db, health)
        return IngestResult(received=len(mentions), inserted=inserted, updated=len(good) - inserted,
                            set_aside=aside, edited=edited)

    async def _record_edits(self, db: aiosqlite.Connection, mentions: list[MentionIn], now: str) -> int:
        """Known mentions arriving with other text (an edited post): keep the old text, store the new.

        One indexed look-up per chunk of the batch finds them; only real edits are written, so a
        page fetched again costs no writes and leaves the full-text index alone. The update fires
        `mentions_fts_update`, so search finds the new words. Decisions refer to the mention's id
        and stay attached.
        """
        latest: dict[tuple[str, str], str] = {}
        for m in mentions:  # the last text in the batch wins, as it would for a new row
            latest[(m.platform.value, m.platform_id)] = m.text
        keys = list(latest)
        changed: list[tuple[int, str, str]] = []
        for start in range(0, len(keys), _EDIT_CHUNK):
            chunk = keys[start:start + _EDIT_CHUNK]
            values = ", ".join("(?, ?)" for _ in chunk)
            join = "JOIN" if self.postgres else "CROSS JOIN"  # SQLite's CROSS: the batch outside, the index inside
            rows = await self._fetchall(
                f"SELECT m.id, m.platform, m.platform_id, m.text FROM (VALUES {values}) AS v "
                f"{join} mentions m ON m.platform = v.column1 AND m.platform_id = v.column2",
                [v for key in chunk for v in key])
            for row in rows:
                new = latest[(row["platform"], row["platform_id"])]
                if new != row["text"]:
                    changed.append((row["id"], row["text"], new))
        if changed:
            await db.executemany("INSERT INTO mention_edits (mention_id, text, replaced_at) VALUES (?, ?, ?)",
                                 [(mid, old, now) for mid, old, _ in changed])
            await db.executemany("UPDATE mentions SET text = ? WHERE id = ?", [(new, mid) for mid, _, new in changed])
        return len(changed)

    async def mention_edits(self, mention_id: int) -> list[MentionEdit]:
        """The texts an edited mention had before its current one, oldest first."""
        rows = await self._fetchall(
            "SELECT text, replaced_at FROM mention_edits WHERE mention_id = ? ORDER BY id", (mention_id,))
        return [MentionEdit(text=r["text"], replaced_at=parse_ts(r["replaced_at"])) for r in rows]

    # ------------------------------------------------------------------ reading

    async def get_mention(self, mention_id: int) -> Mention | None:
        row = await self._fetchone(
            f"SELECT {MENTION_COLUMNS} FROM mentions m JOIN authors a ON a.id = m.author_id WHERE m.id = ?",
            (mention_id,),
        )
        return None if row is None else row_to(Mention, row)

    async def set_aside_items(self, *, source: str | None = None, limit: int = 100) -> list[tuple[str, SetAside]]:
        """Items kept out of the mentions (newest first): (when, the item and why)."""
        where, params = ("WHERE source = ?", [source]) if source is not None else ("", [])
        rows = await self._fetchall(
            f"SELECT at, source, platform, platform_id, reason, payload FROM set_aside {where} "
            "ORDER BY id DESC LIMIT ?", [*params, limit])
        return [(r["at"], row_to(SetAside, r)) for r in rows]

    async def count_set_aside(self, *, source: str | None = None) -> int:
        where, params = ("WHERE source = ?", [source]) if source is not None else ("", [])
        return int(await self._fetchval(f"SELECT count(*) FROM set_aside {where}", params))

    async def mention_raw(self, mention_id: int) -> str | None:
        return await self._fetchval("SELECT raw FROM mentions WHERE id = ?", (mention_id,))

    async def get_author(self, author_id: int) -> Author | None:
        row = await self._fetchone("SELECT * FROM authors WHERE id = ?", (author_id,))
        return None if row is None else row_to(Author, row)

    async def page(
        self,
        *,
        after: PageKey | None = None,
        direction: Literal["older", "newer"] = "older",
        limit: int = 100,
        flt: MentionFilter | None = None,
        now: datetime | None = None,
        thresholds: TriageSettings | None = None,
    ) -> list[Mention]:
        """A page of mentions, newest first, by keyset — fast at any depth.

        `direction="older"` returns rows strictly older than `after` (scrolling down);
        `"newer"` returns rows strictly newer (scrolling up), still newest first.
        Without `after`: the newest page ("older") or the oldest page ("newer").
        """
        where, params = filter_sql(flt, now, thresholds, postgres=self.postgres)
        if after is not None:
            op = "<" if direction == "older" else ">"
            where.append(f"(m.created_at, m.id) {op} (?, ?)")
            params.extend([after.created_at, after.id])
        order = "DESC" if direction == "older" else "ASC"
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        sql = (
            f"SELECT {MENTION_COLUMNS} FROM mentions m JOIN authors a ON a.id = m.author_id {clause} "
            f"ORDER BY m.created_at {order}, m.id {order} LIMIT ?"
        )
        try:
            rows = await self._fetchall(sql, [*params, limit])
        except sqlite3.DatabaseError as exc:
            if flt and flt.text and ("fts5" in str(exc) or "tsquery" in str(exc)):
                raise _fts_error(flt.text, exc) from exc
            raise
        result = [row_to(Mention, r) for r in rows]
        if direction == "newer":
            result.reverse()
        return result

    async def max_mention_id(self) -> int:
        return int(await self._fetchval("SELECT coalesce(max(id), 0) FROM mentions"))

    async def count_mentions(self, flt: MentionFilter | None = None, *, since_id: int | None = None,
                             cap: int | None = None, thresholds: TriageSettings | None = None) -> int:
        """How many mentions match; with `cap`, counting stops at cap + 1 ("more than cap").

        A capped count costs a few milliseconds on a million rows instead of half a second.
        """
        where, params = filter_sql(flt, thresholds=thresholds, postgres=self.postgres)
        if since_id is not None:
            where.append("m.id > ?")
            params.append(since_id)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        sql = f"SELECT count(*) FROM mentions m {clause}"
        if cap is not None:
            sql = f"SELECT count(*) FROM (SELECT 1 FROM mentions m {clause} LIMIT ?) AS n"
            params.append(cap + 1)
        try:
            return int(await self._fetchval(sql, params))
        except sqlite3.DatabaseError as exc:
            if flt and flt.text and ("fts5" in str(exc) or "tsquery" in str(exc)):
                raise _fts_error(flt.text, exc) from exc
            raise

    async def search(self, query: str, *, limit: int = 200, before_id: int | None = None) -> list[SearchHit]:
        """FTS5 search (phrases, prefix*, AND/OR/NOT), newest-fetched first, with highlights."""
        if not query.strip():
            return []
        if self.postgres:
            return await self._search_postgres(query, limit=limit, before_id=before_id)
        where = "mentions_fts MATCH ?"
        params: list[Any] = [fts_query(query)]
        if before_id is not None:
            where += " AND mentions_fts.rowid < ?"
            params.append(before_id)
        sql = (
            f"SELECT {MENTION_COLUMNS}, highlight(mentions_fts, 0, '{HL_START}', '{HL_END}') AS hl "
            "FROM mentions_fts JOIN mentions m ON m.id = mentions_fts.rowid "
            "JOIN authors a ON a.id = m.author_id "
            f"WHERE {where} ORDER BY mentions_fts.rowid DESC LIMIT ?"
        )
        try:
            rows = await self._fetchall(sql, [*params, limit])
        except sqlite3.OperationalError as exc:
            raise _fts_error(query, exc) from exc
        return [SearchHit(row_to(Mention, r), r["hl"]) for r in rows]

    async def _search_postgres(self, query: str, *, limit: int, before_id: int | None) -> list[SearchHit]:
        """The same search on PostgreSQL: the GIN index on `search`, highlights by `ts_headline`."""
        params: list[Any] = [pg_query(query), pg_query(query)]
        where = f"m.search @@ {PG_TSQUERY}"
        if before_id is not None:
            where += " AND m.id < ?"
            params.append(before_id)
        marks = f"StartSel={HL_START}, StopSel={HL_END}, HighlightAll=true"
        sql = (f"SELECT {MENTION_COLUMNS}, ts_headline('english', m.text, {PG_TSQUERY}, '{marks}') AS hl "
               f"FROM mentions m JOIN authors a ON a.id = m.author_id WHERE {where} ORDER BY m.id DESC LIMIT ?")
        try:
            rows = await self._fetchall(sql, [params[0], params[1], *params[2:], limit])
        except sqlite3.DatabaseError as exc:
            if "tsquery" not in str(exc):
                raise
            raise _fts_error(query, exc) from exc
        return [SearchHit(row_to(Mention, r), r["hl"]) for r in rows]

    async def thread(self, mention: Mention, *, limit: int = 50) -> list[Mention]:
        """The conversation around a mention that is in the cache: parent, replies, same thread.

        One indexed lookup per relation (UNION), never an OR across columns, which would scan
        the whole table on a million rows.
        """
        platform = mention.platform.value
        parts = ["SELECT id FROM mentions WHERE platform = ? AND reply_to_id = ?"]
        params: list[Any] = [platform, mention.platform_id]
        if mention.reply_to_id:
            parts.append("SELECT id FROM mentions WHERE platform = ? AND platform_id = ?")
            params.extend([platform, mention.reply_to_id])
        if mention.thread_id:
            parts.append("SELECT id FROM mentions WHERE platform = ? AND thread_id = ?")
            parts.append("SELECT id FROM mentions WHERE platform = ? AND platform_id = ?")
            params.extend([platform, mention.thread_id, platform, mention.thread_id])
        rows = await self._fetchall(
            f"SELECT {MENTION_COLUMNS} FROM mentions m JOIN authors a ON a.id = m.author_id "
            f"WHERE m.id IN ({' UNION '.join(parts)}) ORDER BY m.created_at LIMIT ?",
            [*params, limit],
        )
        return [row_to(Mention, r) for r in rows]

    async def mentions_by_ids(self, ids: list[int]) -> list[Mention]:
        """Fresh copies of the given mentions (the feed refreshes its visible rows in place)."""
        if not ids:
            return []
        out: list[Mention] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            rows = await self._fetchall(
                f"SELECT {MENTION_COLUMNS} FROM mentions m JOIN authors a ON a.id = m.author_id "
                f"WHERE m.id IN ({', '.join('?' for _ in chunk)})",
                chunk,
            )
            out.extend(row_to(Mention, r) for r in rows)
        return out

    async def decision_history(self, mention_id: int) -> list[Decision]:
        """Every triage decision on a mention, oldest first, superseded and undone ones included."""
        rows = await self._fetchall(
            "SELECT * FROM decisions WHERE mention_id = ? ORDER BY id", (mention_id,)
        )
        return [row_to(Decision, r) for r in rows]

    async def author_mentions(self, author_id: int, *, limit: int = 20) -> list[Mention]:
        rows = await self._fetchall(
            f"SELECT {MENTION_COLUMNS} FROM mentions m JOIN authors a ON a.id = m.author_id "
            "WHERE m.author_id = ? ORDER BY m.created_at DESC LIMIT ?",
            (author_id, limit),
        )
        return [row_to(Mention, r) for r in rows]

    # ------------------------------------------------------------------ scoring

    async def unscored(self, limit: int = 500) -> list[Mention]:
        rows = await self._fetchall(
            f"SELECT {MENTION_COLUMNS} FROM mentions m JOIN authors a ON a.id = m.author_id "
            "WHERE m.scored_at IS NULL ORDER BY m.id LIMIT ?",
            (limit,),
        )
        return [row_to(Mention, r) for r in rows]

    async def save_scores(self, updates: list[ScoreUpdate], *, now: datetime | None = None) -> None:
        """Store the triage suggestion computed for each mention (no audit: derived data)."""
        stamp = ts(now or clock.now())
        async with self.transaction() as db:
            await db.executemany(
                "UPDATE mentions SET sentiment = ?, suggested_route = ?, department = ?, priority = ?, "
                "topic = ?, foi_flag = ?, foi_valid = ?, reasons = ?, detected_language = ?, scored_at = ? "
                "WHERE id = ?",
                [
                    (u.sentiment, u.suggested_route, u.department, u.priority, u.topic, int(u.foi_flag),
                     None if u.foi_valid is None else int(u.foi_valid), u.reasons, u.language, stamp, u.mention_id)
                    for u in updates
                ],
            )

    async def topic_volume(self, topic: str, since: datetime, until: datetime | None = None) -> int:
        if until is None:
            return int(await self._fetchval(
                "SELECT count(*) FROM mentions WHERE topic = ? AND created_at >= ?", (topic, ts(since))
            ))
        return int(await self._fetchval(
            "SELECT count(*) FROM mentions WHERE topic = ? AND created_at >= ? AND created_at < ?",
            (topic, ts(since), ts(until)),
        ))

    # ------------------------------------------------------------------ streams

    async def streams(self, owner: str) -> list[Stream]:
        rows = await self._fetchall(
            "SELECT * FROM streams WHERE owner = ? ORDER BY position, id", (owner,)
        )
        return [row_to(Stream, r) for r in rows]

    async def save_stream(self, stream: Stream, actor: Actor | None = None) -> Stream:
        """Create or update one of the owner's streams; `actor` (when given) must be the owner."""
        if actor is not None:
            require(actor, Action.STREAMS)
            if actor.login != stream.owner:
                raise StoreError(f"{actor.login} cannot change {stream.owner}'s streams")
        if stream.key:
            clash = await self._fetchval(
                "SELECT name FROM streams WHERE owner = ? AND key = ? AND id IS NOT ?",
                (stream.owner, stream.key, stream.id),
            )
            if clash is not None:
                raise StoreError(f"the key {stream.key!r} already switches to your stream {clash!r}")
        values = {
            "owner": stream.owner,
            "name": stream.name,
            "key": stream.key,
            "filter": stream.filter,
            "position": stream.position,
        }
        async with self.transaction() as db:
            if stream.id is None:
                try:
                    stream_id = await self._insert(db, "streams", values)
                except sqlite3.IntegrityError as exc:
                    raise StoreError(f"you already have a stream called {stream.name!r}") from exc
            else:
                stream_id = stream.id
                await self._update(db, "streams", stream_id, values)
            await self._audit(db, stream.owner, "save", "stream", stream_id, name=stream.name)
        return stream.model_copy(update={"id": stream_id})

    async def delete_stream(self, stream_id: int, who: str | Actor) -> None:
        """Delete one of `who`'s own streams (an Actor is checked for the STREAMS permission)."""
        if isinstance(who, Actor):
            require(who, Action.STREAMS)
            who = who.login
        async with self.transaction() as db:
            cursor = await db.execute("DELETE FROM streams WHERE id = ? AND owner = ?", (stream_id, who))
            if cursor.rowcount == 0:
                raise StoreError("that stream is not yours or was already deleted")
            await self._audit(db, who, "delete", "stream", stream_id)

    # ------------------------------------------------------------------ connector state

    async def _save_health(self, db: aiosqlite.Connection, health: ConnectorHealth) -> None:
        values = health.model_dump()
        values["updated_at"] = clock.now()
        cols = list(values)
        await db.execute(
            f"INSERT INTO connector_state ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)}) "
            f"ON CONFLICT(name) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in cols if c != 'name')}",
            [sql_value(values[c]) for c in cols],
        )

    async def save_health(self, health: ConnectorHealth) -> None:
        async with self.transaction() as db:
            await self._save_health(db, health)

    async def health(self, name: str) -> ConnectorHealth | None:
        row = await self._fetchone("SELECT * FROM connector_state WHERE name = ?", (name,))
        return None if row is None else row_to(ConnectorHealth, row)

    async def all_health(self) -> list[ConnectorHealth]:
        rows = await self._fetchall("SELECT * FROM connector_state ORDER BY name")
        return [row_to(ConnectorHealth, r) for r in rows]

