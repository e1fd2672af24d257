"""``brent-tui foi due``: the statutory clock as a one-line shell check (e.g. over SSH).

Kept light on purpose: only argparse/sys at import time; :mod:`brent_tui.foi` (pydantic, and the
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


def london_today() -> date:
    """Today's date in London (a server on UTC would be a day behind after midnight BST)."""
    from zoneinfo import ZoneInfo

    return datetime.now(ZoneInfo("Europe/London")).date()


def parse_date(text: str) -> date:
    """``YYYY-MM-DD``, ``today``, or an aware ISO datetime (taken as its Europe/London date)."""
    raw = text.strip()
    if raw.lower() == "today":
        return london_today()
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
        from brent_tui.foi import receipt_date

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


def add_foi_parser(subparsers: Any) -> None:
    """Mount ``foi`` on the main CLI's subparsers (``brent-tui foi due ...``)."""
    foi = subparsers.add_parser(
        "foi",
        help="FOI / EIR / SAR statutory clocks",
        description="FOI / EIR / internal review / subject access clocks.",
    )
    foi.error = _one_line_error.__get__(foi)  # type: ignore[method-assign]
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
    from brent_tui.foi import status_on

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
    from brent_tui.foi import ClockError, ClockEvents, due_date

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
    today = args.today or london_today()
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
    _fail("choose a command: brent-tui foi due DATE [options] (see --help)")


def main(argv: Sequence[str] | None = None) -> int:
    """Standalone entry point: ``python -m brent_tui.foi_cli due 2026-11-25 --explain``."""
    parser = _OneLineParser(
        prog=f"{PROG} foi", description="FOI / EIR / internal review / subject access clocks."
    )
    _add_foi_subcommands(parser)
    args = parser.parse_args(argv)
    return run_foi(args)


if __name__ == "__main__":
    sys.exit(main())
