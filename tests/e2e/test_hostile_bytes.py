"""The real app in a real 80×24 pty, on a database where every mention text, author name and handle
is hostile and escalations of them have reached the officer: the raw bytes the terminal receives,
while the officer goes through the Feed, Triage, the reply draft, the notifications and the FOI tab,
carry none of the strangers' sequences (window title, clipboard, device control, kitty graphics,
a reset) and none of their raw control characters or bidi overrides.

Pilot tests check the frames before the last guard (`brent_tui/terminal.py`); this is what comes out
after it, as an SSH session would deliver it.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import pytest

from brent_tui import clock
from brent_tui.domain.models import Route
from brent_tui.domain.roles import Actor, login_name
from brent_tui.store import Store
from tests.conftest import decide, make_mention
from tests.e2e.terminal import Terminal, app_args
from tests.hostile import HOSTILE_NAMES, HOSTILE_TEXTS, hostile_handle

pytestmark = pytest.mark.slow

#: The strangers' sequences, as bytes: none may reach the terminal.
PAYLOADS = [b"\x1b]0;HACKED", b"\x1b]0;pwned", b"\x1b]2;title", b"\x1b]52;c;", b"\x1b]1337;File", b"\x1bP+q544e",
            b"\x1b_Ga=T", b"\x1bPq#0", b"\x1bc full", b"\x1b[?1049l mouse", b"\x1b[200~rm", b"\xe2\x80\xae", b"\x00",
            b"\xc2\x9b", b"\xc2\x9d"]
F1, F2, F5 = "\x1bOP", "\x1bOQ", "\x1b[15~"


def _build(folder: Path) -> tuple[Path, Path]:
    db, config = folder / "hostile.sqlite", folder / "config.toml"
    me = login_name()
    config.write_text(f'[people.{me}]\nname = "Colin Comms"\nrole = "comms_officer"\ndepartment = "Communications"\n'
                      '[people.webby]\nname = "Wendy Webb"\nrole = "web_team"\ndepartment = "Web"\n'
                      f'[[departments]]\nname = "Communications"\nlead = "{me}"\n'
                      '[[departments]]\nname = "Web"\nlead = "webby"\n'
                      '[app]\npoll_in_app = false\n', encoding="utf-8")
    now = clock.now()
    names = [value for _, value in HOSTILE_NAMES]
    mentions = [make_mention(i, text=text, author_name=names[i % len(names)], author_handle=hostile_handle(i),
                             created_at=now - timedelta(minutes=i + 1)) for i, (_, text) in enumerate(HOSTILE_TEXTS)]

    async def build() -> None:
        async with await Store.open(db) as store:
            await store.ingest(mentions)
            web = Actor(login="webby", name="Wendy Webb", role="web_team", department="Web")
            for m in (await store.page(limit=len(mentions)))[-8:]:
                await decide(store, web, m.id, Route.ESCALATE, now=now, comms=[me])

    asyncio.run(build())
    return db, config


def test_the_bytes_an_officer_receives_carry_no_strangers_sequence(tmp_path: Path) -> None:
    db, config = _build(tmp_path)
    term = Terminal(app_args(db, config, "--no-poll"))
    try:
        term.wait_for("Feed", timeout=30)
        for keys, wait in ((F2, "Untriaged|Nothing left"), ("r", "Reply|reply"), ("\x1b", "Untriaged"),
                           ("\x0e", "otification"), ("\x1b", "Untriaged"), (F5, "FOI"), (F1, "Feed"),
                           ("j" * 12, "·"), ("d", "")):
            mark = term.send(keys)
            term.wait_for(wait, start=mark, timeout=20)
            term.pump(0.5)
    finally:
        if term.proc.poll() is None:
            term.kill9()
    raw = bytes(term.raw)
    assert len(raw) > 20_000  # the screens were drawn
    leaked = [p for p in PAYLOADS if p in raw]
    assert not leaked, f"reached the terminal: {leaked}"
    assert "␛" in term.text()  # the strangers' escapes were shown, as characters
