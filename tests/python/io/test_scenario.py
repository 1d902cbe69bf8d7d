"""Scenario files round-trip byte for byte between C++ and Python."""

import json

import pytest

import gridgov
from conftest import DATA


def test_python_writes_the_file_cpp_wrote_byte_for_byte(street, tmp_path):
    # tests/data/street.scenario.json is checked byte for byte by the C++ tests too.
    fixture = (DATA / "street.scenario.json").read_text()
    assert street.to_json() == fixture
    loaded = gridgov.io.read_scenario(DATA / "street.scenario.json")
    assert loaded == street
    gridgov.io.write_scenario(tmp_path / "copy.json", loaded)
    assert (tmp_path / "copy.json").read_text() == fixture


def test_synthetic_community_round_trips(default_community, tmp_path):
    default_community.save(tmp_path / "c.json")
    again = gridgov.Community.load(tmp_path / "c.json")
    assert again == default_community
    assert again.to_json() == default_community.to_json()
    assert json.loads(again.to_json())["version"] == gridgov.io.scenario_version


def test_bad_scenarios_are_named():
    text = (DATA / "street.scenario.json").read_text()
    with pytest.raises(gridgov.InputError, match="field 'version': is 7; this gridgov reads version 1"):
        gridgov.Community.from_json(text.replace('"version": 1', '"version": 7'))
    with pytest.raises(gridgov.InputError, match="is not valid JSON"):
        gridgov.Community.from_json(text[:100])
    with pytest.raises(gridgov.InputError, match=r"households row 0 \(household 'H1'\): field 'size': expected an integer"):
        gridgov.Community.from_json(text.replace('"size": 3', '"size": "three"'))
    with pytest.raises(gridgov.InputError, match="cannot be opened for reading"):
        gridgov.Community.load("/nonexistent/scenario.json")
