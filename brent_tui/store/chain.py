"""The tamper-evident audit trail: one hash chain over decisions, audit rows and FOI events.

Every row of the three tables carries `chain_seq` (its place in the one chain), `prev_hash` (the
hash of the row before it, whichever table that is in) and `row_hash`, sha256 over its content,
its place and `prev_hash`. A row is sealed in the transaction that inserts it; transactions take
the write lock first (`BEGIN IMMEDIATE`), so reading the head and extending it cannot race another
process. Anyone with the file can rebuild a whole chain, so the head printed on exports is the
anchor: `brent-tui audit --verify --head HASH` checks that the chain still runs through it.

`row_hash` and `verify` are pure; the async functions below are the only SQL here.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import aiosqlite

# The hashed columns of each chained table, in the order they are hashed; `id` first, so a
# renumbered row is caught. `decisions.superseded_by` is left out: it is set once, later, when a
# newer decision replaces this one, and `verify` checks it against that newer decision instead.
CHAINED: dict[str, tuple[str, ...]] = {
    "decisions": ("id", "mention_id", "route", "department", "assignee", "reason", "decided_by", "decided_at",
                  "supersedes", "undo"),
    "audit_log": ("id", "at", "who", "action", "entity", "entity_id", "detail"),
    "foi_events": ("id", "case_id", "kind", "on_date", "note", "by", "at"),
}
GENESIS = "0" * 64  # the `prev_hash` of the first row
HEAD_PATTERN = re.compile(r"[0-9a-f]{16,64}")  # a head as typed back from a printed report
REMOVED_KEY = "chain_removed"  # audit detail naming a row brent-tui itself removed (see `removal`)
MAX_PROBLEMS = 20


def row_hash(table: str, seq: Any, prev_hash: Any, values: Sequence[Any]) -> str:
    """sha256 of one row as stored: `values` are CHAINED[table]'s columns as SQLite returns them.

    JSON keeps types apart (5 is not "5") and escapes every non-ASCII character, so the encoding
    is the same on every machine; a BLOB (only an intruder would store one) is hashed as hex.
    """
    payload = json.dumps([table, seq, prev_hash, list(values)], separators=(",", ":"), default=_blob)
    return hashlib.sha256(payload.encode("ascii")).hexdigest()


def _blob(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"blob": value.hex()}
    raise TypeError(f"cannot hash a {type(value).__name__}")


@dataclass(frozen=True)
class Link:
    """One stored row of a chained table, as `verify` needs it."""

    table: str
    values: tuple[Any, ...]  # CHAINED[table], in order
    seq: Any
    prev_hash: Any
    row_hash: Any
    superseded_by: Any = None  # decisions only

    @property
    def id(self) -> Any:
        return self.values[0]

    @property
    def name(self) -> str:
        return f"{self.table} #{self.id}"

    def intact(self) -> bool:
        return self.row_hash == row_hash(self.table, self.seq, self.prev_hash, self.values)


@dataclass
class Verdict:
    """What `verify` found: `problems` empty means the chain is intact."""

    rows: int
    head: str
    problems: list[str] = field(default_factory=list)
    removals: list[str] = field(default_factory=list)  # removals brent-tui recorded (FOI events)
    head_at: str | None = None  # where the `head` asked about sits
    after_head: int | None = None  # rows chained after it

    @property
    def intact(self) -> bool:
        return not self.problems


def removal(table: str, row: sqlite3.Row | Mapping[str, Any]) -> dict[str, Any] | None:
    """What the audit row of a deliberate removal records, so `verify` can bridge the gap."""
    if row["row_hash"] is None:
        return None
    return {"table": table, "id": row["id"], "prev_hash": row["prev_hash"], "row_hash": row["row_hash"]}


# --------------------------------------------------------------------------- verify (pure)


def verify(links: Iterable[Link], *, head: str | None = None) -> Verdict:
    """Walk the chain in `chain_seq` order and name the first row (and any later one) that does not fit.

    A row is *altered* when its hash no longer matches its content; *inserted* when the row after
    it links past it (or it has no hash at all); rows were *removed* where a link points at no row
    and places are missing. A link past a row that brent-tui removed itself (an FOI event deleted
    by mistake) is accepted when an audit row in the chain recorded that row's hash.
    """
    sealed: list[Link] = []
    unsealed: list[Link] = []
    for link in links:
        (sealed if link.row_hash is not None and link.seq is not None else unsealed).append(link)
    sealed.sort(key=_order)
    bridges = _bridges(sealed)
    referenced = {link.prev_hash for link in sealed}
    problems: list[str] = []
    removals: list[str] = []
    walked: list[Link] = []
    known = {GENESIS}
    expected = GENESIS

    def joins(prev: Any, target: str) -> list[str] | None:
        """The removals crossed to get from `prev` back to `target`, or None if it does not lead there."""
        crossed: list[str] = []
        while prev != target:
            if prev not in bridges or len(crossed) > len(bridges):
                return None
            prev, note = bridges[prev]
            crossed.append(note)
        return crossed

    for i, row in enumerate(sealed):
        after = sealed[i + 1] if i + 1 < len(sealed) else None
        crossed = joins(row.prev_hash, expected)
        if after is not None and joins(after.prev_hash, expected) is not None and (
            crossed is None or (row.row_hash not in referenced and after.row_hash in referenced)
        ):
            problems.append(f"{row.name}: inserted (not part of the chain: {after.name} links past it)")
            continue
        last = walked[-1] if walked else None
        if not row.intact():
            problems.append(f"{row.name}: altered (its content no longer matches its hash)")
        elif crossed is None:
            if row.prev_hash in known:
                problems.append(f"{row.name}: inserted (it links back to an earlier row, not to "
                                f"{last.name if last else 'the start'})")
                continue
            finding = _break(last, row, sealed if len(problems) < MAX_PROBLEMS else ())
            if not (last is not None and finding.startswith(f"{last.name}: ") and problems
                    and problems[-1].startswith(f"{last.name}: ")):
                problems.append(finding)  # else: the same altered row, seen again from its successor
        else:
            removals += crossed
        walked.append(row)
        known.add(row.row_hash)
        expected = row.row_hash
    problems += [f"{link.name}: inserted (it has no chain hash: added outside brent-tui)"
                 for link in sorted(unsealed, key=_order)]
    problems += _superseded_problems([*sealed, *unsealed])
    verdict = Verdict(rows=len(sealed), head=expected, problems=problems, removals=removals)
    if head is not None:
        _place_head(verdict, head, walked, bridges)
    return verdict


def _order(link: Link) -> tuple[Any, ...]:
    """`chain_seq` order; a seq that is not a number (only an intruder writes one) sorts last."""
    number = isinstance(link.seq, int)
    return (not number, link.seq if number else 0, list(CHAINED).index(link.table), _int(link.id))


def _int(value: Any) -> int:
    return value if isinstance(value, int) else 0


def _break(last: Link | None, row: Link, sealed: Sequence[Link]) -> str:
    """A link that points at no row: re-hashed if no place is missing, else rows removed."""
    numbered = isinstance(row.seq, int) and (last is None or isinstance(last.seq, int))
    low = last.seq if last is not None else 0
    if last is not None and numbered and row.seq == low + 1:
        return f"{last.name}: altered and re-hashed ({row.name} links to an earlier version of it)"
    gap = row.seq - low - 1 if numbered else 0
    where = f"between {last.name} and {row.name}" if last else f"before {row.name}, the first row of the chain"
    missing = _missing(sealed, low, row.seq) if numbered else []
    return f"{_rows(gap)} removed {where}" + (f": {', '.join(missing)}" if missing else "")


def _missing(sealed: Sequence[Link], low: int, high: int) -> list[str]:
    """Which rows fill the places low+1 … high-1: ids that each table skips across that span."""
    names = []
    for table in CHAINED:
        rows = [r for r in sealed if r.table == table and isinstance(r.seq, int) and isinstance(r.id, int)]
        before = [r.id for r in rows if r.seq <= low]
        after = [r.id for r in rows if r.seq >= high]
        if not after:
            continue  # nothing of this table after the gap: no id to count up to
        first, last = (max(before) + 1 if before else 1), min(after) - 1
        if first == last:
            names.append(f"{table} #{first}")
        elif first < last:
            names.append(f"{table} #{first}–#{last}")
    return names


def _rows(n: int) -> str:
    return f"{n} row{'' if n == 1 else 's'}" if n > 0 else "rows"


def _bridges(sealed: Sequence[Link]) -> dict[Any, tuple[Any, str]]:
    """Removed row hash → (its prev_hash, a note), from audit rows that recorded the removal."""
    bridges: dict[Any, tuple[Any, str]] = {}
    for link in sealed:
        if link.table != "audit_log" or not isinstance(link.values[-1], str) or REMOVED_KEY not in link.values[-1]:
            continue
        try:
            record = json.loads(link.values[-1]).get(REMOVED_KEY)
            table, row_id = str(record["table"]), int(record["id"])
            bridges[record["row_hash"]] = (record["prev_hash"],
                                           f"{table} #{row_id} was removed through brent-tui ({link.name})")
        except (ValueError, TypeError, KeyError, AttributeError):
            continue
    return bridges


def _superseded_problems(links: Sequence[Link]) -> list[str]:
    """`superseded_by`, the one column set after sealing, must name the decision that supersedes it."""
    decisions = [link for link in links if link.table == "decisions"]
    successor: dict[Any, Any] = {}
    for link in sorted(decisions, key=lambda d: _int(d.id)):
        supersedes = link.values[CHAINED["decisions"].index("supersedes")]
        if supersedes is not None:
            successor.setdefault(supersedes, link.id)
    problems = []
    for link in decisions:
        want = successor.get(link.id)
        if link.superseded_by != want:
            which = f"decision #{want} supersedes it" if want is not None else "no decision supersedes it"
            problems.append(f"{link.name}: superseded_by altered ({which})")
    return problems


def _place_head(verdict: Verdict, head: str, walked: Sequence[Link], bridges: Mapping[Any, tuple[Any, str]]) -> None:
    """Find an earlier head in the chain: everything up to it is unchanged if it is there."""
    position = {link.row_hash: i for i, link in enumerate(walked)}
    position[GENESIS] = -1
    found = next((h for h in position if isinstance(h, str) and h.startswith(head)), None)
    if found is not None:
        i = position[found]
        verdict.head_at = walked[i].name if i >= 0 else "the start of the chain"
        verdict.after_head = len(walked) - i - 1
        return
    removed = next((h for h in bridges if isinstance(h, str) and h.startswith(head)), None)
    prev, seen = removed, 0
    while prev in bridges and seen <= len(bridges):
        prev, seen = bridges[prev][0], seen + 1
    if removed is not None and prev in position:
        verdict.head_at = bridges[removed][1].replace(" was removed", ", since removed", 1)
        verdict.after_head = len(walked) - position[prev] - 1
        return
    verdict.problems.append(f"head {head} is not in the chain: a row at or before it was altered or removed")


# --------------------------------------------------------------------------- SQL


_HEAD_SQL = "SELECT chain_seq, row_hash FROM (" + " UNION ALL ".join(
    f"SELECT * FROM (SELECT chain_seq, row_hash FROM {t} WHERE chain_seq IS NOT NULL ORDER BY chain_seq DESC LIMIT 1)"
    f" AS {t}_head" for t in CHAINED) + ") AS heads ORDER BY chain_seq DESC LIMIT 1"

_COUNT_SQL = "SELECT " + " + ".join(f"(SELECT count(*) FROM {t} WHERE row_hash IS NOT NULL)" for t in CHAINED)


def _columns(table: str) -> str:
    return ", ".join(f'"{c}"' for c in CHAINED[table])


async def _head(db: aiosqlite.Connection) -> tuple[int, str]:
    rows = list(await db.execute_fetchall(_HEAD_SQL))  # one call each: every await is a hop to SQLite's thread
    if not rows:
        return 0, GENESIS
    return int(rows[0][0]), str(rows[0][1])


async def seal(db: aiosqlite.Connection, table: str, ids: Iterable[int]) -> None:
    """Chain rows this transaction has just inserted onto the head, in id order.

    Called inside the inserting transaction: one indexed look-up of the head, one read and one
    update per row. Hashes are taken over the values as stored (after SQLite's type affinity).
    """
    wanted = sorted(ids)
    if not wanted:
        return
    seq, prev = await _head(db)
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        rows = await db.execute_fetchall(f"SELECT {_columns(table)} FROM {table} WHERE id IN ({marks}) ORDER BY id",
                                         chunk)
        updates = []
        for row in rows:
            seq += 1
            digest = row_hash(table, seq, prev, tuple(row))
            updates.append((seq, prev, digest, row[0]))
            prev = digest
        await db.executemany(f"UPDATE {table} SET chain_seq = ?, prev_hash = ?, row_hash = ? WHERE id = ?", updates)


async def seal_existing(db: aiosqlite.Connection) -> None:
    """The migration: chain the rows written before the chain existed, table by table, in id order."""
    for table in CHAINED:
        async with db.execute(f"SELECT id FROM {table} WHERE row_hash IS NULL ORDER BY id") as cursor:
            ids = [row[0] for row in await cursor.fetchall()]
        await seal(db, table, ids)


async def head(db: aiosqlite.Connection) -> tuple[int, str]:
    """(rows sealed, the head's hash) for an export's footer; one statement, so one snapshot."""
    async with db.execute(f"SELECT ({_COUNT_SQL}), (SELECT row_hash FROM ({_HEAD_SQL}) AS head)") as cursor:
        row = await cursor.fetchone()
    assert row is not None  # an aggregate always returns a row
    return int(row[0] or 0), str(row[1] or GENESIS)


async def links(db: aiosqlite.Connection) -> list[Link]:
    """Every row of the chained tables (call inside one read transaction)."""
    out: list[Link] = []
    for table, cols in CHAINED.items():
        extra = ", superseded_by" if table == "decisions" else ""
        async with db.execute(f"SELECT {_columns(table)}, chain_seq, prev_hash, row_hash{extra} FROM {table}") as cur:
            rows = await cur.fetchall()
        n = len(cols)
        out += [Link(table, tuple(r[:n]), r[n], r[n + 1], r[n + 2], r[n + 3] if extra else None) for r in rows]
    return out
