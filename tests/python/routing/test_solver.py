"""The routing solver from Python: results checked independently, benchmark files, Ctrl-C."""

import numpy as np
import pytest

import gridgov
from gridgov import routing
from conftest import DATA


def line_problem(vehicles=None):
    """Visits at 10, 20, 30, 40 on a line from the office at 0; each takes 5 and carries 1."""
    pos = np.arange(5) * 10
    m = np.abs(pos[:, None] - pos[None, :])
    visits = [routing.Visit(location=i, service=5, demand=1, id=f"v{i}") for i in range(1, 5)]
    return routing.Problem(m, visits=visits, vehicles=vehicles or [routing.Vehicle()])


def test_solves_and_the_checker_agrees():
    p = line_problem()
    r = routing.solve(p, max_iterations=200, seed=1)
    assert r.feasible and r.cost == 80
    again = routing.check(p, r.stops, r.vehicles)
    assert again.feasible and again.objective["total"] == 80
    assert list(r.schedule["kind"]) == ["visit"] * 4
    t, at, expected = 0, 0, []
    for v in r.stops[0]:  # walk the route by hand: 10 per step along the line, 5 per visit
        loc = p.visits[v].location
        t += 10 * abs(loc - at)
        expected.append(t)
        t, at = t + 5, loc
    assert list(r.schedule["arrival"]) == expected


def test_same_seed_same_plan():
    rng = np.random.default_rng(0)
    xy = rng.uniform(0, 100, (31, 2))
    m = np.rint(np.hypot(*(xy[:, None, :] - xy[None, :, :]).transpose(2, 0, 1))).astype(np.int64)
    visits = [routing.Visit(location=i, demand=1) for i in range(1, 31)]
    p = routing.Problem(m, visits=visits, vehicles=[routing.Vehicle(capacity=8) for _ in range(6)])
    a = routing.solve(p, max_iterations=300, seed=3)
    b = routing.solve(p, max_iterations=300, seed=3)
    assert a.stops == b.stops and a.cost == b.cost
    assert routing.check(p, a.stops, a.vehicles).feasible


def test_checker_names_what_is_wrong():
    p = line_problem([routing.Vehicle(capacity=2, shift=(0, 50))])
    e = routing.check(p, [[0, 1, 2, 3]])
    assert not e.feasible
    assert any("trip 1 carries 4, more than the capacity 2" in v for v in e.violations)
    assert any("after its shift ends at 50" in v for v in e.violations)
    with pytest.raises(gridgov.InputError, match="unknown stop 'lunch'"):
        routing.check(p, [[0, "lunch"]])


def test_problem_errors_name_the_field():
    m = np.zeros((2, 2), dtype=np.int64)
    with pytest.raises(gridgov.InputError, match="visit 'a': field 'windows': closes before it opens"):
        routing.Problem(m, visits=[routing.Visit(location=1, windows=[(10, 5)], id="a")], vehicles=[routing.Vehicle()])
    with pytest.raises(gridgov.InputError, match="field 'location': location 7 is not in the matrices"):
        routing.Problem(m, visits=[routing.Visit(location=7)], vehicles=[routing.Vehicle()])
    with pytest.raises(gridgov.InputError, match="give a time limit"):
        routing.solve(line_problem())


def test_benchmark_files_cost_in_file_units(tmp_path):
    inst = routing.read(DATA / "routing" / "tiny.vrp", round="round")
    r = routing.solve(inst, max_iterations=300, seed=1)
    assert r.feasible and r.cost == 15
    assert sorted(c for route in r.routes for c in route) == [1, 2, 3, 4, 5]
    routing.write_sol(tmp_path / "tiny.sol", inst, r)
    text = (tmp_path / "tiny.sol").read_text()
    assert text.startswith("Route #1:") and text.rstrip().endswith("Cost 15")
    dimacs = routing.read(DATA / "routing" / "tiny.txt", round="dimacs")
    assert dimacs.scale == 10
    with pytest.raises(gridgov.InputError, match="field 'round': unknown value 'ceil'"):
        routing.read(DATA / "routing" / "tiny.txt", round="ceil")


def test_callback_stops_and_sees_progress():
    seen = []

    def stop_after_first(progress):
        seen.append(progress)
        return True

    r = routing.solve(line_problem(), max_iterations=10**9, callback=stop_after_first)
    assert r.stopped_by == "callback" and r.feasible
    assert seen and seen[-1].feasible


def random_problem(n=60, seed=0):
    rng = np.random.default_rng(seed)
    xy = rng.uniform(0, 100, (n + 1, 2))
    m = np.rint(np.hypot(*(xy[:, None, :] - xy[None, :, :]).transpose(2, 0, 1))).astype(np.int64)
    visits = [routing.Visit(location=i, demand=1) for i in range(1, n + 1)]
    return routing.Problem(m, visits=visits, vehicles=[routing.Vehicle(capacity=10) for _ in range(8)])


def test_ctrl_c_returns_the_best_plan_so_far():
    import os
    import signal

    def interrupt(progress):  # what pressing Ctrl-C during the search does
        os.kill(os.getpid(), signal.SIGINT)
        return False

    r = routing.solve(random_problem(), max_iterations=10**9, callback=interrupt)
    assert r.stopped_by == "interrupt"
    assert r.feasible and routing.check(random_problem(), r.stops, r.vehicles).feasible


def test_solving_releases_the_gil():
    import threading

    ticks = 0
    done = threading.Event()

    def count():
        nonlocal ticks
        while not done.is_set():
            ticks += 1

    counter = threading.Thread(target=count)
    counter.start()
    routing.solve(random_problem(), time_limit=0.5)
    done.set()
    counter.join()
    assert ticks > 100_000  # the other thread ran freely while the solver searched


def test_errors_in_the_callback_stop_the_search_and_are_raised():
    def broken(progress):
        raise RuntimeError("callback bug")

    with pytest.raises(RuntimeError, match="callback bug"):
        routing.solve(random_problem(), max_iterations=10**9, callback=broken)
