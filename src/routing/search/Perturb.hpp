#pragma once
// Perturbation for the iterated local search: take out a handful of related visits (a random
// visit and its nearest neighbours) and put them back in a random order at cheap places chosen
// with a little noise, for the local search to improve from there.

#include "LocalSearch.hpp"

namespace gridgov::routing::search {

/// Removes up to `count` routed visits around a random one, reinserts them, and marks where
/// they were and are for the next local search. Returns how many were moved.
int perturb(WorkingSolution& ws, LocalSearch& ls, Random& rng, int count);

}  // namespace gridgov::routing::search
