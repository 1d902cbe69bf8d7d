// Plans as planned and as done, and promised visits.
#include <algorithm>
#include <set>
#include <utility>
#include <tuple>

#include "Impl.hpp"
#include "gridgov/core/Names.hpp"

namespace gridgov::ledger {
namespace {

using Key = std::tuple<int, WorkKind, std::string, int>;  // day, kind, team, seq

Key key_of(const PlanItem& p) { return {p.day, p.kind, p.team, p.seq}; }

std::string describe_key(const Key& k) {
  return std::string(enum_name(std::get<1>(k), work_kind_names)) + " item " + std::to_string(std::get<3>(k)) + " of team " +
         quoted(std::get<2>(k)) + " on day " + std::to_string(std::get<0>(k));
}

bool is_target(const Ledger::Impl& impl, const std::string& id) {
  const auto& c = impl.base;
  const auto has = [&](const auto& records) {
    return std::any_of(records.begin(), records.end(), [&](const auto& r) { return r.id == id; });
  };
  return detail::household_since(impl.db, id) || has(c.buildings()) || has(c.posts()) || has(c.stations());
}

void check_item(const Ledger::Impl& impl, const PlanItem& p, const std::string& record) {
  detail::check_day(impl, p.day, record);
  check_id(p.team, record, "team");
  if (p.seq < 0) throw InputError(record, "seq", "must be 0 or more, got " + std::to_string(p.seq));
  if (!is_target(impl, p.target))
    throw InputError(record, "target", quoted(p.target) + " is not a household, building, post or station of the community");
  if (p.start < Duration{0} || p.start > day_length)
    throw InputError(record, "start", std::to_string(p.start.get()) + " seconds is not a time of day (0 to 86400)");
  if (p.end < p.start || p.end > day_length)
    throw InputError(record, "end", format_clock(p.end) + " is not between the start, " + format_clock(p.start) + ", and 24:00");
}

// The status of a stored item, if there is one.
std::optional<PlanStatus> stored_status(const sqlite::Database& db, const Key& k) {
  auto s = db.prepare("SELECT status FROM plans WHERE day = ?1 AND kind = ?2 AND team = ?3 AND seq = ?4", "read a plan item");
  s.bind_all(std::get<0>(k), enum_name(std::get<1>(k), work_kind_names), std::get<2>(k), std::get<3>(k));
  if (!s.step()) return std::nullopt;
  return parse_enum<PlanStatus>(s.text(0), plan_status_names, "stored plan item", "status");
}

}  // namespace

void Ledger::record_plan(std::span<const PlanItem> items) {
  if (items.empty()) return;
  const auto lock = impl_->lock();
  const auto& db = impl_->db;
  sqlite::Transaction tx(db, true);
  std::set<Key> keys;
  std::set<std::pair<int, WorkKind>> days;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto record = "plan item " + std::to_string(i);
    check_item(*impl_, items[i], record);
    const auto key = key_of(items[i]);
    if (!keys.insert(key).second) throw InputError(record, "seq", "another item of this batch is " + describe_key(key));
    if (const auto status = stored_status(db, key); status && *status != PlanStatus::planned)
      throw InputError(record, "seq",
                       describe_key(key) + " is already " + std::string(enum_name(*status, plan_status_names)) +
                           ": what happened is kept, so a new plan may not take its place");
    days.emplace(items[i].day, items[i].kind);
  }
  // Team ids change whenever availability does ("V002+V017@12:00"), so a new plan of a day and
  // kind replaces every item of it still planned, whichever team it was for.
  auto drop = db.prepare("DELETE FROM plans WHERE day = ?1 AND kind = ?2 AND status = 'planned'", "replan");
  for (const auto& [day, kind] : days) drop.bind_all(day, enum_name(kind, work_kind_names)).run();
  const auto batch = detail::add_batch(db, "plans", "", items.size());
  auto insert = db.prepare(
      "INSERT INTO plans (day, kind, team, seq, batch, target, start_time, end_time, status)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
      "record plans");
  for (const auto& p : items)
    insert.bind_all(p.day, enum_name(p.kind, work_kind_names), p.team, p.seq, batch, p.target, p.start.get(), p.end.get(),
                    enum_name(p.status, plan_status_names))
        .run();
  tx.commit();
}

std::vector<PlanItem> Ledger::plans(std::optional<int> day) const {
  const auto lock = impl_->lock();
  auto s = impl_->db.prepare("SELECT day, kind, team, seq, target, start_time, end_time, status FROM plans" +
                                 std::string(day ? " WHERE day = ?1" : ""),
                             "read plans");
  if (day) s.bind(1, *day);
  std::vector<PlanItem> out;
  while (s.step())
    out.push_back({s.small(0), parse_enum<WorkKind>(s.text(1), work_kind_names, "stored plan item", "kind"), s.text(2),
                   s.small(3), s.text(4), seconds(s.integer(5)), seconds(s.integer(6)),
                   parse_enum<PlanStatus>(s.text(7), plan_status_names, "stored plan item", "status")});
  std::sort(out.begin(), out.end(), [](const PlanItem& a, const PlanItem& b) { return key_of(a) < key_of(b); });
  return out;
}

void Ledger::mark_done(int day, WorkKind kind, const std::string& team, int seq, PlanStatus status) {
  const auto lock = impl_->lock();
  const auto& db = impl_->db;
  sqlite::Transaction tx(db, true);
  db.prepare("UPDATE plans SET status = ?1 WHERE day = ?2 AND kind = ?3 AND team = ?4 AND seq = ?5", "mark a plan item")
      .bind_all(enum_name(status, plan_status_names), day, enum_name(kind, work_kind_names), team, seq)
      .run();
  if (db.changes() == 0) throw InputError("plan", "", "there is no " + describe_key({day, kind, team, seq}));
  tx.commit();
}

void Ledger::promise(std::span<const Promise> promises) {
  if (promises.empty()) return;
  const auto lock = impl_->lock();
  const auto& db = impl_->db;
  sqlite::Transaction tx(db, true);
  for (std::size_t i = 0; i < promises.size(); ++i) {
    const auto& p = promises[i];
    const auto record = "promise " + std::to_string(i);
    if (!detail::household_since(db, p.household))
      throw InputError(record, "household", "unknown household " + quoted(p.household));
    detail::check_day(*impl_, p.day, record);
    validate_window(p.window, record, "window");
  }
  const auto batch = detail::add_batch(db, "promises", "", promises.size());
  auto insert = db.prepare(
      "INSERT INTO promises (batch, household, day, window_start, window_end, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
      "record promises");
  for (const auto& p : promises)
    insert.bind_all(batch, p.household, p.day, p.window.start.get(), p.window.end.get(), p.note).run();
  tx.commit();
}

std::vector<Promise> Ledger::promises(int day) const {
  const auto lock = impl_->lock();
  auto s = impl_->db.prepare("SELECT household, day, window_start, window_end, note FROM promises WHERE day = ?1 ORDER BY id",
                             "read promises");
  s.bind(1, day);
  std::vector<Promise> out;
  while (s.step()) out.push_back({s.text(0), s.small(1), {seconds(s.integer(2)), seconds(s.integer(3))}, s.text(4)});
  return out;
}

}  // namespace gridgov::ledger
