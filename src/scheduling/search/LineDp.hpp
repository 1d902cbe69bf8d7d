#pragma once
// One person's best line of work over a window of days, found by dynamic programming over their
// contract with the rest of their line fixed: a resource-constrained shortest path whose states
// are (the class of the last shift type or off, run length, whether the run began on day 0) and whose labels
// carry cost, minutes, weekends and the counts of shift types with a binding limit. Labels are
// kept on the Pareto front of each state (exact), at most `beam` per state (then the cheapest).

#include <algorithm>
#include <cstdint>
#include <span>
#include <vector>

#include "Data.hpp"
#include "gridgov/core/Deadline.hpp"

namespace gridgov::scheduling::search {

/// The fairness term as one unit's line sees it: weight * (max(high, m) - min(low, m)) for its
/// members' worked minutes m, where high and low are everyone else's extremes. Weight 0: none.
struct Spread {
  Cost weight = 0;
  long long high = 0, low = 0;
  [[nodiscard]] Cost cost(long long m) const { return weight == 0 ? 0 : weight * (std::max(high, m) - std::min(low, m)); }
};

class LineDp {
 public:
  /// At most `beam` labels per state; a line still being found at `deadline` is given up.
  LineDp(const Data& data, int beam, Deadline deadline = {}) : data_(data), beam_(beam), deadline_(deadline) {}

  /// Rewrites days [first, last) of `line` (unit u's whole line; the rest stays) with the line of
  /// least total `cost` (cost[(day - first) * types + type] for working type on day; 0 for a day
  /// off) plus `spread` of the line's minutes that keeps the whole line within u's contract.
  /// `first` is a Monday (a multiple of 7) and `last` a Monday or the horizon's end. Without
  /// `meet_minimum` the line may stay below the minimum of worked minutes (a start built window
  /// by window meets it in its last window). Returns false, leaving `line` as it was, when no
  /// such line is found (or the deadline passed before it was).
  bool improve(std::size_t u, int first, int last, std::span<const Cost> cost, std::span<int> line, const Spread& spread = {},
               bool meet_minimum = true);

 private:
  struct Key {
    int status = off;  // the class of the shift type worked (Data::klass), or off
    int run = 0;       // length of the current run of work or rest (capped)
    bool from_start = false;
  };
  struct Label {
    Cost cost = 0;
    int minutes = 0, weekends = 0;
    int parent = -1, choice = off;
    std::uint32_t counts = 0;  // offset of its tracked counts in the day's pool
    Key key{};
  };
  struct Context;  // the fixed rest of the line: totals outside, and the runs around the window

  bool step(const Person& person, const Key& from, int choice, Key& to) const;
  bool closes(const Person& person, const Context& c, const Key& k) const;
  // The DP over the window under c's limits; the best line into window_, or false if none.
  bool search(const Person& person, const Context& c, int first, int last, std::span<const Cost> cost, const Spread& spread,
              int minutes_out);
  void add(std::size_t day_index, const Label& label, std::span<const std::uint16_t> counts, const Context& c);
  bool dominates(const Label& a, std::span<const std::uint16_t> ca, const Label& b, std::span<const std::uint16_t> cb,
                 const Context& c) const;

  const Data& data_;
  int beam_;
  Deadline deadline_;
  std::size_t tracked_ = 0;
  std::vector<int> window_;                                // the line found over the window
  std::vector<std::vector<int>> choices_;                  // per day of the window: the types tried
  std::vector<std::vector<Label>> labels_;                 // per day of the window
  std::vector<std::vector<std::uint16_t>> pools_;          // per day: tracked counts of its labels
  std::vector<std::vector<std::vector<int>>> buckets_;     // per day, per key: label indices
};

}  // namespace gridgov::scheduling::search
