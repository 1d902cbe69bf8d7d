"""Watch-post duty, side by side: gridgov's roster solver against a HiGHS MIP of the same model
(gridgov.bench.roster_mip), on synthetic communities of 60 volunteers, 8 posts and 7 days.

    python bench/duty_benchmark.py --seeds 0 1 2 --time-limit 10 --mip-time-limit 600 --csv duty.csv

For each community seed: gridgov plans for --time-limit seconds (one thread, solver seed 1); HiGHS
solves the MIP for --mip-time-limit seconds (one thread). Both rosters are scored by gridgov's
independent evaluator. The table gives each objective, HiGHS's dual bound and status, gridgov's
gap to HiGHS's roster and to its bound (the optimum lies between the bound and the better of
the two rosters).
"""

from __future__ import annotations

import argparse
import csv
import time
from pathlib import Path


def one(seed: int, seconds: float, mip_seconds: float) -> dict:
    from gridgov import duty, roster, synth
    from gridgov.bench.roster_mip import solve_mip

    community = synth.community(seed=seed)
    problem = duty.problem(community)
    start = time.perf_counter()
    plan = duty.plan(community, time_limit=seconds, seed=1)
    ours = time.perf_counter() - start
    assert roster.evaluate(problem.problem, plan.result.roster).objective == plan.objective
    mip = solve_mip(problem.problem, mip_seconds, threads=1, seed=1)
    theirs = roster.evaluate(problem.problem, mip.roster) if mip.roster is not None else None
    best = min(plan.objective, theirs.objective) if theirs is not None and theirs.feasible else plan.objective
    return dict(
        community_seed=seed, volunteers=len(community.volunteers), posts=len(community.posts),
        blocks=len(problem.problem.shifts), gridgov_seconds=round(ours, 2), gridgov=plan.objective,
        gridgov_feasible=plan.feasible, spread_hours=plan.spread_hours,
        mip=theirs.objective if theirs is not None else None, mip_feasible=theirs.feasible if theirs is not None else None,
        mip_bound=round(mip.bound, 1), mip_status=mip.status, mip_seconds=round(mip.seconds + mip.build_seconds, 1),
        gap_to_mip_percent=round((plan.objective - theirs.objective) / theirs.objective * 100, 3) if theirs is not None else None,
        gap_to_best_percent=round((plan.objective - best) / best * 100, 3),
        gap_to_bound_percent=round((plan.objective - mip.bound) / plan.objective * 100, 3),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", type=int, nargs="+", required=True, help="community seeds")
    parser.add_argument("--time-limit", type=float, default=10.0, help="gridgov's seconds")
    parser.add_argument("--mip-time-limit", type=float, default=600.0, help="HiGHS's seconds")
    parser.add_argument("--csv", type=Path)
    args = parser.parse_args()
    rows = []
    for seed in args.seeds:
        rows.append(one(seed, args.time_limit, args.mip_time_limit))
        if args.csv:
            with args.csv.open("w", newline="") as f:
                writer = csv.DictWriter(f, fieldnames=list(rows[0]))
                writer.writeheader()
                writer.writerows(rows)
    print("| community | gridgov | HiGHS roster | HiGHS bound (status) | gap to HiGHS roster % | gap to bound % |")
    print("|---|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['community_seed']} | {r['gridgov']} | {r['mip']} | {r['mip_bound']:.0f} ({r['mip_status']}) "
              f"| {r['gap_to_mip_percent']} | {r['gap_to_bound_percent']} |")


if __name__ == "__main__":
    main()
