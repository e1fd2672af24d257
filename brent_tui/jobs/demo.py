"""`brent-tui demo`: a deterministic, realistic database for a London borough council.

Everything is derived from `random.Random(seed)` streams and the anchor time `now` only (no
other clock, no global random), so the same seed and anchor give the same rows: demos are
reproducible and benchmarks comparable. Mentions are generated hour by hour in time order,
in batches, straight into `Store.ingest`, so a million rows fit in a few minutes (builds over
100,000 mentions leave the text out of `raw`, which the `text` column already holds).
"""

from __future__ import annotations

import asyncio
import html
import json
import math
import random
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from brent_tui import clock
from brent_tui.config import Config
from brent_tui.domain.london import london_date, london_to_utc, utc_to_london
from brent_tui.domain.models import MentionIn, MentionStatus, Platform
from brent_tui.domain.post_metrics import STAGES, PostCounts, PostReading
from brent_tui.services.scoring import score_pending
from brent_tui.store import Store, StoreError, check_sqlite_file

DAYS = 30
BATCH = 5_000
DEMO_VERSION = 2  # bump when the generated data changes, so cached benchmark databases are rebuilt
SCORED_NEWEST = 100_000  # mentions scored for triage at build time; older ones are history
PROGRESS_EVERY = 100_000
LEAN_RAW_ABOVE = 100_000  # bigger (benchmark) builds leave the text out of `raw`
FLOOD_CAP = 300
FLOOD_WINDOW = timedelta(hours=2)
FB_PAGE_ID = "108153545891742"
X_EPOCH_MS = 1288834974657
MENTION_PLATFORMS = (Platform.X, Platform.FACEBOOK, Platform.MASTODON, Platform.BLUESKY, Platform.RSS)
PLATFORM_WEIGHTS = (0.36, 0.25, 0.15, 0.16, 0.08)


def _tuples(value: Any) -> Any:
    """JSON has lists; the generator's tables are tuples (fixed, hashable), as they always were."""
    if isinstance(value, list):
        return tuple(_tuples(v) for v in value)
    if isinstance(value, dict):
        return {k: _tuples(v) for k, v in value.items()}
    return value


# The words the demo is written with (places, names, phrases per topic and tone, plans for posts,
# requests and FOI cases) live in demo_data.json; this module is only how they are combined.
DATA: dict[str, Any] = {
    name: _tuples(value)
    for name, value in json.loads(resources.files("brent_tui.jobs").joinpath("demo_data.json")
                                  .read_text(encoding="utf-8")).items()
}


@dataclass
class DemoSummary:
    """What was built, per entity; `mention_statuses` are the triage states the demo implies."""

    path: Path
    now: datetime
    seed: int
    mentions: int = 0
    scored: int = 0
    authors: int = 0
    accounts: int = 0
    follower_samples: int = 0
    key_people: int = 0
    streams: int = 0
    posts: int = 0
    post_targets: int = 0
    post_approvals: int = 0
    account_requests: int = 0
    account_reviews: int = 0
    foi_cases: int = 0
    foi_events: int = 0
    decisions: int = 0
    assignments: int = 0
    flood_mentions: int = 0
    flood_start: datetime | None = None
    event_days: list[str] = field(default_factory=list)
    mention_statuses: dict[int, MentionStatus] = field(default_factory=dict)

    def lines(self) -> list[str]:
        """The short summary the CLI prints."""
        return [
            f"demo database: {self.path}",
            f"anchor time:   {self.now.isoformat()} (seed {self.seed})",
            f"mentions:      {self.mentions:,} from {self.authors:,} authors over {DAYS} days "
            f"({self.flood_mentions} in the flooding burst at {self.flood_start:%a %d %b %H:%M} UTC)"
            if self.flood_start else f"mentions:      {self.mentions:,} from {self.authors:,} authors",
            f"triage:        {self.scored:,} newest mentions scored (suggested route, sentiment, priority)",
            f"accounts:      {self.accounts} council accounts, {self.follower_samples:,} follower samples, "
            f"{self.key_people} key people",
            f"posts:         {self.posts} ({self.post_targets} account targets, {self.post_approvals} approvals)",
            f"requests:      {self.account_requests} account requests, {self.account_reviews} reviews",
            f"FOI:           {self.foi_cases} cases, {self.foi_events} events",
            f"triage:        {self.decisions} decisions, {self.assignments} assignments",
        ]


# =========================================================================== vocabulary

PLACES = DATA["PLACES"]
STREETS = DATA["STREETS"]
PARKS = DATA["PARKS"]
LIBRARIES = DATA["LIBRARIES"]
DAYS_OF_WEEK = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
FIRST = DATA["FIRST"]
SURNAMES = DATA["SURNAMES"]
HANDLE_WORDS = DATA["HANDLE_WORDS"]
MASTODON_INSTANCES = DATA["MASTODON_INSTANCES"]
EMOJI = DATA["EMOJI"]

TOPIC_LINKS = DATA["TOPIC_LINKS"]
TOPIC_DEPARTMENT = DATA["TOPIC_DEPARTMENT"]
TOPIC_HASHTAGS = DATA["TOPIC_HASHTAGS"]

# Topic → tone → templates. Slots: {place} {street} {ref} {day} {n} {weeks} {link} {park} {library}.
T: dict[str, dict[str, tuple[str, ...]]] = DATA["T"]

GENERIC: dict[str, tuple[str, ...]] = DATA["GENERIC"]
TOPIC_PHRASE = DATA["TOPIC_PHRASE"]
TOPIC_WEIGHTS = DATA["TOPIC_WEIGHTS"]
TONE_WEIGHTS = DATA["TONE_WEIGHTS"]

FLOOD_TEXTS = DATA["FLOOD_TEXTS"]
FLOOD_STREETS = DATA["FLOOD_STREETS"]
FLOOD_OFFICIAL = DATA["FLOOD_OFFICIAL"]

FOI_SUBJECTS = DATA["FOI_SUBJECTS"]

HOSTILE = DATA["HOSTILE"]


# =========================================================================== the council

@dataclass(frozen=True)
class AccountSpec:
    platform: Platform
    handle: str
    display_name: str
    service: str
    purposes: tuple[str, ...]
    officers: tuple[str, ...]
    created_on: date
    followers: int
    growth: float  # followers per day over the last 90 days
    url: str
    requires_approval: bool = False
    dormant: bool = False
    campaign_ends_on: date | None = None


X_PURPOSES = DATA["X_PURPOSES"]
FB_PURPOSES = DATA["FB_PURPOSES"]

ACCOUNTS: tuple[AccountSpec, ...] = (
    AccountSpec(Platform.X, "@Brent_Council", "Brent Council", "Communications", X_PURPOSES,
                ("asingh", "jbrennan", "tmorgan"), date(2009, 3, 2), 31_240, 12.0, "https://x.com/Brent_Council"),
    AccountSpec(Platform.X, "@BrentLibraries", "Brent Libraries", "Libraries",
                ("news and information", "events", "signposting"), ("esilva", "nwarsame"), date(2010, 6, 14),
                6_870, 2.2, "https://x.com/BrentLibraries"),
    AccountSpec(Platform.X, "@BrentJobs", "Brent Council Jobs", "HR", ("promoting job vacancies",),
                ("cosei",), date(2012, 1, 9), 4_115, 1.4, "https://x.com/BrentJobs"),
    AccountSpec(Platform.X, "@BrentFostering", "Foster for Brent", "Communications",
                ("fostering recruitment campaign",), ("rbailey",), date(2016, 5, 3), 1_932, 0.8,
                "https://x.com/BrentFostering", requires_approval=True),
    AccountSpec(Platform.X, "@BrentRecycles", "Brent Recycles", "Environment",
                ("recycling campaigns", "collection changes"), (), date(2014, 9, 22), 2_406, 0.3,
                "https://x.com/BrentRecycles"),
    AccountSpec(Platform.FACEBOOK, "BrentCouncil", "Brent Council", "Communications", FB_PURPOSES,
                ("asingh", "lnovak"), date(2011, 2, 1), 11_780, 7.0, "https://www.facebook.com/BrentCouncil"),
    AccountSpec(Platform.YOUTUBE, "@BrentCouncilTV", "Brent Council", "Web",
                ("promoting and filming large events", "training videos", "announcements of changes to services",
                 "how-to guides"), ("jbrennan",), date(2010, 11, 18), 2_140, 0.4,
                "https://www.youtube.com/@BrentCouncilTV"),
    AccountSpec(Platform.INSTAGRAM, "brentcouncil", "Brent Council", "Communications",
                ("showcasing photos", "promoting campaigns", "events"), ("lnovak", "rbailey"),
                date(2015, 4, 20), 9_350, 5.0, "https://www.instagram.com/brentcouncil"),
    AccountSpec(Platform.FLICKR, "brentcouncil", "Brent Council", "Web",
                ("online photo gallery showcasing images from events",), ("jbrennan",), date(2009, 8, 30),
                412, 0.05, "https://www.flickr.com/photos/brentcouncil", dormant=True),
    AccountSpec(Platform.LINKEDIN, "brent-council", "Brent Council", "HR",
                ("promoting job vacancies", "promoting the council"), ("cosei", "asingh"), date(2012, 7, 2),
                24_600, 4.0, "https://www.linkedin.com/company/brent-council"),
    AccountSpec(Platform.MASTODON, "brent@mastodon.london", "Brent Council", "Communications",
                ("news and information", "emergencies"), ("asingh",), date(2022, 11, 14), 1_265, 1.5,
                "https://mastodon.london/@brent", requires_approval=True),
    AccountSpec(Platform.BLUESKY, "brent.gov.uk", "Brent Council", "Communications",
                ("news and information", "emergencies", "signposting"), ("asingh", "tmorgan"), date(2024, 11, 20),
                3_980, 3.2, "https://bsky.app/profile/brent.gov.uk"),
)

