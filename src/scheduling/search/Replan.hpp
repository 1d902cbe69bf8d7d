#pragma once
// The large neighbourhood: some units (people, or people who serve together) re-planned over
// some weeks. They are taken off those days, then each in turn is given their best line
// (LineDp) against everyone else's roster.

#include <span>
#include <vector>

#include "LineDp.hpp"
#include "WorkingRoster.hpp"
#include "gridgov/core/Random.hpp"

namespace gridgov::scheduling::search {

/// How a re-planning goes.
struct ReplanOptions {
  double noise = 0;           ///< > 0 blurs the costs each unit sees by up to that fraction, to explore.
  double lead_noise = 0;      ///< > 0: the first unit's costs are blurred by up to this instead (a kick, Solve.cpp).
  bool insist = false;        ///< Retry a failed line with the wide beam.
  bool meet_minimum = true;   ///< False before the last window of a rolling start (LineDp).
  Cost bonus = 0;             ///< Taken per minute off every shift, to build worked minutes up.
};

class Replan {
 public:
  /// `beam` labels per DP state normally; `wide` when asked to insist (construction, repair).
  /// A run still going at `deadline` fails.
  Replan(const Data& data, int beam, int wide, Deadline deadline = {})
      : data_(data), dp_(data, beam, deadline), wide_(data, wide, deadline) {}

  /// Re-plans `who` (in that order) over days [first, last). Returns false, with the roster as it
  /// was, when some unit gets no line within its contract.
  bool run(WorkingRoster& roster, std::span<const std::size_t> who, int first, int last, Random& rng, const ReplanOptions& how = {});
  /// Puts back what the last run changed.
  void undo(WorkingRoster& roster);

 private:
  const Data& data_;
  LineDp dp_, wide_;
  std::vector<Cost> cost_;
  std::vector<int> line_;
  std::vector<std::size_t> who_;
  std::vector<int> saved_;  // the replaced cells, person by person
  int first_ = 0, last_ = 0;
};

}  // namespace gridgov::scheduling::search
