"""Whole numbers at the Python boundary: matrices, id arrays and DataFrame columns reach C++ as
int64 only when no value changes on the way. A fraction, NaN, a value beyond 64 bits (numpy
unsigned or a Python int) or a non-number is an InputError naming the record, field and entry,
never a truncation or a wrap."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import gridgov
from gridgov import matching, routing

VISITS = [routing.Visit(location=1)]
VEHICLES = [routing.Vehicle()]


def problem(distance, duration=None) -> routing.Problem:
    return routing.Problem(distance, duration, visits=VISITS, vehicles=VEHICLES)


@pytest.mark.parametrize("distance", [[[0, 5], [5, 0]], np.array([[0, 5.0], [5.0, 0]]), np.array([[0, 5], [5, 0]], dtype=np.uint8)])
def test_whole_numbers_of_any_numeric_kind_are_taken_as_they_are(distance):
    assert problem(distance).distance.tolist() == [[0, 5], [5, 0]]


@pytest.mark.parametrize(("distance", "message"), [
    (np.array([[0, 1.7], [1.7, 0]]), "entry (0, 1) is 1.7, not a whole number"),
    (np.array([[0, 5], [np.nan, 0]]), "entry (1, 0) is nan, not a whole number"),
    (np.array([[0, 5], [np.inf, 0]]), "entry (1, 0) is inf, not a whole number"),
    (np.array([[0, 5], [2.0**64, 0]]), "entry (1, 0) is 1.8446744073709552e+19, not a whole number"),
    (np.array([[0, 2**63 + 5], [5, 0]], dtype=np.uint64), "entry (0, 1) is 9223372036854775813, beyond 64-bit integers"),
    ([[0, 2**70], [5, 0]], "entry (0, 1) is 1180591620717411303424, beyond 64-bit integers"),
    ([[0, None], [5, 0]], "entry (0, 1) is None, not a whole number"),
    ([["0", "5"], ["5", "0"]], "must be a two-dimensional array of whole numbers, not of <U1"),
    ([0, 5], "must be a two-dimensional array of whole numbers"),
    ([[0, 5], [5]], "must be a two-dimensional array of whole numbers"),
])
def test_a_matrix_entry_that_would_change_is_refused_by_its_position(distance, message):
    with pytest.raises(gridgov.InputError) as caught:
        problem(distance)
    assert str(caught.value) == f"routing problem: field 'distance': {message}"


def test_the_duration_matrix_is_checked_under_its_own_name():
    with pytest.raises(gridgov.InputError, match=r"field 'duration': entry \(1, 0\) is 0.5"):
        problem([[0, 5], [5, 0]], np.array([[0, 5], [0.5, 0]]))


def test_a_matching_cost_is_not_rounded():
    supplies = pd.DataFrame({"id": ["V1"], "capacity": [1], "skills": ["en"]})
    demands = pd.DataFrame({"id": ["H1"], "skill": ["en"]})
    assert matching.match(supplies, demands, [[3]]).cost == 3
    with pytest.raises(gridgov.InputError, match=r"matching: field 'cost': entry \(0, 0\) is 2.5, not a whole number"):
        matching.match(supplies, demands, [[2.5]])


def test_node_ids_and_edges_are_whole_numbers():
    xy = [[0.0, 0.0], [100.0, 0.0]]
    network = gridgov.WalkingNetwork.from_arrays([1, 2], xy, [[1, 2]])
    assert network.node_count == 2
    with pytest.raises(gridgov.InputError, match=r"network: field 'node_ids': entry 1 is 2.5, not a whole number"):
        gridgov.WalkingNetwork.from_arrays([1, 2.5], xy, [[1, 2]])
    with pytest.raises(gridgov.InputError, match=r"network: field 'edges': entry \(0, 1\) is 18446744073709551616, beyond 64-bit"):
        gridgov.WalkingNetwork.from_arrays([1, 2], xy, [[1, 2**64]])


def test_an_unsigned_column_beyond_64_bits_is_refused_by_row_and_column(street):
    households = street.frame("households")
    households["size"] = households["size"].astype(np.uint64)
    assert street.replace(households=households).frame("households")["size"].tolist() == households["size"].tolist()
    households.loc[2, "size"] = np.uint64(2**64 - 1)
    with pytest.raises(gridgov.InputError, match="field 'size': row 2 is 18446744073709551615, beyond 64-bit integers"):
        street.replace(households=households)
