#pragma once
/// \file A rostering problem: who works which shift on which day of a horizon, under the hard
/// rules of each person's contract, with soft cover targets, soft requests and a soft fairness
/// term. The core is the model of the Curtois–Qu shift scheduling benchmark
/// (schedulingbenchmarks.org, "instances1_24"); skills, unavailable times, rest, pairs who serve
/// together and fairness extend it for watch-post duty. docs/rostering.md states every rule.

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <utility>
#include <vector>

namespace gridgov::scheduling {

/// Costs and minute totals.
using Cost = std::int64_t;

/// A bound that does not bind.
inline constexpr int unlimited = std::numeric_limits<int>::max() / 4;

/// A kind of shift: its length, and which shift types may not be worked the day after it.
struct ShiftType {
  std::string id{};
  int minutes = 0;                             ///< Length, counted against staff minute totals.
  int start = -1;                              ///< Minutes after midnight it starts; -1 if not given
                                               ///< (then unavailable times and rest do not apply to it).
  std::vector<std::size_t> cannot_follow{};    ///< Shift types forbidden on the next day.
  friend bool operator==(const ShiftType&, const ShiftType&) = default;
};

/// A stretch of one day, in minutes after midnight [start, end), when someone cannot work.
struct Unavailable {
  int day = 0;
  int start = 0;
  int end = 24 * 60;
  friend bool operator==(const Unavailable&, const Unavailable&) = default;
};

/// Someone to roster and the hard rules of their contract; every bound is open by default.
struct Staff {
  std::string id{};
  std::vector<int> max_shifts{};      ///< Per shift type, at most this many; 0 = may not work it; empty = no limit.
  int min_total_minutes = 0;          ///< Worked minutes over the horizon, at least ...
  int max_total_minutes = unlimited;  ///< ... and at most.
  int min_consecutive_shifts = 1;     ///< A run of worked days inside the horizon is at least this long ...
  int max_consecutive_shifts = unlimited;  ///< ... and any run at most this long.
  int min_consecutive_days_off = 1;   ///< A run of days off inside the horizon is at least this long.
  int max_weekends = unlimited;       ///< Weekends (Saturday or Sunday worked) at most.
  std::vector<int> days_off{};        ///< Days they must not work.
  std::vector<Unavailable> unavailable{};  ///< Times they cannot work: no shift with a start may overlap one.
  int min_rest_minutes = 0;           ///< From the end of one day's shift to the start of the next day's.
  std::vector<std::string> skills{};  ///< Tags ("en", "medical") that cover rows may ask for.
  friend bool operator==(const Staff&, const Staff&) = default;
};

/// A wish about one day and shift type: to work it (an on request, costing its weight when not
/// granted) or not to (an off request, costing its weight when the shift is worked).
struct Request {
  std::size_t staff = 0;
  int day = 0;
  std::size_t shift = 0;
  Cost weight = 0;
  friend bool operator==(const Request&, const Request&) = default;
};

/// How many should be at work on a day in any of some shift types (one, in the Curtois–Qu
/// model; every duty block spanning a post's hour, for watch posts), counting only staff with a
/// skill when one is named: each one short costs weight_under, each one too many weight_over.
struct Cover {
  int day = 0;
  std::vector<std::size_t> shifts{};
  std::string skill{};  ///< Empty: everyone counts.
  int requirement = 0;
  Cost weight_under = 0;
  Cost weight_over = 0;
  friend bool operator==(const Cover&, const Cover&) = default;
};

/// A whole problem. Day 0 is a Monday: days 5 and 6 of each week are its weekend.
struct Problem {
  std::string name{};
  int days = 0;
  std::vector<ShiftType> shifts{};
  std::vector<Staff> staff{};
  std::vector<Request> on_requests{};
  std::vector<Request> off_requests{};
  std::vector<Cover> cover{};  ///< At most one row per (day, shifts, skill); work no row counts costs nothing.
  /// Staff who serve together: on every day both work the same shift type or both are off.
  std::vector<std::pair<std::size_t, std::size_t>> pairs{};
  /// Cost per minute of the spread of worked minutes, max - min over all staff (those given no
  /// work included); 0 leaves fairness out of the objective.
  Cost fairness_weight = 0;
  friend bool operator==(const Problem&, const Problem&) = default;
};

/// Checks a problem before it is used: ids unique and non-empty, every index and day in range,
/// lengths, bounds and weights non-negative, min bounds not above max bounds, one cover row per
/// (day, shifts, skill), pairs of two different staff. Throws InputError naming the record ("staff 'A'", "cover row 3") and field.
void validate(const Problem& problem);

/// Whether a day is a Saturday or Sunday (day 0 is a Monday).
constexpr bool is_weekend(int day) { return day % 7 >= 5; }

}  // namespace gridgov::scheduling
