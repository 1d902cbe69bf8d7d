"""Properties of the territory split on random small communities, under hypothesis: every split
passes the independent checker, whose figures are the splitter's own; the same seed gives the
same split; a split is never worse than the grown split it starts from (its construction,
``max_passes=0``), as the checker scores both; asking for more grids than buildings is an
InputError naming the option."""

from __future__ import annotations

import math

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

import gridgov
from gridgov import territory
from random_cases import cases, communities

PROPERTY = cases(100)


def score(split: territory.Split, tolerance: float = 0.05) -> tuple[int, int]:
    """The split's score as docs/territories.md defines it (imbalance, then walking), from the
    checker's figures alone: per grid, the squared excess of k x its workload over the total
    beyond floor(tolerance x total), summed; then the grids' walking, summed."""
    verdict = split.check()
    k, total = len(verdict.workload), sum(verdict.workload)
    band = math.floor(tolerance * total)
    return sum(max(0, abs(k * w - total) - band) ** 2 for w in verdict.workload), sum(verdict.walking)


def checked(split: territory.Split) -> territory.Split:
    """The split, after the checker has found it valid and its walking the splitter's own."""
    verdict = split.check()
    assert verdict.valid, verdict.violations
    assert [g.walking for g in split.territories.grids] == list(verdict.walking)
    return split


@PROPERTY
@given(communities(), st.integers(2, 6), st.integers(0, 1000), st.integers(1, 3))
def test_a_split_passes_the_checker_repeats_with_its_seed_and_is_no_worse_than_its_construction(community, k, seed, restarts):
    grown = checked(territory.split(community, k, seed=seed, restarts=restarts, max_passes=0))
    first = checked(territory.split(community, k, seed=seed, restarts=restarts))
    assert len(first.territories.grids) == k
    assert sorted(first.frame()["building"]) == sorted(b.id for b in community.buildings)
    again = territory.split(community, k, seed=seed, restarts=restarts)
    assert list(again.territories.grid_of_building) == list(first.territories.grid_of_building)
    assert score(first) <= score(grown)
    event(f"the local search improved on the construction: {score(first) < score(grown)}")


@PROPERTY
@given(communities(), st.integers(1, 3))
def test_more_grids_than_buildings_is_an_input_error(community, more):
    k = len(community.buildings) + more
    with pytest.raises(gridgov.InputError, match=f"field 'grids': asks for {k} grids but the community has"):
        territory.split(community, k)
