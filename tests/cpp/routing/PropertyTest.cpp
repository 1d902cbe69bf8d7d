// Properties of the routing solver on random problems of 1-12 visits and 1-3 vehicles (windows,
// optional visits, fixed costs, skills and longest routes drawn at random):
// - its construction (the start: an empty plan completed and improved by a full local search
//   under strict penalties, before any iteration) is what a callback that stops at once gets,
//   and the result of the search is never worse than it (nor infeasible where it was feasible);
// - the solver's own cost of its best plan, as it reports it to the callback, is the objective
//   the independent checker finds for the plan returned;
// - the same problem, seed and iteration limit give the same plan.
#include <gtest/gtest.h>

#include <optional>

#include "RandomProblem.hpp"
#include "gridgov/routing/Solve.hpp"

using namespace gridgov;
using namespace gridgov::routing;

namespace {

constexpr int cases = 200;

struct Run {
  Result result;
  std::optional<Progress> last;  // the last progress the callback saw
};

// A solve whose callback sees every iteration (report_every is below any elapsed time) and
// stops it when `stop` says so.
Run run(const Problem& p, std::uint64_t seed, std::size_t iterations, bool stop) {
  Run out;
  SolveOptions o;
  o.seed = seed, o.max_iterations = iterations, o.report_every = 1e-12;
  o.callback = [&](const Progress& progress) {
    out.last = progress;
    return stop;
  };
  out.result = solve(p, o);
  return out;
}

// The best the solver reports (its own cost, kept move by move) is what the checker finds for
// the plan it returns.
void expect_reported_cost_is_checked(const Problem& p, const Run& r, int t) {
  ASSERT_TRUE(r.last) << "problem " << t << ": the callback was never called";
  const auto e = check(p, r.result.routes);
  EXPECT_EQ(r.last->feasible, e.feasible) << "problem " << t;
  if (e.feasible) {
    EXPECT_EQ(r.last->best, e.objective.total) << "problem " << t;
  }
}

}  // namespace

TEST(RoutingProperties, NeverWorseThanTheConstructionAndTheReportedCostIsChecked) {
  Random rng(77);
  int feasible_starts = 0, improved = 0;
  for (int t = 0; t < cases; ++t) {
    const auto visits = 1 + rng.index(12), vehicles = 1 + rng.index(3);
    const auto p = fixtures::random_problem(rng, visits, vehicles, rng.chance(0.7), rng.chance(0.5), rng.chance(0.6));
    const auto seed = static_cast<std::uint64_t>(t);
    const auto start = run(p, seed, 200, true);  // stopped before the first iteration: the construction
    ASSERT_EQ(start.result.iterations, 0U) << "problem " << t;
    ASSERT_EQ(start.result.stopped_by, StopReason::callback) << "problem " << t;
    expect_reported_cost_is_checked(p, start, t);

    const auto searched = run(p, seed, 200, false);
    EXPECT_EQ(searched.result.iterations, 200U) << "problem " << t;
    expect_reported_cost_is_checked(p, searched, t);
    EXPECT_GE(searched.result.feasible(), start.result.feasible()) << "problem " << t;
    if (start.result.feasible()) {
      ++feasible_starts;
      EXPECT_LE(searched.result.cost(), start.result.cost()) << "problem " << t;
      improved += searched.result.cost() < start.result.cost();
    }
    const auto again = run(p, seed, 200, false);
    EXPECT_EQ(again.result.routes, searched.result.routes) << "problem " << t;
  }
  // The set must hold both feasible starts and starts the search improves on, or the bound
  // tests less than it claims.
  EXPECT_GT(feasible_starts, cases / 2);
  EXPECT_GT(improved, 0);
  RecordProperty("feasible_starts", feasible_starts);
  RecordProperty("improved", improved);
}
