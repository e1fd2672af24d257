"""``brent-tui foi due``: the statutory clock as a one-line shell check (e.g. over SSH).

Kept light on purpose: only argparse/sys at import time; :mod:`brent_tui.domain.foi` (pydantic, and the
``holidays`` package when a year is first needed) is imported when the command runs. No Textual.
Bad input prints one line ``brent-tui: error: ...`` on stderr and exits 2, never a traceback.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, NoReturn

from brent_tui import clock

PROG = "brent-tui"
EXIT_USAGE = 2
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$")


def _fail(message: str) -> NoReturn:
    """One line on stderr and exit 2: the shape scripts and people over SSH can read."""
    sys.stderr.write(f"{PROG}: error: {' '.join(message.split())}\n")
    raise SystemExit(EXIT_USAGE)


class _OneLineParser(argparse.ArgumentParser):
    """argparse prints the whole usage on error; we print one line (``--help`` still has it all)."""

    def error(self, message: str) -> NoReturn:
        _fail(message)


def _one_line_error(self: argparse.ArgumentParser, message: str) -> NoReturn:
    _fail(message)


def parse_date(text: str) -> date:
    """``YYYY-MM-DD``, ``today``, or an aware ISO datetime (taken as its Europe/London date)."""
    raw = text.strip()
    if raw.lower() == "today":
        return clock.today()
    if _DATE_RE.match(raw):
        try:
            return date.fromisoformat(raw)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(f"invalid date {text!r}: {exc}") from None
    if _DATETIME_RE.match(raw):
        try:
            moment = datetime.fromisoformat(raw.replace("Z", "+00:00"))
        except ValueError as exc:
            raise argparse.ArgumentTypeError(f"invalid date-time {text!r}: {exc}") from None
        from brent_tui.domain.foi import receipt_date

        return receipt_date(moment)
    raise argparse.ArgumentTypeError(
        f"invalid date {text!r}: use YYYY-MM-DD, 'today', or a date-time with a zone such as 2026-07-01T23:30Z"
    )


def _add_due_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("received", metavar="DATE", type=parse_date, help="date of receipt (YYYY-MM-DD or today)")
    p.add_argument(
        "--regime",
        choices=["foi", "eir", "review", "sar"],
        default=None,
        help="clock to use (default foi; inferred from --review-of/--eir-extended/--id-*/--sar-extended)",
    )
    p.add_argument(
        "--review-of", choices=["foi", "eir"], default=None, help="internal review of an FOI or EIR response"
    )
    p.add_argument("--clarification-requested", type=parse_date, metavar="DATE")
    p.add_argument("--clarification-received", type=parse_date, metavar="DATE")
    p.add_argument("--fee-notice", type=parse_date, metavar="DATE", help="fees notice given (FOIA s.9)")
    p.add_argument("--fee-paid", type=parse_date, metavar="DATE", help="fee received")
    p.add_argument("--pit", action="store_true", help="public interest extension (s.10(3)): +20 working days")
    p.add_argument(
        "--pit-notified", type=parse_date, metavar="DATE", help="day the applicant was told of --pit"
    )
    p.add_argument(
        "--eir-extended", action="store_true", help="complex and voluminous (EIR reg 7): 40 working days"
    )
    p.add_argument("--review-extended", action="store_true", help="FOI review extended to 40 working days")
    p.add_argument("--id-requested", type=parse_date, metavar="DATE", help="SAR: ID asked for")
    p.add_argument(
        "--id-received", type=parse_date, metavar="DATE", help="SAR: ID received (the clock starts)"
    )
    p.add_argument("--sar-extended", action="store_true", help="SAR extended to three months")
    p.add_argument(
        "--today", type=parse_date, metavar="DATE", help="count days left from this date (default: today)"
    )
    p.add_argument(
        "--soon", type=int, default=5, metavar="N", help="'due soon' within N working days (default 5)"
    )
    p.add_argument("--explain", action="store_true", help="list the days counted and skipped, and why")


def _add_foi_subcommands(foi: argparse.ArgumentParser) -> None:
    sub = foi.add_subparsers(dest="foi_command", metavar="COMMAND", parser_class=_OneLineParser)
    due = sub.add_parser(
        "due",
        help="the statutory due date of a request",
        description="Print the statutory due date (first line, YYYY-MM-DD), then its status.",
    )
    _add_due_arguments(due)
    listing = sub.add_parser(
        "list",
        help="open FOI cases as a table (most urgent first)",
        description="Open cases: reference, applicant, received, due, working days left, status.",
    )
    _add_db_arguments(listing)
    listing.add_argument("--due-within", type=int, metavar="N", help="only cases due within N working days")
    listing.add_argument("--overdue", action="store_true", help="only cases past their deadline")
    listing.add_argument("--today", type=parse_date, metavar="DATE", help="count from this date (default: today)")
    hols = sub.add_parser(
        "holidays",
        help="load the GOV.UK bank holidays into the database",
        description="Load the official GOV.UK bank-holidays JSON (all three divisions); it wins for its years.",
    )
    _add_db_arguments(hols)
    hols.add_argument("--refresh", action="store_true", help="download (or read --file) and load the holidays")
    hols.add_argument("--url", default=GOVUK_URL, help=f"where to download from (default {GOVUK_URL})")
    hols.add_argument("--file", metavar="PATH", help="load a saved copy of the JSON instead of downloading")


GOVUK_URL = "https://www.gov.uk/bank-holidays.json"


def _add_db_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="database file (default: from config)")
    p.add_argument("--config", metavar="PATH", default=argparse.SUPPRESS, help="config file (also BRENT_TUI_CONFIG)")


def add_foi_parser(subparsers: Any) -> None:
    """Mount ``foi`` on the main CLI's subparsers (``brent-tui foi due ...``)."""
    foi = subparsers.add_parser(
        "foi",
        help="FOI / EIR / SAR statutory clocks",
        description="FOI / EIR / internal review / subject access clocks.",
    )
    foi.error = _one_line_error.__get__(foi)
    foi.set_defaults(handler=run_foi)
    _add_foi_subcommands(foi)


