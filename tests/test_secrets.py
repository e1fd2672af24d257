"""API tokens: only from the environment or a private secrets file; never in the database, logs or errors.

- the secrets file must be a regular file owned by the user with no group/other bits (like ssh's
  private keys); anything else is refused with the `chmod 600` to run, and nothing is read;
- an environment variable wins over the file;
- end to end: `brent-tui poll --once` with a distinctive token against the 127.0.0.1 stand-in,
  whose error replies echo the token back (as some misbehaving APIs do), then every text column
  of every table, every file under the app's home (the poller log included) and the process's
  own output are searched for the token: it appears nowhere.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from brent_tui.config import Config, ConfigError, load_secrets, write_private
from tests.e2e.fakenet import FakeNet, Fault
from tests.helpers import child_env

TOKEN = "brent-SECRET-7f3Kq9ZxW2mPvL8aR4tY"
TAG = "/api/v1/timelines/tag/brentbins"


def _config(secrets_file: Path, **connector) -> Config:
    return Config.model_validate({
        "secrets": {"file": str(secrets_file)},
        "connectors": [{"name": "masto", "type": "mastodon", "base_url": "http://127.0.0.1:9",
                        "hashtags": ["brentbins"], **connector}],
    })


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o660, 0o666, 0o700 | 0o004])
def test_a_secrets_file_others_can_read_is_refused_like_ssh(tmp_path: Path, mode: int) -> None:
    path = tmp_path / "secrets.toml"
    path.write_text(f'masto = "{TOKEN}"\n')
    path.chmod(mode)
    with pytest.raises(ConfigError) as info:
        load_secrets(_config(path), environ={})
    message = str(info.value)
    assert "readable by others" in message and f"chmod 600 {path}" in message
    assert TOKEN not in message


def test_a_private_secrets_file_is_read_and_the_environment_wins(tmp_path: Path) -> None:
    path = tmp_path / "secrets.toml"
    write_private(path, f'masto = "{TOKEN}"\n')
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert load_secrets(_config(path), environ={})["masto"] == TOKEN
    got = load_secrets(_config(path, token_env="MASTO_TOKEN"), environ={"MASTO_TOKEN": "from-env-123456"})
    assert got["masto"] == "from-env-123456"


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to give the file to another user")
def test_a_secrets_file_owned_by_someone_else_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "secrets.toml"
    write_private(path, f'masto = "{TOKEN}"\n')
    os.chown(path, 65534, 65534)
    with pytest.raises(ConfigError, match="owned by another user"):
        load_secrets(_config(path), environ={})


def test_a_bad_secrets_file_never_quotes_its_values(tmp_path: Path) -> None:
    path = tmp_path / "secrets.toml"
    write_private(path, f'masto = "{TOKEN}"\nbroken = [\n')
    with pytest.raises(ConfigError) as info:
        load_secrets(_config(path), environ={})
    assert TOKEN not in str(info.value)
    write_private(path, f'masto = ["{TOKEN}"]\n')
    with pytest.raises(ConfigError) as info:
        load_secrets(_config(path), environ={})
    assert TOKEN not in str(info.value) and "must be a string" in str(info.value)


def _every_text(db: Path) -> Iterator[tuple[str, str]]:
    con = sqlite3.connect(db)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            try:
                rows = con.execute(f'SELECT * FROM "{table}"').fetchall()
            except sqlite3.OperationalError:
                continue  # FTS shadow internals
            for row in rows:
                for value in row:
                    if isinstance(value, str | bytes):
                        yield table, value if isinstance(value, str) else value.decode("utf-8", "replace")
    finally:
        con.close()


@pytest.mark.slow
def test_a_token_is_in_no_table_log_file_error_or_output(net: FakeNet, tmp_path: Path, isolated_home: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f"""
[app]
poll_in_app = false

[[connectors]]
name = "masto"
type = "mastodon"
base_url = "{net.base}"
hashtags = ["brentbins"]
account_handles = ["brentcouncil"]
token_env = "SECRETS_TEST_TOKEN"
timeout_seconds = 3
""")
    db = tmp_path / "secrets.sqlite"
    env = child_env(isolated_home, SECRETS_TEST_TOKEN=TOKEN)
    net.add_statuses(5)
    echo = f'{{"error":"The access token {TOKEN} is invalid"}}'.encode()
    outputs = []
    for fault in (Fault(401, {}, echo), Fault(500, {}, echo), Fault(200, {"Content-Type": "text/html"},
                                                                    b"<title>" + TOKEN.encode() + b"</title>"),
                  None):
        if fault is not None:
            net.fault(TAG, fault)
        proc = subprocess.run([sys.executable, "-m", "brent_tui", "poll", "--once", "--db", str(db),
                               "--config", str(config)], env=env, capture_output=True, text=True, timeout=30)
        outputs.append(proc.stdout + proc.stderr)
        assert "Traceback" not in proc.stderr, proc.stderr
        if fault is not None:
            assert "FAILED" in proc.stdout
            with sqlite3.connect(db) as con:  # an auth failure holds the connector for an hour: let it retry
                con.execute("UPDATE connector_state SET next_attempt_at = NULL")
    assert "masto: 5 new" in outputs[-1] or "masto: 0 new" in outputs[-1], outputs[-1]
    for out in outputs:
        assert TOKEN not in out
    leaks = [table for table, text in _every_text(db) if TOKEN in text]
    assert not leaks, f"the token is stored in {sorted(set(leaks))}"
    with sqlite3.connect(db) as con:
        errors = " ".join(r[0] or "" for r in con.execute("SELECT last_error FROM connector_state"))
    assert "***" in errors or "invalid" in errors  # the error was recorded, scrubbed
    files = [p for p in isolated_home.rglob("*") if p.is_file()]
    assert any(p.name == "poller.log" for p in files), "the poller wrote no log file"
    for path in files:
        assert TOKEN.encode() not in path.read_bytes(), f"the token is in {path}"
    # and the doctor, which reports secrets, names how many, never what
    doctor = subprocess.run([sys.executable, "-m", "brent_tui", "doctor", "--db", str(db), "--config", str(config)],
                            env=env, capture_output=True, text=True, timeout=30)
    assert TOKEN not in doctor.stdout + doctor.stderr and "token" in doctor.stdout


async def test_a_crash_report_in_the_app_log_has_the_token_scrubbed(tmp_path: Path, isolated_home: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """An unexpected error's traceback goes to the log file: with the token scrubbed like the poller's."""
    from brent_tui import paths
    from tests.tui.conftest import make_app

    monkeypatch.setenv("SECRETS_TEST_TOKEN", TOKEN)
    config = Config.model_validate({"app": {"poll_in_app": False}, "connectors": [
        {"name": "masto", "type": "mastodon", "base_url": "http://127.0.0.1:9", "hashtags": ["x"],
         "token_env": "SECRETS_TEST_TOKEN"}]})
    from brent_tui.store import Store

    db = tmp_path / "app.sqlite"
    async with await Store.open(db):
        pass
    app = make_app(config, db)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        try:
            raise RuntimeError(f"GET https://social.example/api?access_token={TOKEN} failed")
        except RuntimeError as exc:
            app.report_error(exc)
        await pilot.pause()
    log = paths.log_file().read_text()
    assert "RuntimeError" in log
    assert TOKEN not in log, "the app's crash log holds the token"
