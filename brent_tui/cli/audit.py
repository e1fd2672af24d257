"""`brent-tui audit [--who LOGIN] [--since DATE] [--limit N] [--json | --csv]`: who did what, and when.

`brent-tui audit --verify [--head HASH]` checks the tamper-evident chain over decisions, audit rows
and FOI events instead: exit 0 and "N rows, chain intact, head HASH", or exit 1 and one line per
row that was altered, inserted or removed. Bad input is exit 2, as everywhere.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import UTC, date, datetime, time

from brent_tui.cli.aio import run as run_async
from brent_tui.domain.errors import UserError

DEFAULT_LIMIT = 1000


def _since(value: str) -> datetime:
    from brent_tui.domain.london import as_utc, london_to_utc

    try:
        if "T" in value or " " in value:
            parsed = datetime.fromisoformat(value)
            return as_utc(parsed.replace(tzinfo=parsed.tzinfo or UTC))  # 9999-12-31T23:59-12:00: refused here
        return london_to_utc(date.fromisoformat(value), time(0, 0))
    except ValueError as exc:
        if "out of range" in str(exc):
            raise argparse.ArgumentTypeError(f"{value!r} is out of range (a date before year 10000 in UTC)") from exc
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (use YYYY-MM-DD or an ISO date-time)") from exc


def _limit(value: str) -> int:
    """A whole number of entries the database can count (SQLite's 64-bit integers)."""
    from brent_tui.domain.models import COUNT_MAX

    try:
        number = int(value.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"--limit must be a whole number, not {value[:40]!r}") from None
    if not 1 <= number <= COUNT_MAX:
        raise argparse.ArgumentTypeError(f"--limit must be from 1 to {COUNT_MAX:,}, not {value[:40]}")
    return number


def _head(value: str) -> str:
    from brent_tui.store.chain import HEAD_PATTERN

    text = value.strip().lower()
    if not HEAD_PATTERN.fullmatch(text):
        raise argparse.ArgumentTypeError(f"{value[:80]!r} is not a chain head (16 to 64 hex digits, as printed)")
    return text


def add_audit_parser(subparsers, common) -> None:
    parser = subparsers.add_parser("audit", help="print the audit log: who did what and when; --verify checks it")
    common(parser)
    parser.add_argument("--who", metavar="LOGIN", help="only this user's actions")
    parser.add_argument("--since", metavar="DATE", type=_since, help="from this date (London) or ISO time")
    parser.add_argument("--limit", metavar="N", type=_limit, help=f"at most N entries (newest; default {DEFAULT_LIMIT})")
    form = parser.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="one JSON object per line")
    form.add_argument("--csv", action="store_true", help="CSV; the last row (action audit-chain) holds the head")
    parser.add_argument("--verify", action="store_true",
                        help="check the hash chain over decisions, audit rows and FOI events (exit 1 if broken)")
    parser.add_argument("--head", metavar="HASH", type=_head,
                        help="with --verify: a head printed on an earlier export; check the chain still holds it")
    parser.set_defaults(handler=run_audit)


def run_audit(args: argparse.Namespace) -> int:
    from brent_tui.cli.context import load_context
    from brent_tui.store import Store

    if args.head is not None and not args.verify:
        raise UserError("--head needs --verify")
    if args.verify and (args.who or args.since or args.limit is not None or args.json or args.csv):
        raise UserError("--verify checks the whole chain: it takes no --who, --since, --limit, --json or --csv")
    if args.limit is not None and args.limit <= 0:
        raise UserError("--limit must be a positive number")
    ctx = load_context(args)

    if args.verify:
        async def check():
            async with await Store.open(ctx.db_path, create=False) as store:
                return await store.verify_chain(args.head)

        return _print_verdict(run_async(check()), args.head)

    async def fetch():
        async with await Store.open(ctx.db_path, create=False) as store:
            entries = await store.audit_entries(who=args.who, since=args.since, limit=args.limit or DEFAULT_LIMIT)
            return entries, (await store.chain_head() if args.csv else None)

    entries, chain = run_async(fetch())
    if args.json:
        for e in entries:
            print(json.dumps({"at": e.at.isoformat(), "who": e.who, "action": e.action, "entity": e.entity,
                              "id": e.entity_id, "detail": e.detail}, ensure_ascii=False, default=str))
    elif args.csv:
        _write_csv(entries, chain)
    else:
        _print_entries(entries)
    return 0


def _print_entries(entries) -> None:
    """The listing for a terminal: every stored string cleaned (a detail may quote a resident)."""
    from brent_tui.domain.london import format_london
    from brent_tui.domain.text import clean

    def c(value: object) -> str:
        return clean(str(value), single_line=True, limit=500)

    for e in entries:
        detail = ", ".join(f"{c(k)}={c(v)}" for k, v in e.detail.items() if v not in (None, "", []))
        line = f"{format_london(e.at, '%Y-%m-%d %H:%M:%S')}  {c(e.who):<12} {c(e.action):<16} {c(e.entity)}"
        line += f" #{c(e.entity_id)}" if e.entity_id else ""
        print(line + (f"  {detail}" if detail else ""))
    print(f"{len(entries)} entr{'y' if len(entries) == 1 else 'ies'}")


def _write_csv(entries, chain) -> None:
    from brent_tui.domain.text import csv_safe

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["at_utc", "who", "action", "entity", "entity_id", "detail"])
    for e in entries:
        detail = json.dumps(e.detail, ensure_ascii=False, default=str)
        writer.writerow([e.at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), csv_safe(e.who), csv_safe(e.action),
                         csv_safe(e.entity), csv_safe(e.entity_id or ""), csv_safe(detail)])
    writer.writerow(["", "", "audit-chain", "", "", f"{chain.rows} rows, head {chain.head}"])


def _print_verdict(verdict, head: str | None) -> int:
    """One plain line per finding; only table names, row ids and hashes are printed, never row content."""
    from brent_tui.store.chain import MAX_PROBLEMS

    if verdict.intact:
        print(f"{verdict.rows} rows, chain intact, head {verdict.head}")
    for problem in verdict.problems[:MAX_PROBLEMS]:
        print(problem)
    if len(verdict.problems) > MAX_PROBLEMS:
        print(f"… and {len(verdict.problems) - MAX_PROBLEMS} more")
    if head is not None and verdict.head_at is not None:
        after = verdict.after_head or 0
        print(f"head {head} found at {verdict.head_at}; {after} row{'' if after == 1 else 's'} came after it")
    for note in verdict.removals:
        print(note)
    if not verdict.intact:
        n = len(verdict.problems)
        print(f"chain broken: {n} problem{'' if n == 1 else 's'} in {verdict.rows} rows")
        return 1
    return 0
