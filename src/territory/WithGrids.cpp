#include "gridgov/core/Names.hpp"
#include "gridgov/territory/Territories.hpp"

namespace gridgov::territory {

model::Community with_grids(const model::Community& community, const Territories& territories) {
  auto parts = community.parts();
  if (territories.grid_of_building.size() != parts.buildings.size())
    throw InputError("territories", "grid_of_building",
                     "has " + std::to_string(territories.grid_of_building.size()) + " entries for " +
                         std::to_string(parts.buildings.size()) + " buildings");
  parts.grids.clear();
  for (const auto& t : territories.grids)
    parts.grids.push_back({t.id, t.worker ? parts.volunteers.at(*t.worker).id : std::string()});
  for (std::size_t b = 0; b < parts.buildings.size(); ++b) {
    const auto g = territories.grid_of_building[b];
    if (g >= parts.grids.size())
      throw InputError(label("building", parts.buildings[b].id), "grid",
                       "is grid " + std::to_string(g) + " of " + std::to_string(parts.grids.size()));
    parts.buildings[b].grid = parts.grids[g].id;
  }
  return model::Community(std::move(parts));
}

}  // namespace gridgov::territory
