#pragma once
// Households and volunteers of a synthetic community.

#include <vector>

#include "Layout.hpp"
#include "gridgov/model/Household.hpp"
#include "gridgov/model/Volunteer.hpp"
#include "gridgov/synth/Synth.hpp"

namespace gridgov::synth::detail {

/// Exactly options.households households over the layout's buildings, with their flags and
/// a contact record of options.day days of door-knocking.
std::vector<model::Household> make_households(const CommunityOptions& options, const Layout& layout, Random rng);

/// Exactly options.volunteers volunteers of the DOMAIN.md groups with their time patterns,
/// limits and skills (the foreign residents between them speak every language the households
/// need, when there is one), homes and ties.
std::vector<model::Volunteer> make_volunteers(const CommunityOptions& options, const Layout& layout,
                                              const std::vector<model::Household>& households, Random rng);

/// Splits `total` into parts proportional to `weights` (largest remainders, ties to the first).
std::vector<int> apportion(int total, const std::vector<double>& weights);

}  // namespace gridgov::synth::detail
