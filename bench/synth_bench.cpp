// Making synthetic communities (with all their checks and snapping).
#include <benchmark/benchmark.h>

#include "gridgov/synth/Synth.hpp"

namespace {

void BM_SynthCommunity(benchmark::State& state) {
  const int buildings = static_cast<int>(state.range(0));
  for (auto _ : state)
    benchmark::DoNotOptimize(gridgov::synth::community(
        {.buildings = buildings, .households = buildings * 22 / 10, .volunteers = buildings / 10}));
  state.SetItemsProcessed(state.iterations() * buildings);
}
BENCHMARK(BM_SynthCommunity)->Arg(600)->Arg(6000)->Unit(benchmark::kMillisecond);

}  // namespace
