// The shortest walk between two places as a polyline, for drawing routes on maps: Boost.Graph's
// Dijkstra with predecessors on the whole network.
#include <boost/graph/dijkstra_shortest_paths.hpp>

#include "Graph.hpp"
#include "gridgov/core/Error.hpp"

namespace gridgov::network {

std::vector<Point> WalkingNetwork::walk(const Position& from, const Position& to) const {
  const auto& g = *graph_;
  if (from.edge >= g.edges.size() || to.edge >= g.edges.size())
    throw InputError("place", "edge", "is not an edge of this network");
  if (from.component != to.component)
    throw InputError("place", "", "cannot be reached on foot (the two places lie on separate parts of the walking network)");
  const auto n = g.nodes.size();
  std::vector<std::int64_t> dist(n, detail::unreachable_mm);
  std::vector<std::uint32_t> pred(n);
  for (std::uint32_t v = 0; v < n; ++v) pred[v] = v;
  const std::uint32_t a = g.edge_from[from.edge], b = g.edge_to[from.edge];
  dist[a] = from.from_mm, dist[b] = std::min(dist[b], from.to_mm);
  const std::uint32_t sources[] = {a, b};
  const auto index = boost::get(boost::vertex_index, g.full);
  boost::dijkstra_shortest_paths_no_init(
      g.full, std::begin(sources), std::end(sources), boost::make_iterator_property_map(pred.begin(), index),
      boost::make_iterator_property_map(dist.begin(), index), boost::get(&detail::Arc::mm, g.full), index,
      std::less<std::int64_t>(), boost::closed_plus<std::int64_t>(detail::unreachable_mm), std::int64_t{0},
      boost::default_dijkstra_visitor());
  std::vector<Point> out{from.place, from.point};
  const std::uint32_t c = g.edge_from[to.edge], d = g.edge_to[to.edge];
  const auto via_c = dist[c] + to.from_mm, via_d = dist[d] + to.to_mm;
  const bool along = from.edge == to.edge && std::abs(from.from_mm - to.from_mm) <= std::min(via_c, via_d);
  if (!along) {
    std::vector<Point> middle;
    for (auto v = via_c <= via_d ? c : d;; v = pred[v]) {
      middle.push_back(g.nodes[v].position);
      if (pred[v] == v) break;
    }
    out.insert(out.end(), middle.rbegin(), middle.rend());
  }
  out.push_back(to.point);
  out.push_back(to.place);
  return out;
}

}  // namespace gridgov::network
