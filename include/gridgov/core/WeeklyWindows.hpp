#pragma once
/// \file A weekly pattern of time windows: when a volunteer is free on each day of the week.

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "gridgov/core/TimeWindow.hpp"

namespace gridgov {

/// Days of the week, Monday first.
enum class Weekday { mon, tue, wed, thu, fri, sat, sun };

/// The three-letter lower-case name of a day ("mon").
std::string_view weekday_name(Weekday day);

/// The day named "mon" ... "sun"; throws InputError naming record and field otherwise.
Weekday parse_weekday(std::string_view name, const std::string& record, const std::string& field);

/// For each day of the week, sorted non-overlapping windows.
///
/// Text form (used in CSV, DataFrames and scenario files), entries separated by ";":
/// `mon-fri 19:00-21:00; sat,sun 09:00-12:00,14:00-18:00`, or `daily 08:00-17:00`.
/// `WeeklyWindows::parse(text).text()` is canonical: days with equal windows grouped.
class WeeklyWindows {
 public:
  WeeklyWindows() = default;

  /// Parses the text form; throws InputError naming record and field on malformed text,
  /// unknown days, windows out of the day or overlapping windows.
  static WeeklyWindows parse(std::string_view text, const std::string& record = {},
                             const std::string& field = {});

  /// The same windows on every day of the week.
  static WeeklyWindows daily(std::vector<TimeWindow> windows);

  /// Adds a window to a day; throws InputError if it is invalid or overlaps another.
  void add(Weekday day, TimeWindow window, const std::string& record = {},
           const std::string& field = {});

  /// The windows of one day, sorted by start.
  [[nodiscard]] const std::vector<TimeWindow>& on(Weekday day) const {
    return days_[static_cast<std::size_t>(day)];
  }
  /// Total free time over the week.
  [[nodiscard]] Duration total() const;
  /// True when no day has any window.
  [[nodiscard]] bool empty() const;
  /// The canonical text form.
  [[nodiscard]] std::string text() const;

  friend bool operator==(const WeeklyWindows&, const WeeklyWindows&) = default;

 private:
  std::array<std::vector<TimeWindow>, 7> days_{};
};

}  // namespace gridgov
