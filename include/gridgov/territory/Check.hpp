#pragma once
/// \file The independent territory checker: workload, households, connectivity and walking of
/// every grid recomputed from the community alone, written apart from the splitter and run on
/// every split the tests make.

#include <string>
#include <vector>

#include "gridgov/core/Units.hpp"
#include "gridgov/model/Community.hpp"
#include "gridgov/territory/Workload.hpp"

namespace gridgov::territory {

/// The checker's verdict and figures.
struct TerritoryCheck {
  bool valid = true;                      ///< Every building in a grid, no grid empty or in pieces.
  std::vector<std::string> violations{};  ///< Each names the building or grid and what is wrong.
  std::vector<std::size_t> households{};  ///< Households of each grid.
  std::vector<std::int64_t> workload{};   ///< Visits a week to each grid's households.
  std::vector<Distance> walking{};        ///< Each grid's least total walk from one of its buildings to the others.
  std::vector<std::size_t> pieces{};      ///< Each grid's connected pieces (1 when connected).
  double max_over_min = 0;                ///< Largest workload over the smallest (infinite if one is 0).
  double variation = 0;                   ///< Coefficient of variation of the workloads (std / mean).
};

/// Checks a split given as the grid index of each building, for `grids` grids. Never throws for
/// a bad split: what is wrong is listed. Throws InputError only for a bad workload.
TerritoryCheck check(const model::Community& community, const std::vector<std::size_t>& grid_of_building,
                     std::size_t grids, const Workload& workload = {});

}  // namespace gridgov::territory
