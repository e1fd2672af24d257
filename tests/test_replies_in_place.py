"""Replies sent in place under the mention (X and Bluesky stand-ins on 127.0.0.1): threaded, from the
right account, recorded with the route 3 decision in one step, never sent twice."""

from __future__ import annotations

from datetime import timedelta

import pytest

from brent_tui import clock
from brent_tui.config import Config
from brent_tui.domain.models import AssignmentStatus, CouncilAccount, MentionStatus, Platform, Route
from brent_tui.services.replies import ReplyNotSent, approve_and_send, replying_account, send_reply
from brent_tui.store import ConflictError, Store
from connectors.base import ConnectorSettings
from tests.conftest import make_mention
from tests.stand_ins import Network

pytestmark = pytest.mark.contract  # on SQLite and on PostgreSQL (tests/conftest.py)

CONFIG = Config.model_validate({
    "people": {"webby": {"name": "Wendy Web", "role": "web_team"}, "comms": {"name": "Cal Comms",
                                                                             "role": "comms_officer"}},
    "departments": [{"name": "Web", "lead": "webby"}],
})
WEB = CONFIG.actor("webby")
TEXT = "Thanks for letting us know. You can report it here: https://www.brent.gov.uk/report"


async def _mention(store: Store, platform: Platform, platform_id: str) -> tuple:
    now = clock.now()
    await store.ingest([make_mention(1, platform=platform, platform_id=platform_id, created_at=now,
                                     text="Is the recycling centre open on bank holidays?")])
    (result,) = await store.search("recycling", limit=5)
    m = await store.get_mention(result.mention.id)
    return m, now


async def test_a_reply_on_x_is_threaded_under_the_mention_and_decided_with_it(store: Store, networks: Network) -> None:
    account = await store.upsert_account(CouncilAccount(platform=Platform.X, handle="@BrentCouncil",
                                                        service="Web"), "setup")
    other = await store.upsert_account(CouncilAccount(platform=Platform.X, handle="@BrentLibraries",
                                                      service="Libraries"), "setup")
    mention, now = await _mention(store, Platform.X, "1800000000000000042")
    main_only = ConnectorSettings(name="x-main", type="x", base_url=networks.url, account_handles=["BrentCouncil"])
    found = replying_account([other, account], [main_only], Platform.X)
    assert found is not None and found[0].id == account.id  # never the libraries' account
    async with networks.x(now) as conn:
        reply = await send_reply(store, CONFIG, WEB, mention, TEXT, found[0], conn, now=now)
    assert networks.bodies == [{"text": TEXT, "reply": {"in_reply_to_tweet_id": "1800000000000000042"}}]
    assert reply.status == "sent" and reply.platform_post_id == networks.tweets[0]["id"]
    (decision,) = await store.decisions(mention.id)
    assert decision.route is Route.WEB_TEAM and decision.reason is not None
    assert decision.reason.startswith("replied from @BrentCouncil: https://x.com/i/web/status/")
    assert (await store.get_mention(mention.id)).status is MentionStatus.DONE
    work = await store.my_work("webby", include_done=True)
    assert [w.assignment.status for w in work if w.mention.id == mention.id] == [AssignmentStatus.DONE]
    actions = [a.action for a in await store.audit_entries(who="webby") if a.entity_id == str(mention.id)]
    assert actions == ["reply_send", "reply_sent", "decide"]


async def test_a_bluesky_reply_names_the_thread_root_and_its_parent(store: Store, networks: Network) -> None:
    account = await store.upsert_account(CouncilAccount(platform=Platform.BLUESKY, handle="brent.gov.uk",
                                                        service="Web"), "setup")
    parent = "at://did:plc:resident/app.bsky.feed.post/3parent"
    mention, now = await _mention(store, Platform.BLUESKY, parent)
    async with networks.bluesky(now) as conn:
        reply = await send_reply(store, CONFIG, WEB, mention, TEXT, account, conn, now=now)
    (body,) = networks.bodies
    assert body["record"]["reply"] == {"root": {"uri": "at://did:plc:root/app.bsky.feed.post/3root", "cid": "bafyroot"},
                                       "parent": {"uri": parent, "cid": "bafyparent"}}
    assert reply.status == "sent" and reply.platform_post_id.endswith(body["rkey"])


