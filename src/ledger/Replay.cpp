#include "Replay.hpp"

namespace gridgov::ledger::detail {

void describe(model::Household& h, const model::Household& d) {
  h.building = d.building;
  h.size = d.size;
  h.home_observation = d.home_observation;
  h.returned_from_outside = d.returned_from_outside;
  h.elderly_alone = d.elderly_alone;
  h.language = d.language;
  h.needs_delivery = d.needs_delivery;
}

Replayed replay(HouseholdEntry start, std::span<const Event> events, const model::LevelRules& rules) {
  Replayed out{std::move(start), {}};
  auto& entry = out.entry;
  const auto close_day = [&](int day) {
    entry.level = rules.level(entry.household);
    if (out.levels.empty() || out.levels.back().level != entry.level)
      out.levels.push_back({entry.household.id, day, entry.level});
  };
  if (events.empty() || events.front().day > entry.since) close_day(entry.since);
  for (std::size_t i = 0; i < events.size(); ++i) {
    const auto& e = events[i];
    if (const auto* outcome = std::get_if<Outcome>(&e.what)) {
      apply_contact({.household = entry.household.id, .day = e.day, .outcome = *outcome}, entry.household);
      if (*outcome == Outcome::moved) entry.moved_on = e.day;
      else if (*outcome == Outcome::reached || *outcome == Outcome::refused) entry.moved_on = -1;
    } else {
      describe(entry.household, std::get<model::Household>(e.what));
    }
    if (i + 1 == events.size() || events[i + 1].day != e.day) close_day(std::max(e.day, entry.since));
  }
  return out;
}

}  // namespace gridgov::ledger::detail
