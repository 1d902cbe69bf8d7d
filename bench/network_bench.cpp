// Walking-network kernels: travel matrices, one-to-all searches against plain Boost.Graph
// Dijkstra on the whole graph, and snapping.
#include <benchmark/benchmark.h>

#include <boost/graph/dijkstra_shortest_paths.hpp>

#include "gridgov/core/Random.hpp"
#include "gridgov/synth/Synth.hpp"
#include "network/Graph.hpp"

namespace {

using namespace gridgov;

// A synthetic hutong network of about 50,000 nodes (78,000 buildings), made once.
const model::Community& big_community() {
  static const auto c = synth::community({.seed = 1, .buildings = 78000, .households = 171600, .volunteers = 0, .posts = 8});
  return c;
}

const network::detail::Graph& big_graph() {
  static const auto g = [] {
    const auto& net = big_community().network();
    return network::detail::build_graph(net.nodes(), net.edges(), std::nullopt);
  }();
  return g;
}

std::vector<std::uint32_t> sample_nodes(std::size_t n, std::size_t count) {
  Random rng(7);
  std::vector<std::uint32_t> out(count);
  for (auto& v : out) v = static_cast<std::uint32_t>(rng.index(n));
  return out;
}

// Travel matrix between the office and every building of the default community, one thread.
void BM_TravelMatrixDefaultCommunity(benchmark::State& state) {
  const auto c = synth::community();
  auto places = c.places(model::PlaceKind::building);
  places.insert(places.begin(), {model::PlaceKind::office, 0});
  for (auto _ : state) benchmark::DoNotOptimize(c.travel(places, places, 1));
  state.counters["places"] = static_cast<double>(places.size());
}
BENCHMARK(BM_TravelMatrixDefaultCommunity)->Unit(benchmark::kMillisecond);

// One-to-all on the 50,000-node network: the junction-core search...
void BM_OneToAllCoreSearch(benchmark::State& state) {
  const auto& g = big_graph();
  std::vector<std::uint32_t> all(g.nodes.size());
  for (std::uint32_t v = 0; v < all.size(); ++v) all[v] = v;
  network::detail::SearchSpace space(g, all);
  const auto sources = sample_nodes(all.size(), 64);
  std::size_t i = 0;
  for (auto _ : state) {
    const network::detail::Seed seed{sources[i++ % sources.size()], 0};
    space.search(std::span(&seed, 1));
    std::int64_t sum = 0;
    for (const auto v : all) sum += space.length(v);
    benchmark::DoNotOptimize(sum);
  }
  state.counters["nodes"] = static_cast<double>(all.size());
  state.counters["junctions"] = static_cast<double>(g.core.junction_node.size());
}
BENCHMARK(BM_OneToAllCoreSearch)->Unit(benchmark::kMicrosecond);

// ...against Boost.Graph's Dijkstra over the whole graph.
void BM_OneToAllPlainBoostDijkstra(benchmark::State& state) {
  const auto& g = big_graph();
  std::vector<std::int64_t> dist(g.nodes.size());
  const auto sources = sample_nodes(g.nodes.size(), 64);
  std::size_t i = 0;
  for (auto _ : state) {
    boost::dijkstra_shortest_paths(
        g.full, sources[i++ % sources.size()],
        boost::distance_map(boost::make_iterator_property_map(dist.begin(), boost::get(boost::vertex_index, g.full)))
            .weight_map(boost::get(&network::detail::Arc::mm, g.full))
            .distance_inf(network::detail::unreachable_mm));
    benchmark::DoNotOptimize(dist.data());
  }
}
BENCHMARK(BM_OneToAllPlainBoostDijkstra)->Unit(benchmark::kMicrosecond);

// Snapping 10,000 random points onto the 50,000-node network.
void BM_Snap(benchmark::State& state) {
  const auto& net = big_community().network();
  Random rng(3);
  std::vector<Point> points(10000);
  for (auto& p : points) p = {rng.uniform(0, 3000), rng.uniform(0, 3000)};
  for (auto _ : state)
    for (const auto& p : points) benchmark::DoNotOptimize(net.snap(p));
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(points.size()));
}
BENCHMARK(BM_Snap)->Unit(benchmark::kMillisecond);

}  // namespace
