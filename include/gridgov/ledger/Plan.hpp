#pragma once
/// \file Work as planned and as done (route stops and duty shifts), and visits promised to
/// households, which replanning must keep.

#include <array>
#include <string>
#include <string_view>

#include "gridgov/core/TimeWindow.hpp"
#include "gridgov/core/Units.hpp"

namespace gridgov::ledger {

/// The kind of work a plan item belongs to.
enum class WorkKind {
  door_knocking,  ///< Door-to-door screening by day.
  evening,        ///< Evening revisit rounds to households not found at home.
  delivery,       ///< Carrying groceries and parcels from a station to the door.
  duty            ///< A shift at a watch post.
};

/// Names of the kinds of work, in enumeration order.
inline constexpr std::array<std::string_view, 4> work_kind_names{"door_knocking", "evening", "delivery", "duty"};

/// Where a plan item stands.
enum class PlanStatus {
  planned,  ///< Planned, not yet done.
  done,     ///< Done as planned.
  missed    ///< The day passed without it.
};

/// Names of the statuses, in enumeration order.
inline constexpr std::array<std::string_view, 3> plan_status_names{"planned", "done", "missed"};

/// One stop of a team's route, or one shift at a post, on one day.
struct PlanItem {
  int day = 0;                            ///< Campaign day.
  WorkKind kind = WorkKind::door_knocking;  ///< The work it belongs to.
  std::string team{};                     ///< Id of the team (or volunteer) doing it.
  int seq = 0;                            ///< Position in the team's plan of that day and kind, from 0.
  std::string target{};                   ///< Id of the household, building, post or station.
  Duration start{};                       ///< Planned start, seconds since midnight.
  Duration end{};                         ///< Planned end, seconds since midnight.
  PlanStatus status = PlanStatus::planned;  ///< Where it stands.

  friend bool operator==(const PlanItem&, const PlanItem&) = default;
};

/// A visit promised to a household ("come after 19:00 tomorrow"): replanning pins it.
struct Promise {
  std::string household{};  ///< Id of the household.
  int day = 0;              ///< Campaign day of the visit.
  TimeWindow window{};      ///< When, within that day.
  std::string note{};       ///< Free text; never a name.

  friend bool operator==(const Promise&, const Promise&) = default;
};

}  // namespace gridgov::ledger