def _infer_regime(args: argparse.Namespace) -> str:
    if args.regime:
        return args.regime
    if args.review_of or args.review_extended:
        return "review"
    if args.id_requested or args.id_received or args.sar_extended:
        return "sar"
    if args.eir_extended:
        return "eir"
    return "foi"


def _status_line(deadline: Any, today: date, soon: int) -> str:
    from brent_tui.domain.foi import status_on

    st = status_on(deadline, today, soon=soon)
    if deadline.due is None:
        extra = ""
        if deadline.lapses_on is not None:
            if st.label == "lapsed":
                extra = f" on {deadline.lapses_on.isoformat()} (fee unpaid; s.9(2))"
            else:
                extra = (
                    f"; fee payable until {deadline.last_day_to_pay}, lapses {deadline.lapses_on.isoformat()}"
                )
        return f"{st.label}{extra} (today {today.isoformat()})"
    left = st.working_days_left
    if left is None or left == 0:
        count = "0 working days left" if st.label == "due today" else "0 working days"
    elif left > 0:
        count = f"{left} working day{'s' if left != 1 else ''} left"
    else:
        count = f"{-left} working day{'s' if left != -1 else ''} late"
    if deadline.working_days:
        limit = f"{deadline.working_days} working days after {deadline.start.isoformat()}"
    else:
        limit = f"calendar month(s) from {deadline.start.isoformat()}"
    return f"{deadline.due:%A}; {limit}; {count} (today {today.isoformat()}): {st.label}"


def cmd_due(args: argparse.Namespace) -> int:
    """Handle ``foi due``: first line the due date (or ``paused``), then status; ``--explain`` for reasons."""
    from brent_tui.domain.foi import ClockError, ClockEvents, due_date

    try:
        events = ClockEvents(
            clarification_requested=args.clarification_requested,
            clarification_received=args.clarification_received,
            fee_notice=args.fee_notice,
            fee_paid=args.fee_paid,
            pit_extended=args.pit or args.pit_notified is not None,
            pit_notified=args.pit_notified,
            eir_extended=args.eir_extended,
            review_of=args.review_of,
            review_extended=args.review_extended,
            id_requested=args.id_requested,
            id_received=args.id_received,
            sar_extended=args.sar_extended,
        )
        deadline = due_date(args.received, _infer_regime(args), events)
    except ClockError as exc:
        _fail(str(exc))
    if args.soon < 0:
        _fail("--soon must be 0 or more")
    today = args.today or clock.today()
    out = [deadline.due.isoformat() if deadline.due else "paused", _status_line(deadline, today, args.soon)]
    out += [f"warning: {w}" for w in deadline.warnings]
    if args.explain:
        out += deadline.explanation
        for day, number, why in deadline.timeline():
            mark = f"day {number:>2}" if number is not None else "skipped"
            out.append(f"  {day.isoformat()} {day:%a}  {mark}" + ("" if number is not None else f"  {why}"))
    sys.stdout.write("\n".join(out) + "\n")
    return 0


def run_foi(args: argparse.Namespace) -> int:
    """Dispatch ``brent-tui foi <command>``; returns the exit status."""
    command = getattr(args, "foi_command", None)
    if command == "due":
        return cmd_due(args)
    if command == "list":
        return cmd_list(args)
    if command == "holidays":
        return cmd_holidays(args)
    _fail("choose a command: brent-tui foi due|list|holidays (see --help)")


def _context(args: argparse.Namespace) -> Any:
    """Config, database and actor, resolved like every other command (imports the store lazily)."""
    from pathlib import Path

    from brent_tui.cli.context import load_context
    from brent_tui.domain.errors import UserError

    if getattr(args, "config", None) is not None:
        args.config = Path(args.config)
    try:
        return load_context(args)
    except UserError as exc:
        _fail(str(exc))


