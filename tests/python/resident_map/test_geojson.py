"""The resident map as GeoJSON: one feature per building with its level and unreached
households, grid outlines around their buildings, routes from the office and back, written
whole or not at all."""

import json
import os

import numpy as np
import pytest
from matplotlib.path import Path as Outline

import gridgov
from gridgov import resident_map


def features(collection: dict, kind: str) -> list[dict]:
    return [f for f in collection["features"] if f["properties"]["kind"] == kind]


def test_the_street_is_a_feature_collection_of_its_places(street):
    households = street.frame("households")
    households.loc[households["id"] == "H1", "reached"] = True
    street = street.replace(households=households)
    collection = json.loads(json.dumps(resident_map.to_geojson(street), allow_nan=False))  # plain JSON, no NaN
    assert collection["type"] == "FeatureCollection"
    assert all(f["type"] == "Feature" and f["geometry"]["type"] for f in collection["features"])
    buildings = {f["properties"]["id"]: f for f in features(collection, "building")}
    assert set(buildings) == {"B1", "B2"}
    assert buildings["B1"]["geometry"] == {"type": "Point", "coordinates": [50.0, 5.0]}
    levels = dict(zip(street.frame("buildings")["id"], street.frame("buildings")["level"]))
    assert levels == {"B1": "green", "B2": "red"}
    assert {k: (f["properties"]["level"], f["properties"]["households"], f["properties"]["unreached"],
                f["properties"]["floors"], f["properties"]["grid"]) for k, f in buildings.items()} == {
        "B1": (levels["B1"], 2, 1, 1, "G1"), "B2": (levels["B2"], 2, 2, 2, "G1")}
    assert [f["geometry"]["coordinates"] for f in features(collection, "office")] == [[0.0, 0.0]]
    assert [f["properties"]["id"] for f in features(collection, "post")] == ["P1"]
    assert [f["properties"]["id"] for f in features(collection, "station")] == ["S1"]
    assert len(features(collection, "network")) == 2
    assert features(collection, "route") == []
    assert collection["gridgov"]["level_counts"] == street.level_counts()


def test_the_coordinates_are_said_to_be_local_metres(street):
    collection = resident_map.to_geojson(street)
    assert "local metres" in collection["gridgov"]["coordinates"]
    wkt = collection["crs"]["properties"]["name"]
    assert wkt.startswith('LOCAL_CS["gridgov local metres of community street"') and 'UNIT["metre",1]' in wkt
    quoted = resident_map.to_geojson(street.replace(info=street.info.replace(id='No. "11"')))
    assert 'of community No. ""11"""' in quoted["crs"]["properties"]["name"], "WKT doubles quotes in names"


def test_grid_outlines_contain_their_buildings(door_knocking_plan):
    community = door_knocking_plan.community
    collection = resident_map.to_geojson(community)
    buildings = community.frame("buildings")
    grids = features(collection, "grid")
    assert [g["properties"]["id"] for g in grids] == [g.id for g in community.grids]
    for grid in grids:
        ring = np.array(grid["geometry"]["coordinates"][0])
        assert (ring[0] == ring[-1]).all(), "a closed ring"
        x, y = ring[:, 0], ring[:, 1]
        assert np.sum(x[:-1] * y[1:] - x[1:] * y[:-1]) > 0, "counter-clockwise, as RFC 7946 asks"
        own = buildings[buildings["grid"] == grid["properties"]["id"]]
        assert grid["properties"]["buildings"] == len(own)
        assert Outline(ring).contains_points(own[["x", "y"]].to_numpy()).all()
    assert sum(g["properties"]["households"] for g in grids) == len(community.households)


def test_buildings_without_a_grid_get_no_outline(street):
    buildings = street.frame("buildings").assign(grid="")
    collection = resident_map.to_geojson(street.replace(buildings=buildings, grids=[]))
    assert features(collection, "grid") == []
    assert {f["properties"]["grid"] for f in features(collection, "building")} == {None}


def test_routes_leave_the_office_and_come_back(door_knocking_plan):
    community = door_knocking_plan.community
    routes = features(resident_map.to_geojson(community, [door_knocking_plan]), "route")
    office = [round(community.info.office_x, 2), round(community.info.office_y, 2)]
    summary = door_knocking_plan.summary()
    assert len(routes) == summary["teams"]
    for route in routes:
        line = route["geometry"]["coordinates"]
        assert route["geometry"]["type"] == "LineString" and len(line) > 2
        assert line[0] == office and line[-1] == office
    assert sum(r["properties"]["households"] for r in routes) == summary["households"]
    assert sum(r["properties"]["metres"] for r in routes) == summary["metres"]
    visits = door_knocking_plan.visits()
    assert {r["properties"]["team"]: r["properties"]["volunteers"] for r in routes} == dict(
        zip(visits["team"], visits["volunteers"]))


def test_a_plan_of_another_community_is_refused(street, door_knocking_plan):
    with pytest.raises(ValueError, match="cannot be drawn on community 'street'"):
        resident_map.to_geojson(street, [door_knocking_plan])


def test_the_file_is_written_whole_and_replaces_the_old(tmp_path, street):
    path = tmp_path / "map.geojson"
    path.write_text("old", encoding="utf-8")
    collection = resident_map.to_geojson(street, path=path)
    assert json.loads(path.read_text(encoding="utf-8")) == collection
    assert [p.name for p in tmp_path.iterdir()] == ["map.geojson"]


def test_a_failed_write_leaves_the_old_file(tmp_path, street, monkeypatch):
    path = tmp_path / "map.geojson"
    path.write_text("old", encoding="utf-8")

    def full_disk(source, target):
        raise OSError("no space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OSError, match="no space"):
        resident_map.to_geojson(street, path=path)
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["map.geojson"], "no temporary file left behind"


def test_chinese_ids_are_written_as_they_are(tmp_path, street):
    buildings = street.frame("buildings")
    buildings.loc[buildings["id"] == "B1", "id"] = "东四十条5号"
    households = street.frame("households")
    households.loc[households["building"] == "B1", "building"] = "东四十条5号"
    path = tmp_path / "map.geojson"
    resident_map.to_geojson(street.replace(buildings=buildings, households=households), path=path)
    assert '"id": "东四十条5号"' in path.read_text(encoding="utf-8")


def test_gridgov_exports_the_module():
    assert gridgov.resident_map is resident_map and "resident_map" in gridgov.__all__
