"""docs/ledger.md describes every table and column a ledger file has, and holds exactly the CSV
column tables the schemas give (it cannot drift from the code)."""

import re
import sqlite3
import sys
from pathlib import Path

from gridgov.ledger import Ledger

ROOT = Path(__file__).resolve().parents[3]
DOC = (ROOT / "docs" / "ledger.md").read_text()
sys.path.insert(0, str(ROOT / "python" / "tools"))

import format_tables  # noqa: E402


def documented_columns(table):
    section = re.search(rf"### table `{table}`\n(.*?)(?=\n### |\n## )", DOC, re.S)
    assert section, f"docs/ledger.md has no section for the table {table}"
    return set(re.findall(r"`(\w+)`", "".join(re.findall(r"^\| ([^|]*) \|", section.group(1), re.M))))


def test_every_table_and_column_is_documented(street, tmp_path):
    path = tmp_path / "street.ledger"
    Ledger.create(path, street).close()
    with sqlite3.connect(path) as db:
        tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        assert len(tables) == 8
        for table in tables:
            columns = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
            assert columns == documented_columns(table), f"docs/ledger.md: the table {table} is out of date"


def test_csv_tables_match_the_schemas():
    for kind in format_tables.LEDGER_KINDS:
        assert format_tables.table(kind) in DOC, f"docs/ledger.md: the {kind} table is out of date"
