"""The publishing outbox against a Mastodon-shaped HTTP server on 127.0.0.1.

Exactly once (a crash between call and record never double-posts), failures with reasons,
multi-account partial failure and retry, server-side scheduling, suspension, DST.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from brent_tui.domain.london import london_to_utc
from brent_tui.domain.models import CouncilAccount, Platform, PostStatus, Role, TargetStatus
from brent_tui.domain.roles import Actor
from brent_tui.domain.schedule import move
from brent_tui.services.publisher import publish_due
from brent_tui.store import Store
from brent_tui.store.posts import PostDraft
from connectors.base import ConnectorSettings
from connectors.mastodon import MastodonConnector

pytestmark = pytest.mark.contract  # on SQLite and on PostgreSQL (tests/conftest.py)

WEB = Actor(login="webby", role=Role.WEB_TEAM)
COMMS = Actor(login="comms", role=Role.COMMS_OFFICER)
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # Mon 23 Nov 2026 09:00 GMT


class FakeMastodon:
    """Just enough of Mastodon's API: statuses (with Idempotency-Key), scheduled statuses, the
    account's own timeline; `fail` makes POST /statuses answer with an error status."""

    def __init__(self) -> None:
        self.statuses: list[dict[str, Any]] = []
        self.scheduled: list[dict[str, Any]] = []
        self.posts_received = 0
        self.idempotency: dict[str, dict[str, Any]] = {}
        self.fail: tuple[int, dict[str, Any]] | None = None
        self.deleted: list[str] = []
        self.lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # keep test output quiet
                pass

            def _send(self, code: int, body: Any) -> None:
                raw = json.dumps(body).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def do_GET(self) -> None:
                path = self.path.split("?")[0]
                if path == "/api/v1/accounts/verify_credentials":
                    return self._send(200, {"id": "1", "acct": "brent"})
                if path == "/api/v1/accounts/1/statuses":
                    return self._send(200, list(reversed(fake.statuses)))
                if path == "/api/v1/scheduled_statuses":
                    return self._send(200, fake.scheduled)
                return self._send(404, {"error": "Record not found"})

            def do_DELETE(self) -> None:
                sid = self.path.rsplit("/", 1)[-1]
                with fake.lock:
                    fake.deleted.append(sid)
                    fake.scheduled = [s for s in fake.scheduled if s["id"] != sid]
                return self._send(200, {})

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                form = json.loads(self.rfile.read(length) or b"{}")
                with fake.lock:
                    fake.posts_received += 1
                    if fake.fail is not None:
                        return self._send(*fake.fail)
                    key = self.headers.get("Idempotency-Key")
                    if key and key in fake.idempotency:
                        return self._send(200, fake.idempotency[key])
                    n = len(fake.statuses) + len(fake.scheduled) + 100
                    if form.get("scheduled_at"):
                        body = {"id": str(n), "scheduled_at": form["scheduled_at"],
                                "params": {"text": form["status"]}, "media_attachments": []}
                        fake.scheduled.append(body)
                    else:
                        body = {"id": str(n), "url": f"https://social.example/@brent/{n}",
                                "content": "<p>" + form["status"].replace("\n", "<br>") + "</p>",
                                "created_at": fake.clock().strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                                "account": {"id": "1", "acct": "brent"}}
                        fake.statuses.append(body)
                    if key:
                        fake.idempotency[key] = body
                return self._send(200, body)

        self.clock = lambda: T0
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def connector(self, now: datetime, name: str = "masto") -> MastodonConnector:
        self.clock = lambda: now
        settings = ConnectorSettings(name=name, type="mastodon", base_url=self.url)
        return MastodonConnector(settings, token="test-token-abcdef", clock=lambda: now)


@pytest.fixture
def mastodon() -> Iterator[FakeMastodon]:
    server = FakeMastodon()
    yield server
    server.close()


@pytest.fixture
def mastodon2() -> Iterator[FakeMastodon]:
    server = FakeMastodon()
    yield server
    server.close()


