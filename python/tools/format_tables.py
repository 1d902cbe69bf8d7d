"""Prints the column tables of docs/formats.md, or with --ledger of docs/ledger.md, from the record
schemas (the tests check that the documents hold exactly these tables, so they cannot drift from
the code).

    python python/tools/format_tables.py [--ledger] > /tmp/tables.md
"""

from __future__ import annotations

import sys

import gridgov

KINDS = ["community", "grids", "buildings", "households", "volunteers", "posts", "stations", "nodes", "edges"]
LEDGER_KINDS = ["contacts", "ledger_households", "plans", "promises", "level_history"]


def table(kind: str) -> str:
    lines = [f"### {kind}", "", "| column | kind | required | meaning |", "|---|---|---|---|"]
    for row in gridgov.io.columns(kind).itertuples(index=False):
        lines.append(f"| `{row.name}` | {row.kind} | {'yes' if row.required else ''} | {row.meaning} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print("\n\n".join(table(k) for k in (LEDGER_KINDS if "--ledger" in sys.argv[1:] else KINDS)))
