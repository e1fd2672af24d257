"""Every command given bad dates, paths, options and configs: one clear line, exit 2, no traceback.

Most cases call `brent_tui.cli.main.main` in-process (the same code `brent-tui` runs, minus an
interpreter start): any exception that escaped would fail the test with its traceback. A few run
the real executable to check what a person sees at a shell. A file that is not an SQLite
database is refused by every command that opens the database, and its bytes are never changed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from brent_tui.cli.main import main

pytestmark = pytest.mark.usefixtures("web_team")  # roles are tested in tests/test_presence.py

NOT_SQLITE = b"name,address\nJo Bloggs,1 High Street\n" * 20


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    import asyncio

    from brent_tui.store import Store
    from tests.conftest import make_mention

    good = tmp_path / "good.sqlite"

    async def build() -> None:
        async with await Store.open(good) as store:
            await store.ingest([make_mention(i) for i in range(3)])

    asyncio.run(build())
    text = tmp_path / "residents.csv"
    text.write_bytes(NOT_SQLITE)
    corrupt = tmp_path / "corrupt.sqlite"
    data = bytearray(good.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # a valid header, a mangled first page
    corrupt.write_bytes(bytes(data))
    bad_toml = tmp_path / "bad.toml"
    bad_toml.write_text("[people\nwebby = 1\n")
    unknown_key = tmp_path / "unknown.toml"
    unknown_key.write_text("[app]\npoll_intervall = 3\n")
    latin1 = tmp_path / "latin1.toml"
    latin1.write_bytes("[app]\n# caf\xe9\n".encode("latin-1"))
    garbage = tmp_path / "garbage.jsonl"
    garbage.write_bytes(b"\x00\xff{not json\n")
    from brent_tui.domain.roles import login_name

    me = tmp_path / "me.toml"  # the person running the tests, as the web team (commands that need a role)
    me.write_text(f'[people.{login_name()}]\nname = "Tess Tester"\nrole = "web_team"\ndepartment = "Web"\n'
                  '[[departments]]\nname = "Web"\nlead = "' + login_name() + '"\n')
    mentions = tmp_path / "mentions.jsonl"
    mentions.write_text('{"platform": "x", "platform_id": "1", "author_handle": "a", "text": "bins", '
                        '"created_at": "2026-11-20T09:00:00Z"}\n')
    deep = tmp_path / "deep.jsonl"  # valid JSON, nested past Python's recursion limit
    deep.write_text('{"platform": "x", "text": ' + "[" * 50_000 + "]" * 50_000 + "}\n")
    holidays = tmp_path / "holidays.json"
    holidays.write_text('{"england-and-wales": "nope"}')
    return {"good": good, "text": text, "corrupt": corrupt, "bad_toml": bad_toml, "unknown_key": unknown_key,
            "latin1": latin1, "garbage": garbage, "deep": deep, "mentions": mentions, "me": me, "holidays": holidays, "dir": tmp_path,
            "missing": tmp_path / "nowhere" / "x.sqlite", "existing": tmp_path / "exists.txt"}


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own refusals
        code = exc.code if isinstance(exc.code, int) else 2
    captured = capsys.readouterr()
    return code, captured.err


CASES: list[tuple[str, list[str], str]] = [
    # (id, argv with {placeholders}, words the message must contain)
    ("unknown-command", ["frobnicate"], "invalid choice"),
    ("unknown-option", ["--colour", "pink"], "invalid choice"),
    ("bad-tab", ["--tab", "nope"], "invalid choice"),
    ("tui-missing-db", ["--db", "{missing}"], "no database here"),
    ("tui-not-sqlite", ["--db", "{text}"], "not an SQLite database"),
    ("tui-dir-db", ["--db", "{dir}"], "directory"),
    ("tui-config-missing", ["--config", "{missing}", "--db", "{good}"], "file not found"),
    ("tui-config-bad-toml", ["--config", "{bad_toml}", "--db", "{good}"], "invalid TOML"),
    ("tui-config-unknown-key", ["--config", "{unknown_key}", "--db", "{good}"], "unknown setting"),
    ("tui-config-not-utf8", ["--config", "{latin1}", "--db", "{good}"], "not UTF-8"),
    ("tui-config-dir", ["--config", "{dir}", "--db", "{good}"], "folder"),
    ("config-check-bad", ["config", "check", "--config", "{bad_toml}"], "invalid TOML"),
    ("config-bad-action", ["config", "frob"], "invalid choice"),
    ("config-check-db-folder", ["config", "check", "--db", "{dir}"], "directory"),
    ("config-check-db-not-sqlite", ["config", "check", "--db", "{text}"], "not an SQLite database"),
    ("migrate-to-not-a-url", ["migrate-to", "{dir}/copy.sqlite", "--db", "{good}"], "postgresql:// URL"),
    ("migrate-to-no-server", ["migrate-to", "postgresql://nobody@/brent?host={dir}", "--db", "{good}"],
     "cannot connect"),
    ("migrate-to-not-sqlite", ["migrate-to", "postgresql://nobody@/brent?host={dir}", "--db", "{text}"],
     "not an SQLite database"),
    ("backup-target-exists", ["backup", "--db", "{good}", "{existing}"], "already exists"),
    ("backup-target-folder", ["backup", "--db", "{good}", "{missing}"], "does not exist"),
    ("backup-not-sqlite", ["backup", "--db", "{text}", "{dir}/b1.sqlite"], "not an SQLite database"),
    ("backup-missing-db", ["backup", "--db", "{dir}/none.sqlite", "{dir}/b2.sqlite"], "no database"),
    ("restore-missing", ["restore", "--db", "{good}", "--yes", "{dir}/none.sqlite"], "no such file"),
    ("restore-not-sqlite", ["restore", "--db", "{good}", "--yes", "{text}"], "not an SQLite database"),
    ("restore-corrupt", ["restore", "--db", "{good}", "--yes", "{corrupt}"], "not a usable SQLite database"),
    ("restore-no-yes", ["restore", "--db", "{good}", "{good}"], "--yes"),
    ("demo-over-a-file", ["demo", "--db", "{text}"], "not an SQLite database"),
    ("demo-negative", ["demo", "--db", "{dir}/d.sqlite", "--mentions", "-5"], "mentions"),
    ("demo-not-a-number", ["demo", "--db", "{dir}/d.sqlite", "--mentions", "lots"], "whole number"),
    ("foi-due-bad-date", ["foi", "due", "2026-13-45"], "date"),
    ("foi-due-words", ["foi", "due", "yesterday"], "date"),
    ("foi-due-no-date", ["foi", "due"], "required"),
    ("foi-due-year-9999", ["foi", "due", "9999-12-31"], "too late"),
    ("foi-due-bad-soon", ["foi", "due", "2026-01-05", "--soon", "x"], "invalid"),
    ("foi-due-fee-order", ["foi", "due", "2026-01-05", "--fee-notice", "2026-02-01", "--fee-paid", "2026-01-20"],
     "fee"),
    ("foi-list-bad-today", ["foi", "list", "--db", "{good}", "--today", "31/12/2026"], "date"),
    ("foi-list-negative", ["foi", "list", "--db", "{good}", "--due-within", "-3"], "due-within"),
    ("foi-list-not-sqlite", ["foi", "list", "--db", "{text}"], "not an SQLite database"),
    ("foi-holidays-missing-file", ["foi", "holidays", "--db", "{good}", "--config", "{me}", "--refresh", "--file", "{missing}"],
     "x.sqlite"),
    ("foi-holidays-bad-json", ["foi", "holidays", "--db", "{good}", "--config", "{me}", "--refresh", "--file", "{holidays}"],
     "holidays"),
    ("audit-bad-since", ["audit", "--db", "{good}", "--since", "last tuesday"], "since"),
    ("audit-bad-limit", ["audit", "--db", "{good}", "--limit", "-1"], "limit"),
    ("audit-huge-limit", ["audit", "--db", "{good}", "--limit", "99999999999999999999"], "--limit must be from 1"),
    ("audit-since-past-9999", ["audit", "--db", "{good}", "--since", "9999-12-31T23:59:59-12:00"], "out of range"),
    ("audit-not-sqlite", ["audit", "--db", "{text}"], "not an SQLite database"),
    ("audit-bad-head", ["audit", "--db", "{good}", "--verify", "--head", "yesterday's"], "not a chain head"),
    ("audit-head-alone", ["audit", "--db", "{good}", "--head", "0123456789abcdef"], "--head needs --verify"),
    ("poll-no-connectors", ["poll", "--db", "{good}", "--once"], "no connectors"),
    ("poll-not-sqlite", ["poll", "--db", "{text}", "--once"], "connectors"),
    ("import-missing", ["import", "--db", "{good}", "{missing}"], "x.sqlite"),
    ("import-garbage", ["import", "--db", "{good}", "--format", "jsonl", "{garbage}"], "garbage.jsonl"),
    ("import-deeply-nested", ["import", "--db", "{good}", "{deep}"], "nested too deeply"),
    ("import-bad-format", ["import", "--db", "{good}", "--format", "xml", "{garbage}"], "invalid choice"),
    ("import-not-sqlite", ["import", "--db", "{text}", "{garbage}"], "not an SQLite database"),
    ("triage-missing", ["triage", "suggest", "{missing}"], "no such file"),
    ("triage-garbage", ["triage", "suggest", "{garbage}"], "garbage.jsonl"),
    ("triage-out-folder", ["triage", "suggest", "{garbage}", "--out", "{missing}"], "garbage.jsonl"),
    ("triage-eval-not-jsonl", ["triage", "eval", "{text}"], "residents.csv"),
    ("triage-no-action", ["triage"], "required"),
    ("report-bad-date", ["report", "--db", "{good}", "--from", "2026-02-30", "--to", "2026-03-01"], "date"),
    ("report-reversed", ["report", "--db", "{good}", "--from", "2026-03-01", "--to", "2026-02-01"], "before"),
    ("report-bad-format", ["report", "--db", "{good}", "--from", "2026-02-01", "--to", "2026-03-01",
                           "--format", "xml"], "invalid choice"),
    ("report-out-exists", ["report", "--db", "{good}", "--from", "2026-02-01", "--to", "2026-03-01",
                           "--out", "{existing}"], "already exists (add --force"),
    ("triage-out-exists", ["triage", "suggest", "{mentions}", "--out", "{existing}"], "already exists (add --force"),
    ("report-out-folder", ["report", "--db", "{good}", "--from", "2026-02-01", "--to", "2026-03-01",
                           "--out", "{missing}"], "nowhere"),
    ("account-request-bad-network", ["account-request", "--db", "{good}", "--config", "{me}", "--network", "myspace",
                                     "--handle", "x"], "myspace"),
    ("account-request-missing-file", ["account-request", "--db", "{good}", "--config", "{me}", "--from-file", "{missing}"],
     "x.sqlite"),
]


@pytest.mark.parametrize(("case", "argv", "words"), CASES, ids=[c[0] for c in CASES])
def test_bad_input_gets_one_clear_line_and_exit_2(case: str, argv: list[str], words: str,
                                                  files: dict[str, Path], capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", open("/dev/null"))  # noqa: SIM115 — not a terminal, nothing to read
    files["existing"].write_text("keep me")
    before = {k: p.read_bytes() for k, p in files.items() if p.is_file()}
    args = [a.format(**{k: str(v) for k, v in files.items()}) for a in argv]
    code, err = run(args, capsys)
    lines = [line for line in err.splitlines() if line.strip()]
    assert code == 2, (case, code, err)
    assert "Traceback" not in err
    assert 1 <= len(lines) <= 2 and len(err) < 600, (case, err)
    assert words.lower() in err.lower(), (case, err)
    for k, data in before.items():  # nothing given to a command was changed by its refusal
        assert files[k].read_bytes() == data, f"{case}: {k} was modified"


@pytest.mark.parametrize(("exc", "words"), [
    (OverflowError("date value out of range"), "out of range"),
    (OverflowError("Python int too large to convert to SQLite INTEGER"), "out of range"),
    (RecursionError("maximum recursion depth exceeded"), "nested too deeply"),
    (ValueError("year 0 is out of range"), "cannot be used"),
])
def test_the_entry_point_guard_turns_any_unforeseen_bad_value_into_one_line(
        exc: Exception, words: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from brent_tui.cli import main as cli_main

    def handler(args: object) -> int:
        raise exc

    monkeypatch.setitem(cli_main.COMMANDS, "doctor", handler)
    code, err = run(["doctor"], capsys)
    assert code == 2 and "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert err.startswith("brent-tui: error: ") and words in err


def test_a_bug_still_shows_its_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    from brent_tui.cli import main as cli_main

    def handler(args: object) -> int:
        raise TypeError("a bug, not bad input")

    monkeypatch.setitem(cli_main.COMMANDS, "doctor", handler)
    with pytest.raises(TypeError):
        main(["doctor"])


def test_doctor_names_a_non_database_as_a_failed_check_and_leaves_it_alone(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["doctor", "--db", str(files["text"])])  # a checker: problems are its report, exit 1
    out = capsys.readouterr()
    assert code == 1 and "Traceback" not in out.err
    assert "[FAIL] database:" in out.out and "not an SQLite database" in out.out
    assert files["text"].read_bytes() == NOT_SQLITE


def test_every_command_in_help_has_a_bad_input_case() -> None:
    from brent_tui.cli.main import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    commands = set(sub.choices)
    covered = {argv[0] for _, argv, _ in CASES if argv[0] in commands} | {"doctor"}
    assert commands <= covered, commands - covered


@pytest.mark.slow
def test_at_a_shell_the_tui_refuses_a_non_database_and_leaves_it_alone(files: dict[str, Path],
                                                                       isolated_home: Path) -> None:
    for argv in (["--db", str(files["text"])], ["--db", str(files["corrupt"]), "--no-poll"]):
        proc = subprocess.run([sys.executable, "-m", "brent_tui", *argv], capture_output=True, text=True,
                              timeout=30, env={"BRENT_TUI_HOME": str(isolated_home), "PATH": "/usr/bin:/bin",
                                               "TERM": "dumb"}, stdin=subprocess.DEVNULL)
        assert proc.returncode == 2, proc.stderr
        assert "Traceback" not in proc.stderr and len(proc.stderr.splitlines()) == 1, proc.stderr
        assert proc.stderr.startswith("brent-tui: error: ")
    assert files["text"].read_bytes() == NOT_SQLITE
