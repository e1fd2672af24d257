"""`brent-tui report`: formats, the CSV header read back by csv.DictReader, one-line errors with exit 2."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from brent_tui.cli.main import main
from brent_tui.domain.insights import CSV_HEADER
from brent_tui.store import Store
from tests.test_insights_store import build


@pytest.fixture
async def report_db(tmp_path: Path) -> Path:
    path = tmp_path / "r.sqlite"
    async with await Store.open(path) as store:
        await build(store)
    return path


def test_csv_reads_back(report_db: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "r.csv"
    code = main(["report", "--db", str(report_db), "--from", "2026-11-18", "--to", "2026-11-20",
                 "--format", "csv", "--out", str(out)])
    assert code == 0
    with out.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames) == CSV_HEADER
        rows = list(reader)
    values = {(r["section"], r["figure"], r["key"]): r["value"] for r in rows}
    assert values[("mentions", "total", "")] == "10"
    assert values[("mentions", "per_day", "2026-11-19")] == "4"
    assert values[("audience", "per_day", "x:BrentCouncil")] == "15.0"
    assert values[("foi", "received", "2026-11 (18–20)")] == "6"  # three days of November, not all of it
    assert "wrote the csv report" in capsys.readouterr().err


def test_out_replaces_an_existing_file_only_with_force(report_db: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "r.md"
    out.write_text("last month's report, kept")
    argv = ["report", "--db", str(report_db), "--from", "2026-11-18", "--to", "2026-11-20", "--out", str(out)]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "r.md: already exists (add --force" in err
    assert out.read_text() == "last month's report, kept"
    assert main([*argv, "--force"]) == 0
    assert out.read_text().startswith("#")


def test_markdown_and_json_to_stdout(report_db: Path, capsys) -> None:
    assert main(["report", "--db", str(report_db), "--from", "2026-11-18", "--to", "2026-11-20"]) == 0
    md = capsys.readouterr().out
    assert md.startswith("# Social media report") and "18 Nov 2026 – 20 Nov 2026 (3 days)" in md
    assert main(["report", "--db", str(report_db), "--from", "2026-11-18", "--to", "2026-11-20",
                 "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["volume"]["per_day"] == [1, 4, 5]


@pytest.mark.parametrize(("args", "message"), [
    (["--from", "2026-02-30", "--to", "2026-03-01"], "--from '2026-02-30': not a date"),
    (["--from", "2026-03-01", "--to", "yesterday"], "--to 'yesterday': not a date"),
    (["--from", "2026-03-02", "--to", "2026-03-01"], "is before --from"),
    (["--from", "2026-03-01", "--to", "2026-03-31", "--out", "/no/such/folder/r.md"], "folder does not exist"),
    (["--from", "2026-03-01", "--to", "2026-03-31", "--format", "xlsx"], "invalid choice"),
])
def test_bad_input_is_one_line_and_exit_2(report_db: Path, args: list[str], message: str, capsys) -> None:
    try:
        code = main(["report", "--db", str(report_db), *args])
    except SystemExit as exc:  # argparse choices
        code = exc.code
    err = capsys.readouterr().err
    assert code == 2
    assert message in err and err.count("\n") == 1


def test_folder_as_out_and_missing_database(report_db: Path, tmp_path: Path, capsys) -> None:
    assert main(["report", "--db", str(report_db), "--from", "2026-03-01", "--to", "2026-03-31",
                 "--out", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err
    assert main(["report", "--db", str(tmp_path / "none.sqlite"), "--from", "2026-03-01",
                 "--to", "2026-03-31"]) == 2
    assert "no database here" in capsys.readouterr().err
