#include "gridgov/core/WeeklyWindows.hpp"

#include <algorithm>
#include <numeric>

#include "gridgov/core/Error.hpp"
#include "gridgov/detail/Text.hpp"

namespace gridgov {
namespace {

constexpr std::array<std::string_view, 7> day_names{"mon", "tue", "wed", "thu",
                                                    "fri", "sat", "sun"};

int parse_day(std::string_view name, const std::string& record, const std::string& field) {
  return static_cast<int>(parse_weekday(name, record, field));
}

// "mon-fri,sun" or "daily" -> the set of days.
std::array<bool, 7> parse_days(std::string_view text, const std::string& record,
                               const std::string& field) {
  std::array<bool, 7> days{};
  if (text == "daily") {
    days.fill(true);
    return days;
  }
  for (auto part : detail::split(text, ',')) {
    part = detail::trim(part);
    const auto dash = part.find('-');
    if (dash == std::string_view::npos) {
      days[static_cast<std::size_t>(parse_day(part, record, field))] = true;
      continue;
    }
    const int first = parse_day(detail::trim(part.substr(0, dash)), record, field);
    const int last = parse_day(detail::trim(part.substr(dash + 1)), record, field);
    if (last < first)
      throw InputError(record, field, "day range " + quoted(std::string(part)) + " runs backwards");
    for (int d = first; d <= last; ++d) days[static_cast<std::size_t>(d)] = true;
  }
  return days;
}

// Days as ranges: {mon,tue,wed,fri} -> "mon-wed,fri".
std::string format_days(const std::array<bool, 7>& days) {
  if (std::all_of(days.begin(), days.end(), [](bool b) { return b; })) return "daily";
  std::string out;
  for (std::size_t d = 0; d < 7;) {
    if (!days[d]) { ++d; continue; }
    std::size_t e = d;
    while (e + 1 < 7 && days[e + 1]) ++e;
    if (!out.empty()) out += ',';
    out += day_names[d];
    if (e > d) out += std::string(e == d + 1 ? "," : "-") + std::string(day_names[e]);
    d = e + 1;
  }
  return out;
}

}  // namespace

Weekday parse_weekday(std::string_view name, const std::string& record, const std::string& field) {
  for (std::size_t i = 0; i < day_names.size(); ++i)
    if (day_names[i] == name) return static_cast<Weekday>(i);
  throw InputError(record, field,
                   "unknown day " + quoted(std::string(name)) + " (use mon tue wed thu fri sat sun)");
}

std::string_view weekday_name(Weekday day) { return day_names[static_cast<std::size_t>(day)]; }

WeeklyWindows WeeklyWindows::parse(std::string_view text, const std::string& record,
                                   const std::string& field) {
  WeeklyWindows out;
  for (auto entry : detail::split(text, ';')) {
    entry = detail::trim(entry);
    if (entry.empty()) continue;
    const auto space = entry.find_first_of(" \t");
    if (space == std::string_view::npos)
      throw InputError(record, field,
                       "expected 'DAYS HH:MM-HH:MM[,HH:MM-HH:MM]', got " + quoted(std::string(entry)));
    const auto days = parse_days(entry.substr(0, space), record, field);
    for (auto w : detail::split(detail::trim(entry.substr(space + 1)), ',')) {
      const auto window = parse_window(detail::trim(w), record, field);
      for (std::size_t d = 0; d < 7; ++d)
        if (days[d]) out.add(static_cast<Weekday>(d), window, record, field);
    }
  }
  return out;
}

WeeklyWindows WeeklyWindows::daily(std::vector<TimeWindow> windows) {
  WeeklyWindows out;
  for (std::size_t d = 0; d < 7; ++d)
    for (const auto& w : windows) out.add(static_cast<Weekday>(d), w);
  return out;
}

void WeeklyWindows::add(Weekday day, TimeWindow window, const std::string& record,
                        const std::string& field) {
  validate_window(window, record, field);
  auto& list = days_[static_cast<std::size_t>(day)];
  for (const auto& w : list)
    if (w.overlaps(window))
      throw InputError(record, field,
                       "windows " + format_window(w) + " and " + format_window(window) + " on " +
                           std::string(weekday_name(day)) + " overlap");
  list.insert(std::upper_bound(list.begin(), list.end(), window,
                               [](const TimeWindow& a, const TimeWindow& b) { return a.start < b.start; }),
              window);
}

Duration WeeklyWindows::total() const {
  Duration sum{};
  for (const auto& day : days_)
    for (const auto& w : day) sum += w.length();
  return sum;
}

bool WeeklyWindows::empty() const {
  return std::all_of(days_.begin(), days_.end(), [](const auto& d) { return d.empty(); });
}

std::string WeeklyWindows::text() const {
  std::string out;
  std::array<bool, 7> done{};
  for (std::size_t d = 0; d < 7; ++d) {
    if (done[d] || days_[d].empty()) continue;
    std::array<bool, 7> same{};
    for (std::size_t e = d; e < 7; ++e)
      if (!done[e] && days_[e] == days_[d]) same[e] = done[e] = true;
    if (!out.empty()) out += "; ";
    out += format_days(same) + ' ';
    for (std::size_t i = 0; i < days_[d].size(); ++i)
      out += (i ? "," : "") + format_window(days_[d][i]);
  }
  return out;
}

}  // namespace gridgov
