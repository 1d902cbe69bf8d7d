"""The ``gridgov`` command: the demo report, and the field loop on a ledger file — plan a day
from it, hand out the day's sheets and maps, record what the teams bring back, plan again."""

from __future__ import annotations

import argparse
import sys

from . import __version__
from .bench.cli import add_command as add_benchmark_command

__all__ = ["main"]

WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def _demo(args: argparse.Namespace) -> None:
    from .demo import write_report

    folder = write_report(args.out, seed=args.seed, time_limit=args.time_limit, iterations=args.iterations)
    print(f"gridgov demo: wrote the report to {folder}/ (summary.md, map.png, ledger.sqlite, days/, duty/, "
          "community.json)")


def _plan(args: argparse.Namespace) -> None:
    from .field import Policy, plan_from_ledger
    from .field_output import write_day
    from .ledger import Ledger

    with Ledger.open(args.ledger) as ledger:
        plan = plan_from_ledger(ledger, day=args.weekday, campaign_day=args.day, max_iterations=args.iterations,
                                seed=args.seed, duty=not args.no_duty, deliveries=not args.no_deliveries,
                                policy=Policy(evening_rounds=not args.no_evening))
    paths = write_day(plan, args.out, f"day-{plan.campaign_day}")
    s = plan.summary()
    rounds = ", ".join(f"{name.replace('_', '-')} {s[f'{name}_households']:,} households"
                       for name in plan.rounds())
    print(f"gridgov plan: campaign day {plan.campaign_day} ({plan.day}): {rounds}; {s['duties']} duties; "
          f"promises kept {s['promises_kept']} of {s['promises']}; {'checked: feasible' if s['feasible'] else 'NOT feasible'}")
    print(f"recorded in {args.ledger}; wrote {', '.join(str(p) for p in paths.values())}")


def _record(args: argparse.Namespace) -> None:
    from .ledger import Ledger

    with Ledger.open(args.ledger) as ledger:
        before = len(ledger.contacts())
        ledger.import_csv(args.contacts)
        added = len(ledger.contacts()) - before
        unreached = int((~ledger.community().frame("households")["reached"]).sum())
    print(f"gridgov record: {added:,} contacts from {args.contacts} recorded in {args.ledger}; "
          f"{unreached:,} households still unreached")


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
    demo.set_defaults(run=_demo)

    plan = commands.add_parser("plan", help="plan a day from a ledger and write its sheets and maps")
    plan.add_argument("ledger", help="the ledger file")
    plan.add_argument("--weekday", required=True, choices=WEEKDAYS, help="the day's weekday (whose availability counts)")
    plan.add_argument("--day", type=int, help="campaign day (default: the day after the last contact recorded)")
    plan.add_argument("--out", default=".", help="folder for the day's files (default: here)")
    plan.add_argument("--iterations", type=int, default=1000, help="iterations of each round's solve (default: 1000)")
    plan.add_argument("--seed", type=int, default=0, help="seed of the solves (default: 0)")
    plan.add_argument("--no-duty", action="store_true", help="leave the watch posts' duty out")
    plan.add_argument("--no-deliveries", action="store_true", help="leave deliveries out")
    plan.add_argument("--no-evening", action="store_true", help="leave the evening round out")
    plan.set_defaults(run=_plan)

    record = commands.add_parser("record", help="record the contacts of a CSV file in a ledger (all or none)")
    record.add_argument("ledger", help="the ledger file")
    record.add_argument("contacts", help="CSV with household, day, time, volunteers, outcome, note (docs/ledger.md)")
    record.set_defaults(run=_record)

    add_benchmark_command(commands)

    args = parser.parse_args(argv)
    from ._gridgov import InputError
    from .ledger import StorageError

    try:
        code = args.run(args)
    except (InputError, StorageError, OSError) as error:  # what the user can fix: the message, no traceback
        print(f"gridgov {args.command}: {error}", file=sys.stderr)
        return 2
    return code or 0


if __name__ == "__main__":
    sys.exit(main())
