// The independent checker: simulates every route from scratch. It shares nothing with the
// solver but the problem, so the solver's tests can trust it.
#include "gridgov/routing/Check.hpp"

#include <algorithm>

#include "gridgov/core/Names.hpp"

namespace gridgov::routing {
namespace {

// What the simulation needs of one stop.
struct StopData {
  std::size_t location = 0;
  Duration service{};
  std::vector<Window> windows;  // empty: any time
  std::int64_t demand = 0;
};

struct Pass {
  bool on_time = true;
  std::size_t late_stop = 0;
  Duration arrival_at_end{};
  std::vector<ScheduledStop> stops;
};

std::string route_label(const Problem& p, std::size_t vehicle) {
  const auto& id = p.vehicles()[vehicle].id;
  return "route of " + (id.empty() ? "vehicle " + std::to_string(vehicle) : label("vehicle", id));
}

std::string visit_label(const Problem& p, std::size_t visit) {
  const auto& id = p.visits()[visit].id;
  return id.empty() ? "visit " + std::to_string(visit) : label("visit", id);
}

// Leaves start at time t and makes every stop at its earliest.
Pass forward(const Problem& p, const Vehicle& veh, const std::vector<StopData>& stops, const std::vector<Stop>& kinds,
             Duration t) {
  Pass pass;
  std::size_t at = veh.start;
  for (std::size_t i = 0; i < stops.size(); ++i) {
    const auto& s = stops[i];
    const Duration arrival = t + p.duration(at, s.location);
    Duration start = arrival;
    if (!s.windows.empty()) {
      const auto w = std::find_if(s.windows.begin(), s.windows.end(), [&](const Window& x) { return arrival <= x.close; });
      if (w == s.windows.end()) {
        if (pass.on_time) pass.on_time = false, pass.late_stop = i;
        start = arrival;
      } else {
        start = std::max(arrival, w->open);
      }
    }
    t = start + s.service;
    pass.stops.push_back({kinds[i], arrival, start, t, 0});
    at = s.location;
  }
  pass.arrival_at_end = t + p.duration(at, veh.end);
  return pass;
}

}  // namespace

Evaluation check(const Problem& p, const Routes& routes) {
  Evaluation ev;
  const auto violation = [&](std::string text) {
    ev.feasible = false;
    ev.violations.push_back(std::move(text));
  };
  std::vector<int> made(p.visits().size(), 0);
  std::vector<char> vehicle_used(p.vehicles().size(), 0);

  for (std::size_t r = 0; r < routes.size(); ++r) {
    const auto& route = routes[r];
    if (route.vehicle >= p.vehicles().size()) {
      violation("route " + std::to_string(r) + ": vehicle " + std::to_string(route.vehicle) + " does not exist");
      continue;
    }
    const auto& veh = p.vehicles()[route.vehicle];
    const auto name = route_label(p, route.vehicle);
    if (vehicle_used[route.vehicle]) violation(name + ": the vehicle has more than one route");
    vehicle_used[route.vehicle] = 1;

    // What each stop is, and whether it may be there.
    std::vector<StopData> stops;
    int breaks = 0, reloads = 0, visits = 0;
    bool bad_stop = false;
    for (std::size_t i = 0; i < route.stops.size(); ++i) {
      const auto& s = route.stops[i];
      const auto where = name + " stop " + std::to_string(i);
      switch (s.kind) {
        case StopKind::visit: {
          if (s.visit >= p.visits().size()) {
            violation(where + ": visit " + std::to_string(s.visit) + " does not exist");
            bad_stop = true;
            break;
          }
          const auto& v = p.visits()[s.visit];
          ++made[s.visit], ++visits;
          if (!p.may_serve(route.vehicle, s.visit))
            violation(where + ": " + visit_label(p, s.visit) +
                      (v.vehicle ? " is pinned to another vehicle" : " needs a skill the vehicle lacks"));
          stops.push_back({v.location, v.service, v.windows, v.demand});
          break;
        }
        case StopKind::meal_break:
          ++breaks;
          if (!veh.meal_break) {
            violation(where + ": a meal break, but the vehicle has none");
            bad_stop = true;
          } else {
            stops.push_back({veh.meal_break->location.value_or(veh.start), veh.meal_break->length, {veh.meal_break->window}, 0});
          }
          break;
        case StopKind::reload:
          ++reloads;
          if (!veh.reload_location) {
            violation(where + ": a reload, but the vehicle has no station to reload at");
            bad_stop = true;
          } else {
            stops.push_back({*veh.reload_location, veh.reload_service, {}, 0});
          }
          break;
      }
    }
    if (bad_stop) continue;
    if (visits == 0) {
      if (!route.stops.empty()) violation(name + ": has stops but no visits");
      continue;
    }
    if (veh.meal_break && breaks != 1) violation(name + ": must take its meal break exactly once, takes it " + std::to_string(breaks) + " times");
    if (reloads > veh.max_reloads)
      violation(name + ": reloads " + std::to_string(reloads) + " times, at most " + std::to_string(veh.max_reloads) + " allowed");

    // Times: earliest completion, then the latest departure that still completes then.
    const auto first = forward(p, veh, stops, route.stops, veh.shift.open);
    if (!first.on_time) {
      const auto& late = route.stops[first.late_stop];
      violation(name + " stop " + std::to_string(first.late_stop) + ": " +
                (late.kind == StopKind::visit ? visit_label(p, late.visit) : std::string("the meal break")) +
                " is reached after its last window closes");
    }
    Duration lo = veh.shift.open, hi = std::max(veh.shift.open, std::min(veh.shift.close, first.arrival_at_end));
    while (lo < hi) {  // largest departure keeping the same completion and every window
      const Duration mid = lo + Duration(((hi - lo).get() + 1) / 2);
      const auto pass = forward(p, veh, stops, route.stops, mid);
      if ((pass.on_time || !first.on_time) && pass.arrival_at_end == first.arrival_at_end) lo = mid;
      else hi = mid - Duration(1);
    }
    auto pass = forward(p, veh, stops, route.stops, lo);
    ScheduledRoute sr{route.vehicle, lo, pass.arrival_at_end, Distance(0), pass.arrival_at_end - lo, {}};
    if (sr.arrival > veh.shift.close) violation(name + ": returns at " + std::to_string(sr.arrival.get()) + ", after its shift ends at " + std::to_string(veh.shift.close.get()));
    if (sr.duration > veh.max_duration)
      violation(name + ": lasts " + std::to_string(sr.duration.get()) + ", longer than its maximum " + std::to_string(veh.max_duration.get()));

    // Distance, and load per trip (trips end at reloads).
    std::size_t at = veh.start;
    for (const auto& s : stops) sr.distance += p.distance(at, s.location), at = s.location;
    sr.distance += p.distance(at, veh.end);
    std::size_t trip_start = 0;
    int trip = 0;
    for (std::size_t i = 0; i <= stops.size(); ++i) {
      if (i < stops.size() && route.stops[i].kind != StopKind::reload) continue;
      ++trip;
      std::int64_t load = 0;
      for (std::size_t k = trip_start; k < i; ++k) load += stops[k].demand;
      if (load > veh.capacity)
        violation(name + ": trip " + std::to_string(trip) + " carries " + std::to_string(load) +
                  ", more than the capacity " + std::to_string(veh.capacity));
      for (std::size_t k = trip_start; k < i; ++k) pass.stops[k].load = (load -= stops[k].demand);
      trip_start = i + 1;
    }
    sr.stops = std::move(pass.stops);
    ev.objective.distance += sr.distance;
    ev.objective.duration += sr.duration;
    ev.objective.fixed_costs += veh.fixed_cost;
    ev.objective.distance_costs += Cost(veh.distance_cost * sr.distance.get());
    ev.objective.duration_costs += Cost(veh.duration_cost * sr.duration.get());
    ev.routes.push_back(std::move(sr));
  }

  for (std::size_t i = 0; i < made.size(); ++i) {
    const auto& v = p.visits()[i];
    if (made[i] > 1) violation(visit_label(p, i) + ": is made " + std::to_string(made[i]) + " times");
    if (made[i] == 0 && v.required) violation(visit_label(p, i) + ": is required but not made");
    if (made[i] == 0 && !v.required) ev.objective.prizes_lost += v.prize;
  }
  auto& o = ev.objective;
  o.total = o.prizes_lost + o.fixed_costs + o.distance_costs + o.duration_costs;
  return ev;
}

}  // namespace gridgov::routing
