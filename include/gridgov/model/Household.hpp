#pragma once
/// \file A household: who lives behind a door, as ids, counts and flags — never names.

#include <cstdint>
#include <string>

namespace gridgov::model {

/// One household of a building, with its flags and its contact record.
struct Household {
  std::string id{};        ///< Stable id, unique in the community.
  std::string building{};  ///< Id of the building it lives in.
  int size = 1;          ///< People living in it (at least 1).

  bool home_observation = false;       ///< Under medical observation at home.
  bool returned_from_outside = false;  ///< Came back from outside the city recently.
  bool elderly_alone = false;          ///< An elderly person living alone.
  std::string language{};                ///< A language a visitor must speak ("en"); empty if none.
  bool needs_delivery = false;         ///< Groceries and parcels must be carried to the door.

  // The contact record.
  bool reached = false;        ///< Someone has spoken with the household.
  int attempts = 0;            ///< Visits so far, successful or not.
  int last_attempt = -1;       ///< Campaign day of the last visit; -1 if never visited.
  bool seen_evening = false;   ///< Lights seen on in the evening: likely home only at night.

  friend bool operator==(const Household&, const Household&) = default;
};

}  // namespace gridgov::model
