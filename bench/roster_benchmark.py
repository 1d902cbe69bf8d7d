"""Side-by-side rostering benchmark on the Curtois-Qu instances: gridgov against an OR-Tools CP-SAT
model of the same problem (bench/roster_cpsat.py), same time limit, every roster scored by
gridgov's independent evaluator.

    python bench/roster_benchmark.py --time-limit 60 --seeds 1 --solvers gridgov cpsat --jobs 2 --csv roster.csv
    python bench/roster_benchmark.py --time-limit 60 --seeds 1 --solvers cpsat8 --instances 1 2 3

Solvers: gridgov (one thread), cpsat (CP-SAT, 1 worker), cpsat8 (CP-SAT, 8 workers: only
meaningful on a machine with 8 cores), mip (a HiGHS MIP of the same model, bench/roster_mip.py, 1
thread). Instances come from --data (default ../shared/benchmarks/rostering); the script skips
with a message where it is absent. Results go to a tidy CSV (instance, solver, seed, time_limit,
objective, feasible, best_known, gap_percent, status, bound, seconds) and a table on stdout:
objective and gap to the best-known value per instance, the mean gap over instances 1-12 and how
many of them hit the best-known value.
"""

from __future__ import annotations

import argparse
import csv
import multiprocessing as mp
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "rostering"


def run_gridgov(problem, seconds: float, seed: int):
    from gridgov import roster

    r = roster.solve(problem, time_limit=seconds, seed=seed)
    return r.roster, "", None


def run_cpsat(workers: int):
    def run(problem, seconds: float, seed: int):
        from roster_cpsat import solve_cpsat

        r = solve_cpsat(problem, seconds, workers=workers, seed=seed)
        return r.roster, r.status, r.bound

    return run


def run_mip(problem, seconds: float, seed: int):
    from roster_mip import solve_mip

    r = solve_mip(problem, seconds, threads=1, seed=seed)
    return r.roster, r.status, r.bound


SOLVERS = {"gridgov": run_gridgov, "cpsat": run_cpsat(1), "cpsat8": run_cpsat(8), "mip": run_mip}


def one_run(job):
    from gridgov import roster

    path, best, solver, seed, seconds = job
    problem = roster.read_curtois(path)
    start = time.perf_counter()
    table, status, bound = SOLVERS[solver](problem, seconds, seed)
    elapsed = time.perf_counter() - start
    e = roster.evaluate(problem, table) if table is not None else None
    feasible = e is not None and e.feasible
    objective = e.objective if e is not None else None
    gap = round((objective - best) / best * 100, 3) if feasible and best else None
    if feasible and best and objective < best:
        print(f"{path.stem}: {solver} found {objective} below the best known {best}: check it", file=sys.stderr)
    return dict(instance=path.stem, solver=solver, seed=seed, time_limit=seconds, objective=objective, feasible=feasible,
                best_known=best, gap_percent=gap, status=status, bound=bound, seconds=round(elapsed, 2))


def number(name: str) -> int:
    return int(name.removeprefix("Instance"))


def report(rows: list[dict], solvers: list[str]) -> None:
    """Objective and gap (mean over seeds) per instance, then the summary over instances 1-12."""
    names = sorted({r["instance"] for r in rows}, key=number)
    print("| instance | best known | " + " | ".join(f"{s} | gap %" for s in solvers) + " |")
    print("|---|---:|" + "---:|---:|" * len(solvers))
    gaps = {s: {} for s in solvers}
    for name in names:
        cells = []
        best = next(r["best_known"] for r in rows if r["instance"] == name)
        for s in solvers:
            mine = [r for r in rows if r["instance"] == name and r["solver"] == s]
            if not mine or not all(r["feasible"] for r in mine):
                cells += ["no roster" if mine else "", ""]
                continue
            objective = sum(r["objective"] for r in mine) / len(mine)
            gap = sum(r["gap_percent"] for r in mine) / len(mine)
            gaps[s][name] = (gap, all(r["objective"] == best for r in mine))
            proved = " (optimal)" if all(r["status"].upper() == "OPTIMAL" for r in mine) else ""
            cells += [f"{objective:.0f}{proved}", f"{gap:.2f}"]
        print(f"| {name} | {best} | " + " | ".join(cells) + " |")
    for s in solvers:
        first12 = [gaps[s][n] for n in names if number(n) <= 12 and n in gaps[s]]
        missing = sum(1 for n in names if number(n) <= 12) - len(first12)
        if first12:
            mean = sum(g for g, _ in first12) / len(first12)
            hits = sum(1 for _, hit in first12 if hit)
            print(f"\n{s}: mean gap on instances 1-12 {mean:.2f} % over {len(first12)} instances"
                  f"{f' ({missing} without a roster)' if missing else ''}; best known hit on {hits}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--time-limit", type=float, required=True)
    parser.add_argument("--seeds", type=int, nargs="+", required=True)
    parser.add_argument("--solvers", nargs="+", default=["gridgov", "cpsat"], choices=list(SOLVERS))
    parser.add_argument("--instances", type=int, nargs="*", help="instance numbers (default 1-24)")
    parser.add_argument("--jobs", type=int, default=1, help="runs side by side")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--csv", type=Path)
    args = parser.parse_args()
    folder = args.data / "curtois"
    if not folder.exists():
        print(f"skipped: no Curtois-Qu instances at {folder} (give --data)")
        return
    best = {r["instance"]: int(r["best_known_ub"]) for r in csv.DictReader(open(args.data / "curtois_best.csv"))}
    chosen = args.instances or list(range(1, 25))
    paths = [folder / f"Instance{k}.txt" for k in chosen]
    jobs = [(p, best.get(p.stem), s, seed, args.time_limit) for p in paths for seed in args.seeds for s in args.solvers]
    rows = []
    with mp.get_context("fork").Pool(args.jobs, maxtasksperchild=1) as pool:
        for row in pool.imap(one_run, jobs):  # each row saved as it comes: a long run loses nothing
            rows.append(row)
            if args.csv:
                with open(args.csv, "a" if len(rows) > 1 else "w", newline="") as f:
                    writer = csv.DictWriter(f, fieldnames=list(row))
                    if len(rows) == 1:
                        writer.writeheader()
                    writer.writerow(row)
    report(rows, args.solvers)


if __name__ == "__main__":
    main()
