"""Requests too large for this machine fail at once with a MemoryError that says what was asked,
how much memory it needs and how much there is, before anything is allocated (never a crash
of the interpreter or a swap storm)."""

from __future__ import annotations

import os
import re

import pytest

import gridgov
from gridgov import routing


MEMORY = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")


@pytest.mark.skipif(MEMORY > 150e9, reason="this machine could hold the 160 GB asked for")
def test_travel_matrices_beyond_memory_are_a_clear_memory_error():
    community = gridgov.synth.community(seed=1, buildings=100_000, households=200_000)
    with pytest.raises(MemoryError) as caught:
        community.travel_matrices("buildings", "buildings")  # two 100,000 x 100,000 matrices: 160 GB
    assert re.fullmatch(r"travel matrices of 100000 x 100000 places need 160\.0 GB of memory; "
                        r"this machine has \d+\.\d GB", str(caught.value)), str(caught.value)


def test_a_district_of_a_million_households_is_planned_community_by_community():
    district = gridgov.synth.district(seed=1, households=1_000_000, communities=600)
    assert district.household_count == 1_000_000 and len(district) == 600
    largest = max(district.communities, key=lambda c: len(c.households))
    plan = gridgov.field.plan_day(largest, max_iterations=50, duty_iterations=20)
    for name, part in plan.rounds().items():  # re-checked apart from the solver
        assert routing.check(part.round.problem, part.result.stops, part.result.vehicles).feasible, name
    assert plan.summary()["door_knocking_households"] > 0


@pytest.mark.skipif(MEMORY > 3000e9, reason="this machine could hold the 3,240 GB asked for")
def test_a_million_households_in_one_community_are_a_clear_memory_error_at_once():
    # 450,000 buildings in one piece: the day's round needs every building's distance to every other.
    community = gridgov.synth.community(seed=1, buildings=450_000, households=1_000_000)
    with pytest.raises(MemoryError, match=r"^travel matrices of 450002 x 450002 places need 3240\.0 GB of memory; "
                                          r"this machine has \d+\.\d GB$"):
        gridgov.field.plan_day(community)
