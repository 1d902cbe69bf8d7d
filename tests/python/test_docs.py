"""docs/formats.md holds exactly the column tables the schemas give (it cannot drift)."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "python" / "tools"))

import format_tables  # noqa: E402


def test_format_tables_match_the_schemas():
    doc = (ROOT / "docs" / "formats.md").read_text()
    for kind in format_tables.KINDS:
        assert format_tables.table(kind) in doc, f"docs/formats.md: the {kind} table is out of date"
