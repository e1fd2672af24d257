"""Follow (issue 20): who follows the council's Mastodon and Bluesky accounts and whom they follow, read
by the poller; following back from the People view, one key and a yes, audited; the networks without a
follow say why — against 127.0.0.1 stand-ins, on the demo's accounts."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

import pytest

from brent_tui.clock import PinnedClock
from brent_tui.config import Config, load_secrets
from brent_tui.domain.errors import UserError
from brent_tui.domain.follows import Relation, follow_back_first, why_no_follow
from brent_tui.domain.models import Platform
from brent_tui.jobs.demo import build_demo
from brent_tui.jobs.poller import Poller
from brent_tui.services.follows import follow, following_account
from brent_tui.store import Store
from tests.stand_ins import T0, Network, demo_connectors

NOW = T0
MASTO, BSKY = "brent@mastodon.london", "brent.gov.uk"


def test_only_mastodon_and_bluesky_follow_and_the_others_say_why() -> None:
    assert why_no_follow(Platform.MASTODON) is None and why_no_follow(Platform.BLUESKY) is None
    assert "paid API tier" in (why_no_follow(Platform.X) or "")
    assert "cannot follow people" in (why_no_follow(Platform.FACEBOOK) or "")


def test_followers_not_yet_followed_back_come_first_the_most_followed_first() -> None:
    def r(handle: str, followers: int, us: bool, we: bool) -> Relation:
        return Relation(account_id=1, account_handle=MASTO, platform=Platform.MASTODON, handle=handle,
                        followers=followers, follows_us=us, we_follow=we, seen_at=NOW)
    ordered = follow_back_first([r("a", 5, True, True), r("b", 9, False, True), r("c", 1, True, False),
                                 r("d", 50, True, False)])
    assert [x.handle for x in ordered] == ["d", "c", "a", "b"]


async def _demo(tmp_path: Path, networks: Network) -> tuple[Store, Config]:
    await build_demo(tmp_path / "d.sqlite", mentions=0, now=NOW)
    networks.followers["mastodon"] = ["cllr.patel@mastodon.london", "kilburnmum@mas.to", "wembleyfc@mastodon.social"]
    networks.following["mastodon"] = ["wembleyfc@mastodon.social", "londonfire@mastodon.london"]
    networks.followers["bluesky"] = ["harlesdenhub.bsky.social", "brentcyclists.bsky.social"]
    networks.following["bluesky"] = ["brentcyclists.bsky.social"]
    config = Config.model_validate(demo_connectors(networks, tmp_path) | {"people": {
        "asingh": {"name": "Asha Singh", "role": "web_team", "department": "Web"},
        "cara": {"name": "Cara Service", "role": "customer_services", "department": "Environment"}}})
    store = await Store.open(tmp_path / "d.sqlite")
    poller = Poller(store, config, load_secrets(config), clock=lambda: NOW, state_dir=tmp_path)
    try:
        await poller.run_once()
    finally:
        await poller.aclose()
    return store, config


async def test_the_poller_reads_who_follows_each_account_and_whom_it_follows(tmp_path: Path, networks: Network) -> None:
    store, _ = await _demo(tmp_path, networks)
    try:
        relations = await store.relations()
        masto = {r.handle: r for r in relations if r.account_handle == MASTO}
        assert set(masto) == {"cllr.patel@mastodon.london", "kilburnmum@mas.to", "wembleyfc@mastodon.social",
                              "londonfire@mastodon.london"}
        assert masto["wembleyfc@mastodon.social"].follows_us and masto["wembleyfc@mastodon.social"].we_follow
        assert masto["kilburnmum@mas.to"].to_follow_back
        assert not masto["londonfire@mastodon.london"].follows_us
        bsky = {r.handle: r for r in relations if r.account_handle == BSKY}
        assert bsky["harlesdenhub.bsky.social"].to_follow_back and not bsky["brentcyclists.bsky.social"].to_follow_back
        assert relations[0].to_follow_back  # the ones to follow back lead the list
        assert not [r for r in relations if r.platform not in (Platform.MASTODON, Platform.BLUESKY)]
    finally:
        await store.close()


async def test_following_back_goes_through_the_accounts_own_connector_once_and_is_audited(
        tmp_path: Path, networks: Network) -> None:
    store, config = await _demo(tmp_path, networks)
    try:
        accounts = await store.accounts()
        masto = next(a for a in accounts if a.handle == MASTO)
        bsky = next(a for a in accounts if a.handle == BSKY)
        asha, cara = config.actor("asingh"), config.actor("cara")

        await follow(store, config, asha, masto, "kilburnmum@mas.to", "Kilburnmum")
        assert networks.follows == ["id-kilburnmum@mas.to"]
        assert next(r for r in await store.relations([masto.id]) if r.handle == "kilburnmum@mas.to").we_follow
        audit = await store._fetchall("SELECT who, action, detail FROM audit_log WHERE action = 'follow'")
        assert [(a["who"], a["action"]) for a in audit] == [("asingh", "follow")]
        assert "kilburnmum@mas.to" in audit[0]["detail"]

        # Bluesky: the follow record's key comes from whom it follows: two sessions at once, one follow
        await asyncio.gather(follow(store, config, asha, bsky, "harlesdenhub.bsky.social"),
                             follow(store, config, asha, bsky, "harlesdenhub.bsky.social"), return_exceptions=True)
        follows = [r for r in networks.records.values() if r.get("$type") == "app.bsky.graph.follow"]
        assert follows == [follows[0]] and follows[0]["subject"] == "did:plc:harlesdenhub"
        # one the account follows already (as last read, e.g. followed in the Bluesky app) is not followed again
        with pytest.raises(UserError, match="already follows"):
            await follow(store, config, asha, bsky, "brentcyclists.bsky.social")
        assert len([r for r in networks.records.values() if r.get("$type") == "app.bsky.graph.follow"]) == 1

        with pytest.raises(UserError, match="follow"):  # customer services may not act as the council here
            await follow(store, config, cara, masto, "cllr.patel@mastodon.london")
        with pytest.raises(UserError, match="paid API tier"):
            following_account(accounts, config, Platform.X)
        assert len(networks.follows) == 1
    finally:
        await store.close()


@pytest.mark.parametrize("size", [(80, 24), (140, 40)])
async def test_people_view_follows_back_with_one_key_and_a_yes(tmp_path: Path, networks: Network,
                                                                size: tuple[int, int]) -> None:
    from brent_tui.app import BrentApp
    from brent_tui.screens.people import PeopleScreen
    from brent_tui.screens.post_confirm import ConfirmPostAction
    from tests.tui.helpers import screen_lines, settle, wait_ready

    store, config = await _demo(tmp_path, networks)
    await store.close()
    config = config.model_copy(update={"app": config.app.model_copy(update={"poll_in_app": False})})
    app = BrentApp(config, db_path=tmp_path / "d.sqlite", actor=config.actor("asingh"),
                   clock=PinnedClock(datetime(2026, 11, 23, 9, tzinfo=UTC)), live_interval=0.2)
    async with app.run_test(size=size) as pilot:
        await wait_ready(app, pilot)
        await pilot.press("f6", "u")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, PeopleScreen)
        first = screen.relations[0]
        assert first.to_follow_back and first.handle == "kilburnmum@mas.to"  # 20 followers: wembleyfc (30) is followed
        screen.query_one("#people-follows").focus()
        await pilot.press("f")
        await settle(app, pilot)
        assert isinstance(app.screen, ConfirmPostAction)
        assert f"Follow {first.handle} from {first.account_handle}?" in " ".join(screen_lines(app))
        await pilot.press("y")
        await settle(app, pilot)
        assert networks.follows == [f"id-{first.handle}"]
        assert not screen.relations[[r.handle for r in screen.relations].index(first.handle)].to_follow_back


async def test_people_view_says_why_it_cannot_follow_before_asking(tmp_path: Path, networks: Network) -> None:
    """On the demo without connectors: f on a follower says which connector is missing; nothing is asked."""
    from brent_tui.app import BrentApp
    from brent_tui.screens.people import PeopleScreen
    from tests.tui.helpers import settle, wait_ready

    store, config = await _demo(tmp_path, networks)
    await store.close()
    config = config.model_copy(update={"connectors": [], "app": config.app.model_copy(update={"poll_in_app": False})})
    app = BrentApp(config, db_path=tmp_path / "d.sqlite", actor=config.actor("asingh"),
                   clock=PinnedClock(datetime(2026, 11, 23, 9, tzinfo=UTC)), live_interval=0.2)
    said: list[str] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        app.notify = lambda message, **kw: said.append(str(message))  # type: ignore[method-assign]
        await pilot.press("f6", "u")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, PeopleScreen)
        screen.query_one("#people-follows").focus()
        await pilot.press("f")
        await settle(app, pilot)
        assert app.screen is screen  # no question asked
        assert networks.follows == []
    assert any("no connector posts as" in s for s in said), said


async def test_reading_the_same_lists_again_writes_nothing_and_a_change_writes_only_itself(store: Store) -> None:
    """Every session's live sync hears of each change to the lists, not of the whole list every 6 hours."""
    from brent_tui.domain.models import CouncilAccount

    account = await store.upsert_account(CouncilAccount(platform=Platform.MASTODON, handle=MASTO, service="Web"),
                                         "test")
    assert account.id is not None
    people = [(f"p{i}@mas.to", f"P {i}", i) for i in range(50)]

    async def changes() -> int:
        return (await store._fetchall("SELECT count(*) AS n FROM changes WHERE entity = 'relations'"))[0]["n"]

    assert await store.save_relations(account.id, followers=people, following=people[:5], seen_at=NOW) == 50
    first = await changes()
    await store.save_relations(account.id, followers=people, following=people[:5], seen_at=NOW)
    assert await changes() == first  # nothing changed: nothing written
    await store.save_relations(account.id, followers=people[1:] + [("new@mas.to", "New", 3)],
                               following=people[:5], seen_at=NOW)
    assert await changes() == first + 2  # p0 unfollowed (a delete), new@ followed (an insert)
    relations = {r.handle: r for r in await store.relations([account.id])}
    assert "p0@mas.to" in relations and relations["p0@mas.to"].we_follow and not relations["p0@mas.to"].follows_us
    assert relations["new@mas.to"].to_follow_back

