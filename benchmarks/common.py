"""Shared pieces: the cached 1M database, timing statistics and the result table."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH_DIR = Path(os.environ.get("BRENT_BENCH_DIR", ROOT / ".bench"))
ANCHOR = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)  # fixed, so the cached database is reusable


@dataclass
class Figure:
    name: str
    unit: str
    target: float | None  # None: printed only
    better: str  # "lower" or "higher"
    samples: list[float] = field(default_factory=list)
    value: float | None = None  # the headline number (median, p95, p99 or a rate)
    stat: str = "median"
    note: str = ""
    floor: float | None = None  # the machine's floor for this figure, in its unit (a minimal Textual app)

    def summary(self) -> dict[str, float | None]:
        if not self.samples:
            return {"median": self.value, "p95": None, "p99": None}
        return {"median": statistics.median(self.samples), "p95": percentile(self.samples, 95),
                "p99": percentile(self.samples, 99)}

    def ratio(self) -> float | None:
        if self.target is None or self.value is None or self.value == 0:
            return None
        return self.value / self.target if self.better == "lower" else self.target / self.value

    def holds(self) -> bool | None:
        if self.target is None or self.value is None:
            return None
        return self.value <= self.target if self.better == "lower" else self.value >= self.target


def percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * pct / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def database(rows: int, *, log: Callable[..., None] = print) -> Path:
    """The benchmark database with `rows` mentions, built once and reused while the schema holds."""
    from brent_tui.jobs.demo import DEMO_VERSION
    from brent_tui.store import SCHEMA_VERSION

    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    path = BENCH_DIR / f"bench-{rows}.sqlite"
    stamp = path.with_suffix(".json")
    wanted = {"rows": rows, "schema": SCHEMA_VERSION, "demo": DEMO_VERSION, "anchor": ANCHOR.isoformat()}
    if path.exists() and stamp.exists() and json.loads(stamp.read_text()) == wanted:
        return path
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"), stamp):
        p.unlink(missing_ok=True)
    from brent_tui.jobs.demo import build_demo

    log(f"building the benchmark database: {rows:,} mentions (once; cached in {BENCH_DIR})", flush=True)
    start = time.perf_counter()
    asyncio.run(build_demo(path, mentions=rows, seed=11, now=ANCHOR, progress=lambda m: log(f"  {m}", flush=True)))
    log(f"  built in {time.perf_counter() - start:.0f} s", flush=True)
    stamp.write_text(json.dumps(wanted))
    return path


def scratch_copy(path: Path, name: str) -> Path:
    """A throw-away copy of the benchmark database for figures that write."""
    target = BENCH_DIR / name
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copyfile(path, target)
    return target


def print_table(figures: list[Figure]) -> None:
    header = (f"{'figure':<58} {'median':>10} {'p95':>10} {'p99':>10} {'floor':>8} {'target':>12} {'ratio':>7}"
              "  holds")
    print(header)
    print("-" * len(header))
    for f in figures:
        s = f.summary()

        def fmt(v: float | None) -> str:
            if v is None:
                return "–"
            return f"{v:,.1f}" if abs(v) >= 100 else f"{v:,.2f}"

        target = "–" if f.target is None else f"{'≤' if f.better == 'lower' else '≥'}{fmt(f.target)}"
        ratio = f.ratio()
        holds = {True: "yes", False: "NO", None: ""}[f.holds()]
        print(f"{f.name + ' (' + f.unit + ')':<58} {fmt(s['median']):>10} {fmt(s['p95']):>10} {fmt(s['p99']):>10} "
              f"{fmt(f.floor):>8} {target:>12} {'–' if ratio is None else f'{ratio:.2f}':>7}  {holds}")
        if f.note:
            print(f"    {f.note}")


def write_json(figures: list[Figure], path: Path, extra: dict) -> None:
    out = {"figures": [{**asdict(f), **f.summary(), "ratio": f.ratio(), "holds": f.holds()} for f in figures],
           **extra}
    path.write_text(json.dumps(out, indent=2, default=str))
