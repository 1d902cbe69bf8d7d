// Walking networks from GeoJSON (io::parse_geojson_network); the first byte picks geographic
// ('A') or planar ('B') coordinates.
#include "Harness.hpp"
#include "gridgov/io/NetworkFiles.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace gridgov;
  const auto input = fuzz::choose(fuzz::text(data, size), 2);
  return fuzz::read_or_reject(
      [&] { io::parse_geojson_network(input.rest, "fuzz.geojson", {.geographic = input.which == 0}); });
}
