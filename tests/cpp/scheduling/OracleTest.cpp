// The rostering solver against an exact oracle: on hundreds of random tiny problems (every hard
// rule and soft term of the model drawn at random), the roster found is compared with the
// optimum found by trying every roster through the independent evaluator. Never below it (that
// would mean the evaluator or the oracle is wrong); where no roster meets every contract, the
// solver says so (an infeasible least-bad roster), never a wrong "feasible". The search is a
// local one (re-planning up to three people at a time, each given their best line in turn), so
// it could stop short where only a joint move reaches the optimum; its kicks
// (src/scheduling/Solve.cpp) are what reach those. Misses are counted, printed by problem number
// and must be none; there were none either on the sets of seeds 8, 9 and 10 with fairness and
// 2027 and 2028 without.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <optional>

#include "RandomProblem.hpp"
#include "gridgov/core/Random.hpp"
#include "gridgov/scheduling/Evaluate.hpp"
#include "gridgov/scheduling/Solve.hpp"

using namespace gridgov;
using namespace gridgov::scheduling;
using fixtures::random_problem;

namespace {

// The cheapest roster meeting every hard rule, by trying every roster; nullopt if none does.
std::optional<Cost> brute_force(const Problem& p) {
  const auto cells = p.staff.size() * static_cast<std::size_t>(p.days);
  const auto choices = p.shifts.size() + 1;  // a shift type, or off
  std::uint64_t total = 1;
  for (std::size_t i = 0; i < cells; ++i) total *= choices;
  std::optional<Cost> best;
  Roster roster(p.staff.size(), p.days);
  for (std::uint64_t code = 0; code < total; ++code) {
    auto c = code;
    for (std::size_t s = 0; s < p.staff.size(); ++s)
      for (int d = 0; d < p.days; ++d, c /= choices) roster(s, d) = static_cast<int>(c % choices) - 1;
    const auto e = evaluate(p, roster);
    if (e.feasible && (!best || e.objective < *best)) best = e.objective;
  }
  return best;
}

struct Size {
  std::size_t staff;
  int days;
  std::size_t shifts;
};

// Solves every problem of a random set and compares with the oracle: how many rosters are
// optimal, how many feasible problems were left above the optimum, how many have no roster.
struct Tally {
  int optimal = 0, missed = 0, infeasible = 0;
};

Tally against_the_oracle(std::uint64_t seed, int problems, Cost fairness) {
  // 3^8 = 6,561 rosters at most per problem: two or three people, a few days, one or two shifts.
  const std::vector<Size> sizes{{2, 4, 2}, {2, 3, 2}, {3, 2, 2}, {2, 7, 1}, {3, 3, 1}};
  Random rng(seed);
  Tally tally;
  for (int t = 0; t < problems; ++t) {
    const auto size = sizes[static_cast<std::size_t>(t) % sizes.size()];
    const auto p = random_problem(rng, size.staff, size.days, size.shifts, fairness);
    const auto optimum = brute_force(p);
    SolveOptions o;
    o.max_iterations = 1000, o.seed = static_cast<std::uint64_t>(t);
    const auto r = solve(p, o);
    const auto e = evaluate(p, r.roster);
    EXPECT_EQ(e.feasible, r.feasible()) << "problem " << t;
    EXPECT_EQ(e.objective, r.objective()) << "problem " << t;
    if (!optimum) {
      EXPECT_FALSE(r.feasible()) << "problem " << t << ": no roster meets every rule, yet one was called feasible";
      ++tally.infeasible;
      continue;
    }
    EXPECT_TRUE(r.feasible()) << "problem " << t;
    EXPECT_GE(r.objective(), *optimum) << "problem " << t << ": below the optimum, so the evaluator or the oracle is wrong";
    if (r.objective() != *optimum) std::printf("problem %d: %lld above the optimum %lld\n", t, static_cast<long long>(r.objective() - *optimum), static_cast<long long>(*optimum));
    ++(r.objective() == *optimum ? tally.optimal : tally.missed);
  }
  return tally;
}

}  // namespace

TEST(RosterOracle, TinyProblemsReachTheExactOptimum) {
  // Measured: all 269 feasible problems optimal; 31 with no roster, all called infeasible.
  // Before the kicks, 268 (the miss: a pair and a third person who had to trade days at once).
  const auto tally = against_the_oracle(2026, 300, 0);
  EXPECT_EQ(tally.missed, 0);
  // The set must exercise both outcomes, or it tests less than it claims.
  EXPECT_GT(tally.optimal, 200);
  EXPECT_GT(tally.infeasible, 10);
  RecordProperty("optimal", tally.optimal);
  RecordProperty("missed", tally.missed);
  RecordProperty("infeasible", tally.infeasible);
}

TEST(RosterOracle, WithFairnessTinyProblemsReachTheExactOptimum) {
  // Fairness priced at one per minute of spread outweighs most cover weights here, which makes
  // deep local minima: two people both at the fewest minutes can only take more work together.
  // Measured: all 221 feasible problems optimal. Before the kicks 23 were missed (10.4 %; 138
  // before re-planning priced fairness against the settled units only, search/Replan.cpp).
  // Tried and left out: a second pass re-planning each unit against all the others (15 missed,
  // half the iterations per second); late acceptance (22: a best answer is hardly ever worse
  // than the roster, so there is little to accept); the first unit's line drawn at random from
  // its DP's Pareto front (2 to 6); the others' cheapest cost per worked total priced into the
  // first unit's line (13, and 30 % slower).
  const auto tally = against_the_oracle(7, 250, 1);
  EXPECT_GT(tally.optimal + tally.missed, 150);
  EXPECT_EQ(tally.missed, 0);
  RecordProperty("optimal", tally.optimal);
  RecordProperty("missed", tally.missed);
  RecordProperty("infeasible", tally.infeasible);
}
