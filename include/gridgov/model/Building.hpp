#pragma once
/// \file A building or courtyard, reached through one entrance on the walking network.

#include <string>

#include "gridgov/core/Geometry.hpp"

namespace gridgov::model {

/// A building (or a courtyard house entered by one gate) where households live.
struct Building {
  std::string id{};    ///< Stable id, unique in the community.
  Point entrance{};    ///< The door or gate, in the community's local metres.
  std::string grid{};  ///< Id of the grid (网格) it belongs to; empty if none.
  int floors = 1;    ///< Storeys: 1 for a courtyard house, more for an apartment block.

  friend bool operator==(const Building&, const Building&) = default;
};

/// A grid (网格): a patch of the community owned by one grid worker.
struct Grid {
  std::string id{};      ///< Stable id, unique in the community.
  std::string worker{};  ///< Id of the volunteer who is its grid worker; empty if none yet.

  friend bool operator==(const Grid&, const Grid&) = default;
};

}  // namespace gridgov::model
