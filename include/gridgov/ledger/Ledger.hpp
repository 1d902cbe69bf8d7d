#pragma once
/// \file The ledger (台账): a durable record of households, every contact attempt, plans as
/// planned and as done, and promised visits, in one SQLite file (docs/ledger.md has the schema).
///
/// Every change is one transaction: it is either wholly in the file or not at all, and once a
/// call returns it survives a crash of the process (and, with `synchronous = FULL`, of the
/// machine). Many processes and threads may read one file while one of them writes.

#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "gridgov/io/Table.hpp"
#include "gridgov/ledger/Contact.hpp"
#include "gridgov/ledger/History.hpp"
#include "gridgov/ledger/Plan.hpp"
#include "gridgov/model/Community.hpp"

namespace gridgov::ledger {

/// The schema version this gridgov writes; older files are migrated forward when opened.
inline constexpr int schema_version = 2;

/// How many days after its first day a ledger takes records (contacts, plan items, promises,
/// household updates): ten years; a later day is a typing error.
inline constexpr int max_days_after_first = 3650;

/// The storage failed: the disk is full or unreadable, or another writer held the file longer
/// than the busy timeout. The message names the file and what was being done. Bad input is
/// InputError instead.
class StorageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A ledger file. Every method is one transaction; a Ledger may be shared between threads
/// (calls take turns), and any number of Ledgers in any processes may open the same file.
/// Errors in the input throw InputError naming the record and field, before anything is
/// written; failures of the storage throw StorageError.
class Ledger {
 public:
  /// Makes a new ledger file for a community, starting on campaign `day` with its households'
  /// records as they are; ":memory:" makes one in memory. Refuses an existing file (or link),
  /// in the same step as making the file, and removes only a file it made and could not finish.
  static Ledger create(const std::filesystem::path& path, const model::Community& community, int day = 0);

  /// Opens a ledger file, migrating an older schema forward in one transaction. Refuses a
  /// missing file, a file that is not a ledger, and a newer schema version, naming the file
  /// and leaving it as it was (its journal mode too).
  static Ledger open(const std::filesystem::path& path);

  Ledger(Ledger&&) noexcept;
  Ledger& operator=(Ledger&&) noexcept;
  ~Ledger();

  /// Closes the file now (waiting for a call under way), as destroying the Ledger would:
  /// everything recorded is kept, and the last connection to the file removes its -wal and
  /// -shm files. Closing again does nothing; any other call afterwards throws std::logic_error
  /// "the ledger '<path>' is closed".
  void close();

  /// The file (":memory:" for a ledger in memory).
  [[nodiscard]] const std::filesystem::path& path() const;
  /// The file's schema version (after opening, always `schema_version`).
  [[nodiscard]] int schema_version() const;
  /// The campaign day the ledger started on.
  [[nodiscard]] int first_day() const;

  /// The community as of now: the stored scenario with every open household's current
  /// description and contact record (households whose case is closed are left out).
  [[nodiscard]] model::Community community() const;
  /// Every household the ledger knows, closed cases too, in the community's order.
  [[nodiscard]] std::vector<HouseholdEntry> households() const;

  /// Records contact attempts in one transaction: checks them all first (InputError naming
  /// "contact 3" and the field for an unknown household or volunteer, a day before the
  /// household's first day or more than max_days_after_first after the ledger's, a time
  /// outside the day), then appends them, updates the
  /// households' records and recomputes their levels and level history.
  void record(std::span<const Contact> contacts);
  /// Records the contacts of a table of their columns (a CSV file's or a DataFrame's rows), as
  /// record() does; errors name the table's rows ("contacts.csv line 4").
  void record(const io::Table& contacts);
  /// The contacts recorded, in the order they were recorded; only those of one day if given.
  [[nodiscard]] std::vector<Contact> contacts(std::optional<int> day = {}) const;

  /// Changes households' descriptions from a day on (building, size, flags, language), or adds
  /// new households; their contact records stay the ledger's, from the contacts. Levels and
  /// their history are recomputed.
  void update_households(int day, std::span<const model::Household> households);

  /// A household's level on a day (after that day's contacts); throws InputError for an
  /// unknown household or a day before it entered the ledger.
  [[nodiscard]] model::Level level_on(std::string_view household, int day) const;
  /// Every change of level, by household (in the community's order) then day; each
  /// household's first row is its level on the day it entered the ledger.
  [[nodiscard]] std::vector<LevelChange> level_history() const;

  /// Records planned work. For each day and kind of work in the batch, every item of that day
  /// and kind still `planned`, of any team, is replaced by the batch's items of that day and
  /// kind (team ids change with availability, so a replanned day names other teams); items
  /// done or missed are kept, and a new item may not take the (day, kind, team, seq) of one.
  void record_plan(std::span<const PlanItem> items);
  /// The plan items, by day, kind, team and seq; only those of one day if given.
  [[nodiscard]] std::vector<PlanItem> plans(std::optional<int> day = {}) const;
  /// Marks a plan item done (or missed, or planned again); InputError when there is none.
  void mark_done(int day, WorkKind kind, const std::string& team, int seq, PlanStatus status = PlanStatus::done);

  /// Records visits promised to households.
  void promise(std::span<const Promise> promises);
  /// The visits promised for a day, in the order they were promised.
  [[nodiscard]] std::vector<Promise> promises(int day) const;

  /// Records the contacts of a CSV file of their columns (docs/ledger.md), all or none; errors
  /// name the file, line and field.
  void import_contacts_csv(const std::filesystem::path& path);
  /// Writes every contact to a CSV file (written beside it and renamed into place).
  void export_contacts_csv(const std::filesystem::path& path) const;
  /// Updates or adds the households of a CSV file of household columns from a day on (see
  /// update_households); the columns level, since and moved_on are ignored.
  void import_households_csv(const std::filesystem::path& path, int day);
  /// Writes every household to a CSV file: household columns, then level, since and moved_on.
  void export_households_csv(const std::filesystem::path& path) const;

  /// The open file and what was read from it (public only so src/ledger/ can share it).
  struct Impl;

 private:
  explicit Ledger(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace gridgov::ledger
