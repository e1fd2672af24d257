"""What every command shares: the one-line argument parser, `--db`/`--config`, and the context
(config, database path, the signed-in officer) resolved the same way for all of them."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from brent_tui.domain.errors import UserError

if TYPE_CHECKING:
    from brent_tui.config import Config
    from brent_tui.domain.roles import Actor


class CliError(UserError):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse, but errors are one line (no usage dump) and exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"brent-tui: error: {message} (see `{self.prog} --help`)\n")


@dataclass
class Context:
    config: Config
    files: list[Path]
    db_path: Path
    actor: Actor


def load_context(args: argparse.Namespace) -> Context:
    from brent_tui.config import load_config
    from brent_tui.domain.roles import login_name

    config, files = load_config(getattr(args, "config", None))
    db = getattr(args, "db", None)
    db_path = Path(db).expanduser() if db else config.database_path()
    return Context(config=config, files=files, db_path=db_path, actor=config.actor(login_name()))


def common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="database file (default: from config)")
    parser.add_argument("--config", metavar="PATH", type=Path, default=argparse.SUPPRESS,
                        help="config file (also BRENT_TUI_CONFIG)")