async def _account(store: Store, handle: str, platform: Platform = Platform.MASTODON, **kw: Any) -> int:
    acc = await store.upsert_account(CouncilAccount(platform=platform, handle=handle, service="Web", **kw), "setup")
    assert acc.id is not None
    return acc.id


async def _post(store: Store, account_ids: list[int], at: datetime, body: str = "Bins go out on Monday") -> int:
    post = await store.save_post(WEB, PostDraft(body=body, account_ids=account_ids, scheduled_at=at))
    assert post.status == PostStatus.SCHEDULED and post.id is not None
    return post.id


async def test_a_scheduled_post_is_published_once(store: Store, mastodon: FakeMastodon) -> None:
    acc = await _account(store, "@brent@social.example")
    post_id = await _post(store, [acc], T0)
    early = T0 - timedelta(minutes=3)  # under Mastodon's 5-minute scheduling lead: our outbox waits
    async with mastodon.connector(early) as conn:
        report = await publish_due(store, {acc: conn}, now=early)
    assert report.quiet and mastodon.posts_received == 0
    for minutes in (0, 1, 2):
        now = T0 + timedelta(minutes=minutes)
        async with mastodon.connector(now) as conn:
            await publish_due(store, {acc: conn}, now=now)
    assert mastodon.posts_received == 1
    post = await store.post(post_id)
    assert post is not None and post.status == PostStatus.PUBLISHED
    target = post.targets[0]
    assert target.status == TargetStatus.PUBLISHED and target.platform_url == "https://social.example/@brent/100"
    assert target.attempts == 1 and target.attempt_key
    audit = [e.action for e in await store.audit_entries(who="publisher")]
    assert audit == ["send", "published"]


async def test_crash_between_call_and_record_does_not_publish_twice(
    store: Store, mastodon: FakeMastodon, monkeypatch: pytest.MonkeyPatch
) -> None:
    acc = await _account(store, "@brent@social.example")
    post_id = await _post(store, [acc], T0, body="Libraries open late on Thursday")

    async def crash(*args: Any, **kwargs: Any) -> None:
        raise KeyboardInterrupt("power cut")

    monkeypatch.setattr(Store, "record_published", crash)
    async with mastodon.connector(T0) as conn:
        with pytest.raises(KeyboardInterrupt):
            await publish_due(store, {acc: conn}, now=T0)
    monkeypatch.undo()
    assert mastodon.posts_received == 1
    post = await store.post(post_id)
    assert post is not None and post.targets[0].status == TargetStatus.SENDING  # committed before the call
    # A restart within the lease leaves it alone (another publisher may be mid-send) ...
    async with mastodon.connector(T0 + timedelta(seconds=30)) as conn:
        await publish_due(store, {acc: conn}, now=T0 + timedelta(seconds=30))
    assert (await store.post(post_id)).targets[0].status == TargetStatus.SENDING  # type: ignore[union-attr]
    # ... after it, the account's timeline is checked and the post recorded, not re-sent.
    later = T0 + timedelta(minutes=5)
    async with mastodon.connector(later) as conn:
        report = await publish_due(store, {acc: conn}, now=later)
    assert mastodon.posts_received == 1 and len(mastodon.statuses) == 1
    assert report.reconciled == [(post_id, "@brent@social.example", "100")]
    post = await store.post(post_id)
    assert post is not None and post.status == PostStatus.PUBLISHED
    assert post.targets[0].platform_post_id == "100"


