"""``brent-tui foi due`` as a shell command: output format, exit codes, no tracebacks, no Textual.

Runs ``python -m brent_tui.cli.foi`` in a subprocess, as a person over SSH would. Expected dates are
the hand-counted ones from tests/test_foi_clock.py (the reasoning is repeated briefly here).
"""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

# Cases received up to Wed 25 Nov 2026 and listed as of that day: later receipt dates would be refused.
pytestmark = [pytest.mark.slow, pytest.mark.at("2026-11-25T12:00:00Z")]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "brent_tui.cli.foi", *args], capture_output=True, text=True, timeout=30
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
        (["lsit"], "invalid choice"),
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
        "import sys; from brent_tui.cli import foi as foi_cli; rc = foi_cli.main(['due', '2026-11-25']);"
        "bad = [m for m in ('textual', 'rich', 'httpx', 'aiosqlite', 'holidays.countries') if m in sys.modules];"
        "print('BAD', bad, rc)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert "BAD [] 0" in result.stdout


def test_importing_the_cli_module_is_light() -> None:
    code = "import sys, brent_tui.cli.foi; print(sorted(m for m in ('pydantic', 'holidays') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert result.stdout.strip() == "[]"


def test_mounts_on_a_main_parser() -> None:
    """How brent_tui/cli/main.py is expected to use it: add_foi_parser(subparsers) then args.handler(args)."""
    from brent_tui.cli.foi import add_foi_parser, run_foi

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


# --------------------------------------------------------------------------- foi list / foi holidays


def _setup_db(tmp_path, role: str = "web_team"):
    """A database with three cases and a config that makes the current login an officer."""
    import asyncio
    from datetime import date

    from brent_tui.domain.roles import Actor, login_name
    from brent_tui.store import Store
    from brent_tui.store.foi import FoiCaseDraft

    login = login_name()
    cfg = tmp_path / "config.toml"
    cfg.write_text(f'[people.{login}]\nname = "Test Officer"\nrole = "{role}"\n', encoding="utf-8")
    db = tmp_path / "foi.sqlite"
    actor = Actor(login=login, role="web_team")

    async def build() -> None:
        async with await Store.open(db) as store:
            # Thu 1 Oct 2026 -> Thu 29 Oct: late on 25 Nov.
            await store.create_foi_case(actor, FoiCaseDraft(
                channel="email", request_text="Potholes", received_on=date(2026, 10, 1),
                applicant_name="Margaret Doyle", contact="m@example.org"))
            # Wed 25 Nov -> Thu 24 Dec (St Andrew's Mon 30 Nov skipped): 20 left on 25 Nov.
            await store.create_foi_case(actor, FoiCaseDraft(
                channel="x", request_text="FOI: bins", received_on=date(2026, 11, 25),
                applicant_handle="binfan"))
            closed = await store.create_foi_case(actor, FoiCaseDraft(
                channel="email", request_text="Parking", received_on=date(2026, 11, 2), applicant_name="Sam Lee"))
            await store.record_foi_response(actor, closed.id, version=None, responded_on=date(2026, 11, 20),
                                            channel="email", outcome="granted")

    asyncio.run(build())
    return db, cfg


def test_list_open_cases_as_a_table(tmp_path) -> None:
    db, cfg = _setup_db(tmp_path)
    result = run("list", "--db", str(db), "--config", str(cfg), "--today", "2026-11-25")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["REFERENCE", "APPLICANT", "RECEIVED", "DUE", "LEFT", "STATUS"]
    assert lines[1].split()[:6] == ["FOI-2026-00001", "Margaret", "Doyle", "2026-10-01", "2026-10-29", "-19"]
    assert "delayed" in lines[1]
    assert lines[2].split()[:5] == ["FOI-2026-00002", "@binfan", "2026-11-25", "2026-12-24", "20"]
    assert "validity doubtful" in lines[2]
    assert "Sam Lee" not in result.stdout  # responded: not open
    assert lines[-1] == "2 open cases (today 2026-11-25)"
    overdue = run("list", "--db", str(db), "--config", str(cfg), "--today", "2026-11-25", "--overdue")
    assert [ln.split()[0] for ln in overdue.stdout.splitlines()[1:-1]] == ["FOI-2026-00001"]
    within = run("list", "--db", str(db), "--config", str(cfg), "--today", "2026-11-25", "--due-within", "19")
    assert [ln.split()[0] for ln in within.stdout.splitlines()[1:-1]] == ["FOI-2026-00001"]
    within = run("list", "--db", str(db), "--config", str(cfg), "--today", "2026-11-25", "--due-within", "20")
    assert len(within.stdout.splitlines()) == 4


