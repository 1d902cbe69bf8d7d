#include "gridgov/routing/Problem.hpp"

#include <algorithm>
#include <map>

#include "gridgov/core/Error.hpp"
#include "gridgov/core/Names.hpp"

namespace gridgov::routing {
namespace {

std::string visit_label(const Visit& v, std::size_t i) {
  return v.id.empty() ? "visit " + std::to_string(i) : label("visit", v.id);
}
std::string vehicle_label(const Vehicle& v, std::size_t i) {
  return v.id.empty() ? "vehicle " + std::to_string(i) : label("vehicle", v.id);
}

void check_matrix(const IntMatrix& m, const char* name, Eigen::Index n) {
  if (m.rows() != m.cols()) throw InputError("routing problem", name, "must be a square matrix");
  if (m.rows() != n) throw InputError("routing problem", name, "must have as many rows as the distance matrix");
  if (n == 0) throw InputError("routing problem", name, "must have at least one location");
  for (Eigen::Index i = 0; i < n; ++i)
    for (Eigen::Index j = 0; j < n; ++j)
      if (m(i, j) < 0 || m(i, j) > Duration::max().get() / 1024)
        throw InputError("routing problem", name,
                         "entry (" + std::to_string(i) + ", " + std::to_string(j) + ") must be between 0 and 2^50");
}

void check_location(std::size_t loc, std::size_t n, const std::string& record, const char* field) {
  if (loc >= n)
    throw InputError(record, field, "location " + std::to_string(loc) + " is not in the matrices (" + std::to_string(n) +
                                        " locations)");
}

void check_window(const Window& w, const std::string& record, const char* field) {
  if (w.open < Duration(0)) throw InputError(record, field, "opens before time 0");
  if (w.close < w.open) throw InputError(record, field, "closes before it opens");
}

void check_at_least_zero(std::int64_t v, const std::string& record, const char* field) {
  if (v < 0) throw InputError(record, field, "must not be negative");
}

// Skill tags as bits, so a vehicle-visit match is one AND.
std::uint64_t mask(const std::vector<std::string>& skills, std::map<std::string, int>& bits, const std::string& record) {
  std::uint64_t m = 0;
  for (const auto& s : skills) {
    check_tag(s, record, "skills");
    auto [it, inserted] = bits.emplace(s, static_cast<int>(bits.size()));
    if (it->second >= 64) throw InputError(record, "skills", "more than 64 different skills in one problem");
    m |= std::uint64_t{1} << it->second;
  }
  return m;
}

}  // namespace

Problem::Problem(IntMatrix distance, IntMatrix duration, std::vector<Visit> visits, std::vector<Vehicle> vehicles)
    : distance_(std::move(distance)), duration_(std::move(duration)), visits_(std::move(visits)), vehicles_(std::move(vehicles)) {
  check_matrix(distance_, "distance", distance_.rows());
  check_matrix(duration_, "duration", distance_.rows());
  const auto n = location_count();
  std::map<std::string, int> bits;
  for (std::size_t i = 0; i < vehicles_.size(); ++i) {
    const auto& v = vehicles_[i];
    const auto record = vehicle_label(v, i);
    check_location(v.start, n, record, "start");
    check_location(v.end, n, record, "end");
    check_window(v.shift, record, "shift");
    check_at_least_zero(v.max_duration.get(), record, "max_duration");
    check_at_least_zero(v.capacity, record, "capacity");
    check_at_least_zero(v.fixed_cost.get(), record, "fixed_cost");
    check_at_least_zero(v.distance_cost, record, "distance_cost");
    check_at_least_zero(v.duration_cost, record, "duration_cost");
    if (v.distance_cost > 1'000'000 || v.duration_cost > 1'000'000)
      throw InputError(record, "distance_cost", "unit costs above 1,000,000 risk overflow");
    if (v.meal_break) {
      check_window(v.meal_break->window, record, "meal_break");
      check_at_least_zero(v.meal_break->length.get(), record, "meal_break");
      if (v.meal_break->location) check_location(*v.meal_break->location, n, record, "meal_break");
    }
    if (v.max_reloads < 0) throw InputError(record, "max_reloads", "must not be negative");
    if (v.max_reloads > 0 && !v.reload_location) throw InputError(record, "reload_location", "is needed for reloads");
    if (v.reload_location) check_location(*v.reload_location, n, record, "reload_location");
    check_at_least_zero(v.reload_service.get(), record, "reload_service");
    skill_mask_vehicle_.push_back(mask(v.skills, bits, record));
  }
  for (std::size_t i = 0; i < visits_.size(); ++i) {
    auto& v = visits_[i];
    std::sort(v.windows.begin(), v.windows.end(), [](const Window& a, const Window& b) { return a.open < b.open; });
    const auto record = visit_label(v, i);
    check_location(v.location, n, record, "location");
    check_at_least_zero(v.service.get(), record, "service");
    check_at_least_zero(v.demand, record, "demand");
    check_at_least_zero(v.prize.get(), record, "prize");
    for (const auto& w : v.windows) check_window(w, record, "windows");
    for (std::size_t a = 0; a < v.windows.size(); ++a)
      for (std::size_t b = a + 1; b < v.windows.size(); ++b)
        if (v.windows[a].open <= v.windows[b].close && v.windows[b].open <= v.windows[a].close)
          throw InputError(record, "windows", "windows overlap; give them as disjoint intervals");
    if (v.vehicle && *v.vehicle >= vehicles_.size())
      throw InputError(record, "vehicle", "is pinned to vehicle " + std::to_string(*v.vehicle) + ", which does not exist");
    skill_mask_visit_.push_back(mask(v.skills, bits, record));
  }
}

bool Problem::may_serve(std::size_t vehicle, std::size_t visit) const {
  const auto& v = visits_[visit];
  if (v.vehicle && *v.vehicle != vehicle) return false;
  return (skill_mask_visit_[visit] & ~skill_mask_vehicle_[vehicle]) == 0;
}

}  // namespace gridgov::routing
