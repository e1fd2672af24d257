"""Review 2: following someone the account already follows, and the follower lists' re-reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from brent_tui.config import Config
from brent_tui.domain.errors import UserError
from brent_tui.domain.models import CouncilAccount, Platform
from brent_tui.services.follows import follow_settings
from brent_tui.store import Store
from tests.stand_ins import T0

MASTO = "brent@mastodon.london"


def _config(tmp_path: Path) -> Config:
    return Config.model_validate({
        "connectors": [{"name": "masto", "type": "mastodon", "base_url": "http://127.0.0.1:9",
                        "secret_key": "masto", "account_handles": [MASTO]}],
        "people": {"asingh": {"name": "Asha Singh", "role": "web_team", "department": "Web"}}})


async def test_review2_already_following_is_seen_behind_many_followers_not_followed_back(
        store: Store, tmp_path: Path) -> None:
    """The poller keeps up to 2,000 people per list; 'already follows' must not look only at the first 500
    rows of the People view's order (followers not followed back come first)."""
    account = await store.upsert_account(CouncilAccount(platform=Platform.MASTODON, handle=MASTO, service="Web"),
                                         "test")
    assert account.id is not None
    fans = [(f"fan{i}@mas.to", None, 10_000 - i) for i in range(600)]
    await store.save_relations(account.id, followers=fans, following=[("friend@mas.to", "Friend", 1)], seen_at=T0)
    config = _config(tmp_path)
    with pytest.raises(UserError, match="already follows"):
        await follow_settings(store, config, config.actor("asingh"), account, "Friend@mas.to")
    await follow_settings(store, config, config.actor("asingh"), account, "fan1@mas.to")  # not followed: may


async def test_review2_a_kept_follow_takes_follows_us_from_the_new_read(store: Store) -> None:
    """An officer followed X after the read began: X's follow is kept, but whether X follows the account
    is what the (newer) read says, not what the previous read said."""
    from datetime import timedelta

    from brent_tui.domain.roles import Actor, Role

    account = await store.upsert_account(CouncilAccount(platform=Platform.MASTODON, handle=MASTO, service="Web"),
                                         "test")
    assert account.id is not None
    await store.save_relations(account.id, followers=[("x@mas.to", "X", 1)], following=[], seen_at=T0)
    officer = Actor(login="asingh", role=Role.WEB_TEAM)
    from brent_tui import clock
    with clock.use(clock.PinnedClock(T0 + timedelta(hours=7))):
        await store.record_follow(officer, account.id, "x@mas.to")
    # a read begun before the follow: x no longer follows the account, and the follow is not listed yet
    await store.save_relations(account.id, followers=[], following=[], seen_at=T0 + timedelta(hours=6))
    (x,) = await store.relations([account.id])
    assert x.we_follow and not x.follows_us


async def test_review2_two_connectors_naming_one_account_read_it_once(tmp_path: Path) -> None:
    """Posts, replies and follows act as an account through one connector (`posting_as`: the first enabled
    that names it); the poller's reads of its followers and its posts' engagement go the same way, so two
    connectors naming it do not both read it (twice the reads of a capped X budget, and two follower lists
    saved over each other in whichever order they finish)."""
    from brent_tui.config import load_secrets
    from brent_tui.jobs.demo import build_demo
    from brent_tui.jobs.poller import Poller
    from tests.stand_ins import Network, demo_connectors

    await build_demo(tmp_path / "d.sqlite", mentions=0, now=T0)
    sections = demo_connectors(Network(), tmp_path)
    masto = next(c for c in sections["connectors"] if c["name"] == "masto")
    sections["connectors"].append({**masto, "name": "masto-search"})
    config = Config.model_validate(sections)
    store = await Store.open(tmp_path / "d.sqlite")
    poller = Poller(store, config, load_secrets(config), clock=lambda: T0, state_dir=tmp_path)
    try:
        owned = {r.name: [a.handle for a in await r._own_accounts()] for r in poller.runners}
    finally:
        await poller.aclose()
        await store.close()
    assert owned["masto"] == [MASTO] and owned["masto-search"] == [], owned
