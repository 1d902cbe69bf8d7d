// Recording contacts and household updates: check all, append, then recompute the households.
#include <functional>
#include <unordered_set>

#include "Impl.hpp"
#include "Replay.hpp"
#include "gridgov/core/Names.hpp"
#include "gridgov/detail/Text.hpp"
#include "gridgov/io/Records.hpp"

namespace gridgov::ledger {
namespace {

using Label = std::function<std::string(std::size_t)>;

void check_contact(const Ledger::Impl& impl, const Contact& c, const std::string& record) {
  const auto since = detail::household_since(impl.db, c.household);
  if (!since) throw InputError(record, "household", "unknown household " + quoted(c.household));
  detail::check_day(impl, c.day, record);
  if (c.day < *since)
    throw InputError(record, "day",
                     "day " + std::to_string(c.day) + " is before " + label("household", c.household) +
                         " entered the ledger on day " + std::to_string(*since));
  if (c.time < Duration{0} || c.time > day_length)
    throw InputError(record, "time", std::to_string(c.time.get()) + " seconds is not a time of day (0 to 86400)");
  for (const auto& v : c.volunteers) {
    try {
      (void)impl.base.volunteer_index(v);
    } catch (const InputError&) {
      throw InputError(record, "volunteers", "unknown volunteer " + quoted(v));
    }
  }
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ";") + item;
  return out;
}

std::vector<std::string> separated(const std::string& text) {
  std::vector<std::string> out;
  for (const auto part : gridgov::detail::split(text, ';'))
    if (!part.empty()) out.emplace_back(part);
  return out;
}

// Recomputes each household once, in the order first named.
void refresh_all(const Ledger::Impl& impl, const std::vector<std::string>& households) {
  std::unordered_set<std::string> done;
  for (const auto& h : households)
    if (done.insert(h).second) detail::refresh(impl, h);
}

void record_contacts(const Ledger::Impl& impl, std::span<const Contact> contacts, const Label& label,
                     const std::string& source) {
  if (contacts.empty()) return;
  const auto lock = impl.lock();
  sqlite::Transaction tx(impl.db, true);
  for (std::size_t i = 0; i < contacts.size(); ++i) check_contact(impl, contacts[i], label(i));
  const auto batch = detail::add_batch(impl.db, "contacts", source, contacts.size());
  auto insert = impl.db.prepare(
      "INSERT INTO contacts (batch, household, day, time, volunteers, outcome, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
      "record contacts");
  std::vector<std::string> touched;
  for (const auto& c : contacts) {
    insert.bind_all(batch, c.household, c.day, c.time.get(), joined(c.volunteers), enum_name(c.outcome, outcome_names), c.note)
        .run();
    touched.push_back(c.household);
  }
  refresh_all(impl, touched);
  tx.commit();
}

// Every household entry with the updates' descriptions, the new households from `added` on,
// after checking the community they would make as a whole (references, ranges, tags, ids).
struct Updated {
  std::vector<HouseholdEntry> entries;
  std::size_t added = 0;
};

Updated updated_entries(const Ledger::Impl& impl, int day, std::span<const model::Household> households) {
  detail::check_day(impl, day, "household update");
  auto entries = detail::read_households(impl.db);
  const auto added = entries.size();
  std::unordered_map<std::string, std::size_t> at;
  for (std::size_t i = 0; i < entries.size(); ++i) at.emplace(entries[i].household.id, i);
  std::unordered_set<std::string> seen;
  for (const auto& h : households) {
    if (!seen.insert(h.id).second) throw InputError(label("household", h.id), "id", "appears twice in one update");
    const auto it = at.find(h.id);
    if (it != at.end() && day < entries[it->second].since)
      throw InputError(label("household", h.id), "day",
                       "day " + std::to_string(day) + " is before it entered the ledger on day " +
                           std::to_string(entries[it->second].since));
    if (it == at.end()) entries.push_back({.household = {.id = h.id}, .since = day});
    detail::describe(it == at.end() ? entries.back().household : entries[it->second].household, h);
  }
  auto parts = impl.base.parts();
  parts.households.clear();
  for (const auto& e : entries) parts.households.push_back(e.household);
  (void)model::Community(std::move(parts));
  return {std::move(entries), added};
}

}  // namespace

void Ledger::record(std::span<const Contact> contacts) {
  record_contacts(*impl_, contacts, [](std::size_t i) { return "contact " + std::to_string(i); }, "");
}

void Ledger::record(const io::Table& table) {
  const auto contacts = io::from_table<Contact>(table);
  record_contacts(
      *impl_, contacts,
      [&](std::size_t i) {
        const auto row = table.row_label(i);
        return row.empty() ? "contact " + std::to_string(i) : row;
      },
      table.source);
}

std::vector<Contact> Ledger::contacts(std::optional<int> day) const {
  const auto lock = impl_->lock();
  auto s = impl_->db.prepare("SELECT household, day, time, volunteers, outcome, note FROM contacts" +
                                 std::string(day ? " WHERE day = ?1" : "") + " ORDER BY id",
                             "read contacts");
  if (day) s.bind(1, *day);
  std::vector<Contact> out;
  while (s.step())
    out.push_back({s.text(0), s.small(1), seconds(s.integer(2)), separated(s.text(3)),
                   parse_enum<Outcome>(s.text(4), outcome_names, "stored contact", "outcome"), s.text(5)});
  return out;
}

void Ledger::update_households(int day, std::span<const model::Household> households) {
  if (households.empty()) return;
  const auto lock = impl_->lock();
  const auto& db = impl_->db;
  sqlite::Transaction tx(db, true);
  const auto updated = updated_entries(*impl_, day, households);
  const auto batch = detail::add_batch(db, "households", "", households.size());
  for (auto i = updated.added; i < updated.entries.size(); ++i) detail::save_household(db, updated.entries[i]);
  auto insert = db.prepare(
      "INSERT INTO household_updates (batch, household, day, building, size, home_observation, returned_from_outside,"
      " elderly_alone, language, needs_delivery) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
      "record household updates");
  std::vector<std::string> touched;
  for (const auto& h : households) {
    insert.bind_all(batch, h.id, day, h.building, h.size, h.home_observation, h.returned_from_outside, h.elderly_alone,
                    h.language, h.needs_delivery)
        .run();
    touched.push_back(h.id);
  }
  refresh_all(*impl_, touched);
  tx.commit();
}

}  // namespace gridgov::ledger
