// The dense simplex of the column generation on small programmes solved by hand.
#include <gtest/gtest.h>

#include "scheduling/search/Simplex.hpp"

using gridgov::scheduling::search::Simplex;

// min -x1 - 2 x2  s.t.  x1 + x2 + s1 = 4,  x1 + 3 x2 + s2 = 6  (x, s >= 0): optimum at
// x1 = 3, x2 = 1, value -5, duals (-1/2, -1/2).
TEST(Simplex, SolvesASmallProgrammeWithItsDuals) {
  Simplex lp({4, 6});
  const int s1 = lp.add_column(0, {{0, 1}});
  const int s2 = lp.add_column(0, {{1, 1}});
  const int x1 = lp.add_column(-1, {{0, 1}, {1, 1}});
  const int x2 = lp.add_column(-2, {{0, 1}, {1, 3}});
  lp.start({s1, s2});
  ASSERT_EQ(lp.solve(100), Simplex::Status::optimal);
  EXPECT_NEAR(lp.objective(), -5, 1e-9);
  EXPECT_NEAR(lp.value(x1), 3, 1e-9);
  EXPECT_NEAR(lp.value(x2), 1, 1e-9);
  EXPECT_NEAR(lp.duals()(0), -0.5, 1e-9);
  EXPECT_NEAR(lp.duals()(1), -0.5, 1e-9);
}

// Columns added after a solve are priced from the basis reached: a cheaper way to fill row 0.
TEST(Simplex, ColumnsAddedLaterImproveFromTheCurrentBasis) {
  Simplex lp({2});
  const int a = lp.add_column(10, {{0, 1}});
  lp.start({a});
  ASSERT_EQ(lp.solve(10), Simplex::Status::optimal);
  EXPECT_NEAR(lp.objective(), 20, 1e-9);
  const int b = lp.add_column(3, {{0, 2}});
  ASSERT_EQ(lp.solve(10), Simplex::Status::optimal);
  EXPECT_NEAR(lp.objective(), 3, 1e-9);
  EXPECT_NEAR(lp.value(b), 1, 1e-9);
  EXPECT_NEAR(lp.value(a), 0, 1e-9);
  const int c = lp.add_column(-2, {{0, -1}});  // 2 b - c = 2 costs 3 - c / 2: unbounded below
  (void)c;
  EXPECT_EQ(lp.solve(10), Simplex::Status::unbounded);
}
