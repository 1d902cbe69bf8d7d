#pragma once
// A household's record as a fold over what the ledger holds about it: its first record, then
// its description updates and contacts in order of day (and, within a day, of recording).
// The ledger's households and level_history tables are this fold, kept up to date.

#include <span>
#include <variant>
#include <vector>

#include "gridgov/ledger/Contact.hpp"
#include "gridgov/ledger/History.hpp"
#include "gridgov/model/Level.hpp"

namespace gridgov::ledger::detail {

/// One thing that happened to a household on a day: a contact's outcome, or a new
/// description (whose contact record is not used).
struct Event {
  int day = 0;
  std::variant<Outcome, model::Household> what;
};

/// The household at the end, and its levels day by day.
struct Replayed {
  HouseholdEntry entry;
  std::vector<LevelChange> levels;  ///< First row on `since`, then one per day the level changed.
};

/// Folds events (sorted by day, none before `start.since`) over a household's first entry.
/// A moved contact closes the case; a later reached or refused (someone answered) reopens it.
Replayed replay(HouseholdEntry start, std::span<const Event> events, const model::LevelRules& rules);

/// Copies the description of a household (building, size, flags, language), not its contact record.
void describe(model::Household& household, const model::Household& description);

}  // namespace gridgov::ledger::detail
