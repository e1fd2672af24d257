"""`python -m benchmarks [--rows N] [--runs R]`: measure brent-tui at a million mentions.

Builds (once) or reuses the benchmark database, then prints every figure with its median,
p95 and p99 and its ratio to the target (≤ 1.00 holds), and writes the same as JSON.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import BENCH_DIR, Figure, database, print_table, scratch_copy, write_json
from benchmarks.figures_store import foi_due_figure, ingest_figure, search_figure, size_figure
from benchmarks.triage_eval import evaluate_split, learned_figures, triage_figures
from brent_tui.domain.triage_eval import report_lines


def app_figures(db: Path, runs: int, scroll: int, triage: int) -> list[Figure]:
    """Cold start, scroll, triage keypress and memory, each run in a new process on a copy."""
    from brent_tui.domain.roles import login_name
    from brent_tui.jobs.demo import demo_config_text

    config = BENCH_DIR / "bench-config.toml"
    config.write_text(demo_config_text(login_name()))
    cold, scroll_ms, triage_ms, memory = [], [], [], []
    for run in range(runs):
        copy = scratch_copy(db, "app-scratch.sqlite")
        t0 = time.time()
        proc = subprocess.run(
            [sys.executable, "-m", "benchmarks.probe_app", str(copy), str(config), repr(t0),
             "--scroll", str(scroll), "--triage", str(triage if run == 0 else 0)],
            capture_output=True, text=True,
        )
        if proc.returncode != 0:
            raise RuntimeError(f"app probe failed:\n{proc.stderr[-3000:]}")
        result = json.loads(proc.stdout.strip().splitlines()[-1])
        cold.append(result["cold_start_s"])
        scroll_ms.extend(result["scroll_ms"])
        triage_ms.extend(result.get("triage_ms", []))
        memory.append(result["hwm_mb"])
        print(f"  app run {run + 1}/{runs}: cold start {result['cold_start_s']:.2f} s, "
              f"peak memory {result['hwm_mb']:.0f} MB", flush=True)
    figures = [
        Figure("cold start: process start → feed painted with the newest", "s", 1.0, "lower", samples=cold),
        Figure("keypress → triage decision committed → next mention painted", "ms", 50, "lower",
               samples=triage_ms, stat="p99"),
        Figure("feed scroll one page at the deep end of the database", "ms", 50, "lower", samples=scroll_ms,
               stat="p99"),
        Figure("resident memory of one app session (peak)", "MB", 120, "lower", samples=memory),
    ]
    for f in figures:
        s = f.summary()
        f.value = s["p99"] if f.stat == "p99" else s["median"]
    figures[3].value = max(memory)
    figures[3].stat = "max"
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000, help="mentions in the benchmark database")
    parser.add_argument("--runs", type=int, default=5, help="app processes started (cold start samples)")
    parser.add_argument("--scroll", type=int, default=30, help="page-ups per app run at the deep end")
    parser.add_argument("--triage", type=int, default=100, help="triage decisions timed in the first run")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results.json"), help="JSON results file")
    args = parser.parse_args()

    started = time.perf_counter()
    db = database(args.rows)
    print(f"database: {db} ({args.rows:,} mentions)", flush=True)
    figures: list[Figure] = []
    print("app runs…", flush=True)
    figures += app_figures(db, args.runs, args.scroll, args.triage)
    print("full-text search…", flush=True)
    figures.append(search_figure(db))
    print("ingest…", flush=True)
    figures.append(ingest_figure(db))
    print("foi due…", flush=True)
    figures.append(foi_due_figure())
    figures.append(size_figure(db, args.rows))
    print("triage on the held-out test split (rules only)…", flush=True)
    triage = evaluate_split("test")
    print("\n".join(f"  {line}" for line in report_lines(triage)), flush=True)
    figures += triage_figures(triage)
    print("triage on the held-out test split (rules + a model learned from the train split)…", flush=True)
    learned, curve = learned_figures("test")
    print("\n".join(f"  {line}" for line in curve), flush=True)
    figures += learned
    print()
    print_table(figures)
    elapsed = time.perf_counter() - started
    print(f"\n(ratio = figure / target for lower-is-better, target / figure otherwise: ≤ 1.00 holds; "
          f"{elapsed:.0f} s in all)")
    write_json(figures, args.out, {"rows": args.rows, "python": sys.version.split()[0],
                                   "machine": platform.machine(), "elapsed_s": elapsed})
    print(f"JSON: {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