async def test_crash_before_the_call_arrived_resends_with_the_same_key(
    store: Store, mastodon: FakeMastodon, monkeypatch: pytest.MonkeyPatch
) -> None:
    acc = await _account(store, "@brent@social.example")
    post_id = await _post(store, [acc], T0)

    async def dies(*args: Any, **kwargs: Any) -> None:
        raise KeyboardInterrupt("killed before the request left")

    monkeypatch.setattr(MastodonConnector, "publish", dies)
    async with mastodon.connector(T0) as conn:
        with pytest.raises(KeyboardInterrupt):
            await publish_due(store, {acc: conn}, now=T0)
    monkeypatch.undo()
    key = (await store.post(post_id)).targets[0].attempt_key  # type: ignore[union-attr]
    later = T0 + timedelta(minutes=5)
    async with mastodon.connector(later) as conn:
        await publish_due(store, {acc: conn}, now=later)  # reconcile: not there → requeue
        await publish_due(store, {acc: conn}, now=later)  # send (same key)
    assert mastodon.posts_received == 1 and list(mastodon.idempotency) == [key]
    assert (await store.post(post_id)).status == PostStatus.PUBLISHED  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("code", "body", "expect"),
    [
        (422, {"error": "Validation failed: Text character limit of 500 exceeded"}, "character limit"),
        (401, {"error": "The access token is invalid"}, "expired or was revoked"),
    ],
)
async def test_4xx_is_failed_with_the_reason_and_the_author_told(
    store: Store, mastodon: FakeMastodon, code: int, body: dict[str, Any], expect: str
) -> None:
    acc = await _account(store, "@brent@social.example")
    post_id = await _post(store, [acc], T0)
    mastodon.fail = (code, body)
    async with mastodon.connector(T0) as conn:
        report = await publish_due(store, {acc: conn}, now=T0)
    assert len(report.failed) == 1 and mastodon.posts_received == 1
    post = await store.post(post_id)
    assert post is not None and post.status == PostStatus.FAILED
    assert post.targets[0].status == TargetStatus.FAILED and expect in (post.targets[0].last_error or "")
    notes = await store.notifications("webby")
    assert notes[0].kind == "post_failed" and expect in notes[0].text
    # nothing retries a definitive refusal on its own
    async with mastodon.connector(T0 + timedelta(hours=2)) as conn:
        await publish_due(store, {acc: conn}, now=T0 + timedelta(hours=2))
    assert mastodon.posts_received == 1


async def test_5xx_retries_with_backoff_then_fails_red(store: Store, mastodon: FakeMastodon) -> None:
    acc = await _account(store, "@brent@social.example")
    post_id = await _post(store, [acc], T0)
    mastodon.fail = (503, {"error": "Service Unavailable"})
    now = T0
    for _ in range(12):
        async with mastodon.connector(now) as conn:
            await publish_due(store, {acc: conn}, now=now, max_attempts=3)
        now += timedelta(minutes=1)
    assert mastodon.posts_received == 3  # 1 + backoff 1 min + backoff 2 min, then gave up
    post = await store.post(post_id)
    assert post is not None and post.status == PostStatus.FAILED
    assert "gave up after 3 attempts" in (post.targets[0].last_error or "")


async def test_5xx_then_recovery_checks_the_timeline_before_resending(store: Store, mastodon: FakeMastodon) -> None:
    acc = await _account(store, "@brent@social.example")
    post_id = await _post(store, [acc], T0)
    mastodon.fail = (502, {"error": "Bad Gateway"})
    async with mastodon.connector(T0) as conn:
        report = await publish_due(store, {acc: conn}, now=T0)
    assert report.retrying and (await store.post(post_id)).status == PostStatus.SCHEDULED  # type: ignore[union-attr]
    # the 502 came from a proxy after the post was created: it is on the timeline
    mastodon.fail = None
    mastodon.statuses.append({"id": "77", "url": "https://social.example/@brent/77",
                              "content": "<p>Bins go out on Monday</p>", "created_at": "2026-11-23T09:00:01.000Z"})
    later = T0 + timedelta(minutes=2)
    async with mastodon.connector(later) as conn:
        report = await publish_due(store, {acc: conn}, now=later)
    assert report.reconciled and mastodon.posts_received == 1
    assert (await store.post(post_id)).targets[0].platform_post_id == "77"  # type: ignore[union-attr]


