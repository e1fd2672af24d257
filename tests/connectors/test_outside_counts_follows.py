"""`post_counts`, `followers`, `following` and `follow` on bodies written by other projects
(tests/fixtures/outside/MANIFEST.json): twarc's GET /2/tweets?ids= pages, Mastodon.py's cassettes,
bskyr's cassettes and python-facebook's recorded Graph answers.

Each body is served from 127.0.0.1 through the real connector (tests/connectors/conftest.py) and the
assertions are on the values in those bodies. Where a test needs a request the recording has no
answer for (a Bluesky session, the end of a cursor), the stand-in is written here and says so.
"""

from __future__ import annotations

import json

import pytest

from brent_tui.domain.post_metrics import PostCounts
from connectors.bluesky import BlueskyConnector
from connectors.errors import InvalidRequest
from connectors.facebook import FacebookConnector
from connectors.mastodon import MastodonConnector
from connectors.x import XConnector

from .conftest import NOW, TOKEN, Recorder, fixture_bytes, jresp, settings


def outside(name: str) -> bytes:
    return fixture_bytes(f"outside/{name}")


# --------------------------------------------------------------------------- X: GET /2/tweets?ids=


def x_connector(rec: Recorder) -> XConnector:
    return XConnector(settings("x", queries=["#brent"]), token=TOKEN, client=rec.client(), clock=lambda: NOW)


async def test_x_post_counts_public_metrics_with_impressions_twarc_verified_type(rec: Recorder):
    rec.add("GET", "/2/tweets", jresp(outside("x/twarc-csv_verified_type_tweets_lookup.json")))
    counts = await x_connector(rec).post_counts(["1603823063690199040"])
    (req,) = rec.sent("/2/tweets")
    assert req.url.params["ids"] == "1603823063690199040"
    assert "public_metrics" in req.url.params["tweet.fields"].split(",")
    assert counts == {"1603823063690199040": PostCounts(likes=745, reposts=104, replies=37, quotes=24, impressions=139075)}


async def test_x_post_counts_with_a_not_found_error_in_a_200_twarc_withheld(rec: Recorder):
    # a 200 carrying both `data` and `errors` (a referenced post X could not find); recorded before
    # X counted impressions, so public_metrics has no impression_count
    rec.add("GET", "/2/tweets", jresp(outside("x/twarc-csv_withheld_tweets_lookup_not_found.json")))
    counts = await x_connector(rec).post_counts(["506695756406095872"])
    assert counts == {"506695756406095872": PostCounts(likes=2, reposts=1, replies=6, quotes=0, impressions=None)}
    assert "506694458445152256" not in counts  # the id in `errors` is not a post of ours with no engagement


# --------------------------------------------------------------------------- Mastodon

STATUSES = "/api/v1/statuses"
LOOKUP = "/api/v1/accounts/lookup"


def mastodon_connector(rec: Recorder) -> MastodonConnector:
    return MastodonConnector(settings("mastodon", account_handles=["brentcouncil"]), token=TOKEN,
                             client=rec.client(), clock=lambda: NOW)


async def test_mastodon_post_counts_reads_each_status_and_leaves_a_missing_one_out_mastodon_py(rec: Recorder):
    rec.add("GET", f"{STATUSES}/117020579695730951", jresp(outside("mastodon/mastodon_py_status_favourited_twice.json")))
    rec.add("GET", f"{STATUSES}/0", jresp(outside("mastodon/mastodon_py_status_missing_404.json"), 404))
    rec.add("GET", f"{STATUSES}/117020583223442465", jresp(outside("mastodon/mastodon_py_status.json")))
    counts = await mastodon_connector(rec).post_counts(["117020579695730951", "0", "117020583223442465"])
    assert counts == {
        "117020579695730951": PostCounts(likes=2, reposts=0, replies=0, quotes=0),
        "117020583223442465": PostCounts(likes=0, reposts=0, replies=0, quotes=0),  # said, and none: not unknown
    }
    assert counts["117020583223442465"].known
    assert [r.url.path for r in rec.requests] == [f"{STATUSES}/117020579695730951", f"{STATUSES}/0",
                                                  f"{STATUSES}/117020583223442465"]


