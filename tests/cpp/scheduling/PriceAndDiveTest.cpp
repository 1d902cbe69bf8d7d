// Column generation and the dive on the tiny fixture, checked by the independent evaluator.
#include <gtest/gtest.h>

#include "gridgov/scheduling/Curtois.hpp"
#include "gridgov/scheduling/Evaluate.hpp"
#include "scheduling/search/PriceAndDive.hpp"

using namespace gridgov::scheduling;

TEST(PriceAndDive, RelaxationBoundsTheOptimumAndTheDiveKeepsEveryRule) {
  const Problem tiny = read_curtois(std::string(GRIDGOV_TEST_DATA) + "/rostering/tiny.txt");
  const search::Data data(tiny);
  search::PriceAndDive cg(data, 1000, 1000);  // beams this wide keep every label: exact pricing
  search::WorkingRoster roster(data);
  ASSERT_TRUE(cg.dive(roster, [] { return false; }));
  const auto e = evaluate(tiny, roster.roster());
  EXPECT_TRUE(e.feasible);
  EXPECT_EQ(e.objective, roster.cost());
  // The optimum is 53 (proved by CP-SAT and by the HiGHS model in bench/): the relaxation with
  // exact pricing is a lower bound, and the dive cannot beat the optimum.
  EXPECT_LE(cg.first_relaxation(), 53 + 1e-6);
  EXPECT_GT(cg.first_relaxation(), 0);
  EXPECT_GE(e.objective, 53);
  // Stopped at once, it gives up and leaves the roster as it was.
  search::PriceAndDive stopped(data, 8, 8);
  search::WorkingRoster untouched(data);
  EXPECT_FALSE(stopped.dive(untouched, [] { return true; }));
  EXPECT_EQ(untouched.roster(), Roster(3, 14));
}
