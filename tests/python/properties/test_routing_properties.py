"""Properties of the routing solver on random small problems (hypothesis): whatever the problem,
the result is what the independent checker says of its routes; the same seed and iteration limit
give the same plan; more iterations never give a worse plan; a plan given as the start is never
worsened; an optional visit no vehicle can carry is left out, whatever its prize; and a problem
no plan can serve comes back flagged infeasible with its violations named, after the iteration
limit, never a hang or a wrong "feasible". (That the result is never worse than the
construction is tested in C++, where a callback can stop the solver right after it:
tests/cpp/routing/PropertyTest.cpp.)"""

from __future__ import annotations

import math

import numpy as np
from hypothesis import event, given
from hypothesis import strategies as st

from gridgov import routing
from random_cases import cases

PROPERTY = cases(200)


@st.composite
def problems(draw) -> routing.Problem:
    """Up to 8 visits on a 100 x 100 plane and up to 3 vehicles, with windows, demands and
    capacities, optional visits with prizes (some above any penalty weight), skills, shifts and
    fixed costs drawn at random."""
    n = draw(st.integers(1, 8))
    k = draw(st.integers(1, 3))
    xy = np.array(draw(st.lists(st.tuples(st.integers(0, 100), st.integers(0, 100)), min_size=n + 1, max_size=n + 1)))
    distance = np.rint(np.hypot(*(xy[:, None, :] - xy[None, :, :]).transpose(2, 0, 1))).astype(np.int64)
    visits = []
    for i in range(1, n + 1):
        opens = draw(st.integers(0, 300))
        windows = [(opens, opens + draw(st.integers(20, 300)))] if draw(st.booleans()) else []
        optional = draw(st.integers(0, 3)) == 0
        visits.append(routing.Visit(location=i, service=draw(st.integers(0, 15)), windows=windows,
                                    demand=draw(st.integers(0, 4)), required=not optional,
                                    prize=draw(st.sampled_from([0, 50, 200, 10**9])) if optional else 0,
                                    skills=["en"] if draw(st.integers(0, 5)) == 0 else [], id=f"v{i}"))
    vehicles = [routing.Vehicle(capacity=draw(st.integers(4, 20)), shift=(0, draw(st.integers(400, 2000))),
                                skills=["en"] if draw(st.booleans()) else [], fixed_cost=draw(st.integers(0, 50)),
                                id=f"k{j}") for j in range(k)]
    return routing.Problem(distance, visits=visits, vehicles=vehicles)


def solved(problem: routing.Problem, iterations: int, seed: int = 1, **options) -> routing.Result:
    """A solve whose result is run through the checker, apart from the solver."""
    result = routing.solve(problem, max_iterations=iterations, seed=seed, progress=False, **options)
    verdict = routing.check(problem, result.stops, result.vehicles)
    assert verdict.feasible == result.feasible
    assert verdict.objective == result.evaluation.objective
    assert result.cost == verdict.objective["total"]
    return result


@PROPERTY
@given(problems(), st.integers(0, 2**32))
def test_the_same_seed_gives_the_same_plan_and_more_iterations_never_a_worse_one(problem, seed):
    short = solved(problem, 30, seed)
    again = solved(problem, 30, seed)
    assert (again.stops, again.vehicles, again.cost) == (short.stops, short.vehicles, short.cost)
    event(f"feasible after 30 iterations: {short.feasible}")
    longer = solved(problem, 150, seed)  # the same search, run on: its best can only improve
    assert longer.feasible >= short.feasible
    if short.feasible:
        assert longer.cost <= short.cost


def one_by_one(problem: routing.Problem) -> tuple[list[list[int]], list[int]]:
    """A simple start: each required visit alone on the first vehicle able to serve it (skills),
    each vehicle used at most once; the rest left out."""
    routes, owners, used = [], [], set()
    for i, visit in enumerate(problem.visits):
        if not visit.required:
            continue
        for j, vehicle in enumerate(problem.vehicles):
            if j not in used and set(visit.skills) <= set(vehicle.skills):
                routes.append([i]), owners.append(j), used.add(j)
                break
    return routes, owners


@PROPERTY
@given(problems())
def test_a_feasible_start_is_never_worsened(problem):
    start, owners = one_by_one(problem)
    verdict = routing.check(problem, start, owners)
    event(f"start feasible: {verdict.feasible}")
    if not verdict.feasible:
        return  # this start breaks a rule: nothing to compare with
    result = solved(problem, 40, initial=start, initial_vehicles=owners)
    assert result.feasible and result.cost <= verdict.objective["total"]


@PROPERTY
@given(problems())
def test_a_problem_no_plan_can_serve_is_flagged_with_its_violations(problem):
    # One more required visit that no vehicle can reach in time: nothing can be feasible.
    far = len(problem.distance) - 1
    visits = [*problem.visits, routing.Visit(location=far, windows=[(0, 0)], service=10**6, id="impossible")]
    impossible = routing.Problem(problem.distance, visits=visits, vehicles=problem.vehicles)
    result = solved(impossible, 30)
    assert not result.feasible
    assert result.evaluation.violations and not math.isnan(result.cost)


@PROPERTY
@given(problems(), st.sampled_from([50, 10**9]))
def test_an_optional_visit_no_vehicle_can_carry_is_left_out(problem, prize):
    # Found by the round properties: with a prize above every penalty weight, such a visit was
    # kept in every plan, and the solver returned an infeasible one.
    plan = solved(problem, 30)
    event(f"feasible without it: {plan.feasible}")
    if not plan.feasible:
        return  # no feasible start to give
    heavy = routing.Visit(location=len(problem.distance) - 1, demand=10**6, required=False, prize=prize, id="heavy")
    with_heavy = routing.Problem(problem.distance, visits=[*problem.visits, heavy], vehicles=problem.vehicles)
    result = solved(with_heavy, 30, initial=plan.stops, initial_vehicles=plan.vehicles)
    assert result.feasible and result.cost <= plan.cost + prize
