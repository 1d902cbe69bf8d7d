// Routing kernels: evaluating one move (relocate, swap, tail swap) and one local-search pass
// from a random plan, on a Solomon-like instance made here (no files needed).
#include <benchmark/benchmark.h>

#include <cmath>

#include "gridgov/core/Random.hpp"
#include "routing/search/LocalSearch.hpp"
#include "routing/search/Perturb.hpp"

namespace {

using namespace gridgov;
using namespace gridgov::routing;

// 200 clients in a 100 x 100 square with windows and demands, 25 vehicles of capacity 200.
const Problem& problem() {
  static const Problem p = [] {
    Random rng(42);
    const std::size_t n = 201;
    std::vector<std::pair<double, double>> xy(n);
    for (auto& q : xy) q = {rng.uniform(0, 100), rng.uniform(0, 100)};
    IntMatrix m(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(n));
    for (std::size_t a = 0; a < n; ++a)
      for (std::size_t b = 0; b < n; ++b)
        m(static_cast<Eigen::Index>(a), static_cast<Eigen::Index>(b)) =
            std::llround(10 * std::hypot(xy[a].first - xy[b].first, xy[a].second - xy[b].second));
    std::vector<Visit> visits;
    for (std::size_t i = 1; i < n; ++i) {
      Visit v;
      v.location = i, v.service = Duration(100), v.demand = rng.uniform_int(1, 30);
      const auto open = rng.uniform_int(0, 8000);
      v.windows = {{Duration(open), Duration(open + 2000)}};
      visits.push_back(v);
    }
    std::vector<Vehicle> vehicles(25);
    for (auto& v : vehicles) v.capacity = 200, v.shift = {Duration(0), Duration(12000)};
    return Problem(m, m, visits, vehicles);
  }();
  return p;
}

struct Setup {
  search::Data data{problem()};
  search::LocalSearch ls{data, search::granular_neighbours(data, 40)};
  search::WorkingSolution ws{data};
  Random rng{1};
  search::Plan plan;

  Setup() {  // a random plan: clients dealt round the vehicles in random order
    std::vector<int> nodes(data.node_count());
    for (std::size_t i = 0; i < nodes.size(); ++i) nodes[i] = static_cast<int>(i);
    rng.shuffle(std::span(nodes));
    plan.assign(data.vehicle_count(), {});
    for (std::size_t i = 0; i < nodes.size(); ++i) plan[i % plan.size()].push_back(nodes[i]);
    ws.load(plan);
  }
};

template <class Op>
void evaluate_moves(benchmark::State& state, const Op& op) {
  Setup s;
  Random pick(7);
  for (auto _ : state) {
    const int ru = static_cast<int>(pick.index(s.ws.route_count())), rv = static_cast<int>(pick.index(s.ws.route_count()));
    const auto i = 1 + pick.index(s.ws.route(ru).size()), j = 1 + pick.index(s.ws.route(rv).size());
    benchmark::DoNotOptimize(op.evaluate(s.ws, ru, i, rv, j));
  }
}

void BM_EvaluateRelocate(benchmark::State& state) { evaluate_moves(state, search::Exchange(1, 0)); }
void BM_EvaluateSwap(benchmark::State& state) { evaluate_moves(state, search::Exchange(1, 1)); }
void BM_EvaluateSwapTails(benchmark::State& state) { evaluate_moves(state, search::SwapTails()); }
BENCHMARK(BM_EvaluateRelocate);
BENCHMARK(BM_EvaluateSwap);
BENCHMARK(BM_EvaluateSwapTails);

// One exhaustive local search from the random plan to a local optimum.
void BM_LocalSearchPass(benchmark::State& state) {
  Setup s;
  for (auto _ : state) {
    s.ws.load(s.plan);
    s.ls.search(s.ws, s.rng, true);
    benchmark::DoNotOptimize(s.ws.cost());
  }
}
BENCHMARK(BM_LocalSearchPass)->Unit(benchmark::kMillisecond);

// One iteration's worth: a perturbation and the local search that follows it.
void BM_PerturbAndRepair(benchmark::State& state) {
  Setup s;
  s.ls.search(s.ws, s.rng, true);
  const auto local_optimum = s.ws.plan();
  for (auto _ : state) {
    s.ws.load(local_optimum);
    search::perturb(s.ws, s.ls, s.rng, 15);
    s.ls.search(s.ws, s.rng, false);
    benchmark::DoNotOptimize(s.ws.cost());
  }
}
BENCHMARK(BM_PerturbAndRepair)->Unit(benchmark::kMicrosecond);

}  // namespace
