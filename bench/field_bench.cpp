// Field operations: recording a day in the ledger, splitting grids, matching skills, planning a
// day, all on the default synthetic community.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "gridgov/field/Outcomes.hpp"
#include "gridgov/ledger/Ledger.hpp"
#include "gridgov/matching/Skills.hpp"
#include "gridgov/synth/Synth.hpp"
#include "gridgov/territory/Territories.hpp"

namespace {

using namespace gridgov;

const model::Community& community() {
  static const model::Community c = synth::community();
  return c;
}

field::DayOptions day_options() {
  field::DayOptions o;
  o.day = Weekday::thu, o.campaign_day = 3;
  o.routing_solve.max_iterations = 300, o.routing_solve.seed = 1;
  o.duty_solve.max_iterations = 50, o.duty_solve.seed = 1;
  return o;
}

// A day's contacts: the default community's day planned and played out (about 400 doors).
const std::vector<ledger::Contact>& a_days_contacts() {
  static const auto contacts = [] {
    const auto plan = field::plan_day(community(), day_options());
    const field::Draws draws(1);
    return field::play_day(community(), plan, field::HomeModel::typical(community(), 1), true, draws);
  }();
  return contacts;
}

void BM_LedgerRecordDay(benchmark::State& state) {
  const auto path = std::filesystem::temp_directory_path() / "gridgov-bench.ledger";
  const auto& contacts = a_days_contacts();
  for (auto _ : state) {
    state.PauseTiming();
    for (const auto* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
    auto ledger = ledger::Ledger::create(path, community(), 3);
    state.ResumeTiming();
    ledger.record(contacts);
  }
  for (const auto* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(contacts.size()));
}
BENCHMARK(BM_LedgerRecordDay)->Unit(benchmark::kMillisecond);

void BM_TerritorySplit(benchmark::State& state) {
  territory::TerritoryOptions o;
  o.grids = static_cast<int>(state.range(0)), o.seed = 1;
  for (auto _ : state) benchmark::DoNotOptimize(territory::split(community(), o));
}
BENCHMARK(BM_TerritorySplit)->Arg(8)->Unit(benchmark::kMillisecond);

void BM_MatchSkills(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(matching::match_skills(community()));
}
BENCHMARK(BM_MatchSkills)->Unit(benchmark::kMillisecond);

void BM_PlanDay(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(field::plan_day(community(), day_options()));
}
BENCHMARK(BM_PlanDay)->Unit(benchmark::kMillisecond);

}  // namespace