async def test_multi_account_partial_failure_and_retry_sends_only_to_the_failed(
    store: Store, mastodon: FakeMastodon, mastodon2: FakeMastodon
) -> None:
    ok = await _account(store, "@brent@social.example")
    bad = await _account(store, "@brentlibraries@other.example")
    post_id = await _post(store, [ok, bad], T0)
    mastodon2.fail = (401, {"error": "The access token is invalid"})
    async with mastodon.connector(T0) as c1, mastodon2.connector(T0, "masto2") as c2:
        await publish_due(store, {ok: c1, bad: c2}, now=T0)
    post = await store.post(post_id)
    assert post is not None and post.status == PostStatus.FAILED
    by_acc = {t.account_id: t for t in post.targets}
    assert by_acc[ok].status == TargetStatus.PUBLISHED  # one failing never marks the others failed
    assert by_acc[bad].status == TargetStatus.FAILED and "Reconnect the account" in (by_acc[bad].last_error or "")
    # the token is fixed; a retry re-sends only to the failed account
    mastodon2.fail = None
    await store.retry_failed(WEB, post_id)
    later = T0 + timedelta(minutes=10)
    async with mastodon.connector(later) as c1, mastodon2.connector(later, "masto2") as c2:
        await publish_due(store, {ok: c1, bad: c2}, now=later)
    assert mastodon.posts_received == 1 and mastodon2.posts_received == 2
    post = await store.post(post_id)
    assert post is not None and post.status == PostStatus.PUBLISHED
    assert all(t.status == TargetStatus.PUBLISHED for t in post.targets)


async def test_missing_connector_fails_in_words(store: Store) -> None:
    acc = await _account(store, "@BrentCouncil", Platform.X)
    post_id = await _post(store, [acc], T0)
    report = await publish_due(store, {}, now=T0)
    assert report.failed and report.failed[0][2].startswith("no connector for @BrentCouncil (x)")
    assert (await store.post(post_id)).status == PostStatus.FAILED  # type: ignore[union-attr]


async def test_a_post_never_goes_out_from_another_accounts_connector(store: Store, mastodon: FakeMastodon) -> None:
    """Scheduled for the main account and @libraries: only the main account's connector is configured."""
    main = await _account(store, "@brent@social.example")
    libraries = await _account(store, "@libraries@social.example")
    post_id = await _post(store, [main, libraries], T0)
    async with mastodon.connector(T0) as conn:
        report = await publish_due(store, {main: conn}, now=T0)
    assert mastodon.posts_received == 1  # the main account's post; nothing sent "as" the libraries
    assert [(h, why.split(":")[0]) for _, h, why in report.failed] == [
        ("@libraries@social.example", "no connector for @libraries@social.example (mastodon)")]
    post = await store.post(post_id)
    assert post is not None
    assert {t.account_id: t.status for t in post.targets} == {main: TargetStatus.PUBLISHED,
                                                              libraries: TargetStatus.FAILED}


async def test_mastodon_schedules_server_side_and_a_move_cancels_it(store: Store, mastodon: FakeMastodon) -> None:
    acc = await _account(store, "@brent@social.example")
    at = T0 + timedelta(minutes=20)
    post_id = await _post(store, [acc], at)
    async with mastodon.connector(T0) as conn:
        report = await publish_due(store, {acc: conn}, now=T0)
    assert report.server_scheduled and len(mastodon.scheduled) == 1 and not mastodon.statuses
    post = await store.post(post_id)
    assert post is not None and post.status == PostStatus.SCHEDULED
    assert post.targets[0].platform_post_id == "scheduled:100"
    # moved an hour later: the network's copy is withdrawn and it is handed over again later
    await store.move_post(WEB, post_id, move(at, hours=1))
    async with mastodon.connector(T0 + timedelta(minutes=1)) as conn:
        report = await publish_due(store, {acc: conn}, now=T0 + timedelta(minutes=1))
    assert report.cancelled and mastodon.deleted == ["100"] and not mastodon.scheduled
    # the network publishes at the time; we confirm it from the timeline
    mastodon.statuses.append({"id": "555", "url": "https://social.example/@brent/555",
                              "content": "<p>Bins go out on Monday</p>", "created_at": "2026-11-23T10:20:00.000Z"})
    now = T0 + timedelta(minutes=56)
    async with mastodon.connector(now) as conn:
        await publish_due(store, {acc: conn}, now=now)  # hands over again (24 min ahead)
    assert len(mastodon.scheduled) == 1
    now = T0 + timedelta(hours=1, minutes=25)
    async with mastodon.connector(now) as conn:
        report = await publish_due(store, {acc: conn}, now=now)
    post = await store.post(post_id)
    assert post is not None and post.status == PostStatus.PUBLISHED and post.targets[0].platform_post_id == "555"


