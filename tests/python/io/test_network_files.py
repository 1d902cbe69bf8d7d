"""Walking networks from OpenStreetMap XML and GeoJSON files."""

import pytest

import gridgov
from conftest import DATA


def test_osm_keeps_foot_ways_with_their_ids():
    net = gridgov.io.read_osm(DATA / "hutong.osm")
    assert (net.node_count, net.edge_count) == (5, 4)
    assert sorted(net.frame("nodes")["id"]) == [1, 2, 3, 4, 8]
    assert net.origin == pytest.approx((116.402, 39.931))


def test_geojson_joins_lines_at_shared_vertices():
    net = gridgov.io.read_geojson(DATA / "lanes.geojson")
    assert (net.node_count, net.edge_count, net.component_count) == (4, 3, 1)
    planar = gridgov.io.parse_geojson('{"type": "LineString", "coordinates": [[0, 0], [3, 4]]}', geographic=False)
    assert planar.total_length == 5.0 and planar.origin is None


def test_bad_files_are_named():
    with pytest.raises(gridgov.InputError, match="line 1: closes <osm> but <node> is open"):
        gridgov.io.parse_osm('<osm><node id="1" lat="1" lon="2"></osm>')
    with pytest.raises(gridgov.InputError, match=r"features\[0\]: field 'coordinates': position 1 is not a pair of numbers"):
        gridgov.io.parse_geojson('{"type": "FeatureCollection", "features": [{"type": "Feature", '
                                 '"geometry": {"type": "LineString", "coordinates": [[0, 0], [1]]}}]}')
