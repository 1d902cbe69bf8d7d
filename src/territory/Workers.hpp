#pragma once
// Grid workers matched to grids (Matching.hpp): volunteers of the preferred groups first, then
// the least walking from their home (or the office) to the grid's centre.

#include <optional>
#include <vector>

#include "gridgov/model/Community.hpp"

namespace gridgov::territory::detail {

/// For each grid centre (a building index), the volunteer index of its worker, or none when the
/// eligible volunteers run out. Everyone of `groups` may serve one grid; a volunteer of a later
/// group serves only when those of earlier groups are all taken.
std::vector<std::optional<std::size_t>> assign_workers(const model::Community& community,
                                                       const std::vector<std::size_t>& centres,
                                                       const std::vector<model::Group>& groups);

}  // namespace gridgov::territory::detail
