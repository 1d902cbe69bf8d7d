// Column schemas of the ledger's records (docs/ledger.md lists them for users).
#include "Schema.hpp"

namespace gridgov::io::detail {

using namespace gridgov::ledger;

Duration clock_cell(const Cell& cell, const std::string& record, const std::string& field) {
  const auto* s = std::get_if<std::int64_t>(&cell);
  if (!s) return parse_clock(std::get<std::string>(cell), record, field);
  if (*s < 0 || *s > day_length.get())
    throw InputError(record, field, std::to_string(*s) + " seconds is not a time of day (0 to 86400)");
  return seconds(*s);
}

template <>
const Schema<Contact>& schema<Contact>() {
  static const Schema<Contact> s{
      "contact",
      {text("household", &Contact::household, true, "Id of the household."),
       integer("day", &Contact::day, true, "Campaign day."),
       clock("time", &Contact::time, true, "Clock time 'HH:MM' (or, as a number, seconds since midnight)."),
       tags("volunteers", &Contact::volunteers, "Ids of the volunteers who made it, separated by ';'."),
       choice("outcome", &Contact::outcome, outcome_names, true, "reached, not_home, refused, moved or lights_on."),
       text("note", &Contact::note, false, "Free text; never a name.")}};
  return s;
}

template <>
const Schema<PlanItem>& schema<PlanItem>() {
  static const Schema<PlanItem> s{
      "plan item",
      {integer("day", &PlanItem::day, true, "Campaign day."),
       choice("kind", &PlanItem::kind, work_kind_names, true, "door_knocking, evening, delivery or duty."),
       text("team", &PlanItem::team, true, "Id of the team (or volunteer) doing it."),
       integer("seq", &PlanItem::seq, true, "Position in the team's plan of that day and kind, from 0."),
       text("target", &PlanItem::target, true, "Id of the household, building, post or station."),
       clock("start", &PlanItem::start, true, "Planned start, 'HH:MM'."),
       clock("end", &PlanItem::end, true, "Planned end, 'HH:MM'."),
       choice("status", &PlanItem::status, plan_status_names, false, "planned (default), done or missed.")}};
  return s;
}

template <>
const Schema<Promise>& schema<Promise>() {
  static const Schema<Promise> s{"promise",
                                 {text("household", &Promise::household, true, "Id of the household."),
                                  integer("day", &Promise::day, true, "Campaign day of the visit."),
                                  window("window", &Promise::window, "When, 'HH:MM-HH:MM'.", true),
                                  text("note", &Promise::note, false, "Free text; never a name.")}};
  return s;
}

template <>
const Schema<LevelChange>& schema<LevelChange>() {
  static const Schema<LevelChange> s{
      "level change",
      {text("household", &LevelChange::household, true, "Id of the household."),
       integer("day", &LevelChange::day, true, "First campaign day with this level."),
       choice("level", &LevelChange::level, model::level_names, true, "green, orange or red.")}};
  return s;
}

namespace {

// A household column, reading and writing the entry's household.
Field<HouseholdEntry> of_household(const Field<model::Household>& f) {
  return {f.info, [get = f.get](const HouseholdEntry& e) { return get(e.household); },
          [set = f.set](HouseholdEntry& e, const Cell& c, const std::string& record) { set(e.household, c, record); },
          f.takes_integers};
}

Field<HouseholdEntry> moved_on_field() {
  return {{"moved_on", Kind::integer, false, "Day a contact found it moved (case closed); empty while open.", true},
          [](const HouseholdEntry& e) -> Cell { return e.moved_on < 0 ? Cell{} : Cell{std::int64_t{e.moved_on}}; },
          [](HouseholdEntry& e, const Cell& c, const std::string& record) { e.moved_on = narrow<int>(c, record, "moved_on"); }};
}

}  // namespace

template <>
const Schema<HouseholdEntry>& schema<HouseholdEntry>() {
  static const Schema<HouseholdEntry> s = [] {
    Schema<HouseholdEntry> out{"household", {}};
    for (const auto& f : schema<model::Household>().fields) out.fields.push_back(of_household(f));
    out.fields.push_back(choice("level", &HouseholdEntry::level, model::level_names, false, "green, orange or red, by the community's rules."));
    out.fields.push_back(integer("since", &HouseholdEntry::since, false, "First campaign day the ledger knows it."));
    out.fields.push_back(moved_on_field());
    return out;
  }();
  return s;
}

}  // namespace gridgov::io::detail
