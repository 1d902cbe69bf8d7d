"""Prints the column tables of docs/formats.md from the record schemas (the tests check that the
document holds exactly these tables, so it cannot drift from the code).

    python python/tools/format_tables.py > /tmp/tables.md
"""

from __future__ import annotations

import gridgov

KINDS = ["community", "grids", "buildings", "households", "volunteers", "posts", "stations", "nodes", "edges"]


def table(kind: str) -> str:
    lines = [f"#### {kind}", "", "| column | kind | required | meaning |", "|---|---|---|---|"]
    for row in gridgov.io.columns(kind).itertuples(index=False):
        lines.append(f"| `{row.name}` | {row.kind} | {'yes' if row.required else ''} | {row.meaning} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print("\n\n".join(table(k) for k in KINDS))
