// Drawing what happens at each door of a planned day from the home model.
#include "gridgov/field/Outcomes.hpp"

#include <set>

namespace gridgov::field {

std::vector<ledger::Contact> knock_doors(const model::Community& c, const PlannedRound& planned, const HomeModel& home,
                                         int campaign_day, Duration per_door, const Draws& draws) {
  std::vector<std::vector<std::string>> teams;  // each vehicle's volunteer ids
  for (const auto& crew : planned.round.vehicle_volunteers) {
    auto& team = teams.emplace_back();
    for (const auto v : crew) team.push_back(c.volunteers()[v].id);
  }
  std::vector<ledger::Contact> out;
  for_each_door(planned, per_door, [&](const routing::ScheduledRoute& route, std::size_t h, Duration clock) {
    const auto attempt = static_cast<std::uint64_t>(c.households()[h].attempts) + 1;
    const bool answered = draws.uniform(Purpose::answer, h, static_cast<std::uint64_t>(campaign_day), attempt) <
                          home.chance(h, clock);
    out.push_back({.household = c.households()[h].id, .day = campaign_day, .time = clock, .volunteers = teams[route.vehicle],
                   .outcome = answered ? ledger::Outcome::reached : ledger::Outcome::not_home});
  });
  return out;
}

std::vector<ledger::Contact> note_lights(const model::Community& c, std::span<const ledger::Contact> contacts,
                                         const HomeModel& home, const Draws& draws) {
  std::vector<ledger::Contact> out;
  std::set<std::size_t> noted;
  for (const auto& contact : contacts) {
    if (contact.outcome != ledger::Outcome::not_home) continue;
    const auto h = c.household_index(contact.household);
    const auto& household = c.households()[h];
    if (household.reached || household.seen_evening || !noted.insert(h).second) continue;
    if (draws.uniform(Purpose::lights, h, static_cast<std::uint64_t>(contact.day)) >= home.chance(h, lights_clock)) continue;
    out.push_back({.household = household.id, .day = contact.day, .time = lights_clock, .outcome = ledger::Outcome::lights_on});
  }
  return out;
}

std::vector<ledger::Contact> play_day(const model::Community& c, const DayPlan& plan, const HomeModel& home, bool watch_lights,
                                      const Draws& draws, DayPart part) {
  const auto& o = plan.options;
  std::vector<ledger::Contact> out;
  if (part != DayPart::evening) {
    out = knock_doors(c, plan.door_knocking, home, o.campaign_day, o.per_door, draws);
    if (watch_lights) {
      const auto lights = note_lights(c, out, home, draws);
      out.insert(out.end(), lights.begin(), lights.end());
    }
  }
  if (part != DayPart::day && plan.evening) {
    const auto evening = knock_doors(c, *plan.evening, home, o.campaign_day, o.per_door, draws);
    out.insert(out.end(), evening.begin(), evening.end());
  }
  return out;
}

}  // namespace gridgov::field
