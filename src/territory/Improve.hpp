#pragma once
// Local search on a split: recombinations of neighbouring grids (Recombine.hpp), then boundary
// buildings moved to a neighbouring grid, each with what it would otherwise cut off from its
// grid's centre, while the score (Partition.hpp) falls.

#include "Partition.hpp"
#include "gridgov/core/Random.hpp"

namespace gridgov::territory::detail {

/// Passes until one changes nothing, or max_passes: each pass tries a recombination of every
/// pair of neighbouring grids (in a random order), then sweeps the buildings (in a random
/// order) moving each, with what it would cut off (so a courtyard behind its gate building
/// moves whole), to the neighbouring grid that lowers the score most with the centres held,
/// then re-centres the grids. Centres do not move during a sweep, so every step lowers the
/// score.
void improve(Partition& partition, const Data& data, Random& rng);

}  // namespace gridgov::territory::detail
