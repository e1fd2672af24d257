"""Every command that prints what strangers wrote, run in a real terminal (a pty) on a database full
of hostile mention texts, author names and handles: the raw bytes the terminal receives hold no
escape sequence, control character or bidi override. Written to a file or a pipe the same output
stays byte for byte (it is data).

Commands walked: `audit` (table, --csv, --json), `foi list`, `foi due`, `report` (md, csv, json),
`triage suggest FILE`, `triage eval FILE`, `import FILE` (bad lines quoted back), `poll --once`,
`backup`, `account-request` (a hostile handle and answers, refused and quoted back), `doctor`,
`config check`, `config example`. (`demo` and `restore` print only paths the officer typed.)
"""

from __future__ import annotations

import asyncio
import json
import os
import pty
import select
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from brent_tui import clock
from brent_tui.domain.models import KeyPerson, Platform, Route
from brent_tui.domain.roles import Actor, login_name
from brent_tui.store import Store
from brent_tui.store.foi import FoiCaseDraft
from tests.conftest import decide, make_mention
from tests.hostile import ESC, HOSTILE_NAMES, HOSTILE_TEXTS, bad_chars
from tests.hostile import hostile_handle as _handle

pytestmark = pytest.mark.slow

NAMES = [value for _, value in HOSTILE_NAMES]


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A database where every stored string a command can print came from a stranger."""
    folder = tmp_path_factory.mktemp("hostile-cli")
    db = folder / "hostile.sqlite"
    login = login_name()
    config = folder / "config.toml"
    config.write_text(f'[people.{login}]\nname = "Tess Tester"\nrole = "web_team"\ndepartment = "Web"\n'
                      f'[[departments]]\nname = "Web"\nlead = "{login}"\n', encoding="utf-8")
    actor = Actor(login=login, name="Tess Tester", role="web_team", department="Web")
    arrived = clock.now() - timedelta(hours=2)
    mentions = [make_mention(i, text=text, author_name=NAMES[i % len(NAMES)], author_handle=_handle(i),
                             url=f"https://x.com/{i}/status/{i}{ESC}]0;title\x07",
                             created_at=arrived + timedelta(minutes=i))
                for i, (_, text) in enumerate(HOSTILE_TEXTS)]

    async def build() -> None:
        async with await Store.open(db) as store:
            await store.ingest(mentions)
            now = clock.now()
            stored = await store.page(limit=len(mentions))
            for m, route in zip(stored[:12], [Route.ESCALATE, Route.WEB_TEAM, Route.CUSTOMER_SERVICES] * 4,
                                strict=True):
                await decide(store, actor, m.id, route, now=now, department="Web")
            for i, (_, text) in enumerate(HOSTILE_TEXTS[:8]):
                await store.create_foi_case(actor, FoiCaseDraft(
                    channel="x", request_text=text, received_on=clock.today() - timedelta(days=2),
                    applicant_name=NAMES[i % len(NAMES)], applicant_handle=_handle(i)))
            for i, name in enumerate(NAMES):
                await store.save_key_person(KeyPerson(platform=Platform.X, handle=_handle(100 + i), name=name,
                                                      category="journalist", note=HOSTILE_TEXTS[i][1][:200]), actor)

    asyncio.run(build())
    return db, config


def in_terminal(argv: list[str], timeout: float = 60) -> tuple[int, str]:
    """Run `brent-tui argv` with stdout and stderr on a pty; → (exit code, every byte it wrote)."""
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "brent_tui.cli.main", *argv], stdin=subprocess.DEVNULL,
                            stdout=slave, stderr=slave, close_fds=True)
    os.close(slave)
    chunks: list[bytes] = []
    try:
        while True:
            ready, _, _ = select.select([master], [], [], timeout)
            if not ready:
                proc.kill()
                raise AssertionError(f"{argv}: no output for {timeout} s")
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO: the command has exited and its terminal is closed
                break
            if not data:
                break
            chunks.append(data)
    finally:
        os.close(master)
    code = proc.wait(timeout=timeout)
    return code, b"".join(chunks).decode("utf-8", errors="replace")


def assert_inert(argv: list[str], output: str) -> None:
    text = output.replace("\r\n", "\n").replace("\n", "")
    bad = bad_chars(text)
    assert not bad, f"brent-tui {' '.join(argv)}: {bad[:8]} reached the terminal"


def _jsonl(path: Path, *, bad_line: bool = True) -> Path:
    lines = [json.dumps({"platform": "x", "platform_id": f"s{i}", "author_handle": _handle(i),
                         "author_name": NAMES[i % len(NAMES)], "text": text,
                         "created_at": "2026-11-20T09:00:00Z"})
             for i, (_, text) in enumerate(HOSTILE_TEXTS)]
    if bad_line:  # the importer skips it and says so; `triage suggest` refuses the file
        lines.append(f"{{not json {ESC}]0;pwned\x07 \u202etxt.exe")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


COMMANDS = {
    "audit": ["audit", "--limit", "500"],
    "audit-csv": ["audit", "--csv", "--limit", "500"],
    "audit-json": ["audit", "--json", "--limit", "500"],
    "foi-list": ["foi", "list"],
    "report-md": ["report", "--from", "2026-11-01", "--to", "2026-11-30"],
    "report-csv": ["report", "--from", "2026-11-01", "--to", "2026-11-30", "--format", "csv"],
    "report-json": ["report", "--from", "2026-11-01", "--to", "2026-11-30", "--format", "json"],
    "triage-suggest": ["triage", "suggest", "{jsonl}"],
    "import": ["import", "{jsonl}"],
    "triage-eval": ["triage", "eval", "{jsonl}"],
    "doctor": ["doctor"],
    "poll-once": ["poll", "--once"],
    "foi-due": ["foi", "due", "2026-11-20"],
    "backup": ["backup", "{out}"],
    "account-request": ["account-request", "--network", "x", "--handle", f"{ESC}]0;pwned\x07\u202eBrent", "--audience",
                        f"{ESC}[2J young people", "--objectives", "x", "--why", "y", "--commitment", "z",
                        "--owners", "a", "--frequency", "sometimes"],
    "config-check": ["config", "check"],
    "config-example": ["config", "example"],
}


@pytest.mark.parametrize("name", list(COMMANDS))
def test_a_command_printing_strangers_text_to_a_terminal_sends_it_no_control_character(
    name: str, hostile_db: tuple[Path, Path], tmp_path: Path
) -> None:
    db, config = hostile_db
    jsonl = _jsonl(tmp_path / "in.jsonl", bad_line=name == "import")
    argv = [a.replace("{jsonl}", str(jsonl)).replace("{out}", str(tmp_path / "copy.sqlite")) for a in COMMANDS[name]]
    argv = ["--db", str(db), "--config", str(config), *argv] if not name.startswith("config") else \
        [*argv, "--db", str(db), "--config", str(config)]
    code, output = in_terminal(argv)
    assert code in (0, 1, 2), output[-2000:]
    assert "Traceback" not in output, output[-3000:]
    assert len(output.strip()) > 20, f"{name} printed nothing: {output!r}"
    assert_inert(argv, output)
    if name in ("audit", "foi-list"):
        assert "␛" in output, f"{name}: the strangers' escapes are not shown as ␛"


def test_the_same_csv_to_a_file_keeps_every_byte(hostile_db: tuple[Path, Path]) -> None:
    """Data is data: redirected, `audit --csv` carries the names as they were stored."""
    db, config = hostile_db
    proc = subprocess.run([sys.executable, "-m", "brent_tui.cli.main", "--db", str(db), "--config", str(config),
                           "audit", "--csv", "--limit", "500"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "\x9b2J eight-bit CSI" in proc.stdout  # a key person's note, C1 CSI and all, raw in the file
