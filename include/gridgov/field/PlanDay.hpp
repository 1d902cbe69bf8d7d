#pragma once
/// \file Planning one day in the field from the community's current state: the watch-post duty,
/// deliveries, door-knocking that goes first to the unreached, and the evening round, with
/// promised visits pinned and nobody in two places at once.

#include <optional>
#include <span>
#include <vector>

#include "gridgov/field/Policy.hpp"
#include "gridgov/ledger/Plan.hpp"
#include "gridgov/routing/Rounds.hpp"
#include "gridgov/scheduling/Duty.hpp"
#include "gridgov/scheduling/Solve.hpp"

namespace gridgov::field {

/// What to plan for a day and how hard to search.
struct DayOptions {
  Weekday day = Weekday::mon;       ///< Whose availability counts.
  int campaign_day = 0;             ///< The day in the households' campaign days (last_attempt).
  Policy policy{};                  ///< Team size, prizes and whether there is an evening round.
  Duration per_door = minutes(3);   ///< Time at each household's door.
  std::vector<routing::PromisedVisit> promised{};  ///< Visits promised for the day: pinned.
  bool duty = true;                 ///< Plan the watch posts' duty for the day first.
  bool deliveries = true;           ///< Plan deliveries to the households that need them.
  routing::DeliveryOptions delivery{};         ///< Its day is the day planned.
  std::vector<int> duty_blocks{2, 3, 4};       ///< Lengths of the duty blocks offered, hours.
  routing::SolveOptions routing_solve{.max_iterations = 1000};  ///< Each round's solve.
  scheduling::SolveOptions duty_solve{.max_iterations = 200};   ///< The duty roster's solve.
};

/// A community round and the solver's checked result.
struct PlannedRound {
  routing::CommunityRound round;
  routing::Result result;
};

/// The watch-post duty of the day.
struct PlannedDuty {
  scheduling::DutyProblem problem;       ///< One day, from the day planned.
  scheduling::Result result;             ///< Its roster and the evaluator's verdict.
  std::vector<scheduling::Duty> duties;  ///< Who stands at which post when.
};

/// A day's plan. Rounds are planned in order — duty, deliveries, door-knocking, evening round —
/// and each volunteer's time taken by one (a duty, a route from leaving to returning) is not
/// offered to the next. Volunteer and household indices are the community's.
struct DayPlan {
  DayOptions options;                ///< What was planned, and how.
  std::optional<PlannedDuty> duty{};
  std::optional<PlannedRound> deliveries{};
  PlannedRound door_knocking;
  std::optional<PlannedRound> evening{};
  std::vector<bool> promise_kept{};  ///< Per promised visit: whether a route makes it.
};

/// Plans a day step by step, each step on the volunteers' time the earlier steps left (a duty
/// from its start to its end, a route from leaving to returning, each widened by the
/// volunteer's rest and by the longest walk between where it begins or ends and where another
/// step can: the office, a station, a post, their home): plan_day takes every step in turn; the
/// simulation plays door-knocking out before it plans the evening round. Each step may be given
/// the community as it stands by then.
class DayPlanner {
 public:
  /// Checks the options (InputError naming the one out of range).
  DayPlanner(const model::Community& community, DayOptions options);

  /// The watch posts' duty for the day (none without posts).
  std::optional<PlannedDuty> duty(const model::Community& now);
  /// Deliveries to the households that need them (none when no household does).
  std::optional<PlannedRound> deliveries(const model::Community& now);
  /// Door-knocking for the unreached, with `promised` visits pinned.
  PlannedRound door_knocking(const model::Community& now, std::span<const routing::PromisedVisit> promised);
  /// The evening round for the unreached but `exclude`, with `promised` visits pinned; solved
  /// with the routing seed + 1.
  PlannedRound evening(const model::Community& now, std::vector<std::size_t> exclude,
                       std::span<const routing::PromisedVisit> promised);

  [[nodiscard]] const DayOptions& options() const { return options_; }

  /// Marks the time a duty or a round takes as taken (for a step planned elsewhere).
  void take(const PlannedDuty& duty);
  void take(const PlannedRound& round);

 private:
  // A step's time for one volunteer, and the walks to reach it and to leave it for another.
  struct Taken {
    TimeWindow window;
    Duration before{}, after{};
  };
  routing::DoorKnockingOptions knocking(std::span<const routing::PromisedVisit> promised) const;
  // The longest walk between `place` and any place a step can begin or end for `volunteer`.
  [[nodiscard]] Duration walk_around(const model::Place& place, std::size_t volunteer) const;
  [[nodiscard]] model::Community occupied(const model::Community& now) const;

  DayOptions options_;
  static constexpr std::size_t no_home = static_cast<std::size_t>(-1);
  std::vector<model::Place> bases_;  // where steps begin and end: office, stations, posts, homes
  std::size_t shared_ = 0;           // bases_ before the homes: everyone's
  std::vector<std::size_t> home_;    // per volunteer, their home's index in bases_, or no_home
  network::IntMatrix walk_;          // seconds between bases_
  std::vector<std::vector<Taken>> busy_;  // per volunteer, the steps of the day taken
};

/// Plans the day. Door-knocking covers the unreached households (prizes grow with their level
/// and the days since they were last tried) and every promised visit, each at the worth of
/// policy.prizes.promised so it is made whenever a team is free then; the evening round takes
/// the unreached households door-knocking leaves out and the promises it could not keep.
/// Throws InputError naming the option or record that cannot be used.
DayPlan plan_day(const model::Community& community, const DayOptions& options);

/// Plans the evening round again once the day's doors have been knocked at: for the households
/// of `now` (the community after the day's contacts) still unreached, on the volunteers' time the
/// plan's duty, deliveries and door-knocking left, with the promised visits door-knocking did
/// not keep. Replaces the plan's evening round (none without policy.evening_rounds) and updates
/// promise_kept. This is what a community office does in the afternoon, and what the
/// simulation does every day.
void replan_evening(DayPlan& plan, const model::Community& now);

/// Calls f(route, household, clock) for each household of each visited stop of a round, route
/// by route and stop by stop: the first at the stop's scheduled start, each next `per_door`
/// later (households at one stop are seen one after another).
template <class F>
void for_each_door(const PlannedRound& planned, Duration per_door, F&& f) {
  for (const auto& route : planned.result.evaluation.routes)
    for (const auto& stop : route.stops) {
      if (stop.stop.kind != routing::StopKind::visit) continue;
      auto clock = stop.start;
      for (const auto h : planned.round.visit_households[stop.stop.visit]) {
        f(route, h, clock);
        clock += per_door;
      }
    }
}

/// The day's plan as the ledger's plan items, all `planned`: for each route, one item per
/// household at its door (door-knocking, evening round, deliveries), in order from seq 0, team
/// the vehicle's id; for each duty, one item at its post, team the volunteer's id.
std::vector<ledger::PlanItem> plan_items(const model::Community& community, const DayPlan& plan);

}  // namespace gridgov::field
