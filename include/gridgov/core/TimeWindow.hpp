#pragma once
/// \file Clock times and time windows within a day, with their text forms ("19:00-21:00").

#include <string>
#include <string_view>

#include "gridgov/core/Units.hpp"

namespace gridgov {

/// Seconds in a day; the latest clock time is "24:00".
inline constexpr Duration day_length = hours(24);

/// A half-open interval [start, end) of clock time within one day, in seconds since midnight.
struct TimeWindow {
  Duration start{};
  Duration end = day_length;

  /// The window's length.
  [[nodiscard]] constexpr Duration length() const { return end - start; }
  /// True when the instant t lies in [start, end).
  [[nodiscard]] constexpr bool contains(Duration t) const { return start <= t && t < end; }
  /// True when the two windows share some time.
  [[nodiscard]] constexpr bool overlaps(const TimeWindow& other) const {
    return start < other.end && other.start < end;
  }
  friend constexpr bool operator==(const TimeWindow&, const TimeWindow&) = default;
};

/// Parses a clock time "HH:MM" or "HH:MM:SS" between 00:00 and 24:00 into seconds since
/// midnight. Throws InputError (with the given record and field) when malformed.
Duration parse_clock(std::string_view text, const std::string& record = {},
                     const std::string& field = {});

/// Formats seconds since midnight as "HH:MM", or "HH:MM:SS" when seconds are not zero.
std::string format_clock(Duration t);

/// Parses "HH:MM-HH:MM"; the end must come after the start.
TimeWindow parse_window(std::string_view text, const std::string& record = {},
                        const std::string& field = {});

/// Formats a window as "HH:MM-HH:MM".
std::string format_window(const TimeWindow& w);

/// Checks a window lies within the day and ends after it starts; throws InputError otherwise.
void validate_window(const TimeWindow& w, const std::string& record, const std::string& field);

}  // namespace gridgov
