// Households' chances of answering the door by hour, given or drawn from a typical pattern.
#include "gridgov/field/HomeModel.hpp"

#include <cmath>

#include "gridgov/core/Error.hpp"
#include "gridgov/field/Draws.hpp"

namespace gridgov::field {
namespace {

// A day in four parts: night (22-07), the edges of the day (07-08, 18-19), the day (08-18) and
// the evening (19-22).
HourlyChance pattern(double night, double edge, double day, double evening) {
  HourlyChance c{};
  for (int h = 0; h < 24; ++h) {
    c[static_cast<std::size_t>(h)] = h < 7 || h >= 22 ? night : h == 7 || h == 18 ? edge : h < 18 ? day : evening;
  }
  return c;
}

}  // namespace

HomeModel::HomeModel(const model::Community& community, std::vector<HourlyChance> chances) : chances_(std::move(chances)) {
  const auto& households = community.households();
  if (chances_.size() != households.size()) {
    throw InputError("home model", "chances",
                     "has " + std::to_string(chances_.size()) + " rows for " + std::to_string(households.size()) +
                         " households");
  }
  for (std::size_t i = 0; i < chances_.size(); ++i) {
    for (std::size_t h = 0; h < 24; ++h) {
      const double p = chances_[i][h];
      if (!(p >= 0 && p <= 1)) {
        throw InputError("household " + quoted(households[i].id), "home chance at hour " + std::to_string(h),
                         "must lie in [0, 1], not " + std::to_string(p));
      }
    }
  }
}

HomeModel HomeModel::typical(const model::Community& community, std::uint64_t seed) {
  const Draws draws(seed);
  std::vector<HourlyChance> chances;
  chances.reserve(community.households().size());
  for (std::size_t i = 0; i < community.households().size(); ++i) {
    const auto& h = community.households()[i];
    const double draw = draws.uniform(Purpose::home_pattern, i);  // keyed by household: flags do not shift others
    if (h.home_observation) {
      chances.push_back(pattern(0.3, 0.9, 0.95, 0.95));
    } else if (h.elderly_alone) {
      chances.push_back(pattern(0.2, 0.8, 0.85, 0.9));
    } else if (draw < 0.45) {
      chances.push_back(pattern(0.2, 0.4, 0.15, 0.75));
    } else if (draw < 0.80) {
      chances.push_back(pattern(0.2, 0.7, 0.6, 0.85));
    } else {
      chances.push_back(pattern(0.1, 0.15, 0.1, 0.35));
    }
  }
  return HomeModel(community, std::move(chances));
}

double HomeModel::chance(std::size_t household, Duration clock) const {
  const auto day = hours(24).get();
  const auto hour = ((clock.get() % day + day) % day) / 3600;
  return chances_.at(household)[static_cast<std::size_t>(hour)];
}

}  // namespace gridgov::field
