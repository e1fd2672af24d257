"""`brent-tui import FILE [--format jsonl|hootsuite]`: bring mentions in from a file.

Prints one line per bad line (`FILE:LINE: reason`) on stderr and a summary on stdout. Exit 0 when
any line was usable (imported, or already there), 2 when the file is unreadable, is not in the
format, or has no usable line at all.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from brent_tui.cli.aio import run as run_async

MAX_PROBLEM_LINES = 200


def add_import_parser(sub: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    imp = sub.add_parser("import", help="load mentions from JSON Lines or a Hootsuite CSV export")
    common(imp)
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--format", choices=["jsonl", "hootsuite"], default=None,
                     help="default: by extension (.jsonl/.csv), else by content")
    imp.set_defaults(handler=cmd_import)


def cmd_import(args: argparse.Namespace) -> int:
    from brent_tui.cli.context import load_context
    from brent_tui.domain.errors import UserError
    from brent_tui.domain.roles import Action, require
    from brent_tui.jobs.importer import ImportReport, import_file
    from brent_tui.store import Store

    ctx = load_context(args)
    require(ctx.actor, Action.ADMINISTER)  # mentions imported are triaged as if a network sent them
    path: Path = args.file.expanduser()
    here = ctx.db_path
    db_files = [] if isinstance(here, str) else [here.with_name(here.name + x) for x in ("", "-wal", "-shm")]
    if any(path.resolve() == f.resolve() or (path.exists() and f.exists() and path.samefile(f)) for f in db_files):
        # Reading it with open() beside this process's own connection would drop SQLite's locks.
        raise UserError(f"{path}: that is the database itself (or its -wal/-shm), not a file to import")

    async def run() -> ImportReport:
        async with await Store.open(ctx.db_path) as store:
            return await import_file(store, path, args.format)

    report = run_async(run())
    for problem in report.problems[:MAX_PROBLEM_LINES]:
        print(f"{path}:{problem.line}: {problem.reason}", file=sys.stderr)
    if len(report.problems) > MAX_PROBLEM_LINES:
        print(f"{path}: … and {len(report.problems) - MAX_PROBLEM_LINES} more bad line(s)", file=sys.stderr)
    print(report.summary())
    if report.imported + report.duplicates == 0:
        print(f"brent-tui: error: {path}: no usable {report.fmt} line — is this the right file and --format?",
              file=sys.stderr)
        return 2
    return 0
