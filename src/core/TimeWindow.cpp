#include "gridgov/core/TimeWindow.hpp"

#include <charconv>
#include <cstdio>

#include "gridgov/core/Error.hpp"

namespace gridgov {
namespace {

bool parse_two_digits(std::string_view text, std::size_t at, int& out) {
  if (at + 2 > text.size()) return false;
  const char a = text[at], b = text[at + 1];
  if (a < '0' || a > '9' || b < '0' || b > '9') return false;
  out = (a - '0') * 10 + (b - '0');
  return true;
}

}  // namespace

Duration parse_clock(std::string_view text, const std::string& record, const std::string& field) {
  const auto fail = [&] {
    return InputError(record, field,
                      "expected a clock time HH:MM between 00:00 and 24:00, got " +
                          quoted(std::string(text)));
  };
  int h = 0, m = 0, s = 0;
  // Accept "H:MM" too, as people write "9:00".
  std::string_view t = text;
  std::string padded;
  if (t.size() >= 4 && t[1] == ':') {
    padded = "0" + std::string(t);
    t = padded;
  }
  if (!(t.size() == 5 || t.size() == 8) || !parse_two_digits(t, 0, h) || t[2] != ':' ||
      !parse_two_digits(t, 3, m))
    throw fail();
  if (t.size() == 8 && (t[5] != ':' || !parse_two_digits(t, 6, s))) throw fail();
  if (m > 59 || s > 59 || h > 24 || (h == 24 && (m > 0 || s > 0))) throw fail();
  return seconds(h * 3600 + m * 60 + s);
}

std::string format_clock(Duration t) {
  const auto v = t.get();
  char buf[32];
  if (v % 60 == 0)
    std::snprintf(buf, sizeof buf, "%02lld:%02lld", static_cast<long long>(v / 3600),
                  static_cast<long long>(v / 60 % 60));
  else
    std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld", static_cast<long long>(v / 3600),
                  static_cast<long long>(v / 60 % 60), static_cast<long long>(v % 60));
  return buf;
}

TimeWindow parse_window(std::string_view text, const std::string& record,
                        const std::string& field) {
  const auto dash = text.find('-');
  if (dash == std::string_view::npos)
    throw InputError(record, field,
                     "expected a time window HH:MM-HH:MM, got " + quoted(std::string(text)));
  TimeWindow w{parse_clock(text.substr(0, dash), record, field),
               parse_clock(text.substr(dash + 1), record, field)};
  validate_window(w, record, field);
  return w;
}

std::string format_window(const TimeWindow& w) {
  return format_clock(w.start) + "-" + format_clock(w.end);
}

void validate_window(const TimeWindow& w, const std::string& record, const std::string& field) {
  if (w.start < Duration(0) || w.end > day_length)
    throw InputError(record, field, "time window " + format_window(w) + " is not within the day");
  if (w.end <= w.start)
    throw InputError(record, field,
                     "time window " + format_window(w) + " must end after it starts");
}

}  // namespace gridgov
