#include "Data.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "gridgov/core/Error.hpp"
#include "gridgov/territory/Adjacency.hpp"

namespace gridgov::territory::detail {
namespace {

void check_options(const model::Community& c, const TerritoryOptions& o) {
  const std::string record = "territory options";
  if (o.grids < 1) throw InputError(record, "grids", "must be at least 1, got " + std::to_string(o.grids));
  if (static_cast<std::size_t>(o.grids) > c.buildings().size())
    throw InputError(record, "grids",
                     "asks for " + std::to_string(o.grids) + " grids but the community has " +
                         std::to_string(c.buildings().size()) + " buildings");
  if (o.restarts < 1) throw InputError(record, "restarts", "must be at least 1");
  if (o.max_passes < 0) throw InputError(record, "max_passes", "must not be negative (0: the grown split alone)");
  if (!(o.tolerance >= 0 && o.tolerance < 1)) throw InputError(record, "tolerance", "must be a share in [0, 1)");
}

std::vector<model::Place> all_buildings(const model::Community& c) { return c.places(model::PlaceKind::building); }

}  // namespace

Data::Data(const model::Community& c, const TerritoryOptions& o) : community(c), options(o) {
  check_options(c, o);
  grids = static_cast<std::size_t>(o.grids);
  load = building_workloads(c, o.workload);
  for (const auto l : load) total += l;
  band = static_cast<std::int64_t>(std::floor(o.tolerance * static_cast<double>(total)));
  adjacency = building_adjacency(c);
  const auto places = all_buildings(c);
  walk = c.travel(places, places).distance;
}

std::pair<std::size_t, std::int64_t> medoid(const Data& data, const std::vector<std::size_t>& members) {
  std::pair best{members.front(), std::numeric_limits<std::int64_t>::max()};
  for (const auto m : members) {
    std::int64_t sum = 0;
    for (const auto x : members) sum += data.walk_between(m, x);
    if (sum < best.second || (sum == best.second && m < best.first)) best = {m, sum};
  }
  return best;
}

}  // namespace gridgov::territory::detail
