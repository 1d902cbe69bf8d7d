// Households' chances of being home: the typical pattern and bad input.
#include <gtest/gtest.h>

#include "gridgov/core/Error.hpp"
#include "gridgov/field/HomeModel.hpp"
#include "support/Expect.hpp"
#include "support/Fixtures.hpp"

using namespace gridgov;
using namespace gridgov::field;

namespace {

const model::Community street(fixtures::four_household_street());

TEST(HomeModel, TypicalIsDeterministicAndFollowsTheFlags) {
  const auto a = HomeModel::typical(street, 7);
  EXPECT_EQ(a.chances(), HomeModel::typical(street, 7).chances());
  ASSERT_EQ(a.chances().size(), 4u);
  EXPECT_DOUBLE_EQ(a.chance(2, hours(10)), 0.95);  // H3: under home observation
  EXPECT_DOUBLE_EQ(a.chance(1, hours(10)), 0.85);  // H2: elderly, alone
  for (const auto& row : a.chances())
    for (const double p : row) EXPECT_TRUE(p >= 0 && p <= 1);
}

TEST(HomeModel, ChanceWrapsAroundTheDay) {
  HourlyChance evening{};
  evening[20] = 1;
  const HomeModel m(street, {evening, evening, evening, evening});
  EXPECT_EQ(m.chance(0, hours(20) + minutes(59)), 1.0);
  EXPECT_EQ(m.chance(0, hours(44)), 1.0);
  EXPECT_EQ(m.chance(0, hours(21)), 0.0);
}

TEST(HomeModel, BadChancesNameTheHouseholdAndHour) {
  HourlyChance bad{};
  bad[9] = 1.5;
  GRIDGOV_EXPECT_INPUT_ERROR(HomeModel(street, {HourlyChance{}, bad, HourlyChance{}, HourlyChance{}}),
                             "household 'H2': field 'home chance at hour 9'");
  GRIDGOV_EXPECT_INPUT_ERROR(HomeModel(street, {HourlyChance{}}), "home model: field 'chances': has 1 rows for 4");
}

}  // namespace
