#include "WorkingSolution.hpp"

#include <algorithm>

namespace gridgov::routing::search {

RouteCost route_cost(const Data& d, int vehicle, const std::vector<int>& nodes, const Penalties& pen) {
  const auto& v = d.vehicle(vehicle);
  Segment s = Segment::depot(v.start, v);
  for (const int n : nodes) s = s.then(Segment::of(d, n), d, v.capacity);
  return route_cost(v, s.then(Segment::depot(v.end, v), d, v.capacity), pen);
}

PlanCost evaluate(const Data& d, const Plan& plan) {
  PlanCost c;
  std::vector<char> routed(d.node_count(), 0);
  for (std::size_t r = 0; r < plan.size(); ++r) {
    for (const int n : plan[r]) routed[static_cast<std::size_t>(n)] = 1;
    const auto& v = d.vehicle(static_cast<int>(r));
    const auto rc = route_cost(d, static_cast<int>(r), plan[r], {});
    c.objective += rc.objective, c.excess_load += rc.excess_load, c.time_warp += rc.time_warp;
    c.missing_breaks += rc.missing_break ? v.break_length : 0;
  }
  // Prizes of optional visits not made; required visits missing.
  const auto& visits = d.problem().visits();
  std::vector<char> made(visits.size(), 0);
  for (std::size_t n = 0; n < d.node_count(); ++n)
    if (routed[n] && d.node(static_cast<int>(n)).kind == NodeKind::visit) made[static_cast<std::size_t>(d.node(static_cast<int>(n)).visit)] = 1;
  for (std::size_t i = 0; i < visits.size(); ++i) {
    if (made[i]) continue;
    if (visits[i].required) ++c.missing_required;
    else c.objective += visits[i].prize.get();
  }
  return c;
}

WorkingSolution::WorkingSolution(const Data& d)
    : d_(&d), route_of_(d.node_count(), -1), pos_of_(d.node_count(), 0), cost_(d.vehicle_count()) {
  routes_.reserve(d.vehicle_count());
  for (std::size_t v = 0; v < d.vehicle_count(); ++v) routes_.emplace_back(d, static_cast<int>(v));
}

void WorkingSolution::load(const Plan& plan) {
  std::fill(route_of_.begin(), route_of_.end(), -1);
  for (std::size_t r = 0; r < routes_.size(); ++r) {
    routes_[r].assign(r < plan.size() ? plan[r] : std::vector<int>{});
    refresh(static_cast<int>(r));
  }
}

Plan WorkingSolution::plan() const {
  Plan p(routes_.size());
  for (std::size_t r = 0; r < routes_.size(); ++r) p[r] = routes_[r].nodes();
  return p;
}

int WorkingSolution::routed_member(int group) const {
  for (const int m : d_->groups()[static_cast<std::size_t>(group)])
    if (routed(m)) return m;
  return -1;
}

void WorkingSolution::insert(int node, int route, std::size_t pos) {
  routes_[static_cast<std::size_t>(route)].insert(pos, node);
  route_of_[static_cast<std::size_t>(node)] = route;
}

void WorkingSolution::erase(int node) {
  const auto r = route_of_[static_cast<std::size_t>(node)];
  routes_[static_cast<std::size_t>(r)].erase(pos_of_[static_cast<std::size_t>(node)]);
  route_of_[static_cast<std::size_t>(node)] = -1;
}

void WorkingSolution::refresh(int r) {
  auto& route = routes_[static_cast<std::size_t>(r)];
  route.update();
  for (std::size_t p = 1; p <= route.size(); ++p) {
    route_of_[static_cast<std::size_t>(route.at(p))] = r;
    pos_of_[static_cast<std::size_t>(route.at(p))] = p;
  }
  route.modified_at = ++moves;
  cost_[static_cast<std::size_t>(r)] = route.cost(pen_);
}

PlanCost WorkingSolution::cost() const {
  PlanCost c;
  for (std::size_t r = 0; r < routes_.size(); ++r) {
    const auto& rc = cost_[r];
    c.objective += rc.objective, c.excess_load += rc.excess_load, c.time_warp += rc.time_warp;
    c.missing_breaks += rc.missing_break ? routes_[r].vehicle_data().break_length : 0;
  }
  const auto& visits = d_->problem().visits();
  for (std::size_t i = 0; i < visits.size(); ++i) {
    const auto& nodes = d_->visit_nodes(i);
    if (std::any_of(nodes.begin(), nodes.end(), [&](int n) { return routed(n); })) continue;
    if (visits[i].required) ++c.missing_required;
    else c.objective += visits[i].prize.get();
  }
  return c;
}

void WorkingSolution::set_penalties(const Penalties& p) {
  pen_ = p;
  for (std::size_t r = 0; r < routes_.size(); ++r) {
    cost_[r] = routes_[r].cost(pen_);
    routes_[r].modified_at = ++moves;  // moves tried under the old penalties may pay now
  }
}

}  // namespace gridgov::routing::search
