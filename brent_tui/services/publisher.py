"""The publishing outbox: due posts go out through the connectors, exactly once.

Called by the poller process on every tick and, for a single user, by the app itself::

    report = await publish_due(store, connectors, now=clock.now())

`connectors` maps a council account's id to the connector that posts as that account
(`ConnectorSettings.publishes_as`): an account without one fails in words, never borrowing another
account's token. Several publishers (the poller and an app) may run at once: each target is
claimed in its own transaction, so only one sends it.

Exactly once, step by step:
1. **Claim** — the target becomes `sending` with a fresh `attempt_key` (a UUID sent as
   Mastodon's `Idempotency-Key`) and a lease, committed BEFORE the network call.
2. **Call** the connector.
3. **Record** the outcome: published (id and URL), handed to the network's own scheduler,
   retry later (backoff), or failed for good (red on the grid; the author notified).
A publisher that dies between 2 and 3 leaves the target `sending`. When the lease has run
out, the next run **reconciles**: it reads the account's recent posts (`recent_posts`) and,
if the text is there, records it as published; only if it is not there is the target
re-queued — keeping its key, so Mastodon would still refuse a duplicate. A retry after a
timeout or 5xx (where the post may have arrived) reconciles the same way first.

Mastodon and Facebook schedule on the server (`supports_scheduling`): a post due within
`handoff` and far enough ahead (5 / 10 minutes) is handed over with `scheduled_at`, so it
goes out on time even if the poller is down. Moving, editing, holding or deleting it later
queues a cancellation that the next run sends. Everything else waits in our own outbox.

While "suspend all" is on, nothing is sent (the store holds the posts) and network-side
schedules are withdrawn.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, get_args

from brent_tui.domain.london import format_london
from brent_tui.domain.models import Platform, as_utc
from brent_tui.domain.post_length import outgoing_text
from brent_tui.domain.text import normalise_handle
from brent_tui.store.posts import OutboxItem, PostStore
from connectors.base import (
    LISTEN_ONLY,
    Connector,
    ConnectorSettings,
    ConnectorType,
    PublishRequest,
    posting_as,
)
from connectors.errors import (
    AuthError,
    BadResponse,
    ConnectorError,
    DuplicatePost,
    NotSent,
    NotSupported,
    PermissionDenied,
    RateLimited,
    TransientError,
    UsageCapped,
)

log = logging.getLogger("brent_tui.publisher")

LEASE = timedelta(minutes=2)  # how long a claim protects a send in progress
HANDOFF = timedelta(minutes=30)  # hand posts to the network's scheduler this far ahead
SERVER_GRACE = timedelta(minutes=3)  # after a server-scheduled time, look for the post
SERVER_GIVE_UP = timedelta(minutes=30)  # ... and give up looking after this
CONFIRM_WINDOW = timedelta(minutes=15)  # how long to look for a post that may have gone (X, Facebook)
MAX_ATTEMPTS = 5
#: minimum lead time each network's scheduler accepts (seconds), with a margin
MIN_AHEAD: dict[Platform, int] = {Platform.MASTODON: 6 * 60, Platform.FACEBOOK: 11 * 60}


def backoff(attempts: int) -> timedelta:
    """1, 2, 4, 8 … minutes, at most an hour: quick for a blip, patient for an outage."""
    return timedelta(minutes=min(60, 2 ** max(0, attempts - 1)))


@dataclass
class PublishReport:
    """What one run did, target by target (post id, account handle, detail)."""

    published: list[tuple[int, str, str]] = field(default_factory=list)
    server_scheduled: list[tuple[int, str, str]] = field(default_factory=list)
    reconciled: list[tuple[int, str, str]] = field(default_factory=list)
    retrying: list[tuple[int, str, str]] = field(default_factory=list)
    confirming: list[tuple[int, str, str]] = field(default_factory=list)  # may have gone: looking for it
    failed: list[tuple[int, str, str]] = field(default_factory=list)
    cancelled: list[tuple[int, str, str]] = field(default_factory=list)
    suspended: bool = False

    @property
    def quiet(self) -> bool:
        return not any((self.published, self.server_scheduled, self.reconciled, self.retrying, self.confirming,
                        self.failed, self.cancelled))

    def summary(self) -> str:
        parts = [f"{len(v)} {k.replace('_', ' ')}" for k, v in (
            ("published", self.published), ("server_scheduled", self.server_scheduled),
            ("reconciled", self.reconciled), ("retrying", self.retrying),
            ("confirming", self.confirming), ("failed", self.failed),
            ("cancelled", self.cancelled)) if v]
        if self.suspended:
            parts.append("posts suspended")
        return ", ".join(parts) or "nothing due"


def no_connector_reason(handle: str, platform: Platform) -> str:
    """Why a post for this account cannot go out: said the same by the publisher, `config check` and `doctor`."""
    return (f"no connector for {handle} ({platform.value}): name it in the account_handles of a "
            f"[[connectors]] entry holding that account's own token")


def accounts_that_cannot_publish(accounts: Iterable[Any], connectors: Iterable[ConnectorSettings]) -> list[str]:
    """`config check` and `doctor`: each council account no enabled connector posts as, and why."""
    enabled = [c for c in connectors if c.enabled]
    out, seen = [], set()
    for account in accounts:
        platform = Platform(account.platform)
        if (platform, normalise_handle(account.handle)) in seen:
            continue  # the registry's copy of a config account
        seen.add((platform, normalise_handle(account.handle)))
        if platform.value not in get_args(ConnectorType) or platform.value in LISTEN_ONLY:
            out.append(f"{account.handle} ({platform.value}): brent-tui cannot post to {platform.value}; "
                       "publish there by hand")
        elif posting_as(enabled, platform, account.handle) is None:
            out.append(no_connector_reason(account.handle, platform))
    return out


def _norm(text: str) -> str:
    """Compare texts the way a network may have reformatted them (HTML → text, link cards)."""
    text = re.sub(r"https?://\S+", "", text or "")
    return re.sub(r"\s+", " ", text).strip().lower()


def _request_for(item: OutboxItem, key: str, scheduled_at: datetime | None = None) -> PublishRequest:
    post = item.post
    return PublishRequest(text=outgoing_text(post.body, post.hashtags), link=post.link, idempotency_key=key,
                          scheduled_at=scheduled_at, due_at=post.scheduled_at)


def _outcome_unknown(exc: ConnectorError, conn: Connector, earlier_attempts: int) -> bool:
    """The post may have gone out although the call failed: a timeout or a server error after the
    request left, or a "duplicate" refusal of a post we already tried. On a network where a repeat
    could post twice, such a target is confirmed on the network, never simply sent again."""
    if conn.repeat_safe or isinstance(exc, NotSent):  # NotSent: the request never left this machine
        return False
    return isinstance(exc, TransientError | BadResponse) or (isinstance(exc, DuplicatePost) and earlier_attempts > 0)


def _explain(exc: ConnectorError, item: OutboxItem) -> str:
    """The reason an officer reads on the grid and in the notification."""
    handle = item.account.handle
    if isinstance(exc, AuthError):
        return (f"the access token for {handle} has expired or was revoked ({exc.message}). "
                "Reconnect the account, then retry the post.")
    if isinstance(exc, PermissionDenied):
        return f"{handle} is not allowed to post with the current token ({exc.message})."
    if isinstance(exc, UsageCapped):
        return f"the network's usage cap is reached for {handle} ({exc.message})."
    if isinstance(exc, DuplicatePost):
        return (f"the network refused it as a repeat of a recent post from {handle}: change the wording, "
                f"or check it is not already there ({exc.message}).")
    return exc.message


async def _find_on_network(conn: Connector, item: OutboxItem) -> dict[str, Any] | None:
    """The post this target made, if any: looked up by its key where the network can (Bluesky's
    record key), else the account's recent post (or network-side scheduled post) with this text."""
    if item.target.attempt_key:
        try:
            return await conn.find_sent(_request_for(item, item.target.attempt_key))
        except NotSupported:
            pass
    wanted = _norm(outgoing_text(item.post.body, item.post.hashtags))
    if not wanted:
        return None
    # An identical post from an earlier day (a duplicated post) must not count: ours cannot
    # predate the time it was scheduled for (a margin for clock skew).
    not_before = item.post.scheduled_at - timedelta(minutes=5) if item.post.scheduled_at else None
    for recent in await conn.recent_posts(40):
        created = recent.get("created_at")
        if not_before is not None and isinstance(created, datetime) and as_utc(created) < not_before:
            continue
        got = _norm(str(recent.get("text") or ""))
        if got and (got == wanted or wanted in got or (len(got) > 20 and got in wanted)):
            return recent
    return None


