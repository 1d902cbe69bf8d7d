#pragma once
/// \file Watch posts at gates, and the station where deliveries start.

#include <string>
#include <vector>

#include "gridgov/core/Geometry.hpp"
#include "gridgov/core/TimeWindow.hpp"

namespace gridgov::model {

/// A watch post (守望岗) at a compound or hutong gate, staffed every day while open.
struct Post {
  std::string id{};                   ///< Stable id, e.g. "No. 11 Chenliandian Hutong".
  Point location{};                   ///< Local metres.
  TimeWindow hours{gridgov::hours(7), gridgov::hours(22)};  ///< Open daily from start to end.
  int staff = 2;                    ///< People on duty at once.
  std::vector<std::string> skills{};  ///< Each must be held by someone on duty (a language, say).

  friend bool operator==(const Post&, const Post&) = default;
};

/// A station (暖心驿站) that collects groceries and parcels and sends them out to households.
struct Station {
  std::string id{};   ///< Stable id.
  Point location{};   ///< Local metres.
  TimeWindow hours{gridgov::hours(8), gridgov::hours(20)};  ///< Open daily from start to end.

  friend bool operator==(const Station&, const Station&) = default;
};

}  // namespace gridgov::model
