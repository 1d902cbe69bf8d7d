#pragma once
/// \file The independent checker: every constraint and the objective recomputed from scratch by
/// simulating each route, written apart from the solver and used to test it.

#include <string>
#include <vector>

#include "gridgov/routing/Problem.hpp"
#include "gridgov/routing/Solution.hpp"

namespace gridgov::routing {

/// One stop as scheduled: when the vehicle arrives, starts and ends, and its load after it.
struct ScheduledStop {
  Stop stop{};
  Duration arrival{}, start{}, end{};
  std::int64_t load = 0;  ///< Load on board when leaving (delivery model: falls as visits are made).
};

/// One route as scheduled.
struct ScheduledRoute {
  std::size_t vehicle = 0;
  Duration departure{}, arrival{};  ///< Leaving start (as late as possible) and arriving at end.
  Distance distance{};
  Duration duration{};
  std::vector<ScheduledStop> stops{};
};

/// The objective and its parts.
struct Objective {
  Cost total{};
  Cost prizes_lost{};
  Cost fixed_costs{};
  Cost distance_costs{};
  Cost duration_costs{};
  Distance distance{};
  Duration duration{};
  friend bool operator==(const Objective&, const Objective&) = default;
};

/// The checker's verdict: feasible when no rule is broken.
struct Evaluation {
  bool feasible = true;
  std::vector<std::string> violations{};  ///< Each names the route, stop or visit and the rule.
  Objective objective{};
  std::vector<ScheduledRoute> routes{};
};

/// Checks a plan against every rule of the problem and recomputes its objective. Never throws
/// for a bad plan: what is wrong is listed in violations (unknown vehicles or visits, visits
/// made twice or by a vehicle without the skill, required visits missing, windows, shifts,
/// durations, capacity per trip, breaks, reloads). Times are taken at their earliest and the
/// departure as late as possible without arriving later.
Evaluation check(const Problem& problem, const Routes& routes);

}  // namespace gridgov::routing
