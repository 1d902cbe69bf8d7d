#pragma once
/// \file The walking network: alleys, lanes and streets as an undirected graph, with places
/// snapped onto it and shortest-path travel matrices between them (Boost.Graph underneath).

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <vector>

#include <Eigen/Core>

#include "gridgov/core/Geometry.hpp"
#include "gridgov/network/Position.hpp"
#include "gridgov/network/TravelMatrices.hpp"

namespace gridgov::network {

namespace detail {
struct Graph;
}

/// A junction, bend or dead end of the network.
struct Node {
  std::int64_t id = 0;  ///< Stable id (an OpenStreetMap node id, or any integer).
  Point position{};       ///< Local metres.
  friend bool operator==(const Node&, const Node&) = default;
};

/// A walkable segment between two nodes, usable both ways.
struct Edge {
  std::int64_t source = 0;       ///< Id of one end node.
  std::int64_t target = 0;       ///< Id of the other end node.
  std::optional<double> length{};  ///< Metres; when absent, the straight line between the nodes.
  friend bool operator==(const Edge&, const Edge&) = default;
};

/// An immutable walking network. Copies share the same graph, so passing it by value is cheap
/// and it is safe to read from many threads at once.
///
/// Lengths are kept as whole millimetres inside, so shortest paths are summed exactly and
/// rounded once, to metres and seconds, when a travel matrix is made.
class WalkingNetwork {
 public:
  /// An empty network (no nodes, no edges).
  WalkingNetwork();

  /// Builds and checks a network. Throws InputError naming the node or edge at fault: duplicate
  /// node id, non-finite coordinate, an edge to an unknown node, an edge from a node to itself,
  /// a negative or non-finite length. `origin` says where local (0, 0) is on the globe, when
  /// the network came from geographic data.
  WalkingNetwork(std::vector<Node> nodes, std::vector<Edge> edges,
                 std::optional<GeoOrigin> origin = std::nullopt);

  [[nodiscard]] std::size_t node_count() const;
  [[nodiscard]] std::size_t edge_count() const;
  /// Nodes in the order given.
  [[nodiscard]] const std::vector<Node>& nodes() const;
  /// Edges in the order given, every length filled in.
  [[nodiscard]] const std::vector<Edge>& edges() const;
  /// The geographic origin of the local plane, if known.
  [[nodiscard]] const std::optional<GeoOrigin>& origin() const;
  /// Total length of all edges in metres.
  [[nodiscard]] double total_length() const;

  /// Position of a node id in nodes(); throws InputError when unknown.
  [[nodiscard]] std::size_t node_index(std::int64_t id) const;

  /// Number of connected parts of the network.
  [[nodiscard]] std::size_t component_count() const;
  /// For each node (in nodes() order) the part it lies in; parts are numbered by decreasing
  /// size, so part 0 is the largest.
  [[nodiscard]] const std::vector<std::int32_t>& components() const;

  /// The nearest point on any edge to `p`. Throws InputError if the network has no edges.
  [[nodiscard]] Position snap(const Point& p) const;

  /// Shortest walking lengths in metres (millimetre precision) between network nodes given by
  /// id; +infinity where no path exists. `threads` = 0 uses every core.
  [[nodiscard]] Eigen::MatrixXd path_lengths(std::span<const std::int64_t> from,
                                             std::span<const std::int64_t> to,
                                             int threads = 0) const;

  /// Distance and travel-time matrices between snapped places. Throws InputError naming the
  /// first pair with no path between them.
  [[nodiscard]] TravelMatrices travel(std::span<const Position> from,
                                      std::span<const Position> to,
                                      const TravelOptions& options = {}) const;

  /// The shortest walk between two snapped places as a polyline: the place, its point on the
  /// network, the nodes passed, the other point, the other place. Throws InputError when they
  /// lie on separate parts of the network.
  [[nodiscard]] std::vector<Point> walk(const Position& from, const Position& to) const;

  /// Same nodes, edges (with their lengths) and origin.
  friend bool operator==(const WalkingNetwork& a, const WalkingNetwork& b);

 private:
  std::shared_ptr<const detail::Graph> graph_;
};

}  // namespace gridgov::network
