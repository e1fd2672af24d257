"""Figures measured on the store and the shell: ingest, full-text search, `foi due`, size."""

from __future__ import annotations

import asyncio
import os
import random
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

from benchmarks.common import ANCHOR, Figure, scratch_copy
from brent_tui.domain.models import MentionIn, Platform

WORDS = ["bins", "recycling", "missed", "collection", "council", "tax", "parking", "permit", "pothole", "street", "light", "housing", "repair", "damp", "mould", "library", "school", "admissions", "planning", "application", "Wembley", "event", "traffic", "flooding", "noise", "fly-tipping", "Kilburn", "Harlesden", "Willesden", "Neasden", "Kingsbury", "Alperton", "Sudbury", "Wembley", "Park"]

QUERIES = [
    "bins", "missed", '"council tax"', "parking AND wembley", "flood*", "pothole OR potholes",
    "housing NOT repairs", "library", "\"missed bin\"", "damp AND mould", "kilburn", "harlesden AND noise",
    "planning", "recycl*", "event NEAR traffic", "street light*", "school admissions", "fly-tipping",
    "alperton OR sudbury", "wembley park",
]


def synthetic_mentions(n: int, seed: int = 5) -> list[MentionIn]:
    """Normalised mentions as a connector hands them over (built before the clock starts)."""
    rng = random.Random(seed)
    platforms = [Platform.X, Platform.MASTODON, Platform.BLUESKY, Platform.FACEBOOK, Platform.RSS]
    out = []
    for i in range(n):
        platform = platforms[i % len(platforms)]
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 30)))
        out.append(MentionIn(
            platform=platform, platform_id=f"bench-{seed}-{i}", author_handle=f"bench_author_{rng.randint(0, 20000)}",
            author_name="Bench Author", author_followers=rng.randint(20, 100_000), text=text,
            created_at=ANCHOR + timedelta(seconds=i), likes=rng.randint(0, 50), source="bench",
        ))
    return out


async def _ingest(path: Path | str, mentions: list[MentionIn], batch: int) -> list[float]:
    from brent_tui.store import Store

    rates = []
    async with await Store.open(path) as store:
        for start in range(0, len(mentions), batch):
            chunk = mentions[start:start + batch]
            t0 = time.perf_counter()
            await store.ingest(chunk)
            rates.append(len(chunk) / (time.perf_counter() - t0))
    return rates


def ingest_figure(db: Path | str, *, count: int = 60_000, batch: int = 5_000) -> Figure:
    """Into a scratch copy of the SQLite file; on PostgreSQL into the database itself (its copy of the
    benchmark data), under other ids."""
    mentions = synthetic_mentions(count)
    if isinstance(db, str):
        return _ingest_rates(asyncio.run(_ingest(db, mentions, batch)), count, batch)
    copy = scratch_copy(db, "ingest-scratch.sqlite")
    try:
        rates = asyncio.run(_ingest(copy, mentions, batch))
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(str(copy) + suffix).unlink(missing_ok=True)
    return _ingest_rates(rates, count, batch)


def _ingest_rates(rates: list[float], count: int, batch: int) -> Figure:
    fig = Figure("ingest normalised mentions into the 1M database", "mentions/s", 20_000, "higher",
                 samples=rates, note=f"{count:,} mentions in batches of {batch:,}; full-text index and rollup kept in step per batch")
    fig.value = sorted(rates)[len(rates) // 2]
    return fig


async def _search(db: Path | str, repeats: int) -> list[float]:
    from brent_tui.store import Store

    samples = []
    async with await Store.open(db, create=False) as store:
        for q in QUERIES:  # warm the page cache once, as a running session would be
            await store.search(q, limit=100)
        for _ in range(repeats):
            for q in QUERIES:
                t0 = time.perf_counter()
                await store.search(q, limit=100)
                samples.append((time.perf_counter() - t0) * 1000)
    return samples


def search_figure(db: Path | str, repeats: int = 5) -> Figure:
    samples = asyncio.run(_search(db, repeats))
    fig = Figure("full-text search, 20 typical queries (first 100 hits)", "ms", 20, "lower", samples=samples,
                 stat="p95", note="queries: " + ", ".join(QUERIES[:6]) + ", …")
    fig.value = fig.summary()["p95"]
    return fig


def foi_due_figure(repeats: int = 15) -> Figure:
    exe = Path(sys.executable).with_name("brent-tui")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "brent_tui"]
    cmd += ["foi", "due", "2026-11-25"]
    env = {**os.environ}
    samples = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
        samples.append(time.perf_counter() - t0)
        if proc.returncode != 0:
            raise RuntimeError(f"foi due failed: {proc.stderr}")
    fig = Figure("`brent-tui foi due DATE`, whole process", "s", 0.3, "lower", samples=samples)
    fig.value = fig.summary()["median"]
    return fig


def size_figure(db: Path, rows: int) -> Figure:
    size = sum(Path(str(db) + s).stat().st_size for s in ("", "-wal") if Path(str(db) + s).exists())
    fig = Figure("database size per 1,000,000 mentions (with FTS)", "MB", None, "lower")
    fig.value = size / 1e6 * 1_000_000 / rows
    return fig
