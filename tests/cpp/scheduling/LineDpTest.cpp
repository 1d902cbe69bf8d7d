// The line-of-work DP against brute force: over every line of a window, the cheapest one that
// keeps the person's contract (as the independent evaluator judges it) costs what the DP finds.
#include <gtest/gtest.h>

#include <chrono>
#include <limits>

#include "gridgov/core/Random.hpp"
#include "gridgov/scheduling/Curtois.hpp"
#include "gridgov/scheduling/Evaluate.hpp"
#include "scheduling/search/LineDp.hpp"

using namespace gridgov;
using namespace gridgov::scheduling;

namespace {
const Problem tiny = read_curtois(std::string(GRIDGOV_TEST_DATA) + "/rostering/tiny.txt");

// The person alone: their contract and nothing priced.
Problem alone(std::size_t i) {
  Problem p = tiny;
  p.staff = {tiny.staff[i]};
  p.on_requests.clear(), p.off_requests.clear(), p.cover.clear();
  return p;
}

bool keeps_contract(const Problem& solo, const std::vector<int>& line) {
  Roster r(1, solo.days);
  for (int d = 0; d < solo.days; ++d) r(0, d) = line[static_cast<std::size_t>(d)];
  return evaluate(solo, r).feasible;
}

// Cheapest cost over all lines of days [first, last) with the rest of `line` fixed, or max.
Cost brute_force(const Problem& solo, std::vector<int> line, int first, int last, const std::vector<Cost>& cost) {
  const int types = static_cast<int>(solo.shifts.size());
  const int width = last - first;
  long long combos = 1;
  for (int k = 0; k < width; ++k) combos *= types + 1;
  Cost best = std::numeric_limits<Cost>::max();
  for (long long code = 0; code < combos; ++code) {
    long long c = code;
    Cost total = 0;
    for (int d = first; d < last; ++d, c /= types + 1) {
      const int t = static_cast<int>(c % (types + 1)) - 1;
      line[static_cast<std::size_t>(d)] = t;
      if (t >= 0) total += cost[static_cast<std::size_t>((d - first) * types + t)];
    }
    if (total < best && keeps_contract(solo, line)) best = total;
  }
  return best;
}

Cost cost_of(const std::vector<int>& line, int first, int last, const std::vector<Cost>& cost, int types) {
  Cost total = 0;
  for (int d = first; d < last; ++d)
    if (const int t = line[static_cast<std::size_t>(d)]; t >= 0) total += cost[static_cast<std::size_t>((d - first) * types + t)];
  return total;
}
}  // namespace

TEST(LineDp, MatchesBruteForceOnEveryWindowAndPerson) {
  const search::Data data(tiny);
  search::LineDp dp(data, 1000);  // a beam this wide keeps every Pareto label: exact
  Random rng(7);
  const int types = data.types;
  // Fixed lines around the windows, each within its person's contract.
  const std::vector<std::vector<int>> around{{-1, 0, 0, 0, -1, -1, -1, 0, 0, 0, -1, -1, -1, -1},
                                             {0, -1, -1, -1, 0, 0, 0, -1, -1, -1, 0, 0, 0, -1},
                                             {-1, -1, -1, -1, 1, 1, 1, -1, -1, -1, -1, -1, -1, -1}};
  int found = 0;
  for (std::size_t i = 0; i < 3; ++i)
    for (const auto& [first, last] : {std::pair{0, 7}, std::pair{7, 14}})
      for (int trial = 0; trial < 4; ++trial) {
        std::vector<Cost> cost(static_cast<std::size_t>((last - first) * types));
        for (auto& c : cost) c = rng.uniform_int(-100, 60);
        const auto solo = alone(i);
        const Cost expected = brute_force(solo, around[i], first, last, cost);
        auto line = around[i];
        const bool ok = dp.improve(i, first, last, cost, line);
        ASSERT_EQ(ok, expected != std::numeric_limits<Cost>::max()) << "person " << i << " days " << first << "-" << last;
        if (!ok) continue;
        ++found;
        EXPECT_TRUE(keeps_contract(solo, line)) << "person " << i << " days " << first << "-" << last;
        EXPECT_EQ(cost_of(line, first, last, cost, types), expected) << "person " << i << " days " << first << "-" << last;
      }
  EXPECT_GT(found, 12);
}

namespace {
// Shifts with clock times, a pair who serve together under different contracts, rest between
// days, unavailable times and the fairness spread: the DP plans the pair as one unit.
Problem duty_like() {
  Problem p;
  p.days = 14;
  p.shifts = {{.id = "E", .minutes = 240, .start = 7 * 60},
              {.id = "D", .minutes = 240, .start = 10 * 60},
              {.id = "L", .minutes = 300, .start = 17 * 60},
              {.id = "N", .minutes = 480, .start = 22 * 60, .cannot_follow = {1}}};
  p.staff = {{.id = "A", .max_total_minutes = 3000, .max_consecutive_shifts = 4,
              .unavailable = {{.day = 2, .start = 600, .end = 720}, {.day = 9, .start = 0, .end = 24 * 60}}, .min_rest_minutes = 600},
             {.id = "B", .max_shifts = {9, 9, 9, 2}, .min_consecutive_days_off = 2, .max_weekends = 1}};
  p.pairs = {{0, 1}};
  return p;
}
}  // namespace

