// Scenario JSON (io::parse_scenario). An accepted scenario must also write back to JSON that
// reads as the same community and writes the same bytes again.
#include "Harness.hpp"
#include "gridgov/io/Scenario.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace gridgov;
  return fuzz::read_or_reject([&] {
    const auto community = io::parse_scenario(fuzz::text(data, size), "fuzz.scenario.json");
    const auto json = io::scenario_json(community);
    fuzz::require(io::scenario_json(io::parse_scenario(json, "written")) == json, "scenario JSON round trip");
  });
}
