#pragma once
/// \file A vehicle: a volunteer or a team walking one route in one shift.

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "gridgov/routing/Visit.hpp"

namespace gridgov::routing {

/// A meal break of a given length that must start inside a window, taken at a place.
struct MealBreak {
  Duration length{};
  Window window{};
  std::optional<std::size_t> location{};  ///< Where it is taken; by default the route's start.
  friend bool operator==(const MealBreak&, const MealBreak&) = default;
};

/// One vehicle (a volunteer or a team) and the rules of its route.
struct Vehicle {
  std::string id{};
  std::size_t start = 0;  ///< Location the route leaves from (the office, a home).
  std::size_t end = 0;    ///< Location it returns to.
  Window shift{};         ///< Leave start at or after open; be back at end by close.
  Duration max_duration = Duration::max();  ///< Longest route from leaving to returning.
  std::int64_t capacity = std::numeric_limits<std::int64_t>::max() / 4;  ///< Load per trip.
  std::vector<std::string> skills{};  ///< Tags: languages, "medical", ...
  Cost fixed_cost{};                  ///< Paid when the vehicle is used at all.
  std::int64_t distance_cost = 1;     ///< Cost per unit of distance.
  std::int64_t duration_cost = 0;     ///< Cost per unit of route duration.
  std::optional<MealBreak> meal_break{};  ///< A break every used route must take.
  std::optional<std::size_t> reload_location{};  ///< A station to reload at between trips.
  int max_reloads = 0;                ///< Reloads allowed in one route (trips - 1).
  Duration reload_service{};          ///< Time one reload takes.
  friend bool operator==(const Vehicle&, const Vehicle&) = default;
};

}  // namespace gridgov::routing
