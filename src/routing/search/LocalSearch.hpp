#pragma once
// Local search over granular neighbourhoods: for each promising node U and each of its nearest
// neighbours V, the first improving move of the operators is applied; nodes around a change
// become promising again; it ends when no promising node can improve, or at the deadline.

#include <vector>

#include "WorkingSolution.hpp"
#include "gridgov/core/Deadline.hpp"
#include "gridgov/core/Random.hpp"
#include "operators/Exchange.hpp"
#include "operators/SwapStar.hpp"
#include "operators/SwapTails.hpp"

namespace gridgov::routing::search {

struct LocalSearchStats {
  std::size_t evaluations = 0, improvements = 0;
};

class LocalSearch {
 public:
  /// Every search stops at `deadline`, between two moves: the plan stays whole, only less
  /// improved (a node not yet inserted stays out).
  LocalSearch(const Data& d, std::vector<std::vector<int>> neighbours, Deadline deadline = {});

  /// Improves ws under its penalties. Exhaustive: every node is promising to start with;
  /// otherwise only those marked since the last search.
  void search(WorkingSolution& ws, Random& rng, bool exhaustive);
  /// Marks a node for the next search.
  void mark(int node) { promising_[static_cast<std::size_t>(node)] = 1; }
  /// Marks a node and its neighbours in its route for the next search.
  void mark_with_neighbours(const WorkingSolution& ws, int node) { mark_around(ws, node); }
  [[nodiscard]] const std::vector<std::vector<int>>& neighbours() const { return neighbours_; }
  [[nodiscard]] const LocalSearchStats& stats() const { return stats_; }

 private:
  bool improve(WorkingSolution& ws, int u);
  bool node_pass(WorkingSolution& ws);
  bool swap_star_pass(WorkingSolution& ws);
  bool insert_or_replace(WorkingSolution& ws, int u);
  bool try_pair(WorkingSolution& ws, int u, int v);
  bool try_empty_route(WorkingSolution& ws, int u);
  /// Marks a node and its neighbours in its route as promising.
  void mark_around(const WorkingSolution& ws, int node);
  [[nodiscard]] bool removable(int u) const;
  [[nodiscard]] i64 prize_change_on_insert(const WorkingSolution& ws, int u) const;

  const Data* d_;
  std::vector<std::vector<int>> neighbours_;
  Deadline deadline_;
  std::vector<Exchange> exchanges_;
  SwapTails swap_tails_;
  SwapStar swap_star_;
  std::vector<std::size_t> swap_star_at_;  // per route: ws.moves when its pairs were last tried
  std::vector<char> promising_;
  std::vector<std::size_t> tested_at_;  // ws.moves when u was last fully tried
  std::vector<int> order_;
  LocalSearchStats stats_;
};

/// For each node, its `count` nearest others by a proximity that adds to the distance the
/// waiting and time warp travelling between them would cause (symmetric, nodes of the same
/// vehicle-only kind excluded).
std::vector<std::vector<int>> granular_neighbours(const Data& d, int count);

}  // namespace gridgov::routing::search