def test_list_without_a_database_is_one_line_exit_2(tmp_path) -> None:
    result = run("list", "--db", str(tmp_path / "none.sqlite"))
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and "no database here" in result.stderr


def _serve(tmp_path, body: bytes, status: int = 200):
    import http.server
    import threading

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # http.server's name
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/bank-holidays.json"


def test_holidays_refresh_from_a_local_server_moves_deadlines(tmp_path) -> None:
    import copy
    import json

    from tests.test_foi_clock import GOVUK_2026

    db, cfg = _setup_db(tmp_path)
    data = copy.deepcopy(GOVUK_2026)
    data["england-and-wales"]["events"].append({"title": "Extra bank holiday", "date": "2026-12-11", "notes": ""})
    server, url = _serve(tmp_path, json.dumps(data).encode())
    try:
        result = run("holidays", "--refresh", "--url", url, "--db", str(db), "--config", str(cfg))
    finally:
        server.shutdown()
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("loaded 29 bank holidays for 2026 from http://127.0.0.1:")
    # The extra Fri 11 Dec moves Thu 24 Dec (then day 19) to Tue 29 Dec (F25 x, M28 x substitute).
    listing = run("list", "--db", str(db), "--config", str(cfg), "--today", "2026-11-25")
    assert "2026-12-29" in listing.stdout.splitlines()[2]
    info = run("holidays", "--db", str(db), "--config", str(cfg))
    assert info.stdout.startswith("29 bank holidays loaded from http://127.0.0.1:")
    # A saved copy loads too (and replaces the year).
    saved = tmp_path / "saved.json"
    saved.write_text(json.dumps(GOVUK_2026), encoding="utf-8")
    result = run("holidays", "--refresh", "--file", str(saved), "--db", str(db), "--config", str(cfg))
    assert result.returncode == 0 and result.stdout.startswith("loaded 28 bank holidays for 2026")
    assert "2026-12-24" in run("list", "--db", str(db), "--config", str(cfg), "--today",
                               "2026-11-25").stdout.splitlines()[2]


@pytest.mark.parametrize(
    ("body", "status", "message"),
    [
        (b"{}", 500, "HTTP 500"),
        (b"<html>", 200, "not JSON"),
        (b'{"england-and-wales": {"events": []}}', 200, "division 'scotland' is missing"),
    ],
)
def test_holidays_refresh_failures_are_one_line_exit_2(tmp_path, body: bytes, status: int, message: str) -> None:
    db, cfg = _setup_db(tmp_path)
    server, url = _serve(tmp_path, body, status)
    try:
        result = run("holidays", "--refresh", "--url", url, "--db", str(db), "--config", str(cfg))
    finally:
        server.shutdown()
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and message in result.stderr, result.stderr


def test_holidays_refresh_network_down_is_one_line_exit_2(tmp_path) -> None:
    import socket

    db, cfg = _setup_db(tmp_path)
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = run("holidays", "--refresh", "--url", f"http://127.0.0.1:{port}/x.json", "--db", str(db),
                 "--config", str(cfg))
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1
    assert "could not download" in result.stderr and "nothing was changed" in result.stderr


def test_holidays_refresh_needs_permission(tmp_path) -> None:
    db, cfg = _setup_db(tmp_path, role="service_officer")
    saved = tmp_path / "saved.json"
    saved.write_text("{}", encoding="utf-8")
    import json

    from tests.test_foi_clock import GOVUK_2026

    saved.write_text(json.dumps(GOVUK_2026), encoding="utf-8")
    result = run("holidays", "--refresh", "--file", str(saved), "--db", str(db), "--config", str(cfg))
    assert result.returncode == 2 and "cannot work FOI cases" in result.stderr


def test_due_does_not_import_the_store_even_through_the_main_cli() -> None:
    code = (
        "import sys; from brent_tui.cli import main as cli; rc = cli.main(['foi', 'due', '2026-11-25']);"
        "bad = [m for m in ('textual', 'aiosqlite', 'brent_tui.store', 'httpx') if m in sys.modules];"
        "print('BAD', bad, rc)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert "BAD [] 0" in result.stdout, result.stdout + result.stderr
