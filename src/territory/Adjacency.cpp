// Building adjacency from the network Voronoi cells of the buildings' points (Adjacency.hpp).
// Buildings whose doors meet the network at one spot share a cell. A multi-source Dijkstra
// labels every node with its nearest spot; then each edge is read from end to end, and spots
// that follow each other along it border on each other.
#include "gridgov/territory/Adjacency.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>

namespace gridgov::territory {
namespace {

constexpr std::size_t none = std::numeric_limits<std::size_t>::max();

// Millimetres from the nearest spot, and which one it is (ties to the lower number).
struct Label {
  std::int64_t mm = std::numeric_limits<std::int64_t>::max();
  std::size_t spot = none;
  friend bool operator<(const Label& a, const Label& b) { return a.mm != b.mm ? a.mm < b.mm : a.spot < b.spot; }
};

struct Arc {
  std::int64_t mm = 0;
};
using Graph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, Arc>;

// The network as index pairs and millimetre lengths.
struct Edges {
  std::vector<std::size_t> from, to;
  std::vector<std::int64_t> mm;
};

Edges edges_of(const network::WalkingNetwork& net) {
  Edges e;
  for (const auto& edge : net.edges()) {
    e.from.push_back(net.node_index(edge.source));
    e.to.push_back(net.node_index(edge.target));
    e.mm.push_back(std::llround(*edge.length * 1000.0));
  }
  return e;
}

// Where doors meet the network: a node, or a point inside an edge.
struct Spots {
  std::vector<std::vector<std::size_t>> buildings;                    // per spot
  std::vector<std::size_t> at_node;                                   // per node: its spot, or none
  std::vector<std::vector<std::pair<std::int64_t, std::size_t>>> inside;  // per edge: (mm from `from`, spot)
};

Spots spots_of(const model::Community& c, const Edges& e) {
  Spots s;
  s.at_node.assign(c.network().node_count(), none);
  s.inside.resize(e.mm.size());
  std::map<std::pair<std::size_t, std::int64_t>, std::size_t> inside_spot;  // (edge, mm) -> spot
  for (std::size_t b = 0; b < c.buildings().size(); ++b) {
    const auto& p = c.position({model::PlaceKind::building, b});
    const auto node = p.from_mm == 0 ? e.from[p.edge] : p.to_mm == 0 ? e.to[p.edge] : none;
    auto& spot = node != none ? s.at_node[node] : inside_spot.try_emplace({p.edge, p.from_mm}, none).first->second;
    if (spot == none) {
      spot = s.buildings.size();
      s.buildings.emplace_back();
      if (node == none) s.inside[p.edge].emplace_back(p.from_mm, spot);
    }
    s.buildings[spot].push_back(b);
  }
  for (auto& list : s.inside) std::sort(list.begin(), list.end());
  return s;
}

// The nearest spot of every node.
std::vector<Label> nearest_spots(const Edges& e, const Spots& s, std::size_t nodes) {
  std::vector<std::pair<std::size_t, std::size_t>> arcs;
  std::vector<Arc> props;
  for (std::size_t i = 0; i < e.mm.size(); ++i) {
    arcs.emplace_back(e.from[i], e.to[i]), props.push_back({e.mm[i]});
    arcs.emplace_back(e.to[i], e.from[i]), props.push_back({e.mm[i]});
  }
  const Graph g(boost::edges_are_unsorted_multi_pass, arcs.begin(), arcs.end(), props.begin(), nodes);
  std::vector<Label> label(nodes);
  std::vector<std::size_t> sources;
  const auto seed = [&](std::size_t v, Label l) {
    if (label[v].spot == none) sources.push_back(v);
    label[v] = std::min(label[v], l);
  };
  for (std::size_t v = 0; v < nodes; ++v)
    if (s.at_node[v] != none) seed(v, {0, s.at_node[v]});
  for (std::size_t i = 0; i < e.mm.size(); ++i)
    for (const auto& [mm, spot] : s.inside[i]) seed(e.from[i], {mm, spot}), seed(e.to[i], {e.mm[i] - mm, spot});
  const auto index = boost::get(boost::vertex_index, g);
  boost::dijkstra_shortest_paths_no_init(
      g, sources.begin(), sources.end(), boost::dummy_property_map(), boost::make_iterator_property_map(label.begin(), index),
      boost::get(&Arc::mm, g), index, std::less<Label>(),
      [](const Label& l, std::int64_t w) { return l.spot == none ? l : Label{l.mm + w, l.spot}; }, Label{0, 0},
      boost::default_dijkstra_visitor());
  return label;
}

}  // namespace

std::vector<std::vector<std::size_t>> building_adjacency(const model::Community& c) {
  const auto e = edges_of(c.network());
  const auto s = spots_of(c, e);
  const auto nearest = nearest_spots(e, s, c.network().node_count());
  const auto end_spot = [&](std::size_t v) { return s.at_node[v] != none ? s.at_node[v] : nearest[v].spot; };

  std::vector<std::vector<std::size_t>> adj(c.buildings().size());
  const auto join = [&](std::size_t a, std::size_t b) {
    if (a == none || b == none) return;
    for (const auto x : s.buildings[a])
      for (const auto y : s.buildings[b])
        if (x != y) adj[x].push_back(y), adj[y].push_back(x);
  };
  for (std::size_t spot = 0; spot < s.buildings.size(); ++spot) join(spot, spot);
  for (std::size_t i = 0; i < e.mm.size(); ++i) {
    auto previous = end_spot(e.from[i]);
    for (const auto& [mm, spot] : s.inside[i]) {
      if (spot != previous) join(previous, spot);
      previous = spot;
    }
    if (end_spot(e.to[i]) != previous) join(previous, end_spot(e.to[i]));
  }
  for (auto& list : adj) {
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
  }
  return adj;
}

}  // namespace gridgov::territory
