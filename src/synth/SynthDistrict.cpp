// A synthetic district: communities of varied size tiled side by side.
#include <cmath>
#include <numbers>

#include "Ids.hpp"
#include "People.hpp"
#include "gridgov/core/Error.hpp"
#include "gridgov/synth/Synth.hpp"

namespace gridgov::synth {
namespace {

constexpr double tile_m = 800;  // community tiles, wider than the largest community

void check(const DistrictOptions& o) {
  const std::string record = "synthetic district options";
  if (o.communities < 1) throw InputError(record, "communities", "must be at least 1");
  if (o.subdistricts < 1 || o.subdistricts > o.communities)
    throw InputError(record, "subdistricts", "must be between 1 and the number of communities");
  if (!(o.households_per_building >= 1)) throw InputError(record, "households_per_building", "must be at least 1");
  if (!(o.households_per_volunteer > 0)) throw InputError(record, "households_per_volunteer", "must be positive");
  if (o.households < 20 * o.communities)
    throw InputError(record, "households", "must be at least 20 per community");
}

}  // namespace

model::District district(const DistrictOptions& o) {
  check(o);
  Random rng(o.seed);
  // Community sizes vary log-normally (sigma 0.35) about the mean, at least 20 households.
  std::vector<double> weights;
  for (int i = 0; i < o.communities; ++i) {
    const double u1 = 1.0 - rng.uniform(), u2 = rng.uniform();
    weights.push_back(std::exp(0.35 * std::sqrt(-2 * std::log(u1)) * std::cos(2 * std::numbers::pi * u2)));
  }
  const int floor_each = 20;
  auto sizes = detail::apportion(o.households - floor_each * o.communities, weights);
  const int columns = static_cast<int>(std::ceil(std::sqrt(o.communities)));
  const CommunityOptions base;
  model::District d{o.id, {}};
  d.communities.reserve(static_cast<std::size_t>(o.communities));
  for (int i = 0; i < o.communities; ++i) {
    CommunityOptions c;
    c.seed = rng.next();
    c.id = detail::numbered_id('C', static_cast<std::size_t>(i) + 1, 3);
    c.subdistrict = detail::numbered_id('S', static_cast<std::size_t>(i * o.subdistricts / o.communities) + 1, 2);
    c.district = o.id;
    c.households = sizes[static_cast<std::size_t>(i)] + floor_each;
    c.buildings = std::max(1, static_cast<int>(std::lround(c.households / o.households_per_building)));
    c.volunteers = std::max(1, static_cast<int>(std::lround(c.households / o.households_per_volunteer)));
    c.posts = static_cast<int>(rng.uniform_int(6, 10));
    const double east = (i % columns) * tile_m, north = (i / columns) * tile_m;
    c.origin = {base.origin.lon + east / (std::numbers::pi / 180 * earth_radius_m * std::cos(base.origin.lat * std::numbers::pi / 180)),
                base.origin.lat + north / (std::numbers::pi / 180 * earth_radius_m)};
    d.communities.push_back(community(c));
  }
  return d;
}

}  // namespace gridgov::synth
