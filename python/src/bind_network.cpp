// The walking network: nodes, edges, snapping and travel matrices (GIL released while
// computing).
#include <pybind11/eigen.h>

#include <cstdio>

#include "WholeNumbers.hpp"
#include "bind_helpers.hpp"
#include "gridgov/core/Error.hpp"
#include "gridgov/core/Names.hpp"
#include "gridgov/network/WalkingNetwork.hpp"

namespace gridgov::python {
namespace {

using network::Edge;
using network::Node;
using network::WalkingNetwork;

std::optional<GeoOrigin> origin_from(const py::object& origin) {
  if (origin.is_none()) return std::nullopt;
  const auto pair = py::cast<std::pair<double, double>>(origin);
  return GeoOrigin{pair.first, pair.second};
}

py::object origin_to(const std::optional<GeoOrigin>& o) {
  return o ? py::object(py::make_tuple(o->lon, o->lat)) : py::object(py::none());
}

// Points given as an (n, 2) array of x, y in metres.
std::vector<Point> points_from(const py::object& points) {
  const auto a = py::array_t<double, py::array::c_style | py::array::forcecast>::ensure(points);
  if (!a || a.ndim() != 2 || a.shape(1) != 2) throw InputError("points", "", "must be an (n, 2) array of x, y in metres");
  std::vector<Point> out(static_cast<std::size_t>(a.shape(0)));
  for (py::ssize_t i = 0; i < a.shape(0); ++i) out[static_cast<std::size_t>(i)] = {a.at(i, 0), a.at(i, 1)};
  return out;
}

std::vector<std::int64_t> ids_from(const py::object& ids) {
  const auto a = whole_numbers(ids, 1, "network", "node_ids");
  return {a.data(), a.data() + a.size()};
}

WalkingNetwork from_arrays(const py::object& node_ids, const py::object& xy, const py::object& edge_nodes,
                           const py::object& lengths, const py::object& origin) {
  const auto ids = ids_from(node_ids);
  const auto points = points_from(xy);
  if (points.size() != ids.size()) throw InputError("xy", "", "must have one row per node id");
  const auto e = whole_numbers(edge_nodes, 2, "network", "edges");
  if (e.shape(1) != 2) throw InputError("network", "edges", "must be an (m, 2) array of node ids");
  std::vector<Node> nodes(ids.size());
  for (std::size_t i = 0; i < ids.size(); ++i) nodes[i] = {ids[i], points[i]};
  std::vector<Edge> edges(static_cast<std::size_t>(e.shape(0)));
  for (py::ssize_t i = 0; i < e.shape(0); ++i) edges[static_cast<std::size_t>(i)] = {e.at(i, 0), e.at(i, 1), std::nullopt};
  if (!lengths.is_none()) {
    const auto l = py::array_t<double, py::array::c_style | py::array::forcecast>::ensure(lengths);
    if (!l || l.ndim() != 1 || static_cast<std::size_t>(l.size()) != edges.size())
      throw InputError("lengths", "", "must have one length in metres per edge");
    for (std::size_t i = 0; i < edges.size(); ++i) edges[i].length = l.at(static_cast<py::ssize_t>(i));
  }
  const auto o = origin_from(origin);
  py::gil_scoped_release release;
  return WalkingNetwork(std::move(nodes), std::move(edges), o);
}

py::dict snap(const WalkingNetwork& net, const py::object& points) {
  const auto pts = points_from(points);
  const auto n = static_cast<py::ssize_t>(pts.size());
  py::array_t<std::int64_t> edge(n), component(n);
  py::array_t<double> x(n), y(n), distance(n);
  for (py::ssize_t i = 0; i < n; ++i) {
    const auto p = net.snap(pts[static_cast<std::size_t>(i)]);
    edge.mutable_at(i) = static_cast<std::int64_t>(p.edge), component.mutable_at(i) = p.component;
    x.mutable_at(i) = p.point.x, y.mutable_at(i) = p.point.y, distance.mutable_at(i) = p.snap_distance();
  }
  py::dict out;
  out["edge"] = edge, out["x"] = x, out["y"] = y, out["distance"] = distance, out["component"] = component;
  return out;
}

py::tuple travel(const WalkingNetwork& net, const py::object& origins, const py::object& destinations, double speed,
                 const Whole<int>& threads) {
  const auto workers = threads.in("travel options", "threads");
  const auto from = points_from(origins);
  const auto to = destinations.is_none() ? from : points_from(destinations);
  std::vector<network::Position> a, b;
  network::TravelMatrices m;
  {
    py::gil_scoped_release release;
    for (const auto& p : from) a.push_back(net.snap(p));
    for (const auto& p : to) b.push_back(net.snap(p));
    m = net.travel(a, b, {.speed = speed, .threads = workers});
  }
  return py::make_tuple(m.distance, m.duration);
}

py::object frame(const WalkingNetwork& net, const std::string& kind) {
  if (kind == "nodes") return make_frame(table_to_columns(io::to_table(net.nodes()), io::columns<Node>()));
  if (kind == "edges") return make_frame(table_to_columns(io::to_table(net.edges()), io::columns<Edge>()));
  throw InputError("walking network", "frame", "unknown kind " + quoted(kind) + " (use 'nodes' or 'edges')");
}

std::string repr(const WalkingNetwork& net) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "<WalkingNetwork: %zu nodes, %zu edges, %.2f km, %zu part%s%s>", net.node_count(), net.edge_count(),
                net.total_length() / 1000.0, net.component_count(), net.component_count() == 1 ? "" : "s",
                net.origin() ? ", geographic" : "");
  return buf;
}

}  // namespace

