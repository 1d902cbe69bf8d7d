#pragma once
/// \file Planar points in metres and the local projection from longitude/latitude.

#include <algorithm>
#include <cmath>
#include <numbers>

namespace gridgov {

/// A place in a community's local plane, in metres east (x) and north (y) of its origin.
struct Point {
  double x = 0.0;
  double y = 0.0;
  friend constexpr bool operator==(const Point&, const Point&) = default;
};

/// Straight-line distance in metres.
inline double euclidean(const Point& a, const Point& b) { return std::hypot(a.x - b.x, a.y - b.y); }

/// Mean Earth radius in metres (IUGG), used for great-circle lengths.
inline constexpr double earth_radius_m = 6371008.8;

/// Great-circle distance in metres between two (longitude, latitude) pairs in degrees.
inline double haversine_m(double lon1, double lat1, double lon2, double lat2) {
  constexpr double rad = std::numbers::pi / 180.0;
  const double dlat = (lat2 - lat1) * rad, dlon = (lon2 - lon1) * rad;
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(lat1 * rad) * std::cos(lat2 * rad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * earth_radius_m * std::asin(std::min(1.0, std::sqrt(h)));
}

/// An equirectangular projection about an origin: accurate to well under a metre over the few
/// kilometres of a community, which is all a walking network needs.
struct GeoOrigin {
  double lon = 0.0;
  double lat = 0.0;

  /// (longitude, latitude) in degrees to local metres.
  [[nodiscard]] Point project(double longitude, double latitude) const {
    constexpr double rad = std::numbers::pi / 180.0;
    return {(longitude - lon) * rad * earth_radius_m * std::cos(lat * rad),
            (latitude - lat) * rad * earth_radius_m};
  }
  /// Local metres back to (longitude, latitude) in degrees.
  [[nodiscard]] Point unproject(const Point& p) const {
    constexpr double deg = 180.0 / std::numbers::pi;
    return {lon + p.x / (earth_radius_m * std::cos(lat / deg)) * deg, lat + p.y / earth_radius_m * deg};
  }
  friend constexpr bool operator==(const GeoOrigin&, const GeoOrigin&) = default;
};

}  // namespace gridgov
