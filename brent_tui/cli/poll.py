"""`brent-tui poll [--once]`: keep the cache fresh from the configured networks.

Run as a service (deploy/brent-tui-poller.service) for a shared server, or `--once` from cron.
Logs go to stderr and to the state folder's log file, with every secret scrubbed. Exit codes:
0 done (or stopped by SIGTERM/SIGINT), 1 `--once` and every connector failed, 2 a problem the
user must fix (config, database, another poller already running).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from brent_tui.cli.aio import run as run_async

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def add_poll_parser(sub: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    poll = sub.add_parser("poll", help="fetch mentions from the configured networks into the database")
    common(poll)
    poll.add_argument("--once", action="store_true",
                      help="one cycle of every connector (catching up), then exit — for cron and checks")
    poll.add_argument("--quiet", action="store_true", help="log warnings and errors only")
    poll.set_defaults(handler=cmd_poll)


def setup_logging(secrets: Mapping[str, str], *, quiet: bool = False, log_file: Path | None = None):
    """stderr plus the state folder's log file; both behind the secret-scrubbing filter."""
    from brent_tui.jobs.poller import RedactingFilter

    scrub = RedactingFilter(secrets)
    root = logging.getLogger()
    root.setLevel(logging.WARNING if quiet else logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    if log_file is not None:
        try:
            log_file.parent.mkdir(parents=True, exist_ok=True)
            handlers.append(logging.FileHandler(log_file, encoding="utf-8"))
        except OSError as exc:
            print(f"brent-tui: warning: cannot write the log file {log_file} ({exc}); logging to stderr only",
                  file=sys.stderr)
    for handler in handlers:
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        handler.addFilter(scrub)
        root.addHandler(handler)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # request lines carry query strings
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    return scrub


def cmd_poll(args: argparse.Namespace) -> int:
    from brent_tui import paths
    from brent_tui.cli.context import load_context
    from brent_tui.config import load_secrets
    from brent_tui.jobs.poller import run_poller

    ctx = load_context(args)
    secrets = load_secrets(ctx.config)
    scrub = setup_logging(secrets, quiet=args.quiet, log_file=paths.state_dir() / "poller.log")
    enabled = [c for c in ctx.config.connectors if c.enabled]
    if not enabled:
        print("brent-tui: no connectors are configured (add [[connectors]] to the config); nothing to poll",
              file=sys.stderr)
        return 2
    report = run_async(run_poller(ctx.db_path, ctx.config, secrets, once=args.once, log_filter=scrub))
    if args.once:
        print(f"poll: {report.summary()}")
        if report.outcomes and len(report.failed) == len(report.outcomes):
            return 1
    return 0
