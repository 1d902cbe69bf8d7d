#pragma once
// SWAP* (Vidal 2022, "Hybrid genetic search for the CVRP: open-source implementation and SWAP*
// neighborhood"): a visit U of route A and a visit V of route B change routes, each going to
// its best place in the other route rather than the other's old place. Candidates are ranked
// by distance and load, keeping each visit's three best places; the best candidate is then
// evaluated exactly (time windows included).

#include <array>

#include "../WorkingSolution.hpp"

namespace gridgov::routing::search {

class SwapStar {
 public:
  /// Change in penalised cost of the best SWAP* move between routes a and b (>= 0: none pays).
  i64 evaluate(const WorkingSolution& ws, int a, int b);
  /// Applies the move found by the last evaluate().
  void apply(WorkingSolution& ws);

 private:
  struct Place {
    i64 cost = unbounded;
    std::size_t after = 0;  // insert after this position of the other route (0 = its start)
  };
  using Top3 = std::array<Place, 3>;

  // The three cheapest places for `node` in route r (by distance), in position order.
  static Top3 top3(const WorkingSolution& ws, int node, const Route& r);
  // Cheapest place for a node in route r once the node at position `gone` has left it.
  static Place best_without(const WorkingSolution& ws, int node, const Route& r, const Top3& top, std::size_t gone);
  // The route r with the node at `gone` removed and `node` inserted after `after` (original positions).
  static std::vector<int> rebuilt(const Route& r, std::size_t gone, int node, std::size_t after);

  int a_ = -1, b_ = -1;
  std::vector<int> new_a_, new_b_;
};

}  // namespace gridgov::routing::search
