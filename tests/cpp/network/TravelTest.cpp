// Travel matrices between snapped places on hand-checkable networks.
#include <gtest/gtest.h>

#include "gridgov/network/WalkingNetwork.hpp"
#include "support/Expect.hpp"

using namespace gridgov;
using namespace gridgov::network;

namespace {

// A square block 100 m a side with a dead-end courtyard lane of 30 m off its south-east corner.
//   3 ---- 2
//   |      |
//   0 ---- 1 -- 4 (courtyard gate)
WalkingNetwork block() {
  return WalkingNetwork({{0, {0, 0}}, {1, {100, 0}}, {2, {100, 100}}, {3, {0, 100}}, {4, {130, 0}}},
                        {{0, 1, {}}, {1, 2, {}}, {2, 3, {}}, {3, 0, {}}, {1, 4, {}}});
}

}  // namespace

TEST(Travel, FourHouseholdStreetByHand) {
  const auto net = block();
  // Doors 5 m off the block's edges: south side at x=20, east side at y=50, north at x=50,
  // and one at the end of the courtyard lane.
  const std::vector<Position> doors{net.snap({20, -5}), net.snap({105, 50}), net.snap({50, 105}), net.snap({135, 0})};
  const auto m = net.travel(doors, doors, {.speed = 1.0, .threads = 1});
  // south -> east: 80 along the south side, 50 up the east side, plus two 5 m connectors.
  EXPECT_EQ(m.distance(0, 1), 140);
  // south -> north: west way round 20 + 100 + 50 = 170 beats east way 80 + 100 + 50 = 230.
  EXPECT_EQ(m.distance(0, 2), 180);
  // east -> lane end: 50 down, 30 along the lane, and 5 m from the lane's end node.
  EXPECT_EQ(m.distance(1, 3), 90);
  for (int i = 0; i < 4; ++i) EXPECT_EQ(m.distance(i, i), 0);
  EXPECT_EQ(m.distance, m.distance.transpose().eval());
  EXPECT_EQ(m.duration(0, 1), 140);  // at 1 m/s
}

TEST(Travel, PlacesOnOneEdgeWalkAlongIt) {
  const auto net = block();
  const std::vector<Position> a{net.snap({10, 2})}, b{net.snap({90, -2})};
  EXPECT_EQ(net.travel(a, b).distance(0, 0), 84);
}

TEST(Travel, DurationUsesTheWalkingSpeedAndRoundsOnce) {
  const auto net = block();
  const std::vector<Position> a{net.snap({0, 0})}, b{net.snap({100, 100})};
  EXPECT_EQ(net.travel(a, b, {.speed = 1.25}).duration(0, 0), 160);  // 200 m at 1.25 m/s
  EXPECT_EQ(net.travel(a, b, {.speed = 3.0}).duration(0, 0), 67);    // 66.67 s rounds to 67
  GRIDGOV_EXPECT_INPUT_ERROR(net.travel(a, b, {.speed = 0.0}), "field 'speed': must be a positive number");
}

TEST(Travel, PlacesOnSeparatePartsAreAnError) {
  const WalkingNetwork net({{0, {0, 0}}, {1, {10, 0}}, {2, {0, 50}}, {3, {10, 50}}}, {{0, 1, {}}, {2, 3, {}}});
  const std::vector<Position> a{net.snap({5, 0})}, b{net.snap({5, 1}), net.snap({5, 50})};
  GRIDGOV_EXPECT_INPUT_ERROR(net.travel(a, b), "place 1: cannot be reached on foot from place 0");
}

TEST(Travel, PathLengthsBetweenNodesAreInfiniteAcrossParts) {
  const WalkingNetwork net({{0, {0, 0}}, {1, {10, 0}}, {2, {0, 50}}}, {{0, 1, {}}});
  const std::vector<std::int64_t> from{0}, to{1, 2};
  const auto m = net.path_lengths(from, to);
  EXPECT_DOUBLE_EQ(m(0, 0), 10.0);
  EXPECT_TRUE(std::isinf(m(0, 1)));
  GRIDGOV_EXPECT_INPUT_ERROR(net.path_lengths(std::vector<std::int64_t>{7}, to), "node 7: is not in the walking network");
}

TEST(Travel, WalksFollowTheNetwork) {
  const auto net = block();
  // From the south side at x=20 to the north side at x=50: west round, by nodes 0 and 3.
  const auto w = net.walk(net.snap({20, -5}), net.snap({50, 105}));
  const std::vector<Point> expected{{20, -5}, {20, 0}, {0, 0}, {0, 100}, {50, 100}, {50, 105}};
  EXPECT_EQ(w, expected);
  // Two places on one edge walk along it.
  EXPECT_EQ(net.walk(net.snap({10, 2}), net.snap({90, -2})), (std::vector<Point>{{10, 2}, {10, 0}, {90, 0}, {90, -2}}));
}

TEST(Travel, MatricesBeyondThisMachinesMemoryAreRefusedBeforeAllocating) {
  const auto net = block();
  // 400,000 x 400,000 places: two matrices of 8-byte entries need 2.56 TB.
  const std::vector<Position> many(400'000, net.snap({20, -5}));
  try {
    (void)net.travel(many, many, {.threads = 1});
    FAIL() << "a 2.56 TB request was accepted";
  } catch (const OutOfMemory& e) {
    EXPECT_TRUE(std::string(e.what()).starts_with("travel matrices of 400000 x 400000 places need 2560.0 GB of memory; this machine has "))
        << e.what();
  }
}
