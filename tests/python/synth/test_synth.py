"""Synthetic communities and districts from Python."""

import pytest

import gridgov


def test_default_community_has_the_case_sizes(default_community):
    c = default_community
    assert (len(c.buildings), len(c.households), len(c.volunteers), len(c.posts), len(c.stations)) == (600, 1336, 60, 8, 1)
    groups = c.frame("volunteers")["group"].value_counts()
    assert set(groups.index) == {g.name for g in gridgov.Group}
    party = [v for v in c.volunteers if v.group == "party_member"]
    assert all(v.availability.startswith("mon-fri 19:00-21:00") for v in party)


def test_same_seed_same_community():
    assert gridgov.synth.community(seed=4).to_json() == gridgov.synth.community(seed=4).to_json()
    assert gridgov.synth.community(seed=4) != gridgov.synth.community(seed=5)


def test_options_are_checked():
    with pytest.raises(gridgov.InputError, match="synthetic community options: field 'households'"):
        gridgov.synth.community(buildings=50, households=10)
    with pytest.raises(TypeError):
        gridgov.synth.community(4)  # options are keyword-only


def test_small_district():
    d = gridgov.synth.district(seed=1, communities=8, households=4000, subdistricts=3)
    assert len(d) == 8 and d.household_count == 4000
    assert {c.info.subdistrict for c in d.communities} == {"S01", "S02", "S03"}
