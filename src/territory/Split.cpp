// split(): restarts of seeding, growth and local search; the best partition is kept.
#include "Data.hpp"
#include "Grow.hpp"
#include "Improve.hpp"

namespace gridgov::territory {

Territories split(const model::Community& community, const TerritoryOptions& options) {
  const detail::Data data(community, options);
  Random rng(options.seed);
  std::optional<detail::Partition> best;
  for (int start = 0; start < options.restarts; ++start) {
    auto start_rng = rng.split();
    detail::Partition p(data, detail::grow(data, detail::spread_seeds(data, start_rng)));
    detail::improve(p, data, start_rng);
    if (!best || p.score() < best->score()) best = std::move(p);
  }
  return detail::summarise(data, best->grid_of());
}

}  // namespace gridgov::territory
