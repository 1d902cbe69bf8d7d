// Keyed draws: the same key gives the same number whatever was drawn before; keys and purposes
// that differ give numbers that look independent.
#include <gtest/gtest.h>

#include <cmath>

#include "gridgov/field/Draws.hpp"

using namespace gridgov::field;

TEST(Draws, TheSameKeyGivesTheSameNumberInAnyOrder) {
  const Draws a(7), b(7);
  const double first = a.uniform(Purpose::answer, 3, 1, 1);
  for (int i = 0; i < 100; ++i) (void)b.uniform(Purpose::answer, static_cast<std::uint64_t>(i));
  EXPECT_EQ(b.uniform(Purpose::answer, 3, 1, 1), first);
  EXPECT_NE(Draws(8).uniform(Purpose::answer, 3, 1, 1), first);
  EXPECT_NE(a.uniform(Purpose::lights, 3, 1, 1), first);
  EXPECT_NE(a.uniform(Purpose::answer, 1, 3, 1), first);  // the parts of a key are not interchangeable
}

TEST(Draws, NumbersAreUniformAndPurposesUncorrelated) {
  const Draws d(1);
  constexpr int n = 20000;
  double sum = 0, sum_sq = 0, cross = 0;
  for (int i = 0; i < n; ++i) {
    const auto k = static_cast<std::uint64_t>(i);
    const double u = d.uniform(Purpose::home_pattern, k), v = d.uniform(Purpose::answer, k, 0, 1);
    ASSERT_GE(u, 0.0);
    ASSERT_LT(u, 1.0);
    sum += u, sum_sq += u * u, cross += (u - 0.5) * (v - 0.5);
  }
  EXPECT_NEAR(sum / n, 0.5, 0.01);           // 5 standard errors
  EXPECT_NEAR(sum_sq / n, 1.0 / 3, 0.01);
  EXPECT_NEAR(cross / n, 0.0, 0.003);        // covariance, 5 standard errors (sd 1/12 / sqrt(n))
}
