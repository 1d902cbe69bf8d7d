// Walking networks from OpenStreetMap XML and GeoJSON, and the errors malformed files get.
#include <gtest/gtest.h>

#include <cmath>

#include "gridgov/io/NetworkFiles.hpp"
#include "support/Expect.hpp"

using namespace gridgov;
using namespace gridgov::io;

namespace {

const std::string data = GRIDGOV_TEST_DATA;

double edge_length(const network::WalkingNetwork& net, std::int64_t a, std::int64_t b) {
  for (const auto& e : net.edges())
    if ((e.source == a && e.target == b) || (e.source == b && e.target == a)) return *e.length;
  return NAN;
}

}  // namespace

TEST(OsmNetwork, KeepsFootWaysOnly) {
  const auto net = read_osm_network(data + "/hutong.osm");
  // Ways 100 (3 nodes), 101 (1 more) and 104 (1 more) are walkable; 102 and 103 are not.
  EXPECT_EQ(net.node_count(), 5u);
  EXPECT_EQ(net.edge_count(), 4u);
  EXPECT_NO_THROW((void)net.node_index(8));
  EXPECT_THROW((void)net.node_index(7), InputError);
  // 0.002 degrees of longitude at 39.931 N is about 170.53 m (R = 6371.0088 km).
  EXPECT_NEAR(edge_length(net, 1, 2), 170.53, 0.01);
  // 0.0008 degrees of latitude is about 89 m.
  EXPECT_NEAR(edge_length(net, 2, 4), 88.96, 0.05);
  ASSERT_TRUE(net.origin());
  EXPECT_NEAR(net.origin()->lon, 116.402, 1e-9);
  // Local coordinates agree with great-circle lengths to well under a metre.
  const auto& n1 = net.nodes()[net.node_index(1)].position;
  const auto& n2 = net.nodes()[net.node_index(2)].position;
  EXPECT_NEAR(euclidean(n1, n2), edge_length(net, 1, 2), 0.05);
}

TEST(OsmNetwork, RejectsMalformedXmlNamingTheLine) {
  GRIDGOV_EXPECT_INPUT_ERROR(parse_osm_network("<osm><node id=\"1\" lat=\"1\" lon=\"2\"></osm>", "x.osm"),
                             "x.osm line 1: closes <osm> but <node> is open");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_osm_network("<osm>\n<node id=\"1\" lat=\"91\" lon=\"2\"/></osm>", "x.osm"),
                             "x.osm line 2 <node id=1>: field 'lat': must be between -90 and 90");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_osm_network("<osm><node id=\"x\" lat=\"1\" lon=\"2\"/></osm>", "x.osm"),
                             "field 'id': expected a number, got 'x'");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_osm_network("<osm><way id=\"5\"><nd ref=\"9\"/><tag k=\"highway\" v=\"path\"/></way></osm>", "x.osm"),
                             "x.osm line 1 <way id=5>: field 'nd': node 9 is not in the file");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_osm_network("<osm><way id=\"5\"><tag k=\"highway\" v=\"&bogus;\"/></way></osm>", "x.osm"),
                             "has an unknown entity &bogus;");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_osm_network("<gpx></gpx>", "x.osm"), "is not OpenStreetMap XML");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_osm_network("<osm></osm>", "x.osm"), "has no walkable ways");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_osm_network("<osm><!-- never closed", "x.osm"), "has a comment that never ends");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_osm_network("", "x.osm"), "has no elements");
}

TEST(GeoJsonNetwork, JoinsLinesAtSharedVerticesAndSkipsPoints) {
  const auto net = read_geojson_network(data + "/lanes.geojson");
  EXPECT_EQ(net.node_count(), 4u);
  EXPECT_EQ(net.edge_count(), 3u);
  EXPECT_EQ(net.component_count(), 1u);
  EXPECT_NEAR(net.total_length(), 2 * 170.53 + 88.96, 0.05);
}

TEST(GeoJsonNetwork, ReadsPlanarMetresWhenAsked) {
  const auto net = parse_geojson_network(R"({"type": "LineString", "coordinates": [[0, 0], [30, 40], [30, 40]]})", "g",
                                         {.geographic = false});
  EXPECT_EQ(net.edge_count(), 1u);
  EXPECT_DOUBLE_EQ(*net.edges()[0].length, 50.0);
  EXPECT_FALSE(net.origin());
}

TEST(GeoJsonNetwork, RejectsBadGeometryNamingTheFeature) {
  GRIDGOV_EXPECT_INPUT_ERROR(
      parse_geojson_network(R"({"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[0, 0], [1]]}}]})", "g.json"),
      "g.json: features[0]: field 'coordinates': position 1 is not a pair of numbers");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_geojson_network(R"({"type": "LineString", "coordinates": [[500, 0], [1, 1]]})", "g.json"),
                             "is not [longitude, latitude] in degrees");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_geojson_network(R"({"features": []})", "g.json"), "g.json: field 'type': is missing");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_geojson_network(R"({"type": "Point", "coordinates": [1, 1]})", "g.json"),
                             "has no LineString or MultiLineString geometries");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_geojson_network("{", "g.json"), "g.json: is not valid JSON");
}

// Found by tests/fuzz/geojson_network: a number beyond a double's range escaped as nlohmann's out_of_range.
TEST(GeoJsonNetwork, ANumberBeyondADoubleIsInvalidJson) {
  GRIDGOV_EXPECT_INPUT_ERROR(parse_geojson_network(R"({"type": "LineString", "coordinates": [[11e308, 39.9], [116.4, 39.9]]})", "g.json"),
                             "g.json: is not valid JSON: [json.exception.out_of_range.406] number overflow parsing '11e308'");
}
