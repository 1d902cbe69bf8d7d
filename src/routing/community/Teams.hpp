#pragma once
// Teams of volunteers for a day: who walks together and when they are all free.

#include <vector>

#include "gridgov/core/WeeklyWindows.hpp"
#include "gridgov/model/Community.hpp"

namespace gridgov::routing::detail {

struct Team {
  std::vector<std::size_t> members;   // volunteer indices
  std::vector<TimeWindow> windows;    // when every member is free, long enough to plan
  Duration max_shift{};               // the shortest unbroken duty of its members
  Duration max_day{};                 // the shortest day of its members
  std::vector<std::string> skills;    // every member's skills together
};

/// The volunteers of `groups` free on `day`: tied volunteers together, the rest in teams of up
/// to `size`, each joined by whoever shares the most free time with it (someone who shares a
/// window of at least `shortest` with nobody walks alone); windows shorter than `shortest` are
/// dropped, and so are teams left with none.
std::vector<Team> form_teams(const model::Community& c, Weekday day, const std::vector<model::Group>& groups, int size,
                             Duration shortest);

/// The parts of two sorted window lists that overlap.
std::vector<TimeWindow> intersect(const std::vector<TimeWindow>& a, const std::vector<TimeWindow>& b);

/// The longest route of a team that has `shifts` free windows in a round: its shortest
/// unbroken duty, and no more than an equal share of its shortest day, so that all its routes
/// together stay within everyone's day.
Duration longest_route(const Team& team, std::size_t shifts);

}  // namespace gridgov::routing::detail
