// Walking networks from OpenStreetMap XML (io::parse_osm_network).
#include "Harness.hpp"
#include "gridgov/io/NetworkFiles.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace gridgov;
  return fuzz::read_or_reject([&] { io::parse_osm_network(fuzz::text(data, size), "fuzz.osm"); });
}
