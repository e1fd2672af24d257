"""Scoring service on a real SQLite file: batches, key people, threads, topic volume, watches."""

from __future__ import annotations

from datetime import timedelta

import pytest

from brent_tui.config import Config
from brent_tui.domain.models import KeyPerson, Platform, Route
from brent_tui.services.scoring import score_pending
from brent_tui.store import Store
from tests.conftest import BASE_TIME, DATA_NOW, make_mention

pytestmark = pytest.mark.contract  # on SQLite and on PostgreSQL (tests/conftest.py)

NOW = BASE_TIME + timedelta(hours=1)


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_scores_every_mention_in_batches(store: Store) -> None:
    config = Config()
    await store.ingest([make_mention(i, minutes=-i) for i in range(23)])
    seen: list[int] = []
    assert await score_pending(store, config, now=NOW, batch=10, progress=seen.append) == 23
    assert seen == [10, 20, 23]
    assert await store.unscored() == []
    m = await store.get_mention(1)
    assert m.topic == "bins" and m.department == "Environment" and m.reasons.startswith("suggested ")
    assert await score_pending(store, config, now=NOW) == 0


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_key_person_and_thread_and_spike_reach_the_rules(store: Store) -> None:
    config = Config()
    await store.save_key_person(KeyPerson(platform=Platform.X, handle="reporter", category="journalist"),
                                _web())
    flood = [make_mention(100 + i, text=f"Flooding on road {i}", minutes=55 + i % 5) for i in range(12)]
    await store.ingest([
        make_mention(1, text="Bins are a disgrace", author_handle="reporter", author_followers=300),
        make_mention(2, text="Missed bins again", thread_id="t"),
        *[make_mention(10 + i, text="same here", thread_id="t") for i in range(6)],
        *flood,
    ])
    await score_pending(store, config, now=NOW)
    journalist = await store.get_mention(1)
    assert journalist.suggested_route == Route.ESCALATE and "key person: journalist" in journalist.reasons
    threaded = await store.get_mention(2)
    assert "thread: 6 replies" in threaded.reasons
    spiking = await store.get_mention(20)
    assert spiking.topic == "flooding" and "spike" in spiking.reasons
    assert spiking.suggested_route == Route.ESCALATE


def _web():
    from brent_tui.domain.models import Role
    from brent_tui.domain.roles import Actor

    return Actor(login="webby", role=Role.WEB_TEAM)


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_the_scorer_reads_the_authors_name_and_the_thread_it_holds(store: Store) -> None:
    config = Config()
    await store.ingest([
        make_mention(1, text="FOI request: how many potholes were filled in 2025?", author_name="Priya Raman"),
        make_mention(2, text="FOI request: how many potholes were filled in 2025?", author_name="PR",
                     author_handle="pr_nw10"),
        make_mention(3, text="The new School Street on Donnington Road has made drop-off calmer", thread_id="s"),
        make_mention(4, text="Agree, my two walk now and the road is so much quieter", thread_id="s",
                     reply_to_id="3"),
    ])
    await score_pending(store, config, now=NOW)
    valid, invalid = await store.get_mention(1), await store.get_mention(2)
    assert valid.suggested_route == Route.CUSTOMER_SERVICES and "FOI: valid" in valid.reasons
    assert invalid.suggested_route == Route.WEB_TEAM and "FOI: not valid yet" in invalid.reasons
    reply = await store.get_mention(4)
    assert reply.suggested_route == Route.SERVICE_CONVERSATION


GAS = "strong smell of gas on the stairs at Chalkhill block B, it's getting worse"


@pytest.mark.at(DATA_NOW)  # data dated from BASE_TIME
async def test_same_here_under_an_escalated_post_is_escalated_with_it_whenever_it_arrives(store: Store) -> None:
    """A reply that only says "same here" or "still no …" under an escalated post is one more report of
    the same danger: held already (a later batch) or arriving with it (the same batch). The same words
    alone, or under a post that was not escalated, are not raised by the thread."""
    config = Config()
    await store.ingest([make_mention(1, text=GAS), make_mention(2, text="Missed bins again on Oak Road")])
    await score_pending(store, config, now=NOW)
    assert (await store.get_mention(1)).suggested_route == Route.ESCALATE
    await store.ingest([
        make_mention(3, text="same here 😡", thread_id="1", reply_to_id="1"),  # a later batch
        make_mention(4, text="same here 😡"),
        make_mention(5, text="same here 😡", thread_id="2", reply_to_id="2"),
        make_mention(6, text=GAS.replace("block B", "block C"), platform_id="6"),
        make_mention(7, text="still there, two days now", thread_id="6", reply_to_id="6"),  # the same batch
    ])
    await score_pending(store, config, now=NOW)
    later, alone, bins, same_batch = [await store.get_mention(i) for i in (3, 4, 5, 7)]
    assert later.suggested_route == Route.ESCALATE and "one more report in a thread already escalated" in later.reasons
    assert same_batch.suggested_route == Route.ESCALATE
    for other in (alone, bins):  # (the starter model may still have its own view of two words: it is said apart)
        assert "thread already escalated" not in other.reasons


WIRES = "Water is coming through the light fitting in my son's room, it's sparking, toddler asleep next door"


@pytest.mark.at(DATA_NOW)
async def test_the_reporters_own_follow_up_is_escalated_with_their_post(store: Store) -> None:
    """"it's flat 14, second floor 🙏" from the person who reported the danger is the same case, still open;
    from someone else, or once it is over, it is not raised."""
    config = Config()
    await store.ingest([make_mention(1, text=WIRES, author_handle="@Mum_of_Two")])
    await score_pending(store, config, now=NOW)
    assert (await store.get_mention(1)).suggested_route == Route.ESCALATE
    await store.ingest([
        make_mention(2, text="@Brent_Council it's flat 14, second floor 🙏", thread_id="1", reply_to_id="1",
                     author_handle="@mum_of_two"),  # the same handle, as the network compares them
        make_mention(3, text="@Brent_Council it's flat 14, second floor 🙏", thread_id="1", reply_to_id="1",
                     author_handle="@neighbour"),
        make_mention(4, text="all sorted now, electrician came, thank you", thread_id="1", reply_to_id="1",
                     author_handle="@Mum_of_Two"),
        make_mention(5, text="@Brent_Council I've moved out now, please close my council tax account", thread_id="1",
                     reply_to_id="1", author_handle="@Mum_of_Two", minutes=3 * 24 * 60),  # a new matter
    ])
    await score_pending(store, config, now=NOW + timedelta(days=3))
    own, other, over, later = [await store.get_mention(i) for i in (2, 3, 4, 5)]
    assert own.suggested_route == Route.ESCALATE and "following up their own escalated post" in own.reasons
    for m in (other, over, later):
        assert "their own escalated post" not in m.reasons
