"""Exactly once where a repeat would post twice (X) and where a record key refuses it (Bluesky).

127.0.0.1 stand-ins whose timelines lag behind a post, whose replies can be lost after the post was
made, and whose timeline can be forbidden — the ways the publisher used to post twice or leave a
post "sending" with no word to anyone.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from brent_tui.domain.models import CouncilAccount, Platform, PostStatus, Role, TargetStatus
from brent_tui.domain.roles import Actor
from brent_tui.services.publisher import CONFIRM_WINDOW, LEASE, publish_due
from brent_tui.store import Store
from brent_tui.store.posts import PostDraft
from tests.stand_ins import T0, Network

pytestmark = pytest.mark.contract  # on SQLite and on PostgreSQL (tests/conftest.py)

WEB = Actor(login="webby", role=Role.WEB_TEAM)
BODY = "Libraries open late on Thursday for the half-term reading club"


async def _scheduled(store: Store, platform: Platform, handle: str) -> tuple[int, int]:
    account = await store.upsert_account(CouncilAccount(platform=platform, handle=handle, service="Web"), "setup")
    assert account.id is not None
    post = await store.save_post(WEB, PostDraft(body=BODY, account_ids=[account.id], scheduled_at=T0))
    assert post.id is not None
    return account.id, post.id


async def _run(store: Store, net: Network, account_id: int, platform: Platform, now: datetime):
    conn = net.x(now) if platform is Platform.X else net.bluesky(now)
    async with conn:
        return await publish_due(store, {account_id: conn}, now=now)


async def _target(store: Store, post_id: int):
    post = await store.post(post_id)
    assert post is not None
    return post, post.targets[0]


async def test_x_a_lost_reply_and_a_lagging_timeline_post_once(store: Store, networks: Network) -> None:
    account, post_id = await _scheduled(store, Platform.X, "@BrentCouncil")
    networks.lose_reply = True
    report = await _run(store, networks, account, Platform.X, T0)
    assert report.confirming and not report.retrying  # it may have gone: never simply sent again
    for minutes in (3, 6, 9):  # the lease is out; the timeline does not show it yet
        report = await _run(store, networks, account, Platform.X, T0 + timedelta(minutes=minutes))
        assert report.confirming and (await _target(store, post_id))[1].status == TargetStatus.SENDING
    networks.visible = True
    report = await _run(store, networks, account, Platform.X, T0 + timedelta(minutes=12))
    post, target = await _target(store, post_id)
    assert networks.creates == 1 and len(networks.tweets) == 1
    assert report.reconciled and target.status == TargetStatus.PUBLISHED and post.status == PostStatus.PUBLISHED
    assert target.platform_post_id == networks.tweets[0]["id"]


async def test_x_a_timeline_it_cannot_read_ends_in_words_and_a_notice_not_in_sending(
    store: Store, networks: Network
) -> None:
    account, post_id = await _scheduled(store, Platform.X, "@BrentCouncil")
    networks.lose_reply, networks.timeline_status = True, 403
    await _run(store, networks, account, Platform.X, T0)
    await _run(store, networks, account, Platform.X, T0 + LEASE + timedelta(minutes=1))
    assert (await _target(store, post_id))[1].status == TargetStatus.SENDING  # still looking
    report = await _run(store, networks, account, Platform.X, T0 + CONFIRM_WINDOW + timedelta(minutes=1))
    post, target = await _target(store, post_id)
    assert networks.creates == 1
    assert target.status == TargetStatus.FAILED and post.status == PostStatus.FAILED
    assert target.last_error is not None and target.last_error.startswith(
        "not confirmed: sent at 09:00 but could not read @BrentCouncil's posts to confirm")
    assert "retry only if the post is not there" in target.last_error and report.failed
    notices = await store.notifications("webby")
    assert any("not confirmed" in n.text for n in notices)  # the author hears of it


async def test_x_duplicate_content_is_worded_as_a_repeat_not_a_token_problem(store: Store, networks: Network) -> None:
    account, post_id = await _scheduled(store, Platform.X, "@BrentCouncil")
    networks.duplicate_refusal = True
    report = await _run(store, networks, account, Platform.X, T0)
    (_, _, reason), = report.failed
    assert reason.startswith("the network refused it as a repeat of a recent post from @BrentCouncil")
    assert "token" not in reason


async def test_bluesky_a_repeat_after_a_lost_reply_is_refused_by_the_record_key(store: Store, networks: Network) -> None:
    account, post_id = await _scheduled(store, Platform.BLUESKY, "brent.gov.uk")
    networks.lose_reply = True
    report = await _run(store, networks, account, Platform.BLUESKY, T0)
    assert report.retrying  # Bluesky may retry: the same record key cannot make a second post
    later = T0 + timedelta(hours=1)
    report = await _run(store, networks, account, Platform.BLUESKY, later)
    post, target = await _target(store, post_id)
    assert networks.creates == 1 and len(networks.records) == 1  # found by its key before any second send
    assert report.reconciled and target.status == TargetStatus.PUBLISHED
    assert target.platform_post_id == f"at://did:plc:council123/app.bsky.feed.post/{next(iter(networks.records))}"


async def test_bluesky_a_second_create_with_the_same_key_makes_no_second_post(store: Store, networks: Network) -> None:
    """A publisher killed after createRecord succeeded: the feed does not show it yet; the record
    key does, and even a blind repeat is refused by the network."""
    account, post_id = await _scheduled(store, Platform.BLUESKY, "brent.gov.uk")
    report = await _run(store, networks, account, Platform.BLUESKY, T0)
    assert report.published and len(networks.records) == 1
    _, target = await _target(store, post_id)
    conn = networks.bluesky(T0)
    async with conn:
        from brent_tui.services.publisher import _request_for  # the very request the publisher made
        from brent_tui.store.posts import OutboxItem
        from connectors.errors import ConnectorError

        account_row = await store.account(account)
        post = await store.post(post_id)
        assert account_row is not None and post is not None and target.attempt_key is not None
        req = _request_for(OutboxItem(target=target, post=post, account=account_row), target.attempt_key)
        with pytest.raises(ConnectorError):
            await conn.publish(req)
        assert (await conn.find_sent(req) or {}).get("id") == target.platform_post_id
    assert len(networks.records) == 1


async def test_bluesky_a_post_moved_while_it_waits_to_retry_is_still_found_by_its_key(store: Store,
                                                                                      networks: Network) -> None:
    """Its record key comes from the attempt key alone: moving the post does not change it."""
    account, post_id = await _scheduled(store, Platform.BLUESKY, "brent.gov.uk")
    networks.lose_reply = True
    await _run(store, networks, account, Platform.BLUESKY, T0)  # made, answer lost: retry later, same key
    post = await store.post(post_id)
    assert post is not None
    await store.move_post(WEB, post_id, T0 + timedelta(minutes=30), expected_version=post.version)
    await _run(store, networks, account, Platform.BLUESKY, T0 + timedelta(minutes=31))
    assert len(networks.records) == 1 and (await _target(store, post_id))[1].status == TargetStatus.PUBLISHED


async def test_a_connection_that_never_opened_is_retried_not_left_unconfirmed(store: Store) -> None:
    """X with nothing listening: the request never left, so it waits and tries again (no 'not confirmed')."""
    from connectors.base import ConnectorSettings
    from connectors.x import XConnector

    account, post_id = await _scheduled(store, Platform.X, "@BrentCouncil")
    settings = ConnectorSettings(name="x-main", type="x", base_url="http://127.0.0.1:9", account_handles=["BrentCouncil"])
    async with XConnector(settings, token="test-token-abcdef", clock=lambda: T0) as conn:
        report = await publish_due(store, {account: conn}, now=T0)
    _, target = await _target(store, post_id)
    assert report.retrying and not report.confirming and target.status == TargetStatus.PENDING
    assert "could not connect" in (target.last_error or "")


async def test_a_failed_check_never_re_sends_even_where_repeats_are_refused(store: Store,
                                                                            networks: Network) -> None:
    """Bluesky: the send's answer is lost and then getRecord fails: look again later, never re-send blind."""
    account, post_id = await _scheduled(store, Platform.BLUESKY, "brent.gov.uk")
    key = await store.claim_target((await _target(store, post_id))[1].id or 0, now=T0, lease=LEASE)
    assert key is not None  # a publisher claimed it and died: whether anything reached the network, unknown
    real_get = networks.records
    networks.records = None  # type: ignore[assignment]  # getRecord now fails (500)
    try:
        report = await _run(store, networks, account, Platform.BLUESKY, T0 + LEASE + timedelta(minutes=1))
    finally:
        networks.records = real_get
    assert report.confirming and networks.creates == 0
    assert (await _target(store, post_id))[1].status == TargetStatus.SENDING
