// The junction-core search (src/network/Core.hpp) against Boost.Graph's plain Dijkstra on the
// whole graph, over random networks full of trees, chains, cycles, parallel edges and parts.
#include <gtest/gtest.h>

#include <boost/graph/dijkstra_shortest_paths.hpp>

#include "gridgov/core/Random.hpp"
#include "gridgov/network/WalkingNetwork.hpp"
#include "network/Graph.hpp"

using namespace gridgov;
using namespace gridgov::network;

namespace {

WalkingNetwork random_network(Random& rng) {
  const auto n = rng.uniform_int(1, 60);
  std::vector<Node> nodes;
  for (std::int64_t i = 0; i < n; ++i) nodes.push_back({i * 3 + 1, {rng.uniform(0, 100), rng.uniform(0, 100)}});
  std::vector<Edge> edges;
  // A random forest (trees and chains), then a few extra edges making cycles and parallels.
  for (std::int64_t i = 1; i < n; ++i)
    if (rng.chance(0.9)) edges.push_back({nodes[static_cast<std::size_t>(i)].id, nodes[rng.index(static_cast<std::size_t>(i))].id, rng.uniform(0, 50)});
  const auto extra = rng.uniform_int(0, n / 4 + 1);
  for (std::int64_t k = 0; k < extra && n > 1; ++k) {
    const auto a = rng.index(static_cast<std::size_t>(n)), b = rng.index(static_cast<std::size_t>(n));
    if (a != b) edges.push_back({nodes[a].id, nodes[b].id, rng.chance(0.2) ? std::optional<double>{} : rng.uniform(0, 80)});
  }
  return WalkingNetwork(nodes, edges);
}

// Plain Dijkstra over the full graph from one node, in millimetres.
std::vector<std::int64_t> reference_lengths(const detail::Graph& g, std::uint32_t source) {
  std::vector<std::int64_t> dist(g.nodes.size());
  boost::dijkstra_shortest_paths(
      g.full, source,
      boost::distance_map(boost::make_iterator_property_map(dist.begin(), boost::get(boost::vertex_index, g.full)))
          .weight_map(boost::get(&detail::Arc::mm, g.full))
          .distance_inf(detail::unreachable_mm));
  return dist;
}

std::vector<std::uint32_t> every_node(const detail::Graph& g) {
  std::vector<std::uint32_t> all(g.nodes.size());
  for (std::uint32_t v = 0; v < all.size(); ++v) all[v] = v;
  return all;
}

}  // namespace

TEST(ShortestPathOracle, CoreSearchEqualsPlainDijkstraOnRandomNetworks) {
  Random rng(2026);
  for (int trial = 0; trial < 300; ++trial) {
    const auto net = random_network(rng);
    const auto g = detail::build_graph(net.nodes(), net.edges(), std::nullopt);
    const auto all = every_node(g);
    detail::SearchSpace space(g, all);
    for (std::uint32_t s = 0; s < all.size(); ++s) {
      const auto expected = reference_lengths(g, s);
      const detail::Seed seed{s, 0};
      space.search(std::span(&seed, 1));
      for (std::uint32_t v = 0; v < all.size(); ++v)
        ASSERT_EQ(space.length(v), expected[v]) << "trial " << trial << " from node " << s << " to " << v;
    }
  }
}

TEST(ShortestPathOracle, EarlyStoppingAtTargetsKeepsTargetLengthsExact) {
  Random rng(7);
  for (int trial = 0; trial < 200; ++trial) {
    const auto net = random_network(rng);
    const auto g = detail::build_graph(net.nodes(), net.edges(), std::nullopt);
    std::vector<std::uint32_t> targets;
    for (std::uint32_t v = 0; v < g.nodes.size(); ++v)
      if (rng.chance(0.2)) targets.push_back(v);
    detail::SearchSpace space(g, targets);
    for (int k = 0; k < 5; ++k) {
      const auto s = static_cast<std::uint32_t>(rng.index(g.nodes.size()));
      const auto expected = reference_lengths(g, s);
      const detail::Seed seed{s, 0};
      space.search(std::span(&seed, 1));
      for (const auto t : targets) ASSERT_EQ(space.length(t), expected[t]) << "trial " << trial;
    }
  }
}

TEST(ShortestPathOracle, TwoSeedsEqualTheBetterOfTwoSearches) {
  Random rng(11);
  for (int trial = 0; trial < 200; ++trial) {
    const auto net = random_network(rng);
    const auto g = detail::build_graph(net.nodes(), net.edges(), std::nullopt);
    const auto all = every_node(g);
    detail::SearchSpace space(g, all);
    const auto a = static_cast<std::uint32_t>(rng.index(all.size())), b = static_cast<std::uint32_t>(rng.index(all.size()));
    const std::int64_t la = rng.uniform_int(0, 20000), lb = rng.uniform_int(0, 20000);
    const auto da = reference_lengths(g, a), db = reference_lengths(g, b);
    const detail::Seed seeds[] = {{a, la}, {b, lb}};
    space.search(seeds);
    for (std::uint32_t v = 0; v < all.size(); ++v) {
      auto expected = std::min(da[v] == detail::unreachable_mm ? da[v] : da[v] + la,
                               db[v] == detail::unreachable_mm ? db[v] : db[v] + lb);
      ASSERT_EQ(space.length(v), expected) << "trial " << trial << " node " << v;
    }
  }
}
