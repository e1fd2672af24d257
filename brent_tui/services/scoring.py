"""Scoring: turn freshly ingested mentions into triage suggestions, in batches, off the UI thread.

For a batch of unscored mentions this gathers what the rules need with a handful of queries
(key people once per call; thread sizes and topic volumes per batch, not per mention), runs
`triage.suggest` in a worker thread (VADER is CPU work) and saves the scores in one
transaction. The app runs `score_loop` in the background; the demo builder calls
`score_pending` once at the end.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from brent_tui import clock
from brent_tui.domain import triage
from brent_tui.domain.learned import LearnedModel
from brent_tui.domain.models import KeyPerson, Mention
from brent_tui.domain.triage_batch import (
    EscalatedPost,
    key_people_index,
    key_person,
    triage_input,
    with_thread,
)
from brent_tui.services import learning
from brent_tui.store.mentions import ScoreUpdate

if TYPE_CHECKING:
    from brent_tui.config import Config
    from brent_tui.store import Store

log = logging.getLogger("brent_tui.scoring")



@dataclass(frozen=True, slots=True)
class _Context:
    """What the rules need beyond the mention, gathered once per batch."""

    key_people: dict[tuple[str, str], KeyPerson]
    threads: dict[int, int]
    volumes: dict[str, tuple[int, float]]  # topic -> (recent, usual per window)
    # Posts replied to, held and suggested escalate, by (network, id).
    escalated: Mapping[tuple[str, str], EscalatedPost] = field(default_factory=dict)


def build_input(m: Mention, ctx: _Context, settings: triage.TriageSettings, now: datetime,
                topic: str | None) -> triage.TriageInput:
    """The rules' view of one stored mention (pure)."""
    return triage_input(m, thread_held=ctx.threads.get(m.id, 0), person=key_person(ctx.key_people, m),
                        volume=ctx.volumes.get(topic or "", (0, 0.0)), now=now)


def _score_batch(mentions: Sequence[Mention], ctx: _Context, settings: triage.TriageSettings, now: datetime,
                 topics: dict[int, str | None], model: LearnedModel | None = None) -> list[ScoreUpdate]:
    inputs = [build_input(m, ctx, settings, now, topics.get(m.id)) for m in mentions]
    out = []
    for m, s in zip(mentions, with_thread(mentions, inputs, settings, model, ctx.escalated), strict=True):
        out.append(ScoreUpdate(
            mention_id=m.id, sentiment=s.sentiment, suggested_route=int(s.route), department=s.department,
            priority=s.priority, topic=s.topic, foi_flag=s.foi, foi_valid=s.foi_valid if s.foi else None,
            reasons=triage.explain(s), language=s.language,
        ))
    return out


def _topics(mentions: Sequence[Mention], settings: triage.TriageSettings) -> dict[int, str | None]:
    out: dict[int, str | None] = {}
    for m in mentions:
        rule = triage.detect_topic(m.text, settings)
        out[m.id] = rule.topic if rule else None
    return out


async def score_pending(store: Store, config: Config, *, now: datetime | None = None, batch: int = 500,
                        limit: int | None = None, progress: Callable[[int], None] | None = None,
                        pause: float = 0.0) -> int:
    """Score every unscored mention (or up to `limit`), `batch` at a time; returns how many.

    Topic volume is measured against `now`: the last `volume_window_hours` against the
    `volume_baseline_hours` before them (as a count per window), counting mentions already
    scored plus those of the batch being scored. `pause` seconds between batches leave the
    write lock and the CPU to officers' decisions while a backlog is scored in the app.
    """
    settings = config.triage
    key_people = key_people_index(await store.key_people())
    window = timedelta(hours=settings.volume_window_hours)
    base = timedelta(hours=settings.volume_baseline_hours)
    per_window = base / window
    done = 0
    while limit is None or done < limit:
        size = batch if limit is None else min(batch, limit - done)
        mentions = await store.unscored(size)
        if not mentions:
            break
        at = now or clock.now()
        topics = await asyncio.to_thread(_topics, mentions, settings)
        recent_since, baseline_since = at - window, at - window - base
        counts = await store.topic_counts(
            {t for t in topics.values() if t}, baseline_since=baseline_since, recent_since=recent_since, until=at
        )
        in_batch: dict[str, list[int]] = {}
        for m in mentions:
            t = topics[m.id]
            if t and baseline_since <= m.created_at < at:
                pair = in_batch.setdefault(t, [0, 0])
                pair[0 if m.created_at >= recent_since else 1] += 1
        volumes = {}
        for t in set(counts) | set(in_batch):
            recent, baseline = counts.get(t, (0, 0))
            extra = in_batch.get(t, [0, 0])
            volumes[t] = (recent + extra[0], (baseline + extra[1]) / per_window)
        ctx = _Context(key_people=key_people, threads=await store.thread_counts(mentions), volumes=volumes,
                       escalated=await store.escalated_posts(mentions))
        model = await learning.current_model(store)
        updates = await asyncio.to_thread(_score_batch, mentions, ctx, settings, at, topics, model)
        await store.save_scores(updates, now=at)
        done += len(updates)
        if progress is not None:
            progress(done)
        if len(mentions) < size:
            break
        if pause:
            await asyncio.sleep(pause)
    return done


async def refresh_watches(store: Store, config: Config, *, now: datetime | None = None) -> int:
    """Bring back watched mentions whose thread grew, drew a high-reach author, or whose topic spiked."""
    at = now or clock.now()
    settings = config.triage
    watches = await store.active_watches(surfaced=False)
    if not watches:
        return 0
    window = timedelta(hours=settings.volume_window_hours)
    base = timedelta(hours=settings.volume_baseline_hours)
    counts = await store.topic_counts({w.topic for w in watches if w.topic}, baseline_since=at - window - base,
                                      recent_since=at - window, until=at)
    surfaced: dict[int, str] = {}
    for w in watches:
        new_replies, joined = await store.watch_signals(w, high_followers=settings.followers_high)
        volume = None
        if w.topic and w.topic in counts:
            recent, baseline = counts[w.topic]
            volume = (recent, baseline / (base / window))
        reasons = triage.watch_triggers(new_replies, joined, w.topic, volume, w.created_by, settings)
        if reasons and w.id is not None:
            surfaced[w.id] = "; ".join(reasons)
    await store.surface_watches(surfaced, now=at)
    return len(surfaced)


async def score_loop(store: Store, config: Config, *, interval: float = 3.0, batch: int = 100,
                     on_scored: Callable[[int], None] | None = None,
                     poller_running: Callable[[], bool] = lambda: False) -> None:
    """The app's background task when no poller runs: score what is unscored, check watches, retrain
    the learned model once enough new decisions were made (`services.learning`), repeat.

    A poller (the service, or the app's own in-process one) does this itself, so the loop
    stands aside while `poller_running()` says one holds the database's poller lock.
    """
    checked = 0.0
    loop = asyncio.get_running_loop()
    while True:
        if await asyncio.to_thread(poller_running):  # a file lock probe: off the screens' loop
            await asyncio.sleep(interval * 10)
            continue
        try:
            n = await score_pending(store, config, batch=batch, pause=0.05)
            if loop.time() - checked > 60 or n:
                checked = loop.time()
                n += await refresh_watches(store, config)
                await learning.retrain_if_due(store)
            if n and on_scored is not None:
                on_scored(n)
        except asyncio.CancelledError:
            raise
        except Exception:  # the loop must survive a busy or closing database
            log.exception("scoring")
        await asyncio.sleep(interval)
