#pragma once
// The solution the local search changes in place: routes with their caches, and where each
// node is.

#include <vector>

#include "Plan.hpp"
#include "Route.hpp"

namespace gridgov::routing::search {

class WorkingSolution {
 public:
  explicit WorkingSolution(const Data& d);

  void load(const Plan& plan);
  [[nodiscard]] Plan plan() const;

  [[nodiscard]] const Data& data() const { return *d_; }
  [[nodiscard]] std::size_t route_count() const { return routes_.size(); }
  [[nodiscard]] Route& route(int r) { return routes_[static_cast<std::size_t>(r)]; }
  [[nodiscard]] const Route& route(int r) const { return routes_[static_cast<std::size_t>(r)]; }
  [[nodiscard]] bool routed(int node) const { return route_of_[static_cast<std::size_t>(node)] >= 0; }
  [[nodiscard]] int route_of(int node) const { return route_of_[static_cast<std::size_t>(node)]; }
  [[nodiscard]] std::size_t pos_of(int node) const { return pos_of_[static_cast<std::size_t>(node)]; }
  /// The routed member of a node's group, or -1.
  [[nodiscard]] int routed_member(int group) const;

  void insert(int node, int route, std::size_t pos);  // pos 1..size()+1
  void erase(int node);
  /// Re-reads a route after edits: caches, positions, modification stamp.
  void refresh(int route);

  /// Cost of every route under the penalties (kept per route; recomputed on refresh).
  void set_penalties(const Penalties& p);
  [[nodiscard]] const Penalties& penalties() const { return pen_; }
  [[nodiscard]] i64 route_cost(int r) const { return cost_[static_cast<std::size_t>(r)].cost; }
  /// The cost of the plan as it stands, from the routes' cached costs.
  [[nodiscard]] PlanCost cost() const;

  std::size_t moves = 0;  // counts applied changes (stamps routes)

 private:
  const Data* d_;
  std::vector<Route> routes_;
  std::vector<int> route_of_;
  std::vector<std::size_t> pos_of_;
  std::vector<RouteCost> cost_;
  Penalties pen_;
};

}  // namespace gridgov::routing::search