async def test_mastodon_followers_one_page_link_prev_only_mastodon_py(rec: Recorder):
    lookup = json.loads(outside("mastodon/mastodon_py_account_lookup.json"))
    rec.add("GET", LOOKUP, jresp(outside("mastodon/mastodon_py_account_lookup.json")))
    # the recording's own Link header: only rel="prev" (newer followers), on the recording's host
    rec.add("GET", f"/api/v1/accounts/{lookup['id']}/followers", jresp(
        outside("mastodon/mastodon_py_account_followers_2019.json"),
        headers={"Link": '<http://localhost:3000/api/v1/accounts/1/followers?since_id=95>; rel="prev"'}))
    people = await mastodon_connector(rec).followers("@mastodonpy_test")
    assert rec.sent(LOOKUP)[0].url.params["acct"] == "mastodonpy_test"
    assert [(p.handle, p.display_name, p.followers, p.following, p.url) for p in people] == [
        ("mastodonpy_test@127.0.0.1", None, 0, 1, "http://localhost/@mastodonpy_test")]
    assert len(rec.sent(f"/api/v1/accounts/{lookup['id']}/followers")) == 1  # "prev" is not the next page
    assert len(rec.requests) == 2


async def test_mastodon_following_empty_list_mastodon_py(rec: Recorder):
    rec.add("GET", LOOKUP, jresp(outside("mastodon/mastodon_py_account_lookup.json")))
    rec.add("GET", "/api/v1/accounts/117020565966271181/following",
            jresp(outside("mastodon/mastodon_py_account_following_empty.json")))
    assert await mastodon_connector(rec).following("mastodonpy_test") == []
    assert rec.sent("/api/v1/accounts/117020565966271181/following")[0].url.params["limit"] == "80"


async def test_mastodon_follow_posts_to_the_looked_up_id_mastodon_py(rec: Recorder):
    # the Account the server gave for the person (verify_credentials of that account: an Account entity)
    rec.add("GET", LOOKUP, jresp(outside("mastodon/mastodon_py_verify_credentials_admin.json")))
    rec.add("POST", "/api/v1/accounts/117020457624302809/follow",
            jresp(outside("mastodon/mastodon_py_follow_relationship.json")))
    await mastodon_connector(rec).follow("@admin")
    assert rec.sent(LOOKUP)[0].url.params["acct"] == "admin"
    (post,) = rec.sent("/api/v1/accounts/117020457624302809/follow")
    assert post.method == "POST" and post.headers["authorization"] == f"Bearer {TOKEN}"


async def test_mastodon_follow_unknown_account_is_refused_in_words_mastodon_py(rec: Recorder):
    rec.add("GET", LOOKUP, jresp(outside("mastodon/mastodon_py_account_lookup_404.json"), 404))
    with pytest.raises(InvalidRequest) as info:
        await mastodon_connector(rec).follow("kljadklajsdkljlkjlkjlkjasdasd")
    assert "Record not found" in str(info.value) and TOKEN not in str(info.value)
    assert [r.method for r in rec.requests] == ["GET"]  # nothing followed


# --------------------------------------------------------------------------- Bluesky

SESSION = {"accessJwt": "a" * 20, "refreshJwt": "r" * 20, "did": "did:plc:5c2r73erhng4bszmxlfdtscf",
           "handle": "bskyr.bsky.social"}  # stand-in: bskyr's cassettes do not record the login


def bluesky_connector(rec: Recorder) -> BlueskyConnector:
    rec.add("POST", "/xrpc/com.atproto.server.createSession", jresp(SESSION))
    return BlueskyConnector(settings("bluesky", identifier="bskyr.bsky.social", queries=["redistricting"]),
                            password=TOKEN, client=rec.client(), clock=lambda: NOW)


async def test_bluesky_post_counts_get_posts_bskyr(rec: Recorder):
    uri = "at://did:plc:ic6zqvuw5ulmfpjiwnhsr2ns/app.bsky.feed.post/3k7qmjev5lr2s"
    rec.add("GET", "/xrpc/app.bsky.feed.getPosts", jresp(outside("corpus/bluesky/bskyr_f_getposts_0_posts.json")))
    counts = await bluesky_connector(rec).post_counts([uri])
    assert rec.sent("/xrpc/app.bsky.feed.getPosts")[0].url.params.get_list("uris") == [uri]
    assert counts == {uri: PostCounts(likes=4, reposts=0, replies=0, quotes=0)}


async def test_bluesky_followers_pages_by_the_recorded_cursor_bskyr(rec: Recorder):
    first = json.loads(outside("bluesky/bskyr_getFollowers.json"))
    # page 2 is a stand-in (the recording has one page): the end of the list, no cursor
    rec.add("GET", "/xrpc/app.bsky.graph.getFollowers", [jresp(outside("bluesky/bskyr_getFollowers.json")),
                                                         jresp({"followers": [], "subject": first["subject"]})])
    people = await bluesky_connector(rec).followers("@chriskenny.bsky.social")
    pages = rec.sent("/xrpc/app.bsky.graph.getFollowers")
    assert [r.url.params.get("cursor") for r in pages] == [None, "3lktasir3le2j"]
    assert {r.url.params["actor"] for r in pages} == {"chriskenny.bsky.social"}
    assert len(people) == 48 == len({p.handle for p in people})
    assert (people[0].handle, people[0].display_name, people[0].url) == (
        "kiarahernandezm.bsky.social", "Kiara Hernandez", "https://bsky.app/profile/kiarahernandezm.bsky.social")
    assert people[1].display_name == "bskyr R package" and people[2].display_name is None  # "" is no name
    assert people[-1].handle == "kgaha.bsky.social"


