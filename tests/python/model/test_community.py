"""Communities: levels, frames, replacing parts, walking between places, and errors."""

import pickle

import numpy as np
import pytest

import gridgov
from conftest import street_parts


def test_levels_and_counts(street):
    assert street.levels == [gridgov.Level.green, gridgov.Level.green, gridgov.Level.red, gridgov.Level.orange]
    assert street.level_counts() == {"red": 1, "orange": 1, "green": 2}
    assert street.building_levels() == [gridgov.Level.green, gridgov.Level.red]
    assert "2 buildings, 4 households (red 1, orange 1, green 2)" in repr(street)


def test_frames_carry_every_column_and_the_level(street):
    h = street.frame("households")
    assert list(h.columns[:3]) == ["id", "building", "size"]
    assert list(h["level"]) == ["green", "green", "red", "orange"]
    assert h["size"].dtype == np.int64 and h["reached"].dtype == bool
    v = street.frame("volunteers")
    assert v.loc[1, "skills"] == "en" and np.isnan(v.loc[0, "home_x"])
    b = street.frame("buildings")
    assert list(b["level"]) == ["green", "red"]
    with pytest.raises(gridgov.InputError, match="unknown kind 'people'"):
        street.frame("people")


def test_frames_round_trip_through_replace(street):
    frame = street.frame("households")
    assert street.replace(households=frame) == street
    frame.loc[0, "size"] = 6
    changed = street.replace(households=frame)
    assert changed.households[0].size == 6 and street.households[0].size == 3
    for kind, cls in [("buildings", gridgov.Building), ("volunteers", gridgov.Volunteer), ("posts", gridgov.Post)]:
        assert cls.from_frame(street.frame(kind)) == getattr(street, kind)


def test_bad_frames_name_row_record_and_column(street):
    frame = street.frame("households")
    frame["size"] = frame["size"].astype(object)
    frame.loc[2, "size"] = "lots"
    with pytest.raises(gridgov.InputError, match=r"households DataFrame row 2 \(household 'H3'\): field 'size': expected an integer"):
        street.replace(households=frame)
    frame = street.frame("households")
    frame.loc[1, "building"] = "B9"
    with pytest.raises(gridgov.InputError, match="household 'H2': field 'building': unknown building 'B9'"):
        street.replace(households=frame)


def test_walks_between_places_by_hand(street):
    m = street.travel_matrices("office", "buildings", threads=1)
    assert m.distance.tolist() == [[55, 155]]
    assert m.duration.tolist() == [[44, 124]]  # at 1.25 m/s
    assert m.destinations == [("building", "B1"), ("building", "B2")]
    pairs = street.travel_matrices([("home", "V2"), ("post", "P1")])
    assert pairs.distance[0, 1] == 10 + 80 + 2  # 10 m to the street, 80 m along it, 2 m to the post
    assert np.array_equal(pairs.distance, pairs.distance.T)
    with pytest.raises(gridgov.InputError, match="volunteer 'V1': field 'home': is not given"):
        street.travel_matrices([("home", "V1")])


def test_community_errors_name_record_and_field():
    parts = street_parts()
    info, network = parts.pop("info"), parts.pop("network")
    parts["buildings"][1] = parts["buildings"][1].replace(y=400)
    with pytest.raises(gridgov.InputError, match=r"building 'B2': field 'entrance': is 400.0 m from the nearest walkway"):
        gridgov.Community(info, network, **parts)
    with pytest.raises(gridgov.InputError, match="field 'colour': is not a part of a community"):
        gridgov.Community(info, network, colour="red")


def test_pickle_and_equality(street):
    assert pickle.loads(pickle.dumps(street)) == street
    assert street != street.replace(households=street.households[:3])


def test_walks_along_the_street(street):
    w = street.walk(("office", "street"), ("building", "B2"))
    assert w.shape[1] == 2
    assert tuple(w[0]) == (0.0, 0.0) and tuple(w[-1]) == (150.0, 5.0)
    assert np.isclose(np.hypot(*np.diff(w, axis=0).T).sum(), 155.0)
