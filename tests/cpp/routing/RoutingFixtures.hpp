#pragma once
// Small routing problems to check by hand.

#include "gridgov/routing/Problem.hpp"

namespace gridgov::fixtures {

/// Locations on a line at 0, 10, 20, 30, 40 (0 is the office); distance = duration = gap.
inline routing::IntMatrix line_matrix() {
  routing::IntMatrix m(5, 5);
  for (Eigen::Index a = 0; a < 5; ++a)
    for (Eigen::Index b = 0; b < 5; ++b) m(a, b) = 10 * std::abs(a - b);
  return m;
}

/// Four visits at 10, 20, 30, 40, each taking 5 and carrying 1; one vehicle from 0 back to 0.
inline routing::Problem line_problem(std::vector<routing::Vehicle> vehicles = {routing::Vehicle{}}) {
  std::vector<routing::Visit> visits;
  for (std::size_t i = 1; i <= 4; ++i) {
    routing::Visit v;
    v.id = "v" + std::to_string(i), v.location = i, v.service = Duration(5), v.demand = 1;
    visits.push_back(v);
  }
  return routing::Problem(line_matrix(), line_matrix(), std::move(visits), std::move(vehicles));
}

}  // namespace gridgov::fixtures
