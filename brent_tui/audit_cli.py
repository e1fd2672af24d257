"""`brent-tui audit [--who LOGIN] [--since DATE] [--limit N]`: who did what, and when."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, date, datetime, time

from brent_tui.aio import run as run_async
from brent_tui.errors import UserError


def _since(value: str) -> datetime:
    try:
        if "T" in value or " " in value:
            parsed = datetime.fromisoformat(value)
            return parsed.replace(tzinfo=parsed.tzinfo or UTC)
        from brent_tui.schedule import london_to_utc

        return london_to_utc(date.fromisoformat(value), time(0, 0))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (use YYYY-MM-DD or an ISO date-time)") from exc


def add_audit_parser(subparsers, common) -> None:
    parser = subparsers.add_parser("audit", help="print the audit log: who did what and when")
    common(parser)
    parser.add_argument("--who", metavar="LOGIN", help="only this user's actions")
    parser.add_argument("--since", metavar="DATE", type=_since, help="from this date (London) or ISO time")
    parser.add_argument("--limit", metavar="N", type=int, default=1000, help="at most N entries (newest)")
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.set_defaults(handler=run_audit)


def run_audit(args: argparse.Namespace) -> int:
    from brent_tui.cli import load_context
    from brent_tui.schedule import format_london
    from brent_tui.store import Store

    if args.limit <= 0:
        raise UserError("--limit must be a positive number")
    ctx = load_context(args)

    async def fetch():
        async with await Store.open(ctx.db_path, create=False) as store:
            return await store.audit_entries(who=args.who, since=args.since, limit=args.limit)

    entries = run_async(fetch())
    for e in entries:
        if args.json:
            print(json.dumps({"at": e.at.isoformat(), "who": e.who, "action": e.action, "entity": e.entity,
                              "id": e.entity_id, "detail": e.detail}, ensure_ascii=False, default=str))
            continue
        detail = ", ".join(f"{k}={v}" for k, v in e.detail.items() if v not in (None, "", []))
        line = f"{format_london(e.at, '%Y-%m-%d %H:%M:%S')}  {e.who:<12} {e.action:<16} {e.entity}"
        line += f" #{e.entity_id}" if e.entity_id else ""
        print(line + (f"  {detail}" if detail else ""))
    if not args.json:
        print(f"{len(entries)} entr{'y' if len(entries) == 1 else 'ies'}")
    return 0
