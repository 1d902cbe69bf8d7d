"""Territories, side by side: gridgov's split against naive stripes (equal building counts, west
to east) on synthetic communities (600 buildings, 1,336 households).

    python bench/territory_benchmark.py --seeds 0 1 2 3 4 --grids 4 8 12 --tolerances 0.05 0.02 \\
        --csv bench/results/territory-synth.csv

For each community seed and number of grids k: gridgov.territory.split (split seed --split-seed,
--restarts starts) at each tolerance, and gridgov.territory.naive_split. Every split is measured
by the independent checker (gridgov.territory's Split.check): workload spread as the largest
grid's workload over the smallest's and as the coefficient of variation; walking per grid as
the least total walk from one of its buildings to the others (metres), its mean and maximum over
the grids; grids in one piece. Results go to a tidy CSV, one row per run, and a table of means
over the seeds on stdout.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import time
from pathlib import Path


def one(community, seed: int, k: int, method: str, tolerance: float | None, split_seed: int, restarts: int) -> dict:
    from gridgov import territory

    start = time.perf_counter()
    if tolerance is None:
        s = territory.naive_split(community, k)
    else:
        s = territory.split(community, k, seed=split_seed, restarts=restarts, tolerance=tolerance)
    seconds = time.perf_counter() - start
    c = s.check()
    return dict(
        community_seed=seed, grids=k, method=method, tolerance=tolerance if tolerance is not None else "",
        seconds=round(seconds, 3), max_over_min=round(c.max_over_min, 4), variation=round(c.variation, 4),
        walking_mean_m=round(statistics.mean(c.walking)), walking_max_m=max(c.walking),
        connected_grids=sum(1 for p in c.pieces if p == 1), valid=c.valid,
    )


def table(rows: list[dict]) -> None:
    print("| k | method | max/min | CV | walking per grid, mean m | walking per grid, max m | connected grids | seconds |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|")
    keys = dict.fromkeys((r["grids"], r["method"]) for r in rows)
    for k, method in keys:
        group = [r for r in rows if r["grids"] == k and r["method"] == method]
        mean = lambda name: statistics.mean(r[name] for r in group)  # noqa: E731
        connected = sum(r["connected_grids"] for r in group)
        print(f"| {k} | {method} | {mean('max_over_min'):.3f} | {mean('variation'):.3f} | {mean('walking_mean_m'):,.0f} "
              f"| {mean('walking_max_m'):,.0f} | {connected} of {k * len(group)} | {mean('seconds'):.2f} |")


def main() -> None:
    from gridgov import synth

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", type=int, nargs="+", required=True, help="community seeds")
    parser.add_argument("--grids", type=int, nargs="+", default=[4, 8, 12])
    parser.add_argument("--tolerances", type=float, nargs="+", default=[0.05])
    parser.add_argument("--split-seed", type=int, default=1)
    parser.add_argument("--restarts", type=int, default=8)
    parser.add_argument("--csv", type=Path)
    args = parser.parse_args()
    rows = []
    for seed in args.seeds:
        community = synth.community(seed=seed)
        for k in args.grids:
            for tolerance in args.tolerances:
                rows.append(one(community, seed, k, f"gridgov {tolerance:.0%}", tolerance, args.split_seed, args.restarts))
            rows.append(one(community, seed, k, "stripes", None, args.split_seed, args.restarts))
    if args.csv:
        args.csv.parent.mkdir(parents=True, exist_ok=True)
        with args.csv.open("w", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    rows.sort(key=lambda r: (r["grids"], r["method"] == "stripes", r["method"]))
    table(rows)


if __name__ == "__main__":
    main()
