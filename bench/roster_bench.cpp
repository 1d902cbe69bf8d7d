// Rostering kernels: one person's best line by DP over one week and over four weeks, and one
// large-neighbourhood step, on a Curtois-like problem made here (no files needed).
#include <benchmark/benchmark.h>

#include "gridgov/core/Random.hpp"
#include "scheduling/search/Replan.hpp"

namespace {

using namespace gridgov;
using namespace gridgov::scheduling;

// 28 days, early/day/late shifts (late may not be followed by early), 30 people with
// Curtois-style contracts, requests, and cover wanting 4-6 per shift.
const Problem& problem() {
  static const Problem p = [] {
    Random rng(42);
    Problem q;
    q.days = 28;
    q.shifts = {{.id = "E", .minutes = 480}, {.id = "D", .minutes = 480}, {.id = "L", .minutes = 480, .cannot_follow = {0}}};
    for (int i = 0; i < 30; ++i) {
      Staff s{.id = "S" + std::to_string(i), .max_shifts = {28, 28, 10}, .min_total_minutes = 7680, .max_total_minutes = 9600,
              .min_consecutive_shifts = 2, .max_consecutive_shifts = 5, .min_consecutive_days_off = 2, .max_weekends = 2};
      s.days_off = {static_cast<int>(rng.uniform_int(0, 27))};
      q.staff.push_back(s);
      for (int k = 0; k < 5; ++k)
        q.on_requests.push_back({.staff = static_cast<std::size_t>(i), .day = static_cast<int>(rng.uniform_int(0, 27)),
                                 .shift = static_cast<std::size_t>(rng.uniform_int(0, 2)), .weight = rng.uniform_int(1, 3)});
    }
    for (int d = 0; d < 28; ++d)
      for (std::size_t t = 0; t < 3; ++t)
        q.cover.push_back({.day = d, .shifts = {t}, .requirement = static_cast<int>(rng.uniform_int(4, 6)), .weight_under = 100,
                           .weight_over = 1});
    return q;
  }();
  return p;
}

// A roster where everyone has a line (each given their best in turn).
struct Planned {
  search::Data data{problem()};
  search::WorkingRoster roster{data};
  search::Replan replan{data, 8, 256};
  Random rng{1};
  Planned() {
    for (std::size_t i = 0; i < data.people.size(); ++i) {
      const std::size_t who[] = {i};
      replan.run(roster, who, 0, data.days, rng, {.insist = true});
    }
  }
};

void line_dp(benchmark::State& state) {
  Planned planned;
  search::LineDp dp(planned.data, 8);
  const int weeks = static_cast<int>(state.range(0));
  std::vector<Cost> cost(static_cast<std::size_t>(weeks * 7 * planned.data.types));
  Random rng(3);
  for (auto& c : cost) c = rng.uniform_int(-100, 3);
  std::size_t i = 0;
  for (auto _ : state) {
    auto line = std::vector<int>(planned.roster.line(i).begin(), planned.roster.line(i).end());
    benchmark::DoNotOptimize(dp.improve(i, 7, 7 + weeks * 7 > 28 ? 28 : 7 + weeks * 7, cost, line));
    i = (i + 1) % planned.data.people.size();
  }
}
BENCHMARK(line_dp)->Name("BM_LineDp")->Arg(1)->Arg(3);

void replan_step(benchmark::State& state) {
  Planned planned;
  Random rng(5);
  for (auto _ : state) {
    const std::size_t who[] = {static_cast<std::size_t>(rng.uniform_int(0, 29)), static_cast<std::size_t>(rng.uniform_int(0, 29))};
    const int week = static_cast<int>(rng.uniform_int(0, 2));
    const Cost before = planned.roster.cost();
    if (planned.replan.run(planned.roster, who[0] == who[1] ? std::span(who, 1) : std::span(who, 2), week * 7, week * 7 + 14, rng, {.noise = 0.3}) &&
        planned.roster.cost() > before)
      planned.replan.undo(planned.roster);
  }
}
BENCHMARK(replan_step)->Name("BM_ReplanTwoPeopleTwoWeeks");

}  // namespace
