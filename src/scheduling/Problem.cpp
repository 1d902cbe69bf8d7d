// Checks on a rostering problem before it is used.
#include "gridgov/scheduling/Problem.hpp"

#include <algorithm>
#include <set>
#include <tuple>
#include <utility>

#include "gridgov/core/Error.hpp"

namespace gridgov::scheduling {
namespace {

void non_negative(long long value, const std::string& record, const char* field) {
  if (value < 0) throw InputError(record, field, "must not be negative, got " + std::to_string(value));
}

void in_range(long long value, long long size, const std::string& record, const char* field, const char* what) {
  if (value < 0 || value >= size)
    throw InputError(record, field, std::to_string(value) + " is not a " + what + " (there are " + std::to_string(size) + ")");
}

// A record's id must be non-empty and unique among its kind; returns the record's name.
std::string named(const char* kind, const std::string& id, std::size_t k, std::set<std::string>& ids) {
  const auto record = std::string(kind) + " " + (id.empty() ? std::to_string(k) : gridgov::quoted(id));
  if (id.empty()) throw InputError(record, "id", "must not be empty");
  if (!ids.insert(id).second) throw InputError(record, "id", "is used twice");
  return record;
}

void check_shifts(const Problem& p) {
  std::set<std::string> ids;
  for (std::size_t t = 0; t < p.shifts.size(); ++t) {
    const auto& s = p.shifts[t];
    const auto record = named("shift type", s.id, t, ids);
    if (s.minutes <= 0) throw InputError(record, "minutes", "must be positive, got " + std::to_string(s.minutes));
    if (s.start < -1 || s.start >= 24 * 60) throw InputError(record, "start", "must be minutes after midnight (0..1439) or -1");
    for (const auto next : s.cannot_follow)
      in_range(static_cast<long long>(next), static_cast<long long>(p.shifts.size()), record, "cannot_follow", "shift type");
  }
}

void check_staff(const Problem& p) {
  std::set<std::string> ids;
  for (std::size_t i = 0; i < p.staff.size(); ++i) {
    const auto& s = p.staff[i];
    const auto record = named("staff", s.id, i, ids);
    if (!s.max_shifts.empty() && s.max_shifts.size() != p.shifts.size())
      throw InputError(record, "max_shifts", "has " + std::to_string(s.max_shifts.size()) + " entries for " +
                                                 std::to_string(p.shifts.size()) + " shift types");
    for (const auto m : s.max_shifts) non_negative(m, record, "max_shifts");
    non_negative(s.min_total_minutes, record, "min_total_minutes");
    if (s.max_total_minutes < s.min_total_minutes) throw InputError(record, "max_total_minutes", "is below min_total_minutes");
    if (s.min_consecutive_shifts < 1) throw InputError(record, "min_consecutive_shifts", "must be at least 1");
    if (s.max_consecutive_shifts < s.min_consecutive_shifts)
      throw InputError(record, "max_consecutive_shifts", "is below min_consecutive_shifts");
    if (s.min_consecutive_days_off < 1) throw InputError(record, "min_consecutive_days_off", "must be at least 1");
    non_negative(s.max_weekends, record, "max_weekends");
    for (const auto d : s.days_off) in_range(d, p.days, record, "days_off", "day of the horizon");
    for (const auto& u : s.unavailable) {
      in_range(u.day, p.days, record, "unavailable", "day of the horizon");
      if (u.start < 0 || u.end > 24 * 60 || u.start >= u.end)
        throw InputError(record, "unavailable", "day " + std::to_string(u.day) + ": [" + std::to_string(u.start) + ", " +
                                                    std::to_string(u.end) + ") is not a stretch of minutes within the day");
    }
    non_negative(s.min_rest_minutes, record, "min_rest_minutes");
    for (const auto& skill : s.skills)
      if (skill.empty()) throw InputError(record, "skills", "a skill must not be empty");
  }
}

void check_pairs(const Problem& p) {
  for (std::size_t k = 0; k < p.pairs.size(); ++k) {
    const auto& [a, b] = p.pairs[k];
    const auto record = "pair " + std::to_string(k);
    in_range(static_cast<long long>(a), static_cast<long long>(p.staff.size()), record, "first", "staff index");
    in_range(static_cast<long long>(b), static_cast<long long>(p.staff.size()), record, "second", "staff index");
    if (a == b) throw InputError(record, "second", "pairs the staff member " + gridgov::quoted(p.staff[a].id) + " with themselves");
  }
}

void check_requests(const Problem& p, const std::vector<Request>& requests, const char* kind) {
  for (std::size_t k = 0; k < requests.size(); ++k) {
    const auto& r = requests[k];
    const auto record = std::string(kind) + " request " + std::to_string(k);
    in_range(static_cast<long long>(r.staff), static_cast<long long>(p.staff.size()), record, "staff", "staff index");
    in_range(r.day, p.days, record, "day", "day of the horizon");
    in_range(static_cast<long long>(r.shift), static_cast<long long>(p.shifts.size()), record, "shift", "shift type");
    non_negative(r.weight, record, "weight");
  }
}

void check_cover(const Problem& p) {
  std::set<std::tuple<int, std::vector<std::size_t>, std::string>> seen;
  for (std::size_t k = 0; k < p.cover.size(); ++k) {
    const auto& c = p.cover[k];
    const auto record = "cover row " + std::to_string(k);
    in_range(c.day, p.days, record, "day", "day of the horizon");
    if (c.shifts.empty()) throw InputError(record, "shifts", "names no shift type");
    for (const auto t : c.shifts) in_range(static_cast<long long>(t), static_cast<long long>(p.shifts.size()), record, "shifts", "shift type");
    auto shifts = c.shifts;
    std::sort(shifts.begin(), shifts.end());
    if (std::adjacent_find(shifts.begin(), shifts.end()) != shifts.end())
      throw InputError(record, "shifts", "names a shift type twice");
    non_negative(c.requirement, record, "requirement");
    non_negative(c.weight_under, record, "weight_under");
    non_negative(c.weight_over, record, "weight_over");
    if (!seen.emplace(c.day, std::move(shifts), c.skill).second)
      throw InputError(record, "shifts", "a second row for day " + std::to_string(c.day) + " and the same shift types" +
                                             (c.skill.empty() ? std::string() : " and skill " + gridgov::quoted(c.skill)));
  }
}

}  // namespace

void validate(const Problem& p) {
  const auto record = p.name.empty() ? std::string("problem") : "problem " + gridgov::quoted(p.name);
  if (p.days <= 0) throw InputError(record, "days", "the horizon must have at least one day");
  check_shifts(p);
  check_staff(p);
  check_requests(p, p.on_requests, "on");
  check_requests(p, p.off_requests, "off");
  check_cover(p);
  check_pairs(p);
  non_negative(p.fairness_weight, record, "fairness_weight");
}

}  // namespace gridgov::scheduling
