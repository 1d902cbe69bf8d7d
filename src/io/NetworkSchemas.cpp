// Column schemas of walking-network nodes and edges.
#include "Schema.hpp"
#include "gridgov/network/WalkingNetwork.hpp"

namespace gridgov::io::detail {

using network::Edge;
using network::Node;

template <>
const Schema<Node>& schema<Node>() {
  static const Schema<Node> s{"node",
                              {integer("id", &Node::id, true, "Stable integer id (an OpenStreetMap node id, say)."),
                               coordinate("x", &Node::position, &Point::x, true, "Metres east of the local origin."),
                               coordinate("y", &Node::position, &Point::y, true, "Metres north of the local origin.")}};
  return s;
}

template <>
const Schema<Edge>& schema<Edge>() {
  static const Schema<Edge> s{
      "edge",
      {integer("source", &Edge::source, true, "Id of one end node."),
       integer("target", &Edge::target, true, "Id of the other end node."),
       {{"length", Kind::real, false, "Metres; when empty, the straight line between the nodes.", true},
        [](const Edge& e) -> Cell { return e.length ? Cell{*e.length} : Cell{}; },
        [](Edge& e, const Cell& c, const std::string&) { e.length = std::get<double>(c); }}}};
  return s;
}

}  // namespace gridgov::io::detail
