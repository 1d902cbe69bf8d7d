"""gridgov.territory: splits checked by the independent checker, compared with stripes, and
put into the community."""

import pytest

import gridgov
from gridgov import territory


def test_default_community_in_eight_connected_grids_balanced_better_than_stripes(default_community):
    s = territory.split(default_community, 8, seed=1)
    grids, frame, check = s.grids(), s.frame(), s.check()
    assert check.valid, check.violations
    assert list(grids["connected"]) == [True] * 8
    assert list(grids["workload"]) == check.workload
    assert list(grids["walking_m"]) == check.walking
    assert grids["households"].sum() == len(default_community.households)
    assert frame.groupby("grid")["workload"].sum().tolist() == check.workload
    assert grids["worker"].notna().all() and grids["worker"].is_unique
    naive = territory.naive_split(default_community, 8).check()
    assert check.variation < naive.variation
    assert check.max_over_min < naive.max_over_min
    assert sum(check.walking) < sum(naive.walking)


def test_the_same_seed_gives_the_same_split(default_community):
    a = territory.split(default_community, 5, seed=3, restarts=2).frame()
    b = territory.split(default_community, 5, seed=3, restarts=2).frame()
    assert a.equals(b)


def test_community_with_the_grids_set(default_community):
    s = territory.split(default_community, 4, restarts=2)
    c = s.community()
    assert [g.id for g in c.grids] == list(s.grids()["grid"])
    assert [g.worker for g in c.grids] == list(s.grids()["worker"])
    assert [b.grid for b in c.buildings] == list(s.frame()["grid"])


def test_the_street_by_hand(street):
    assert territory.building_adjacency(street) == [[1], [0]]
    one = territory.split(street, 1).grids().iloc[0]
    # B1 and B2 are 5 + 100 + 5 m apart; H3 red (7) + H4 orange (3) + two green.
    assert (one["walking_m"], one["workload"], one["centre"]) == (110, 12, "B1")
    assert territory.split(street, 1, visits={"orange": 10}).grids()["workload"].tolist() == [19]
    assert territory.building_workloads(street) == [2, 10]


@pytest.mark.parametrize(
    "kwargs, field",
    [({"k": 0}, "grids"), ({"k": 3}, "grids"), ({"k": 1, "tolerance": 1.5}, "tolerance"),
     ({"k": 1, "visits": {"purple": 2}}, "visits"), ({"k": 1, "visits": {"red": -1}}, "red"),
     ({"k": 1, "worker_groups": ["mayor"]}, "groups")],
)
def test_bad_options_raise_input_error_naming_the_field(street, kwargs, field):
    with pytest.raises(gridgov.InputError) as e:
        territory.split(street, **kwargs)
    assert e.value.field == field
