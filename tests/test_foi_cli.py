"""``brent-tui foi due`` as a shell command: output format, exit codes, no tracebacks, no Textual.

Runs ``python -m brent_tui.foi_cli`` in a subprocess, as a person over SSH would. Expected dates are
the hand-counted ones from tests/test_foi_clock.py (the reasoning is repeated briefly here).
"""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "brent_tui.foi_cli", *args], capture_output=True, text=True, timeout=30
    )


@pytest.mark.parametrize(
    ("args", "first", "second"),
    [
        # Wed 25 Nov 2026 -> Thu 24 Dec 2026 (St Andrew's Day Mon 30 Nov skipped)
        (
            ["due", "2026-11-25", "--today", "2026-11-25"],
            "2026-12-24",
            "Thursday; 20 working days after 2026-11-25; 20 working days left (today 2026-11-25): on time",
        ),
        (["due", "2026-11-25", "--today", "2026-12-17"], "2026-12-24", "5 working days left"),
        (["due", "2026-11-25", "--today", "2026-12-24"], "2026-12-24", "due today"),
        # 25 x, 28 x (Boxing Day substitute), Tue 29 Dec is 1 working day late
        (
            ["due", "2026-11-25", "--today", "2026-12-29"],
            "2026-12-24",
            "1 working day late (today 2026-12-29): delayed",
        ),
        (["due", "2026-11-25", "--today", "2027-01-28"], "2026-12-24", "long overdue"),
        # 23:30 UTC on 1 Jul 2026 is 2 Jul in London -> Fri 31 Jul (Boyne substitute Mon 13 Jul skipped)
        (["due", "2026-07-01T23:30Z", "--today", "2026-07-02"], "2026-07-31", "Friday"),
        (["due", "2026-07-01T23:30:00+00:00", "--today", "2026-07-02"], "2026-07-31", "Friday"),
        # Mon 2 Mar 2026 with the fee period 9-13 Mar -> Thu 9 Apr 2026
        (
            [
                "due",
                "2026-03-02",
                "--fee-notice",
                "2026-03-09",
                "--fee-paid",
                "2026-03-13",
                "--today",
                "2026-03-02",
            ],
            "2026-04-09",
            "Thursday",
        ),
        # clarification received Fri 13 Mar -> a fresh 20: Wed 15 Apr 2026
        (
            [
                "due",
                "2026-03-02",
                "--clarification-requested",
                "2026-03-04",
                "--clarification-received",
                "2026-03-13",
                "--today",
                "2026-03-13",
            ],
            "2026-04-15",
            "20 working days after 2026-03-13",
        ),
        # public interest: 40 working days -> Thu 30 Apr 2026
        (
            ["due", "2026-03-02", "--pit", "--pit-notified", "2026-03-31", "--today", "2026-03-02"],
            "2026-04-30",
            "40 working days",
        ),
        (
            ["due", "2026-03-02", "--regime", "eir", "--eir-extended", "--today", "2026-03-02"],
            "2026-04-30",
            "40",
        ),
        (
            ["due", "2026-03-02", "--eir-extended", "--today", "2026-03-02"],
            "2026-04-30",
            "40",
        ),  # regime inferred
        (
            ["due", "2026-03-02", "--regime", "review", "--review-of", "eir", "--today", "2026-03-02"],
            "2026-04-30",
            "40",
        ),
        (["due", "2026-03-02", "--review-of", "foi", "--today", "2026-03-02"], "2026-03-31", "20"),
        (
            ["due", "2026-03-02", "--review-of", "foi", "--review-extended", "--today", "2026-03-02"],
            "2026-04-30",
            "40",
        ),
        # SAR: 31 Jan 2024 -> 29 Feb 2024; 29 Feb 2024 -> Good Friday/Easter -> Tue 2 Apr 2024
        (["due", "2024-01-31", "--regime", "sar", "--today", "2024-02-01"], "2024-02-29", "calendar month"),
        (["due", "2024-02-29", "--regime", "sar", "--today", "2024-03-01"], "2024-04-02", "Tuesday"),
        (["due", "2024-02-29", "--sar-extended", "--today", "2024-03-01"], "2024-05-29", "Wednesday"),
        (
            [
                "due",
                "2026-03-02",
                "--id-requested",
                "2026-03-03",
                "--id-received",
                "2026-03-10",
                "--today",
                "2026-03-10",
            ],
            "2026-04-10",
            "from 2026-03-10",
        ),
        # paused clocks: the first line says so
        (
            ["due", "2026-03-02", "--fee-notice", "2026-03-09", "--today", "2026-03-10"],
            "paused",
            "awaiting fee; fee payable until 2026-06-08, lapses 2026-06-09",
        ),
        (
            ["due", "2026-03-02", "--fee-notice", "2026-03-09", "--today", "2026-06-09"],
            "paused",
            "lapsed on 2026-06-09",
        ),
        (
            ["due", "2026-03-02", "--clarification-requested", "2026-03-04", "--today", "2026-03-10"],
            "paused",
            "awaiting clarification",
        ),
        (
            ["due", "2026-03-02", "--id-requested", "2026-03-03", "--today", "2026-03-10"],
            "paused",
            "awaiting ID",
        ),
    ],
)
def test_due_output(args: list[str], first: str, second: str) -> None:
    result = run(*args)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == first
    assert second in lines[1]
    assert result.stderr == ""


