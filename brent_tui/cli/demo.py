"""``brent-tui demo``: build the demo database and its config from the shell.

Imports stay light (argparse only) until the command runs, so ``brent-tui --help`` stays fast.
Bad input is one clear line on stderr and exit 2, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any, NoReturn

PROG = "brent-tui"


def _fail(message: str) -> NoReturn:
    sys.stderr.write(f"{PROG}: error: {' '.join(message.split())}\n")
    raise SystemExit(2)


def _one_line_error(self: argparse.ArgumentParser, message: str) -> NoReturn:
    _fail(f"demo: {message}")


def _count(text: str) -> int:
    """A mention count: a whole number ≥ 0 (underscores and commas allowed: 1_000_000, 1,000,000)."""
    cleaned = text.strip().replace("_", "").replace(",", "")
    try:
        value = int(cleaned)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--mentions must be a whole number, not {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"--mentions must be 0 or more, not {value}")
    return value


def _seed(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"--seed must be a whole number, not {text!r}") from None


def add_demo_parser(subparsers: Any) -> None:
    """Mount ``demo`` on the main CLI's subparsers."""
    demo = subparsers.add_parser(
        "demo",
        help="build a deterministic, realistic demo database (Brent Council, 30 days)",
        description="Build a demo database: council accounts, mentions over 30 days across Mastodon, "
        "Bluesky, RSS, X and Facebook (with a flooding burst and Wembley event days), scheduled posts, "
        "account requests, FOI cases and triage work. Same seed and hour, same data.",
    )
    demo.error = _one_line_error.__get__(demo)
    demo.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                      help="database file to create (default: demo.sqlite in the data folder)")
    demo.add_argument("--mentions", metavar="N", type=_count, default=3000,
                      help="how many mentions to generate (default 3000; 1000000 for benchmarks)")
    demo.add_argument("--seed", metavar="S", type=_seed, default=7, help="random seed (default 7)")
    demo.add_argument("--force", action="store_true", help="replace an existing database at PATH")
    demo.add_argument("--config-out", metavar="PATH", type=Path, default=None,
                      help="where to write the demo config (default: <db>.config.toml beside the database)")
    demo.set_defaults(handler=run_demo)


def _rebuild(db: Path, args: argparse.Namespace, progress: Any) -> Any:
    """`--force` over an existing database: built beside it, then copied in through SQLite while no
    one else has it open. A database that is not a demo needs the web team's role and gets a
    verified safety copy first; nothing is deleted."""
    import asyncio
    import os

    from brent_tui import clock
    from brent_tui.config import load_config
    from brent_tui.domain.roles import Action, login_name, require
    from brent_tui.jobs.demo import build_demo
    from brent_tui.store.replace import discard_scratch, is_demo_database, replace_database

    safety = None
    if not is_demo_database(db):
        config, _files = load_config(None)
        require(config.actor(login_name()), Action.ADMINISTER)
        safety = db.with_name(f"{db.name}.pre-demo-{clock.now():%Y%m%dT%H%M%SZ}.bak")
    scratch = db.with_name(f".{db.name}.demo-{os.getpid()}.sqlite")
    discard_scratch(scratch)
    try:
        summary = asyncio.run(build_demo(scratch, mentions=args.mentions, seed=args.seed, progress=progress))
        kept = replace_database(db, scratch, safety=safety, doing="rebuilt")
    finally:
        discard_scratch(scratch)
    if kept is not None:
        print(f"kept the previous database as {kept} (verified)")
    summary.path = db
    return summary


def run_demo(args: argparse.Namespace) -> int:
    """Build the database, write the config beside it, print a short summary."""
    import asyncio

    from brent_tui import paths
    from brent_tui.domain.roles import login_name
    from brent_tui.jobs.demo import build_demo, demo_config_text

    db_arg = getattr(args, "db", None)
    db = Path(db_arg).expanduser() if db_arg else paths.data_dir() / "demo.sqlite"
    config_out: Path = args.config_out or db.with_name(db.name + ".config.toml")
    if config_out.exists() and not args.force:
        _fail(f"{config_out}: already exists (use --force to replace it, or --config-out PATH)")
    started = time.monotonic()

    def progress(message: str) -> None:
        print(f"  {message} ({time.monotonic() - started:.0f} s)", file=sys.stderr, flush=True)

    if args.force and db.exists() and db.stat().st_size > 0:
        summary = _rebuild(db, args, progress)
    else:
        summary = asyncio.run(build_demo(db, mentions=args.mentions, seed=args.seed, progress=progress))
    config_out.parent.mkdir(parents=True, exist_ok=True)
    config_out.write_text(demo_config_text(login_name()), encoding="utf-8")
    for line in summary.lines():
        print(line)
    print(f"config:        {config_out}")
    print(f"built in {time.monotonic() - started:.1f} s. Open it with:")
    print(f"  brent-tui --config {config_out} --db {db}")
    return 0
