// A synthetic community: layout, households and volunteers put together with grids, posts,
// a station and the office.
#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>

#include "Ids.hpp"
#include "People.hpp"
#include "gridgov/core/Error.hpp"
#include "gridgov/synth/Synth.hpp"

namespace gridgov::synth {
namespace {

using detail::Layout;

void check(const CommunityOptions& o) {
  const std::string record = "synthetic community options";
  if (o.buildings < 1) throw InputError(record, "buildings", "must be at least 1");
  if (o.households < o.buildings)
    throw InputError(record, "households", "must be at least the number of buildings (" + std::to_string(o.buildings) + ")");
  if (o.volunteers < 0) throw InputError(record, "volunteers", "must not be negative");
  if (o.posts < 0) throw InputError(record, "posts", "must not be negative");
  if (o.day < 0) throw InputError(record, "day", "must not be negative");
  for (const auto& [value, field] : {std::pair{o.home_observation, "home_observation"},
                                     std::pair{o.returned_from_outside, "returned_from_outside"},
                                     std::pair{o.elderly_alone, "elderly_alone"}, std::pair{o.foreign_language, "foreign_language"},
                                     std::pair{o.reached, "reached"}})
    if (!(value >= 0 && value <= 1)) throw InputError(record, field, "must be a share between 0 and 1");
  if (o.home_observation > o.returned_from_outside)
    throw InputError(record, "home_observation", "must not exceed returned_from_outside (those observed at home came back)");
}

// Grids of about 110 buildings, whole hutongs each, each given a social worker.
std::vector<model::Grid> assign_grids(Layout& layout, const std::vector<model::Volunteer>& volunteers) {
  const int count = std::clamp(static_cast<int>(std::lround(static_cast<double>(layout.buildings.size()) / 110.0)), 1, layout.bands);
  std::vector<std::string> workers;
  for (const auto& v : volunteers)
    if (v.group == model::Group::social_worker) workers.push_back(v.id);
  std::vector<model::Grid> grids;
  for (int g = 0; g < count; ++g)
    grids.push_back({detail::numbered_id('G', static_cast<std::size_t>(g) + 1, 1), workers.empty() ? "" : workers[static_cast<std::size_t>(g) % workers.size()]});
  for (std::size_t b = 0; b < layout.buildings.size(); ++b)
    layout.buildings[b].grid = grids[static_cast<std::size_t>(layout.building_band[b] * count / layout.bands)].id;
  return grids;
}

// Posts at gates to the outer streets, spread evenly around the community, then at gates
// inside when there are more posts than street gates; a post nearest the households that
// need a language needs someone who speaks it.
std::vector<model::Post> place_posts(const CommunityOptions& o, const Layout& layout,
                                     const std::vector<model::Household>& households) {
  const Point centre{layout.width / 2, layout.height / 2};
  const auto angle = [&](Point p) { return std::atan2(p.y - centre.y, p.x - centre.x); };
  std::vector<Point> chosen;
  auto wanted = static_cast<std::size_t>(o.posts);
  for (auto gates : {layout.street_gates, layout.inner_gates}) {
    std::stable_sort(gates.begin(), gates.end(), [&](Point a, Point b) { return angle(a) < angle(b); });
    const auto take = std::min(wanted, gates.size());
    for (std::size_t k = 0; k < take; ++k) chosen.push_back(gates[k * gates.size() / take]);
    wanted -= take;
  }
  if (wanted > 0)
    throw InputError("synthetic community options", "posts",
                     "asks for " + std::to_string(o.posts) + " posts but the plan has " + std::to_string(chosen.size()) + " gates");
  std::vector<model::Post> posts;
  for (std::size_t k = 0; k < chosen.size(); ++k) {
    model::Post p{.id = detail::numbered_id('P', k + 1, 2), .location = chosen[k]};
    if (k % 2 == 0) p.hours = {hours(6), hours(24)};  // main gates stay open until midnight
    posts.push_back(std::move(p));
  }
  std::map<std::string, std::pair<Point, int>> by_language;  // sum of entrances, count
  std::map<std::string, std::size_t> building_of;
  for (std::size_t b = 0; b < layout.buildings.size(); ++b) building_of[layout.buildings[b].id] = b;
  for (const auto& h : households)
    if (!h.language.empty()) {
      auto& [sum, n] = by_language[h.language];
      const auto& e = layout.buildings[building_of.at(h.building)].entrance;
      sum.x += e.x, sum.y += e.y, ++n;
    }
  for (const auto& [lang, acc] : by_language) {
    if (acc.second < 3 || posts.empty()) continue;
    const Point c{acc.first.x / acc.second, acc.first.y / acc.second};
    auto nearest = std::min_element(posts.begin(), posts.end(), [&](const auto& a, const auto& b) {
      return euclidean(a.location, c) < euclidean(b.location, c);
    });
    nearest->skills.push_back(lang);
  }
  return posts;
}

}  // namespace

model::Community community(const CommunityOptions& o) {
  check(o);
  Random rng(o.seed);
  // Each part draws from its own stream, so changing one size leaves the others alone.
  auto layout = detail::hutong_layout(o.buildings, rng.split());
  const auto households = detail::make_households(o, layout, rng.split());
  auto volunteers = detail::make_volunteers(o, layout, households, rng.split());
  model::CommunityParts parts;
  parts.info = {.id = o.id, .subdistrict = o.subdistrict, .district = o.district, .office = layout.office};
  parts.grids = assign_grids(layout, volunteers);
  parts.posts = place_posts(o, layout, households);
  parts.stations = {{.id = "S1", .location = layout.station}};
  parts.network = network::WalkingNetwork(std::move(layout.nodes), std::move(layout.edges), o.origin);
  parts.buildings = std::move(layout.buildings);
  parts.households = households;
  parts.volunteers = std::move(volunteers);
  return model::Community(std::move(parts));
}

}  // namespace gridgov::synth
