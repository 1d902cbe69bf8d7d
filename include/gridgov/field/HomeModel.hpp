#pragma once
/// \file When households are home: the chance that someone answers the door, hour by hour. The
/// simulation draws each visit's outcome from it (docs/simulation.md).

#include <array>
#include <cstdint>
#include <vector>

#include "gridgov/core/Units.hpp"
#include "gridgov/model/Community.hpp"

namespace gridgov::field {

/// The chance someone answers the door during each hour of the day (index 0 is 00:00-01:00).
using HourlyChance = std::array<double, 24>;

/// Every household's chance of answering, by hour.
class HomeModel {
 public:
  /// One row per household of the community, in its order. Throws InputError naming the
  /// household and the hour when a chance lies outside [0, 1], or when the count differs.
  HomeModel(const model::Community& community, std::vector<HourlyChance> chances);

  /// A plausible pattern (assumptions, not survey figures; docs/simulation.md): households
  /// under home observation are in all day; elderly people living alone mostly so; of the
  /// others, drawn with `seed` (one keyed draw per household), 45 % work by day and are home in the evening, 35 % have someone
  /// home by day, 20 % are seldom in.
  static HomeModel typical(const model::Community& community, std::uint64_t seed);

  /// The chance that household `household` answers at `clock` (time since midnight; taken
  /// modulo a day).
  [[nodiscard]] double chance(std::size_t household, Duration clock) const;

  [[nodiscard]] const std::vector<HourlyChance>& chances() const { return chances_; }

 private:
  std::vector<HourlyChance> chances_;
};

}  // namespace gridgov::field
