// building_adjacency() on streets small enough to draw the Voronoi cells by hand.
#include <gtest/gtest.h>

#include "gridgov/territory/Adjacency.hpp"
#include "support/Fixtures.hpp"

using namespace gridgov;
using Lists = std::vector<std::vector<std::size_t>>;

namespace {

// A street 1-2-3 running east (200 m) with a spur 2-4 north (100 m), and buildings by door.
model::Community spur(std::vector<Point> doors) {
  model::CommunityParts p;
  p.info = {.id = "spur", .office = {0, 0}};
  p.network = network::WalkingNetwork({{1, {0, 0}}, {2, {100, 0}}, {3, {200, 0}}, {4, {100, 100}}},
                                      {{1, 2, {}}, {2, 3, {}}, {2, 4, {}}});
  for (std::size_t i = 0; i < doors.size(); ++i) p.buildings.push_back({"B" + std::to_string(i), doors[i]});
  return model::Community(p);
}

}  // namespace

TEST(Adjacency, TheStreetsTwoBuildingsBorderOnEachOther) {
  EXPECT_EQ(territory::building_adjacency(model::Community(fixtures::four_household_street())), (Lists{{1}, {0}}));
}

TEST(Adjacency, CellsTouchAlongEdgesAndThroughTheJunctionsOwner) {
  // A (20 m) and B (80 m) on 1-2, C on 2-3, D 60 m up the spur, E at its end (node 4).
  // Node 2 is B's (20 m; C is 50 m and D 60 m away), so C and D do not touch.
  const auto c = spur({{20, 3}, {80, 3}, {150, 3}, {103, 60}, {103, 100}});
  EXPECT_EQ(territory::building_adjacency(c), (Lists{{1}, {0, 2, 3}, {1}, {1, 4}, {3}}));
}

TEST(Adjacency, DoorsOnTheSameSpotShareTheirNeighbours) {
  // A and B face each other across the street at 50 m; C at 150 m.
  const auto c = spur({{50, 3}, {50, -3}, {150, 3}});
  EXPECT_EQ(territory::building_adjacency(c), (Lists{{1, 2}, {0, 2}, {0, 1}}));
}

TEST(Adjacency, ABuildingFreeStreetJoinsTheBuildingsAtItsEnds) {
  // Only the spur's end and the street's west end have doors: the empty stretch joins them.
  const auto c = spur({{-3, 0}, {100, 103}});
  EXPECT_EQ(territory::building_adjacency(c), (Lists{{1}, {0}}));
}
