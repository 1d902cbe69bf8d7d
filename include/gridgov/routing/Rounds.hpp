#pragma once
/// \file Routing problems from a community: a day's door-knocking, evening rounds and deliveries
/// from the station (gridgov::field plays them out day after day).

#include <vector>

#include "gridgov/core/WeeklyWindows.hpp"
#include "gridgov/model/Community.hpp"
#include "gridgov/routing/Solve.hpp"

namespace gridgov::routing {

/// A routing problem built from a community, and what its visits and vehicles stand for.
/// Distances are whole metres and times whole seconds since midnight of the day.
struct CommunityRound {
  Problem problem;
  std::vector<model::Place> locations{};                       ///< Location index -> place.
  std::vector<std::vector<std::size_t>> visit_households{};    ///< Households each visit covers.
  std::vector<std::vector<std::size_t>> vehicle_volunteers{};  ///< Volunteers of each vehicle.
};

/// Prizes that send routes where the blind spots are: a household is worth walking this many
/// metres to reach, by level, plus `per_day` more for each day since it was last tried.
struct Prizes {
  Cost red{3000}, orange{1500}, green{600}, per_day{200};
  Cost promised{100000};  ///< A visit promised to a household: far above the rest, so it is made whenever a team can.
};

/// A visit promised to a household for today, in a window (a follow-up agreed at the door, a
/// call-back asked for by phone): replanning keeps it pinned.
struct PromisedVisit {
  std::size_t household = 0;  ///< Index into the community's households.
  TimeWindow window{};
};

/// A day's door-knocking.
struct DoorKnockingOptions {
  Weekday day = Weekday::mon;  ///< Whose availability counts.
  int campaign_day = 0;        ///< Today, in the households' campaign days (last_attempt).
  Duration per_door = minutes(3);  ///< Time at each household's door.
  int team_size = 2;           ///< Volunteers walking together (tied volunteers always together).
  bool start_at_home = false;  ///< Teams leave from and return to their first member's home.
  /// Groups that knock doors (working party members knock in the evening rounds).
  std::vector<model::Group> groups{model::Group::social_worker, model::Group::official, model::Group::resident,
                                   model::Group::student, model::Group::steward, model::Group::foreign_resident,
                                   model::Group::librarian};
  Prizes prizes{};
  TimeWindow evening{hours(19), hours(21)};  ///< When households seen only in the evening are home.
  Duration shortest_shift = minutes(30);     ///< Shorter free windows are not planned.
  /// Visits promised for today: each its own stop in its window, worth prizes.promised, whether
  /// the household is reached or not.
  std::vector<PromisedVisit> promised{};
  /// Households left out (planned in another round today).
  std::vector<std::size_t> exclude{};
};

/// Stops are buildings (one per group of their unreached households that share a language and
/// whether they are home only in the evening, leaving out those excluded or promised), taking
/// per_door per household, and one stop per promised visit; households seen
/// only in the evening get the evening window; a household needing a language needs a team that
/// speaks it; every stop is optional with its households' prizes. Teams are the volunteers of
/// the groups free on the day: tied volunteers together, the others joined by whoever shares the
/// most free time with them; each free window a team shares is a vehicle, limited to the
/// members' shortest unbroken duty and to an equal share of their shortest day among the
/// team's windows (so a team's routes together never exceed anyone's day).
CommunityRound door_knocking(const model::Community& community, const DoorKnockingOptions& options);

/// The evening round: unreached households only, in the evening window, walked by the working
/// party members free then (DOMAIN.md's candlelight rounds).
CommunityRound evening_round(const model::Community& community, const DoorKnockingOptions& options);

/// Deliveries from the station to the households that need them.
struct DeliveryOptions {
  Weekday day = Weekday::mon;
  TimeWindow window{hours(9), hours(12)};   ///< When deliveries are made.
  int bags_per_trip = 6;                    ///< What one volunteer carries.
  int max_reloads = 4;                      ///< Trips back to the station to refill.
  Duration reload_time = minutes(5);
  Duration per_door = minutes(2);
  std::vector<model::Group> groups{model::Group::student, model::Group::resident, model::Group::official};
  Cost prize{20000};  ///< Each delivery is worth walking this far: all are made when possible.
};

/// One visit per household that needs deliveries, carrying 1 + size / 3 bags, in the delivery
/// window; each free volunteer of the groups walks alone from the station and back, reloading
/// there between trips.
CommunityRound deliveries(const model::Community& community, const DeliveryOptions& options);

}  // namespace gridgov::routing
