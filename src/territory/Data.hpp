#pragma once
// What every split of one community reads: the buildings' workloads, their adjacency and the
// walking metres between them, computed once.

#include <cstdint>
#include <vector>

#include "gridgov/network/TravelMatrices.hpp"
#include "gridgov/territory/Territories.hpp"

namespace gridgov::territory::detail {

struct Data {
  Data(const model::Community& community, const TerritoryOptions& options);

  const model::Community& community;
  const TerritoryOptions& options;
  std::size_t grids = 0;
  std::vector<std::int64_t> load;                     // visits a week per building
  std::vector<std::vector<std::size_t>> adjacency;    // Adjacency.hpp
  network::IntMatrix walk;                            // metres, building x building
  std::int64_t total = 0;                             // all the visits
  // A grid is in balance when |grids x its load - total| <= band (= tolerance x total): its
  // load is within the tolerance of the mean, in units of 1/grids visits to stay integer.
  std::int64_t band = 0;

  [[nodiscard]] std::size_t buildings() const { return load.size(); }
  [[nodiscard]] std::int64_t walk_between(std::size_t a, std::size_t b) const {
    return walk(static_cast<Eigen::Index>(a), static_cast<Eigen::Index>(b));
  }
};

/// The grids' summaries and workers for a grid index per building: what split() and
/// naive_split() return.
Territories summarise(const Data& data, std::vector<std::size_t> grid_of_building);

/// The most central member of a set of buildings (least total walk to the others; ties to the
/// lower index) and that total.
std::pair<std::size_t, std::int64_t> medoid(const Data& data, const std::vector<std::size_t>& members);

}  // namespace gridgov::territory::detail
