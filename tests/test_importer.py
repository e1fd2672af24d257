"""`brent-tui import`: JSON Lines and Hootsuite CSV — duplicates skipped, bad lines named, the rest kept."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from brent_tui.domain.models import MentionIn, Platform
from brent_tui.jobs.importer import (
    ImportFormatError,
    LineProblem,
    import_file,
    parse_date,
    parse_hootsuite,
    parse_jsonl,
)
from tests.conftest import DATA_NOW

FIX = Path(__file__).resolve().parent / "fixtures" / "import"


def test_parse_jsonl_names_each_bad_line() -> None:
    rows = list(parse_jsonl((FIX / "mentions.jsonl").read_text().splitlines()))
    problems = {n: str(p) for n, p in rows if isinstance(p, LineProblem)}
    assert sorted(problems) == [5, 6, 7, 9]
    assert "created_at: Field required" in problems[5]
    assert "not JSON" in problems[6]
    assert "platform" in problems[7]
    assert "expected a JSON object, got list" in problems[9]
    good = [m for _, m in rows if isinstance(m, MentionIn)]
    assert len(good) == 5 and all(m.source == "import" for m in good)
    assert good[1].created_at == datetime(2025, 5, 1, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-04-28 08:12:00", datetime(2025, 4, 28, 8, 12, tzinfo=UTC)),
        ("2025-04-28 08:12", datetime(2025, 4, 28, 8, 12, tzinfo=UTC)),
        ("2025-04-29T07:00:00Z", datetime(2025, 4, 29, 7, 0, tzinfo=UTC)),
        ("2025-04-29T08:00:00+01:00", datetime(2025, 4, 29, 7, 0, tzinfo=UTC)),
        ("28/04/2025 09:45", datetime(2025, 4, 28, 9, 45, tzinfo=UTC)),
        ("04/28/2025 13:05", datetime(2025, 4, 28, 13, 5, tzinfo=UTC)),
        ("03/04/2025", datetime(2025, 4, 3, tzinfo=UTC)),  # ambiguous: UK order
        ("03/04/2025 1:05 PM", datetime(2025, 4, 3, 13, 5, tzinfo=UTC)),
        ("2025-04-28 08:12:00 GMT", datetime(2025, 4, 28, 8, 12, tzinfo=UTC)),
    ],
)
def test_parse_date(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["yesterday", "", "31/31/2025", "2025-13-01"])
def test_parse_date_refuses_garbage(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


def test_parse_hootsuite_maps_columns_and_names_bad_rows() -> None:
    rows = list(parse_hootsuite((FIX / "hootsuite_export.csv").read_text()))
    problems = {n: p.reason for n, p in rows if isinstance(p, LineProblem)}
    assert problems == {6: "unrecognised date 'yesterday'", 7: "unknown network 'Myspace'", 8: "no message text"}
    good = [m for _, m in rows if isinstance(m, MentionIn)]
    first = good[0]
    assert (first.platform, first.author_handle, first.author_name, first.author_followers, first.likes) == (
        Platform.X, "harlesdenhero", "Harlesden Hero", 1204, 3)
    assert first.platform_id == "https://twitter.com/harlesdenhero/status/1784000000000000001"
    assert first.text == "Fly-tipping on Craven Park Road, can @BrentCouncil clear it?"
    assert good[1].text == 'Great day at the Brent "Fun in the Park" event — thank you!'
    assert good[1].platform is Platform.FACEBOOK and good[1].author_followers is None
    assert good[2].created_at == datetime(2025, 4, 28, 13, 5, tzinfo=UTC)
    linkedin = good[3]
    assert linkedin.platform is Platform.LINKEDIN and linkedin.url is None and len(linkedin.platform_id) == 32
    again = [m for _, m in parse_hootsuite((FIX / "hootsuite_export.csv").read_text()) if isinstance(m, MentionIn)]
    assert again[3].platform_id == linkedin.platform_id  # a stable id: a re-import adds nothing


def test_a_csv_without_the_needed_columns_is_refused() -> None:
    with pytest.raises(ImportFormatError, match=r"no column for text \(one of: message"):
        list(parse_hootsuite("Date,Network,Author,Something\n2025-01-01,Twitter,a,b\n"))


async def test_import_counts_duplicates_and_keeps_the_rest(store) -> None:
    report = await import_file(store, FIX / "mentions.jsonl")
    assert (report.fmt, report.read, report.imported, report.duplicates) == ("jsonl", 9, 4, 1)
    assert [p.line for p in report.problems] == [5, 6, 7, 9]
    again = await import_file(store, FIX / "mentions.jsonl")
    assert (again.imported, again.duplicates) == (0, 5)
    csv_report = await import_file(store, FIX / "hootsuite_export.csv")
    assert (csv_report.fmt, csv_report.imported, csv_report.duplicates, len(csv_report.problems)) == (
        "hootsuite", 4, 1, 3)
    assert await store.count_mentions() == 8
    hits = await store.search("\"craven park\"")
    assert hits and hits[0].mention.likes == 5  # the repeated row refreshed the engagement count


async def test_unreadable_or_binary_files_are_refused(store, tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="cannot read"):
        await import_file(store, tmp_path / "missing.jsonl")
    binary = tmp_path / "data.bin"
    binary.write_bytes(b"\x00\x01\x02SQLite")
    with pytest.raises(ImportFormatError, match="binary"):
        await import_file(store, binary)
    with pytest.raises(ImportFormatError, match="unknown format"):
        await import_file(store, FIX / "mentions.jsonl", "xml")


def run_cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "brent_tui", "import", "--db", str(tmp_path / "db.sqlite"), *args],
                          capture_output=True, text=True, env={**os.environ}, timeout=30)


@pytest.mark.slow
@pytest.mark.usefixtures("web_team")
def test_import_command_reports_lines_summary_and_exit_codes(tmp_path: Path) -> None:
    proc = run_cli(tmp_path, str(FIX / "mentions.jsonl"))
    assert proc.returncode == 0, proc.stderr
    bad = proc.stderr.strip().splitlines()
    assert len(bad) == 4 and bad[0].startswith(f"{FIX / 'mentions.jsonl'}:5: created_at")
    assert proc.stdout.strip() == (f"{FIX / 'mentions.jsonl'}: 4 imported, 1 duplicate(s) skipped, 4 bad line(s) "
                                   "(jsonl, 9 line(s) read)")
    proc = run_cli(tmp_path, "--format", "hootsuite", str(FIX / "mentions.jsonl"))  # the wrong format
    assert proc.returncode == 2 and "not a Hootsuite export" in proc.stderr
    proc = run_cli(tmp_path, str(tmp_path / "nope.csv"))
    assert proc.returncode == 2 and "cannot read" in proc.stderr and "Traceback" not in proc.stderr
    junk = tmp_path / "junk.jsonl"
    junk.write_text("hello\nworld\n")
    proc = run_cli(tmp_path, str(junk))
    assert proc.returncode == 2 and f"{junk}:1: not JSON" in proc.stderr and "no usable jsonl line" in proc.stderr
    proc = run_cli(tmp_path, str(tmp_path / "db.sqlite-wal"))  # the live database is never read with open()
    assert proc.returncode == 2 and "that is the database itself" in proc.stderr


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_json_lines_are_split_on_newline_only(store, tmp_path: Path) -> None:
    """U+2028, U+2029, U+0085, a form feed and a file separator are valid inside a JSON string: the
    line stays whole, and the bad line after them is named by its true number (CRLF files too)."""
    import json

    texts = ["before\u2028after", "para\u2029graph", "next\x85line", "form\x0cfeed", "sep\x1cx"]
    lines = [json.dumps({"platform": "x", "platform_id": str(i), "author_handle": "res", "text": t,
                         "created_at": "2026-11-20T09:00:00Z"}, ensure_ascii=False) for i, t in enumerate(texts)]
    path = tmp_path / "unicode.jsonl"
    path.write_text("\r\n".join([*lines, "{not json", ""]), encoding="utf-8", newline="")
    report = await import_file(store, path)
    assert (report.read, report.imported) == (6, 5), report.problems
    assert [(p.line, p.reason.split(" (")[0]) for p in report.problems] == [(6, "not JSON")]
    stored = sorted([(await store.get_mention(i)).text for i in range(1, 6)])
    assert stored == sorted(texts)


def test_triage_suggest_reads_the_same_lines(tmp_path: Path, capsys) -> None:
    import json

    from brent_tui.cli.main import main

    path = tmp_path / "s.jsonl"
    path.write_text(json.dumps({"platform": "x", "platform_id": "1", "author_handle": "res",
                                "text": "bins\u2028not collected", "created_at": "2026-11-20T09:00:00Z"},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["triage", "suggest", str(path)]) == 0
    assert len(capsys.readouterr().out.strip().split("\n")) == 1
