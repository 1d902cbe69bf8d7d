// Rostering benchmarks in the Curtois-Qu format (scheduling::parse_curtois).
#include "Harness.hpp"
#include "gridgov/scheduling/Curtois.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace gridgov;
  return fuzz::read_or_reject([&] { scheduling::parse_curtois(fuzz::text(data, size), "fuzz.txt"); });
}