async def test_suspension_holds_everything_and_withdraws_network_schedules(
    store: Store, mastodon: FakeMastodon
) -> None:
    acc = await _account(store, "@brent@social.example")
    soon = await _post(store, [acc], T0 + timedelta(minutes=20))
    due = await _post(store, [acc], T0, body="Parks reopen today")
    async with mastodon.connector(T0 - timedelta(minutes=1)) as conn:
        await publish_due(store, {acc: conn}, now=T0 - timedelta(minutes=1))
    assert len(mastodon.scheduled) == 1
    await store.set_suspension(WEB, active=True, reason="National mourning")
    async with mastodon.connector(T0 + timedelta(hours=1)) as conn:
        report = await publish_due(store, {acc: conn}, now=T0 + timedelta(hours=1))
    assert report.suspended and not mastodon.statuses and mastodon.deleted == ["100"]
    assert {p.id for p in await store.held_posts()} == {soon, due}
    with pytest.raises(Exception, match="still suspended"):
        await store.release_held(WEB, due, T0 + timedelta(hours=2))
    await store.set_suspension(WEB, active=False)
    await store.release_held(WEB, due, T0 + timedelta(hours=2))
    now = T0 + timedelta(hours=2)
    async with mastodon.connector(now) as conn:
        await publish_due(store, {acc: conn}, now=now)
    assert [s["content"] for s in mastodon.statuses] == ["<p>Parks reopen today</p>"]
    assert (await store.post(soon)).status == PostStatus.HELD  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("planned_on", "chosen", "utc_expected"),
    [
        (date(2026, 10, 20), date(2026, 10, 26), datetime(2026, 10, 26, 9, 0, tzinfo=UTC)),  # BST → GMT
        (date(2026, 3, 23), date(2026, 3, 30), datetime(2026, 3, 30, 8, 0, tzinfo=UTC)),  # GMT → BST
    ],
)
async def test_post_across_a_clock_change_goes_out_at_the_wall_clock_time(
    store: Store, tmp_path: Path, planned_on: date, chosen: date, utc_expected: datetime
) -> None:
    """Planned a week ahead across the change for 09:00 London; published at 09:00 London."""
    sent: list[datetime] = []

    class Clocked(MastodonConnector):
        async def publish(self, req):  # type: ignore[no-untyped-def]
            sent.append(self.clock())
            from connectors.base import PublishResult

            return PublishResult(platform_post_id=str(len(sent)), url=None)

    acc = await _account(store, "@brent@social.example")
    at = london_to_utc(chosen, time(9, 0))
    assert at == utc_expected
    # the officer planned it on a Monday before the change, then nudged it a day later and back
    await _post(store, [acc], move(london_to_utc(planned_on, time(9, 0)), days=(chosen - planned_on).days))
    settings = ConnectorSettings(name="m", type="mastodon", base_url="http://127.0.0.1:9")
    for minutes in (-61, -1, 0):
        now = utc_expected + timedelta(minutes=minutes)
        conn = Clocked(settings, token="t0ken-abcdef", clock=lambda now=now: now)
        await publish_due(store, {acc: conn}, now=now, handoff=timedelta(0))
        await conn.aclose()
    assert sent == [utc_expected]


def test_a_listen_only_connector_is_never_handed_a_post_or_a_reply() -> None:
    """YouTube and Instagram are read, never posted to: naming the account in `account_handles` does not
    make their connector a publisher (the publisher, replies and the poller all ask `publishes_as`)."""
    from connectors.base import ConnectorSettings

    youtube = ConnectorSettings(name="yt", type="youtube", channel_id="UC" + "a" * 22,
                                account_handles=["@BrentCouncilTV"])
    instagram = ConnectorSettings(name="ig", type="instagram", ig_user_id="17841400000000000",
                                  account_handles=["brentcouncil"])
    assert not youtube.publishes_as("youtube", "@BrentCouncilTV")
    assert not instagram.publishes_as("instagram", "brentcouncil")
