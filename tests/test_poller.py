"""The poller with scripted connectors: batches and cursors, backoff, holds, budget, health, lock."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from brent_tui.config import Config
from brent_tui.domain.models import CouncilAccount, Platform
from brent_tui.domain.text import handles_match
from brent_tui.jobs.locks import LockHeld, poller_lock
from brent_tui.jobs.poller import (
    AUTH_RETRY,
    ConnectorRunner,
    Poller,
    RedactingFilter,
    backoff_seconds,
    failure_plan,
    jwt_expiry,
    month_key,
    next_month,
    run_poller,
)
from connectors.base import Connector, ConnectorSettings, FetchResult, Profile
from connectors.errors import (
    AuthError,
    BadResponse,
    ConnectorError,
    PermissionDenied,
    RateLimited,
    TransientError,
    UsageCapped,
)
from tests.conftest import DATA_NOW, make_mention

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self, at: datetime = NOW) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


def jwt(exp: datetime) -> str:
    def part(d: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(d).encode()).decode().rstrip("=")

    return f"{part({'alg': 'ES256K'})}.{part({'exp': int(exp.timestamp()), 'sub': 'did:plc:x'})}.c2ln"


class Scripted(Connector):
    """A connector whose fetch replays a script of results (callables) or errors."""

    platform = Platform.X

    def __init__(self, settings: ConnectorSettings, script: list[Any], profiles: list[Profile] | None = None,
                 **kw: Any) -> None:
        super().__init__(settings, **kw)
        self.script = list(script)
        self.calls: list[tuple[str | None, int | None]] = []
        self._profiles = profiles or []

    async def fetch(self, cursor: str | None, *, read_budget_remaining: int | None = None) -> FetchResult:
        self.calls.append((cursor, read_budget_remaining))
        step = self.script.pop(0) if self.script else FetchResult(cursor=cursor)
        if isinstance(step, BaseException):
            raise step
        return step(cursor, read_budget_remaining) if callable(step) else step

    async def profiles(self) -> list[Profile]:
        return self._profiles


def page(start: int, n: int, *, cursor: str, more: bool = False, reads: int = 0, **kw: Any) -> FetchResult:
    return FetchResult(mentions=[make_mention(i) for i in range(start, start + n)], cursor=cursor, more=more,
                       reads_used=reads, **kw)


def settings(name: str = "x-main", **kw: Any) -> ConnectorSettings:
    kw.setdefault("type", "x")
    kw.setdefault("base_url", "http://127.0.0.1:9")
    kw.setdefault("interval_seconds", 60)
    return ConnectorSettings(name=name, **kw)


def runner(store, script: list[Any], *, clock: Clock | None = None, **kw: Any) -> tuple[ConnectorRunner, Scripted]:
    s = kw.pop("settings", None) or settings()
    conn = Scripted(s, script, profiles=kw.pop("profiles", None))
    return ConnectorRunner(s, store, lambda: conn, clock=clock or Clock(), rng=random.Random(1), **kw), conn


# --------------------------------------------------------------------------- pure helpers


def test_backoff_grows_exponentially_with_jitter_and_a_cap() -> None:
    rng = random.Random(3)
    for failures, raw in [(1, 30), (2, 60), (3, 120), (6, 960), (20, 3600)]:
        values = [backoff_seconds(failures, rng=rng) for _ in range(200)]
        assert all(raw * 0.5 <= v <= raw for v in values)
        assert max(values) - min(values) > raw * 0.3  # jitter really spreads retries


def test_months_and_jwt_expiry() -> None:
    assert month_key(NOW) == "2026-11"
    assert next_month(datetime(2026, 12, 31, 23, 59, tzinfo=UTC)) == datetime(2027, 1, 1, tzinfo=UTC)
    assert next_month(NOW) == datetime(2026, 12, 1, tzinfo=UTC)
    exp = datetime(2027, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert jwt_expiry(jwt(exp)) == exp
    assert jwt_expiry("not-a-jwt") is None
    assert jwt_expiry("a.!!!.c") is None
    assert jwt_expiry(None) is None


@pytest.mark.parametrize(
    ("exc", "words", "hold", "wait"),
    [
        (UsageCapped("x-main: usage cap", connector="x-main"), "monthly usage cap reached (usage cap); no reads "
         "until the cap resets on 01 December 2026", "usage_capped", timedelta(days=10, hours=15)),
        (AuthError("x-main: HTTP 401", connector="x-main"), "token expired or revoked (HTTP 401)", "auth", AUTH_RETRY),
        (PermissionDenied("scope"), "lacks a permission", "permission", AUTH_RETRY),
        (RateLimited("slow down", retry_after=90), "rate limited (slow down); waiting until 2026-11-20 09:01 UTC",
         "rate_limited", timedelta(seconds=90)),
        (TransientError("HTTP 503", retry_after=7), "network trouble (HTTP 503); retry 1 at", None,
         timedelta(seconds=7)),
        (BadResponse("truncated JSON", retry_after=5), "unexpected response, batch skipped (truncated JSON)", None,
         timedelta(seconds=5)),
    ],
)
def test_failure_plan_says_what_happened_and_when(exc: ConnectorError, words: str, hold: str | None,
                                                  wait: timedelta) -> None:
    at, text, got_hold = failure_plan(exc, 1, NOW)
    assert words in text
    assert got_hold == hold
    assert at - NOW == wait
    assert "x-main: " not in text  # the connector's name is not repeated inside its own health


def test_failure_plan_backs_off_without_retry_after() -> None:
    waits = [(failure_plan(TransientError("down"), n, NOW, rng=random.Random(n))[0] - NOW).total_seconds()
             for n in (1, 2, 3, 4)]
    assert 15 <= waits[0] <= 30 and 30 <= waits[1] <= 60 and 60 <= waits[2] <= 120 and 120 <= waits[3] <= 240
    huge = failure_plan(RateLimited("x", retry_after=10**9), 1, NOW)[0]
    assert huge - NOW == timedelta(days=7)  # the documented ceiling (connectors.http.MAX_BACKOFF_SECONDS)


def test_handles_match() -> None:
    assert handles_match("@BrentCouncil", "brentcouncil")
    assert handles_match("brentcouncil", "brentcouncil@social.example")
    assert not handles_match("brentcouncil@a.example", "brentcouncil@b.example")
    assert not handles_match("brent", "brentcouncil")


def test_redacting_filter_scrubs_secrets_and_tokens(caplog: pytest.LogCaptureFixture) -> None:
    scrub = RedactingFilter({"x": "sekrit-TOKEN-42"})
    logger = logging.getLogger("test.redact")
    logger.addFilter(scrub)
    with caplog.at_level(logging.INFO, logger="test.redact"):
        logger.info("calling with %s and Authorization: Bearer abc.def.ghi", "sekrit-TOKEN-42")
        try:
            raise ValueError("boom sekrit-TOKEN-42")
        except ValueError:
            logger.exception("failed")
    text = caplog.text
    assert "sekrit-TOKEN-42" not in text and "abc.def.ghi" not in text
    assert "***" in text and "ValueError: boom ***" in text


# --------------------------------------------------------------------------- one connector


async def test_batches_and_cursor_commit_together_and_catch_up_is_bounded(store) -> None:
    script = [page(0, 5, cursor="c1", more=True), page(5, 5, cursor="c2", more=True),
              page(10, 5, cursor="c3", more=True), page(15, 5, cursor="c4")]
    r, conn = runner(store, script, max_pages=3)
    out = await r.cycle()
    assert (out.pages, out.received, out.inserted) == (3, 15, 15)
    assert [c for c, _ in conn.calls] == [None, "c1", "c2"]
    health = await store.health("x-main")
    assert health.cursor == "c3" and health.failures == 0 and health.last_success_at == NOW
    assert health.next_attempt_at is None  # more is waiting: straight back next cycle
    assert await store.count_mentions() == 15
    out = await r.cycle()  # the next cycle carries on from c3
    assert conn.calls[-1][0] == "c3" and out.inserted == 5
    health = await store.health("x-main")
    assert health.cursor == "c4" and health.next_attempt_at == NOW + timedelta(seconds=60)


async def test_a_restart_resumes_from_the_stored_cursor_without_duplicates(store) -> None:
    r, _ = runner(store, [page(0, 5, cursor="c1")])
    await r.cycle()
    # a new process: a fresh runner reads the cursor from the database; the network repeats 3 items
    r2, conn2 = runner(store, [page(3, 5, cursor="c2")])
    out = await r2.cycle()
    assert conn2.calls[0][0] == "c1"
    assert (out.received, out.inserted) == (5, 3)
    assert await store.count_mentions() == 8


async def test_bad_response_keeps_the_cursor_and_stores_nothing(store) -> None:
    clock = Clock()
    r, conn = runner(store, [page(0, 2, cursor="c1"), BadResponse("x-main: HTML error page instead of JSON",
                                                                   connector="x-main")], clock=clock)
    await r.cycle()
    clock.at = NOW + timedelta(minutes=2)
    out = await r.cycle()
    assert "unexpected response, batch skipped (HTML error page instead of JSON)" in out.error
    h = await store.health("x-main")
    assert h.cursor == "c1" and h.failures == 1 and h.last_error_at == clock.at
    assert "batch skipped" in h.last_error and h.last_success_at == NOW
    assert 15 <= (h.next_attempt_at - clock.at).total_seconds() <= 30
    assert await store.count_mentions() == 2
    # recovery resets the failure count and resumes from the same cursor
    conn.script.append(page(2, 2, cursor="c2"))
    await r.cycle()
    assert conn.calls[-1][0] == "c1"
    h = await store.health("x-main")
    assert h.failures == 0 and h.cursor == "c2"


async def test_an_unexpected_exception_is_contained(store) -> None:
    r, _ = runner(store, [KeyError("data")])
    out = await r.cycle()
    assert "unexpected error (KeyError" in out.error
    assert "unexpected error" in (await store.health("x-main")).last_error


async def test_a_missing_token_is_reported_and_checked_hourly(store) -> None:
    def make() -> Connector:
        raise AuthError("connector 'x-main' (x): no access token found; looked for 'X_TOKEN'", connector="x-main")

    r = ConnectorRunner(settings(token_env="X_TOKEN"), store, make, clock=Clock())
    out = await r.cycle()
    assert "no token configured" in out.error and "X_TOKEN" in out.error
    h = await store.health("x-main")
    assert h.next_attempt_at == NOW + AUTH_RETRY and h.extra["hold"] == "auth"


async def test_monthly_read_cap_is_enforced_and_resets_with_the_month(store) -> None:
    clock = Clock()
    s = settings(monthly_read_cap=100)
    r, conn = runner(store, [page(0, 3, cursor="c1", reads=60), page(3, 3, cursor="c2", reads=40)],
                     settings=s, clock=clock)
    await r.cycle()
    await r.cycle()
    assert [b for _, b in conn.calls] == [100, 40]
    h = await store.health("x-main")
    assert (h.budget_used, h.budget_month) == (100, "2026-11")
    out = await r.cycle()  # budget spent: no call at all
    assert len(conn.calls) == 2
    assert "monthly read cap of 100 posts reached (100 read in 2026-11); reads resume on 01 December 2026" in out.skipped
    h = await store.health("x-main")
    assert h.next_attempt_at == datetime(2026, 12, 1, tzinfo=UTC) and h.extra["hold"] == "budget"
    clock.at = datetime(2026, 12, 1, 0, 5, tzinfo=UTC)
    conn.script.append(page(6, 1, cursor="c3", reads=1))
    await r.cycle()
    assert conn.calls[-1][1] == 100
    h = await store.health("x-main")
    assert (h.budget_used, h.budget_month) == (1, "2026-12")


async def test_token_expiry_is_recorded_and_warned_days_ahead(store) -> None:
    soon = NOW + timedelta(days=3)
    s = settings(token_env="X_TOKEN")
    conn = Scripted(s, [page(0, 1, cursor="c1")])
    r = ConnectorRunner(s, store, lambda: conn, clock=Clock(), secret=jwt(soon))
    await r.cycle()
    h = await store.health("x-main")
    assert h.token_expires_at == soon.replace(microsecond=0)
    assert h.extra["token_warning"] == f"token expires {soon:%Y-%m-%d %H:%M} UTC"


async def test_follower_counts_are_recorded_hourly_for_council_accounts(store) -> None:
    account = await store.upsert_account(CouncilAccount(platform=Platform.X, handle="BrentCouncil", service="Comms"),
                                         "test")
    other = await store.upsert_account(CouncilAccount(platform=Platform.MASTODON, handle="BrentCouncil",
                                                      service="Comms"), "test")
    clock = Clock()
    profiles = [Profile(handle="brentcouncil", followers=5120), Profile(handle="someone", followers=9)]
    r, _ = runner(store, [page(0, 1, cursor="c1"), page(1, 1, cursor="c2"), page(2, 1, cursor="c3")],
                  clock=clock, profiles=profiles)
    await r.cycle()
    assert [(s.followers, s.at) for s in await store.follower_history(account.id)] == [(5120, NOW)]
    assert await store.follower_history(other.id) == []
    clock.at = NOW + timedelta(minutes=30)
    await r.cycle()
    assert len(await store.follower_history(account.id)) == 1  # not again within the hour
    clock.at = NOW + timedelta(minutes=61)
    await r.cycle()
    assert len(await store.follower_history(account.id)) == 2
    assert (await store.account(account.id)).followers == 5120


# --------------------------------------------------------------------------- the poller


def config_with(*names_types: tuple[str, str], **kw: Any) -> Config:
    return Config.model_validate({"connectors": [
        {"name": n, "type": t, "base_url": "http://127.0.0.1:9", "interval_seconds": 60, **kw} for n, t in names_types
    ]})


def builder_for(scripts: dict[str, list[Any]]) -> tuple[Callable[..., Connector], dict[str, Scripted]]:
    made: dict[str, Scripted] = {}

    def build(settings: ConnectorSettings, secrets: Any, **kw: Any) -> Connector:
        made[settings.name] = Scripted(settings, scripts[settings.name], clock=kw.get("clock"))
        return made[settings.name]

    return build, made


async def test_one_failing_connector_never_stops_the_others(store) -> None:
    build, made = builder_for({
        "a": [UsageCapped("a: usage capped", connector="a")],
        "b": [page(0, 3, cursor="b1")],
        "c": [RuntimeError("mapper bug")],
        "d": [AuthError("d: HTTP 401", connector="d"), AuthError("d: HTTP 401", connector="d")],
    })
    poller = Poller(store, config_with(("a", "x"), ("b", "x"), ("c", "x"), ("d", "x")), {}, clock=Clock(),
                    builder=build)
    report = await poller.run_once()
    assert report.outcomes["b"].inserted == 3 and sorted(report.failed) == ["a", "c", "d"]
    assert "a: FAILED — monthly usage cap reached" in report.summary()
    # a usage cap is a hold: the next --once does not call the network at all
    made["b"].script.append(page(3, 1, cursor="b2"))
    report = await poller.run_once()
    assert len(made["a"].calls) == 1 and "not before 2026-12-01 00:00 UTC" in report.outcomes["a"].skipped
    assert len(made["b"].calls) == 2
    assert len(made["c"].calls) == 2  # plain trouble is retried on the next --once
    assert len(made["d"].calls) == 2  # so is a token someone may have renewed before running it again
    runner_d = next(r for r in poller.runners if r.name == "d")
    assert runner_d.waiting_until(NOW, holds_only=False) == NOW + AUTH_RETRY  # a running service waits an hour


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_run_forever_stops_after_the_batch_in_hand(store) -> None:
    stop = asyncio.Event()
    released = asyncio.Event()

    async def slow(cursor: str | None, budget: int | None) -> FetchResult:
        stop.set()  # SIGTERM arrives while this batch is in flight
        await released.wait()
        return page(0, 4, cursor="s1", more=True)

    class Slow(Scripted):
        async def fetch(self, cursor: str | None, *, read_budget_remaining: int | None = None) -> FetchResult:
            self.calls.append((cursor, read_budget_remaining))
            return await slow(cursor, read_budget_remaining)

    made: list[Slow] = []

    def build(settings: ConnectorSettings, secrets: Any, **kw: Any) -> Connector:
        made.append(Slow(settings, []))
        return made[-1]

    poller = Poller(store, config_with(("s", "x")), {}, builder=build, housekeeping_seconds=0.05)
    task = asyncio.create_task(poller.run_forever(stop))
    await asyncio.sleep(0.05)
    released.set()
    await asyncio.wait_for(task, 2)
    assert len(made[0].calls) == 1  # `more` was true, but stop came first
    assert await store.count_mentions() == 4
    assert (await store.health("s")).cursor == "s1"


async def test_a_connector_publishes_only_as_the_accounts_it_names(store) -> None:
    """@BrentLibraries has no connector of its own: the main account's must never post for it."""
    main = await store.upsert_account(CouncilAccount(platform=Platform.X, handle="@BrentCouncil", service="Comms"), "t")
    libraries = await store.upsert_account(
        CouncilAccount(platform=Platform.X, handle="@BrentLibraries", service="Libraries"), "t")
    sky = await store.upsert_account(CouncilAccount(platform=Platform.BLUESKY, handle="brent.gov.uk", service="Comms"),
                                     "t")
    build, made = builder_for({"listen": [], "main": [], "bsky": []})
    cfg = Config.model_validate({"connectors": [
        {"name": "listen", "type": "x", "base_url": "http://127.0.0.1:9"},
        {"name": "main", "type": "x", "base_url": "http://127.0.0.1:9", "account_handles": ["BrentCouncil"]},
        {"name": "bsky", "type": "bluesky", "base_url": "http://127.0.0.1:9", "identifier": "brent.gov.uk"},
    ]})
    poller = Poller(store, cfg, {}, builder=build)
    got = poller.publishing_connectors(await store.accounts())
    assert got == {main.id: made["main"], sky.id: made["bsky"]}  # the Bluesky login is its own account
    assert libraries.id not in got