async def test_a_lost_reply_on_x_is_never_sent_twice(store: Store, networks: Network) -> None:
    account = await store.upsert_account(CouncilAccount(platform=Platform.X, handle="@BrentCouncil",
                                                        service="Web"), "setup")
    mention, now = await _mention(store, Platform.X, "1800000000000000043")
    networks.lose_reply = True  # the tweet is made, the answer lost
    async with networks.x(now) as conn:
        with pytest.raises(ReplyNotSent, match="may have been sent from @BrentCouncil"):
            await send_reply(store, CONFIG, WEB, mention, TEXT, account, conn, now=now)
        with pytest.raises(ConflictError, match="already sent a reply to this mention that is not confirmed"):
            await send_reply(store, CONFIG, WEB, mention, TEXT, account, conn, now=now)
    assert networks.creates == 1
    (reply,) = await store.replies_to(mention.id)
    assert reply.status == "unconfirmed" and await store.decisions(mention.id) == []
    # after a quarter of an hour to look under the post the officer may send again: their choice, not the tool's
    async with networks.x(now) as conn:
        later = now + timedelta(minutes=16)
        again = await send_reply(store, CONFIG, WEB, mention, TEXT, account, conn, now=later)
    assert again.status == "sent" and networks.creates == 2


async def test_a_blocked_tone_or_a_read_only_role_sends_nothing(store: Store, networks: Network) -> None:
    account = await store.upsert_account(CouncilAccount(platform=Platform.X, handle="@BrentCouncil",
                                                        service="Web"), "setup")
    mention, now = await _mention(store, Platform.X, "1800000000000000044")
    async with networks.x(now) as conn:
        with pytest.raises(ReplyNotSent, match="^Not sent: "):
            await send_reply(store, CONFIG, WEB, mention, "Ring our officer on 07700 900123. " + TEXT, account, conn,
                             now=now)
        with pytest.raises(Exception, match="read-only|cannot"):
            await send_reply(store, CONFIG, CONFIG.actor("stranger"), mention, TEXT, account, conn, now=now)
    assert networks.creates == 0 and await store.replies_to(mention.id) == []


def test_the_reply_goes_from_the_account_the_mention_named_and_never_from_one_without_a_connector() -> None:
    main = CouncilAccount(id=1, platform=Platform.X, handle="@BrentCouncil", service="Web")
    libraries = CouncilAccount(id=2, platform=Platform.X, handle="@BrentLibraries", service="Libraries")
    main_only = ConnectorSettings(name="x", type="x", account_handles=["BrentCouncil"])
    both = ConnectorSettings(name="x2", type="x", account_handles=["BrentLibraries"])
    assert replying_account([libraries], [main_only], Platform.X) is None
    found = replying_account([main, libraries], [main_only, both], Platform.X, "brentlibraries")
    assert found is not None and found[0] is libraries and found[1] is both
    found = replying_account([main, libraries], [main_only], Platform.X, "@BrentLibraries")
    assert found is not None and found[0] is main  # no connector posts as the libraries: the main account


def _approval_config(networks: Network, tmp_path) -> Config:
    from brent_tui.config import write_private

    secrets = tmp_path / "secrets.toml"
    write_private(secrets, 'x-main = "token-abcdef123"\n')
    return Config.model_validate({
        "people": {"webby": {"name": "Wendy Web", "role": "web_team"},
                   "comms": {"name": "Cal Comms", "role": "comms_officer"},
                   "comms2": {"name": "Cora Comms", "role": "comms_officer"}},
        "departments": [{"name": "Web", "lead": "webby"}],
        "replies": {"approval_roles": ["web_team", "comms_officer"]},
        "connectors": [{"name": "x-main", "type": "x", "base_url": networks.url, "account_handles": ["BrentCouncil"],
                        "secret_key": "x-main"}],
        "secrets": {"file": str(secrets)},
    })


