"""``gridgov benchmark``: run the routing and roster benchmarks from the command line, and list
the instance sets and solvers there are."""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

__all__ = ["add_command"]


def _list(args: argparse.Namespace) -> int:
    from .data import data_folder
    from .sets import SETS
    from .solvers import SOLVERS

    try:
        folder = data_folder(args.data)
    except ValueError as error:
        folder, missing = None, str(error)
    print("Instance sets:")
    for s in SETS.values():
        if s.folder is None:
            where = "made on the spot"
        elif folder is None:
            where = missing
        else:
            where = str(folder / s.folder) + ("" if (folder / s.folder).is_dir() else " (missing)")
        print(f"  {s.kind:8} {s.name:13} {s.description}\n  {'':8} {'':13} [{where}]")
    print("Solvers:")
    for s in SOLVERS.values():
        reason = s.unavailable()
        print(f"  {s.kind:8} {s.name:8} {'unavailable: ' + reason if reason else 'available'}; {s.description}")
    return 0


def _print_tables(results) -> None:
    import pandas as pd

    with pd.option_context("display.width", 200, "display.max_columns", 50, "display.max_rows", 500,
                           "display.float_format", "{:.3f}".format):
        print("Mean gap (%) over seeds per instance (NaN: an infeasible or missing run):")
        print(results.by_instance().to_string())
        print("\nSummary (gaps in %, over feasible runs):")
        print(results.summary().to_string(index=False))


def _write_plots(results, folder: Path) -> list[Path]:
    from .plots import gap_over_time, performance_profile

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    figures = [("performance-profile.png", performance_profile(results.runs))]
    if results.trace["gap"].notna().any():
        figures.append(("gap-over-time.png", gap_over_time(results.trace, results.runs)))
    for name, fig in figures:
        fig.savefig(folder / name, dpi=100, bbox_inches="tight")
        written.append(folder / name)
    return written


def _run(args: argparse.Namespace) -> int:
    from .results import file_format
    from .run import run
    from .sets import load_instances

    try:
        if args.trace and not args.out:
            raise ValueError("--trace goes with --out (the runs table)")
        for path in filter(None, (args.out, args.trace)):  # before the runs, not after
            file_format(path)
            if not path.parent.is_dir():
                raise ValueError(f"{path}: its folder {path.parent} does not exist")
        instances = load_instances(args.kind, args.set, data=args.data, names=args.instances)
        with warnings.catch_warnings(record=True) as notes:  # a solver left out or failing: one line each
            warnings.simplefilter("always")
            results = run(instances, args.solvers, args.seeds, args.time_limit, max_iterations=args.iterations,
                          jobs=args.jobs, progress=False if args.no_progress else None)
        for note in notes:
            print(f"gridgov benchmark {args.kind}: {note.message}", file=sys.stderr)
        if args.out and not results.runs.empty:
            results.write(args.out, args.trace)
    except ValueError as error:
        print(f"gridgov benchmark {args.kind}: {error}", file=sys.stderr)
        return 2
    if results.runs.empty:
        print("gridgov benchmark: no run finished", file=sys.stderr)
        return 130 if results.interrupted else 1
    _print_tables(results)
    written = [p for p in (args.out, args.trace) if p] + (_write_plots(results, args.plots) if args.plots else [])
    if written:
        print(f"\nwrote {', '.join(map(str, written))}")
    if results.interrupted:
        print(f"gridgov benchmark: interrupted; kept the {len(results.runs)} runs finished", file=sys.stderr)
        return 130
    return 0


def _add_run_parser(commands, kind: str, example_set: str) -> None:
    p = commands.add_parser(kind, help=f"run the {kind} benchmark (e.g. --set {example_set})",
                            description=f"Runs {kind} solvers on an instance set for every seed and time limit, "
                                        "checks every result apart from its solver and writes tidy results.")
    p.add_argument("--set", required=True, help=f"a set name (see 'gridgov benchmark list') or a folder or file of "
                                                  f"{kind} instances")
    p.add_argument("--solvers", nargs="+", default=["gridgov"], help="solver names (default: gridgov)")
    p.add_argument("--seeds", type=int, nargs="+", required=True, help="seeds (required: a run is defined by its seed)")
    p.add_argument("--time-limit", type=float, nargs="+", required=True, help="seconds per run, one or several")
    p.add_argument("--iterations", type=int, help="also stop after this many iterations (solvers that take it)")
    p.add_argument("--instances", nargs="+", help="only these instance names (Curtois-Qu also by number)")
    p.add_argument("--jobs", type=int, default=1, help="runs side by side, one thread each (default: 1)")
    p.add_argument("--out", type=Path, help="the runs table, .csv or .parquet")
    p.add_argument("--trace", type=Path, help="the best objective over time, .csv or .parquet")
    p.add_argument("--plots", type=Path, help="folder for gap-over-time.png and performance-profile.png")
    p.add_argument("--data", type=Path, help="benchmark data folder (default: ../shared/benchmarks)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(run=_run, kind=kind)


def add_command(commands) -> None:
    """Adds ``benchmark`` (with ``routing``, ``roster`` and ``list``) to the gridgov command's
    subcommands; each returns its exit code (2 for bad input, 130 after Ctrl-C)."""
    bench = commands.add_parser("benchmark", help="run the routing or roster benchmark against other solvers")
    which = bench.add_subparsers(dest="benchmark", required=True)
    _add_run_parser(which, "routing", "solomon")
    _add_run_parser(which, "roster", "curtois")
    listing = which.add_parser("list", help="list the instance sets and solvers (available or not, and why)")
    listing.add_argument("--data", type=Path, help="benchmark data folder (default: ../shared/benchmarks)")
    listing.set_defaults(run=_list)