async def publish_due(
    store: PostStore,
    connectors: Mapping[int, Connector],
    *,
    now: datetime,
    handoff: timedelta = HANDOFF,
    max_attempts: int = MAX_ATTEMPTS,
) -> PublishReport:
    """Send every due post through its connector; reconcile anything left half-done."""
    now = as_utc(now)
    report = PublishReport()
    await _cancellations(store, connectors, report)
    if (await store.suspension()).active:
        report.suspended = True
        return report
    for item in await store.stale_sending(now):
        await _reconcile(store, connectors, item, now, report)
    for item in await store.server_scheduled_due(now - SERVER_GRACE):
        await _confirm_server_scheduled(store, connectors, item, now, report)
    for item in await store.due_targets(now, handoff_until=now + handoff):
        await _send(store, connectors, item, now, report, max_attempts=max_attempts)
    if not report.quiet:
        log.info("publisher: %s", report.summary())
    return report


async def _send(store: PostStore, connectors: Mapping[int, Connector], item: OutboxItem, now: datetime,
                report: PublishReport, *, max_attempts: int) -> None:
    post, target, account = item.post, item.target, item.account
    assert post.id is not None and target.id is not None and post.scheduled_at is not None
    conn = connectors.get(account.id or 0)
    due_now = post.scheduled_at <= now
    server_side = False
    if not due_now:
        # only networks with their own scheduler take a post ahead of time
        ahead = (post.scheduled_at - now).total_seconds()
        minimum = MIN_AHEAD.get(account.platform)
        if conn is None or not conn.supports_scheduling or minimum is None or ahead < minimum:
            return
        server_side = True
    if conn is None:
        key = await store.claim_target(target.id, now=now, lease=LEASE)
        if key is None:
            return
        reason = f"{no_connector_reason(account.handle, account.platform)}, then retry the post"
        await store.record_failure(target.id, key, reason, retry_at=None)
        report.failed.append((post.id, account.handle, reason))
        return
    retrying = target.attempts > 0 and target.attempt_key is not None
    if retrying:
        # The last try may have reached the network (timeout, 5xx): look before sending again.
        try:
            found = await _find_on_network(conn, item)
        except ConnectorError as exc:
            found = None
            log.warning("publisher: cannot check %s before retrying: %s", account.handle, exc)
            if not isinstance(exc, NotSupported):
                key = await store.claim_target(target.id, now=now, lease=LEASE, reuse_key=True)
                if key is not None:
                    await _failed(store, item, key, exc, now, report, max_attempts=max_attempts,
                                  attempts=target.attempts + 1)
                return
        if found is not None:
            key = await store.claim_target(target.id, now=now, lease=LEASE, reuse_key=True)
            if key is not None:
                await _record_found(store, item, key, found, now, report)
            return
    key = await store.claim_target(target.id, now=now, lease=LEASE, reuse_key=retrying)
    if key is None:
        return  # another publisher has it, or it was held/moved/deleted meanwhile
    try:
        result = await conn.publish(_request_for(item, key, post.scheduled_at if server_side else None))
    except ConnectorError as exc:
        if _outcome_unknown(exc, conn, target.attempts):
            # left `sending`: once the lease is out, `_reconcile` looks for it on the network
            log.warning("publisher: %s may have posted (%s): confirming before anything else", account.handle, exc)
            report.confirming.append((post.id, account.handle, exc.message))
            return
        await _failed(store, item, key, exc, now, report, max_attempts=max_attempts, attempts=target.attempts + 1)
        return
    if result.scheduled:
        await store.record_published(target.id, key, platform_post_id=result.platform_post_id, url=result.url,
                                     at=now, server_scheduled_at=post.scheduled_at)
        report.server_scheduled.append((post.id, account.handle, result.platform_post_id))
    else:
        await store.record_published(target.id, key, platform_post_id=result.platform_post_id, url=result.url,
                                     at=now)
        report.published.append((post.id, account.handle, result.url or result.platform_post_id))


