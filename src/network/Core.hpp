#pragma once
// The walking network reduced to its junctions, for fast exact shortest paths.
//
// Walking networks are mostly dead-end trees (courtyards, blind lanes) hanging off a core, and
// chains of degree-2 nodes (bends, gates) between junctions. Every node is described by an
// anchor: a tree node by the core node it hangs on (its root) and its depth below it; a core
// node of degree 2 by the chain it lies on and its offset along it; a junction by itself.
// Shortest paths are searched among junctions only (Boost.Graph's Dijkstra on a CSR graph
// whose edges are whole chains) and then extended exactly to any node.

#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#include <boost/graph/compressed_sparse_row_graph.hpp>

namespace gridgov::network::detail {

inline constexpr std::uint32_t none = std::numeric_limits<std::uint32_t>::max();

/// One direction of an edge: its length in millimetres and the edge it belongs to.
struct Arc {
  std::int64_t mm = 0;
  std::uint32_t edge = 0;
};

using Csr = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, Arc,
                                               boost::no_property, std::uint32_t, std::uint32_t>;

/// A maximal path of degree-2 core nodes between junctions `a` and `b` (may be equal).
struct Chain {
  std::uint32_t a = 0, b = 0;  // junction ids
  std::int64_t length = 0;     // mm
};

struct Core {
  Csr graph;                              // junctions, one arc per chain direction (loops left out)
  std::vector<std::uint32_t> junction_node;  // junction id -> node
  std::vector<Chain> chains;
  // Per node:
  std::vector<std::uint32_t> root;         // the core node it hangs on (itself on the core)
  std::vector<std::int64_t> depth;         // mm below its root (0 on the core)
  std::vector<std::uint32_t> junction_of;  // junction id, or none
  std::vector<std::uint32_t> chain_of;     // chain id for degree-2 core nodes, or none
  std::vector<std::int64_t> offset;        // mm from the chain's end `a`
};

/// Builds the core of a graph given as a symmetric CSR (both directions of every edge) whose
/// connected parts are labelled in `component`.
Core build_core(const Csr& full, std::span<const std::int32_t> component, std::size_t component_count);

}  // namespace gridgov::network::detail
