#pragma once
// What an open Ledger holds, and the reads and writes of its tables that several of its
// methods share.

#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "Sqlite.hpp"
#include "gridgov/ledger/Ledger.hpp"

namespace gridgov::ledger {

struct Ledger::Impl {
  std::filesystem::path path;
  sqlite::Database db;
  model::Community base;  // the scenario stored when the ledger was made
  int first_day = 0;
  std::unordered_map<std::string, std::size_t> base_index;  // household id -> index in base
  mutable std::mutex mutex;                                 // calls take turns

  Impl(std::filesystem::path path, sqlite::Database db, model::Community base, int first_day);

  /// Takes this ledger's turn; throws std::logic_error once the ledger is closed.
  [[nodiscard]] std::unique_lock<std::mutex> lock() const;
};

namespace detail {

/// The first day of the household with that id, if the ledger has it.
std::optional<int> household_since(const sqlite::Database& db, const std::string& id);

/// Appends a row to the batches table and returns its id.
std::int64_t add_batch(const sqlite::Database& db, const std::string& kind, const std::string& source, std::size_t rows);

/// Every household entry, in the community's order (closed cases too).
std::vector<HouseholdEntry> read_households(const sqlite::Database& db);

/// Inserts a household's entry (its contact record and level included), or updates it.
void save_household(const sqlite::Database& db, const HouseholdEntry& entry);

/// Recomputes a household's entry and level history from its first record, description
/// updates and contacts, and writes them.
void refresh(const Ledger::Impl& impl, const std::string& household);

/// Checks a campaign day is not before the ledger's first, nor more than max_days_after_first after it.
void check_day(const Ledger::Impl& impl, int day, const std::string& record);

}  // namespace detail
}  // namespace gridgov::ledger
