"""The independent route checker: it accepts a solver's plan and catches every kind of
corruption of it."""

from __future__ import annotations

import dataclasses
import math

import pytest

from gridgov import bench, routing

from conftest import DATA


@pytest.fixture(scope="module")
def tiny():
    inst = bench.load_instances("routing", DATA / "routing" / "tiny.txt")[0]
    result = routing.solve(routing.read(inst.path, round="dimacs"), max_iterations=200, seed=1)
    return inst, result


def test_the_checker_agrees_with_gridgovs_cost(tiny):
    inst, result = tiny
    assert bench.check_routes(inst, result.routes, result.vehicles) == (True, pytest.approx(result.cost))


@pytest.mark.parametrize("corrupt", [
    lambda routes: [routes[0] + routes[1][:1], routes[1]],  # a client twice
    lambda routes: [routes[0], routes[1][1:]],  # a client left out
    lambda routes: [routes[0] + routes[1], []],  # one vehicle over its capacity (16 > 10)
    lambda routes: [routes[0] + [9], routes[1]],  # a location that is not a client
])
def test_the_checker_catches_a_corrupted_plan(tiny, corrupt):
    inst, result = tiny
    routes = [list(r) for r in result.routes]
    if 4 not in routes[0]:
        routes.reverse()
    feasible, objective = bench.check_routes(inst, corrupt(routes), result.vehicles)
    assert not feasible and math.isinf(objective)


def test_the_checker_catches_a_missed_window_and_a_late_return(tiny):
    inst, result = tiny
    early = inst.late.copy()
    early[4] = 49  # client 4 is 5.0 from the depot: 50 in tenths, one too late
    assert bench.check_routes(dataclasses.replace(inst, late=early), result.routes, result.vehicles) == (False, math.inf)
    short = [dict(v, late=60) for v in inst.vehicles]  # every route takes longer than 6.0
    assert bench.check_routes(dataclasses.replace(inst, vehicles=short), result.routes, result.vehicles) == (False, math.inf)


def test_the_checker_rejects_a_vehicle_used_twice(tiny):
    inst, result = tiny
    assert bench.check_routes(inst, result.routes, [0, 0]) == (False, math.inf)
