// Making and opening ledger files, and reading the households and their levels.
#include "gridgov/ledger/Ledger.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <system_error>

#include "Impl.hpp"
#include "Migrations.hpp"
#include "gridgov/core/Names.hpp"
#include "gridgov/io/Scenario.hpp"

namespace gridgov::ledger {
namespace {

constexpr const char* format_name = "gridgov-ledger";

bool in_memory(const std::filesystem::path& path) { return path == ":memory:"; }

std::int64_t count(const sqlite::Database& db, const char* sql, const char* what) {
  auto s = db.prepare(sql, what);
  return s.step() ? s.integer(0) : 0;
}

// The value of a key of the meta table; empty when there is no such table or key.
std::string meta(const sqlite::Database& db, const std::string& key) {
  if (count(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'", "look for the meta table") == 0)
    return {};
  auto s = db.prepare("SELECT value FROM meta WHERE key = ?1", "read the meta table");
  s.bind(1, key);
  return s.step() ? s.text(0) : std::string();
}

void set_meta(const sqlite::Database& db, const std::string& key, const std::string& value) {
  db.prepare("INSERT INTO meta (key, value) VALUES (?1, ?2)", "write the meta table").bind_all(key, value).run();
}

// Refuses a file that is not a ledger of a schema this gridgov reads, only reading it.
void check_format(const sqlite::Database& db) {
  const auto& name = db.name();
  if (meta(db, "format") != format_name)
    throw InputError(name, "", "is not a gridgov ledger (its meta table does not say format '" + std::string(format_name) + "')");
  const auto version = db.pragma("user_version");
  if (version > schema_version)
    throw InputError(name, "", "has ledger schema version " + std::to_string(version) + ", newer than this gridgov reads (" +
                                   std::to_string(schema_version) + "): open it with a newer gridgov");
  if (version < 1) throw InputError(name, "", "has ledger schema version " + std::to_string(version) + ", which never existed");
}

// Brings an accepted file's schema to the current version.
void migrate_forward(const sqlite::Database& db) {
  if (db.pragma("user_version") == schema_version) return;
  sqlite::Transaction tx(db, true);
  const auto now = db.pragma("user_version");  // another process may have migrated it meanwhile
  if (now < schema_version) detail::migrate(db, static_cast<int>(now));
  tx.commit();
}

// Makes the file, empty, in one step with the check that nothing is there (a file, a link),
// so that no file another process makes meanwhile is taken for ours (POSIX open O_EXCL).
void make_new_file(const std::filesystem::path& path) {
  const int fd = ::open(path.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0644);
  if (fd < 0) {
    const std::error_code error(errno, std::generic_category());
    if (error == std::errc::file_exists)
      throw InputError(path.string(), "", "already exists: open it with Ledger::open, or choose a new file");
    throw StorageError("ledger " + quoted(path.string()) + ": cannot create: " + error.message());
  }
  ::close(fd);
}

// Removes a file create() made and could not finish, with SQLite's companions.
void remove_unfinished(const std::filesystem::path& path) {
  std::error_code ignored;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(path.string() + suffix, ignored);
}

int stored_day(const sqlite::Database& db) {
  const auto text = meta(db, "first_day");
  int day = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), day);
  if (ec != std::errc() || end != text.data() + text.size())
    throw InputError(db.name(), "first_day", "the meta table holds " + quoted(text) + ", not a day");
  return day;
}

// Makes the tables of a new ledger and fills them.
std::unique_ptr<Ledger::Impl> start(const std::filesystem::path& path, const model::Community& community, int day) {
  auto impl = std::make_unique<Ledger::Impl>(path, sqlite::Database(path, true), community, day);
  const auto& db = impl->db;
  db.use_wal();
  sqlite::Transaction tx(db, true);
  if (count(db, "SELECT count(*) FROM sqlite_master", "check the file is empty") != 0)
    throw InputError(path.string(), "", "already holds a database");
  detail::create_schema(db);
  set_meta(db, "format", format_name);
  set_meta(db, "first_day", std::to_string(day));
  set_meta(db, "scenario", io::scenario_json(community));
  detail::add_batch(db, "create", community.info().id, community.households().size());
  for (const auto& h : community.households()) {
    detail::save_household(db, {.household = h, .since = day});
    detail::refresh(*impl, h.id);
  }
  tx.commit();
  return impl;
}

}  // namespace

Ledger::Ledger(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Ledger::Ledger(Ledger&&) noexcept = default;
Ledger& Ledger::operator=(Ledger&&) noexcept = default;
Ledger::~Ledger() = default;

Ledger Ledger::create(const std::filesystem::path& path, const model::Community& community, int day) {
  if (day < 0) throw InputError("ledger", "day", "campaign days count from 0, got " + std::to_string(day));
  if (in_memory(path)) return Ledger(start(path, community, day));
  make_new_file(path);  // from here on the file is this call's: removed if it cannot finish
  try {
    return Ledger(start(path, community, day));
  } catch (...) {
    remove_unfinished(path);
    throw;
  }
}

Ledger Ledger::open(const std::filesystem::path& path) {
  if (!in_memory(path) && !std::filesystem::exists(path)) throw InputError(path.string(), "", "does not exist");
  sqlite::Database db(path, false);
  check_format(db);  // before anything is changed, WAL mode included
  db.use_wal();
  migrate_forward(db);
  auto base = io::parse_scenario(meta(db, "scenario"), path.string() + " (its scenario)");
  const int first_day = stored_day(db);
  return Ledger(std::make_unique<Impl>(path, std::move(db), std::move(base), first_day));
}

void Ledger::close() {
  if (!impl_) return;  // moved from
  std::lock_guard turn(impl_->mutex);
  impl_->db.close();
}

const std::filesystem::path& Ledger::path() const {
  const auto lock = impl_->lock();
  return impl_->path;
}

int Ledger::schema_version() const {
  const auto lock = impl_->lock();
  return static_cast<int>(impl_->db.pragma("user_version"));
}

int Ledger::first_day() const {
  const auto lock = impl_->lock();
  return impl_->first_day;
}

model::Community Ledger::community() const {
  auto parts = impl_->base.parts();
  parts.households.clear();
  for (auto& e : households())
    if (e.moved_on < 0) parts.households.push_back(std::move(e.household));
  return model::Community(std::move(parts));
}

std::vector<HouseholdEntry> Ledger::households() const {
  const auto lock = impl_->lock();
  return detail::read_households(impl_->db);
}

model::Level Ledger::level_on(std::string_view household, int day) const {
  const auto lock = impl_->lock();
  const std::string id(household);
  auto s = impl_->db.prepare("SELECT level FROM level_history WHERE household = ?1 AND day <= ?2 ORDER BY day DESC LIMIT 1",
                             "read a level");
  s.bind_all(id, day);
  if (s.step()) return parse_enum<model::Level>(s.text(0), model::level_names, "stored level", "level");
  const auto since = detail::household_since(impl_->db, id);
  if (!since) throw InputError(label("household", id), "", "is not in the ledger");
  throw InputError(label("household", id), "day",
                   "day " + std::to_string(day) + " is before it entered the ledger on day " + std::to_string(*since));
}

std::vector<LevelChange> Ledger::level_history() const {
  const auto lock = impl_->lock();
  auto s = impl_->db.prepare(
      "SELECT l.household, l.day, l.level FROM level_history l JOIN households h ON h.id = l.household ORDER BY h.rowid, l.day",
      "read the level history");
  std::vector<LevelChange> out;
  while (s.step())
    out.push_back({s.text(0), s.small(1), parse_enum<model::Level>(s.text(2), model::level_names, "stored level", "level")});
  return out;
}

}  // namespace gridgov::ledger