async def test_a_reply_from_a_role_that_needs_approval_waits_then_goes_once_approved(store: Store, networks: Network,
                                                                                      tmp_path) -> None:
    config = _approval_config(networks, tmp_path)
    account = await store.upsert_account(CouncilAccount(platform=Platform.X, handle="@BrentCouncil",
                                                        service="Web"), "setup")
    mention, now = await _mention(store, Platform.X, "1800000000000000045")
    async with networks.x(now) as conn:
        waiting = await send_reply(store, config, config.actor("webby"), mention, TEXT, account, conn, now=now)
        assert waiting.status == "awaiting_approval" and networks.creates == 0
        with pytest.raises(ConflictError, match="is waiting for approval"):
            await send_reply(store, config, config.actor("webby"), mention, TEXT, account, conn, now=now)
    notices = {login: [n.text for n in await store.notifications(login)] for login in ("comms", "comms2")}
    assert all(any("webby's reply to a mention waits for your approval" in t for t in v) for v in notices.values())
    assert [r.id for r in await store.replies_awaiting()] == [waiting.id]
    (settings,) = config.connectors
    sent = await approve_and_send(store, config, config.actor("comms"), waiting, account, settings, now=now)
    assert sent.status == "sent" and sent.reviewer == "comms" and networks.creates == 1
    assert networks.bodies[0]["reply"] == {"in_reply_to_tweet_id": "1800000000000000045"}
    (decision,) = await store.decisions(mention.id)
    assert (decision.reason or "").startswith("replied from @BrentCouncil, drafted by webby: ")
    assert await store.replies_awaiting() == []


async def test_nobody_approves_their_own_reply_and_a_rejection_tells_the_author_why(store: Store, networks: Network,
                                                                                    tmp_path) -> None:
    config = _approval_config(networks, tmp_path)
    account = await store.upsert_account(CouncilAccount(platform=Platform.X, handle="@BrentCouncil",
                                                        service="Web"), "setup")
    mention, now = await _mention(store, Platform.X, "1800000000000000046")
    async with networks.x(now) as conn:
        own = await send_reply(store, config, config.actor("comms"), mention, TEXT, account, conn, now=now)
    (settings,) = config.connectors
    with pytest.raises(ConflictError, match="another comms officer approves it"):
        await approve_and_send(store, config, config.actor("comms"), own, account, settings, now=now)
    with pytest.raises(Exception, match="approve posts"):  # a web team officer may not approve
        await store.review_reply(config.actor("webby"), own, approve=True, now=now)
    rejected = await store.review_reply(config.actor("comms2"), own, approve=False, note="Wrong link for Kilburn",
                                        now=now)
    assert rejected.status == "rejected" and networks.creates == 0
    assert any("comms2 did not approve your reply: Wrong link for Kilburn" in n.text
               for n in await store.notifications("comms"))


@pytest.mark.parametrize(("platform", "handle", "parent", "expected"), [
    (Platform.X, "@BrentCouncil", "1800000000000000047", {"reply": {"in_reply_to_tweet_id": "1800000000000000047"}}),
    (Platform.MASTODON, "@brent@mastodon.example", "113000000000000047", {"in_reply_to_id": "113000000000000047"}),
    (Platform.FACEBOOK, "brentcouncil", "123_456", {"message": TEXT}),
    (Platform.BLUESKY, "brent.gov.uk", "at://did:plc:resident/app.bsky.feed.post/3parent",
     {"$type": "app.bsky.feed.post"}),
], ids=["x", "mastodon", "facebook", "bluesky"])
async def test_a_reply_arrives_with_each_networks_own_reply_reference(store: Store, networks: Network,
                                                                     platform: Platform, handle: str, parent: str,
                                                                     expected: dict) -> None:
    account = await store.upsert_account(CouncilAccount(platform=platform, handle=handle, service="Web"), "setup")
    mention, now = await _mention(store, platform, parent)
    conn = {Platform.X: networks.x, Platform.MASTODON: networks.mastodon, Platform.FACEBOOK: networks.facebook,
            Platform.BLUESKY: networks.bluesky}[platform](now)
    assert replying_account([account], [conn.settings], platform) is not None  # it posts as that account
    async with conn:
        reply = await send_reply(store, CONFIG, WEB, mention, TEXT, account, conn, now=now)
    (body,) = networks.bodies
    sent = body.get("record", body)
    assert expected.items() <= sent.items(), body
    if platform is Platform.FACEBOOK:  # a comment under the resident's post
        assert reply.platform_post_id.startswith("123_456_")
    assert reply.status == "sent" and (await store.decisions(mention.id))[0].route is Route.WEB_TEAM


