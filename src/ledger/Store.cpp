// Reads and writes of the households, level_history and batches tables.
#include <algorithm>
#include <stdexcept>
#include <tuple>

#include "Impl.hpp"
#include "Replay.hpp"
#include "gridgov/core/Names.hpp"

namespace gridgov::ledger {

Ledger::Impl::Impl(std::filesystem::path path_, sqlite::Database db_, model::Community base_, int first_day_)
    : path(std::move(path_)), db(std::move(db_)), base(std::move(base_)), first_day(first_day_) {
  for (std::size_t i = 0; i < base.households().size(); ++i) base_index.emplace(base.households()[i].id, i);
}

std::unique_lock<std::mutex> Ledger::Impl::lock() const {
  std::unique_lock turn(mutex);
  if (!db.is_open()) throw std::logic_error("the ledger " + quoted(path.string()) + " is closed");
  return turn;
}

namespace detail {
namespace {

// The description columns, in this order, in households and household_updates.
constexpr const char* description_columns =
    "building, size, home_observation, returned_from_outside, elderly_alone, language, needs_delivery";

void read_description(const sqlite::Statement& s, int first, model::Household& h) {
  h.building = s.text(first);
  h.size = s.small(first + 1);
  h.home_observation = s.integer(first + 2) != 0;
  h.returned_from_outside = s.integer(first + 3) != 0;
  h.elderly_alone = s.integer(first + 4) != 0;
  h.language = s.text(first + 5);
  h.needs_delivery = s.integer(first + 6) != 0;
}

void write_levels(const sqlite::Database& db, const std::string& household, const std::vector<LevelChange>& levels) {
  db.prepare("DELETE FROM level_history WHERE household = ?1", "rewrite level history").bind(1, household).run();
  auto insert = db.prepare("INSERT INTO level_history (household, day, level) VALUES (?1, ?2, ?3)", "write level history");
  for (const auto& l : levels) insert.bind_all(household, l.day, enum_name(l.level, model::level_names)).run();
}

// The events of a household in the order they count: by day, then as recorded.
std::vector<Event> events_of(const sqlite::Database& db, const std::string& household) {
  std::vector<std::tuple<int, std::int64_t, std::int64_t, Event>> keyed;
  auto updates = db.prepare("SELECT day, batch, id, " + std::string(description_columns) +
                                " FROM household_updates WHERE household = ?1",
                            "read household updates");
  updates.bind(1, household);
  while (updates.step()) {
    model::Household d;
    read_description(updates, 3, d);
    keyed.emplace_back(updates.small(0), updates.integer(1), updates.integer(2), Event{updates.small(0), d});
  }
  auto contacts = db.prepare("SELECT day, batch, id, outcome FROM contacts WHERE household = ?1", "read contacts");
  contacts.bind(1, household);
  while (contacts.step()) {
    const auto outcome = parse_enum<Outcome>(contacts.text(3), outcome_names, "stored contact", "outcome");
    keyed.emplace_back(contacts.small(0), contacts.integer(1), contacts.integer(2), Event{contacts.small(0), outcome});
  }
  std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
    return std::tie(std::get<0>(a), std::get<1>(a), std::get<2>(a)) < std::tie(std::get<0>(b), std::get<1>(b), std::get<2>(b));
  });
  std::vector<Event> out;
  out.reserve(keyed.size());
  for (auto& k : keyed) out.push_back(std::move(std::get<3>(k)));
  return out;
}

}  // namespace

std::optional<int> household_since(const sqlite::Database& db, const std::string& id) {
  auto s = db.prepare("SELECT since FROM households WHERE id = ?1", "look up a household");
  s.bind(1, id);
  if (!s.step()) return std::nullopt;
  return s.small(0);
}

std::int64_t add_batch(const sqlite::Database& db, const std::string& kind, const std::string& source, std::size_t rows) {
  db.prepare("INSERT INTO batches (kind, source, rows) VALUES (?1, ?2, ?3)", "start a batch")
      .bind_all(kind, source, static_cast<std::int64_t>(rows))
      .run();
  return db.last_insert_id();
}

std::vector<HouseholdEntry> read_households(const sqlite::Database& db) {
  auto s = db.prepare("SELECT id, " + std::string(description_columns) +
                          ", reached, attempts, last_attempt, seen_evening, level, since, moved_on FROM households ORDER BY rowid",
                      "read households");
  std::vector<HouseholdEntry> out;
  while (s.step()) {
    HouseholdEntry e;
    auto& h = e.household;
    h.id = s.text(0);
    read_description(s, 1, h);
    h.reached = s.integer(8) != 0;
    h.attempts = s.small(9);
    h.last_attempt = s.small(10);
    h.seen_evening = s.integer(11) != 0;
    e.level = parse_enum<model::Level>(s.text(12), model::level_names, "stored household", "level");
    e.since = s.small(13);
    e.moved_on = s.is_null(14) ? -1 : s.small(14);
    out.push_back(std::move(e));
  }
  return out;
}

void save_household(const sqlite::Database& db, const HouseholdEntry& e) {
  auto s = db.prepare("INSERT INTO households (id, " + std::string(description_columns) +
                          ", reached, attempts, last_attempt, seen_evening, level, since, moved_on)"
                          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"
                          " ON CONFLICT (id) DO UPDATE SET building = ?2, size = ?3, home_observation = ?4,"
                          " returned_from_outside = ?5, elderly_alone = ?6, language = ?7, needs_delivery = ?8, reached = ?9,"
                          " attempts = ?10, last_attempt = ?11, seen_evening = ?12, level = ?13, since = ?14, moved_on = ?15",
                      "write a household");
  const auto& h = e.household;
  s.bind_all(h.id, h.building, h.size, h.home_observation, h.returned_from_outside, h.elderly_alone, h.language,
             h.needs_delivery, h.reached, h.attempts, h.last_attempt, h.seen_evening, enum_name(e.level, model::level_names),
             e.since);
  if (e.moved_on < 0) s.bind(15, std::nullopt);
  else s.bind(15, e.moved_on);
  s.run();
}

void refresh(const Ledger::Impl& impl, const std::string& household) {
  HouseholdEntry start;
  start.since = household_since(impl.db, household).value();
  if (const auto it = impl.base_index.find(household); it != impl.base_index.end())
    start.household = impl.base.households()[it->second];
  else
    start.household.id = household;
  const auto events = events_of(impl.db, household);
  const auto replayed = replay(std::move(start), events, impl.base.level_rules());
  save_household(impl.db, replayed.entry);
  write_levels(impl.db, household, replayed.levels);
}

void check_day(const Ledger::Impl& impl, int day, const std::string& record) {
  if (day < impl.first_day)
    throw InputError(record, "day", std::to_string(day) + " is before the ledger's first day, " + std::to_string(impl.first_day));
  if (day - impl.first_day > max_days_after_first)
    throw InputError(record, "day",
                     std::to_string(day) + " is more than " + std::to_string(max_days_after_first) +
                         " days (ten years) after the ledger's first day, " + std::to_string(impl.first_day));
}

}  // namespace detail
}  // namespace gridgov::ledger
