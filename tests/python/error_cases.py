"""Bad input, tried: each case is one thing a user may get wrong, in one area, and what gridgov
answers. tests/python/test_error_table.py runs every case and checks that docs/errors.md shows
exactly what it gets; `python tests/python/error_cases.py --write` writes that page again.

Each case builds what it needs in a fresh temporary folder, so a case never depends on another.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np
import pandas as pd

import gridgov
from gridgov import duty, field, matching, roster, routing, territory
from gridgov.ledger import Ledger

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
PAGE = ROOT / "docs" / "errors.md"


@dataclass(frozen=True)
class Case:
    area: str
    given: str
    call: Callable[[Path], object]  # runs in a fresh temporary folder


def street() -> gridgov.Community:
    return gridgov.io.read_scenario(DATA / "street.scenario.json")


def scenario_with(tmp: Path, old: str, new: str) -> Path:
    text = (DATA / "street.scenario.json").read_text()
    assert old in text, old
    path = tmp / "bad.scenario.json"
    path.write_text(text.replace(old, new, 1))
    return path


def written(tmp: Path, name: str, text: str) -> Path:
    path = tmp / name
    path.write_text(text)
    return path


def tiny_problem(**changes) -> routing.Problem:
    options = dict(distance=[[0, 5], [5, 0]], visits=[routing.Visit(location=1)], vehicles=[routing.Vehicle()])
    options.update(changes)
    distance = options.pop("distance")
    return routing.Problem(distance, **options)


def households_with(**changes) -> pd.DataFrame:
    """The street's households with the first row's columns changed (each column first cast to
    the value's type, as a user's DataFrame read from a spreadsheet may hold floats)."""
    frame = street().frame("households")
    for column, value in changes.items():
        frame[column] = frame[column].astype(np.asarray(value).dtype)
        frame.loc[0, column] = value
    return frame


def ledger(tmp: Path) -> Ledger:
    return Ledger.create(tmp / "community.ledger", street(), day=0)


CASES = [
    # Scenario files
    Case("scenario", "a file that does not exist", lambda tmp: gridgov.io.read_scenario(tmp / "missing.json")),
    Case("scenario", "text that is not JSON", lambda tmp: gridgov.io.read_scenario(written(tmp, "a.json", "{nodes: ["))),
    Case("scenario", "a household in a building that does not exist",
         lambda tmp: gridgov.io.read_scenario(scenario_with(tmp, '"building": "B1", "size": 3', '"building": "B9", "size": 3'))),
    Case("scenario", "a household size given as text",
         lambda tmp: gridgov.io.read_scenario(scenario_with(tmp, '"size": 3', '"size": "three"'))),
    Case("scenario", "an unknown key in a record",
         lambda tmp: gridgov.io.read_scenario(scenario_with(tmp, '"size": 3', '"size": 3, "colour": "red"'))),
    Case("scenario", "a newer format version",
         lambda tmp: gridgov.io.read_scenario(scenario_with(tmp, '"version": 1', '"version": 99'))),
    # Records from DataFrames
    Case("records", "a negative household size",
         lambda tmp: street().replace(households=households_with(size=-2))),
    Case("records", "a fractional household size",
         lambda tmp: street().replace(households=households_with(size=2.5))),
    Case("records", "a household size beyond 64 bits (uint64)",
         lambda tmp: street().replace(households=households_with(size=np.uint64(2**64 - 1)))),
    # Routing
    Case("routing", "a distance matrix that is not square", lambda tmp: tiny_problem(distance=[[0, 5, 1], [5, 0, 1]])),
    Case("routing", "a negative distance", lambda tmp: tiny_problem(distance=[[0, -5], [5, 0]])),
    Case("routing", "a fractional distance", lambda tmp: tiny_problem(distance=[[0, 5.5], [5, 0]])),
    Case("routing", "a visit at a location beyond the matrix",
         lambda tmp: tiny_problem(visits=[routing.Visit(location=7)])),
    Case("routing", "a window that closes before it opens",
         lambda tmp: tiny_problem(visits=[routing.Visit(location=1, windows=[(600, 300)])])),
    Case("routing", "a prize beyond 64 bits", lambda tmp: routing.Visit(location=1, prize=2**70)),
    Case("routing", "a solve with no limit at all", lambda tmp: routing.solve(tiny_problem(), seed=1)),
    Case("routing", "a negative time limit", lambda tmp: routing.solve(tiny_problem(), time_limit=-1, seed=1)),
    Case("routing", "a negative seed", lambda tmp: routing.solve(tiny_problem(), max_iterations=10, seed=-1)),
    Case("routing", "a Solomon file cut short",
         lambda tmp: routing.read(written(tmp, "cut.txt", (DATA / "routing" / "tiny.txt").read_text()[:60]), round="dimacs")),
    # Rostering
    Case("rostering", "a Curtois-Qu file with an unknown section",
         lambda tmp: roster.read_curtois(written(tmp, "bad.txt", "SECTION_HORIZON\n14\n\nSECTION_NONSENSE\n1\n"))),
    Case("rostering", "a roster naming someone not on the staff",
         lambda tmp: roster.evaluate(roster.read_curtois(DATA / "rostering" / "tiny.txt"),
                                     pd.DataFrame({"staff": ["Z"], "day": [0], "shift": ["E"]}))),
    Case("rostering", "duty over eight days", lambda tmp: duty.problem(street(), days=8)),
    # Field operations and the ledger
    Case("field", "a weekday that is not one", lambda tmp: field.plan_day(street(), day="someday")),
    Case("field", "a promised visit to an unknown household",
         lambda tmp: field.plan_day(street(), day="mon", promised=pd.DataFrame(
             {"household": ["H9"], "start": ["10:00"], "end": ["11:00"]}))),
    Case("ledger", "opening a file that is not a ledger",
         lambda tmp: Ledger.open(written(tmp, "notes.sqlite", "shopping list"))),
    Case("ledger", "creating a ledger where one exists",
         lambda tmp: (ledger(tmp).close(), ledger(tmp))),
    Case("ledger", "a contact time written 0930",
         lambda tmp: ledger(tmp).record(pd.DataFrame({"household": ["H1"], "day": [0], "time": ["0930"],
                                                      "volunteers": ["V1"], "outcome": ["reached"]}))),
    Case("ledger", "a contact with an unknown outcome",
         lambda tmp: ledger(tmp).record(pd.DataFrame({"household": ["H1"], "day": [0], "time": ["09:30"],
                                                      "volunteers": ["V1"], "outcome": ["maybe"]}))),
    # Territories, matching, synthetic data
    Case("territory", "more grids than buildings", lambda tmp: territory.split(street(), 5)),
    Case("matching", "a cost matrix of the wrong shape",
         lambda tmp: matching.match(pd.DataFrame({"id": ["V1"], "capacity": [1], "skills": ["en"]}),
                                    pd.DataFrame({"id": ["H1"], "skill": ["en"]}), [[1, 2]])),
    Case("synth", "a community with more buildings than households",
         lambda tmp: gridgov.synth.community(buildings=50, households=10)),
    Case("synth", "a seed beyond 64 bits", lambda tmp: gridgov.synth.community(seed=2**64)),
    Case("field", "a negative iteration limit", lambda tmp: field.plan_day(street(), max_iterations=-1)),
    Case("routing", "a window opening at a fraction of a second",
         lambda tmp: routing.Visit(location=1, windows=[(300.5, 900)], id="v1")),
]


def outcome(case: Case, tmp: Path) -> str:
    """What a case gets: the exception's type and message (its temporary folder shown as
    `<folder>`), or "accepted"."""
    try:
        case.call(tmp)
    except Exception as error:  # every kind is what we want to see
        message = " ".join(str(error).split()).replace(str(tmp), "<folder>")
        return f"{type(error).__name__}: {message}"
    return "accepted"


def page(outcomes: list[str]) -> str:
    """docs/errors.md: the table of cases and what each gets."""
    lines = [
        "# What bad input gets",
        "",
        "Every row is a case run by `tests/python/test_error_table.py`, which fails when what gridgov",
        "answers differs from this page; `python tests/python/error_cases.py --write` writes it again.",
        "gridgov's own errors are `gridgov.InputError` (a `ValueError`) naming the record and field;",
        "a failure to read or write a file is an `OSError` naming the file; a whole-number argument",
        "out of its range (a negative seed, 2**70) is an `InputError` naming it; an argument of the",
        "wrong type (a string for a number) is refused by the binding layer with a `TypeError` listing",
        "the signatures it takes.",
        "",
        "| area | input | what it gets |",
        "|---|---|---|",
    ]
    for case, got in zip(CASES, outcomes):
        shown = got.replace("|", "\\|")
        if len(shown) > 300:  # the binding layer's signature lists
            shown = shown[:300] + " …"
        lines.append(f"| {case.area} | {case.given} | `{shown}` |" if "`" not in shown else f"| {case.area} | {case.given} | {shown} |")
    return "\n".join(lines) + "\n"


def run_all(root: Path) -> list[str]:
    outcomes = []
    for i, case in enumerate(CASES):
        folder = root / f"case{i}"
        folder.mkdir()
        outcomes.append(outcome(case, folder))
    return outcomes


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        text = page(run_all(Path(tmp)))
    if sys.argv[1:] == ["--write"]:
        PAGE.write_text(text)
        print(f"wrote {PAGE}")
    else:
        print(text)
