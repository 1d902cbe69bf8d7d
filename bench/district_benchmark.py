"""A district's day planned on Dask (docs/batch.md): wall time with 1 and 2 worker processes,
seconds per community, how they grow with community size, and peak memory per worker.

    python bench/district_benchmark.py --workers 1 2 --csv bench/results/district-300k.csv

The district is gridgov.synth.district() (by default 300,000 households in 180 communities of
varied size, buildings and volunteers in proportion). Every community's day is planned with
gridgov.field.plan_day (--max-iterations for the rounds, --duty-iterations for the duty) on a
LocalCluster of that many worker processes of one thread each. The exponent b of
seconds ~ households^b is the least-squares slope of log(seconds) on log(households), with its
95 % interval (Student's t), for wall seconds and for the CPU seconds of the planning thread
(which other work on a shared machine does not inflate). Peak memory is each worker process's
maximum resident set once its communities are done (VmHWM of /proc/self/status, Linux: since
the worker started; getrusage's maximum would also count the parent's memory at the fork before
the worker's exec); the worker's peak before its first task is given too. The CSV has one
row per run and community.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
import time
from pathlib import Path

import distributed
import numpy as np
import pandas as pd

from gridgov import batch, field, synth


def _rss_mb() -> float:
    """This process's peak resident set since it started, in MiB (Linux)."""
    status = Path("/proc/self/status").read_text()
    kib = next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:"))
    return int(kib) / 1024


def plan_and_measure(community, options: dict) -> dict:
    """A community's day planned, with the CPU seconds it took (which, unlike wall time, other
    work on the machine does not inflate), the worker that planned it and its peak memory so far."""
    start = time.thread_time()
    row = field.plan_day(community, **options).summary()
    row["cpu_seconds"] = time.thread_time() - start
    row["worker"] = distributed.get_worker().name
    row["worker_peak_mb"] = _rss_mb()
    return row


def run(district, workers: int, options: dict) -> tuple[pd.DataFrame, float, dict]:
    """Every community planned on a fresh LocalCluster of ``workers`` processes: the rows, the
    wall seconds and each worker's memory before the first task."""
    with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            distributed.Client(cluster) as client:
        before = {info["name"]: mb for info, mb in
                  ((client.scheduler_info()["workers"][a], mb) for a, mb in client.run(_rss_mb).items())}
        start = time.perf_counter()
        frame = batch.map(functools.partial(plan_and_measure, options=options), district, client=client, progress=sys.stderr.isatty())
        wall = time.perf_counter() - start
    return frame.assign(workers=workers, wall_seconds=wall), wall, before


def exponent(frame: pd.DataFrame, column: str) -> tuple[float, float, float]:
    """Slope of log(column) on log(households) and its 95 % interval."""
    x, y = np.log(frame["households"].to_numpy(float)), np.log(frame[column].to_numpy(float))
    slope, intercept = np.polyfit(x, y, 1)
    residuals = y - (slope * x + intercept)
    stderr = np.sqrt(residuals @ residuals / (len(x) - 2) / ((x - x.mean()) @ (x - x.mean())))
    half = field.t_quantile_975(len(x) - 2) * stderr
    return slope, slope - half, slope + half


def report(frame: pd.DataFrame, wall: float, before: dict, first_wall: float) -> None:
    ok = frame[frame["status"] == "ok"]
    s, cpu = ok["seconds"], ok["cpu_seconds"]
    fits = [exponent(ok, column) for column in ("seconds", "cpu_seconds")]
    peaks = ok.groupby("worker")["worker_peak_mb"].max()
    workers = int(frame["workers"].iloc[0])
    print(f"| {workers} | {wall:.1f} | {first_wall / wall:.2f} | {len(ok)} of {len(frame)} | {s.median():.2f} | "
          f"{s.quantile(0.9):.2f} | {s.max():.2f} | {cpu.median():.2f} | {cpu.sum():.0f} | "
          + " | ".join(f"{b:.2f} [{low:.2f}, {high:.2f}]" for b, low, high in fits) + " | "
          + ", ".join(f"{before[w]:.0f} → {peaks[w]:.0f}" for w in sorted(peaks.index)) + " |")
    for _, r in frame[frame["status"] != "ok"].iterrows():
        print(f"  {r['community']}: {r['status']}: {r['error']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker processes of each run")
    parser.add_argument("--households", type=int, default=300_000)
    parser.add_argument("--communities", type=int, default=180)
    parser.add_argument("--subdistricts", type=int, default=17)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-iterations", type=int, default=1000, help="iterations of each round's solve")
    parser.add_argument("--duty-iterations", type=int, default=200, help="iterations of the duty's solve")
    parser.add_argument("--csv", type=Path, help="write one row per run and community here")
    args = parser.parse_args()

    start = time.perf_counter()
    district = synth.district(seed=args.seed, households=args.households, communities=args.communities,
                              subdistricts=args.subdistricts)
    sizes = pd.Series([len(c.households) for c in district.communities])
    print(f"district {district.id}: {district.household_count:,} households in {len(district)} communities "
          f"({sizes.min():,} to {sizes.max():,} households, median {sizes.median():,.0f}), made in "
          f"{time.perf_counter() - start:.1f} s; {os.cpu_count()} cores; load {os.getloadavg()[0]:.2f}")
    options = dict(max_iterations=args.max_iterations, duty_iterations=args.duty_iterations)
    print("| workers | wall s | speed-up | planned | median s | p90 s | max s | median CPU s | total CPU s | "
          "exponent of s [95 %] | exponent of CPU s [95 %] | worker MiB before → peak |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|")
    frames, first_wall = [], None
    for workers in args.workers:
        frame, wall, before = run(district, workers, options)
        first_wall = first_wall or wall
        report(frame, wall, before, first_wall)
        print(f"  (load {os.getloadavg()[0]:.2f} after the run; this process's peak {_rss_mb():.0f} MiB)", flush=True)
        frames.append(frame)
    if args.csv:
        args.csv.parent.mkdir(parents=True, exist_ok=True)
        pd.concat(frames, ignore_index=True).to_csv(args.csv, index=False)


if __name__ == "__main__":
    main()
