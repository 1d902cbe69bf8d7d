// Reader of the Curtois–Qu shift scheduling benchmark format.
#include "gridgov/scheduling/Curtois.hpp"

#include <charconv>
#include <map>
#include <optional>

#include "gridgov/core/Error.hpp"
#include "gridgov/detail/Text.hpp"
#include "gridgov/io/Files.hpp"

namespace gridgov::scheduling {
namespace {

using detail::split;
using detail::trim;

enum class Section { none, horizon, shifts, staff, days_off, on_requests, off_requests, cover };

std::optional<Section> section_named(std::string_view word) {
  static const std::map<std::string_view, Section> names{
      {"SECTION_HORIZON", Section::horizon},         {"SECTION_SHIFTS", Section::shifts},
      {"SECTION_STAFF", Section::staff},             {"SECTION_DAYS_OFF", Section::days_off},
      {"SECTION_SHIFT_ON_REQUESTS", Section::on_requests}, {"SECTION_SHIFT_OFF_REQUESTS", Section::off_requests},
      {"SECTION_COVER", Section::cover}};
  const auto it = names.find(word);
  if (it == names.end()) return std::nullopt;
  return it->second;
}

class Reader {
 public:
  explicit Reader(std::string name) : name_(std::move(name)) { problem_.name = name_; }

  void line(std::size_t number, std::string_view text) {
    where_ = name_ + " line " + std::to_string(number);
    text = trim(text);
    if (text.empty() || text.front() == '#') return;
    if (text.starts_with("SECTION_")) {
      const auto s = section_named(text);
      if (!s) throw InputError(where_, "", "unknown section " + gridgov::quoted(std::string(text)));
      section_ = *s;
      return;
    }
    fields_ = split(text, ',');
    for (auto& f : fields_) f = trim(f);
    switch (section_) {
      case Section::none: throw InputError(where_, "", "data before the first SECTION_ line");
      case Section::horizon: horizon(); break;
      case Section::shifts: shift(); break;
      case Section::staff: staff(); break;
      case Section::days_off: days_off(); break;
      case Section::on_requests: request(problem_.on_requests); break;
      case Section::off_requests: request(problem_.off_requests); break;
      case Section::cover: cover(); break;
    }
  }

  Problem finish() {
    where_ = name_;
    if (problem_.days <= 0) throw InputError(name_, "SECTION_HORIZON", "missing");
    if (problem_.shifts.empty()) throw InputError(name_, "SECTION_SHIFTS", "no shift types");
    for (std::size_t t = 0; t < problem_.shifts.size(); ++t) {  // successors may name later shift types
      where_ = name_ + " shift type " + gridgov::quoted(problem_.shifts[t].id);
      for (const auto& next : follow_names_[t]) problem_.shifts[t].cannot_follow.push_back(shift_index(next, "ShiftsThatCannotFollow"));
    }
    for (std::size_t i = 0; i < problem_.staff.size(); ++i) {
      where_ = name_ + " staff " + gridgov::quoted(problem_.staff[i].id);
      auto& limits = problem_.staff[i].max_shifts;
      limits.assign(problem_.shifts.size(), -1);
      for (const auto& [shift, most] : max_shift_names_[i]) limits[shift_index(shift, "MaxShifts")] = most;
      for (std::size_t t = 0; t < limits.size(); ++t)
        if (limits[t] < 0)
          throw InputError(where_, "MaxShifts",
                           "gives no limit for shift type " + gridgov::quoted(problem_.shifts[t].id));
    }
    validate(problem_);
    return std::move(problem_);
  }

 private:
  void expect(std::size_t count, const char* layout) const {
    if (fields_.size() != count)
      throw InputError(where_, "", "expected " + std::to_string(count) + " fields (" + layout + "), got " +
                                       std::to_string(fields_.size()));
  }

  int integer(std::size_t k, const char* field) const { return to_int(fields_.at(k), field); }

  int to_int(std::string_view w, const char* field) const {
    int v = 0;
    const auto [end, ec] = std::from_chars(w.data(), w.data() + w.size(), v);
    if (w.empty() || ec != std::errc() || end != w.data() + w.size())
      throw InputError(where_, field, "expected an integer, got " + gridgov::quoted(std::string(w)));
    return v;
  }

  std::string id(std::size_t k, const char* field) const {
    if (fields_.at(k).empty()) throw InputError(where_, field, "must not be empty");
    return std::string(fields_[k]);
  }

