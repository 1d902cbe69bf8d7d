#pragma once
// Between the caller's routes (visits, breaks, reloads by vehicle) and the search's plans
// (nodes by vehicle).

#include "Plan.hpp"
#include "gridgov/routing/Solution.hpp"

namespace gridgov::routing::search {

/// The caller's routes as a plan; stops that cannot be placed (unknown visits or vehicles,
/// repeated visits) are dropped, the search puts required visits back.
Plan to_plan(const Data& d, const Routes& routes);
/// A plan as the caller's routes, one per used vehicle, in vehicle order.
Routes to_routes(const Data& d, const Plan& plan);

}  // namespace gridgov::routing::search