async def _failed(store: PostStore, item: OutboxItem, key: str, exc: ConnectorError, now: datetime,
                  report: PublishReport, *, max_attempts: int, attempts: int) -> None:
    assert item.post.id is not None and item.target.id is not None
    reason = _explain(exc, item)
    if exc.retryable and attempts < max_attempts:
        wait = backoff(attempts)
        if isinstance(exc, RateLimited) and exc.retry_after:
            wait = max(wait, timedelta(seconds=exc.retry_after))
        await store.record_failure(item.target.id, key, f"{reason} (attempt {attempts} of {max_attempts}; "
                                   "retrying)", retry_at=now + wait)
        report.retrying.append((item.post.id, item.account.handle, reason))
        return
    if exc.retryable:
        reason = f"{reason} (gave up after {attempts} attempts)"
    await store.record_failure(item.target.id, key, reason, retry_at=None)
    report.failed.append((item.post.id, item.account.handle, reason))


async def _record_found(store: PostStore, item: OutboxItem, key: str, found: dict[str, Any], now: datetime,
                        report: PublishReport) -> None:
    assert item.post.id is not None and item.target.id is not None
    at = found.get("created_at") if isinstance(found.get("created_at"), datetime) else now
    if found.get("scheduled"):
        await store.record_published(item.target.id, key, platform_post_id=str(found["id"]), url=found.get("url"),
                                     at=now, server_scheduled_at=at, reconciled=True)
    else:
        await store.record_published(item.target.id, key, platform_post_id=str(found["id"]), url=found.get("url"),
                                     at=at, reconciled=True)
    report.reconciled.append((item.post.id, item.account.handle, str(found["id"])))


