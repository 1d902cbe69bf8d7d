// Properties of the rostering solver on random problems (2-6 people, 3-14 days, 1-3 shift types,
// every hard rule and soft term drawn at random, fairness in a third of them) and on the
// watch-post duty of random small synthetic communities:
// - its construction (every unit's exact line in turn against the roster so far, before the
//   column generation's dives and the search) is what a callback that stops at the first report
//   gets, and the result of the search is never worse than it (nor infeasible where it was
//   feasible);
// - the solver's own cost of its best roster, as it reports it to the callback, is the objective
//   the independent evaluator finds for the roster returned;
// - the same problem, seed and iteration limit give the same roster.
#include <gtest/gtest.h>

#include <optional>

#include "RandomProblem.hpp"
#include "gridgov/scheduling/Duty.hpp"
#include "gridgov/scheduling/Evaluate.hpp"
#include "gridgov/scheduling/Solve.hpp"
#include "gridgov/synth/Synth.hpp"

using namespace gridgov;
using namespace gridgov::scheduling;

namespace {

constexpr std::size_t iterations = 100;

struct Run {
  Result result;
  std::optional<Progress> last;  // the last progress the callback saw
};

// A solve whose callback sees only new best rosters (report_every is beyond any run) and stops
// the solve at the first when `stop` says so: that is the construction's roster.
Run run(const Problem& p, std::uint64_t seed, bool stop) {
  Run out;
  SolveOptions o;
  o.seed = seed, o.max_iterations = iterations, o.report_every = 1e9;
  o.callback = [&](const Progress& progress) {
    out.last = progress;
    return stop;
  };
  out.result = solve(p, o);
  return out;
}

// The best the solver reports (its own cost, kept change by change) is what the evaluator
// finds for the roster it returns.
void expect_reported_cost_is_evaluated(const Problem& p, const Run& r, const std::string& what) {
  ASSERT_TRUE(r.last) << what << ": the callback was never called";
  const auto e = evaluate(p, r.result.roster);
  if (r.last->feasible) {
    EXPECT_TRUE(e.feasible) << what;
    EXPECT_EQ(r.last->best, e.objective) << what;
  }
}

struct Tally {
  int feasible_starts = 0, improved = 0;
};

void expect_properties(const Problem& p, std::uint64_t seed, const std::string& what, Tally& tally) {
  const auto start = run(p, seed, true);
  ASSERT_EQ(start.result.iterations, 0U) << what;
  ASSERT_EQ(start.result.stopped_by, StopReason::callback) << what;
  expect_reported_cost_is_evaluated(p, start, what);

  const auto searched = run(p, seed, false);
  EXPECT_EQ(searched.result.iterations, iterations) << what;
  expect_reported_cost_is_evaluated(p, searched, what);
  EXPECT_GE(searched.result.feasible(), start.result.feasible()) << what;
  if (start.result.feasible()) {
    ++tally.feasible_starts;
    EXPECT_LE(searched.result.objective(), start.result.objective()) << what;
    tally.improved += searched.result.objective() < start.result.objective();
  }
  EXPECT_EQ(run(p, seed, false).result.roster, searched.result.roster) << what;
}

}  // namespace

TEST(RosterProperties, RandomProblems) {
  Random rng(41);
  Tally tally;
  const int cases = 150;
  for (int t = 0; t < cases; ++t) {
    const auto staff = 2 + rng.index(5);
    const auto days = static_cast<int>(rng.uniform_int(3, 14));
    const auto shifts = 1 + rng.index(3);
    const auto p = fixtures::random_problem(rng, staff, days, shifts, rng.chance(1.0 / 3) ? 1 : 0);
    expect_properties(p, static_cast<std::uint64_t>(t), "problem " + std::to_string(t), tally);
  }
  // Both outcomes must occur, or the bound tests less than it claims.
  EXPECT_GT(tally.feasible_starts, cases / 2);
  EXPECT_GT(tally.improved, 0);
  RecordProperty("feasible_starts", tally.feasible_starts);
  RecordProperty("improved", tally.improved);
}

TEST(RosterProperties, DutyOfRandomCommunities) {
  Random rng(43);
  Tally tally;
  const int cases = 30;
  for (int t = 0; t < cases; ++t) {
    const auto buildings = static_cast<int>(rng.uniform_int(10, 40));
    const auto community = synth::community({.seed = rng.next() % 1'000'000,
                                             .buildings = buildings,
                                             .households = static_cast<int>(rng.uniform_int(buildings, 3 * buildings)),
                                             .volunteers = static_cast<int>(rng.uniform_int(6, 20)),
                                             .posts = static_cast<int>(rng.uniform_int(1, 3))});
    const auto duty = duty_problem(community, {.days = static_cast<int>(rng.uniform_int(1, 3))});
    expect_properties(duty.problem, static_cast<std::uint64_t>(t), "community " + std::to_string(t), tally);
  }
  EXPECT_GT(tally.feasible_starts, cases / 2);
  EXPECT_GT(tally.improved, 0);
  RecordProperty("feasible_starts", tally.feasible_starts);
  RecordProperty("improved", tally.improved);
}
