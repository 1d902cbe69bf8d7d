// Benchmark instances, Solomon and VRPLIB alike (routing::parse_instance tells them apart by
// their content); the first byte picks the rounding ('A' round, 'B' dimacs, 'C' exact).
#include "Harness.hpp"
#include "gridgov/routing/Instances.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace gridgov::routing;
  constexpr Rounding roundings[] = {Rounding::round, Rounding::dimacs, Rounding::exact};
  const auto input = gridgov::fuzz::choose(gridgov::fuzz::text(data, size), 3);
  return gridgov::fuzz::read_or_reject([&] { parse_instance(input.rest, "fuzz", roundings[input.which]); });
}
