"""The poller: every configured connector on its own interval, into the cache, never crashing.

    await run_poller(db_path, config, secrets)               # `brent-tui poll` (a service)
    await run_poller(db_path, config, secrets, once=True)    # `brent-tui poll --once` (cron, tests)
    await run_in_app(app)                                     # one user: inside the TUI

What it guarantees, and how:
- **No gap, no duplicate.** Each batch is stored with `store.ingest(mentions, health=...)`: the
  mentions and the cursor that says they were fetched commit in one transaction. A restart — even
  after `kill -9` mid-batch — resumes from the last committed cursor; the store's upsert on
  (platform, platform id) and `uri` makes a repeated page harmless.
- **Bounded catch-up.** While a connector says `more`, it is called again straight away, at most
  `max_pages` times per cycle, so one backlog cannot starve the others.
- **One failure stays local.** Each connector runs in its own task with its own backoff:
  exponential with jitter for network trouble and odd responses; the network's own word
  (`retry_after`: Retry-After or a rate-limit reset) when it gives one, and on a success that
  says no calls are left (remaining 0) the next call waits for the reset; the X monthly cap stops
  that connector until the month turns; a rejected token is retried hourly, not hammered. The
  health record says what happened in words, and when the next attempt is.
- **Money.** `monthly_read_cap` (X) is enforced by passing `read_budget_remaining`; the reads used
  this month are kept in the health record (`budget_used`, `budget_month`).
- **Secrets** never reach the database or the logs: the log handler scrubs every known secret and
  anything token-shaped; the Bluesky session lives in memory and, so that restarts do not burn
  the daily login allowance, in a 0600 file in the state folder.
- **Stopping.** SIGTERM/SIGINT (or `stop`) lets each connector finish the batch in hand, then exit.
- **Our own posts' results.** After each batch, the engagement of the council's posts that are due
  (1 hour, 24 hours, 7 days old: `domain.post_metrics`) is read through the connector that posts
  as their account, at most READINGS_PER_CYCLE a cycle and, under a monthly read cap, at most
  READINGS_SHARE of it.
- Each cycle also scores new mentions and publishes due posts; a failure there is logged and
  polling carries on.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import logging
import random
import signal
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from brent_tui import clock as wall_clock
from brent_tui.domain.models import ConnectorHealth, FollowerSample
from brent_tui.domain.post_metrics import PostCounts, PostReading
from brent_tui.domain.text import handles_match
from connectors.base import Connector, ConnectorSettings, Redactor, posting_as
from connectors.errors import (
    AuthError,
    BadResponse,
    ConnectorError,
    InvalidRequest,
    NotSupported,
    PermissionDenied,
    RateLimited,
    TransientError,
    UsageCapped,
)
from connectors.http import MAX_BACKOFF_SECONDS

if TYPE_CHECKING:
    from brent_tui.config import Config
    from brent_tui.store import Store

log = logging.getLogger("brent_tui.jobs.poller")

BACKOFF_BASE = 30.0  # seconds after the first failure
BACKOFF_CAP = 3600.0  # never wait longer than an hour for plain trouble
AUTH_RETRY = timedelta(hours=1)  # a rejected token: a human must act; check back hourly
MAX_RETRY_AFTER = MAX_BACKOFF_SECONDS  # a network's own "not before" is honoured up to 7 days (one ceiling)
MAX_PAGES = 10  # catch-up pages per connector per cycle
PROFILE_INTERVAL = timedelta(hours=1)  # follower counts
RELATIONS_INTERVAL = timedelta(hours=6)  # who follows the council's accounts, whom they follow
RELATIONS_LIMIT = 2000  # people per list and account, at most
READINGS_PER_CYCLE = 100  # own posts whose engagement is read per cycle, at most
READINGS_SHARE = 0.1  # of a monthly read cap (X) that reading our own posts may use; the rest is for mentions
TOKEN_WARN = timedelta(days=7)  # warn this far ahead of a token's expiry
HOUSEKEEPING_SECONDS = 30.0  # scoring and publishing tick when nothing new arrives

#: waits a fresh start (`--once`, a restarted service) honours: the network or the budget said "not
#: before then". Token problems are not among them: restarting after renewing a token retries at once.
HOLDS = {"usage_capped", "budget", "rate_limited"}


# --------------------------------------------------------------------------- pure helpers


def backoff_seconds(failures: int, *, base: float = BACKOFF_BASE, cap: float = BACKOFF_CAP,
                    rng: random.Random | None = None) -> float:
    """Exponential backoff with jitter: base·2^(n-1), capped, then scaled by 0.5–1.0.

    The jitter stops several connectors (or several servers) that failed together from
    retrying together.
    """
    raw = min(cap, base * (2 ** max(0, failures - 1)))
    return raw * (0.5 + 0.5 * (rng or random).random())


def month_key(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y-%m")


def next_month(now: datetime) -> datetime:
    """Midnight UTC on the first of next month: when X's monthly usage resets."""
    now = now.astimezone(UTC)
    year, month = (now.year + 1, 1) if now.month == 12 else (now.year, now.month + 1)
    return datetime(year, month, 1, tzinfo=UTC)


