"""Requests too large for this machine fail at once with a MemoryError that says what was asked,
how much memory it needs and how much there is, before anything is allocated (never a crash
of the interpreter or a swap storm)."""

from __future__ import annotations

import os
import re

import pytest

import gridgov


MEMORY = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")


@pytest.mark.skipif(MEMORY > 150e9, reason="this machine could hold the 160 GB asked for")
def test_travel_matrices_beyond_memory_are_a_clear_memory_error():
    community = gridgov.synth.community(seed=1, buildings=100_000, households=200_000)
    with pytest.raises(MemoryError) as caught:
        community.travel_matrices("buildings", "buildings")  # two 100,000 x 100,000 matrices: 160 GB
    assert re.fullmatch(r"travel matrices of 100000 x 100000 places need 160\.0 GB of memory; "
                        r"this machine has \d+\.\d GB", str(caught.value)), str(caught.value)
