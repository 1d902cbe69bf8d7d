// The territory checker on splits worked out by hand.
#include <gtest/gtest.h>

#include <cmath>

#include "gridgov/territory/Check.hpp"
#include "support/Expect.hpp"
#include "support/Fixtures.hpp"

using namespace gridgov;
using namespace gridgov::territory;

TEST(TerritoryCheck, FiguresOfTheStreetSplitInTwo) {
  const model::Community c(fixtures::four_household_street());
  const auto v = check(c, {0, 1}, 2);
  EXPECT_TRUE(v.valid);
  EXPECT_EQ(v.households, (std::vector<std::size_t>{2, 2}));
  EXPECT_EQ(v.workload, (std::vector<std::int64_t>{2, 10}));  // two green; red + orange
  EXPECT_EQ(v.walking, (std::vector<Distance>{Distance(0), Distance(0)}));
  EXPECT_DOUBLE_EQ(v.max_over_min, 5.0);
  EXPECT_DOUBLE_EQ(v.variation, 4.0 / 6.0);  // mean 6, deviations 4
  const auto heavy_orange = check(c, {0, 0}, 1, {.orange = 10});
  EXPECT_EQ(heavy_orange.workload, (std::vector<std::int64_t>{19}));
  EXPECT_EQ(heavy_orange.walking, (std::vector<Distance>{Distance(110)}));
}

TEST(TerritoryCheck, FindsPiecesEmptyGridsAndBuildingsOutOfRange) {
  // A street 1-2-3 with doors at 20, 80 and 150 m: A-B and B-C border, A and C do not.
  model::CommunityParts p;
  p.info = {.id = "line", .office = {0, 0}};
  p.network = network::WalkingNetwork({{1, {0, 0}}, {2, {100, 0}}, {3, {200, 0}}}, {{1, 2, {}}, {2, 3, {}}});
  p.buildings = {{"A", {20, 3}}, {"B", {80, 3}}, {"C", {150, 3}}};
  const model::Community c(p);
  const auto split_apart = check(c, {0, 1, 0}, 3);
  EXPECT_FALSE(split_apart.valid);
  EXPECT_EQ(split_apart.pieces, (std::vector<std::size_t>{2, 1, 0}));
  ASSERT_EQ(split_apart.violations.size(), 2u);
  EXPECT_EQ(split_apart.violations[0], "grid 0 falls into 2 pieces");
  EXPECT_EQ(split_apart.violations[1], "grid 2 has no building");
  EXPECT_TRUE(std::isinf(split_apart.max_over_min));  // no households: every workload is 0
  const auto out_of_range = check(c, {0, 0, 4}, 1);
  EXPECT_EQ(out_of_range.violations.front(), "building 'C' is in grid 4 of 1");
  EXPECT_EQ(check(c, {0, 0}, 1).violations.front(), "the split gives a grid for 2 buildings; the community has 3");
  GRIDGOV_EXPECT_INPUT_ERROR(check(c, {0, 0, 0}, 1, {.green = -1}), "workload: field 'green'");
}
