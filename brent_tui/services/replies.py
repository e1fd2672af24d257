"""Replies in place: from the reply draft to the network, threaded under the mention, exactly once.

    account, settings = replying_account(accounts, config.connectors, mention.platform)
    reply = await send_reply(store, config, actor, mention, text, account, connector, now=clock.now())

A reply goes only from a council account a connector posts as (`ConnectorSettings.publishes_as`),
on the mention's own network. It is tone-checked (a blocking finding stops it), claimed in the store
before the call (its key is the call's idempotency key, Bluesky's record key), and recorded as sent
together with the mention's route 3 decision. A call that may have arrived on a network where a
repeat would post twice (X, Facebook) ends `unconfirmed`, never sent again by itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
from collections.abc import Iterable
from datetime import datetime

from brent_tui.config import Config
from brent_tui.domain.errors import UserError
from brent_tui.domain.models import CouncilAccount, Mention, Platform, Role, Route
from brent_tui.domain.roles import Actor
from brent_tui.domain.text import handles_match
from brent_tui.domain.tone import Severity, check_text
from brent_tui.services import build_connector
from brent_tui.services.triage import plan
from brent_tui.store import Reply, Store
from connectors.base import Connector, ConnectorSettings, PublishRequest, posting_as
from connectors.errors import BadResponse, ConnectorError, NotSent, TransientError


class ReplyNotSent(UserError):
    """The reply was not sent (or could not be confirmed): the message says which, and what to do."""


def replying_account(accounts: Iterable[CouncilAccount], connectors: Iterable[ConnectorSettings],
                     platform: Platform, mentioned: str | None = None) -> tuple[CouncilAccount, ConnectorSettings] | None:
    """The council account to reply from, with the connector that posts as it: the account the mention
    named (`mentioned`) when a connector posts as it, else the first on the mention's network that one does."""
    connectors = list(connectors)
    named = [a for a in accounts if mentioned and handles_match(a.handle, mentioned)]
    for account in [*named, *accounts]:
        if account.platform is platform and account.id is not None:
            settings = posting_as(connectors, account.platform, account.handle)
            if settings is not None:
                return account, settings
    return None


async def send_reply_from(store: Store, config: Config, actor: Actor, mention: Mention, text: str,
                          account: CouncilAccount, settings: ConnectorSettings, *, now: datetime,
                          drafted_since: datetime | None = None) -> Reply:
    """`send_reply` through a connector built from the config and the secrets (the app holds none).

    Shielded, with its connector: closing the draft or a second key press while it is on its way
    cannot cancel it between the network's answer and the record of it."""
    async def send() -> Reply:
        async with build_connector(config, settings) as connector:
            return await send_reply(store, config, actor, mention, text, account, connector, now=now,
                                    drafted_since=drafted_since)

    return await asyncio.shield(send())


def needs_approval(config: Config, actor: Actor) -> bool:
    """Replies from the roles in `[replies] approval_roles` wait for a comms officer."""
    return actor.role is not None and actor.role in config.replies.approval_roles


async def send_reply(store: Store, config: Config, actor: Actor, mention: Mention, text: str,
                     account: CouncilAccount, connector: Connector, *, now: datetime,
                     drafted_since: datetime | None = None) -> Reply:
    """Send `text` as a reply to `mention` from `account`; the route 3 decision is recorded with it.
    From a role whose replies need approval it waits for a comms officer instead (`awaiting_approval`)."""
    body = text.strip()
    if not body:
        raise ReplyNotSent("Not sent: the reply is empty.")
    blocking = [f.message for f in check_text(body, when=now, settings=config.tone) if f.severity is Severity.BLOCK]
    if blocking:
        raise ReplyNotSent(f"Not sent: {blocking[0]}")
    assert account.id is not None
    if needs_approval(config, actor):
        approvers = [p for p in config.people_with_role(Role.COMMS_OFFICER) if p != actor.login]
        if not approvers:
            raise ReplyNotSent("Not sent: your replies need a comms officer's approval and none is configured.")
        return await store.begin_reply(actor, mention.id, account.id, body, now=now, approvers=approvers,
                                       drafted_since=drafted_since)
    reply = await store.begin_reply(actor, mention.id, account.id, body, now=now, drafted_since=drafted_since)
    return await _publish(store, config, actor, mention, reply, account, connector, now=now)


async def approve_and_send(store: Store, config: Config, reviewer: Actor, reply: Reply, account: CouncilAccount,
                           settings: ConnectorSettings, *, now: datetime) -> Reply:
    """A comms officer approves a waiting reply and it goes at once, as if they had sent it (shielded,
    as `send_reply_from`)."""
    mention = await store.get_mention(reply.mention_id)
    if mention is None:
        raise ReplyNotSent("Not sent: the mention is no longer in the cache.")

    async def send() -> Reply:
        async with build_connector(config, settings) as connector:  # built first: a missing secret leaves it waiting
            approved = await store.review_reply(reviewer, reply, approve=True, now=now,
                                                allow_self=config.posts.allow_self_approval)
            return await _publish(store, config, reviewer, mention, approved, account, connector, now=now)

    return await asyncio.shield(send())


async def _publish(store: Store, config: Config, actor: Actor, mention: Mention, reply: Reply,
                   account: CouncilAccount, connector: Connector, *, now: datetime) -> Reply:
    """The claimed reply (`sending`) to the network, then recorded with the route 3 decision."""
    request = PublishRequest(text=reply.body, reply_to=mention.platform_id, idempotency_key=reply.attempt_key,
                             due_at=now)
    try:
        result = await connector.publish(request)
    except ConnectorError as exc:
        # A reply never repeats its key (each send is a new one), so a reply that may have arrived is
        # unconfirmed on every network; only a request that never left (NotSent) certainly did not go.
        unknown = isinstance(exc, TransientError | BadResponse) and not isinstance(exc, NotSent)
        if unknown:
            reason = (f"may have been sent from {account.handle} ({exc.message}): look under the post before "
                      "sending it again")
        else:
            reason = f"not sent from {account.handle}: {exc.message}"
        await store.reply_failed(reply, reason, unconfirmed=unknown)
        raise ReplyNotSent(f"Reply {reason}") from None
    where = result.url or result.platform_post_id
    drafted = f", drafted by {reply.author}" if reply.author != actor.login else ""
    route_plan = dataclasses.replace(plan(config, actor, mention, Route.WEB_TEAM, now=now),
                                     reason=f"replied from {account.handle}{drafted}: {where}")
    try:
        await store.reply_sent(actor, reply, route_plan, platform_post_id=result.platform_post_id, url=result.url,
                               expected_version=mention.version, now=now)
    except Exception as exc:  # it went: never say "not sent", and keep it from being sent again
        with contextlib.suppress(Exception):
            await store.reply_failed(reply, f"sent as {where} but not recorded ({exc})", unconfirmed=True)
        raise ReplyNotSent(f"Reply sent as {where}, but not recorded ({exc}): do not send it again") from None
    sent = await store.reply(reply.id)
    assert sent is not None
    return sent
