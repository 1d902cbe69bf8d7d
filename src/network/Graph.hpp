#pragma once
// The private insides of a WalkingNetwork: the checked records, the Boost.Graph CSR graph, its
// connected parts, its junction core (Core.hpp) and the spatial index used for snapping.

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

#include "Core.hpp"
#include "SegmentIndex.hpp"
#include "gridgov/network/WalkingNetwork.hpp"

namespace gridgov::network::detail {

struct Graph {
  std::vector<Node> nodes;
  std::vector<Edge> edges;
  std::optional<GeoOrigin> origin;
  std::unordered_map<std::int64_t, std::size_t> index;  // node id -> position
  std::vector<std::uint32_t> edge_from, edge_to;        // node positions per edge
  std::vector<std::int64_t> edge_mm;                    // length per edge
  Csr full;                                             // both directions of every edge
  std::vector<std::int32_t> component;
  std::size_t component_count = 0;
  Core core;
  SegmentIndex segments;
  double total_length = 0.0;
};

/// Builds and checks the graph (the body of WalkingNetwork's constructor).
Graph build_graph(std::vector<Node> nodes, std::vector<Edge> edges, std::optional<GeoOrigin> origin);

inline constexpr std::int64_t unreachable_mm = std::numeric_limits<std::int64_t>::max() / 4;

/// A starting label of a search: a node reached at a given length.
struct Seed {
  std::uint32_t node;
  std::int64_t mm;
};

/// Reusable memory for repeated searches on one graph by one thread.
class SearchSpace {
 public:
  /// Searches may stop once every junction that the target nodes depend on is settled.
  SearchSpace(const Graph& g, std::span<const std::uint32_t> targets);

  /// Runs a search from the seeds; afterwards length(v) gives exact lengths to the targets.
  void search(std::span<const Seed> seeds);

  /// Millimetres from the seeds to node v (a target of this space), or unreachable_mm.
  [[nodiscard]] std::int64_t length(std::uint32_t v) const;

 private:
  struct ChainSeed {
    std::uint32_t chain;
    std::int64_t offset, mm;
  };
  void lift(std::uint32_t v, std::int64_t mm);
  void walk_tree(std::uint32_t v, std::int64_t mm);
  [[nodiscard]] std::int64_t core_length(std::uint32_t v) const;

  const Graph* g_;
  std::vector<std::int64_t> dist_;       // per junction
  std::vector<char> is_target_;          // per junction
  std::size_t target_count_ = 0;
  std::vector<std::uint32_t> sources_;   // junction seeds of the current search
  std::vector<ChainSeed> chain_seeds_;   // seeds lying inside a chain
  std::vector<std::int64_t> local_;      // per node: lengths inside a seed's tree
  std::vector<std::uint32_t> touched_;   // nodes whose local_ is set
  std::vector<std::pair<std::uint32_t, std::uint32_t>> stack_;  // tree walk: node, parent
};

/// Runs body(row, space) for rows [0, n) over `threads` workers (0 = every core), each worker
/// with its own search space made by make_space().
void for_each_row(std::size_t n, int threads, const std::function<SearchSpace()>& make_space,
                  const std::function<void(std::size_t, SearchSpace&)>& body);

}  // namespace gridgov::network::detail
