"""Whole numbers at the Python boundary: matrices, id arrays and DataFrame columns reach C++ as
int64 only when no value changes on the way. A fraction, NaN, a value beyond 64 bits (numpy
unsigned or a Python int) or a non-number is an InputError naming the record, field and entry,
never a truncation or a wrap. Scalar whole-number arguments (seeds, counts, days) likewise: out
of their C++ type's range, fractional or a bool, they are an InputError naming the argument."""

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


def test_scalar_arguments_take_python_and_numpy_integers():
    a = gridgov.synth.community(seed=np.uint64(2**64 - 1), buildings=np.int32(20), households=40, volunteers=8, posts=1)
    b = gridgov.synth.community(seed=2**64 - 1, buildings=20, households=40, volunteers=8, posts=1)
    assert a.to_json() == b.to_json()


@pytest.mark.parametrize(("call", "message"), [
    (lambda: gridgov.synth.community(seed=-1),
     "synthetic community options: field 'seed': must be from 0 to 18446744073709551615, not -1"),
    (lambda: gridgov.synth.district(households=2**31),
     "synthetic district options: field 'households': must be from -2147483648 to 2147483647, not 2147483648"),
    (lambda: gridgov.synth.community(buildings=2.0), "synthetic community options: field 'buildings': must be a whole number, not 2.0"),
    (lambda: gridgov.synth.community(seed=True), "synthetic community options: field 'seed': must be a whole number, not True"),
    (lambda: routing.Vehicle(capacity=2**63, id="k1"),
     "vehicle 'k1': field 'capacity': must be from -9223372036854775808 to 9223372036854775807, not 9223372036854775808"),
    (lambda: routing.Visit(location=-1), "visit: field 'location': must be from 0 to 18446744073709551615, not -1"),
])
def test_a_scalar_argument_out_of_range_is_named(call, message):
    with pytest.raises(gridgov.InputError) as caught:
        call()
    assert str(caught.value) == message


def test_ledger_days_are_checked_where_the_ledger_is_called(street, tmp_path):
    ledger = gridgov.ledger.Ledger.create(tmp_path / "l.sqlite", street)
    with pytest.raises(gridgov.InputError, match=r"^promises: field 'day': must be from -2147483648 to 2147483647, not 4294967296$"):
        ledger.promises(2**32)
    with pytest.raises(gridgov.InputError, match=r"^contacts: field 'day': must be a whole number, not 1\.5$"):
        ledger.contacts(day=1.5)
    assert ledger.contacts(day=np.int64(0)).empty