TEST(LineDp, PairsRestUnavailableTimesAndFairnessMatchBruteForce) {
  const Problem p = duty_like();
  const search::Data data(p);
  ASSERT_EQ(data.people.size(), 1u);
  search::LineDp dp(data, 1000);
  const search::Spread spread{.weight = 2, .high = 2400, .low = 600};
  Random rng(11);
  const int types = data.types;
  const std::vector<int> around(14, -1);
  const auto both_keep = [&](const std::vector<int>& line) {
    Roster r(2, p.days);
    for (int d = 0; d < p.days; ++d) r(0, d) = r(1, d) = line[static_cast<std::size_t>(d)];
    return evaluate(p, r).feasible;
  };
  const auto minutes = [&](const std::vector<int>& line) {
    long long m = 0;
    for (const int t : line) m += t >= 0 ? p.shifts[static_cast<std::size_t>(t)].minutes : 0;
    return m;
  };
  for (const auto& [first, last] : {std::pair{0, 7}, std::pair{7, 14}})
    for (int trial = 0; trial < 3; ++trial) {
      std::vector<Cost> cost(static_cast<std::size_t>((last - first) * types));
      for (auto& c : cost) c = rng.uniform_int(-900, 300);
      Cost expected = std::numeric_limits<Cost>::max();
      long long combos = 1;
      for (int k = 0; k < last - first; ++k) combos *= types + 1;
      auto line = around;
      for (long long code = 0; code < combos; ++code) {
        long long c = code;
        for (int d = first; d < last; ++d, c /= types + 1) line[static_cast<std::size_t>(d)] = static_cast<int>(c % (types + 1)) - 1;
        const Cost total = cost_of(line, first, last, cost, types) + spread.cost(minutes(line));
        if (total < expected && both_keep(line)) expected = total;
      }
      auto found = around;
      ASSERT_TRUE(dp.improve(0, first, last, cost, found, spread)) << "days " << first << "-" << last;
      EXPECT_TRUE(both_keep(found)) << "days " << first << "-" << last;
      EXPECT_EQ(cost_of(found, first, last, cost, types) + spread.cost(minutes(found)), expected) << "days " << first << "-" << last;
    }
}

namespace {
// Two shift types alike but for their costs (twins) and tight limits on shift types and
// weekends, which the cheapest lines break: the DP starts with the limits relaxed and must add
// each one the best line breaks, and try only the cheaper of twins whose limit stays out.
Problem twins_and_tight_limits() {
  Problem p;
  p.days = 14;
  p.shifts = {{.id = "E1", .minutes = 480}, {.id = "E2", .minutes = 480}, {.id = "L", .minutes = 480, .cannot_follow = {0, 1}}};
  p.staff = {{.id = "A", .max_shifts = {2, 14, 14}, .max_total_minutes = 6 * 480, .max_consecutive_shifts = 4, .max_weekends = 1},
             {.id = "B", .max_shifts = {14, 14, 1}, .min_total_minutes = 2 * 480, .max_consecutive_shifts = 3,
              .min_consecutive_days_off = 2, .max_weekends = 0}};
  return p;
}
}  // namespace

TEST(LineDp, TwinTypesAndLimitsTheCheapestLineBreaksMatchBruteForce) {
  const Problem p = twins_and_tight_limits();
  const search::Data data(p);
  EXPECT_EQ(data.twin, (std::vector<int>{0, 0, 2}));
  search::LineDp dp(data, 1000);
  Random rng(5);
  const int types = data.types;
  int limited = 0;  // trials where a relaxed limit had to be added
  for (std::size_t i = 0; i < 2; ++i) {
    Problem solo = p;
    solo.staff = {p.staff[i]};
    for (const auto& [first, last] : {std::pair{0, 7}, std::pair{7, 14}})
      for (int trial = 0; trial < 6; ++trial) {
        std::vector<Cost> cost(static_cast<std::size_t>((last - first) * types));
        for (auto& c : cost) c = rng.uniform_int(-100, 20);
        const std::vector<int> around(14, -1);
        const Cost expected = brute_force(solo, around, first, last, cost);
        auto line = around;
        ASSERT_EQ(dp.improve(i, first, last, cost, line), expected != std::numeric_limits<Cost>::max())
            << "person " << i << " days " << first << "-" << last;
        if (expected == std::numeric_limits<Cost>::max()) continue;
        EXPECT_TRUE(keeps_contract(solo, line)) << "person " << i << " days " << first << "-" << last;
        EXPECT_EQ(cost_of(line, first, last, cost, types), expected) << "person " << i << " days " << first << "-" << last;
        // Did the cheapest line without the limits on types and weekends break one?
        Problem loose = solo;
        loose.staff[0].max_shifts.clear(), loose.staff[0].max_weekends = unlimited;
        limited += brute_force(loose, around, first, last, cost) < expected ? 1 : 0;
      }
  }
  EXPECT_GT(limited, 6);  // the limits bind often here, or the test would not reach the loop
}

// A line still being found at the deadline is given up, the line left as it was.
TEST(LineDp, GivesUpAtTheDeadline) {
  const search::Data data(tiny);
  const std::vector<Cost> cost(static_cast<std::size_t>(7 * data.types), -10);
  const std::vector<int> around{-1, 0, 0, 0, -1, -1, -1, 0, 0, 0, -1, -1, -1, -1};
  auto line = around;
  ASSERT_TRUE(search::LineDp(data, 8).improve(0, 7, 14, cost, line));
  line = around;
  search::LineDp late(data, 8, Deadline(SolveClock::now() - std::chrono::seconds(2), 1));
  EXPECT_FALSE(late.improve(0, 7, 14, cost, line));
  EXPECT_EQ(line, around);
}