@pytest.mark.parametrize("platform", [Platform.MASTODON, Platform.BLUESKY], ids=["mastodon", "bluesky"])
async def test_a_lost_reply_is_unconfirmed_on_every_network_and_blocks_a_second(store: Store, networks: Network,
                                                                                platform: Platform) -> None:
    """A reply never repeats its key, so even where a repeated key is refused a lost answer means 'may have gone'."""
    handle = "@brent@mastodon.example" if platform is Platform.MASTODON else "brent.gov.uk"
    account = await store.upsert_account(CouncilAccount(platform=platform, handle=handle, service="Web"), "setup")
    parent = "113000000000000048" if platform is Platform.MASTODON else "at://did:plc:r/app.bsky.feed.post/3p"
    mention, now = await _mention(store, platform, parent)
    networks.lose_reply = True
    conn = networks.mastodon(now) if platform is Platform.MASTODON else networks.bluesky(now)
    async with conn:
        with pytest.raises(ReplyNotSent, match="may have been sent"):
            await send_reply(store, CONFIG, WEB, mention, TEXT, account, conn, now=now)
        with pytest.raises(ConflictError, match="not confirmed yet"):
            await send_reply(store, CONFIG, WEB, mention, TEXT, account, conn, now=now)
    assert networks.creates == 1 and [r.status for r in await store.replies_to(mention.id)] == ["unconfirmed"]


async def test_an_approved_reply_that_is_lost_blocks_another_from_its_approval(store: Store, networks: Network,
                                                                              tmp_path) -> None:
    config = _approval_config(networks, tmp_path)
    account = await store.upsert_account(CouncilAccount(platform=Platform.X, handle="@BrentCouncil",
                                                        service="Web"), "setup")
    mention, now = await _mention(store, Platform.X, "1800000000000000049")
    async with networks.x(now) as conn:
        waiting = await send_reply(store, config, config.actor("webby"), mention, TEXT, account, conn, now=now)
    networks.lose_reply = True
    approved_at = now + timedelta(minutes=30)  # approved half an hour after it was drafted
    (settings,) = config.connectors
    with pytest.raises(ReplyNotSent, match="may have been sent"):
        await approve_and_send(store, config, config.actor("comms"), waiting, account, settings, now=approved_at)
    async with networks.x(approved_at) as conn:
        with pytest.raises(ConflictError, match="not confirmed yet"):
            await send_reply(store, CONFIG, WEB, mention, TEXT, account, conn, now=approved_at + timedelta(minutes=1))
    assert networks.creates == 1


async def test_a_colleagues_reply_sent_while_drafting_is_shown_before_ours_goes(store: Store,
                                                                               networks: Network) -> None:
    account = await store.upsert_account(CouncilAccount(platform=Platform.X, handle="@BrentCouncil",
                                                        service="Web"), "setup")
    mention, now = await _mention(store, Platform.X, "1800000000000000050")
    opened = now
    async with networks.x(now) as conn:
        await send_reply(store, CONFIG, CONFIG.actor("comms"), mention, TEXT, account, conn, now=now)
        with pytest.raises(ConflictError, match="comms replied to this mention while you were drafting"):
            await send_reply(store, CONFIG, WEB, await store.get_mention(mention.id), "Our answer: " + TEXT, account,
                             conn, now=now + timedelta(minutes=1), drafted_since=opened)
    assert networks.creates == 1


async def test_customer_services_may_reply_as_the_strategy_allows(store: Store, networks: Network) -> None:
    config = Config.model_validate({"people": {"cs": {"name": "Cas Service", "role": "customer_services"}}})
    account = await store.upsert_account(CouncilAccount(platform=Platform.X, handle="@BrentCouncil",
                                                        service="Web"), "setup")
    mention, now = await _mention(store, Platform.X, "1800000000000000051")
    async with networks.x(now) as conn:
        reply = await send_reply(store, config, config.actor("cs"), mention, TEXT, account, conn, now=now)
    assert reply.status == "sent" and networks.creates == 1