def test_the_lock_refuses_a_second_poller_and_names_the_holder(db_path: Path) -> None:
    import os

    first = poller_lock(db_path).acquire()
    try:
        with pytest.raises(LockHeld, match=rf"already running on this database \(pid {os.getpid()} on "):
            poller_lock(db_path).acquire()
    finally:
        first.release()
    again = poller_lock(db_path).acquire()  # free once released
    again.release()


async def test_run_poller_refuses_while_locked(db_path: Path) -> None:
    with poller_lock(db_path), pytest.raises(LockHeld):
        await run_poller(db_path, config_with(("a", "x")), {}, once=True, handle_signals=False)


async def test_run_poller_once_with_a_missing_token_stores_health(db_path: Path, tmp_path: Path) -> None:
    cfg = config_with(("a", "x"), token_env="NO_SUCH_TOKEN_ENV")
    report = await run_poller(db_path, cfg, {}, once=True, handle_signals=False, state_dir=tmp_path)
    assert report.failed == ["a"]
    from brent_tui.store import Store

    async with await Store.open(db_path) as s:
        h = await s.health("a")
    assert "no token configured" in h.last_error and "NO_SUCH_TOKEN_ENV" in h.last_error


# --------------------------------------------------------------------------- inside the app


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
@pytest.mark.slow
async def test_the_app_polls_in_process_and_the_feed_shows_the_mentions(db_path: Path, isolated_home: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from brent_tui.app import BrentApp
    from brent_tui.store import Store
    from tests.e2e.fakenet import FakeNet

    for key in [k for k in __import__("os").environ if "proxy" in k.lower()]:
        monkeypatch.delenv(key)
    net = FakeNet().start()
    net.add_statuses(6)
    try:
        async with await Store.open(db_path):
            pass
        config = Config.model_validate({
            "people": {"webby": {"name": "Wendy Webb", "role": "web_team", "department": "Web"}},
            "departments": [{"name": "Web", "lead": "webby"}],
            "connectors": [{"name": "masto", "type": "mastodon", "base_url": net.base, "hashtags": ["brentbins"]}],
        })
        app = BrentApp(config, db_path=db_path, actor=config.actor("webby"), live_interval=0.1)
        async with app.run_test(size=(120, 40)) as pilot:
            for _ in range(100):
                await pilot.pause(0.05)
                if app.ready:
                    async with await Store.open(db_path) as s:
                        if await s.count_mentions() == 6:
                            break
            await pilot.pause(0.3)
            await pilot.press("n")
            await pilot.pause(0.3)
            from brent_tui.widgets.mention_list import MentionList

            listing = app.screen.query_one(MentionList)
            drawn = "\n".join("".join(seg.text for seg in listing.render_line(y)) for y in range(listing.size.height))
            assert "Brent bins post number 6" in drawn and "Brent bins post number 1 " in drawn
            assert poller_lock(db_path).path.read_text().startswith(f"pid {__import__('os').getpid()} ")
        async with await Store.open(db_path) as s:
            assert (await s.health("masto")).last_success_at is not None
    finally:
        net.close()


async def test_each_cycle_scores_new_mentions_and_a_failing_service_never_stops_polling(
        store, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    build, made = builder_for({"a": [page(0, 4, cursor="a1"), page(4, 2, cursor="a2")]})
    poller = Poller(store, config_with(("a", "x")), {}, clock=Clock(), builder=build)
    report = await poller.run_once()
    assert report.scored == 4 and await store.unscored() == []
    assert all(m.suggested_route is not None for m in [await store.get_mention(i) for i in range(1, 5)])

    async def broken(*args: Any, **kw: Any) -> int:
        raise RuntimeError("scoring exploded")

    import brent_tui.services.publisher as publisher
    import brent_tui.services.scoring as scoring

    monkeypatch.setattr(scoring, "score_pending", broken)
    monkeypatch.setattr(publisher, "publish_due", broken)
    with caplog.at_level(logging.ERROR, logger="brent_tui.jobs.poller"):
        report = await poller.run_once()
    assert report.outcomes["a"].inserted == 2 and (await store.health("a")).cursor == "a2"
    assert "scoring new mentions failed (polling carries on)" in caplog.text
    assert "publishing due posts failed (polling carries on)" in caplog.text


async def test_a_bluesky_session_survives_restarts_in_a_private_file_not_the_database(store, tmp_path: Path) -> None:
    seen: list[dict[str, Any]] = []

    def build(settings: ConnectorSettings, secrets: Any, **kw: Any) -> Connector:
        seen.append(kw)
        return Scripted(settings, [page(0, 1, cursor="b1")])

    cfg = Config.model_validate({"connectors": [{"name": "sky", "type": "bluesky", "identifier": "brent.example",
                                                 "base_url": "http://127.0.0.1:9"}]})
    poller = Poller(store, cfg, {}, builder=build, state_dir=tmp_path)
    await poller.run_once()
    assert seen[0]["session"] is None
    session = json.dumps({"accessJwt": "acc-123456", "refreshJwt": "ref-123456", "did": "did:plc:x"})
    seen[0]["on_session"](session)  # the connector logged in
    saved = tmp_path / "sessions" / "sky.json"
    assert saved.read_text() == session and oct(saved.stat().st_mode & 0o777) == "0o600"
    Poller(store, cfg, {}, builder=build, state_dir=tmp_path).runners[0]._connector()  # a restart
    assert seen[1]["session"] == session
    async with store.transaction() as db:
        dump = "\n".join([line async for line in _iterdump(db)])
    assert "ref-123456" not in dump and "acc-123456" not in dump


async def _iterdump(db):  # type: ignore[no-untyped-def]
    async with db.execute("SELECT name FROM sqlite_master WHERE type = 'table'") as cur:
        tables = [r[0] for r in await cur.fetchall()]
    for table in tables:
        if table.startswith("mentions_fts"):
            continue
        async with db.execute(f"SELECT * FROM {table}") as cur:
            for row in await cur.fetchall():
                yield " ".join(str(v) for v in tuple(row))
