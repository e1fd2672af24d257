"""Following someone from a council account: through the connector that posts as that account (never
another's), then recorded and audited. Where the network offers no follow, the officer is told why."""

from __future__ import annotations

import asyncio

from brent_tui.config import Config
from brent_tui.domain.errors import UserError
from brent_tui.domain.follows import why_no_follow
from brent_tui.domain.models import CouncilAccount, Platform
from brent_tui.domain.roles import Action, Actor, require
from brent_tui.domain.text import handles_match
from brent_tui.services import build_connector
from brent_tui.store import Store
from connectors.base import ConnectorSettings, posting_as
from connectors.errors import ConnectorError


def following_account(accounts: list[CouncilAccount], config: Config, platform: Platform) -> CouncilAccount:
    """The council account on `platform` a connector posts as (the first in the registry), or why there is none."""
    why = why_no_follow(platform)
    if why is not None:
        raise UserError(f"cannot follow on {platform.value} from brent-tui: {why}")
    for account in accounts:
        if account.platform is platform and posting_as(config.connectors, platform, account.handle) is not None:
            return account
    raise UserError(f"no connector posts as a council account on {platform.value}: name one in the "
                    "account_handles of a [[connectors]] entry (Bluesky: its identifier)")


async def follow_settings(store: Store, config: Config, actor: Actor, account: CouncilAccount,
                          handle: str) -> ConnectorSettings:
    """The connector that follows as `account`, or why it cannot (asked before the officer is asked to
    confirm). Someone the account follows already (from brent-tui or the network's own app, as last
    read) is not followed again: on Bluesky that would be a second follow record."""
    require(actor, Action.FOLLOW)
    why = why_no_follow(account.platform)
    if why is not None:
        raise UserError(f"{account.handle} cannot follow from brent-tui: {why}")
    if handles_match(account.handle, handle):
        raise UserError(f"{account.handle} cannot follow itself")
    settings = posting_as(config.connectors, account.platform, account.handle)
    if settings is None or account.id is None:
        raise UserError(f"no connector posts as {account.handle}: name it in the account_handles of a "
                        "[[connectors]] entry")
    if await store.follows(account.id, handle):
        raise UserError(f"{account.handle} already follows {handle}")
    return settings


async def follow(store: Store, config: Config, actor: Actor, account: CouncilAccount, handle: str,
                 name: str | None = None) -> None:
    """`account` follows `handle`; shielded, so closing the screen cannot cut it between the network's
    answer and the record of it."""
    settings = await follow_settings(store, config, actor, account, handle)
    account_id = account.id
    assert account_id is not None

    async def go() -> None:
        try:
            async with build_connector(config, settings) as connector:
                await connector.follow(handle)
        except ConnectorError as exc:
            raise UserError(f"{account.handle} did not follow {handle}: {exc}") from None
        await store.record_follow(actor, account_id, handle, name)

    await asyncio.shield(go())
