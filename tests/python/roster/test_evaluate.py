"""The roster evaluator from Python: objective and breakdown, errors that name the row, and a
published roster of the Curtois-Qu benchmark scored as its authors scored it."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pandas as pd
import pytest

import gridgov
from gridgov import roster

from conftest import DATA

TINY = DATA / "rostering" / "tiny.txt"
BENCHMARKS = Path(os.environ.get("GRIDGOV_BENCHMARKS", Path(__file__).resolve().parents[3] / ".." / "shared" / "benchmarks"))


def table(lines: dict[str, str]) -> pd.DataFrame:
    """A roster from one line per staff member, a character per day: '.' off, else the shift id."""
    rows = [(who, day, c) for who, line in lines.items() for day, c in enumerate(line) if c != "."]
    return pd.DataFrame(rows, columns=["staff", "day", "shift"])


GOOD = {"A": ".EEE...EEE....", "B": "E...EEE...EEE.", "C": "....LLL......."}


def test_reads_the_format():
    p = roster.read_curtois(TINY)
    assert (p.days, [s.id for s in p.shifts], [s.id for s in p.staff]) == (14, ["E", "L"], ["A", "B", "C"])
    assert p.staff[2].max_shifts == [0, 3] and p.staff[1].days_off == [13]
    assert list(p.cover.columns) == ["day", "shifts", "skill", "requirement", "weight_under", "weight_over"]
    assert p.on_requests.to_dict("records")[1] == {"staff": "B", "day": 8, "shift": "E", "weight": 2}
    assert p.cover.to_dict("records")[0] == {"day": 0, "shifts": ("E",), "skill": None, "requirement": 1, "weight_under": 100,
                                             "weight_over": 1}


def test_objective_and_breakdown():
    e = roster.evaluate(roster.read_curtois(TINY), table(GOOD))
    assert e.feasible and e.violations.empty
    assert (e.objective, e.cover_cost, e.request_cost) == (303, 300, 3)
    assert e.totals().to_dict() == {"under_cover": 300, "over_cover": 0, "shift_on_request": 2, "shift_off_request": 1,
                                    "fairness": 0}
    day13 = e.breakdown[(e.breakdown["rule"] == "under_cover") & (e.breakdown["day"] == 13)]
    assert day13[["shift", "cost", "detail"]].values.tolist() == [["E", 100, "1 short of 1"]]


def test_a_solves_evaluation_is_the_evaluators_and_keeps_its_tables_through_pickling():
    p = roster.read_curtois(TINY)
    r = roster.solve(p, max_iterations=50, seed=1)
    e = roster.evaluate(p, r.roster)
    assert r.evaluation == e  # the tables are built when read, from findings that compare too
    assert r.evaluation.breakdown.equals(e.breakdown) and r.evaluation.violations.equals(e.violations)
    again = pickle.loads(pickle.dumps(e))
    assert again == e and again.breakdown.equals(e.breakdown) and again.totals().equals(e.totals())
    assert roster.evaluate(p, table(GOOD)) != roster.evaluate(p, table({**GOOD, "A": ".EEE...E......"}))


def test_broken_rules_are_listed_with_whom_and_when():
    e = roster.evaluate(roster.read_curtois(TINY), table({**GOOD, "A": ".EEE...E......"}))
    assert not e.feasible
    assert e.violations[["rule", "staff", "day"]].values.tolist() == [["min_consecutive_shifts", "A", 7]]


@pytest.mark.parametrize(
    "rows, message",
    [
        ([("Z", 0, "E")], "roster row 0: field 'staff': unknown staff 'Z'"),
        ([("A", 1, "N")], "roster row 0: field 'shift': unknown shift type 'N'"),
        ([("A", 14, "E")], "roster row 0: field 'day': 14 is outside the horizon of 14 days"),
        ([("A", 1, "E"), ("A", 1, "L")], "roster row 1: field 'day': staff 'A' already works a shift on day 1"),
    ],
)
def test_bad_rosters_name_the_row_and_field(rows, message):
    with pytest.raises(gridgov.InputError, match=message):
        roster.evaluate(roster.read_curtois(TINY), pd.DataFrame(rows, columns=["staff", "day", "shift"]))


def test_a_roster_needs_its_columns():
    with pytest.raises(gridgov.InputError, match="field 'shift': missing column"):
        roster.evaluate(roster.read_curtois(TINY), pd.DataFrame({"staff": ["A"], "day": [1]}))


def test_published_instance1_roster_scores_608():
    """PetterS/monolith (minimum/linear/colgen/examples/test/Instance1.txt.out) prints this roster
    of Curtois-Qu Instance 1 as feasible with objective 608: cover 601, roster (requests) 7."""
    path = BENCHMARKS / "rostering" / "curtois" / "Instance1.txt"
    if not path.exists():
        pytest.skip(f"the benchmark instances are not at {BENCHMARKS} (set GRIDGOV_BENCHMARKS)")
    published = {"A": ".DDD...DDD..DD", "B": "DDDDD...DD..DD", "C": "DDD..DDD..DD..", "D": "DD...DDDDD....",
                 "E": ".DDDD..DD..DDD", "F": "DDDDD..DD..DD.", "G": "..DDD..DD..DDD", "H": "DD..DDD..DDD.."}
    e = roster.evaluate(roster.read_curtois(path), table(published))
    assert e.feasible, e.violations
    assert (e.objective, e.cover_cost, e.request_cost) == (608, 601, 7)
