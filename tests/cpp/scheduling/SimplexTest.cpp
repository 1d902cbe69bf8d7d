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

// Beale's programme (1955; in Chvatal's Linear Programming, 1983), built to make Dantzig's rule
// with the first index among ties cycle through degenerate bases: min -3/4 x4 + 150 x5 - 1/50 x6
// + 6 x7  s.t.  1/4 x4 - 60 x5 - 1/25 x6 + 9 x7 <= 0,  1/2 x4 - 90 x5 - 1/50 x6 + 3 x7 <= 0,
// x6 <= 1. Optimum -1/20 at x4 = 1/25, x6 = 1; reached under Dantzig's rule (the largest pivot
// among ties does not cycle here) and under Bland's rule from the first pivot, which takes over
// after a run of degenerate pivots (the master of Curtois-Qu Instance13 once went 50,000
// pivots, 33 s, without it).
TEST(Simplex, SolvesBealesDegenerateProgrammeUnderEitherRule) {
  for (const std::size_t bland_after : {std::size_t{50}, std::size_t{0}}) {
    Simplex lp({0, 0, 1}, bland_after);
    const int s1 = lp.add_column(0, {{0, 1}});
    const int s2 = lp.add_column(0, {{1, 1}});
    const int s3 = lp.add_column(0, {{2, 1}});
    const int x4 = lp.add_column(-0.75, {{0, 0.25}, {1, 0.5}});
    lp.add_column(150, {{0, -60}, {1, -90}});
    const int x6 = lp.add_column(-0.02, {{0, -0.04}, {1, -0.02}, {2, 1}});
    lp.add_column(6, {{0, 9}, {1, 3}});
    lp.start({s1, s2, s3});
    ASSERT_EQ(lp.solve(1000), Simplex::Status::optimal) << bland_after;
    EXPECT_NEAR(lp.objective(), -0.05, 1e-9) << bland_after;
    EXPECT_NEAR(lp.value(x4), 0.04, 1e-9) << bland_after;
    EXPECT_NEAR(lp.value(x6), 1, 1e-9) << bland_after;
  }
}

// A solve asks stop() before its first pivot and every few dozen after, and ends when it says so.
TEST(Simplex, StopsWhenAsked) {
  Simplex lp({0, 0, 1});
  const int s1 = lp.add_column(0, {{0, 1}});
  const int s2 = lp.add_column(0, {{1, 1}});
  const int s3 = lp.add_column(0, {{2, 1}});
  lp.add_column(-0.75, {{0, 0.25}, {1, 0.5}});
  lp.add_column(150, {{0, -60}, {1, -90}});
  lp.add_column(-0.02, {{0, -0.04}, {1, -0.02}, {2, 1}});
  lp.add_column(6, {{0, 9}, {1, 3}});
  lp.start({s1, s2, s3});
  int asked = 0;
  EXPECT_EQ(lp.solve(1000, [&] { return ++asked > 0; }), Simplex::Status::stopped);
  EXPECT_EQ(asked, 1);
  EXPECT_EQ(lp.objective(), 0);  // still the starting basis
}
