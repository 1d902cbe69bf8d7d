// Every eligible volunteer can serve every grid, so the cheapest matching of the most grids
// takes the volunteers of the lowest group ranks: a penalty of rank x (more than any total
// walk) on each pair makes the min-cost flow prefer groups exactly in their order.
#include "Workers.hpp"

#include <algorithm>

#include "gridgov/matching/Skills.hpp"

namespace gridgov::territory::detail {

std::vector<std::optional<std::size_t>> assign_workers(const model::Community& c, const std::vector<std::size_t>& centres,
                                                       const std::vector<model::Group>& groups) {
  const std::string skill = "grid_worker";
  std::vector<std::size_t> volunteers, rank;
  std::vector<matching::Supply> supplies;
  for (std::size_t v = 0; v < c.volunteers().size(); ++v) {
    const auto it = std::find(groups.begin(), groups.end(), c.volunteers()[v].group);
    if (it == groups.end()) continue;
    volunteers.push_back(v);
    rank.push_back(static_cast<std::size_t>(it - groups.begin()));
    supplies.push_back({c.volunteers()[v].id, 1, {skill}});
  }
  std::vector<matching::Demand> demands;
  std::vector<model::Place> places;
  for (const auto b : centres) {
    demands.push_back({c.buildings()[b].id, skill, 1});
    places.push_back({model::PlaceKind::building, b});
  }
  auto cost = matching::walks_from_home(c, volunteers, places);
  const auto penalty = 1 + static_cast<std::int64_t>(centres.size()) * (cost.size() == 0 ? 0 : cost.maxCoeff());
  for (Eigen::Index i = 0; i < cost.rows(); ++i) cost.row(i).array() += static_cast<std::int64_t>(rank[static_cast<std::size_t>(i)]) * penalty;

  std::vector<std::optional<std::size_t>> out(centres.size());
  for (const auto& a : matching::match(supplies, demands, cost).assignments) out[a.demand] = volunteers[a.supply];
  return out;
}

}  // namespace gridgov::territory::detail
