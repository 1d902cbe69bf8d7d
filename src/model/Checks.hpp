#pragma once
// Record-by-record checks of a community's parts (ranges, formats, cross references).

#include "gridgov/model/Community.hpp"

namespace gridgov::model::detail {

/// Throws InputError naming the first record and field that is wrong. `state` carries the id
/// indexes, already built, for checking references.
void check_records(const Community::State& state);

}  // namespace gridgov::model::detail
