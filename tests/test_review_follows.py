"""Review of follow-back (9afef18): the relations the People view shows must not lose a follow an
officer just made, and must match a handle the way every other rule does."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from brent_tui import clock
from brent_tui.domain.models import CouncilAccount, Platform
from brent_tui.domain.roles import Actor, Role

pytestmark = pytest.mark.contract  # on SQLite and on PostgreSQL (tests/conftest.py)

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
ASHA = Actor(login="asingh", role=Role.WEB_TEAM)


async def _account(store: Any) -> int:
    account = await store.upsert_account(CouncilAccount(platform=Platform.MASTODON, handle="brent@mastodon.london",
                                                        service="Web"), "asingh")
    assert account.id is not None
    return account.id


async def test_following_a_follower_typed_with_an_at_sign_marks_that_follower(store: Any) -> None:
    """A key person's handle is often typed `@user@instance`; the follower row is `user@instance`.
    Following them must mark that row followed back, not add a second row beside it."""
    account_id = await _account(store)
    await store.save_relations(account_id, followers=[("kilburnmum@mas.to", "Kilburn Mum", 20)], following=[],
                               seen_at=T0)
    with clock.use(clock.PinnedClock(T0 + timedelta(minutes=1))):
        await store.record_follow(ASHA, account_id, "@KilburnMum@mas.to")
    relations = await store.relations([account_id])
    assert [(r.handle, r.follows_us, r.we_follow) for r in relations] == [("kilburnmum@mas.to", True, True)]


async def test_a_follower_list_read_before_an_officer_followed_does_not_undo_the_follow(store: Any) -> None:
    """The poller reads the lists at T0 (the network does not show the follow yet), an officer follows at
    T0+1 min, the poller saves what it read at T0+2 min: the follow must still show, or the row goes
    back to "f follows back" and the officer is invited to follow again (no silent overwrite)."""
    account_id = await _account(store)
    await store.save_relations(account_id, followers=[("kilburnmum@mas.to", None, 20)], following=[],
                               seen_at=T0 - timedelta(hours=6))
    with clock.use(clock.PinnedClock(T0 + timedelta(minutes=1))):
        await store.record_follow(ASHA, account_id, "kilburnmum@mas.to")
        await store.record_follow(ASHA, account_id, "tfl@mastodon.social", "TfL")  # not a follower
    await store.save_relations(account_id, followers=[("kilburnmum@mas.to", None, 21)], following=[],
                               seen_at=T0)  # read before the follows were made
    got = {r.handle: r for r in await store.relations([account_id])}
    assert got["kilburnmum@mas.to"].we_follow and not got["kilburnmum@mas.to"].to_follow_back
    assert "tfl@mastodon.social" in got and got["tfl@mastodon.social"].we_follow
    # a later read that does not list them (unfollowed on the network) is believed
    await store.save_relations(account_id, followers=[("kilburnmum@mas.to", None, 21)], following=[],
                               seen_at=T0 + timedelta(hours=6))
    got = {r.handle: r for r in await store.relations([account_id])}
    assert not got["kilburnmum@mas.to"].we_follow and "tfl@mastodon.social" not in got