def jwt_expiry(token: str | None) -> datetime | None:
    """`exp` from a JWT's payload, read without verifying (we only want the date)."""
    if not token or token.count(".") != 2:
        return None
    payload = token.split(".")[1]
    try:
        data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        exp = data.get("exp") if isinstance(data, dict) else None
        return datetime.fromtimestamp(float(exp), UTC) if isinstance(exp, int | float) else None
    except (ValueError, TypeError, OverflowError, OSError):
        return None


def set_aside_words(reasons: list[str]) -> str:
    """", 1 set aside (follower count … out of range)": the warning a poll or an import prints."""
    more = f"; +{len(reasons) - 1} more" if len(reasons) > 1 else ""
    return f", {len(reasons)} set aside ({reasons[0]}{more})"


def _when(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def said_once(detail: str, kind: str) -> str:
    """The error's detail without its own "<kind> (…)" / "… (<kind>)" wrapper: the health message
    names the kind itself, once ("rate limited (HTTP 429)", never "rate limited (rate limited (…))")."""
    if detail.lower().startswith(f"{kind} (") and detail.endswith(")"):
        return detail[len(kind) + 2:-1]
    if detail.lower().endswith(f" ({kind})"):
        return detail[: -len(kind) - 3]
    return detail


def failure_plan(exc: ConnectorError, failures: int, now: datetime, *,
                 rng: random.Random | None = None) -> tuple[datetime, str, str | None]:
    """(next attempt, the error in words, hold kind) for one failed fetch. Pure."""
    detail = exc.message
    if exc.connector and detail.startswith(f"{exc.connector}: "):
        detail = detail[len(exc.connector) + 2:]
    retry_after = None if exc.retry_after is None else min(max(exc.retry_after, 1.0), MAX_RETRY_AFTER)
    if isinstance(exc, RateLimited):
        detail = said_once(detail, "rate limited")
    if isinstance(exc, UsageCapped):
        at = next_month(now)
        return at, (f"monthly usage cap reached ({detail}); no reads until the cap resets on "
                    f"{at:%d %B %Y}"), "usage_capped"
    if isinstance(exc, AuthError):
        at = now + AUTH_RETRY
        return at, (f"token expired or revoked ({detail}); renew it in the secrets file or environment "
                    f"and restart the poller — next try {_when(at)}"), "auth"
    if isinstance(exc, PermissionDenied):
        at = now + AUTH_RETRY
        return at, (f"the token lacks a permission this needs ({detail}); grant it — next try "
                    f"{_when(at)}"), "permission"
    if isinstance(exc, NotSupported):
        at = now + AUTH_RETRY
        return at, f"not supported by this network ({detail})", None
    if isinstance(exc, RateLimited):
        wait = retry_after if retry_after is not None else backoff_seconds(failures, rng=rng)
        at = now + timedelta(seconds=wait)
        return at, f"rate limited ({detail}); waiting until {_when(at)} as the network asked", "rate_limited"
    wait = retry_after if retry_after is not None else backoff_seconds(failures, rng=rng)
    at = now + timedelta(seconds=wait)
    if isinstance(exc, BadResponse):
        what = f"unexpected response, batch skipped ({detail})"
    elif isinstance(exc, InvalidRequest):
        what = f"the network refused the request ({detail})"
    elif isinstance(exc, TransientError):
        what = f"network trouble ({detail})"
    else:
        what = detail
    return at, f"{what}; retry {failures} at {_when(at)}", None


def spent_until(remaining: int | None, reset_at: datetime | None, now: datetime) -> datetime | None:
    """A successful answer that said "0 calls left until <reset>": when the next call may go (capped
    at MAX_RETRY_AFTER), or None when calls are left or the reset is unknown or past. Pure."""
    if remaining is None or remaining > 0 or reset_at is None or reset_at <= now:
        return None
    return min(reset_at, now + timedelta(seconds=MAX_RETRY_AFTER))


# --------------------------------------------------------------------------- logging


class RedactingFilter(logging.Filter):
    """Scrubs known secrets and token-shaped strings from every record that passes."""

    def __init__(self, secrets: Mapping[str, str] | None = None) -> None:
        super().__init__()
        self.redact = Redactor((secrets or {}).values())

    def add(self, value: str | None) -> None:
        self.redact.add(value)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg = self.redact(message)
        record.args = None
        if record.exc_info:
            import traceback

            text = "".join(traceback.format_exception(*record.exc_info))
            record.exc_info = None
            record.exc_text = None
            record.msg = f"{record.msg}\n{self.redact(text).rstrip()}"
        return True


# --------------------------------------------------------------------------- sessions


class SessionFile:
    """A connector's login session (Bluesky) in a 0600 file: survives restarts, never in the db."""

    def __init__(self, folder: Path | None, name: str) -> None:
        self.path = None if folder is None else folder / "sessions" / f"{name}.json"

    def load(self) -> str | None:
        if self.path is None or not self.path.exists():
            return None
        try:
            return self.path.read_text(encoding="utf-8")
        except OSError as exc:
            log.warning("cannot read the saved session %s (%s); will log in", self.path, exc)
            return None

    def save(self, text: str) -> None:
        if self.path is None:
            return
        from brent_tui.config import write_private

        try:
            write_private(self.path, text)
        except OSError as exc:
            log.warning("cannot save the session to %s (%s); it is kept in memory", self.path, exc)


# --------------------------------------------------------------------------- one connector


@dataclass
class CycleOutcome:
    pages: int = 0
    received: int = 0
    inserted: int = 0
    error: str | None = None
    skipped: str | None = None
    set_aside: list[str] = field(default_factory=list)  # the reasons items were kept out of the mentions
    edited: int = 0  # known posts that came back with new text


class ConnectorRunner:
    """One connector: its cursor, health, backoff and cycles."""

    def __init__(
        self,
        settings: ConnectorSettings,
        store: Store,
        make: Callable[[], Connector],
        *,
        clock: Callable[[], datetime] = wall_clock.now,
        max_pages: int = MAX_PAGES,
        rng: random.Random | None = None,
        log_filter: RedactingFilter | None = None,
        on_ingest: Callable[[int], None] | None = None,
        secret: str | None = None,
        peers: Sequence[ConnectorSettings] = (),
    ) -> None:
        self.settings = settings
        self.peers = peers  # every connector of the config: which of them acts as an account (`posting_as`)
        self.name = settings.name
        self.store = store
        self._make = make
        self.clock = clock
        self.max_pages = max_pages
        self.rng = rng
        self.log_filter = log_filter
        self.on_ingest = on_ingest
        self.secret = secret
        self.conn: Connector | None = None
        self.health: ConnectorHealth | None = None

    async def load(self) -> ConnectorHealth:
        if self.health is None:
            self.health = await self.store.health(self.name) or ConnectorHealth(
                name=self.name, platform=self.settings.type
            )
        return self.health

    def waiting_until(self, now: datetime, *, holds_only: bool) -> datetime | None:
        """When the next attempt is due, if still in the future (with `holds_only`: only for a HOLDS wait)."""
        h = self.health
        if h is None or h.next_attempt_at is None or h.next_attempt_at <= now:
            return None
        if holds_only and h.extra.get("hold") not in HOLDS:
            return None
        return h.next_attempt_at

    def _connector(self) -> Connector:
        if self.conn is None:
            self.conn = self._make()
        return self.conn

    def token_expiry(self) -> datetime | None:
        """The login's expiry where it can be read: a Bluesky session's refresh JWT, or a JWT token."""
        conn = self.conn
        state = getattr(conn, "session_state", None)
        if callable(state):
            try:
                session = json.loads(state() or "{}")
            except ValueError:
                session = {}
            if self.log_filter is not None:  # scrub the session's tokens from any later log line too
                self.log_filter.add(session.get("accessJwt"))
                self.log_filter.add(session.get("refreshJwt"))
            expiry = jwt_expiry(session.get("refreshJwt")) or jwt_expiry(session.get("accessJwt"))
            if expiry:
                return expiry
        return jwt_expiry(self.secret)

    async def cycle(self, stop: asyncio.Event | None = None) -> CycleOutcome:
        """Fetch until caught up (bounded), storing each batch with its cursor."""
        out = CycleOutcome()
        h = await self.load()
        now = self.clock()
        try:
            conn = self._connector()
        except ConnectorError as exc:  # no token configured: a person must add it; checked hourly
            await self._failed(exc, out, missing_secret=isinstance(exc, AuthError))
            return out

        budget: int | None = None
        cap = self.settings.monthly_read_cap
        if cap is not None:
            if h.budget_month != month_key(now):
                h = h.model_copy(update={"budget_used": 0, "budget_month": month_key(now)})
                self.health = h
            budget = cap - (h.budget_used or 0)
            if budget <= 0:
                at = next_month(now)
                h = h.model_copy(update={
                    "last_error": (f"monthly read cap of {cap:,} posts reached ({h.budget_used:,} read in "
                                   f"{h.budget_month}); reads resume on {at:%d %B %Y}"),
                    "last_error_at": now, "next_attempt_at": at, "extra": {**h.extra, "hold": "budget"},
                })
                await self.store.save_health(h)
                self.health = h
                out.skipped = h.last_error
                log.warning("%s: %s", self.name, h.last_error)
                return out

        while out.pages < self.max_pages:
            try:
                result = await conn.fetch(h.cursor, read_budget_remaining=budget)
            except ConnectorError as exc:
                await self._failed(exc, out)
                return out
            except Exception as exc:  # a mapper bug must not stop this poller, let alone the others
                log.exception("%s: unexpected error while fetching", self.name)
                err = BadResponse(f"{self.name}: unexpected error ({type(exc).__name__}: {exc})",
                                  connector=self.name)
                await self._failed(err, out)
                return out
            out.pages += 1
            now = self.clock()
            for warning in result.warnings:
                log.warning("%s: %s", self.name, warning)
            expiry = self.token_expiry() or h.token_expires_at
            extra = {k: v for k, v in h.extra.items() if k not in ("hold", "hold_words", "token_warning")}
            extra.update(warnings=result.warnings[-5:], last_batch=len(result.mentions))
            if expiry and expiry - now < TOKEN_WARN:
                extra["token_warning"] = (f"token expires {_when(expiry)}" if expiry > now
                                          else f"token expired {_when(expiry)}")
                log.warning("%s: %s", self.name, extra["token_warning"])
            next_at = None if result.more else now + timedelta(seconds=self.settings.interval_seconds)
            spent = spent_until(result.rate_limit_remaining, result.rate_limit_reset, now)
            if spent is not None:  # the call succeeded but used the last one: wait for the reset
                next_at = max(next_at or now, spent)
                extra.update(hold="rate_limited", hold_words=(
                    f"no calls left in the network's rate limit; waiting until {_when(spent)} as the network said"))
                log.info("%s: %s", self.name, extra["hold_words"])
            update: dict[str, Any] = {
                "cursor": result.cursor,
                "last_success_at": now,
                "failures": 0,
                "next_attempt_at": next_at,
                "rate_limit_remaining": result.rate_limit_remaining,
                "rate_limit_reset_at": result.rate_limit_reset,
                "token_expires_at": expiry,
                "extra": extra,
            }
            if cap is not None or result.reads_used:
                update["budget_used"] = (h.budget_used or 0) + result.reads_used
                update["budget_month"] = month_key(now)
            new = h.model_copy(update=update)
            # mentions + cursor (+ any poison pill, set aside with its reason): one commit
            got = await self.store.ingest(result.mentions, health=new, rejected=result.set_aside, fetched_at=now)
            self.health = h = new
            out.received += got.received
            out.inserted += got.inserted
            out.edited += got.edited
            aside = [x.reason for x in result.set_aside] + [x.reason for _, x in got.set_aside]
            if aside:
                out.set_aside.extend(aside)
                for reason in aside:
                    log.warning("%s: set an item aside: %s", self.name, reason)
                h = h.model_copy(update={"extra": {
                    **h.extra, "set_aside": int(h.extra.get("set_aside") or 0) + len(aside),
                    "set_aside_last": aside[-1], "set_aside_at": now.isoformat()}})
                await self.store.save_health(h)
                self.health = h
            if got.inserted and self.on_ingest:
                self.on_ingest(got.inserted)
            if budget is not None:
                budget -= result.reads_used
            if not result.more or spent is not None or (stop is not None and stop.is_set()):
                break
            if budget is not None and budget <= 0:
                break
        log.info("%s: %d page(s), %d mention(s), %d new", self.name, out.pages, out.received, out.inserted)
        if stop is None or not stop.is_set():
            for what, extra in (("follower counts", self._profiles), ("followers", self._read_relations),
                                ("our posts' engagement", lambda: self._read_own_posts(budget))):
                try:
                    await extra()
                except Exception:  # like a mapper bug in fetch: logged; this poller and the others go on
                    log.exception("%s: reading %s failed (polling carries on)", self.name, what)
        return out

    async def _failed(self, exc: ConnectorError, out: CycleOutcome, *, missing_secret: bool = False) -> None:
        h = await self.load()
        now = self.clock()
        failures = h.failures + 1
        at, words, hold = failure_plan(exc, failures, now, rng=self.rng)
        if missing_secret:
            words = f"no token configured ({exc.message}); add it and restart the poller — next try {_when(at)}"
        extra = {**{k: v for k, v in h.extra.items() if k != "hold_words"}, "hold": hold}
        h = h.model_copy(update={
            "last_error": words, "last_error_at": now, "next_attempt_at": at, "failures": failures,
            "rate_limit_reset_at": at if isinstance(exc, RateLimited) else h.rate_limit_reset_at,
            "rate_limit_remaining": 0 if isinstance(exc, RateLimited) else h.rate_limit_remaining,
            "extra": extra,
        })
        await self.store.save_health(h)  # the cursor is untouched: nothing of this batch was stored
        self.health = h
        out.error = words
        log.warning("%s: %s", self.name, words)

    def _due(self, key: str, interval: timedelta, now: datetime) -> bool:
        """Whether a periodic read last done at `health.extra[key]` is due again (an unreadable time: yes)."""
        last = self.health.extra.get(key) if self.health else None
        try:
            return not isinstance(last, str) or now - datetime.fromisoformat(last) >= interval
        except ValueError:
            return True

    async def _profiles(self) -> None:
        """Follower counts of the council's own accounts, hourly."""
        h = self.health
        assert h is not None and self.conn is not None
        now = self.clock()
        if not self._due("profiles_at", PROFILE_INTERVAL, now):
            return
        accounts = [a for a in await self.store.accounts() if a.platform.value == self.settings.type]
        try:
            profiles = await self.conn.profiles()
        except ConnectorError as exc:
            log.warning("%s: follower counts not read: %s", self.name, exc)
            profiles = []
        samples = [
            FollowerSample(account_id=a.id, at=now, followers=p.followers)
            for a in accounts for p in profiles
            if a.id is not None and p.followers is not None and handles_match(a.handle, p.handle)
        ]
        if samples:
            await self.store.record_followers(samples)
            log.info("%s: follower counts for %d account(s)", self.name, len(samples))
        h = h.model_copy(update={"extra": {**h.extra, "profiles_at": now.isoformat()}})
        await self.store.save_health(h)
        self.health = h

    async def _own_accounts(self) -> list[Any]:
        """The council accounts this connector acts as (whose posts and followers it reads): one connector
        per account, the one that publishes for it, so two naming it do not both read it."""
        peers = self.peers or (self.settings,)
        return [a for a in await self.store.accounts()
                if a.id is not None and posting_as(peers, a.platform, a.handle) is self.settings]

    async def _read_relations(self) -> None:
        """Who follows each account this connector posts as, and whom it follows, every RELATIONS_INTERVAL."""
        h, conn = self.health, self.conn
        assert h is not None and conn is not None
        now = self.clock()
        if not self._due("relations_at", RELATIONS_INTERVAL, now):
            return
        for account in await self._own_accounts():
            assert account.id is not None
            try:
                followers = await conn.followers(account.handle, RELATIONS_LIMIT)
                following = await conn.following(account.handle, RELATIONS_LIMIT)
            except NotSupported:
                return
            except ConnectorError as exc:
                log.warning("%s: followers of %s not read: %s", self.name, account.handle, exc)
                return
            n = await self.store.save_relations(
                account.id, seen_at=now, followers=[(p.handle, p.display_name, p.followers) for p in followers],
                following=[(p.handle, p.display_name, p.followers) for p in following])
            log.info("%s: %d people follow or are followed by %s", self.name, n, account.handle)
        self.health = h.model_copy(update={"extra": {**h.extra, "relations_at": now.isoformat()}})
        await self.store.save_health(self.health)

    async def _read_own_posts(self, budget: int | None) -> None:
        """Likes, reposts, replies, quotes (and impressions) of the council's posts that are due a reading."""
        h, conn = self.health, self.conn
        assert h is not None and conn is not None
        now = self.clock()
        accounts = [a.id for a in await self._own_accounts() if a.id is not None]
        if not accounts:
            return
        limit = min(READINGS_PER_CYCLE, max(20, 4 * conn.counts_batch))
        cap = self.settings.monthly_read_cap
        month = month_key(now)
        used = int(h.extra.get("readings_used") or 0) if h.extra.get("readings_month") == month else 0
        if cap is not None:
            limit = min(limit, int(cap * READINGS_SHARE) - used, budget if budget is not None else limit)
            if limit <= 0:
                return
        due = await self.store.readings_due(accounts, now=now, limit=limit)
        if not due:
            return
        try:
            counts = await conn.post_counts([d.platform_post_id for d in due])
        except NotSupported:
            return
        except ConnectorError as exc:
            log.warning("%s: engagement of our posts not read: %s", self.name, exc)
            return
        # the reads are spent once the network answered: counted first, so a failure storing them
        # (or a kill in between) can only over-count the monthly cap, never under-count it
        extra = {**h.extra, "readings_used": used + len(counts), "readings_month": month}
        update: dict[str, Any] = {"extra": extra}
        if cap is not None:
            update.update(budget_used=(h.budget_used or 0) + len(counts), budget_month=month)
        self.health = h.model_copy(update=update)
        await self.store.save_health(self.health)
        gone = PostCounts()  # a post the network no longer has: read once, as nothing, so it is not asked again
        await self.store.record_readings(
            PostReading(target_id=d.target_id, stage=d.stage, measured_at=now, counts=counts.get(d.platform_post_id, gone))
            for d in due
        )
        log.info("%s: engagement of %d of our post(s) read", self.name, len(counts))

    async def aclose(self) -> None:
        if self.conn is not None:
            with contextlib.suppress(Exception):
                await self.conn.aclose()


# --------------------------------------------------------------------------- the service


@dataclass
class PollReport:
    """What a run did (for `poll --once` and tests)."""

    outcomes: dict[str, CycleOutcome] = field(default_factory=dict)
    scored: int = 0
    published: int = 0

    @property
    def inserted(self) -> int:
        return sum(o.inserted for o in self.outcomes.values())

    @property
    def failed(self) -> list[str]:
        return [name for name, o in self.outcomes.items() if o.error]

    def summary(self) -> str:
        parts = []
        for name, o in self.outcomes.items():
            if o.error:
                parts.append(f"{name}: FAILED — {o.error}")
            elif o.skipped:
                parts.append(f"{name}: waiting — {o.skipped}")
            else:
                parts.append(f"{name}: {o.inserted} new of {o.received} in {o.pages} page(s)"
                             + (f", {o.edited} edited" if o.edited else "")
                             + (set_aside_words(o.set_aside) if o.set_aside else ""))
        return "; ".join(parts) or "no connectors enabled"


class Poller:
    """All enabled connectors of one config, on one store."""

    def __init__(
        self,
        store: Store,
        config: Config,
        secrets: Mapping[str, str],
        *,
        clock: Callable[[], datetime] = wall_clock.now,
        state_dir: Path | None = None,
        builder: Callable[..., Connector] | None = None,
        max_pages: int = MAX_PAGES,
        housekeeping_seconds: float = HOUSEKEEPING_SECONDS,
        log_filter: RedactingFilter | None = None,
    ) -> None:
        from connectors.registry import build, find_secret

        self.store = store
        self.config = config
        self.clock = clock
        self.housekeeping_seconds = housekeeping_seconds
        self.report = PollReport()
        self._new = asyncio.Event()
        self.runners: list[ConnectorRunner] = []
        builder = builder or build
        for settings in config.connectors:
            if not settings.enabled:
                continue
            sessions = SessionFile(state_dir, settings.name)

            def make(settings: ConnectorSettings = settings, sessions: SessionFile = sessions) -> Connector:
                kw: dict[str, Any] = {"clock": clock}
                if settings.type == "bluesky":
                    kw.update(session=sessions.load(), on_session=sessions.save)
                return builder(settings, secrets, **kw)

            self.runners.append(ConnectorRunner(
                settings, store, make, clock=clock, max_pages=max_pages, log_filter=log_filter,
                on_ingest=lambda n: self._new.set(), secret=find_secret(settings, secrets), peers=config.connectors,
            ))

    # -- the connectors the publisher uses: each account's own, never another account's
    def publishing_connectors(self, accounts: list[Any]) -> dict[int, Connector]:
        out: dict[int, Connector] = {}
        for runner in self.runners:
            owned = [a for a in accounts if a.id is not None and runner.settings.publishes_as(a.platform, a.handle)]
            if not owned:
                continue
            try:
                conn = runner._connector()
            except ConnectorError:
                continue
            for account in owned:
                out.setdefault(account.id, conn)
        return out

    async def housekeeping(self) -> None:
        """Score what arrived, publish what is due, remind of FOI deadlines; failures are logged, polling carries on."""
        now = self.clock()
        try:
            scored = await _score_pending(self.store, self.config, now)
            self.report.scored += scored
            from brent_tui.services.scoring import refresh_watches

            await refresh_watches(self.store, self.config, now=now)
            from brent_tui.services.learning import retrain_if_due

            await retrain_if_due(self.store)  # the learned model, once enough new decisions were made
        except Exception:
            log.exception("scoring new mentions failed (polling carries on)")
        try:
            from brent_tui.services.publisher import publish_due

            connectors = self.publishing_connectors(await self.store.accounts())
            if self.runners:  # a deployment that talks to networks: a post without its account's connector fails in words
                report = await publish_due(self.store, connectors, now=now)
                self.report.published += len(report.published) + len(report.server_scheduled)
        except Exception:
            log.exception("publishing due posts failed (polling carries on)")
        try:
            from brent_tui.services.reminders import run_foi_reminders

            await run_foi_reminders(self.store, self.config)  # real time: one reminder per London day
        except Exception:
            log.exception("FOI reminders failed (polling carries on)")

    async def run_once(self, stop: asyncio.Event | None = None) -> PollReport:
        """One cycle of every connector (concurrently), honouring holds; then housekeeping."""
        now = self.clock()

        async def one(runner: ConnectorRunner) -> None:
            await runner.load()
            until = runner.waiting_until(now, holds_only=True)
            if until is not None:
                h = runner.health
                self.report.outcomes[runner.name] = CycleOutcome(
                    skipped=f"not before {_when(until)} ({(h.extra.get('hold_words') or h.last_error) if h else 'hold'})")
                log.info("%s: skipped until %s", runner.name, _when(until))
                return
            self.report.outcomes[runner.name] = await runner.cycle(stop)

        await asyncio.gather(*(one(r) for r in self.runners))
        if stop is None or not stop.is_set():
            await self.housekeeping()
        return self.report

    async def run_forever(self, stop: asyncio.Event) -> PollReport:
        """Each connector in its own loop until `stop`; the batch in hand is always finished."""

        async def loop(runner: ConnectorRunner) -> None:
            await runner.load()
            fresh = True  # after a restart, only the network's own "not before" is waited out
            while not stop.is_set():
                until = runner.waiting_until(self.clock(), holds_only=fresh)
                fresh = False
                if until is None:
                    self.report.outcomes[runner.name] = await runner.cycle(stop)
                    h = runner.health
                    until = h.next_attempt_at if h else None
                delay = 0.0 if until is None else max(0.0, (until - self.clock()).total_seconds())
                await _wait(stop, delay)

        async def keeper() -> None:
            while not stop.is_set():
                await self.housekeeping()
                self._new.clear()
                waiter = asyncio.ensure_future(self._new.wait())
                stopper = asyncio.ensure_future(stop.wait())
                try:
                    await asyncio.wait({waiter, stopper}, timeout=self.housekeeping_seconds,
                                       return_when=asyncio.FIRST_COMPLETED)
                finally:
                    waiter.cancel()
                    stopper.cancel()

        await asyncio.gather(*(loop(r) for r in self.runners), keeper())
        return self.report

    async def aclose(self) -> None:
        for runner in self.runners:
            await runner.aclose()


async def _wait(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=max(0.0, seconds))


async def _score_pending(store: Store, config: Config, now: datetime) -> int:
    """Score new mentions with the Triage service (suggested route, priority, sentiment)."""
    from brent_tui.services.scoring import score_pending

    return await score_pending(store, config, now=now)


# --------------------------------------------------------------------------- entry points


async def run_poller(
    store_path: Path | str,
    config: Config,
    secrets: Mapping[str, str],
    *,
    once: bool = False,
    stop: asyncio.Event | None = None,
    state_dir: Path | None = None,
    log_filter: RedactingFilter | None = None,
    handle_signals: bool = True,
) -> PollReport:
    """Lock the database for polling, open it, and poll (once, or until SIGTERM/SIGINT/`stop`)."""
    from brent_tui import paths
    from brent_tui.jobs.locks import poller_lock
    from brent_tui.paths import is_postgres_url
    from brent_tui.store import Store

    path: Path | str = store_path if is_postgres_url(store_path) else Path(store_path).expanduser()
    lock = poller_lock(path).acquire()  # LockHeld (a UserError) names the other poller's pid
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    installed: list[int] = []
    if handle_signals:
        for sig in (signal.SIGTERM, signal.SIGINT):
            try:
                loop.add_signal_handler(sig, _on_signal, stop, sig)
                installed.append(sig)
            except (NotImplementedError, RuntimeError, ValueError):
                pass
    poller: Poller | None = None
    try:
        store = await Store.open(path)
        try:
            store.check_writable()  # a poller only writes: refuse now, not on every batch
            await store.sync_config_accounts(config.accounts)  # so follower counts have somewhere to go
            poller = Poller(store, config, secrets, state_dir=state_dir or paths.state_dir(), log_filter=log_filter)
            log.info("poller started (lock: %s): %d connector(s)%s", lock.where, len(poller.runners),
                     " — once" if once else "")
            if once:
                return await poller.run_once(stop)
            watch = asyncio.create_task(_watch_lock(lock, stop))
            try:
                return await poller.run_forever(stop)
            finally:
                watch.cancel()
        finally:
            if poller is not None:
                await poller.aclose()
            await store.close()
    finally:
        for sig in installed:
            loop.remove_signal_handler(sig)
        lock.release()
        log.info("poller stopped")


async def _watch_lock(lock: Any, stop: asyncio.Event, every: float = 5.0) -> None:
    """Stop polling if the lock is lost (on PostgreSQL its connection can drop): two pollers must never run."""
    while not stop.is_set():
        await asyncio.sleep(every)
        if await asyncio.to_thread(lock.lost):
            log.error("the poller lock was lost (%s): stopping, so that two pollers never run at once", lock.where)
            stop.set()


def _on_signal(stop: asyncio.Event, sig: int) -> None:
    log.info("%s received: finishing the batch in hand, then stopping", signal.Signals(sig).name)
    stop.set()


async def run_in_app(app: Any) -> None:
    """The app's in-process poller (one user). Quietly stands aside when a poller service runs."""
    from brent_tui.config import load_secrets
    from brent_tui.domain.errors import UserError
    from brent_tui.jobs.locks import LockHeld

    stop = asyncio.Event()
    handlers: list[tuple[logging.Logger, logging.Handler, bool, int]] = []
    try:
        secrets = load_secrets(app.config)
        scrub = RedactingFilter(secrets)
        handlers = _app_log_handlers(scrub)
        await run_poller(app.db_path, app.config, secrets, stop=stop, handle_signals=False, log_filter=scrub)
    except LockHeld as exc:
        log.info("in-app polling off: %s", exc)
    except UserError as exc:
        app.notify(f"Polling is off: {exc}", title="Poller", severity="warning", markup=False, timeout=10)
    except asyncio.CancelledError:
        stop.set()
        raise
    finally:
        for logger, handler, propagate, level in handlers:
            logger.removeHandler(handler)
            logger.propagate, logger.level = propagate, level
            handler.close()


def _app_log_handlers(scrub: RedactingFilter) -> list[tuple[logging.Logger, logging.Handler, bool, int]]:
    """Inside the TUI, warnings go to the log file (secrets scrubbed), never onto the screen."""
    from brent_tui import paths

    try:
        path = paths.log_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(scrub)
    out = []
    for name in ("brent_tui.jobs.poller", "brent_tui.services", "connectors"):
        logger = logging.getLogger(name)
        out.append((logger, handler, logger.propagate, logger.level))
        logger.addHandler(handler)
        logger.propagate = False
        if logger.level == logging.NOTSET or logger.level > logging.WARNING:
            logger.setLevel(logging.WARNING)
    return out