async def test_bluesky_followers_limit_stops_paging_bskyr(rec: Recorder):
    rec.add("GET", "/xrpc/app.bsky.graph.getFollowers", jresp(outside("bluesky/bskyr_getFollowers.json")))
    people = await bluesky_connector(rec).followers("chriskenny.bsky.social", limit=30)
    assert len(people) == 30 and len(rec.sent("/xrpc/app.bsky.graph.getFollowers")) == 1


async def test_bluesky_following_bskyr(rec: Recorder):
    rec.add("GET", "/xrpc/app.bsky.graph.getFollows", [jresp(outside("bluesky/bskyr_getFollows.json")),
                                                       jresp({"follows": []})])  # stand-in end of list
    people = await bluesky_connector(rec).following("chriskenny.bsky.social")
    assert [r.url.params.get("cursor") for r in rec.sent("/xrpc/app.bsky.graph.getFollows")] == [None, "3lcbepc6gt32f"]
    assert len(people) == 48
    assert [(p.handle, p.display_name) for p in people[:3]] == [
        ("sunyoungpark.bsky.social", "Sun Young Park"), ("kiarahernandezm.bsky.social", "Kiara Hernandez"),
        ("redistrict.bsky.social", "Dave Wasserman")]
    assert people[-1].handle == "cedricscherer.com"  # a domain handle


async def test_bluesky_follow_resolves_the_handle_and_writes_a_follow_record_bskyr(rec: Recorder):
    rec.add("GET", "/xrpc/com.atproto.identity.resolveHandle", jresp(outside("bluesky/bskyr_resolveHandle.json")))
    rec.add("POST", "/xrpc/com.atproto.repo.createRecord", jresp(outside("bluesky/bskyr_createRecord_follow.json")))
    await bluesky_connector(rec).follow("@chriskenny.bsky.social")
    assert rec.sent("/xrpc/com.atproto.identity.resolveHandle")[0].url.params["handle"] == "chriskenny.bsky.social"
    (create,) = rec.sent("/xrpc/com.atproto.repo.createRecord")
    sent = json.loads(create.content)
    assert sent["repo"] == SESSION["did"] and sent["collection"] == "app.bsky.graph.follow"
    assert sent["record"]["$type"] == "app.bsky.graph.follow"
    assert sent["record"]["subject"] == "did:plc:wpe35pganb6d4pg4ekmfy6u5"  # the DID resolveHandle gave
    assert sent["rkey"] and not rec.sent("/xrpc/com.atproto.repo.getRecord")  # accepted: no conflict check


# --------------------------------------------------------------------------- Facebook: GET /?ids=


def facebook_connector(rec: Recorder) -> FacebookConnector:
    return FacebookConnector(settings("facebook", page_id="19292868552"), token=TOKEN, client=rec.client(),
                             clock=lambda: NOW)


async def test_facebook_post_counts_batch_python_facebook(rec: Recorder):
    ids = ["19292868552_10158347294088553", "19292868552_10158345715593553"]
    rec.add("GET", "/", jresp(outside("facebook/python-facebook_multi_posts_data.json")))
    counts = await facebook_connector(rec).post_counts(ids)
    (req,) = rec.requests
    assert req.url.params["ids"] == ",".join(ids)
    assert req.url.params["fields"] == FacebookConnector.COUNT_FIELDS
    # comments as {count, data}: the count (12), not the comments listed (7)
    assert counts == {ids[0]: PostCounts(likes=82, replies=12, reposts=5),
                      ids[1]: PostCounts(likes=110, replies=11, reposts=11)}


async def test_facebook_post_never_shared_has_no_shares_field_python_facebook(rec: Recorder):
    # GET /{id} answered this object; GET /?ids={id} answers {id: that object} (the wrapping is ours)
    post = json.loads(outside("facebook/python-facebook_single_post_data.json"))
    assert "shares" not in post
    rec.add("GET", "/", jresp({post["id"]: post}))
    counts = await facebook_connector(rec).post_counts([post["id"]])
    assert counts == {post["id"]: PostCounts(likes=1, replies=0, reposts=0)}  # 0 shares, not "not said"
