#pragma once
// A first split: seeds spread apart, then grids grown from them over the adjacency graph.

#include <vector>

#include "Data.hpp"
#include "gridgov/core/Random.hpp"

namespace gridgov::territory::detail {

/// One seed building per grid, spread apart as k-means++ spreads its centres (Arthur &
/// Vassilvitskii, 2007): each next seed drawn with odds of (workload + 1) x (walk to the
/// nearest seed so far) squared.
std::vector<std::size_t> spread_seeds(const Data& data, Random& rng);

/// Grows one grid from each seed: the lightest grid that can still grow takes the unassigned
/// building next to it nearest its seed on foot, until every building has a grid. Every grid
/// is connected; a grid may be shut in by others and stay small (the local search then evens
/// the loads out).
std::vector<std::size_t> grow(const Data& data, const std::vector<std::size_t>& seeds);

}  // namespace gridgov::territory::detail
