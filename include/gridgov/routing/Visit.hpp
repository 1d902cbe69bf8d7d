#pragma once
/// \file A visit: a stop the plan may or must make (a building to knock at, a door to deliver to).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gridgov/core/Units.hpp"

namespace gridgov::routing {

/// An interval of time [open, close] in the problem's time unit; service must start within it.
struct Window {
  Duration open{};
  Duration close = Duration::max();
  friend constexpr bool operator==(const Window&, const Window&) = default;
};

/// One visit at a location of the problem's matrices.
struct Visit {
  std::string id{};                 ///< The caller's name for it (a building id, a client number).
  std::size_t location = 0;         ///< Row and column of the distance and duration matrices.
  Duration service{};               ///< Time spent there.
  std::vector<Window> windows{};    ///< When service may start; none = any time; several (disjoint) = any one.
  std::int64_t demand = 0;          ///< Load carried to it (bags), counted against capacity per trip.
  Cost prize{};                     ///< Gained when an optional visit is made (lost when skipped).
  bool required = true;             ///< Must be made; an optional visit is made when worth its prize.
  std::vector<std::string> skills{};  ///< Tags the serving vehicle must all have ("en", "medical").
  std::optional<std::size_t> vehicle{};  ///< Pinned: only this vehicle (index) may make it.
  friend bool operator==(const Visit&, const Visit&) = default;
};

}  // namespace gridgov::routing
