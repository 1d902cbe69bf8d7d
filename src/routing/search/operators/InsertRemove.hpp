#pragma once
// Putting a node into the plan, or taking it out: best insertion of an unrouted node, and the
// gain of removing a routed one. Used for required nodes left out by a perturbation, optional
// visits worth their prize, meal breaks and reloads.

#include <vector>

#include "../WorkingSolution.hpp"

namespace gridgov::routing::search {

struct Insertion {
  int route = -1;
  std::size_t after = 0;  // insert after this position (0 = route start)
  i64 delta = unbounded;  // change in penalised route cost
};

/// Change in route cost when node u goes right after position p of route r.
inline i64 insertion_delta(const WorkingSolution& ws, int u, int r, std::size_t p) {
  const auto& route = ws.route(r);
  const auto s = route.concat(route.concat(route.before(p), Segment::of(ws.data(), u)), route.after(p + 1), route.end_depot());
  return route.cost_of(s, ws.penalties()).cost - ws.route_cost(r);
}

/// Change in route cost when the routed node u leaves its route.
inline i64 removal_delta(const WorkingSolution& ws, int u) {
  const int r = ws.route_of(u);
  const auto p = ws.pos_of(u);
  const auto& route = ws.route(r);
  return route.cost_of(route.concat(route.before(p - 1), route.after(p + 1), route.end_depot()), ws.penalties()).cost -
         ws.route_cost(r);
}

/// The cheapest place for the unrouted node u: next to its routed neighbours, anywhere on the
/// route of the vehicle it is pinned to, or alone on an empty route (one per vehicle class).
/// With `everywhere`, every position of every allowed route is tried.
inline Insertion best_insertion(const WorkingSolution& ws, int u, const std::vector<int>& neighbours, bool everywhere) {
  const auto& d = ws.data();
  Insertion best;
  // A visit only adds distance, time and load, so the added distance (and fixed cost) bounds
  // the change from below; breaks and reloads may remove penalties and are always evaluated.
  const bool bounded = d.node(u).kind == NodeKind::visit;
  const auto loc = d.node(u).location;
  const auto consider = [&](int r, std::size_t p) {
    if (bounded) {
      const auto& route = ws.route(r);
      const auto prev = route.location(p), next = p < route.size() ? route.location(p + 1) : route.end_depot().first;
      const i64 added = d.dist(prev, loc) + d.dist(loc, next) - d.dist(prev, next);
      const auto& v = route.vehicle_data();
      if (v.unit_distance * added + (route.empty() ? v.fixed_cost : 0) >= best.delta) return;
    }
    const auto delta = insertion_delta(ws, u, r, p);
    if (delta < best.delta) best = {r, p, delta};
  };
  const int pinned = d.node(u).vehicle;
  const auto all_positions = [&](int r) {
    for (std::size_t p = 0; p <= ws.route(r).size(); ++p) consider(r, p);
  };
  if (pinned >= 0) {
    all_positions(pinned);
    return best;
  }
  if (everywhere) {
    for (std::size_t r = 0; r < ws.route_count(); ++r)
      if (d.allowed(u, static_cast<int>(r))) all_positions(static_cast<int>(r));
    return best;
  }
  for (const int v : neighbours) {
    if (!ws.routed(v)) continue;
    const int r = ws.route_of(v);
    if (!d.allowed(u, ws.route(r).vehicle())) continue;
    consider(r, ws.pos_of(v));
    consider(r, ws.pos_of(v) - 1);
  }
  std::vector<char> seen(static_cast<std::size_t>(d.class_count()), 0);
  for (std::size_t r = 0; r < ws.route_count(); ++r) {
    const auto& route = ws.route(static_cast<int>(r));
    auto& s = seen[static_cast<std::size_t>(route.vehicle_data().vehicle_class)];
    if (!route.empty() || s || !d.allowed(u, static_cast<int>(r))) continue;
    s = 1;
    consider(static_cast<int>(r), 0);
  }
  return best;
}

}  // namespace gridgov::routing::search
