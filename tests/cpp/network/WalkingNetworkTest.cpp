// Building a walking network: checks on its records, connected parts and snapping.
#include <gtest/gtest.h>

#include <cmath>

#include "gridgov/network/WalkingNetwork.hpp"
#include "support/Expect.hpp"

using namespace gridgov;
using namespace gridgov::network;

namespace {

// A street of three nodes, 0 -(100 m)- 1 -(50 m)- 2, plus a detached lane 10 - 11.
WalkingNetwork street_and_lane() {
  return WalkingNetwork({{0, {0, 0}}, {1, {100, 0}}, {2, {150, 0}}, {10, {0, 500}}, {11, {30, 500}}},
                        {{0, 1, {}}, {1, 2, {}}, {10, 11, {}}});
}

}  // namespace

TEST(WalkingNetwork, FillsMissingLengthsWithTheStraightLine) {
  const auto net = street_and_lane();
  EXPECT_EQ(net.node_count(), 5u);
  EXPECT_EQ(net.edge_count(), 3u);
  EXPECT_DOUBLE_EQ(*net.edges()[0].length, 100.0);
  EXPECT_DOUBLE_EQ(net.total_length(), 180.0);
}

TEST(WalkingNetwork, NumbersConnectedPartsLargestFirst) {
  const auto net = street_and_lane();
  EXPECT_EQ(net.component_count(), 2u);
  EXPECT_EQ(net.components(), (std::vector<std::int32_t>{0, 0, 0, 1, 1}));
}

TEST(WalkingNetwork, RejectsBadRecordsNamingThem) {
  GRIDGOV_EXPECT_INPUT_ERROR(WalkingNetwork({{1, {0, 0}}, {1, {1, 1}}}, {}), "node 1: field 'id': appears twice");
  GRIDGOV_EXPECT_INPUT_ERROR(WalkingNetwork({{1, {NAN, 0}}}, {}), "node 1: field 'x': is not a finite number");
  GRIDGOV_EXPECT_INPUT_ERROR(WalkingNetwork({{1, {0, 0}}}, {{1, 9, {}}}), "edge 0: field 'target': unknown node 9");
  GRIDGOV_EXPECT_INPUT_ERROR(WalkingNetwork({{1, {0, 0}}}, {{1, 1, {}}}), "edge 0: field 'target': is the same node");
  GRIDGOV_EXPECT_INPUT_ERROR(WalkingNetwork({{1, {0, 0}}, {2, {1, 0}}}, {{1, 2, -3.0}}),
                             "edge 0: field 'length': must be a finite number of metres");
}

TEST(WalkingNetwork, SnapsToTheNearestPointOfTheNearestEdge) {
  const auto net = street_and_lane();
  const auto p = net.snap({120, 8});
  EXPECT_EQ(p.edge, 1u);
  EXPECT_EQ(p.from_mm, 20000);
  EXPECT_EQ(p.to_mm, 30000);
  EXPECT_EQ(p.connector_mm, 8000);
  EXPECT_EQ(p.component, 0);
  // Beyond the end of the street, the nearest point is the end node itself.
  const auto q = net.snap({200, 0});
  EXPECT_EQ(q.edge, 1u);
  EXPECT_EQ(q.to_mm, 0);
  EXPECT_EQ(q.connector_mm, 50000);
  EXPECT_EQ(net.snap({10, 490}).component, 1);
}

TEST(WalkingNetwork, SnappingNeedsEdgesAndFinitePoints) {
  GRIDGOV_EXPECT_INPUT_ERROR(WalkingNetwork().snap({0, 0}), "walking network: field 'edges': is empty");
  GRIDGOV_EXPECT_INPUT_ERROR(street_and_lane().snap({NAN, 0}), "is not a finite point");
}

TEST(WalkingNetwork, EqualityComparesRecords) {
  EXPECT_EQ(street_and_lane(), street_and_lane());
  EXPECT_NE(street_and_lane(), WalkingNetwork({{0, {0, 0}}}, {}));
}

// Found by tests/fuzz/scenario: one node far away made the snapping index a row of 1.4 billion
// cells (5.6 GB). A long thin network now gets no more cells than about three per edge.
TEST(WalkingNetwork, AFarNodeDoesNotBlowUpTheSnappingIndex) {
  const WalkingNetwork net({{1, {0, 0}}, {2, {1e18, 0}}, {3, {200, 0}}}, {{1, 2, 100.0}, {2, 3, 100.0}});
  const auto p = net.snap({0, 1});
  EXPECT_EQ(p.edge, 0u);
  EXPECT_EQ(p.connector_mm, 1000);
}

// Found by tests/fuzz/scenario: a building 5e96 m north of the street made the snapping search
// cast its cell to an integer (undefined behaviour), and its connector did not fit one.
TEST(WalkingNetwork, APlaceFarFromEveryWalkwayIsNamed) {
  GRIDGOV_EXPECT_INPUT_ERROR(street_and_lane().snap({50, 5e96}), "place: field 'x/y': is more than 1,000 km from every walkway");
  EXPECT_EQ(street_and_lane().snap({10, 900'000}).component, 1);
}
