"""Config: layering, validation that names file and key for every problem, secrets files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from brent_tui.config import Config, ConfigError, load_config, load_secrets, write_private
from brent_tui.domain.models import Role

GOOD = """
[people.asingh]
name = "Asha Singh"
role = "web_team"
department = "Web"

[people.kokafor]
role = "customer_services"
department = "Environment"

[[departments]]
name = "Web"
lead = "asingh"

[[departments]]
name = "Environment"
lead = "kokafor"

[sla]
customer_services_hours = 12
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_defaults_without_any_file() -> None:
    config, files = load_config()
    assert files == []
    assert config.sla.customer_services_hours == 24
    assert config.actor("nobody").role is None


def test_explicit_file_is_read_and_people_get_roles(tmp_path: Path) -> None:
    config, files = load_config(write(tmp_path / "c.toml", GOOD))
    assert files == [tmp_path / "c.toml"]
    assert config.actor("asingh").role is Role.WEB_TEAM
    assert config.sla.customer_services_hours == 12
    assert config.department("environment").lead == "kokafor"


def test_layers_merge_tables_and_later_files_win(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 isolated_home: Path) -> None:
    system = write(tmp_path / "etc.toml", GOOD + "\n[app]\ndormant_days = 60\n")
    monkeypatch.setenv("BRENT_TUI_SYSTEM_CONFIG", str(system))
    write(isolated_home / "config" / "config.toml", "[app]\nlease_seconds = 300\n")
    explicit = write(tmp_path / "mine.toml", "[sla]\nweb_team_hours = 2\n")
    config, files = load_config(explicit)
    assert files == [system, isolated_home / "config" / "config.toml", explicit]
    assert config.app.dormant_days == 60 and config.app.lease_seconds == 300
    assert config.sla.web_team_hours == 2 and config.sla.customer_services_hours == 12


def test_env_var_names_the_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRENT_TUI_CONFIG", str(write(tmp_path / "env.toml", GOOD)))
    config, _ = load_config()
    assert "asingh" in config.people


def test_three_mistakes_are_all_reported_with_file_and_key(tmp_path: Path) -> None:
    text = (GOOD.replace('role = "customer_services"', 'role = "boss"')
            .replace("customer_services_hours = 12", "customer_services_hours = 12\nweb_team_hours = -1"))
    bad = write(tmp_path / "bad.toml", text + "\n[app]\ndormant_dayz = 3\n")
    with pytest.raises(ConfigError) as info:
        load_config(bad)
    problems = info.value.problems
    assert len(problems) == 3, problems
    assert any(p.startswith(f"{bad}: people.kokafor.role:") for p in problems)
    assert any(p.startswith(f"{bad}: app.dormant_dayz: unknown setting") for p in problems)
    assert any(p.startswith(f"{bad}: sla.web_team_hours:") for p in problems)


def test_references_to_unknown_people_are_reported(tmp_path: Path) -> None:
    bad = write(tmp_path / "ref.toml", GOOD.replace('lead = "kokafor"', 'lead = "ghost"'))
    with pytest.raises(ConfigError) as info:
        load_config(bad)
    assert info.value.problems == [f"{bad}: departments[1] (Environment).lead: 'ghost' is not in [people]"]


def test_invalid_toml_names_the_line(tmp_path: Path) -> None:
    bad = write(tmp_path / "broken.toml", "[app\ndormant_days = 3\n")
    with pytest.raises(ConfigError, match=r"broken.toml: invalid TOML: .*line 1"):
        load_config(bad)


def test_missing_explicit_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="file not found"):
        load_config(tmp_path / "nope.toml")


def test_example_config_is_valid() -> None:
    import tomllib
    from importlib.resources import files

    Config.model_validate(tomllib.loads(files("brent_tui").joinpath("example-config.toml").read_text()))


def test_config_check_command_lists_problems_and_exits_2(tmp_path: Path) -> None:
    bad = write(tmp_path / "bad.toml", '[people.x]\nrole = "king"\n[app]\nfoo = 1\n[sla]\nescalate_hours = "soon"\n')
    proc = subprocess.run([sys.executable, "-m", "brent_tui", "config", "check", "--config", str(bad)],
                          capture_output=True, text=True, env={**os.environ})
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert lines[-1] == "3 problems found"
    assert all(line.startswith(str(bad)) for line in lines[:-1])
    assert "Traceback" not in proc.stderr


def test_config_check_names_each_account_that_cannot_publish(tmp_path: Path) -> None:
    cfg = write(tmp_path / "c.toml", """
[[accounts]]
platform = "x"
handle = "@BrentCouncil"
service = "Communications"
[[accounts]]
platform = "x"
handle = "@BrentLibraries"
service = "Libraries"
[[accounts]]
platform = "youtube"
handle = "BrentCouncilTV"
service = "Communications"
[[connectors]]
name = "x-main"
type = "x"
account_handles = ["BrentCouncil"]
""")
    proc = subprocess.run([sys.executable, "-m", "brent_tui", "config", "check", "--config", str(cfg),
                           "--db", str(tmp_path / "b.sqlite")], capture_output=True, text=True, env={**os.environ})
    assert proc.returncode == 0, proc.stderr
    assert [line for line in proc.stdout.splitlines() if line.startswith("cannot publish")] == [
        "cannot publish: no connector for @BrentLibraries (x): name it in the account_handles of a [[connectors]] "
        "entry holding that account's own token",
        "cannot publish: BrentCouncilTV (youtube): brent-tui cannot post to youtube; publish there by hand",
    ]


def test_secrets_file_must_be_private_and_env_wins(tmp_path: Path) -> None:
    config = Config.model_validate({
        "connectors": [{"name": "masto", "type": "mastodon", "token_env": "MASTO_TOKEN"}],
        "secrets": {"file": str(tmp_path / "secrets.toml")},
    })
    write_private(tmp_path / "secrets.toml", 'masto = "file-token"\n')
    assert oct((tmp_path / "secrets.toml").stat().st_mode & 0o777) == "0o600"
    assert load_secrets(config, environ={}) == {"masto": "file-token"}
    assert load_secrets(config, environ={"MASTO_TOKEN": "env-token"}) == {"masto": "env-token",
                                                                         "MASTO_TOKEN": "env-token"}
    (tmp_path / "secrets.toml").chmod(0o644)
    with pytest.raises(ConfigError, match="readable by others") as info:
        load_secrets(config, environ={})
    assert "file-token" not in str(info.value)


def test_self_approval_is_refused_by_default_and_validated() -> None:
    from pydantic import ValidationError

    assert Config().posts.allow_self_approval is False
    assert Config.model_validate({"posts": {"allow_self_approval": True}}).posts.allow_self_approval is True
    with pytest.raises(ValidationError):
        Config.model_validate({"posts": {"allow_self_aproval": True}})
