#include "Conversion.hpp"

#include <algorithm>

namespace gridgov::routing::search {

Plan to_plan(const Data& d, const Routes& routes) {
  Plan plan(d.vehicle_count());
  std::vector<int> first_node(d.problem().visits().size(), -1);
  for (std::size_t n = d.node_count(); n-- > 0;)
    if (d.node(static_cast<int>(n)).kind == NodeKind::visit) first_node[static_cast<std::size_t>(d.node(static_cast<int>(n)).visit)] = static_cast<int>(n);
  std::vector<char> used(d.node_count(), 0);
  for (const auto& route : routes) {
    if (route.vehicle >= d.vehicle_count()) continue;
    const auto& v = d.vehicle(static_cast<int>(route.vehicle));
    auto& out = plan[route.vehicle];
    std::size_t reloads = 0;
    for (const auto& s : route.stops) {
      int node = -1;
      if (s.kind == StopKind::visit && s.visit < first_node.size()) node = first_node[s.visit];
      if (s.kind == StopKind::meal_break) node = v.break_node;
      if (s.kind == StopKind::reload && reloads < v.reload_nodes.size()) node = v.reload_nodes[reloads++];
      if (node < 0 || used[static_cast<std::size_t>(node)] || !d.allowed(node, static_cast<int>(route.vehicle))) continue;
      used[static_cast<std::size_t>(node)] = 1;
      out.push_back(node);
    }
  }
  return plan;
}

Routes to_routes(const Data& d, const Plan& plan) {
  Routes routes;
  for (std::size_t r = 0; r < plan.size(); ++r) {
    // A vehicle that makes no visit is unused, whatever reloads the search left on it.
    const bool visits = std::any_of(plan[r].begin(), plan[r].end(), [&](int n) { return d.node(n).kind == NodeKind::visit; });
    if (!visits) continue;
    Route route{r, {}};
    for (const int n : plan[r]) {
      const auto& node = d.node(n);
      switch (node.kind) {
        case NodeKind::visit: route.stops.push_back({StopKind::visit, static_cast<std::size_t>(node.visit)}); break;
        case NodeKind::meal_break: route.stops.push_back({StopKind::meal_break, 0}); break;
        case NodeKind::reload: route.stops.push_back({StopKind::reload, 0}); break;
      }
    }
    routes.push_back(std::move(route));
  }
  return routes;
}

}  // namespace gridgov::routing::search
