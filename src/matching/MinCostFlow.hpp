#pragma once
// Min-cost max-flow on Boost.Graph: successive shortest paths with Dijkstra on reduced costs
// (boost::successive_shortest_path_nonnegative_weights; Edmonds & Karp 1972, Tomizawa 1971).
//
// Costs are held as doubles although every cost is an integer: Boost adds the search's
// "infinity" to the potential of every node it cannot reach, which overflows a signed integer
// but stays defined for a double, and integers below 2^53 add exactly.

#include <cstdint>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

namespace gridgov::matching::detail {

class MinCostFlow {
 public:
  explicit MinCostFlow(std::size_t nodes);

  /// Adds an arc (and its residual twin) from `from` to `to`; returns the arc's number.
  std::size_t add_arc(std::size_t from, std::size_t to, std::int64_t capacity, std::int64_t cost);

  /// Sends the most flow from `source` to `sink`, at the least cost for that much.
  void solve(std::size_t source, std::size_t sink);

  /// Flow on an arc after solve().
  [[nodiscard]] std::int64_t flow(std::size_t arc) const;

 private:
  using Traits = boost::adjacency_list_traits<boost::vecS, boost::vecS, boost::directedS>;
  struct Arc {
    std::int64_t capacity = 0;
    std::int64_t residual = 0;
    double cost = 0;
    Traits::edge_descriptor reverse{};
  };
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, boost::no_property, Arc>;

  Graph graph_;
  std::vector<Traits::edge_descriptor> arcs_;  // forward arcs in the order added
};

}  // namespace gridgov::matching::detail
