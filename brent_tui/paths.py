"""Where brent-tui keeps its files: platformdirs, with one override for tests and demos.

`BRENT_TUI_HOME` puts config, data and state under one folder, so tests never read a
developer's own config. Folders are created lazily, when something is written.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

APP = "brent-tui"
SYSTEM_CONFIG = Path("/etc/brent-tui/config.toml")


def _home() -> Path | None:
    home = os.environ.get("BRENT_TUI_HOME")
    return Path(home).expanduser() if home else None


def config_dir() -> Path:
    home = _home()
    if home:
        return home / "config"
    from platformdirs import user_config_path

    return user_config_path(APP)


def data_dir() -> Path:
    home = _home()
    if home:
        return home / "data"
    from platformdirs import user_data_path

    return user_data_path(APP)


def state_dir() -> Path:
    home = _home()
    if home:
        return home / "state"
    from platformdirs import user_state_path

    return user_state_path(APP)


def system_config_file() -> Path:
    override = os.environ.get("BRENT_TUI_SYSTEM_CONFIG")
    if override is not None:
        return Path(override)
    return Path("/nonexistent/brent-tui/config.toml") if _home() else SYSTEM_CONFIG


def user_config_file() -> Path:
    return config_dir() / "config.toml"


def default_secrets_file() -> Path:
    return config_dir() / "secrets.toml"


def default_database() -> Path:
    return data_dir() / "brent-tui.sqlite"


def log_file() -> Path:
    return state_dir() / "brent-tui.log"


def is_postgres_url(location: str | Path | None) -> bool:
    """A `postgresql://` (or `postgres://`) URL rather than an SQLite file."""
    return str(location or "").startswith(("postgresql://", "postgres://"))


def redact_url(url: str) -> str:
    """The URL without its password, for messages and logs."""
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", url)
