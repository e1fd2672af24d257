"""`brent-tui account-request`: the terminal form driven through stdin, flags and --from-file."""

from __future__ import annotations

import asyncio
import os
import pwd
import subprocess
import sys
from pathlib import Path

import pytest

from brent_tui.domain.models import RequestStatus
from brent_tui.store import Store

ME = pwd.getpwuid(os.geteuid()).pw_name


def _config(tmp_path: Path, role: str = "service_officer") -> Path:
    path = tmp_path / "config.toml"
    path.write_text(f"""
[people.{ME}]
name = "Me Myself"
role = "{role}"
department = "Environment"
[people.webby]
role = "web_team"
department = "Web"
[people.head]
role = "head_of_service"
department = "Environment"
[people.cs]
role = "customer_services"
department = "Environment"
[[departments]]
name = "Web"
lead = "webby"
[[departments]]
name = "Environment"
lead = "cs"
head = "head"
""", encoding="utf-8")
    return path


def _db(tmp_path: Path) -> Path:
    path = tmp_path / "brent.sqlite"

    async def make() -> None:
        async with await Store.open(path):
            pass

    asyncio.run(make())
    return path


def run(tmp_path: Path, *args: str, stdin: str = "", role: str = "service_officer") -> subprocess.CompletedProcess:
    env = {**os.environ, "BRENT_TUI_HOME": str(tmp_path / "home")}
    env.pop("BRENT_TUI_CONFIG", None)
    return subprocess.run(
        [sys.executable, "-m", "brent_tui", "account-request", "--db", str(_db(tmp_path)),
         "--config", str(_config(tmp_path, role)), *args],
        input=stdin, capture_output=True, text=True, env=env, timeout=60,
    )


def requests(tmp_path: Path) -> list:
    async def read() -> list:
        async with await Store.open(tmp_path / "brent.sqlite") as store:
            return await store.account_requests()

    return asyncio.run(read())


ANSWERS = [
    "Residents who recycle, especially in flats in Harlesden and Kilburn.",
    "Cut contamination in recycling bins by a fifth and fewer missed collection calls.",
    "Weekly bin tips would swamp the main council account; our audience wants only this.",
    "Yes: two officers share a rota and a three-month plan of weekly posts and replies.",
]


@pytest.mark.slow
def test_interactive_form_re_asks_bad_input_and_submits(tmp_path: Path) -> None:
    lines = [
        "myspace",  # not a network: asked again
        "x",
        "@BrentRecyclesMore",
        "",  # department: default (mine)
        "n/a",  # placeholder: asked again
        ANSWERS[0], ANSWERS[1], ANSWERS[2],
        "We will try.",  # too thin: asked again
        ANSWERS[3],
        ME,  # one owner: asked again
        f"{ME}, stranger",  # unknown login: asked again
        f"{ME}, cs",
        "3 posts a week",
        "y",
        "31/03/2027",  # not a date: asked again
        "2099-03-31",
        "y",
    ]
    result = run(tmp_path, stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "'myspace' is not a network" in out
    assert "placeholder" in out and "too thin to judge (3 words" in out
    assert "Name at least 2 owners" in out and "stranger: not in the brent-tui config" in out
    assert "not a date" in out
    assert "Request #1 submitted: @BrentRecyclesMore on x for Environment. Waiting on web team + head of " \
           "service (head)" in out
    [req] = requests(tmp_path)
    assert req.requester == ME and req.owners == [ME, "cs"] and req.status is RequestStatus.SUBMITTED
    assert req.audience == ANSWERS[0] and str(req.campaign_ends_on) == "2099-03-31"


@pytest.mark.slow
def test_interactive_end_of_input_submits_nothing(tmp_path: Path) -> None:
    result = run(tmp_path, stdin="x\n@Handle\n")
    assert result.returncode == 1
    assert "nothing was submitted" in result.stderr
    assert requests(tmp_path) == []


@pytest.mark.slow
def test_refusing_house_rules_submits_nothing(tmp_path: Path) -> None:
    lines = ["x", "@Handle", "", *ANSWERS, f"{ME}, cs", "weekly posts", "n", "n"]
    result = run(tmp_path, stdin="\n".join(lines) + "\n")
    assert result.returncode == 1 and "house rules were not accepted" in result.stderr
    assert requests(tmp_path) == []


@pytest.mark.slow
def test_non_interactive_refusal_is_one_line_exit_2(tmp_path: Path) -> None:
    result = run(tmp_path, "--network", "x", "--handle", "@Thin", "--audience", "tbc", "--owners", ME)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("brent-tui: error: ")
    assert "placeholder" in lines[0] and "at least 2 owners" in lines[0] and "house rules" in lines[0]
    assert "Traceback" not in result.stderr and requests(tmp_path) == []


@pytest.mark.slow
def test_from_file_submits(tmp_path: Path) -> None:
    request_file = tmp_path / "request.toml"
    request_file.write_text(f"""
network = "facebook"
handle = "Brent Fostering"
audience = "{ANSWERS[0]}"
objectives = "{ANSWERS[1]}"
why = "{ANSWERS[2]}"
commitment = "{ANSWERS[3]}"
owners = ["{ME}", "cs"]
frequency = "2 posts a week"
campaign_ends = 2099-06-30
accept_house_rules = true
""", encoding="utf-8")
    result = run(tmp_path, "--from-file", str(request_file))
    assert result.returncode == 0, result.stderr
    [req] = requests(tmp_path)
    assert req.handle == "Brent Fostering" and str(req.campaign_ends_on) == "2099-06-30"


@pytest.mark.slow
def test_guest_refused_before_any_question(tmp_path: Path) -> None:
    env = {**os.environ, "BRENT_TUI_HOME": str(tmp_path / "home")}
    config = tmp_path / "c.toml"
    config.write_text('[people.someoneelse]\nrole = "web_team"\n', encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "brent_tui", "account-request", "--db", str(_db(tmp_path)),
                             "--config", str(config)], input="", capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 2 and "not in the brent-tui config" in result.stderr
    assert result.stdout == ""
