#pragma once
// Route segments whose concatenation gives a route's distance, duration, time warp and load in
// constant time (Vidal et al. 2013, "A hybrid genetic algorithm with adaptive diversity
// management for a large class of vehicle routing problems with time-windows", section 4.2;
// the load part extended here to trips separated by reloads).

#include <algorithm>

#include "Data.hpp"

namespace gridgov::routing::search {

/// Time over a sequence of stops: total duration (travel, service, waiting), time warp (how
/// much earlier than possible some stop would have to be served), and the earliest and latest
/// start of the sequence that achieve them.
struct DurationSegment {
  i64 duration = 0, time_warp = 0, early = 0, late = unbounded;

  static DurationSegment of(const NodeData& n) { return {n.service, 0, n.early, n.late}; }

  /// This segment, then travel of `edge`, then `next`.
  [[nodiscard]] DurationSegment then(const DurationSegment& next, i64 edge) const {
    const i64 delta = duration - time_warp + edge;
    const i64 wait = std::max<i64>(next.early - delta - late, 0);
    const i64 warp = std::max<i64>(early + delta - next.late, 0);
    return {duration + next.duration + edge + wait, time_warp + next.time_warp + warp,
            std::max(next.early - delta, early) - wait, std::min(next.late - delta, late) + warp};
  }
};

/// Load over a sequence of stops split into trips by reloads: the load of the first (open) trip,
/// of the last (open) trip, and the excess over capacity of the closed trips in between.
struct LoadSegment {
  i64 head = 0, tail = 0, excess = 0;
  bool reloads = false;

  static LoadSegment of(const NodeData& n) {
    return n.kind == NodeKind::reload ? LoadSegment{0, 0, 0, true} : LoadSegment{n.demand, n.demand, 0, false};
  }

  [[nodiscard]] LoadSegment then(const LoadSegment& next, i64 capacity) const {
    if (!reloads && !next.reloads) return {head + next.head, head + next.head, 0, false};
    if (!reloads) return {head + next.head, next.tail, next.excess, true};
    if (!next.reloads) return {head, tail + next.head, excess, true};
    return {head, next.tail, excess + next.excess + std::max<i64>(tail + next.head - capacity, 0), true};
  }

  /// Excess over capacity of a whole route made of this segment.
  [[nodiscard]] i64 route_excess(i64 capacity) const {
    return excess + std::max<i64>(head - capacity, 0) + (reloads ? std::max<i64>(tail - capacity, 0) : 0);
  }
};

/// Everything the cost of a route needs about a sequence of stops.
struct Segment {
  bool empty = true;
  std::size_t first = 0, last = 0;  // locations at its ends
  i64 distance = 0;
  DurationSegment time{};
  LoadSegment load{};
  int nodes = 0, visits = 0, breaks = 0;  // depots are not nodes

  static Segment of(const Data& d, int node) {
    const auto& n = d.node(node);
    return {false, n.location, n.location, 0, DurationSegment::of(n), LoadSegment::of(n), 1,
            n.kind == NodeKind::visit ? 1 : 0, n.kind == NodeKind::meal_break ? 1 : 0};
  }

  /// A route's start or end depot.
  static Segment depot(std::size_t location, const VehicleData& v) {
    return {false, location, location, 0, {0, 0, v.shift_early, v.shift_late}, {}, 0, 0, 0};
  }

  /// This segment followed by `next` (either may be empty).
  [[nodiscard]] Segment then(const Segment& next, const Data& d, i64 capacity) const {
    if (empty) return next;
    if (next.empty) return *this;
    return {false, first, next.last, distance + d.dist(last, next.first) + next.distance,
            time.then(next.time, d.dur(last, next.first)), load.then(next.load, capacity), nodes + next.nodes,
            visits + next.visits, breaks + next.breaks};
  }
};

/// Penalty weights for breaking rules during the search (cost units per unit of excess).
struct Penalties {
  i64 load = 1, time = 1;
};

/// The cost of a whole route (start depot to end depot) under penalties, and its parts.
struct RouteCost {
  i64 cost = 0;          // penalised
  i64 objective = 0;     // unpenalised: fixed + unit costs
  i64 excess_load = 0, time_warp = 0;
  bool missing_break = false;
  [[nodiscard]] bool feasible() const { return excess_load == 0 && time_warp == 0 && !missing_break; }
};

inline RouteCost route_cost(const VehicleData& v, const Segment& s, const Penalties& pen) {
  RouteCost rc;
  if (s.nodes == 0) return rc;  // an unused vehicle costs nothing
  rc.excess_load = s.load.route_excess(v.capacity);
  rc.time_warp = s.time.time_warp + std::max<i64>(s.time.duration - v.max_duration, 0);
  rc.missing_break = v.break_node >= 0 && s.visits > 0 && s.breaks == 0;
  rc.objective = v.fixed_cost + v.unit_distance * s.distance + v.unit_duration * s.time.duration;
  rc.cost = rc.objective + pen.load * rc.excess_load + pen.time * (rc.time_warp + (rc.missing_break ? v.break_length : 0));
  return rc;
}

}  // namespace gridgov::routing::search
