#pragma once
// Random routing problems on a plane, shared by the solver's tests (SolveTest.cpp) and its
// property tests (PropertyTest.cpp).

#include <cmath>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "gridgov/core/Random.hpp"
#include "gridgov/routing/Problem.hpp"

namespace gridgov::fixtures {

/// A random problem on a plane: `n` visits, `k` vehicles, windows, demands, optional visits; with
/// `varied`, vehicles also differ in fixed cost, skills and longest route, and some visits need a
/// skill.
inline routing::Problem random_problem(Random& rng, std::size_t n, std::size_t k, bool windows, bool optional,
                                       bool varied = false) {
  const auto locs = n + 1;
  std::vector<std::pair<double, double>> xy(locs);
  for (auto& p : xy) p = {rng.uniform(0, 100), rng.uniform(0, 100)};
  routing::IntMatrix m(static_cast<Eigen::Index>(locs), static_cast<Eigen::Index>(locs));
  for (std::size_t a = 0; a < locs; ++a)
    for (std::size_t b = 0; b < locs; ++b)
      m(static_cast<Eigen::Index>(a), static_cast<Eigen::Index>(b)) =
          std::llround(std::hypot(xy[a].first - xy[b].first, xy[a].second - xy[b].second));
  std::vector<routing::Visit> visits;
  for (std::size_t i = 1; i <= n; ++i) {
    routing::Visit v;
    v.id = std::to_string(i), v.location = i, v.service = Duration(rng.uniform_int(0, 10)), v.demand = rng.uniform_int(1, 5);
    if (windows) {
      const auto open = rng.uniform_int(0, 300);
      v.windows = {{Duration(open), Duration(open + rng.uniform_int(30, 200))}};
    }
    if (optional && rng.chance(0.3)) v.required = false, v.prize = Cost(rng.uniform_int(0, 150));
    if (varied && rng.chance(0.2)) v.skills = {"en"};
    visits.push_back(v);
  }
  std::vector<routing::Vehicle> vehicles(k);
  for (auto& v : vehicles) {
    v.capacity = static_cast<std::int64_t>(4 * n / k + 4), v.shift = {Duration(0), Duration(windows ? 800 : 100000)};
    if (!varied) continue;
    v.fixed_cost = Cost(rng.uniform_int(0, 80));
    if (rng.chance(0.5)) v.skills = {"en"};
    if (rng.chance(0.3)) v.max_duration = Duration(rng.uniform_int(150, 400));
  }
  return routing::Problem(m, m, visits, vehicles);
}

}  // namespace gridgov::fixtures