def test_explain_lists_days_and_reasons() -> None:
    result = run("due", "2026-11-25", "--explain", "--today", "2026-11-25")
    assert result.returncode == 0
    out = result.stdout
    assert out.splitlines()[0] == "2026-12-24"
    assert "2026-11-26 Thu  day  1" in out
    assert "2026-11-30 Mon  skipped  St Andrew's Day (Scotland)" in out
    assert "2026-11-28 Sat  skipped  Saturday" in out
    assert "2026-12-24 Thu  day 20" in out
    assert "s.10(6)" in out


def test_explain_fee_and_warning() -> None:
    result = run("due", "2026-03-02", "--pit", "--explain", "--today", "2026-03-02")
    assert "warning: Record the day the applicant was told" in result.stdout
    result = run("due", "2026-03-02", "--fee-notice", "2026-03-09", "--fee-paid", "2026-03-13", "--explain")
    assert "2026-03-09 Mon  skipped  fees notice outstanding (FOIA s.10(2))" in result.stdout


def test_today_keyword_is_accepted() -> None:
    result = run("due", "today")
    assert result.returncode == 0
    assert len(result.stdout.splitlines()[0]) == 10


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["due", "2026-02-30"], "invalid date '2026-02-30'"),
        (["due", "26/11/2026"], "invalid date '26/11/2026'"),
        (["due", "yesterday"], "invalid date"),
        (["due", "20261125"], "invalid date"),
        (["due", "2026-07-01T23:30"], "invalid date"),  # naive date-time: refused, zone unknown
        (["due"], "required"),
        ([], "choose a command"),
        (["list"], "invalid choice"),
        (["due", "2026-03-02", "--regime", "foia"], "invalid choice"),
        (["due", "2026-03-02", "--bogus"], "unrecognized arguments"),
        (
            ["due", "2026-03-02", "--fee-notice", "2026-03-09", "--fee-paid", "2026-03-06"],
            "before the fees notice",
        ),
        (["due", "2026-03-02", "--fee-paid", "2026-03-06"], "without the fees notice"),
        (["due", "2026-03-02", "--fee-notice", "2026-03-09", "--fee-paid", "2026-06-09"], "lapsed"),
        (
            [
                "due",
                "2026-03-02",
                "--clarification-requested",
                "2026-03-09",
                "--clarification-received",
                "2026-03-06",
            ],
            "before the clarification requested",
        ),
        (["due", "2026-03-02", "--clarification-requested", "2026-03-01"], "before the request was received"),
        (["due", "2026-03-02", "--clarification-received", "2026-03-06"], "without"),
        (["due", "2026-03-02", "--id-requested", "2026-03-09", "--id-received", "2026-03-06"], "before"),
        (["due", "2026-03-02", "--regime", "sar", "--pit"], "FOI only"),
        (["due", "2026-03-02", "--regime", "foi", "--eir-extended"], "EIR only"),
        (["due", "2026-03-02", "--review-of", "eir", "--review-extended"], "reg 11(4)"),
        (["due", "2026-03-02", "--soon", "-1"], "--soon"),
    ],
)
def test_bad_input_is_one_line_exit_2(args: list[str], message: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("brent-tui: error: ")
    assert message in lines[0]
    assert result.stdout == ""


def test_help_still_works() -> None:
    result = run("due", "--help")
    assert result.returncode == 0
    assert "--clarification-requested" in result.stdout


def test_no_textual_and_no_heavy_imports() -> None:
    code = (
        "import sys; from brent_tui import foi_cli; rc = foi_cli.main(['due', '2026-11-25']);"
        "bad = [m for m in ('textual', 'rich', 'httpx', 'aiosqlite', 'holidays.countries') if m in sys.modules];"
        "print('BAD', bad, rc)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert "BAD [] 0" in result.stdout


def test_importing_the_cli_module_is_light() -> None:
    code = "import sys, brent_tui.foi_cli; print(sorted(m for m in ('pydantic', 'holidays') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert result.stdout.strip() == "[]"


def test_mounts_on_a_main_parser() -> None:
    """How brent_tui/cli.py is expected to use it: add_foi_parser(subparsers) then args.handler(args)."""
    from brent_tui.foi_cli import add_foi_parser, run_foi

    parser = argparse.ArgumentParser(prog="brent-tui")
    sub = parser.add_subparsers(dest="command")
    add_foi_parser(sub)
    args = parser.parse_args(["foi", "due", "2026-11-25", "--today", "2026-11-25"])
    assert args.handler is run_foi
    assert run_foi(args) == 0
    with pytest.raises(SystemExit) as exc:
        parser.parse_args(["foi", "due", "2026-02-30"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        run_foi(parser.parse_args(["foi"]))
    assert exc.value.code == 2
