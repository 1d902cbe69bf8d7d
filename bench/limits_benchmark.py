"""How closely solves keep their time limit: routing (a CVRPLIB instance of 1,000 clients, the
largest X instance we carry, and a synthetic door-knocking day) and rostering (the largest
Curtois-Qu instance) solved with several limits and seeds; each run's wall time over its limit.

    python bench/limits_benchmark.py --limits 1 5 10 --seeds 1 2 3 --csv bench/results/limits.csv

Wall time is measured around the whole call, from Python, so it includes building the result
(the schedule DataFrame, the re-check by the evaluator). ``solver_seconds`` is the solver's own
clock, which starts with the Python call too and stops once the result is checked: wall minus
it is building the Python result. Instances come from --data (default ../shared/benchmarks);
the script says which are missing and runs the rest.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pandas as pd

import gridgov
from gridgov import roster, routing

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"


def cases(data: Path) -> dict:
    """name -> (solve function of (time limit, seed), size in words)."""
    out = {}
    x = data / "routing" / "cvrp_x" / "X-n1001-k43.vrp"
    if x.exists():
        inst = routing.read(x, round="round")
        out["routing X-n1001-k43"] = (lambda t, s, i=inst: routing.solve(i, time_limit=t, seed=s, progress=False),
                                      "1,000 clients")
    else:
        print(f"skipped: {x} is missing")
    community = gridgov.synth.community(seed=1)
    day = routing.door_knocking(community, day="thu", campaign_day=3)
    out["routing door-knocking day"] = (lambda t, s: routing.solve(day.problem, time_limit=t, seed=s, progress=False),
                                        f"{len(day.problem.visits)} visits")
    curtois = data / "rostering" / "curtois" / "Instance24.txt"
    if curtois.exists():
        problem = roster.read_curtois(curtois)
        out["roster Curtois 24"] = (lambda t, s: roster.solve(problem, time_limit=t, seed=s, progress=False),
                                    f"{len(problem.staff)} staff, {problem.days} days")
    else:
        print(f"skipped: {curtois} is missing")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limits", type=float, nargs="+", required=True)
    parser.add_argument("--seeds", type=int, nargs="+", required=True)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--csv", type=Path)
    args = parser.parse_args()
    rows = []
    for name, (solve, size) in cases(args.data).items():
        for limit in args.limits:
            for seed in args.seeds:
                start = time.perf_counter()
                result = solve(limit, seed)
                wall = time.perf_counter() - start
                rows.append(dict(case=name, size=size, time_limit=limit, seed=seed, solver_seconds=result.seconds,
                                 wall_seconds=wall, over=wall / limit - 1, stopped_by=result.stopped_by))
                print(f"{name:28} {limit:5.1f} s  seed {seed}: {wall:7.3f} s wall ({100 * (wall / limit - 1):+.1f} %)",
                      flush=True)
    table = pd.DataFrame(rows)
    if args.csv:
        table.to_csv(args.csv, index=False)
    summary = table.groupby(["case", "time_limit"]).agg(median_over=("over", "median"), worst_over=("over", "max"))
    print((summary * 100).round(1).rename(columns=lambda c: c + " %").to_string())


if __name__ == "__main__":
    main()
