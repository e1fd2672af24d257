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
    db_path: Path | str  # the SQLite file, or a PostgreSQL URL (`[database] url`, or `--db postgresql://…`)
    actor: Actor


def load_context(args: argparse.Namespace) -> Context:
    from brent_tui.config import load_config
    from brent_tui.domain.roles import login_name

    config, files = load_config(getattr(args, "config", None))
    from brent_tui.paths import is_postgres_url

    db = getattr(args, "db", None)
    db_path: Path | str = (db if is_postgres_url(db) else Path(db).expanduser()) if db else config.database_location()
    return Context(config=config, files=files, db_path=db_path, actor=config.actor(login_name()))


def common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="database file, or a postgresql:// URL (default: from config)")
    parser.add_argument("--config", metavar="PATH", type=Path, default=argparse.SUPPRESS,
                        help="config file (also BRENT_TUI_CONFIG)")


# --------------------------------------------------------------------------- --out FILE [--force]


def add_out_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    """`--out FILE` and `--force`: every command that writes a file refuses to replace one unasked."""
    parser.add_argument("--out", metavar="FILE", type=Path, help=help_text)
    parser.add_argument("--force", action="store_true", help="with --out: replace FILE if it already exists")


def out_path(args: argparse.Namespace) -> Path | None:
    """`--out` checked before any work is done: a folder, a missing folder, or a file there without `--force`."""
    out: Path | None = getattr(args, "out", None)
    if out is None:
        return None
    out = out.expanduser()
    if out.is_dir():
        raise CliError(f"{out}: is a folder; give a file name")
    if not out.parent.is_dir():
        raise CliError(f"{out.parent}: folder does not exist")
    if out.exists() and not getattr(args, "force", False):
        raise CliError(f"{out}: already exists (add --force to replace it, or choose another name)")
    return out


def write_out(out: Path, text: str, *, force: bool) -> None:
    """Write `text` to `out`; without `force` the file is created only if still absent (no race)."""
    try:
        with out.open("w" if force else "x", encoding="utf-8", newline="") as handle:
            handle.write(text)
    except FileExistsError:
        raise CliError(f"{out}: already exists (add --force to replace it, or choose another name)") from None
    except OSError as exc:
        raise CliError(f"{out}: cannot write ({exc.strerror or exc})") from exc
