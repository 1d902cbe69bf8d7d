"""Properties of the roster solver (on watch-post duty problems of random small communities) and
of the territory split, under hypothesis: every result is what the independent evaluator or
checker says of it; the same seed gives the same result; more iterations never give a worse
roster; a roster given as the start is never worsened."""

from __future__ import annotations

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import gridgov
from gridgov import duty, roster, territory

PROPERTY = settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def communities(draw) -> gridgov.Community:
    """A small synthetic community: 10-40 buildings, 1-3 posts, 6-20 volunteers."""
    buildings = draw(st.integers(10, 40))
    return gridgov.synth.community(seed=draw(st.integers(0, 10**6)), buildings=buildings,
                                   households=draw(st.integers(buildings, 3 * buildings)),
                                   volunteers=draw(st.integers(6, 20)), posts=draw(st.integers(1, 3)))


def solved(problem: roster.Problem, iterations: int, seed: int = 1, **options) -> roster.Result:
    """A solve whose roster is evaluated again, apart from the solver."""
    result = roster.solve(problem, max_iterations=iterations, seed=seed, progress=False, **options)
    verdict = roster.evaluate(problem, result.roster)
    assert (verdict.feasible, verdict.objective) == (result.feasible, result.objective)
    return result


@PROPERTY
@given(communities(), st.integers(1, 3), st.integers(0, 2**32))
def test_duty_rosters_repeat_with_their_seed_and_improve_with_iterations(community, days, seed):
    problem = duty.problem(community, days=days).problem
    short = solved(problem, 20, seed)
    assert short.roster.equals(solved(problem, 20, seed).roster)
    longer = solved(problem, 80, seed)
    assert longer.feasible >= short.feasible
    if short.feasible:
        assert longer.objective <= short.objective


@PROPERTY
@given(communities())
def test_a_roster_given_as_the_start_is_never_worsened(community):
    problem = duty.problem(community, days=2).problem
    nobody = pd.DataFrame(columns=["staff", "day", "shift"])  # everyone off: feasible unless a minimum binds
    start = roster.evaluate(problem, nobody)
    result = solved(problem, 30, initial=nobody)
    if start.feasible:
        assert result.feasible and result.objective <= start.objective


@PROPERTY
@given(communities(), st.integers(2, 6), st.integers(0, 1000))
def test_a_split_passes_the_checker_and_repeats_with_its_seed(community, k, seed):
    first = territory.split(community, k, seed=seed, restarts=2)
    verdict = first.check()
    assert verdict.valid, verdict.violations
    assert len(first.territories.grids) == k
    assert sorted(first.frame()["building"]) == sorted(b.id for b in community.buildings)
    again = territory.split(community, k, seed=seed, restarts=2)
    assert list(again.territories.grid_of_building) == list(first.territories.grid_of_building)
