"""`brent-tui` and its sub-commands. The TUI is the default command.

Nothing here imports Textual at module level, so one-line shell checks (`brent-tui foi due`)
start fast. Every problem the user can fix is one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import brent_tui
from brent_tui import __version__
from brent_tui.cli.aio import run as run_async
from brent_tui.cli.context import CliError, _Parser, common, load_context
from brent_tui.domain.errors import UserError
from brent_tui.paths import redact_url
from brent_tui.tabs import TAB_BY_NAME

if TYPE_CHECKING:
    pass


def build_parser() -> argparse.ArgumentParser:
    from brent_tui.cli.foi import add_foi_parser

    parser = _Parser(prog="brent-tui", description="A terminal workstation for a council's social media team.")
    parser.add_argument("--version", action="version", version=f"brent-tui {__version__}")
    parser.add_argument("--db", metavar="PATH", help="database file (default: from config)")
    parser.add_argument("--config", metavar="PATH", type=Path, help="config file (also BRENT_TUI_CONFIG)")
    parser.add_argument("--tab", choices=list(TAB_BY_NAME),
                        default="feed", help="the tab to open on")
    parser.add_argument("--no-poll", action="store_true", help="do not poll the networks from this session")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    config = sub.add_parser("config", help="check or print the configuration")
    common(config)
    config_sub = config.add_subparsers(dest="config_command", metavar="ACTION", required=True,
                                       parser_class=_Parser)
    check = config_sub.add_parser("check", help="list every problem in the config (exit 2 if any)")
    common(check)
    config_sub.add_parser("example", help="print a commented example config")

    backup = sub.add_parser("backup", help="online backup of the database to PATH (safe while others write)")
    common(backup)
    backup.add_argument("path", type=Path)
    restore = sub.add_parser("restore", help="replace the database with a checked backup")
    common(restore)
    restore.add_argument("path", type=Path)
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    doctor = sub.add_parser("doctor", help="check config, database, permissions and connectors")
    common(doctor)
    migrate = sub.add_parser("migrate-to", help="copy the SQLite database, whole and verified, into a new "
                                                "PostgreSQL database")
    common(migrate)
    migrate.add_argument("url", metavar="postgresql://…", help="the new, empty PostgreSQL database")

    from brent_tui.cli.audit import add_audit_parser
    from brent_tui.cli.demo import add_demo_parser

    add_audit_parser(sub, common)

    add_demo_parser(sub)
    add_foi_parser(sub)
    from brent_tui.cli.report import add_report_parser

    add_report_parser(sub)
    from brent_tui.cli.account_request import add_account_request_parser

    add_account_request_parser(sub)
    from brent_tui.cli.imports import add_import_parser
    from brent_tui.cli.poll import add_poll_parser
    from brent_tui.cli.triage import add_triage_parser

    add_poll_parser(sub, common)
    add_import_parser(sub, common)
    add_triage_parser(sub, common)
    return parser


# --------------------------------------------------------------------------- commands


def cmd_tui(args: argparse.Namespace) -> int:
    ctx = load_context(args)
    from brent_tui.store import Store

    async def check() -> None:  # a clear CLI error beats an app that opens and quits
        store = await Store.open(ctx.db_path, create=False)
        await store.close()

    run_async(check())
    from brent_tui.terminal import keys_unreadable

    refusal = keys_unreadable()
    if refusal is not None:
        raise UserError(refusal)
    from brent_tui.app import BrentApp

    app = BrentApp(ctx.config, db_path=ctx.db_path, actor=ctx.actor, config_files=ctx.files,
                   start_mode=args.tab, run_poller=False if args.no_poll else None)
    app.run()
    return app.return_code or 0


def cmd_config(args: argparse.Namespace) -> int:
    if args.config_command == "example":
        from importlib.resources import files

        sys.stdout.write(files("brent_tui").joinpath("example-config.toml").read_text(encoding="utf-8"))
        return 0
    from brent_tui.config import ConfigError, load_secrets

    try:
        ctx = load_context(args)
    except ConfigError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"{len(exc.problems)} problem{'s' if len(exc.problems) != 1 else ''} found", file=sys.stderr)
        return 2
    load_secrets(ctx.config)
    problem = None if isinstance(ctx.db_path, str) else _database_problem(ctx.db_path)
    if problem:  # the config parses, but the database it names cannot be used
        print(f"database: {problem}", file=sys.stderr)
        print("1 problem found", file=sys.stderr)
        return 2
    files = ", ".join(map(str, ctx.files)) or "no config files (defaults)"
    print(f"config ok: {files}")
    print(f"database: {redact_url(ctx.db_path) if isinstance(ctx.db_path, str) else ctx.db_path}")
    print(f"you: {ctx.actor.login} ({ctx.actor.label})")
    from brent_tui.services.publisher import accounts_that_cannot_publish

    for why in accounts_that_cannot_publish(ctx.config.accounts, ctx.config.connectors):
        print(f"cannot publish: {why}")  # a warning: an account may be listened to and posted to by hand
    return 0


def _database_problem(path: Path) -> str | None:
    """Why the database path cannot be used (a folder, not an SQLite file, a parent that is a file), or None.

    A path where nothing exists yet is fine: the first poll or `demo` creates it.
    """
    from brent_tui.store import check_sqlite_file

    parent = next((p for p in path.parents if p.exists()), None)
    if parent is not None and not parent.is_dir():
        return f"{path}: {parent} is a file, not a folder"
    try:
        check_sqlite_file(path)
    except UserError as exc:
        return str(exc)
    return None


def cmd_backup(args: argparse.Namespace) -> int:
    ctx = load_context(args)
    from brent_tui.store import Store

    if isinstance(ctx.db_path, str):
        raise CliError(f"{redact_url(ctx.db_path)}: back up a PostgreSQL database with its own tools "
                       "(pg_dump, or the server's base backups; see deploy/README.md)")
    target: Path = args.path.expanduser()
    if target.exists():
        raise CliError(f"{target}: already exists (choose a new file name)")
    if not target.parent.is_dir():
        raise CliError(f"{target.parent}: folder does not exist")

    async def run() -> None:  # the copy is integrity-checked before it gets its name (`backup_file`)
        async with await Store.open(ctx.db_path, create=False) as store:
            await store.backup_to(target)

    run_async(run())
    print(f"backed up {ctx.db_path} to {target} (integrity ok)")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Replace the shared database with a checked backup: web team only, never under a live session."""
    ctx = load_context(args)
    from brent_tui import clock
    from brent_tui.domain.roles import Action, require
    from brent_tui.store import SCHEMA_VERSION, Store, check_sqlite_file
    from brent_tui.store.replace import replace_database

    require(ctx.actor, Action.ADMINISTER)
    if isinstance(ctx.db_path, str):
        raise CliError(f"{redact_url(ctx.db_path)}: restore a PostgreSQL database with its own tools "
                       "(pg_restore; see deploy/README.md)")
    source: Path = args.path.expanduser()
    if not source.is_file():
        raise CliError(f"{source}: no such file")
    check_sqlite_file(source)

    async def inspect() -> tuple[str, int]:
        async with await Store.open(source, create=False, migrate=False, register=False) as store:
            return await store.integrity_check(), await store.schema_version()

    try:
        integrity, version = run_async(inspect())
    except UserError as exc:
        if "needs migrating" not in str(exc):
            raise
        integrity, version = "ok", 0
    if integrity != "ok":
        raise CliError(f"{source}: failed its integrity check ({integrity}); nothing was restored")
    if version > SCHEMA_VERSION:
        raise CliError(f"{source}: made by a newer brent-tui (schema {version}); nothing was restored")
    if not args.yes:
        if not sys.stdin.isatty():
            raise CliError("restore replaces the database: add --yes to confirm")
        answer = input(f"Replace {ctx.db_path} with {source}? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("nothing restored")
            return 1
    safety = ctx.db_path.with_name(f"{ctx.db_path.name}.pre-restore-{clock.now():%Y%m%dT%H%M%SZ}.bak")
    kept = replace_database(ctx.db_path, source, safety=safety, doing="restored")
    if kept is not None:
        print(f"kept the current database as {kept} (verified: integrity ok, every table's rows counted)")
    print(f"restored {ctx.db_path} from {source}")
    return 0


def cmd_migrate_to(args: argparse.Namespace) -> int:
    """Copy the SQLite database (`--db` or the config's) into an empty PostgreSQL database, then verify."""
    ctx = load_context(args)
    from brent_tui.domain.roles import Action, require
    from brent_tui.paths import is_postgres_url
    from brent_tui.store import Store
    from brent_tui.store.copy import copy_to_postgres

    require(ctx.actor, Action.ADMINISTER)
    if not is_postgres_url(args.url):
        raise CliError(f"{args.url!r}: give the target as a postgresql:// URL")
    if isinstance(ctx.db_path, str):
        raise CliError("the source is already a PostgreSQL database: migrate-to copies an SQLite file")
    shown: dict[str, int] = {}

    def progress(table: str, rows: int) -> None:
        if rows - shown.get(table, 0) >= 100_000:
            shown[table] = rows
            print(f"  {table}: {rows:,} rows", flush=True)

    async def run() -> None:
        async with await Store.open(ctx.db_path, create=False) as source, await Store.open(args.url) as target:
            print(f"copying {source.location} into {target.location}", flush=True)
            report = await copy_to_postgres(source, target, progress)
            for table, rows in report.rows.items():
                if rows:
                    print(f"  {table}: {rows:,} rows, the same on both")
            print(f"audit chain verified on the copy: {report.chain_rows:,} rows, head {report.chain_head[:16]} "
                  "(the source's)")
            print(f"done: set [database] url = {redact_url(args.url)!r} in the config to use it")

    run_async(run())
    return 0


def cmd_doctor(args: argparse.Namespace) -> int:
    from brent_tui.cli.doctor import run_doctor

    return run_doctor(load_context(args))


COMMANDS = {
    None: cmd_tui,
    "config": cmd_config,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "doctor": cmd_doctor,
    "migrate-to": cmd_migrate_to,
}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    brent_tui.process_label = _describe(args)
    if args.command is not None:  # the app draws the terminal itself; a command prints to it
        from brent_tui.cli.terminal import guard

        sys.stdout, sys.stderr = guard(sys.stdout), guard(sys.stderr)
    try:
        # Sub-commands from other modules register `handler` with set_defaults.
        handler = getattr(args, "handler", None) or COMMANDS[args.command]
        return handler(args)
    except Exception as exc:
        # A full disk or an unwritable file met outside the store (an export, a report) is one line
        # too, and so is a value no check foresaw (`_bad_value`); anything else is a bug, and its
        # traceback is the report.
        error = exc if isinstance(exc, UserError) else _storage_error(exc) or _bad_value(exc)
        if error is None:
            raise
        print(f"brent-tui: error: {error}".replace("\n", "\nbrent-tui: error: "), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _bad_value(exc: Exception) -> UserError | None:
    """The guard behind every command: a number, date or input no check foresaw is one line, never a traceback.

    A number too large for the database or a date past year 9999 (OverflowError), input nested
    too deeply to read (RecursionError) and a value that cannot be used (ValueError) are bad input
    whichever command met them; each command's own checks give the more precise words first.
    """
    detail = " ".join(str(exc).split())[:200]
    if isinstance(exc, OverflowError):
        return UserError(f"a number or date given is out of range ({detail})")
    if isinstance(exc, RecursionError):
        return UserError("the input is nested too deeply to read")
    if isinstance(exc, ValueError):
        return UserError(f"a value given cannot be used ({detail})")
    return None


def _storage_error(exc: Exception) -> UserError | None:
    """`storage_error`, importing the store only on that path (so `foi due` stays store-free)."""
    from brent_tui.store import storage_error

    return storage_error(exc)


def _describe(args: argparse.Namespace) -> str:
    """What this process is, as `restore` names it to colleagues: "app session", "poll", "foi list"."""
    if args.command is None:
        return "app session"
    sub = next((getattr(args, k) for k in ("foi_command", "config_command", "triage_command") if getattr(args, k, None)), None)
    return f"{args.command} {sub}" if sub else args.command


def entry() -> None:
    sys.exit(main())


if __name__ == "__main__":
    entry()
