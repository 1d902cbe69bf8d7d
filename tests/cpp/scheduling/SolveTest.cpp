// The rostering solver: every result goes through the independent evaluator.
#include <gtest/gtest.h>

#include "gridgov/scheduling/Curtois.hpp"
#include "gridgov/scheduling/Solve.hpp"
#include "support/Expect.hpp"
#include "support/SpentLimit.hpp"

using namespace gridgov;
using namespace gridgov::scheduling;

namespace {
const Problem tiny = read_curtois(std::string(GRIDGOV_TEST_DATA) + "/rostering/tiny.txt");

SolveOptions iterations(std::size_t n, std::uint64_t seed = 1) {
  SolveOptions o;
  o.max_iterations = n, o.seed = seed;
  return o;
}
}  // namespace

TEST(Solve, FeasibleAndAsCheapAsTheHandRoster) {
  const auto r = solve(tiny, iterations(3000));
  const auto e = evaluate(tiny, r.roster);
  EXPECT_TRUE(e.feasible);
  EXPECT_EQ(r.objective(), e.objective);
  EXPECT_LE(e.objective, 303);  // the roster of EvaluateTest, made by hand
  EXPECT_EQ(r.stopped_by, StopReason::iterations);
  EXPECT_EQ(r.iterations, 3000u);
}

TEST(Solve, SameSeedAndIterationsSameRoster) {
  EXPECT_EQ(solve(tiny, iterations(500, 3)).roster, solve(tiny, iterations(500, 3)).roster);
}

TEST(Solve, StartsFromAGivenRosterAndRepairsIt) {
  auto o = iterations(200);
  o.initial = Roster(3, 14);
  (*o.initial)(0, 0) = 0;  // A on a fixed day off
  const auto r = solve(tiny, o);
  EXPECT_TRUE(evaluate(tiny, r.roster).feasible);
}

TEST(Solve, CallbackSeesProgressAndStops) {
  auto o = SolveOptions{};
  std::size_t calls = 0;
  Progress last;
  o.callback = [&](const Progress& p) {  // called during the construction too, before any roster
    ++calls;
    last = p;
    return p.iteration >= 10;
  };
  o.report_every = 1e-9;
  const auto r = solve(tiny, o);
  EXPECT_EQ(r.stopped_by, StopReason::callback);
  EXPECT_GT(calls, 3u);
  EXPECT_TRUE(last.feasible);
  EXPECT_EQ(last.best, r.objective());
  EXPECT_TRUE(r.feasible());
}

TEST(Solve, BadOptionsAreErrors) {
  GRIDGOV_EXPECT_INPUT_ERROR(solve(tiny, SolveOptions{}), "give a time_limit, max_iterations or a callback");
  auto o = iterations(10);
  o.time_limit = -1;
  GRIDGOV_EXPECT_INPUT_ERROR(solve(tiny, o), "field 'time_limit': must not be negative");
  o = iterations(10);
  o.initial = Roster(2, 14);
  GRIDGOV_EXPECT_INPUT_ERROR(solve(tiny, o), "field 'initial': the roster's shape");
}

// The time limit counts from options.start (the Python binding's call, say): a limit already
// spent stops the construction before anyone is planned, and that roster is still evaluated.
TEST(Solve, ATimeLimitCountsFromTheGivenStart) {
  const auto r = solve(tiny, test::spent_time_limit<SolveOptions>());
  test::expect_stopped_before_searching(r);
  EXPECT_EQ(r.roster, Roster(tiny.staff.size(), tiny.days));
  const auto e = evaluate(tiny, r.roster);
  EXPECT_EQ(r.objective(), e.objective);
  EXPECT_FALSE(r.feasible());  // A's minimum of worked minutes is not met
  EXPECT_EQ(e.violations, r.evaluation.violations);
}

// Twelve weeks (built on a rolling horizon) with a minimum of worked minutes close to the most
// a contract allows: the start must keep pace to meet it.
TEST(Solve, LongHorizonsMeetTightMinimaOfWorkedMinutes) {
  Problem p;
  p.days = 84;
  p.shifts = {{.id = "D", .minutes = 480}};
  for (int i = 0; i < 4; ++i)
    p.staff.push_back({.id = "S" + std::to_string(i), .min_total_minutes = 57 * 480, .max_total_minutes = 60 * 480,
                       .max_consecutive_shifts = 5, .min_consecutive_days_off = 2, .days_off = {7 * i + 3, 40 + i}});
  for (int d = 0; d < p.days; ++d) p.cover.push_back({.day = d, .shifts = {0}, .requirement = 2, .weight_under = 100, .weight_over = 1});
  const auto r = solve(p, iterations(50));
  const auto e = evaluate(p, r.roster);
  EXPECT_TRUE(e.feasible);
  EXPECT_EQ(r.objective(), e.objective);
}
