#pragma once
/// \file A planning policy: what a community chooses about how it plans its days, and what a
/// policy comparison varies.

#include <string>

#include "gridgov/routing/Rounds.hpp"

namespace gridgov::field {

/// How a community plans its days: the choices a policy comparison varies.
struct Policy {
  std::string name = "default";
  bool evening_rounds = true;  ///< Working party members call on the unreached from 19:00 to 21:00.
  bool watch_lights = true;    ///< Lit windows of households missed by day are noted in the evening.
  int team_size = 2;           ///< Volunteers walking together by day.
  routing::Prizes prizes{};    ///< What sends routes to the unreached (by level and days missed).
};

/// Throws InputError naming the policy and the field out of range.
void validate(const Policy& policy);

}  // namespace gridgov::field