void bind_network(py::module_& m) {
  bind_record<Node>(m, "Node", DOC(gridgov_network_Node));
  bind_record<Edge>(m, "Edge", DOC(gridgov_network_Edge));
  py::class_<WalkingNetwork>(m, "WalkingNetwork", DOC(gridgov_network_WalkingNetwork))
      .def(py::init([](const py::object& nodes, const py::object& edges, const py::object& origin) {
             auto n = records_from<Node>(nodes, "nodes DataFrame");
             auto e = records_from<Edge>(edges, "edges DataFrame");
             const auto o = origin_from(origin);
             py::gil_scoped_release release;
             return WalkingNetwork(std::move(n), std::move(e), o);
           }),
           py::arg("nodes"), py::arg("edges"), py::arg("origin") = py::none(),
           "Build from nodes and edges: lists of Node and Edge, or DataFrames with their columns (nodes: id, x, y; "
           "edges: from, to, length). `origin` is (longitude, latitude) of local (0, 0) when known. Bad records raise "
           "InputError naming the node or edge: duplicate ids, edges to unknown nodes or to themselves, negative "
           "lengths.")
      .def_static("from_arrays", &from_arrays, py::arg("node_ids"), py::arg("xy"), py::arg("edges"), py::arg("lengths") = py::none(),
                  py::arg("origin") = py::none(),
                  "Build from arrays: node ids (n), coordinates (n, 2) in metres, edges (m, 2) as pairs of node ids, and "
                  "optional lengths (m) in metres (default: straight lines).")
      .def_property_readonly("node_count", &WalkingNetwork::node_count)
      .def_property_readonly("edge_count", &WalkingNetwork::edge_count)
      .def_property_readonly("total_length", &WalkingNetwork::total_length, DOC(gridgov_network_WalkingNetwork_total_length))
      .def_property_readonly("component_count", &WalkingNetwork::component_count, DOC(gridgov_network_WalkingNetwork_component_count))
      .def_property_readonly(
          "components", [](const WalkingNetwork& n) { return py::array_t<std::int32_t>(static_cast<py::ssize_t>(n.components().size()), n.components().data()); },
          DOC(gridgov_network_WalkingNetwork_components))
      .def_property_readonly("origin", [](const WalkingNetwork& n) { return origin_to(n.origin()); },
                             "(longitude, latitude) of local (0, 0), or None.")
      .def_property_readonly("nodes", &WalkingNetwork::nodes, DOC(gridgov_network_WalkingNetwork_nodes))
      .def_property_readonly("edges", &WalkingNetwork::edges, DOC(gridgov_network_WalkingNetwork_edges))
      .def("frame", &frame, py::arg("kind"), "The nodes or the edges as a pandas DataFrame ('nodes' or 'edges').")
      .def("snap", &snap, py::arg("points"),
           "Where points ((n, 2) array of x, y in metres) meet the network: a dict of arrays edge, x, y (the snapped "
           "point), distance (metres from the point) and component.")
      .def(
          "path_lengths",
          [](const WalkingNetwork& n, const py::object& from, const py::object& to, Whole<int> threads) {
            const auto workers = threads.in("travel options", "threads");
            const auto a = ids_from(from);
            const auto b = to.is_none() ? a : ids_from(to);
            py::gil_scoped_release release;
            return n.path_lengths(a, b, workers);
          },
          py::arg("origins"), py::arg("destinations") = py::none(), py::arg("threads") = 0,
          DOC(gridgov_network_WalkingNetwork_path_lengths))
      .def("travel_matrices", &travel, py::arg("origins"), py::arg("destinations") = py::none(), py::arg("speed") = 1.25,
           py::arg("threads") = 0,
           "Walking distance (whole metres) and time (whole seconds at `speed` m/s) between points ((n, 2) arrays of x, y "
           "in metres), each snapped to its nearest walkway: a pair of int64 arrays. Destinations default to the "
           "origins.")
      .def("__eq__", [](const WalkingNetwork& a, const WalkingNetwork& b) { return a == b; }, py::is_operator())
      .def("__repr__", &repr)
      .def(py::pickle(
          [](const WalkingNetwork& n) { return py::make_tuple(n.nodes(), n.edges(), origin_to(n.origin())); },
          [](const py::tuple& t) {
            return WalkingNetwork(t[0].cast<std::vector<Node>>(), t[1].cast<std::vector<Edge>>(), origin_from(t[2]));
          }));
}

}  // namespace gridgov::python
