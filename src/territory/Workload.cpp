#include "gridgov/territory/Workload.hpp"

#include "gridgov/core/Error.hpp"

namespace gridgov::territory {

void Workload::check() const {
  for (const auto& [value, field] : {std::pair{red, "red"}, std::pair{orange, "orange"}, std::pair{green, "green"}})
    if (value < 0) throw InputError("workload", field, "must not be negative (visits a week)");
}

std::vector<std::int64_t> building_workloads(const model::Community& c, const Workload& w) {
  w.check();
  std::vector<std::int64_t> out(c.buildings().size(), 0);
  std::int64_t total = 0;
  for (std::size_t b = 0; b < out.size(); ++b)
    for (const auto h : c.households_by_building()[b]) out[b] += w.visits(c.levels()[h]);
  for (const auto v : out) total += v;
  if (total == 0) throw InputError("workload", "", "gives every household zero visits, so there is nothing to balance");
  return out;
}

}  // namespace gridgov::territory
