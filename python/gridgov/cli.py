"""The ``gridgov`` command."""

from __future__ import annotations

import argparse
import sys

from . import __version__

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="gridgov", description="Plans community volunteers' work in an emergency.")
    parser.add_argument("--version", action="version", version=f"gridgov {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    demo = commands.add_parser("demo", help="write a report on the default synthetic community")
    demo.add_argument("--out", default="gridgov-report", help="folder for the report (default: gridgov-report)")
    demo.add_argument("--seed", type=int, default=0, help="seed of the synthetic community (default: 0)")
    demo.add_argument("--time-limit", type=float, default=3.0, help="seconds to plan the week's roster (default: 3)")
    demo.add_argument("--iterations", type=int, default=1000,
                      help="iterations of each round's solve in the three field days (default: 1000)")
    args = parser.parse_args(argv)
    if args.command == "demo":
        from .demo import write_report

        folder = write_report(args.out, seed=args.seed, time_limit=args.time_limit, iterations=args.iterations)
        print(f"gridgov demo: wrote the report to {folder}/ (summary.md, map.png, ledger.sqlite, days/, duty/, "
              "community.json)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
