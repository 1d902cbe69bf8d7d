"""Planning policies compared on a simulated campaign (docs/simulation.md): days until every
household is reached, kilometres and steps walked, volunteer hours and how evenly they fall.

    python bench/simulation_benchmark.py --seeds 0 1 2 3 4 5 6 7 8 9 --days 21 --jobs 2 \\
        --csv bench/results/simulation-policies.csv

Every policy meets, for each seed, the same community (the default synthetic community at a
fresh start: nobody reached yet), the same home model and the same random draws; each day's
rounds are solved with --max-iterations iterations. The table gives the mean and 95 %
confidence interval (Student's t) of each metric per policy; days_to_cover is averaged over the
runs that reached every household (covered = the share that did).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from gridgov import field, synth

PRIZES = {"red": 3000, "orange": 1500, "green": 600, "per_day": 200}

#: The policies compared: the default and one change at a time.
POLICIES = [
    field.Policy("default"),
    field.Policy("no evening rounds", evening_rounds=False),
    field.Policy("no lit windows", watch_lights=False),
    field.Policy("walk alone", team_size=1),
    field.Policy("teams of three", team_size=3),
    field.Policy("flat prizes", prizes={"red": 1500, "orange": 1500, "green": 1500, "per_day": 0}),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", type=int, nargs="+", required=True, help="simulation seeds (required)")
    parser.add_argument("--days", type=int, default=21)
    parser.add_argument("--max-iterations", type=int, default=1000, help="iterations of each round's solve")
    parser.add_argument("--community-seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=1, help="simulations at a time (threads)")
    parser.add_argument("--policies", nargs="+", choices=[p.name for p in POLICIES], help="only these policies")
    parser.add_argument("--duty-and-deliveries", action="store_true",
                        help="plan the posts' duty and deliveries first each day (they take volunteers' time)")
    parser.add_argument("--csv", type=Path, help="write one row per policy and seed here")
    args = parser.parse_args()

    community = synth.community(seed=args.community_seed, day=0, reached=0.0)
    start = time.perf_counter()
    policies = [p for p in POLICIES if args.policies is None or p.name in args.policies]
    comparison = field.compare(community, policies, seeds=args.seeds, days=args.days, max_iterations=args.max_iterations,
                               jobs=args.jobs, duty=args.duty_and_deliveries, deliveries=args.duty_and_deliveries)
    seconds = time.perf_counter() - start
    if args.csv:
        args.csv.parent.mkdir(parents=True, exist_ok=True)
        comparison.runs.to_csv(args.csv, index=False)
    print(f"{len(comparison.runs)} simulations of community {community.id} ({len(community.households):,} households) "
          f"over {args.days} days in {seconds:.0f} s")
    table = comparison.table()
    print("| policy | " + " | ".join(table.columns) + " |")
    print("|---|" + "---:|" * len(table.columns))
    for name, row in table.iterrows():
        print(f"| {name} | " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
