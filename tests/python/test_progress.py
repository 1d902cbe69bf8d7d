"""Progress bars and log records of long runs: a bar on stderr only when asked (or someone is
watching), finished at the solve's end with its best objective in the user's units; INFO records
at the start and end of every solve and DEBUG ones for each new best; the user's callback still
sees every progress report and still stops the search."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

import gridgov
from gridgov import field, roster, routing

from conftest import DATA


@pytest.fixture(scope="module")
def instance() -> routing.Instance:
    return routing.read(DATA / "routing" / "tiny.txt", round="dimacs")


@pytest.fixture(scope="module")
def shifts() -> roster.Problem:
    return roster.read_curtois(DATA / "rostering" / "tiny.txt")


def final_line(stderr: str) -> str:
    """The bar as it was left: the last of its carriage-return-separated redraws."""
    return [part for part in stderr.replace("\n", "\r").split("\r") if part.strip()][-1]


def test_a_bar_is_drawn_on_stderr_when_asked_and_ends_full_with_the_best_cost(instance, capsys):
    result = routing.solve(instance, max_iterations=300, seed=1, progress=True)
    out, err = capsys.readouterr()
    assert out == ""
    line = final_line(err)
    assert line.startswith("routing tiny: 100%") and "300/300" in line
    assert f"best={result.cost:g}" in line  # in the file's units, not the solver's scaled integers


def test_a_time_limited_bar_counts_seconds(shifts, capsys):
    roster.solve(shifts, time_limit=0.3, seed=1, progress=True)
    line = final_line(capsys.readouterr().err)
    assert line.startswith("roster: 100%") and "/0.3 s" in line


@pytest.mark.parametrize("progress", [False, None])  # None: no kernel and no terminal under pytest
def test_no_bar_unless_asked_or_watched(instance, shifts, capsys, progress):
    routing.solve(instance, max_iterations=50, seed=1, progress=progress)
    roster.solve(shifts, max_iterations=50, seed=1, progress=progress)
    assert capsys.readouterr() == ("", "")


def test_a_hidden_bar_does_not_import_tqdm():
    # Its first import takes tens of milliseconds, which a solve's time limit would count.
    code = ("import sys; from gridgov import routing; from conftest import DATA; "
            "routing.solve(routing.read(DATA / 'routing' / 'tiny.txt'), max_iterations=10, progress=False); "
            "assert 'tqdm' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parent,
                   env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})


def test_a_solve_logs_its_start_and_end_at_info_and_each_new_best_at_debug(instance, caplog):
    with caplog.at_level(logging.DEBUG, logger="gridgov"):
        result = routing.solve(instance, max_iterations=2000, seed=1)
    records = [r for r in caplog.records if r.name == "gridgov.routing"]
    info = [r.getMessage() for r in records if r.levelno == logging.INFO]
    assert info[0] == "routing tiny: 4 visits, 2 vehicles, seed 1, time limit None, iterations 2000"
    assert info[-1] == f"routing tiny: objective {result.cost} after 2000 iterations, {result.seconds:.2f} s (stopped by iterations)"
    bests = [r.getMessage() for r in records if r.levelno == logging.DEBUG]
    assert all(m.startswith("routing tiny: best ") for m in bests)


def test_the_roster_logs_too_and_nothing_reaches_the_root_logger_by_default(shifts, caplog):
    with caplog.at_level(logging.INFO, logger="gridgov.roster"):
        result = roster.solve(shifts, max_iterations=100, seed=1)
    assert [r.getMessage() for r in caplog.records][-1].startswith(f"roster: objective {result.objective} after 100")
    assert any(isinstance(h, logging.NullHandler) for h in logging.getLogger("gridgov").handlers)


def test_the_users_callback_still_sees_progress_and_stops_the_search(instance, capsys):
    seen = []

    def stop_after_three(progress) -> bool:
        seen.append(progress.iteration)
        return len(seen) == 3

    result = routing.solve(instance, max_iterations=10**9, seed=1, callback=stop_after_three, progress=True)
    assert result.stopped_by == "callback" and len(seen) == 3 and seen == sorted(seen)
    assert routing.check(instance.problem, result.stops, result.vehicles).feasible


def test_a_bar_does_not_turn_a_solve_without_limits_into_an_endless_one(instance):
    with pytest.raises(gridgov.InputError, match="time_limit"):
        routing.solve(instance, seed=1, progress=True)


def test_a_simulation_bar_counts_days_and_a_comparison_bar_counts_runs(capsys):
    small = gridgov.synth.community(seed=4, buildings=20, households=40, volunteers=10, posts=1, day=0, reached=0.0)
    sim = field.simulate(small, days=2, seed=1, max_iterations=50, progress=True)
    assert "2/2" in final_line(capsys.readouterr().err) and len(sim.per_day) == 2
    field.compare(small, [field.Policy(), field.Policy(name="alone", team_size=1)], seeds=[1, 2], days=1,
                  max_iterations=50, jobs=2, progress=True)
    line = final_line(capsys.readouterr().err)
    assert line.startswith("simulations: 100%") and "4/4" in line
