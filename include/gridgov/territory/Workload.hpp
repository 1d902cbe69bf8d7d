#pragma once
/// \file The workload of a grid worker: visits a week to each household, by its management
/// level (a household under home observation is called on daily, a green one once a week).

#include <cstdint>
#include <vector>

#include "gridgov/model/Community.hpp"

namespace gridgov::territory {

/// Visits a week to one household of each level.
struct Workload {
  int red = 7;     ///< Daily.
  int orange = 3;  ///< Every other day or so.
  int green = 1;   ///< Weekly.

  /// Visits a week to a household of the level.
  [[nodiscard]] int visits(model::Level level) const {
    return level == model::Level::red ? red : level == model::Level::orange ? orange : green;
  }
  /// Throws InputError naming the field when a visit count is negative.
  void check() const;
};

/// Visits a week to each building: the sum over its households. Throws InputError naming the
/// field when a visit count is negative, or when every household gets zero visits.
std::vector<std::int64_t> building_workloads(const model::Community& community, const Workload& workload);

}  // namespace gridgov::territory
