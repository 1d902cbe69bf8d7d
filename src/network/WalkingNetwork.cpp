#include "gridgov/network/WalkingNetwork.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

#include <boost/graph/connected_components.hpp>

#include "Graph.hpp"
#include "gridgov/core/Error.hpp"

namespace gridgov::network {
namespace detail {
namespace {

constexpr double max_edge_length_m = 1.0e6;  // longer than any walk; guards the integer sums

std::string node_label(const Node& n) { return "node " + std::to_string(n.id); }
std::string edge_label(std::size_t i) { return "edge " + std::to_string(i); }

void check_nodes(const std::vector<Node>& nodes, std::unordered_map<std::int64_t, std::size_t>& index) {
  index.reserve(nodes.size());
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const auto& n = nodes[i];
    if (!std::isfinite(n.position.x)) throw InputError(node_label(n), "x", "is not a finite number");
    if (!std::isfinite(n.position.y)) throw InputError(node_label(n), "y", "is not a finite number");
    if (!index.emplace(n.id, i).second)
      throw InputError(node_label(n), "id", "appears twice (ids must be unique)");
  }
}

std::size_t end_node(const std::unordered_map<std::int64_t, std::size_t>& index, std::size_t e,
                     std::int64_t id, const char* field) {
  const auto it = index.find(id);
  if (it == index.end()) throw InputError(edge_label(e), field, "unknown node " + std::to_string(id));
  return it->second;
}

// Labels parts by decreasing size (ties: the part holding the lower node index first).
void label_components(Graph& g) {
  const auto n = g.nodes.size();
  std::vector<std::int32_t> raw(n, 0);
  const auto count = n == 0 ? 0 : boost::connected_components(g.full, raw.data());
  std::vector<std::size_t> size(static_cast<std::size_t>(count), 0), first(static_cast<std::size_t>(count), n);
  for (std::size_t v = 0; v < n; ++v) {
    const auto c = static_cast<std::size_t>(raw[v]);
    ++size[c];
    first[c] = std::min(first[c], v);
  }
  std::vector<std::size_t> order(static_cast<std::size_t>(count));
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return size[a] != size[b] ? size[a] > size[b] : first[a] < first[b];
  });
  std::vector<std::int32_t> rank(order.size());
  for (std::size_t r = 0; r < order.size(); ++r) rank[order[r]] = static_cast<std::int32_t>(r);
  g.component.resize(n);
  for (std::size_t v = 0; v < n; ++v) g.component[v] = rank[static_cast<std::size_t>(raw[v])];
  g.component_count = static_cast<std::size_t>(count);
}

}  // namespace

