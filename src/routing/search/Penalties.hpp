#pragma once
// Penalty weights that adapt so that about a target share of recent candidate plans are
// feasible for each kind of rule (load, time), in the spirit of Vidal et al. (2012) and PyVRP.


#include "Plan.hpp"

namespace gridgov::routing::search {

class PenaltyManager {
 public:
  /// Starting weights scaled to the data: a unit of excess load costs about an average edge per
  /// average demand; a unit of time warp about an edge's cost per unit of its duration.
  explicit PenaltyManager(const Data& d);

  [[nodiscard]] const Penalties& penalties() const { return pen_; }
  /// Large weights for repairing or starting from scratch.
  [[nodiscard]] Penalties strict() const { return {pen_.load * 100, pen_.time * 100}; }
  /// Records a candidate's feasibility; every `window` candidates the weights move.
  void record(const PlanCost& c);

 private:
  static void adjust(i64& weight, double feasible_share);

  Penalties pen_;
  int window_ = 100, seen_ = 0, load_ok_ = 0, time_ok_ = 0;
};

}  // namespace gridgov::routing::search
