"""`python -m benchmarks [--quick] [--rows N] [--runs R] [--url postgresql://…]`: measure brent-tui at a million mentions.

Builds (once) or reuses the benchmark database, then prints every figure with its median,
p95 and p99, its ratio to the target (≤ 1.00 holds) and the machine's floor beside it (a minimal
Textual app started and keyed in the same run: machines here differ by 2× or more), and writes
the same as JSON. `--quick`: 20,000 mentions and fewer samples, the app figures only.
`--url`: an empty PostgreSQL database; the benchmark database is copied into it (`migrate-to`) and
ingest, full-text search, keypress → decision → next painted and live sync between two processes
are measured there too, printed beside SQLite's.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.common import BENCH_DIR, Figure, database, print_table, scratch_copy, write_json
from benchmarks.figures_live import live_sync_figure
from benchmarks.figures_store import foi_due_figure, ingest_figure, search_figure, size_figure
from benchmarks.triage_eval import evaluate_split, learned_figures, triage_figures
from brent_tui.domain.triage_eval import report_lines
from brent_tui.services.learning import starter_model

FULL = {"rows": 1_000_000, "runs": 5, "tabs": 5, "scroll": 30, "triage": 100}
QUICK = {"rows": 20_000, "runs": 3, "tabs": 3, "scroll": 10, "triage": 30}


def _probe(module: str, *args: str) -> dict:
    """Run a probe in a new process (its clock starts as the process does) → its JSON line."""
    t0 = time.time()
    proc = subprocess.run([sys.executable, "-m", module, repr(t0), *args], capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{module} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def app_figures(db: Path, runs: int, scroll: int, triage: int, tabs: int) -> list[Figure]:
    """The machine's floor, cold start, tab switches, scroll, triage keypress and memory.

    Each run starts the minimal Textual app (the floor) and then the app, each in a new process
    (the app on a copy of the database), so both meet the machine in the same state.
    """
    from brent_tui.domain.roles import login_name
    from brent_tui.jobs.demo import demo_config_text
    from brent_tui.tabs import TABS

    config = BENCH_DIR / "bench-config.toml"
    config.write_text(demo_config_text(login_name()))
    floor_start, floor_key, cold, ratio, scroll_ms, triage_ms, memory = [], [], [], [], [], [], []
    tab_ms: dict[str, list[float]] = {tab.name: [] for tab in TABS}
    tab_painted: list[float] = []
    for run in range(runs):
        floor = _probe("benchmarks.probe_floor", "--keys", "50")
        copy = scratch_copy(db, "app-scratch.sqlite")
        t0 = time.time()
        proc = subprocess.run(
            [sys.executable, "-m", "benchmarks.probe_app", str(copy), str(config), repr(t0),
             "--scroll", str(scroll), "--triage", str(triage if run == 0 else 0), "--tabs", str(tabs)],
            capture_output=True, text=True,
        )
        if proc.returncode != 0:
            raise RuntimeError(f"app probe failed:\n{proc.stderr[-3000:]}")
        result = json.loads(proc.stdout.strip().splitlines()[-1])
        floor_start.append(floor["start_s"])
        floor_key.extend(floor["key_ms"])
        cold.append(result["cold_start_s"])
        ratio.append(result["cold_start_s"] / floor["start_s"])
        for name, samples in result.get("tab_ms", {}).items():
            tab_ms[name].extend(samples)
        for samples in result.get("tab_painted_ms", {}).values():
            tab_painted.extend(samples)
        scroll_ms.extend(result["scroll_ms"])
        triage_ms.extend(result.get("triage_ms", []))
        memory.append(result["hwm_mb"])
        slowest = max(((max(v), k) for k, v in result.get("tab_ms", {}).items() if v), default=None)
        print(f"  app run {run + 1}/{runs}: floor {floor['start_s']:.2f} s, cold start {result['cold_start_s']:.2f} s "
              f"({ratio[-1]:.2f}× the floor), peak memory {result['hwm_mb']:.0f} MB"
              + (f", slowest tab switch {slowest[0]:.0f} ms ({slowest[1]})" if slowest else ""), flush=True)
    start_floor = statistics.median(floor_start)
    key_floor = statistics.median(floor_key)
    figures = [
        Figure("floor: a minimal Textual app, process start → painted", "s", None, "lower", samples=floor_start),
        Figure("floor: a minimal Textual app, keypress → painted", "ms", None, "lower", samples=floor_key),
        Figure("cold start: process start → feed painted with the newest", "s", 1.0, "lower", samples=cold,
               floor=start_floor),
        Figure("cold start ÷ the floor's start (same run)", "×", 2.0, "lower", samples=ratio),
    ]
    if tab_painted:  # the tab's own first frame, its data or not: a load never holds the switch
        figures.append(Figure("tab switch → the tab painted (any tab; its data may follow)", "ms", 100, "lower",
                              samples=tab_painted, stat="p95", floor=key_floor))
    for tab in TABS:
        if tab_ms[tab.name]:
            figures.append(Figure(f"tab switch → {tab.label} painted with its data", "ms", 100, "lower",
                                  samples=tab_ms[tab.name], stat="p95", floor=key_floor))
    figures += [
        Figure("keypress → triage decision committed → next mention painted", "ms", 50, "lower",
               samples=triage_ms, stat="p99", floor=key_floor),
        Figure("feed scroll one page at the deep end of the database", "ms", 50, "lower", samples=scroll_ms,
               stat="p99", floor=key_floor),
        Figure("resident memory of one app session (peak)", "MB", 120, "lower", samples=memory),
    ]
    for f in figures:
        if not f.samples:
            continue
        s = f.summary()
        f.value = s[f.stat] if f.stat in ("p95", "p99") else s["median"]
    figures[-1].value = max(memory)
    figures[-1].stat = "max"
    return figures


def keypress_figure(where: Path | str, triage: int) -> Figure:
    """Keypress → triage decision committed → next mention painted, in one app run on `where`."""
    from brent_tui.domain.roles import login_name
    from brent_tui.jobs.demo import demo_config_text

    config = BENCH_DIR / "bench-config.toml"
    config.write_text(demo_config_text(login_name()))
    t0 = time.time()
    proc = subprocess.run([sys.executable, "-m", "benchmarks.probe_app", str(where), str(config), repr(t0),
                           "--scroll", "0", "--triage", str(triage), "--tabs", "0"], capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"app probe failed:\n{proc.stderr[-3000:]}")
    samples = json.loads(proc.stdout.strip().splitlines()[-1]).get("triage_ms", [])
    fig = Figure("keypress → triage decision committed → next mention painted", "ms", 50, "lower",
                 samples=samples, stat="p99")
    fig.value = fig.summary()["p99"]
    return fig


def side_by_side(db: Path, url: str, rows: int, triage: int) -> dict[str, tuple[Figure, Figure]]:
    """The four figures on both backends: the SQLite file (a scratch copy where they write) and
    PostgreSQL (the benchmark database copied in first)."""
    import asyncio

    from brent_tui.paths import redact_url
    from brent_tui.store import Store
    from brent_tui.store.copy import copy_to_postgres

    async def copy() -> None:
        async with await Store.open(db, create=False) as lite, await Store.open(url) as pg:
            await copy_to_postgres(lite, pg)

    print(f"copying the benchmark database into {redact_url(url)} (migrate-to) …", flush=True)
    t0 = time.perf_counter()
    asyncio.run(copy())
    print(f"  copied {rows:,} mentions in {time.perf_counter() - t0:.0f} s", flush=True)
    out: dict[str, tuple[Figure, Figure]] = {}
    print("side by side: ingest …", flush=True)
    out["ingest"] = (ingest_figure(db), ingest_figure(url))
    print("side by side: full-text search …", flush=True)
    out["search"] = (search_figure(db), search_figure(url))
    print("side by side: keypress → decision → next painted …", flush=True)
    out["keypress"] = (keypress_figure(scratch_copy(db, "keypress-scratch.sqlite"), triage), keypress_figure(url, triage))
    print("side by side: live sync between two processes …", flush=True)
    out["live"] = (live_sync_figure(scratch_copy(db, "live-scratch.sqlite")), live_sync_figure(url))
    return out


def print_side_by_side(pairs: dict[str, tuple[Figure, Figure]]) -> None:
    print(f"\n{'SQLite and PostgreSQL, the same figures':<58} {'SQLite':>14} {'PostgreSQL':>14} {'target':>12}")
    for lite, pg in pairs.values():
        unit = lite.unit
        print(f"{lite.name[:57]:<58} {lite.value or 0:>11,.1f} {lite.stat if lite.stat != 'median' else 'med':>2} "
              f"{pg.value or 0:>11,.1f} {pg.stat if pg.stat != 'median' else 'med':>2} "
              f"{('≥ ' if lite.better == 'higher' else '≤ ') + f'{lite.target:,g}' if lite.target else '':>10} {unit}")


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true",
                        help="a few minutes while developing: 20,000 mentions (unless --rows), 3 runs, fewer "
                             "samples, the app figures only")
    parser.add_argument("--rows", type=int, default=None, help="mentions in the benchmark database (1,000,000)")
    parser.add_argument("--runs", type=int, default=None, help="app processes started (cold start samples; 5)")
    parser.add_argument("--tabs", type=int, default=None, help="rounds through every tab per app run (5)")
    parser.add_argument("--scroll", type=int, default=None, help="page-ups per app run at the deep end (30)")
    parser.add_argument("--triage", type=int, default=None, help="triage decisions timed in the first run (100)")
    parser.add_argument("--out", type=Path, default=None, help="JSON results file (benchmarks/results.json)")
    parser.add_argument("--url", help="an empty PostgreSQL database: measure there too, beside SQLite")
    args = parser.parse_args()
    defaults = QUICK if args.quick else FULL
    rows, runs, tabs, scroll, triage = (getattr(args, k) if getattr(args, k) is not None else defaults[k]
                                        for k in ("rows", "runs", "tabs", "scroll", "triage"))
    out = args.out or Path("benchmarks/results-quick.json" if args.quick else "benchmarks/results.json")

    started = time.perf_counter()
    db = database(rows)
    print(f"database: {db} ({rows:,} mentions)", flush=True)
    figures: list[Figure] = []
    print("app runs (each: the floor, then the app)…", flush=True)
    figures += app_figures(db, runs, scroll, triage, tabs)
    if not args.quick:
        print("full-text search…", flush=True)
        figures.append(search_figure(db))
        print("ingest…", flush=True)
        figures.append(ingest_figure(db))
        print("foi due…", flush=True)
        figures.append(foi_due_figure())
        figures.append(size_figure(db, rows))
        print("triage on the held-out test split (rules only)…", flush=True)
        triage_result = evaluate_split("test")
        print("\n".join(f"  {line}" for line in report_lines(triage_result)), flush=True)
        figures += triage_figures(triage_result)
        print("triage on the held-out test split as shipped (rules + the starter model)…", flush=True)
        shipped = evaluate_split("test", starter_model())
        print("\n".join(f"  {line}" for line in report_lines(shipped)), flush=True)
        figures += triage_figures(shipped, "as shipped: rules + the starter model")
        print("triage on the held-out test split (rules + a model learned from the train split)…", flush=True)
        learned, curve = learned_figures("test")
        print("\n".join(f"  {line}" for line in curve), flush=True)
        figures += learned
    pairs = side_by_side(db, args.url, rows, triage) if args.url else {}
    if not pairs and not args.quick:
        print("live sync between two processes (SQLite) …", flush=True)
        figures.append(live_sync_figure(scratch_copy(db, "live-scratch.sqlite")))
    figures += [pair[0] for pair in pairs.values() if pair[0].name.startswith("live")]
    print()
    print_table(figures)
    if pairs:
        print_side_by_side(pairs)
    elapsed = time.perf_counter() - started
    print(f"\n(ratio = figure / target for lower-is-better, target / figure otherwise: ≤ 1.00 holds; the floor "
          f"column is the minimal Textual app's median in the same run, start beside start and keypress beside "
          f"keypresses; {elapsed:.0f} s in all)")
    write_json(figures, out, {"rows": rows, "runs": runs, "quick": args.quick, "python": sys.version.split()[0],
                              "machine": platform.machine(), "cpus": os.cpu_count(),
                              "date": datetime.now(UTC).isoformat(timespec="seconds"), "elapsed_s": elapsed,
                              "postgresql": {k: {"sqlite": pair[0].value, "postgresql": pair[1].value,
                                                 "unit": pair[0].unit} for k, pair in pairs.items()}})
    print(f"JSON: {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
