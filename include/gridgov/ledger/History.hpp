#pragma once
/// \file What the ledger keeps of each household: its line as of now, and its levels over time.

#include <string>

#include "gridgov/model/Household.hpp"
#include "gridgov/model/Level.hpp"

namespace gridgov::ledger {

/// A household's management level from a day on.
struct LevelChange {
  std::string household{};                   ///< Id of the household.
  int day = 0;                               ///< First day with this level.
  model::Level level = model::Level::green;  ///< The level.

  friend bool operator==(const LevelChange&, const LevelChange&) = default;
};

/// A household's line in the ledger: its record as of now and where its case stands.
struct HouseholdEntry {
  model::Household household{};              ///< Description and contact record as of now.
  model::Level level = model::Level::green;  ///< Its level by the community's rules.
  int since = 0;                             ///< First day the ledger knows it.
  int moved_on = -1;                         ///< Day a contact found it moved (case closed); -1 while open.

  friend bool operator==(const HouseholdEntry&, const HouseholdEntry&) = default;
};

}  // namespace gridgov::ledger