Graph build_graph(std::vector<Node> nodes, std::vector<Edge> edges, std::optional<GeoOrigin> origin) {
  Graph g;
  g.nodes = std::move(nodes);
  g.origin = origin;
  check_nodes(g.nodes, g.index);

  const auto m = edges.size();
  if (m > std::numeric_limits<std::uint32_t>::max() / 2 || g.nodes.size() > std::numeric_limits<std::uint32_t>::max())
    throw InputError("network", "", "has too many nodes or edges (at most 2^31 edges)");
  g.edge_from.resize(m), g.edge_to.resize(m), g.edge_mm.resize(m);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> arcs;
  std::vector<Arc> arc_props;
  arcs.reserve(2 * m), arc_props.reserve(2 * m);
  std::vector<Point> seg_start(m), seg_end(m);
  for (std::size_t e = 0; e < m; ++e) {
    auto& edge = edges[e];
    const auto u = end_node(g.index, e, edge.source, "source");
    const auto v = end_node(g.index, e, edge.target, "target");
    if (u == v) throw InputError(edge_label(e), "target", "is the same node as 'source' (" + std::to_string(edge.source) + ")");
    seg_start[e] = g.nodes[u].position, seg_end[e] = g.nodes[v].position;
    if (!edge.length) edge.length = euclidean(seg_start[e], seg_end[e]);
    const double len = *edge.length;
    if (!std::isfinite(len) || len < 0 || len > max_edge_length_m)
      throw InputError(edge_label(e), "length",
                       "must be a finite number of metres between 0 and 1,000,000, got " + std::to_string(len));
    g.edge_from[e] = static_cast<std::uint32_t>(u), g.edge_to[e] = static_cast<std::uint32_t>(v);
    g.edge_mm[e] = std::llround(len * 1000.0);
    g.total_length += len;
    const auto id = static_cast<std::uint32_t>(e);
    arcs.emplace_back(g.edge_from[e], g.edge_to[e]), arc_props.push_back({g.edge_mm[e], id});
    arcs.emplace_back(g.edge_to[e], g.edge_from[e]), arc_props.push_back({g.edge_mm[e], id});
  }
  g.edges = std::move(edges);
  g.full = Csr(boost::edges_are_unsorted_multi_pass, arcs.begin(), arcs.end(), arc_props.begin(),
               static_cast<std::uint32_t>(g.nodes.size()));
  label_components(g);
  g.core = build_core(g.full, g.component, g.component_count);
  g.segments = SegmentIndex(std::move(seg_start), std::move(seg_end));
  return g;
}

}  // namespace detail

WalkingNetwork::WalkingNetwork() : graph_(std::make_shared<const detail::Graph>()) {}

WalkingNetwork::WalkingNetwork(std::vector<Node> nodes, std::vector<Edge> edges, std::optional<GeoOrigin> origin)
    : graph_(std::make_shared<const detail::Graph>(detail::build_graph(std::move(nodes), std::move(edges), origin))) {}

std::size_t WalkingNetwork::node_count() const { return graph_->nodes.size(); }
std::size_t WalkingNetwork::edge_count() const { return graph_->edges.size(); }
const std::vector<Node>& WalkingNetwork::nodes() const { return graph_->nodes; }
const std::vector<Edge>& WalkingNetwork::edges() const { return graph_->edges; }
const std::optional<GeoOrigin>& WalkingNetwork::origin() const { return graph_->origin; }
double WalkingNetwork::total_length() const { return graph_->total_length; }
std::size_t WalkingNetwork::component_count() const { return graph_->component_count; }
const std::vector<std::int32_t>& WalkingNetwork::components() const { return graph_->component; }

std::size_t WalkingNetwork::node_index(std::int64_t id) const {
  const auto it = graph_->index.find(id);
  if (it == graph_->index.end()) throw InputError("node " + std::to_string(id), "", "is not in the walking network");
  return it->second;
}

Position WalkingNetwork::snap(const Point& p) const {
  const auto& g = *graph_;
  if (g.segments.empty()) throw InputError("walking network", "edges", "is empty, so no place can be reached");
  if (!std::isfinite(p.x) || !std::isfinite(p.y))
    throw InputError("place", "x/y", "is not a finite point");
  const auto hit = g.segments.nearest(p);
  if (hit.distance > detail::max_edge_length_m)  // also keeps connector_mm within an integer
    throw InputError("place", "x/y", "is more than 1,000 km from every walkway");
  Position pos;
  pos.edge = hit.segment;
  const auto len = g.edge_mm[hit.segment];
  pos.from_mm = std::llround(hit.t * static_cast<double>(len));
  pos.to_mm = len - pos.from_mm;
  pos.connector_mm = std::llround(hit.distance * 1000.0);
  pos.place = p;
  pos.point = hit.point;
  pos.component = g.component[g.edge_from[hit.segment]];
  return pos;
}

bool operator==(const WalkingNetwork& a, const WalkingNetwork& b) {
  return a.graph_ == b.graph_ ||
         (a.nodes() == b.nodes() && a.edges() == b.edges() && a.origin() == b.origin());
}

}  // namespace gridgov::network