async def _reconcile(store: PostStore, connectors: Mapping[int, Connector], item: OutboxItem, now: datetime,
                     report: PublishReport) -> None:
    """A target left `sending` by a publisher that died: did the post go out?"""
    target, account = item.target, item.account
    assert target.id is not None and target.attempt_key is not None
    conn = connectors.get(account.id or 0)
    if conn is None:
        return  # cannot check; leave it for a publisher that can (never guess "not sent")
    problem = None
    try:
        found = await _find_on_network(conn, item)
    except ConnectorError as exc:
        found, problem = None, exc
        log.warning("publisher: cannot reconcile %s yet: %s", account.handle, exc)
    if found is not None:
        await _record_found(store, item, target.attempt_key, found, now, report)
    elif conn.repeat_safe and problem is None:
        await store.requeue_unsent(target.id, target.attempt_key)  # a repeat with the same key cannot post twice
    else:  # it may be there: look again on later runs, then say so (a failed check never re-sends)
        await _confirm_or_give_up(store, item, now, report, problem)


async def _confirm_or_give_up(store: PostStore, item: OutboxItem, now: datetime, report: PublishReport,
                              problem: ConnectorError | None) -> None:
    """A send that may have arrived, and no way yet to know (X, Facebook; or any network whose check
    failed) is never repeated. Look again on later runs; after CONFIRM_WINDOW, end it as failed with
    the reason, and the author is notified."""
    target, account, post = item.target, item.account, item.post
    assert target.id is not None and target.attempt_key is not None and post.id is not None
    sent_at = (target.next_attempt_at or now) - LEASE  # the claim set the lease's end
    if now - sent_at < CONFIRM_WINDOW:
        report.confirming.append((post.id, account.handle, problem.message if problem else "not seen yet"))
        return
    why = (f"could not read {account.handle}'s posts to confirm ({problem.message})" if problem
           else f"not seen on {account.handle} after {CONFIRM_WINDOW.seconds // 60} minutes")
    sent = format_london(sent_at, "%H:%M")
    reason = (f"not confirmed: sent at {sent} but {why}. Check the account: retry only if the post is not "
              "there (a retry could post it twice).")
    await store.record_failure(target.id, target.attempt_key, reason, retry_at=None)
    report.failed.append((post.id, account.handle, reason))


async def _confirm_server_scheduled(store: PostStore, connectors: Mapping[int, Connector], item: OutboxItem,
                                    now: datetime, report: PublishReport) -> None:
    """The network was holding this post for a time now past: record it as published."""
    target, account, post = item.target, item.account, item.post
    assert target.id is not None and post.id is not None and item.server_scheduled_at is not None
    conn = connectors.get(account.id or 0)
    key = target.attempt_key or ""
    if conn is None:
        return
    try:
        found = await _find_on_network(conn, item)
    except ConnectorError as exc:
        log.warning("publisher: cannot confirm %s: %s", account.handle, exc)
        return
    if found is not None and not found.get("scheduled"):
        await _record_found(store, item, key, found, now, report)
    elif found is None and now - item.server_scheduled_at > SERVER_GIVE_UP:
        reason = (f"{account.handle} was holding this post for {item.server_scheduled_at:%H:%M} UTC but it is "
                  "not on the account: check the network, then retry.")
        await store.record_failure(target.id, key, reason, retry_at=None)
        report.failed.append((post.id, account.handle, reason))


async def _cancellations(store: PostStore, connectors: Mapping[int, Connector], report: PublishReport) -> None:
    """Withdraw network-side schedules of posts that were moved, edited, held or deleted."""
    for c in await store.open_cancellations():
        account = await store.account(c.account_id)
        if account is None:
            continue
        conn = connectors.get(c.account_id)
        if conn is None:
            continue
        try:
            await conn.delete(c.platform_post_id)
        except ConnectorError as exc:
            await store.record_cancellation(c.id, error=exc.message)
            continue
        await store.record_cancellation(c.id, error=None)
        report.cancelled.append((c.post_id or 0, account.handle, c.platform_post_id))
