#pragma once
/// \file Where a place meets the walking network.

#include <cstddef>
#include <cstdint>

#include "gridgov/core/Geometry.hpp"

namespace gridgov::network {

/// A place snapped to the walking network: the nearest point on an edge, and the straight
/// walk from the place to it (from a building's entrance to the alley, say).
struct Position {
  std::size_t edge = 0;            ///< Index into WalkingNetwork::edges().
  std::int64_t from_mm = 0;        ///< Along the edge from its `from` node to the point.
  std::int64_t to_mm = 0;          ///< Along the edge from the point to its `to` node.
  std::int64_t connector_mm = 0;   ///< Straight line from the place to the point.
  Point place{};                     ///< The place that was snapped.
  Point point{};                     ///< The snapped point on the edge.
  std::int32_t component = 0;      ///< The part of the network the edge lies in.

  /// Metres between the place and the network.
  [[nodiscard]] double snap_distance() const { return static_cast<double>(connector_mm) / 1000.0; }
};

}  // namespace gridgov::network