# Key people who also appear as authors: (platform, handle, name, category, followers, verified, note).
KEY_PEOPLE: tuple[tuple[Platform, str, str, str, int, bool, str], ...] = (
    (Platform.X, "@KilburnTimes", "Brent & Kilburn Times", "journalist", 18_400, True, "Local paper newsdesk"),
    (Platform.X, "@priya_raman_news", "Priya Raman", "journalist", 7_950, True,
     "Local democracy reporter covering Brent"),
    (Platform.X, "@MyLondon", "MyLondon", "journalist", 98_300, True, "London news site; picks up viral posts"),
    (Platform.X, "@harrowbrentnews", "Harrow & Brent News", "journalist", 12_100, True, "Weekly news round-up"),
    (Platform.BLUESKY, "danowusu.bsky.social", "Dan Owusu", "journalist", 5_600, False,
     "Freelance housing journalist"),
    (Platform.X, "@CllrAmaraOsei", "Cllr Amara Osei", "councillor", 6_240, True, "Stonebridge ward"),
    (Platform.X, "@CllrTomWalsh", "Cllr Tom Walsh", "councillor", 5_080, False, "Kilburn ward; opposition"),
    (Platform.X, "@CllrHinaMistry", "Cllr Hina Mistry", "councillor", 11_900, True,
     "Cabinet member for environment"),
    (Platform.MASTODON, "cllrjoreid@mastodon.london", "Cllr Jo Reid", "councillor", 5_420, False,
     "Willesden Green ward"),
    (Platform.X, "@BrentWestMP", "Office of the MP for Brent West", "mp", 43_700, True, "Constituency office"),
    (Platform.X, "@BrentEastMP", "Office of the MP for Brent East", "mp", 38_900, True, "Constituency office"),
    (Platform.FACEBOOK, "fb:100064512908311", "Harlesden Residents Association", "community_group", 8_150,
     False, "Active Facebook group; meets monthly"),
    (Platform.FACEBOOK, "fb:100071130445902", "Kensal Rise & Queen's Park Neighbours", "community_group", 12_600,
     False, "Large local group"),
    (Platform.X, "@WelshHarpFriends", "Friends of the Welsh Harp", "community_group", 5_300, False,
     "Reservoir conservation volunteers"),
    (Platform.X, "@BrentCyclists", "Brent Cyclists", "community_group", 6_900, False,
     "LCC local group; potholes and cycle lanes"),
    (Platform.RSS, "Wembley Matters", "Wembley Matters", "blog", 0, False,
     "Long-running local politics blog; widely read by councillors"),
    (Platform.RSS, "Harlesden Life", "Harlesden Life", "blog", 0, False, "Community news blog"),
    (Platform.RSS, "Kilburn Times", "Brent & Kilburn Times", "journalist", 0, False, "News site RSS"),
    (Platform.RSS, "MyLondon: Brent", "MyLondon", "journalist", 0, False, "Brent tag feed"),
)
RSS_BLOGS: tuple[tuple[str, str], ...] = DATA["RSS_BLOGS"]
RSS_TITLES: dict[str, tuple[str, ...]] = DATA["RSS_TITLES"]


@dataclass(frozen=True)
class AuthorRec:
    handle: str
    name: str | None
    followers: int | None
    verified: bool
    url: str | None
    uid: str  # platform user id / did / blog url


def _london(now: datetime, days_ago: float, hour: int, minute: int = 0) -> datetime:
    """A London wall-clock time `days_ago` days before `now`, as UTC (so posts sit in office hours)."""
    return london_to_utc(london_date(now - timedelta(days=days_ago)), time(hour, minute), nonexistent="shift")


def _add_weekdays(start: date, n: int) -> date:
    """Weekdays after `start` (bank holidays ignored: close enough for demo data)."""
    d = start
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


# =========================================================================== authors

class _Authors:
    """The pool of people who write about the council, shaped per network."""

    def __init__(self, rng: random.Random, total: int) -> None:
        self.rng = rng
        self.pools: dict[Platform, list[AuthorRec]] = {p: [] for p in MENTION_PLATFORMS}
        self.special: dict[str, list[tuple[Platform, AuthorRec]]] = {}
        self._seen: set[tuple[Platform, str]] = set()
        for platform, handle, name, category, followers, verified, _note in KEY_PEOPLE:
            rec = self._key_rec(platform, handle, name, followers, verified)
            self.special.setdefault(category, []).append((platform, rec))
            self._seen.add((platform, handle))
        for blog, url in RSS_BLOGS:
            self.pools[Platform.RSS].append(AuthorRec(blog, blog, None, False, url, url))
        size = max(60, total // 6)
        for platform, weight in zip(MENTION_PLATFORMS, PLATFORM_WEIGHTS, strict=True):
            if platform is Platform.RSS:
                continue
            for _ in range(max(8, int(size * weight))):
                self.pools[platform].append(self._make(platform))

    def _followers(self) -> int:
        return max(20, min(100_000, int(math.exp(self.rng.gauss(5.4, 1.35)))))

    def _unique(self, platform: Platform, handle: str) -> str:
        candidate, n = handle, 1
        while (platform, candidate.lower()) in self._seen:
            n += 1
            if platform is Platform.MASTODON:
                user, _, inst = handle.partition("@")
                candidate = f"{user}{n}@{inst}"
            elif platform is Platform.BLUESKY:
                user, _, rest = handle.partition(".")
                candidate = f"{user}{n}.{rest}"
            else:
                candidate = f"{handle}{n}"
        self._seen.add((platform, candidate.lower()))
        return candidate

    def _slug(self, first: str, last: str) -> str:
        r = self.rng
        last = last.replace("'", "").lower()
        first = first.lower()
        shape = r.randrange(7)
        if shape == 0:
            return f"{first}{last}"
        if shape == 1:
            return f"{first}_{last[0]}{r.randrange(70, 100)}"
        if shape == 2:
            return f"{first}{r.choice(HANDLE_WORDS)}"
        if shape == 3:
            return f"{r.choice(PLACES).replace(' ', '').replace(chr(39), '').lower()}{r.choice(HANDLE_WORDS)}"
        if shape == 4:
            return f"{first[0]}{last}{r.randrange(1, 99)}"
        if shape == 5:
            return f"{first}.{last}"
        return f"the_{first}_{last}"

    def _make(self, platform: Platform) -> AuthorRec:
        r = self.rng
        first, last = r.choice(FIRST), r.choice(SURNAMES)
        name = f"{first} {last}" if r.random() < 0.7 else f"{first} {last[0]}"
        slug = self._slug(first, last)
        followers = self._followers()
        if platform is Platform.X:
            handle = self._unique(platform, "@" + slug.replace(".", "_")[:15])
            uid = str(r.randrange(10**17, 10**19))
            return AuthorRec(handle, name, followers, False, f"https://x.com/{handle[1:]}", uid)
        if platform is Platform.MASTODON:
            inst = r.choices(MASTODON_INSTANCES, weights=(5, 4, 1, 2, 1, 1, 1))[0]
            handle = self._unique(platform, f"{slug.replace('.', '_')}@{inst}")
            user, _, inst = handle.partition("@")
            return AuthorRec(handle, name, max(20, followers // 3), False, f"https://{inst}/@{user}", user)
        if platform is Platform.BLUESKY:
            handle = self._unique(platform, f"{slug.replace('_', '')}.bsky.social")
            did = "did:plc:" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(24))
            return AuthorRec(handle, name if r.random() < 0.9 else "", None, False,
                             f"https://bsky.app/profile/{handle}", did)
        # Facebook: no handle on the network; the numeric id stands in.
        fid = str(r.randrange(100000000000000, 100099999999999))
        handle = self._unique(platform, f"fb:{fid}")
        return AuthorRec(handle, name, None, False, None, handle[3:])

    def _key_rec(self, platform: Platform, handle: str, name: str, followers: int, verified: bool) -> AuthorRec:
        if platform is Platform.X:
            return AuthorRec(handle, name, followers, verified, f"https://x.com/{handle[1:]}",
                             str(self.rng.randrange(10**17, 10**19)))
        if platform is Platform.MASTODON:
            user, _, inst = handle.partition("@")
            return AuthorRec(handle, name, followers, verified, f"https://{inst}/@{user}", user)
        if platform is Platform.BLUESKY:
            did = "did:plc:" + "".join(self.rng.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(24))
            return AuthorRec(handle, name, None, verified, f"https://bsky.app/profile/{handle}", did)
        if platform is Platform.FACEBOOK:
            return AuthorRec(handle, name, None, verified, None, handle[3:])
        url = dict(RSS_BLOGS).get(handle, "https://example.org")
        return AuthorRec(handle, name, None, False, url, url)

    def pick(self, platform: Platform) -> AuthorRec:
        """Skewed: a few residents post a lot, most post once or twice."""
        pool = self.pools[platform]
        r = self.rng
        if r.random() < 0.15:
            return pool[int(len(pool) * 0.04 * r.random())]
        return pool[int(len(pool) * r.random())]

    def pick_special(self, category: str, platform: Platform | None = None) -> tuple[Platform, AuthorRec]:
        options = [s for s in self.special[category] if s[0] is not Platform.RSS]
        if platform is not None:
            same = [s for s in options if s[0] is platform]
            options = same or options
        return self.rng.choice(options)


# =========================================================================== mentions

@dataclass
class _Slot:
    """One mention to write: when, and anything forced on it (burst, event, FOI, hostile)."""

    at: datetime
    kind: str = "regular"  # regular | flood | foi | hostile
    event: str | None = None


@dataclass(frozen=True)
class _Posted:
    platform: Platform
    platform_id: str
    thread_id: str | None
    author: str
    at: datetime


@dataclass
class _Candidate:
    """A stored mention the demo later builds decisions, assignments or FOI cases on."""

    id: int
    at: datetime
    platform: Platform
    topic: str
    tone: str
    handle: str
    name: str | None
    text: str
    url: str | None
    email: str | None = None


def _allocate(total: int, weights: list[float]) -> list[int]:
    """Split `total` over buckets in proportion to `weights` (largest remainder: exact, deterministic)."""
    if total <= 0 or not weights:
        return [0] * len(weights)
    wsum = sum(weights)
    raw = [total * w / wsum for w in weights]
    counts = [int(x) for x in raw]
    rest = total - sum(counts)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - counts[i]), i))
    for i in order[:rest]:
        counts[i] += 1
    return counts


