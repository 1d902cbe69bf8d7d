#pragma once
/// \file Simulating a campaign: D days of plan -> outcomes -> replan on a community, to compare
/// planning policies on realistic dynamics rather than on one static instance
/// (docs/simulation.md states the model).

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "gridgov/core/WeeklyWindows.hpp"
#include "gridgov/field/HomeModel.hpp"
#include "gridgov/field/PlanDay.hpp"
#include "gridgov/field/Policy.hpp"
#include "gridgov/ledger/Contact.hpp"
#include "gridgov/routing/Rounds.hpp"

namespace gridgov::ledger {
class Ledger;
}  // namespace gridgov::ledger

namespace gridgov::field {

/// One simulated day.
struct SimulatedDay {
  int campaign_day = 0;
  Weekday day = Weekday::mon;
  std::size_t visits = 0;           ///< Doors knocked at.
  std::size_t reached = 0;          ///< Households reached for the first time.
  std::size_t lights_seen = 0;      ///< Households newly noted as home in the evening.
  std::size_t unreached = 0;        ///< Left unreached at the end of the day.
  Distance walked{};                ///< By all teams (deliveries included), metres.
  Duration volunteer_time{};        ///< Routes' durations times their team sizes, plus duties.
  bool feasible = true;             ///< Every round's plan passed the routing checker.
};

/// Limits of a simulation. Each round is solved with an iteration limit (not a time limit), so
/// the same community, model, policy and options give the same simulation.
struct SimulationOptions {
  int days = 14;                        ///< Days simulated at most; it stops once all are reached.
  std::uint64_t seed = 0;               ///< Draws the outcomes and seeds the solves.
  Weekday first_day = Weekday::mon;     ///< Weekday of the first simulated day.
  int first_campaign_day = 0;           ///< Campaign day of the first simulated day.
  Duration per_door = minutes(3);       ///< Time at each household's door.
  std::size_t max_iterations = 1000;    ///< Iterations of each round's solve.
  /// Plan the watch posts' duty first each day (one day's duty, duty_iterations iterations):
  /// the volunteers on duty are not free to knock doors then.
  bool duty = false;
  std::size_t duty_iterations = 50;
  /// Plan deliveries before door-knocking each day: the volunteers carrying them are not free
  /// to knock doors meanwhile.
  bool deliveries = false;
  /// Called after each day; returning true stops the simulation, which returns the days so far.
  std::function<bool(const SimulatedDay&)> callback{};
  /// When given, every contact is recorded in it too (one transaction per round); its
  /// households must be the community's.
  ledger::Ledger* ledger = nullptr;
};

/// Throws InputError naming the option that is out of range.
void validate(const SimulationOptions& options);


/// The outcome of a simulation.
struct Simulation {
  /// Days until every household was reached (0 when all were at the start); empty when some
  /// were still unreached after the last day.
  std::optional<int> days_to_cover{};
  std::size_t unreached = 0;          ///< Left unreached at the end.
  Distance walked{};
  std::int64_t steps = 0;             ///< walked / 0.7 m, rounded.
  Duration volunteer_time{};
  /// Hours walked by each volunteer (community order), zero for those who never walked.
  std::vector<Duration> per_volunteer{};
  /// Spread (max - min) of per_volunteer over the volunteers of the groups the policy sends out.
  Duration spread{};
  std::vector<SimulatedDay> per_day{};
  std::vector<ledger::Contact> contacts{};  ///< Every visit and lit window noted, in order.
  model::CommunityParts final_state{};///< The community after the last day (contact records).
};

/// Simulates the campaign: each day (a DayPlanner on the policy; with `duty` and `deliveries`
/// those are planned first and take volunteers' time) door-knocking is planned for the
/// unreached and its doors are knocked at (knock_doors); with watch_lights, lit windows of
/// households missed are noted (note_lights); with evening_rounds, an evening round is then
/// planned for the households still unreached and played out the same way. Contacts change the households' records as in the
/// ledger (ledger::apply_contact); levels follow the community's rules each day.
Simulation simulate(const model::Community& community, const HomeModel& home, const Policy& policy,
                    const SimulationOptions& options);

}  // namespace gridgov::field
