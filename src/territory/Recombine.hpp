#pragma once
// Recombination of two neighbouring grids (DeFord, Duchin & Solomon, "Recombination: a family
// of Markov chains for redistricting", Harvard Data Science Review, 2021): their buildings are
// joined, a spanning tree of them drawn, and the tree cut at the edge that balances the two
// halves best. Both halves are connected whatever the cut, and a whole stretch of buildings can
// change grid at once, which single moves cannot do where grids meet at one building.

#include "Partition.hpp"
#include "gridgov/core/Random.hpp"

namespace gridgov::territory::detail {

/// Redraws grids a and c (neighbours) when that lowers the score. The tree is the minimum
/// spanning tree over walks stretched by random factors in [1, 2), so short links are kept and
/// each call may draw another tree. Of the cuts with the least imbalance, the few across the
/// longest tree links are scored in full (centres and walking). True when the grids changed.
bool recombine(Partition& partition, const Data& data, std::size_t a, std::size_t c, Random& rng);

}  // namespace gridgov::territory::detail
