#pragma once
/// \file Distance and travel-time matrices between places, in whole metres and seconds.

#include <cstdint>

#include <Eigen/Core>

namespace gridgov::network {

/// A row-major matrix of 64-bit integers (numpy-compatible layout).
using IntMatrix = Eigen::Matrix<std::int64_t, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// How a travel matrix is made.
struct TravelOptions {
  double speed = 1.25;  ///< Walking speed in metres per second (4.5 km/h).
  int threads = 0;      ///< Worker threads; 0 uses every core. Results never depend on it.
};

/// Shortest walks between places: entry (i, j) goes from place i of `from` to place j of `to`.
struct TravelMatrices {
  IntMatrix distance;  ///< Whole metres, rounded once from the exact millimetre sum.
  IntMatrix duration;  ///< Whole seconds at the walking speed, rounded once.
};

}  // namespace gridgov::network
