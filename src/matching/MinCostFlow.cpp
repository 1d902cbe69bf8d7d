#include "MinCostFlow.hpp"

#include <boost/graph/successive_shortest_path_nonnegative_weights.hpp>

namespace gridgov::matching::detail {

MinCostFlow::MinCostFlow(std::size_t nodes) : graph_(nodes) {}

std::size_t MinCostFlow::add_arc(std::size_t from, std::size_t to, std::int64_t capacity, std::int64_t cost) {
  const auto forward = boost::add_edge(from, to, graph_).first;
  const auto backward = boost::add_edge(to, from, graph_).first;
  const auto c = static_cast<double>(cost);
  graph_[forward] = {capacity, 0, c, backward};
  graph_[backward] = {0, 0, -c, forward};
  arcs_.push_back(forward);
  return arcs_.size() - 1;
}

void MinCostFlow::solve(std::size_t source, std::size_t sink) {
  const auto n = boost::num_vertices(graph_);
  std::vector<Traits::edge_descriptor> pred(n);
  std::vector<double> distance(n), potential(n);
  const auto index = boost::get(boost::vertex_index, graph_);
  boost::successive_shortest_path_nonnegative_weights(
      graph_, source, sink, boost::get(&Arc::capacity, graph_), boost::get(&Arc::residual, graph_),
      boost::get(&Arc::cost, graph_), boost::get(&Arc::reverse, graph_), index,
      boost::make_iterator_property_map(pred.begin(), index), boost::make_iterator_property_map(distance.begin(), index),
      boost::make_iterator_property_map(potential.begin(), index));
}

std::int64_t MinCostFlow::flow(std::size_t arc) const {
  const auto& a = graph_[arcs_[arc]];
  return a.capacity - a.residual;
}

}  // namespace gridgov::matching::detail
