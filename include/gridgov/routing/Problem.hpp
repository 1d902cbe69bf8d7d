#pragma once
/// \file A routing problem: matrices between locations, the visits to make and the vehicles to
/// make them, checked when made.
///
/// Objective (minimised), in cost units:
///   prizes of the optional visits not made
/// + fixed costs of the vehicles used (a vehicle is used when its route makes a visit)
/// + for each used vehicle: distance_cost x route distance + duration_cost x route duration,
/// where the route distance sums the distance matrix along start, stops (visits, the meal break,
/// reloads) and end, and the route duration runs from leaving start to arriving at end, leaving
/// as late as possible without arriving later (so waiting is not counted needlessly).

#include <vector>

#include "gridgov/network/TravelMatrices.hpp"
#include "gridgov/routing/Vehicle.hpp"
#include "gridgov/routing/Visit.hpp"

namespace gridgov::routing {

using network::IntMatrix;

/// An immutable, checked routing problem.
class Problem {
 public:
  /// Checks everything and throws InputError naming the visit or vehicle and field at fault:
  /// matrices not square or of different sizes or with negative entries, locations out of
  /// range, windows that close before they open, negative service, demand, prize or capacity,
  /// skills that are not tags, pins to unknown vehicles, breaks longer than their window.
  Problem(IntMatrix distance, IntMatrix duration, std::vector<Visit> visits, std::vector<Vehicle> vehicles);

  [[nodiscard]] const IntMatrix& distance() const { return distance_; }
  [[nodiscard]] const IntMatrix& duration() const { return duration_; }
  [[nodiscard]] const std::vector<Visit>& visits() const { return visits_; }
  [[nodiscard]] const std::vector<Vehicle>& vehicles() const { return vehicles_; }
  [[nodiscard]] std::size_t location_count() const { return static_cast<std::size_t>(distance_.rows()); }

  /// True when the vehicle has every skill the visit needs and the visit is not pinned to
  /// another vehicle.
  [[nodiscard]] bool may_serve(std::size_t vehicle, std::size_t visit) const;

  [[nodiscard]] Distance distance(std::size_t from, std::size_t to) const {
    return Distance(distance_(static_cast<Eigen::Index>(from), static_cast<Eigen::Index>(to)));
  }
  [[nodiscard]] Duration duration(std::size_t from, std::size_t to) const {
    return Duration(duration_(static_cast<Eigen::Index>(from), static_cast<Eigen::Index>(to)));
  }

 private:
  IntMatrix distance_, duration_;
  std::vector<Visit> visits_;
  std::vector<Vehicle> vehicles_;
  std::vector<std::uint64_t> skill_mask_visit_, skill_mask_vehicle_;
};

}  // namespace gridgov::routing
