// The text forms inside records: clock times, windows, weekdays, weekly windows and level
// rules (one per line); the first byte picks which. Weekly windows' canonical text must read
// back as the same windows.
#include <string>
#include <vector>

#include "Harness.hpp"
#include "gridgov/core/WeeklyWindows.hpp"
#include "gridgov/detail/Text.hpp"
#include "gridgov/model/Level.hpp"

namespace {

// The rules, one per line.
std::vector<std::string> lines(std::string_view text) {
  std::vector<std::string> out;
  for (const auto line : gridgov::detail::split(text, '\n')) out.emplace_back(line);
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace gridgov;
  const auto input = fuzz::choose(fuzz::text(data, size), 5);
  return fuzz::read_or_reject([&] {
    switch (input.which) {
      case 0: parse_clock(input.rest, "fuzz", "time"); break;
      case 1: parse_window(input.rest, "fuzz", "window"); break;
      case 2: parse_weekday(input.rest, "fuzz", "day"); break;
      case 3: {
        const auto windows = WeeklyWindows::parse(input.rest, "fuzz", "availability");
        fuzz::require(WeeklyWindows::parse(windows.text()) == windows, "weekly windows' text reads back");
        break;
      }
      default: model::LevelRules::parse(lines(input.rest)); break;
    }
  });
}