def _run(coro: Any) -> Any:
    import asyncio

    from brent_tui.domain.errors import UserError

    try:
        return asyncio.run(coro)
    except UserError as exc:
        _fail(str(exc))


def _fit(text: str, width: int) -> str:
    from brent_tui.domain.text import snippet

    return snippet(text, width).ljust(width)


def cmd_list(args: argparse.Namespace) -> int:
    """``foi list``: open cases, most urgent first, with the database's bank holidays."""
    if args.due_within is not None and args.due_within < 0:
        _fail("--due-within must be 0 or more")
    ctx = _context(args)
    today = args.today or clock.today()
    soon = ctx.config.app.foi_due_soon_days

    async def run() -> list[Any]:
        from brent_tui.services.foi import list_cases
        from brent_tui.store import Store

        async with await Store.open(ctx.db_path, create=False) as store:
            return await list_cases(store, today=today, soon=soon, due_within=args.due_within,
                                    overdue=args.overdue)

    rows = _run(run())
    from brent_tui.domain.foi import STATUS_WORDS
    from brent_tui.domain.text import at_handle

    head = f"{'REFERENCE':<15} {'APPLICANT':<24} {'RECEIVED':<10} {'DUE':<10} {'LEFT':>5}  STATUS"
    out = [head]
    for r in rows:
        c, case_clock = r.case, r.clock
        applicant = c.applicant_name or at_handle(c.applicant_handle) or "(unknown)"
        due = case_clock.due.isoformat() if case_clock.due else "paused"
        left = "" if case_clock.working_days_left is None else str(case_clock.working_days_left)
        status = f"{STATUS_WORDS.get(c.status.value, c.status.value)}: {case_clock.label}"
        if c.validity_doubtful:
            status += " (validity doubtful)"
        if case_clock.error:
            status += f" ({case_clock.error})"
        out.append(f"{_fit(c.reference or str(c.id), 15)} {_fit(applicant, 24)} {c.received_on.isoformat():<10} "
                   f"{due:<10} {left:>5}  {status}")
    which = "overdue" if args.overdue else (f"due within {args.due_within} working days" if args.due_within
                                           is not None else "open")
    out.append(f"{len(rows)} {which} case{'s' if len(rows) != 1 else ''} (today {today.isoformat()})")
    sys.stdout.write("\n".join(out) + "\n")
    return 0


def cmd_holidays(args: argparse.Namespace) -> int:
    """``foi holidays --refresh``: load GOV.UK's bank holidays (downloaded or from a saved file)."""
    import json

    ctx = _context(args)
    if not args.refresh:
        async def info() -> tuple[int, str | None, str | None]:
            from brent_tui.store import Store

            async with await Store.open(ctx.db_path, create=False) as store:
                return await store.bank_holidays_info()

        n, source, at = _run(info())
        if n == 0:
            sys.stdout.write("no GOV.UK bank holidays loaded: the holidays package is used "
                             "(brent-tui foi holidays --refresh to load them)\n")
        else:
            sys.stdout.write(f"{n} bank holidays loaded from {source} at {at}\n")
        return 0
    if args.file:
        from pathlib import Path

        path = Path(args.file).expanduser()
        try:
            raw = path.read_text(encoding="utf-8")
        except OSError as exc:
            _fail(f"{path}: cannot read ({exc.strerror or exc})")
        source = str(path)
    else:
        import httpx

        try:
            response = httpx.get(args.url, timeout=20, follow_redirects=True,
                                 headers={"User-Agent": "brent-tui (FOI clock)"})
        except httpx.HTTPError as exc:
            _fail(f"could not download {args.url}: {type(exc).__name__}: {exc}; nothing was changed "
                  "(try again, or use --file with a saved copy)")
        if response.status_code != 200:
            _fail(f"could not download {args.url}: HTTP {response.status_code}; nothing was changed")
        raw, source = response.text, args.url
    try:
        data = json.loads(raw)
    except ValueError as exc:
        _fail(f"{source}: not JSON ({exc}); nothing was changed")

    async def load() -> tuple[int, list[int]]:
        from brent_tui.store import Store

        async with await Store.open(ctx.db_path, create=False) as store:
            return await store.load_bank_holidays(ctx.actor, data, source)

    days, years = _run(load())
    span = f"{years[0]}-{years[-1]}" if len(years) > 1 else str(years[0])
    sys.stdout.write(f"loaded {days} bank holidays for {span} from {source}; they now win for those years\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Standalone entry point: ``python -m brent_tui.cli.foi due 2026-11-25 --explain``."""
    parser = _OneLineParser(
        prog=f"{PROG} foi", description="FOI / EIR / internal review / subject access clocks."
    )
    _add_foi_subcommands(parser)
    args = parser.parse_args(argv)
    return run_foi(args)


if __name__ == "__main__":
    sys.exit(main())
