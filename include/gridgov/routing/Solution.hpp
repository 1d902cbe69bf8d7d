#pragma once
/// \file A plan: one route per used vehicle, each a sequence of stops.

#include <cstdint>
#include <vector>

#include "gridgov/core/Units.hpp"

namespace gridgov::routing {

/// What a stop is: a visit, the vehicle's meal break, or a reload at its station.
enum class StopKind { visit, meal_break, reload };

/// One stop of a route; `visit` indexes Problem::visits() when kind is visit.
struct Stop {
  StopKind kind = StopKind::visit;
  std::size_t visit = 0;
  friend bool operator==(const Stop&, const Stop&) = default;
};

/// The route of one vehicle, from its start to its end.
struct Route {
  std::size_t vehicle = 0;
  std::vector<Stop> stops{};
  friend bool operator==(const Route&, const Route&) = default;
};

/// A plan: routes of distinct vehicles; vehicles without a route stay unused.
using Routes = std::vector<Route>;

}  // namespace gridgov::routing
