#pragma once
/// \file A volunteer: group, availability, limits, skills, home and ties — never a name.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gridgov/core/Geometry.hpp"
#include "gridgov/core/WeeklyWindows.hpp"

namespace gridgov::model {

/// Who the volunteer is in the field (DOMAIN.md): each group has its own time patterns.
enum class Group {
  social_worker,     ///< 社工: the community's own staff, all day.
  official,          ///< Sent down from a government office, office hours.
  party_member,      ///< Working party member with a day job: evenings and weekends.
  resident,          ///< A resident of the community.
  student,           ///< A student on winter break: by day.
  steward,           ///< Retired alley steward, often over seventy: short, light shifts.
  foreign_resident,  ///< A foreign resident: speaks the languages of foreign households.
  librarian,         ///< Staff of a closed library, office hours.
};

/// Names of the groups, in enumeration order, as used in files ("social_worker").
inline constexpr std::array<std::string_view, 8> group_names{
    "social_worker", "official", "party_member", "resident", "student", "steward", "foreign_resident", "librarian"};

/// One volunteer.
struct Volunteer {
  std::string id{};               ///< Stable id, unique in the community; no ';' (lists of ids are joined by it).
  Group group = Group::resident;
  WeeklyWindows availability{};   ///< When they are free, per day of the week.
  Duration max_day = hours(8);   ///< Longest total duty in one day.
  Duration max_week = hours(40); ///< Longest total duty in one week.
  Duration max_shift = hours(8); ///< Longest unbroken duty (two hours for a steward over seventy).
  Duration min_rest = hours(0);  ///< Shortest rest between two duties.
  std::vector<std::string> skills{};  ///< Tags: languages ("en", "ko"), "medical", ...
  std::optional<Point> home{};        ///< Where they start from when not from the office.
  std::vector<std::string> ties{};    ///< Ids of volunteers who serve together with this one.

  /// True when the volunteer has the skill tag.
  [[nodiscard]] bool has_skill(std::string_view skill) const;

  friend bool operator==(const Volunteer&, const Volunteer&) = default;
};

}  // namespace gridgov::model
