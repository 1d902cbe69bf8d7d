// A small consumer of the installed gridgov package: a hand-made street, then the default
// synthetic community, the walks between their places, and a ledger of the street's visits.
#include <cstdio>

#include <gridgov/gridgov.hpp>

int main() {
  using namespace gridgov;

  // A 200 m street east of the office with two buildings on it, their doors 5 m north.
  model::CommunityParts parts;
  parts.info = {.id = "street", .office = {0, 0}};
  parts.network = network::WalkingNetwork({{1, {0, 0}}, {2, {100, 0}}, {3, {200, 0}}}, {{1, 2, {}}, {2, 3, {}}});
  parts.buildings = {{.id = "B1", .entrance = {50, 5}}, {.id = "B2", .entrance = {150, 5}}};
  parts.households = {{.id = "H1", .building = "B1", .size = 3},
                      {.id = "H2", .building = "B2", .size = 2, .home_observation = true}};
  const model::Community street(parts);

  const std::vector<model::Place> office{{model::PlaceKind::office, 0}};
  const auto walks = street.travel(office, street.places(model::PlaceKind::building));
  for (std::size_t b = 0; b < street.buildings().size(); ++b)
    std::printf("office -> %s: %lld m, %lld s\n", street.buildings()[b].id.c_str(),
                static_cast<long long>(walks.distance(0, static_cast<Eigen::Index>(b))),
                static_cast<long long>(walks.duration(0, static_cast<Eigen::Index>(b))));

  const auto community = synth::community({.seed = 1});
  const auto levels = community.level_counts();
  std::printf("synthetic community %s: %zu buildings, %zu households (red %zu, orange %zu, green %zu)\n",
              community.info().id.c_str(), community.buildings().size(), community.households().size(), levels.red,
              levels.orange, levels.green);

  auto ledger = ledger::Ledger::create(":memory:", street);
  const std::vector<ledger::Contact> visits{{.household = "H1", .day = 1, .time = parse_clock("19:30"), .outcome = ledger::Outcome::reached}};
  ledger.record(visits);
  std::printf("ledger: H1 reached on day %d, %zu contact recorded\n", ledger.community().households()[0].last_attempt,
              ledger.contacts().size());
  return 0;
}
