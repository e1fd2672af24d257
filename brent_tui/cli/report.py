"""`brent-tui report --from DATE --to DATE [--format md|csv|json] [--out FILE]`: the Insights figures.

Markdown is the monthly report for the management team; CSV is one table (`section,figure,key,value`)
for spreadsheets; JSON holds the same figures nested plus the flat rows. Each carries the audit
trail's head (a footer line; `audit,chain,head,…` rows; `audit_chain`), so a printed report can be
checked later with `brent-tui audit --verify --head HASH`. Every problem the user can fix is one
line on stderr and exit code 2 (raised as UserError; cli.main prints it).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from brent_tui.cli.aio import run as run_async
from brent_tui.domain.errors import UserError

FORMATS = ("md", "csv", "json")


class ReportError(UserError):
    pass


def add_report_parser(sub) -> None:
    from brent_tui.cli.context import add_out_option, common

    report = sub.add_parser("report", help="write the Insights figures for a period (Markdown, CSV or JSON)")
    common(report)
    report.add_argument("--from", dest="date_from", required=True, metavar="DATE",
                        help="first day, YYYY-MM-DD (London)")
    report.add_argument("--to", dest="date_to", required=True, metavar="DATE",
                        help="last day, YYYY-MM-DD (London), included")
    report.add_argument("--format", choices=FORMATS, default="md", help="md (default), csv or json")
    add_out_option(report, "write here instead of standard output")
    report.set_defaults(handler=run_report)


def _date(text: str, flag: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ReportError(f"{flag} {text!r}: not a date; use YYYY-MM-DD, e.g. 2026-11-01") from None


def run_report(args: argparse.Namespace) -> int:
    from brent_tui import clock
    from brent_tui.cli.context import load_context, out_path, write_out
    from brent_tui.domain.insights import Period, to_csv, to_json, to_markdown
    from brent_tui.store import Store

    first, last = _date(args.date_from, "--from"), _date(args.date_to, "--to")
    if last < first:
        raise ReportError(f"--to {last.isoformat()} is before --from {first.isoformat()}")
    if (last - first).days > 3660:
        raise ReportError("the period is longer than ten years; choose a shorter one")
    out = out_path(args)
    ctx = load_context(args)
    period = Period.of(first, last)

    async def figures():
        async with await Store.open(ctx.db_path, create=False) as store:
            result = await store.figures(period, now=clock.now(), thresholds=ctx.config.triage)
            return result.model_copy(update={"audit_chain": await store.chain_head()})

    result = run_async(figures())
    render = {"md": to_markdown, "csv": to_csv, "json": to_json}[args.format]
    text = render(result)
    if out is None:
        sys.stdout.write(text)
        return 0
    write_out(out, text, force=args.force)
    print(f"wrote the {args.format} report for {period.label} to {out}", file=sys.stderr)
    return 0
