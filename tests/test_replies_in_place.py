"""Replies sent in place under the mention (X and Bluesky stand-ins on 127.0.0.1): threaded, from the
right account, recorded with the route 3 decision in one step, never sent twice."""

from __future__ import annotations

import pytest

from brent_tui import clock
from brent_tui.config import Config
from brent_tui.domain.models import AssignmentStatus, CouncilAccount, MentionStatus, Platform, Route
from brent_tui.services.replies import ReplyNotSent, replying_account, send_reply
from brent_tui.store import ConflictError, Store
from connectors.base import ConnectorSettings
from tests.conftest import make_mention
from tests.stand_ins import Network

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
