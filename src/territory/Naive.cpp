// naive_split(): stripes of equal building count, west to east.
#include <algorithm>
#include <numeric>

#include "Data.hpp"

namespace gridgov::territory {

Territories naive_split(const model::Community& community, const TerritoryOptions& options) {
  const detail::Data data(community, options);
  const auto n = data.buildings();
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  const auto& buildings = community.buildings();
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return buildings[a].entrance.x < buildings[b].entrance.x; });
  std::vector<std::size_t> grid_of(n);
  for (std::size_t i = 0; i < n; ++i) grid_of[order[i]] = i * data.grids / n;
  return detail::summarise(data, std::move(grid_of));
}

}  // namespace gridgov::territory