  std::size_t staff_index(std::size_t k) const {
    const auto it = staff_.find(std::string(fields_.at(k)));
    if (it == staff_.end()) throw InputError(where_, "EmployeeID", "unknown staff " + gridgov::quoted(std::string(fields_[k])));
    return it->second;
  }

  std::size_t shift_index(std::string_view shift, const char* field) const {
    const auto it = shifts_.find(std::string(shift));
    if (it == shifts_.end()) throw InputError(where_, field, "unknown shift type " + gridgov::quoted(std::string(shift)));
    return it->second;
  }

  void horizon() {
    expect(1, "days");
    problem_.days = integer(0, "horizon");
  }

  void shift() {
    expect(3, "ShiftID, LengthInMinutes, ShiftsThatCannotFollow");
    ShiftType s{.id = id(0, "ShiftID"), .minutes = integer(1, "LengthInMinutes")};
    if (!shifts_.emplace(s.id, problem_.shifts.size()).second) throw InputError(where_, "ShiftID", "is used twice");
    auto& follow = follow_names_.emplace_back();
    if (!fields_[2].empty())
      for (const auto next : split(fields_[2], '|')) follow.emplace_back(trim(next));
    problem_.shifts.push_back(std::move(s));
  }

  void staff() {
    expect(8, "EmployeeID, MaxShifts, MaxTotalMinutes, MinTotalMinutes, MaxConsecutiveShifts, "
              "MinConsecutiveShifts, MinConsecutiveDaysOff, MaxWeekends");
    Staff s{.id = id(0, "EmployeeID")};
    auto& limits = max_shift_names_.emplace_back();
    for (const auto item : split(fields_[1], '|')) {
      const auto parts = split(item, '=');
      if (parts.size() != 2) throw InputError(where_, "MaxShifts", "expected ShiftID=max, got " + gridgov::quoted(std::string(item)));
      limits.emplace_back(std::string(trim(parts[0])), to_int(trim(parts[1]), "MaxShifts"));
    }
    s.max_total_minutes = integer(2, "MaxTotalMinutes");
    s.min_total_minutes = integer(3, "MinTotalMinutes");
    s.max_consecutive_shifts = integer(4, "MaxConsecutiveShifts");
    s.min_consecutive_shifts = integer(5, "MinConsecutiveShifts");
    s.min_consecutive_days_off = integer(6, "MinConsecutiveDaysOff");
    s.max_weekends = integer(7, "MaxWeekends");
    if (!staff_.emplace(s.id, problem_.staff.size()).second) throw InputError(where_, "EmployeeID", "is used twice");
    problem_.staff.push_back(std::move(s));
  }

  void days_off() {
    if (fields_.size() < 2) throw InputError(where_, "", "expected EmployeeID and at least one DayIndex");
    auto& s = problem_.staff[staff_index(0)];
    for (std::size_t k = 1; k < fields_.size(); ++k) s.days_off.push_back(integer(k, "DayIndex"));
  }

  void request(std::vector<Request>& into) {
    expect(4, "EmployeeID, Day, ShiftID, Weight");
    into.push_back({.staff = staff_index(0), .day = integer(1, "Day"), .shift = shift_index(fields_[2], "ShiftID"),
                    .weight = integer(3, "Weight")});
  }

  void cover() {
    expect(5, "Day, ShiftID, Requirement, WeightUnder, WeightOver");
    problem_.cover.push_back({.day = integer(0, "Day"), .shifts = {shift_index(fields_[1], "ShiftID")},
                              .requirement = integer(2, "Requirement"), .weight_under = integer(3, "WeightUnder"),
                              .weight_over = integer(4, "WeightOver")});
  }

  std::string name_;
  std::string where_;
  Section section_ = Section::none;
  std::vector<std::string_view> fields_;
  Problem problem_;
  std::map<std::string, std::size_t> shifts_, staff_;
  std::vector<std::vector<std::string>> follow_names_;
  std::vector<std::vector<std::pair<std::string, int>>> max_shift_names_;
};

}  // namespace

Problem parse_curtois(std::string_view text, const std::string& name) {
  Reader reader(name);
  const auto lines = split(text, '\n');
  for (std::size_t k = 0; k < lines.size(); ++k) reader.line(k + 1, lines[k]);
  return reader.finish();
}

Problem read_curtois(const std::filesystem::path& path) {
  return parse_curtois(io::read_file(path), path.filename().string());
}

}  // namespace gridgov::scheduling
