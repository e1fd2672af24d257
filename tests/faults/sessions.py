"""Processes that share one database file the way officers' app sessions do (for tests/test_torture.py).

`python -m tests.faults.sessions officer DB LOGIN REPORT SEED` is an app session: two `Store`
connections opened as `BrentApp` opens them (the screens' one with `checkpoints=False`, then the
background one), the screen connection deciding mentions through `services.triage.decide` after
a queue read and a lease (what the Triage screen does), the background one ingesting small
batches, scoring them with `services.scoring.score_pending` and checkpointing the WAL.

`python -m tests.faults.sessions quitter DB SECONDS` is a session starting and quitting over and
over: two connections opened, one read, both closed, about twice a second.

Each officer appends to its REPORT file (never the database), flushed and fsynced, *after* the
call returned: `d <decision id> <mention id>` for a committed decision, `i <first platform id>
<count>` for an ingested batch, `e <error>` for anything but "someone else decided it first".
`ready` once both connections are open, `closed` after a clean SIGTERM shutdown.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import sys
from datetime import timedelta
from pathlib import Path
from typing import TextIO

ROUTES = (1, 2, 3)  # monitor, customer services (the department lead), web team (the officer)


def session_config(login: str):  # brent_tui is imported lazily, after spawn
    from brent_tui.config import Config

    return Config.model_validate({
        "people": {login: {"name": f"Officer {login}", "role": "web_team", "department": "Web"},
                   "lead": {"name": "Lead", "role": "service_officer", "department": "Environment"}},
        "departments": [{"name": "Web", "lead": login}, {"name": "Environment", "lead": "lead"}],
    })


class Report:
    """One line per confirmed event, on disk before the next event starts."""

    def __init__(self, path: Path) -> None:
        self._fh: TextIO = path.open("a", encoding="utf-8")

    def say(self, line: str) -> None:
        self._fh.write(line.replace("\n", " ") + "\n")
        self._fh.flush()
        os.fsync(self._fh.fileno())

    def close(self) -> None:
        self._fh.close()


async def officer(db: Path, login: str, report_path: Path, seed: int, *, think: float = 0.02,
                  ingest_every: float = 0.25, batch: int = 10, checkpoint_every: float = 1.0) -> None:
    from brent_tui import clock
    from brent_tui.domain.models import MentionIn, Platform
    from brent_tui.services import triage as triage_service
    from brent_tui.services.scoring import score_pending
    from brent_tui.store import ConflictError, Store

    rng = random.Random(seed)
    config = session_config(login)
    actor = config.actor(login)
    report = Report(report_path)
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    screen = await Store.open(db, create=False, checkpoints=False)  # as BrentApp._open_store
    background = await Store.open(db, create=False)  # as BrentApp._score_in_background
    report.say("ready")

    def failed(exc: BaseException) -> None:
        report.say(f"e {type(exc).__name__}: {exc}")

    async def decide_loop() -> None:
        in_hand: set[int] = set()
        while not stop.is_set():
            try:
                items = await screen.queue(login, now=clock.now(), limit=8, exclude=in_hand)
                if not items:
                    await asyncio.sleep(0.05)
                    continue
                mention = (items[0] if rng.random() < 0.5 else rng.choice(items)).mention
                in_hand.add(mention.id)
                if await screen.lease(login, mention.id, seconds=120, now=clock.now()) is not None:
                    continue  # another officer has it in focus
                await asyncio.sleep(rng.uniform(0, 2 * think))
                decision = await triage_service.decide(screen, config, actor, mention, rng.choice(ROUTES),
                                                       now=clock.now())
            except ConflictError:
                continue  # someone else decided it first: theirs stands
            except Exception as exc:  # reported, and the session carries on as the app does
                failed(exc)
                await asyncio.sleep(0.1)
                continue
            report.say(f"d {decision.id} {mention.id}")

    async def background_loop() -> None:
        n = 0
        last_checkpoint = asyncio.get_running_loop().time()
        while not stop.is_set():
            now = clock.now()
            first = f"{login}-{n}"
            mentions = [
                MentionIn(platform=Platform.MASTODON, platform_id=f"{login}-{n + k}",
                          author_handle=f"resident{rng.randrange(500)}@example.social",
                          author_name="Resident", text=f"@BrentCouncil bins not collected on street {n + k}",
                          created_at=now - timedelta(seconds=rng.randrange(600)))
                for k in range(batch)
            ]
            try:
                await background.ingest(mentions, fetched_at=now)
                report.say(f"i {first} {batch}")
                n += batch
                await score_pending(background, config, batch=100, limit=200)
                if asyncio.get_running_loop().time() - last_checkpoint > checkpoint_every:
                    await background.checkpoint()
                    last_checkpoint = asyncio.get_running_loop().time()
            except Exception as exc:
                failed(exc)
            await asyncio.sleep(rng.uniform(0.5, 1.5) * ingest_every)

    try:
        await asyncio.gather(decide_loop(), background_loop())
    finally:
        await background.close()  # the app closes the scorer's connection first, then the screens'
        await screen.close()
    report.say("closed")
    report.close()


async def quitter(db: Path, seconds: float) -> None:
    from brent_tui.store import Store

    end = asyncio.get_running_loop().time() + seconds
    while asyncio.get_running_loop().time() < end:
        screen = await Store.open(db, create=False, checkpoints=False)
        background = await Store.open(db, create=False)
        await screen.max_mention_id()
        await background.close()
        await screen.close()
        await asyncio.sleep(0.4)


def main(argv: list[str]) -> None:
    what, db = argv[0], Path(argv[1])
    if what == "officer":
        asyncio.run(officer(db, argv[2], Path(argv[3]), int(argv[4])))
    elif what == "quitter":
        asyncio.run(quitter(db, float(argv[2])))
    else:
        raise SystemExit(f"unknown session kind {what!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
