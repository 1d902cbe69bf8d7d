#pragma once
// A plan as the search keeps it between local searches: the nodes of each vehicle's route,
// and what it costs.

#include <vector>

#include "Segments.hpp"

namespace gridgov::routing::search {

/// The nodes of each vehicle's route (index = vehicle).
using Plan = std::vector<std::vector<int>>;

/// A plan's cost: its objective and the excesses that penalties weigh.
struct PlanCost {
  i64 objective = 0;    // fixed and unit costs of routes plus prizes lost
  i64 excess_load = 0;  // over capacity, summed over trips
  i64 time_warp = 0;    // over windows, shifts and maximum durations
  i64 missing_breaks = 0;  // break lengths of used routes without their break
  int missing_required = 0;  // required visits not routed
  [[nodiscard]] bool feasible() const {
    return excess_load == 0 && time_warp == 0 && missing_breaks == 0 && missing_required == 0;
  }
  [[nodiscard]] i64 penalised(const Penalties& p) const {
    return objective + p.load * excess_load + p.time * (time_warp + missing_breaks) + missing_required * unbounded / 1024;
  }
};

/// Computes a plan's cost from scratch.
PlanCost evaluate(const Data& d, const Plan& plan);

/// Computes the cost of one vehicle's route through `nodes` from scratch.
RouteCost route_cost(const Data& d, int vehicle, const std::vector<int>& nodes, const Penalties& pen);

}  // namespace gridgov::routing::search