DIURNAL = DATA["DIURNAL"]
EVENTS = DATA["EVENTS"]


class _MentionMaker:
    """Builds mentions in time order, shaped per network, with threads and realistic voice."""

    def __init__(self, rng: random.Random, now: datetime, total: int) -> None:
        self.rng = rng
        self.now = now
        self.total = total
        self.start = now - timedelta(days=DAYS)
        self.authors = _Authors(rng, total)
        self.counter = 0
        self.recent: dict[Platform, deque[_Posted]] = {p: deque(maxlen=400) for p in MENTION_PLATFORMS}
        self.candidates: list[_Candidate] = []
        self.foi_mentions: list[_Candidate] = []
        self.flood_ids: list[int] = []
        self.topics = list(TOPIC_WEIGHTS)
        self.topic_w = list(TOPIC_WEIGHTS.values())
        self.tones = list(TONE_WEIGHTS)
        self.tone_w = list(TONE_WEIGHTS.values())
        self.fb_posts = [f"{FB_PAGE_ID}_{rng.randrange(10**15, 10**16)}" for _ in range(60)]
        self.cand_p = min(1.0, 400 / max(1, total))
        self.lean = total > LEAN_RAW_ABOVE
        self.flood_count = min(FLOOD_CAP, total // 10)
        self.flood_start = _london(now, 3, 15, 10)
        self.hostile_count = min(len(HOSTILE), total // 50)
        self.hostile_made = 0
        self.foi_count = min(200, max(2, total // 150)) if total >= 20 else 0
        self.events: list[tuple[datetime, datetime, str]] = []
        self.event_days: list[str] = []

    # ------------------------------------------------------------------ the timeline

    def _plan_events(self) -> None:
        r = self.rng
        days = [self.start + timedelta(days=d) for d in range(1, DAYS)]
        saturdays = [d for d in days if london_date(d).weekday() == 5]
        weekdays = [d for d in days if london_date(d).weekday() in (1, 2, 3)]
        chosen = saturdays[:4] + r.sample(weekdays, min(2, len(weekdays)))
        for d in sorted(chosen):
            name, hh, mm = r.choice(EVENTS)
            kickoff = london_to_utc(london_date(d), time(hh, mm), nonexistent="shift")
            local = utc_to_london(kickoff)
            if kickoff > self.now:
                continue
            self.events.append((kickoff - timedelta(hours=4), kickoff + timedelta(hours=3), name))
            self.event_days.append(f"{local:%a %d %b} {name} {local:%H:%M}")

    def hours(self) -> Iterator[list[_Slot]]:
        """Each hour of the window with its mentions, in time order."""
        r = self.rng
        self._plan_events()
        n_hours = DAYS * 24
        hour0 = self.start
        weights: list[float] = []
        event_of: dict[int, str] = {}
        for h in range(n_hours):
            t = hour0 + timedelta(hours=h)
            local = utc_to_london(t)
            w = DIURNAL[local.hour] * (0.85 if local.weekday() >= 5 else 1.0) * (0.9 + 0.2 * h / n_hours)
            for begin, end, name in self.events:
                if begin <= t < end:
                    w *= 4.0
                    event_of[h] = name
            weights.append(w)
        specials: dict[int, list[_Slot]] = {}

        def put(slot: _Slot) -> None:
            h = int((slot.at - hour0).total_seconds() // 3600)
            specials.setdefault(min(max(h, 0), n_hours - 1), []).append(slot)

        for _ in range(self.flood_count):
            put(_Slot(self.flood_start + FLOOD_WINDOW * r.betavariate(1.4, 2.6) * 0.999, "flood"))
        for _ in range(self.hostile_count):
            put(_Slot(hour0 + timedelta(seconds=r.randrange(3600, DAYS * 86400 - 3600)), "hostile"))
        for _ in range(self.foi_count):
            put(_Slot(hour0 + timedelta(seconds=r.randrange(3600, (DAYS - 1) * 86400)), "foi"))
        regular = self.total - self.flood_count - self.hostile_count - self.foi_count
        counts = _allocate(regular, weights)
        for h, count in enumerate(counts):
            t = hour0 + timedelta(hours=h)
            slots = [_Slot(t + timedelta(seconds=r.randrange(3600)), "regular", event_of.get(h))
                     for _ in range(count)]
            slots.extend(specials.get(h, ()))
            slots.sort(key=lambda s: s.at)
            yield slots

    # ------------------------------------------------------------------ text

    def batches(self, size: int, authors: set[tuple[str, str]]) -> Iterator[list[MentionIn]]:
        """All the mentions in time order, `size` at a time (noting each author seen)."""
        batch: list[MentionIn] = []
        for slots in self.hours():
            for slot in slots:
                m = self.make(slot)
                authors.add((m.platform.value, m.author_handle))
                batch.append(m)
                if len(batch) >= size:
                    yield batch
                    batch = []
        if batch:
            yield batch

    def _ref(self) -> str:
        r = self.rng
        shape = r.randrange(3)
        if shape == 0:
            return str(r.randrange(1_000_000, 9_999_999))
        if shape == 1:
            return f"WK{r.randrange(10_000_000, 99_999_999)}"
        return f"BR{r.randrange(100_000, 999_999)}"

    def _fill(self, template: str, topic: str, slots: dict[str, Any] | None = None) -> str:
        return template.format(**(slots or self._slots(topic)))

    def _slots(self, topic: str) -> dict[str, Any]:
        r = self.rng
        return dict(
            place=r.choice(PLACES), street=r.choice(FLOOD_STREETS if topic == "flooding" else STREETS),
            ref=self._ref(), day=r.choice(DAYS_OF_WEEK), n=r.randrange(2, 140), weeks=r.randrange(2, 9),
            days=r.randrange(2, 12), link=TOPIC_LINKS.get(topic, ""),
            park=r.choice(PARKS), library=r.choice(LIBRARIES), topic=TOPIC_PHRASE.get(topic, topic),
            zone=r.choice(("W", "WB", "GA", "KS", "HS", "C")), acct_bare="Brent_Council",
        )

    def _voice(self, text: str, topic: str, tone: str, platform: Platform) -> str:
        """Social-media texture: lower case starts, typos, hashtags, emoji, links."""
        r = self.rng
        x = r.random()
        if x < 0.25 and tone not in ("journalist", "councillor", "legal"):
            text = text[0].lower() + text[1:]
        elif x < 0.32 and len(text) > 30 and tone not in ("journalist", "councillor", "legal"):
            i = r.randrange(5, len(text) - 3)
            if text[i].isalpha() and text[i + 1].isalpha():
                text = text[:i] + text[i + 1] + text[i] + text[i + 2:]
        if tone in ("complaint", "abuse") and r.random() < 0.25:
            text += " " + r.choice(("😡", "🙄", "😤", "🤦", "😩", "💔", "🤬"))
        elif tone == "praise" and r.random() < 0.3:
            text += " " + r.choice(("👍", "🙏", "👏", "❤️"))
        if r.random() < 0.22 and platform in (Platform.X, Platform.MASTODON, Platform.BLUESKY):
            tags = TOPIC_HASHTAGS.get(topic, ()) + ("#Brent",)
            text += " " + " ".join(r.sample(tags, min(len(tags), r.randrange(1, 3))))
        if tone == "question" and r.random() < 0.06:
            text += " " + TOPIC_LINKS.get(topic, "https://www.brent.gov.uk")
        return text

    def _account(self, platform: Platform, topic: str) -> str | None:
        if platform is Platform.X:
            if topic == "libraries":
                return "@BrentLibraries"
            if topic == "jobs":
                return "@BrentJobs"
            if topic == "bins" and self.rng.random() < 0.2:
                return "@BrentRecycles"
            return "@Brent_Council"
        return {Platform.FACEBOOK: "BrentCouncil", Platform.MASTODON: "brent@mastodon.london",
                Platform.BLUESKY: "brent.gov.uk"}.get(platform)

    def _address(self, text: str, platform: Platform, account: str | None) -> tuple[str, str | None]:
        """Put the council's handle in the text as people do; drop `account` when they don't."""
        r = self.rng
        if account is None or platform is Platform.FACEBOOK:
            return text, account
        at = {Platform.X: account, Platform.MASTODON: "@" + account, Platform.BLUESKY: "@" + account}[platform]
        if at in text:
            return text, account
        x = r.random()
        if x < 0.55:
            return f"{at} {text}", account
        if x < 0.8:
            return f"{text} {at}", account
        return text, None  # talked about, not tagged

    # ------------------------------------------------------------------ one mention

    def make(self, slot: _Slot) -> MentionIn:
        r = self.rng
        self.counter += 1
        mid = self.counter
        platform = r.choices(MENTION_PLATFORMS, weights=PLATFORM_WEIGHTS)[0]
        topic = r.choices(self.topics, weights=self.topic_w)[0]
        tone = r.choices(self.tones, weights=self.tone_w)[0]
        email = None
        author: AuthorRec | None = None
        if slot.event and r.random() < 0.65:
            topic = "event-day traffic"
            tone = r.choice(("complaint", "complaint", "question", "confusion", "praise", "abuse"))
        if slot.kind == "flood":
            topic = "flooding"
            platform = r.choices(MENTION_PLATFORMS[:4], weights=(0.5, 0.2, 0.12, 0.18))[0]
            tone = "flood"
            if r.random() < 0.03:
                platform, author = self.authors.pick_special("councillor", Platform.X)
                text = r.choice(FLOOD_OFFICIAL)
            elif r.random() < 0.03:
                platform, author = self.authors.pick_special("journalist")
                text = "Anyone affected by the flooding in Stonebridge? Please DM me. @Brent_Council what is the plan?"
            else:
                text = self._fill(r.choice(FLOOD_TEXTS), topic)
        elif slot.kind == "hostile":
            platform, tone, topic = Platform.X, "hostile", "bins"
            text = HOSTILE[self.hostile_made % len(HOSTILE)]
            self.hostile_made += 1
        elif slot.kind == "foi":
            text, platform, author, email, topic = self._foi_text()
            tone = "foi"
        elif platform is Platform.RSS:
            tone = r.choice(("complaint", "comment", "comment", "praise", "question"))
            slots = self._slots(topic)
            title = self._fill(r.choice(RSS_TITLES[tone]), topic, slots)
            quotes = T[topic].get("praise" if tone == "praise" else "complaint") or GENERIC["comment"]
            body = self._fill(r.choice(quotes), topic, slots).rstrip(".!?")
            ending = ("said one resident." if tone == "praise" else
                      "one resident told us. A Brent Council spokesperson said the issue was being looked into.")
            text = f"{title[0].upper()}{title[1:]}\n\n\u201c{body[0].upper()}{body[1:]}\u201d, {ending}"
        else:
            if tone in ("journalist", "councillor"):
                platform, author = self.authors.pick_special(tone, platform)
                text = self._fill(r.choice(GENERIC[tone]), topic)
            elif tone in GENERIC and (tone not in T[topic] or r.random() < 0.5):
                text = self._fill(r.choice(GENERIC[tone]), topic)
            else:
                options = T[topic].get(tone) or T[topic].get("complaint") or T[topic]["question"]
                text = self._fill(r.choice(options), topic)
        if author is None:
            author = self.authors.pick(platform)
        if slot.kind in ("regular", "flood") and platform is not Platform.RSS:
            text = self._voice(text, topic, tone, platform)
        account = self._account(platform, topic)
        if slot.kind != "hostile":
            text, account = self._address(text, platform, account)
        parent = None
        if platform is not Platform.RSS and slot.kind != "foi" and r.random() < 0.24:
            recent = self.recent[platform]
            if recent:
                parent = recent[int(len(recent) * (1 - r.random() ** 3)) - 1] if len(recent) > 1 else recent[0]
                if parent.author == author.handle or (slot.at - parent.at) > timedelta(days=2):
                    parent = None
        mention = self._shape(mid, platform, author, text, slot.at, parent, account, tone)
        self.recent[platform].append(
            _Posted(platform, mention.platform_id, mention.thread_id or mention.platform_id, author.handle, slot.at)
        )
        if slot.kind == "flood":
            self.flood_ids.append(mid)
        elif slot.kind == "foi":
            self.foi_mentions.append(_Candidate(mid, slot.at, platform, topic, tone, author.handle, author.name,
                                                text, mention.url, email))
        elif (tone in ("complaint", "question", "confusion") and platform is not Platform.RSS
              and r.random() < self.cand_p and len(self.candidates) < 400):
            self.candidates.append(_Candidate(mid, slot.at, platform, topic, tone, author.handle, author.name,
                                              text, mention.url))
        return mention

    def _foi_text(self) -> tuple[str, Platform, AuthorRec, str | None, str]:
        r = self.rng
        subject, period, dept = r.choice(FOI_SUBJECTS)
        topic = next((t for t, d in TOPIC_DEPARTMENT.items() if d == dept), "consultation")
        platform = r.choices((Platform.X, Platform.MASTODON, Platform.BLUESKY, Platform.FACEBOOK),
                             weights=(0.6, 0.15, 0.15, 0.1))[0]
        author = self.authors.pick(platform)
        if r.random() < 0.55 and author.name and " " in author.name and not author.name.endswith("."):
            first, last = author.name.split(" ", 1)
            if len(last) > 1:
                email = f"{first.lower()}.{last.lower().replace(chr(39), '')}@{r.choice(('gmail.com', 'outlook.com', 'yahoo.co.uk', 'btinternet.com'))}"
                text = (f"Under the Freedom of Information Act 2000 please provide {subject} for {period}. "
                        f"My name is {author.name}, please reply to {email}")
                return text, platform, author, email, topic
        text = r.choice((
            f"FOI request: please provide {subject} for {period}. Reply here is fine",
            f"Freedom of Information request — {subject}, {period}. Thanks",
            f"Under FOI can you tell me {subject} for {period}? Residents deserve to know",
        ))
        return text, platform, author, None, topic

    def _engagement(self, followers: int | None, tone: str) -> tuple[int, int, int, int]:
        r = self.rng
        reach = 1.0 + (followers or 150) ** 0.5 / 6
        if tone in ("flood", "journalist", "councillor", "abuse"):
            reach *= 2.5
        likes = int(r.expovariate(1.0) * reach)
        reposts = int(likes * r.random() * 0.35)
        replies = int(r.expovariate(1.0) * (1 + reach / 5)) if r.random() < 0.5 else 0
        quotes = int(reposts * r.random() * 0.2)
        return likes, reposts, replies, quotes

    def _shape(self, mid: int, platform: Platform, author: AuthorRec, text: str, at: datetime,
               parent: _Posted | None, account: str | None, tone: str) -> MentionIn:
        """Ids, urls and a small raw payload in each network's own shape."""
        r = self.rng
        iso = at.strftime("%Y-%m-%dT%H:%M:%S.000Z")
        likes, reposts, replies, quotes = self._engagement(author.followers, tone)
        reply_to = parent.platform_id if parent else None
        ms = int(at.timestamp() * 1000)
        language = "en"
        if platform is Platform.X:
            pid = str(((ms - X_EPOCH_MS) << 22) | (mid & 0x3FFFFF))
            thread = parent.thread_id if parent else pid
            url = f"https://x.com/{author.handle[1:]}/status/{pid}"
            raw: dict[str, Any] = {
                "id": pid, "text": text, "author_id": author.uid, "conversation_id": thread, "created_at": iso,
                "lang": "en", "edit_history_tweet_ids": [pid],
                "public_metrics": {"like_count": likes, "retweet_count": reposts, "reply_count": replies,
                                   "quote_count": quotes},
            }
            if parent:
                raw["referenced_tweets"] = [{"type": "replied_to", "id": parent.platform_id}]
            uri = None
        elif platform is Platform.MASTODON:
            pid = str((ms << 16) | (mid & 0xFFFF))
            user, _, inst = author.handle.partition("@")
            uri = f"https://{inst}/users/{user}/statuses/{pid}"
            url = f"https://{inst}/@{user}/{pid}"
            thread = parent.thread_id if parent else None
            if r.random() < 0.04:
                language = r.choice(("de", "ja", None))
            raw = {
                "id": pid, "created_at": iso, "in_reply_to_id": reply_to, "uri": uri, "url": url,
                "language": language, "content": f"<p>{html.escape(text)}</p>",
                "account": {"acct": author.handle if inst != "mastodon.london" else user,
                            "display_name": author.name, "followers_count": author.followers},
                "favourites_count": likes, "reblogs_count": reposts, "replies_count": replies,
            }
            quotes = 0
        elif platform is Platform.BLUESKY:
            us = int(at.timestamp()) * 1_000_000 + (mid * 7919) % 1_000_000
            rkey = _tid((us << 10) | (mid & 1023))
            pid = f"at://{author.uid}/app.bsky.feed.post/{rkey}"
            uri = pid
            url = f"https://bsky.app/profile/{author.handle}/post/{rkey}"
            thread = parent.thread_id if parent else None
            record: dict[str, Any] = {"$type": "app.bsky.feed.post", "text": text, "createdAt": iso}
            if r.random() < 0.6:
                record["langs"] = ["en"]
            else:
                language = None
            if parent:
                record["reply"] = {"root": {"uri": thread}, "parent": {"uri": parent.platform_id}}
            raw = {"uri": pid, "author": {"did": author.uid, "handle": author.handle, "displayName": author.name},
                   "record": record, "likeCount": likes, "repostCount": reposts, "replyCount": replies,
                   "quoteCount": quotes, "indexedAt": iso}
        elif platform is Platform.FACEBOOK:
            post = parent.thread_id if parent else self.fb_posts[mid % len(self.fb_posts)]
            comment = str(10**15 + (mid * 7_654_321_987_613) % (9 * 10**15))
            pid = f"{post.split('_')[1]}_{comment}"
            thread = post
            url = f"https://www.facebook.com/{FB_PAGE_ID}/posts/{post.split('_')[1]}?comment_id={comment}"
            raw = {"id": pid, "message": text, "created_time": at.strftime("%Y-%m-%dT%H:%M:%S+0000"),
                   "from": {"name": author.name, "id": author.uid}, "like_count": likes}
            if parent:
                raw["parent"] = {"id": parent.platform_id}
            reposts = quotes = 0
            replies = replies if not parent else 0
            uri = None
        else:  # RSS: guid = article url, no engagement
            title, _, body = text.partition("\n\n")
            slug = "-".join(w.strip(":,'\"").lower() for w in title.split()[:9])
            pid = f"{author.url}/{at:%Y/%m}/{slug}-{mid}"
            url, uri, thread, reply_to = pid, None, None, None
            likes = reposts = replies = quotes = None  # type: ignore[assignment]
            raw = {"id": pid, "title": title, "link": pid, "published": at.strftime("%a, %d %b %Y %H:%M:%S +0000"),
                   "author": author.name, "summary": body}
            language = "en-GB"
        if self.lean:  # benchmarks: the text column already holds it; keep the file small
            for key in ("text", "content", "message", "summary"):
                raw.pop(key, None)
            raw.get("record", {}).pop("text", None)
        return MentionIn.model_construct(
            platform=platform, platform_id=pid, uri=uri, url=url, author_handle=author.handle,
            author_name=author.name, author_followers=author.followers, author_verified=author.verified,
            author_url=author.url, text=text, created_at=at, reply_to_id=reply_to if parent else None,
            thread_id=thread, language=language, likes=likes, reposts=reposts, replies=replies, quotes=quotes,
            account_handle=account, source=f"demo-{platform.value}",
            raw=json.dumps(raw, ensure_ascii=False, separators=(",", ":")),
        )


_TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"


def _tid(value: int) -> str:
    """AT Protocol TID: 13 base32-sortable characters."""
    out = []
    for _ in range(13):
        out.append(_TID_ALPHABET[value & 31])
        value >>= 5
    return "".join(reversed(out))


# =========================================================================== the rest of the council

CAMPAIGNS: dict[str, tuple[tuple[str, ...], str, tuple[str, ...], tuple[str, ...]]] = DATA["CAMPAIGNS"]

# (campaign, body index, day offset from now, London hour, status)
POST_PLAN: tuple[tuple[str, int, float, int, str], ...] = DATA["POST_PLAN"]
POST_AUTHORS = ("asingh", "jbrennan", "lnovak", "tmorgan", "rbailey")
APPROVERS = ("tmorgan", "rbailey")
FAIL_ERRORS = DATA["FAIL_ERRORS"]
REJECT_COMMENTS = DATA["REJECT_COMMENTS"]

REQUEST_PLAN: tuple[dict[str, Any], ...] = (
    dict(status="submitted", requester="sahmed", department="Environment", platform=Platform.X,
         handle="@BrentParks", days=2,
         audience="Park users, friends-of-parks groups and sports clubs across Brent — about 40 groups and the "
                  "families who use our 100+ parks and open spaces.",
         objectives="Tell people quickly about closures, events and works in parks; recruit volunteers for "
                    "tree planting; cut phone calls about playground closures by a fifth.",
         why="Park updates are hyper-local and frequent (several a week in summer); on @Brent_Council they "
             "would crowd out borough-wide news, and park users want one place to follow.",
         commitment="Yes: two named officers, three posts a week minimum, a monthly content plan agreed with "
                    "the web team, and cover for leave.",
         owners=["sahmed", "kokafor"], frequency="3-5 posts a week, more in summer"),
    dict(status="more_info", requester="akhan", department="Education", platform=Platform.FACEBOOK,
         handle="BrentSchoolAdmissions", days=9,
         audience="Parents applying for reception, junior and secondary places, mainly in September to April.",
         objectives="Fewer missed deadlines and late applications; fewer calls on offer days.",
         why="Parents' Facebook groups are where admissions questions are asked.",
         commitment="We will post when there is news.",
         owners=["akhan"], frequency="When needed",
         reviews=[("asingh", "web_team", "more_info",
                   "Admissions is very seasonal: outside Sept-April what would the page post? Could a campaign "
                   "plan through the main Brent Council page, with a pinned admissions post, do the job? Please "
                   "also name a second owner for cover.")]),
    dict(status="submitted", requester="ppereira", department="Regulatory Services", platform=Platform.FACEBOOK,
         handle="BrentTradingStandards", days=6,
         audience="Older and vulnerable residents and their families; local shops and takeaways.",
         objectives="Warn about doorstep and online scams within hours; publicise food hygiene results; "
                    "support illegal-vape test purchases with public messaging.",
         why="Scam alerts need to go out fast and be shared in local groups; Trading Standards pages in other "
             "boroughs get 5-10x the shares of the corporate page for the same alert.",
         commitment="Yes — the team already writes a weekly scam bulletin; we will adapt it and answer comments "
                    "within a working day.",
         owners=["ppereira", "iibrahim"], frequency="2-3 posts a week",
         reviews=[("asingh", "web_team", "approve",
                   "Good case, clear owners and content plan. Web team approves; over to the head of service.")]),
    dict(status="approved", requester="zbegum", department="Housing", platform=Platform.INSTAGRAM,
         handle="brenthousinghub", days=24,
         audience="Council tenants and leaseholders, especially younger tenants who don't read letters.",
         objectives="Raise damp and mould reporting, promote repairs self-service and tenant events.",
         why="Tenants follow housing-specific content; the corporate account can't carry weekly repair tips.",
         commitment="Yes: a tenant engagement officer spends half a day a week on it; we have a 3-month plan.",
         owners=["zbegum", "pkelly"], frequency="2 posts a week plus stories",
         reviews=[("lnovak", "web_team", "approve", "Approved from the web team: house rules training booked."),
                  ("mcampbell", "head_of_service", "approve", "Approved. Report engagement to me quarterly.")]),
    dict(status="rejected", requester="rsingh", department="Planning", platform=Platform.X,
         handle="@BrentPlanningNews", days=30,
         audience="Developers, agents and residents following planning applications.",
         objectives="Publicise committee dates and major applications.",
         why="We'd like our own voice.",
         commitment="We'll try to post weekly.",
         owners=["rsingh"], frequency="Weekly",
         reviews=[("jbrennan", "web_team", "reject",
                   "Committee dates and major applications already go out on @Brent_Council and the planning "
                   "portal sends alerts. One owner and 'try to post weekly' risks a dormant account. Happy to "
                   "plan a monthly planning slot on the main accounts instead.")]),
    dict(status="submitted", requester="okelly", department="Emergency Planning", platform=Platform.BLUESKY,
         handle="brentprepared.bsky.social", days=1,
         audience="Residents in flood-risk areas (Stonebridge, Welsh Harp, Neasden) and community leaders.",
         objectives="Warn-and-inform during incidents like last week's flooding; year-round preparedness tips.",
         why="In the flooding, alerts were lost among routine posts on the main accounts.",
         commitment="Only during incidents plus a monthly preparedness post.",
         owners=["okelly"], frequency="Monthly, daily during incidents",
         reviews=[("asingh", "web_team", "more_info",
                   "Incidents must be on the main accounts people already follow (31k on X). What would a new "
                   "account reach in an emergency that @Brent_Council wouldn't?"),
                  ("okelly", None, "answer",
                   "Fair point: we'd mirror everything on the main accounts. The separate account is for "
                   "partners (Environment Agency, LFB, Thames Water) to follow without the noise; "
                   "two more officers from the resilience rota will share it.")]),
    dict(status="withdrawn", requester="gmensah", department="Finance", platform=Platform.LINKEDIN,
         handle="brent-finance-careers", days=40,
         audience="Accountants and finance graduates.",
         objectives="Recruit to hard-to-fill finance posts.",
         why="Specialist audience.",
         commitment="Yes, with HR.",
         owners=["gmensah"], frequency="Fortnightly",
         reviews=[("gmensah", None, "answer",
                   "Withdrawing: HR will run finance vacancies on the council LinkedIn page instead.")]),
)


def _account_rows(rng: random.Random, now: datetime) -> tuple[list[dict[str, Any]], list[list[int]]]:
    """Council accounts and their 90-day follower histories (newest last)."""
    rows, histories = [], []
    flood_day = 3
    for spec in ACCOUNTS:
        history = [spec.followers]
        for d in range(1, 90):
            step = spec.growth * (0.4 + rng.random() * 1.2)
            if spec.handle == "@Brent_Council" and d == flood_day:
                step += 260  # people follow the council during an emergency
            elif spec.dormant:
                step = -rng.random() * 0.3
            history.append(max(0, round(history[-1] - step)))
        history.reverse()
        if spec.dormant:
            last_post = now - timedelta(days=64, hours=5)
        elif spec.handle == "@BrentRecycles":
            last_post = now - timedelta(days=9, hours=3)
        elif spec.platform is Platform.YOUTUBE:
            last_post = now - timedelta(days=6, hours=2)
        else:
            last_post = now - timedelta(hours=1 + rng.random() * 30)
        rows.append({
            "platform": spec.platform, "handle": spec.handle, "display_name": spec.display_name,
            "service": spec.service, "purposes": list(spec.purposes), "officers": list(spec.officers),
            "created_on": spec.created_on, "followers": history[-1], "last_post_at": last_post,
            "requires_approval": spec.requires_approval, "house_rules_ack": bool(spec.officers),
            "campaign_ends_on": london_date(now) + timedelta(days=75) if spec.handle == "@BrentFostering" else None,
            "active": True, "url": spec.url,
        })
        histories.append(history)
    return rows, histories


def _platform_post(rng: random.Random, spec: AccountSpec, at: datetime, n: int) -> tuple[str, str]:
    """The id and url a network would give one of our published posts."""
    ms = int(at.timestamp() * 1000)
    if spec.platform is Platform.X:
        pid = str(((ms - X_EPOCH_MS) << 22) | (n * 4099 & 0x3FFFFF))
        return pid, f"https://x.com/{spec.handle[1:]}/status/{pid}"
    if spec.platform is Platform.FACEBOOK:
        post = str(10**15 + rng.randrange(9 * 10**15))
        return f"{FB_PAGE_ID}_{post}", f"https://www.facebook.com/{FB_PAGE_ID}/posts/{post}"
    if spec.platform is Platform.MASTODON:
        pid = str((ms << 16) | (n & 0xFFFF))
        return pid, f"https://mastodon.london/@brent/{pid}"
    rkey = _tid(((int(at.timestamp()) * 1_000_000) << 10) | n)
    return (f"at://did:plc:brentgovukdemo0000000000/app.bsky.feed.post/{rkey}",
            f"https://bsky.app/profile/brent.gov.uk/post/{rkey}")


async def _load_posts(store: Store, rng: random.Random, now: datetime, account_ids: dict[str, int],
                      summary: DemoSummary) -> None:
    specs = {s.handle: s for s in ACCOUNTS}
    posts, plans = [], []
    for i, (campaign, body_i, offset, hour, status) in enumerate(POST_PLAN):
        bodies, link, hashtags, handles = CAMPAIGNS[campaign]
        when = _london(now, -offset, hour, rng.choice((0, 0, 15, 30, 45)))
        created = min(now, when) - timedelta(days=2 + rng.random() * 5, hours=rng.random() * 6)
        author = POST_AUTHORS[i % len(POST_AUTHORS)]
        if campaign == "Fostering Fortnight":
            author = "rbailey"
        targets = list(handles[: 2 + (i % max(1, len(handles) - 1))])
        comment = REJECT_COMMENTS[i % len(REJECT_COMMENTS)] if status == "rejected" else None
        body = bodies[body_i % len(bodies)]
        posts.append({
            "body": f"{body} {link}" if not body.rstrip().endswith((".", "!")) else body,
            "link": link if body.rstrip().endswith(":") else None, "campaign": campaign,
            "hashtags": list(hashtags), "scheduled_at": None if status == "draft" and i % 2 else when,
            "status": status, "author": author, "created_at": created,
            "updated_at": min(now, when) if status in ("published", "failed") else created + timedelta(hours=3),
            "reply_to_mention_id": None, "approval_comment": comment, "findings": [], "version": 0,
        })
        plans.append((status, when, targets, author, created, comment))
    post_ids = await store.load_rows("posts", posts)
    targets_rows, approvals = [], []
    n = 0
    for post_id, (status, when, handles, author, created, comment) in zip(post_ids, plans, strict=True):
        if status != "draft":
            approvals.append({"post_id": post_id, "reviewer": author, "decision": "submitted", "comment": None,
                              "at": created + timedelta(minutes=20)})
        if status in ("scheduled", "published", "failed"):
            approvals.append({"post_id": post_id, "reviewer": APPROVERS[post_id % 2], "decision": "approved",
                              "comment": rng.choice((None, "Looks good", "Approved — check the link works")),
                              "at": created + timedelta(hours=2)})
        if status == "rejected":
            approvals.append({"post_id": post_id, "reviewer": APPROVERS[post_id % 2], "decision": "rejected",
                              "comment": comment, "at": created + timedelta(hours=4)})
        # A failed post: one account failed (Facebook's token, typically), the others went out.
        failed_one = handles.index("BrentCouncil") if "BrentCouncil" in handles else len(handles) - 1
        for j, handle in enumerate(handles):
            spec = specs[handle]
            n += 1
            row: dict[str, Any] = {"post_id": post_id, "account_id": account_ids[handle], "status": "pending",
                                   "attempts": 0, "attempt_key": None, "platform_post_id": None,
                                   "platform_url": None, "last_error": None, "next_attempt_at": None,
                                   "published_at": None}
            if status in ("published", "failed") and not (status == "failed" and j == failed_one):
                pid, url = _platform_post(rng, spec, when, n)
                row.update(status="published", attempts=1, attempt_key=f"demo-{post_id}-{j}-1",
                           platform_post_id=pid, platform_url=url,
                           published_at=when + timedelta(seconds=2 + rng.randrange(20)))
            elif status == "failed":
                fb = spec.platform is Platform.FACEBOOK
                row.update(status="failed", attempts=3, attempt_key=f"demo-{post_id}-{j}-3",
                           last_error=FAIL_ERRORS[0 if fb else 1])
            elif status == "rejected":
                row.update(status="held")
            targets_rows.append(row)
    await store.load_rows("post_targets", targets_rows)
    await store.load_rows("post_approvals", approvals)
    summary.posts, summary.post_targets, summary.post_approvals = len(posts), len(targets_rows), len(approvals)


#: (account, posts a week, engagement of a typical post at 7 days) of the council's published history
HISTORY: tuple[tuple[str, int, int], ...] = DATA["POST_HISTORY"]
HISTORY_DAYS = 180


def _hour_pull(weekday: int, hour: int) -> float:
    """How much more a post at this London hour gets than a mid-morning one: lunchtime and the
    evening commute on weekdays, late morning at weekends (so best times have something to find)."""
    if weekday >= 5:
        return 1.6 if 10 <= hour <= 11 else 0.7
    return {12: 1.8, 13: 1.5, 17: 1.7, 18: 2.0, 19: 1.4, 7: 0.6, 8: 0.9}.get(hour, 1.0)


async def _load_post_history(store: Store, rng: random.Random, now: datetime, account_ids: dict[str, int],
                             summary: DemoSummary) -> None:
    """Half a year of posts the main accounts already published, each with the engagement the poller
    would have read at 1 hour, 24 hours and 7 days (Insights' top posts and the best times come from it)."""
    specs = {s.handle: s for s in ACCOUNTS}
    campaigns = sorted(CAMPAIGNS)
    posts, plans = [], []
    for handle, per_week, typical in HISTORY:
        for day in range(HISTORY_DAYS, 8, -1):  # the last week is POST_PLAN's
            if rng.random() >= per_week / 7:
                continue
            bodies, link, hashtags, _handles = CAMPAIGNS[rng.choice(campaigns)]
            when = _london(now, day, rng.choice((7, 8, 9, 10, 11, 12, 12, 13, 14, 15, 16, 17, 18, 18, 19, 20)),
                           rng.choice((0, 15, 30, 45)))
            body = rng.choice(bodies)
            posts.append({
                "body": body if body.rstrip().endswith((".", "!", "?")) else f"{body} {link}", "link": None,
                "campaign": None, "hashtags": list(hashtags), "scheduled_at": when, "status": "published",
                "author": rng.choice(POST_AUTHORS), "created_at": when - timedelta(days=1), "updated_at": when,
                "reply_to_mention_id": None, "approval_comment": None, "findings": [], "version": 0,
            })
            local = utc_to_london(when)
            final = max(0, round(typical * _hour_pull(local.weekday(), local.hour) * rng.lognormvariate(0, 0.45)))
            plans.append((handle, when, final))
    post_ids = await store.load_rows("posts", posts)
    rows = []
    for n, (post_id, (handle, when, _final)) in enumerate(zip(post_ids, plans, strict=True)):
        pid, url = _platform_post(rng, specs[handle], when, 50_000 + n)
        rows.append({"post_id": post_id, "account_id": account_ids[handle], "status": "published", "attempts": 1,
                     "attempt_key": f"demo-history-{post_id}", "platform_post_id": pid, "platform_url": url,
                     "last_error": None, "next_attempt_at": None, "published_at": when + timedelta(seconds=3)})
    target_ids = await store.load_rows("post_targets", rows)
    readings = []
    for target_id, (handle, when, final) in zip(target_ids, plans, strict=True):
        x = specs[handle].platform is Platform.X
        seen_by = rng.uniform(0.01, 0.04)  # engagement per impression, post by post
        for stage, share in (("1h", 0.35), ("24h", 0.85), ("7d", 1.0)):
            total = round(final * share)
            replies, reposts = total // 6, total // 5
            quotes = total // 20 if specs[handle].platform in (Platform.X, Platform.BLUESKY) else None
            counts = PostCounts(likes=total - replies - reposts - (quotes or 0), reposts=reposts, replies=replies,
                                quotes=quotes, impressions=round(total / seen_by) if x else None)
            at = when + dict(STAGES)[stage]
            readings.append(PostReading(target_id=target_id, stage=stage, measured_at=at, counts=counts))
    await store.record_readings(readings)
    summary.posts += len(posts)
    summary.post_targets += len(rows)


#: (account, follower or followed, name, their followers, follows us, we follow): as the poller would read them
RELATIONS: tuple[tuple[str, str, str, int, bool, bool], ...] = DATA["RELATIONS"]


async def _load_relations(store: Store, now: datetime, account_ids: dict[str, int]) -> None:
    for handle in sorted({r[0] for r in RELATIONS}):
        people = [r for r in RELATIONS if r[0] == handle]
        await store.save_relations(
            account_ids[handle], seen_at=now - timedelta(hours=2),
            followers=[(p, name, n) for _, p, name, n, us, _we in people if us],
            following=[(p, name, n) for _, p, name, n, _us, we in people if we])


async def _load_requests(store: Store, now: datetime, summary: DemoSummary) -> None:
    rows, reviews = [], []
    for plan in REQUEST_PLAN:
        created = _london(now, plan["days"], 10, 20)
        plan_reviews = plan.get("reviews", [])
        updated = created + timedelta(days=len(plan_reviews), hours=3) if plan_reviews else created
        rows.append({
            "requester": plan["requester"], "department": plan["department"], "platform": plan["platform"],
            "handle": plan["handle"], "audience": plan["audience"], "objectives": plan["objectives"],
            "why_own_account": plan["why"], "content_commitment": plan["commitment"], "owners": plan["owners"],
            "posting_frequency": plan["frequency"], "campaign_ends_on": None, "status": plan["status"],
            "created_at": created, "updated_at": min(updated, now), "version": len(plan_reviews),
        })
    ids = await store.load_rows("account_requests", rows)
    for request_id, plan in zip(ids, REQUEST_PLAN, strict=True):
        created = _london(now, plan["days"], 10, 20)
        for k, (who, role, decision, comment) in enumerate(plan.get("reviews", [])):
            reviews.append({"request_id": request_id, "reviewer": who, "role": role, "decision": decision,
                            "comment": comment, "at": min(now, created + timedelta(days=k + 0.5, hours=k))})
    await store.load_rows("account_reviews", reviews)
    summary.account_requests, summary.account_reviews = len(rows), len(reviews)


DEPT_LEADS = DATA["DEPT_LEADS"]
CUSTOMER_SERVICES = DATA["CUSTOMER_SERVICES"]
WEB_TEAM = ("asingh", "jbrennan", "lnovak")

# Unlinked FOI cases: (status, days ago received, regime, channel, events [(kind, days after receipt, note)]).
FOI_PLAN: tuple[tuple[str, int, str, str, tuple[tuple[str, int, str], ...]], ...] = DATA["FOI_PLAN"]
OUTCOMES = {"responded": ("granted", []), "internal_review": ("refused", ["s.12"]),
            "with_ico": ("refused", ["s.36(2)(c)"])}
EMAIL_APPLICANTS = DATA["EMAIL_APPLICANTS"]


async def _load_foi(store: Store, rng: random.Random, now: datetime, foi_mentions: list[_Candidate],
                    summary: DemoSummary, statuses: dict[int, str]) -> None:
    today = london_date(now)
    cases: list[dict[str, Any]] = []
    events: list[list[tuple[str, date, str]]] = []
    for i, (status, days, regime, channel, evs) in enumerate(FOI_PLAN):
        received = today - timedelta(days=days)
        subject, period, dept = FOI_SUBJECTS[(i * 5) % len(FOI_SUBJECTS)]
        if regime == "eir":
            subject, period, dept = FOI_SUBJECTS[7]
        name, email = EMAIL_APPLICANTS[i % len(EMAIL_APPLICANTS)]
        outcome, exemptions = OUTCOMES.get(status, (None, []))
        if status == "responded" and days > 50:
            outcome, exemptions = "part", ["s.40(2)"]
        responded = next((received + timedelta(days=d) for k, d, _ in evs if k == "responded"), None)
        cases.append(_foi_case(
            received, status, regime, channel, dept,
            f"Dear Brent Council, under the {'Environmental Information Regulations 2004' if regime == 'eir' else 'Freedom of Information Act 2000'} "
            f"please provide {subject} for {period}. Yours faithfully, {name}",
            name=name, contact=email, outcome=outcome, exemptions=exemptions, responded=responded, now=now,
        ))
        events.append([(k, received + timedelta(days=d), note) for k, d, note in evs])
    doubtful_done = False
    for m in foi_mentions[:8]:
        received = london_date(m.at)
        age = (today - received).days
        doubtful = m.email is None and not doubtful_done and m.platform is Platform.X
        if m.email is None and not doubtful:
            continue
        status = "received" if age < 4 else ("awaiting_clarification" if doubtful else "in_progress")
        evs: list[tuple[str, date, str]] = []
        note = None
        if doubtful:
            doubtful_done = True
            note = ("Handle only: no real name or address for correspondence (Ghafoor v IC, EA/2015/0140). "
                    "Clock started from the post; asked for name and email in reply.")
            if status == "awaiting_clarification":
                evs.append(("clarification_requested", received + timedelta(days=1),
                            "Replied publicly asking for real name and an email address"))
        dept = TOPIC_DEPARTMENT.get(m.topic, "Policy")
        case = _foi_case(received, status, "foi", m.platform.value, dept, m.text, name=m.name if m.email else None,
                         contact=m.email, now=now)
        case.update(mention_id=m.id, applicant_handle=m.handle, profile_url=m.url,
                    validity_doubtful=doubtful, validity_note=note)
        cases.append(case)
        events.append(evs)
        statuses[m.id] = "foi"
    order = sorted(range(len(cases)), key=lambda k: (cases[k]["received_on"], k))
    cases = [cases[k] for k in order]
    events = [events[k] for k in order]
    for seq, case in enumerate(cases, start=1):
        prefix = "EIR" if case["regime"] == "eir" else "FOI"
        case["reference"] = f"{prefix}-{case['received_on'].year}-{1180 + seq * 3:05d}"
    ids = await store.load_rows("foi_cases", cases)
    event_rows = []
    for case_id, case, evs in zip(ids, cases, events, strict=True):
        for kind, on, note in evs:
            if on > today:
                continue
            who = case["assignee"] if kind in ("responded", "pit_extended", "fee_notice") else case["created_by"]
            event_rows.append({"case_id": case_id, "kind": kind, "on_date": on, "note": note, "by": who or "asingh",
                               "at": london_to_utc(on, time(11, rng.randrange(60)))})
    await store.load_rows("foi_events", event_rows)
    summary.foi_cases, summary.foi_events = len(cases), len(event_rows)


def _foi_case(received: date, status: str, regime: str, channel: str, dept: str, text: str, *, name: str | None,
              contact: str | None, now: datetime, outcome: str | None = None, exemptions: list[str] | None = None,
              responded: date | None = None) -> dict[str, Any]:
    created = min(now, london_to_utc(received, time(10, 5)) + timedelta(hours=1))
    return {
        "reference": None, "mention_id": None, "regime": regime, "applicant_name": name, "applicant_handle": None,
        "profile_url": None, "contact": contact, "channel": channel, "request_text": text, "received_on": received,
        "status": status, "validity_doubtful": False, "validity_note": None, "assignee": DEPT_LEADS.get(dept),
        "department": dept, "outcome": outcome, "exemptions": exemptions or [],
        "response_channel": "email" if responded else None,
        "response_url": "https://www.brent.gov.uk/your-council/foi-disclosure-log" if responded else None,
        "responded_on": responded, "created_by": WEB_TEAM[received.toordinal() % len(WEB_TEAM)],
        "created_at": created, "updated_at": now - timedelta(hours=received.toordinal() % 40 + 1),
        "version": 0,
    }


DONE_NOTES = DATA["DONE_NOTES"]


async def _load_triage(store: Store, rng: random.Random, now: datetime, candidates: list[_Candidate],
                       summary: DemoSummary, statuses: dict[int, str]) -> None:
    old = [c for c in candidates if timedelta(days=3) < now - c.at < timedelta(days=12)]
    recent = [c for c in candidates if timedelta(hours=3) < now - c.at < timedelta(hours=30)]
    chosen = rng.sample(old, min(14, len(old))) + rng.sample(recent, min(6, len(recent)))
    chosen.sort(key=lambda c: c.id)
    decisions, plans = [], []
    for k, c in enumerate(chosen):
        dept = TOPIC_DEPARTMENT.get(c.topic, "Policy")
        route = 2 if (k % 3 != 2 and c.tone != "confusion") else 4
        assignee = CUSTOMER_SERVICES.get(dept, DEPT_LEADS[dept]) if route == 2 else DEPT_LEADS[dept]
        decided = c.at + timedelta(minutes=20 + rng.randrange(240))
        decided = min(decided, now - timedelta(minutes=30))
        reason = ("Resident needs customer services: specific case with a reference" if route == 2
                  else f"Ongoing {TOPIC_PHRASE.get(c.topic, c.topic)} conversation: support {dept} to join in")
        decisions.append({"mention_id": c.id, "route": route, "department": dept, "assignee": assignee,
                          "reason": reason, "decided_by": WEB_TEAM[k % 3], "decided_at": decided,
                          "supersedes": None, "superseded_by": None, "undo": False})
        done = now - c.at > timedelta(days=3) and k % 5 in (0, 2, 3)
        plans.append((c, route, dept, assignee, decided, done))
    ids = await store.load_rows("decisions", decisions)
    assignments = []
    for decision_id, (c, route, dept, assignee, decided, done) in zip(ids, plans, strict=True):
        due = decided + timedelta(hours=24 if route == 2 else 48)
        row = {"mention_id": c.id, "decision_id": decision_id, "route": route, "department": dept,
               "assignee": assignee, "due_at": due, "status": "open", "created_at": decided, "done_at": None,
               "done_by": None, "note": None, "version": 0}
        if done:
            finished = decided + timedelta(hours=2 + rng.randrange(40))
            row.update(status="done", done_at=min(finished, now - timedelta(minutes=5)), done_by=assignee,
                       note=rng.choice(DONE_NOTES), version=1)
        assignments.append(row)
        statuses[c.id] = "done" if done else "assigned"
    await store.load_rows("assignments", assignments)
    summary.decisions, summary.assignments = len(decisions), len(assignments)


# =========================================================================== build

def default_now() -> datetime:
    """The start of the current hour (UTC): fresh-looking data, stable within the hour."""
    return clock.now().replace(minute=0, second=0, microsecond=0)


def _prepare_path(path: Path) -> None:
    """Never clobber real data: the demo is built only where no database (or an empty file) is.
    Replacing a database is `brent-tui demo --force`, which builds beside it and replaces it
    through SQLite (see `demo_cli`)."""
    check_sqlite_file(path)
    if path.exists() and path.stat().st_size > 0:
        raise StoreError(f"{path}: already exists and is not empty (use --force to replace it with demo data)")


async def build_demo(
    path: Path,
    *,
    mentions: int = 3000,
    seed: int = 7,
    now: datetime | None = None,
    progress: Callable[[str], None] | None = None,
) -> DemoSummary:
    """Build the demo database at `path` from `seed` and `now` alone (same inputs, same rows)."""
    if mentions < 0:
        raise StoreError("--mentions must be 0 or more")
    now = (now or default_now()).astimezone(UTC)
    path = Path(path)
    _prepare_path(path)
    say = progress or (lambda _msg: None)
    summary = DemoSummary(path=path, now=now, seed=seed)
    statuses: dict[int, str] = {}
    store = await Store.open(path)
    try:
        # Council accounts, follower history, key people and streams: independent of --mentions.
        rng_acc = random.Random(f"{seed}:accounts")
        rows, histories = _account_rows(rng_acc, now)
        account_ids = await store.load_rows("council_accounts", rows)
        samples = [
            {"account_id": aid, "at": now - timedelta(days=89 - d), "followers": f}
            for aid, history in zip(account_ids, histories, strict=True) for d, f in enumerate(history)
        ]
        await store.load_rows("follower_samples", samples)
        summary.accounts, summary.follower_samples = len(rows), len(samples)
        await store.load_rows("key_people", [
            {"platform": p, "handle": h, "name": n, "category": c, "note": note}
            for p, h, n, c, _f, _v, note in KEY_PEOPLE
        ])
        summary.key_people = len(KEY_PEOPLE)
        await store.load_rows("streams", [
            {"owner": "asingh", "name": n, "key": k, "filter": f, "position": i}
            for i, (n, k, f) in enumerate((
                ("Untriaged", "1", {"statuses": ["new"]}),
                ("Flooding", "2", {"text": "flood* OR sandbag* OR \"River Brent\""}),
                ("Wembley event days", "3", {"text": "\"event day\" OR stadium OR Wembley"}),
                ("X, last 24h", "4", {"platforms": ["x"], "since_hours": 24}),
            ))
        ])
        summary.streams = 4
        say("accounts, follower history and key people loaded")

        # Mentions, hour by hour, in batches.
        maker = _MentionMaker(random.Random(f"{seed}:mentions"), now, mentions)
        flush_at = min(BATCH, max(50, mentions // 100))  # small demos: fetched in many polls, not one
        authors: set[tuple[str, str]] = set()
        batches = maker.batches(flush_at, authors)
        done = 0
        # Generate the next batch in a thread while SQLite (which releases the GIL) stores this one:
        # the generator is still consumed in order, so the rows are the same as a plain loop's.
        async with store.bulk_load():
            batch = await asyncio.to_thread(next, batches, None)
            while batch:
                storing = asyncio.create_task(_flush(store, batch, done, now, say, mentions))
                try:
                    following = await asyncio.to_thread(next, batches, None)
                finally:
                    done = await storing
                batch = following
        stored = await store.max_mention_id()
        if stored != mentions:
            raise StoreError(f"demo: generated {mentions} mentions but {stored} were stored (duplicate ids?)")
        summary.mentions, summary.authors = mentions, len(authors)
        summary.flood_mentions = len(maker.flood_ids)
        summary.flood_start = maker.flood_start if maker.flood_ids else None
        summary.event_days = maker.event_days

        # Work in flight: posts, account requests, FOI cases, triage decisions.
        await _load_posts(store, random.Random(f"{seed}:posts"), now, dict(zip(
            (s.handle for s in ACCOUNTS), account_ids, strict=True)), summary)
        await _load_post_history(store, random.Random(f"{seed}:history"), now, dict(zip(
            (s.handle for s in ACCOUNTS), account_ids, strict=True)), summary)
        await _load_relations(store, now, dict(zip((s.handle for s in ACCOUNTS), account_ids, strict=True)))
        await _load_requests(store, now, summary)
        await _load_foi(store, random.Random(f"{seed}:foi"), now, maker.foi_mentions, summary, statuses)
        await _load_triage(store, random.Random(f"{seed}:triage"), now, maker.candidates, summary, statuses)
        summary.mention_statuses = {k: MentionStatus(v) for k, v in sorted(statuses.items())}
        if statuses:
            await store.set_mention_statuses(summary.mention_statuses)
        # Triage suggestions, as the poller would have made them: the newest SCORED_NEWEST
        # mentions are scored; an older backlog (only in very large demos) stays unscored history.
        await store.leave_history_unscored(SCORED_NEWEST, now=now)
        summary.scored = await score_pending(store, Config(), now=now, batch=2000)
        say(f"scored {summary.scored:,} mentions for triage")
        await store.analyze()
        await store.set_meta("demo", json.dumps({"seed": seed, "now": now.isoformat(), "mentions": mentions}))
        say(f"done: {mentions:,} mentions")
    finally:
        await store.close()
    return summary


async def _flush(store: Store, batch: list[MentionIn], done: int, now: datetime, say: Callable[[str], None],
                 total: int) -> int:
    """One batched ingest; fetched a couple of minutes after the newest post, never after `now`."""
    fetched = min(now, max(m.created_at for m in batch) + timedelta(minutes=2))
    await store.ingest(batch, fetched_at=fetched)
    new_done = done + len(batch)
    if new_done // PROGRESS_EVERY > done // PROGRESS_EVERY:
        say(f"{new_done:,} / {total:,} mentions")
    return new_done


# =========================================================================== the demo's users

def demo_config_text(current_login: str) -> str:
    """The demo config, plus the person running it as web team so they can triage straight away."""
    import tomllib

    text = resources.files("brent_tui.jobs").joinpath("demo_config.toml").read_text(encoding="utf-8")
    people = tomllib.loads(text).get("people", {})
    if current_login and current_login not in people:
        key = current_login if current_login.replace("_", "").replace("-", "").isalnum() else json.dumps(current_login)
        text = (text.rstrip("\n") + "\n\n# You, running the demo: web team, so you can triage.\n"
                f"[people.{key}]\nname = \"You (demo)\"\nrole = \"web_team\"\ndepartment = \"Web\"\n")
    return text
