#pragma once
// Random rostering problems, shared by the solver's oracle test (OracleTest.cpp) and its property
// tests (PropertyTest.cpp).

#include <algorithm>
#include <string>

#include "gridgov/core/Random.hpp"
#include "gridgov/scheduling/Problem.hpp"

namespace gridgov::fixtures {

/// A random problem with `staff` people, `days` days and `shifts` shift types, each rule of the
/// model switched on with some chance, so every rule is exercised across the set; `fairness` is
/// its weight.
inline scheduling::Problem random_problem(Random& rng, std::size_t staff, int days, std::size_t shifts,
                                          scheduling::Cost fairness) {
  using namespace scheduling;
  Problem p;
  p.name = "oracle";
  p.days = days;
  for (std::size_t t = 0; t < shifts; ++t) {
    ShiftType s;
    s.id = std::string(1, static_cast<char>('A' + t));
    s.minutes = static_cast<int>(rng.uniform_int(4, 10)) * 60;
    s.start = static_cast<int>(rng.uniform_int(0, 16)) * 60;
    p.shifts.push_back(s);
  }
  if (shifts > 1 && rng.chance(0.5)) p.shifts[0].cannot_follow = {1};
  for (std::size_t i = 0; i < staff; ++i) {
    Staff s;
    s.id = "S" + std::to_string(i);
    if (rng.chance(0.4)) {
      s.max_shifts.resize(shifts);
      for (auto& m : s.max_shifts) m = static_cast<int>(rng.uniform_int(0, days));
    }
    if (rng.chance(0.3)) s.min_total_minutes = static_cast<int>(rng.uniform_int(0, 2)) * 300;
    if (rng.chance(0.3)) s.max_total_minutes = std::max(s.min_total_minutes, static_cast<int>(rng.uniform_int(1, days)) * 480);
    if (rng.chance(0.3)) s.min_consecutive_shifts = static_cast<int>(rng.uniform_int(1, 2));
    if (rng.chance(0.4)) s.max_consecutive_shifts = static_cast<int>(rng.uniform_int(s.min_consecutive_shifts, 3));
    if (rng.chance(0.3)) s.min_consecutive_days_off = static_cast<int>(rng.uniform_int(1, 2));
    if (rng.chance(0.3)) s.max_weekends = 0;
    if (rng.chance(0.3)) s.days_off = {static_cast<int>(rng.uniform_int(0, days - 1))};
    if (rng.chance(0.2)) s.unavailable = {{static_cast<int>(rng.uniform_int(0, days - 1)), 8 * 60, 12 * 60}};
    if (rng.chance(0.2)) s.min_rest_minutes = 12 * 60;
    if (rng.chance(0.5)) s.skills = {"en"};
    p.staff.push_back(s);
  }
  for (int d = 0; d < days; ++d)
    for (std::size_t t = 0; t < shifts; ++t) {
      if (rng.chance(0.7)) {
        Cover c;
        c.day = d, c.shifts = {t}, c.requirement = static_cast<int>(rng.uniform_int(0, 2));
        c.weight_under = rng.uniform_int(1, 100), c.weight_over = rng.uniform_int(0, 30);
        p.cover.push_back(c);
      }
      if (rng.chance(0.15)) {
        Cover c;
        c.day = d, c.shifts = {t}, c.skill = "en", c.requirement = 1, c.weight_under = rng.uniform_int(1, 60);
        p.cover.push_back(c);
      }
      if (rng.chance(0.2)) p.on_requests.push_back({rng.index(staff), d, t, rng.uniform_int(1, 5)});
      if (rng.chance(0.2)) p.off_requests.push_back({rng.index(staff), d, t, rng.uniform_int(1, 5)});
    }
  if (staff > 1 && rng.chance(0.15)) p.pairs = {{0, 1}};
  p.fairness_weight = fairness;
  validate(p);
  return p;
}

}  // namespace gridgov::fixtures
