// A community checks its records and references, snaps its places and measures walks.
#include <gtest/gtest.h>

#include "gridgov/model/Community.hpp"
#include "support/Expect.hpp"
#include "support/Fixtures.hpp"

using namespace gridgov;
using namespace gridgov::model;
using gridgov::fixtures::four_household_street;

TEST(Community, ComputesLevelsAndIndexes) {
  const Community c(four_household_street());
  EXPECT_EQ(c.levels(), (std::vector<Level>{Level::green, Level::green, Level::red, Level::orange}));
  const auto counts = c.level_counts();
  EXPECT_EQ(counts.red, 1u);
  EXPECT_EQ(counts.orange, 1u);
  EXPECT_EQ(counts.green, 2u);
  EXPECT_EQ(c.building_levels(), (std::vector<Level>{Level::green, Level::red}));
  EXPECT_EQ(c.household_index("H3"), 2u);
  EXPECT_EQ(c.households_by_building()[1], (std::vector<std::size_t>{2, 3}));
  GRIDGOV_EXPECT_INPUT_ERROR(c.building_index("B9"), "building 'B9': is not in this community");
}

TEST(Community, WalksBetweenPlacesByHand) {
  const Community c(four_household_street());
  const auto buildings = c.places(PlaceKind::building);
  const std::vector<Place> office{{PlaceKind::office, 0}};
  const auto m = c.travel(office, buildings, 1);
  EXPECT_EQ(m.distance(0, 0), 55);   // 50 m along the street, 5 m to the door
  EXPECT_EQ(m.distance(0, 1), 155);
  EXPECT_EQ(m.duration(0, 1), 124);  // 155 m at 1.25 m/s
  EXPECT_EQ(c.places(PlaceKind::home), (std::vector<Place>{{PlaceKind::home, 1}}));
  GRIDGOV_EXPECT_INPUT_ERROR(c.position({PlaceKind::home, 0}), "volunteer 'V1': field 'home': is not given");
}

TEST(Community, CopiesShareStateAndCompareEqual) {
  const Community a(four_household_street());
  const Community b = a;
  EXPECT_EQ(&a.parts(), &b.parts());
  EXPECT_EQ(a, Community(four_household_street()));
}

namespace {

template <class Change>
void expect_rejected(Change change, const std::string& message) {
  auto parts = four_household_street();
  change(parts);
  GRIDGOV_EXPECT_INPUT_ERROR(Community(std::move(parts)), message);
}

}  // namespace

TEST(Community, RejectsBadRecordsNamingRecordAndField) {
  expect_rejected([](auto& p) { p.households[1].building = "B9"; }, "household 'H2': field 'building': unknown building 'B9'");
  expect_rejected([](auto& p) { p.households[0].size = 0; }, "household 'H1': field 'size': must be at least 1, got 0");
  expect_rejected([](auto& p) { p.households[0].attempts = -2; }, "household 'H1': field 'attempts': must be at least 0");
  expect_rejected([](auto& p) { p.households[3].language = "English"; }, "household 'H4': field 'language': 'English' is not a tag");
  expect_rejected([](auto& p) { p.households[3].id = "H1"; }, "household 'H1': field 'id': appears twice");
  expect_rejected([](auto& p) { p.households[0].id = ""; }, "household 0: field 'id': is empty");
  expect_rejected([](auto& p) { p.buildings[0].grid = "G7"; }, "building 'B1': field 'grid': unknown grid 'G7'");
  expect_rejected([](auto& p) { p.buildings[0].floors = 0; }, "building 'B1': field 'floors': must be at least 1");
  expect_rejected([](auto& p) { p.grids[0].worker = "V9"; }, "grid 'G1': field 'worker': unknown volunteer 'V9'");
  expect_rejected([](auto& p) { p.volunteers[0].max_day = hours(-1); }, "volunteer 'V1': field 'max_hours_day': must not be negative");
  expect_rejected([](auto& p) { p.volunteers[1].ties = {}; }, "volunteer 'V1': field 'ties': volunteer 'V2' does not name 'V1' back");
  expect_rejected([](auto& p) { p.volunteers.push_back({.id = "V1;V3"}); }, "volunteer 'V1;V3': field 'id': contains ';'");
  expect_rejected([](auto& p) { p.volunteers[1].skills = {"en", "en"}; }, "volunteer 'V2': field 'skills': 'en' appears twice");
  expect_rejected([](auto& p) { p.posts[0].staff = 0; }, "post 'P1': field 'staff': must be at least 1");
  expect_rejected([](auto& p) { p.posts[0].hours = {hours(22), hours(7)}; }, "post 'P1': field 'hours': time window 22:00-07:00 must end after it starts");
  expect_rejected([](auto& p) { p.info.walking_speed = 0; }, "community 'street': field 'walking_speed': must be a positive number");
}

TEST(Community, RejectsPlacesOffTheNetworkNamingThem) {
  expect_rejected([](auto& p) { p.buildings[1].entrance = {150, 400}; },
                  "building 'B2': field 'entrance': is 400.0 m from the nearest walkway (max_snap_distance is 150.0 m)");
  expect_rejected([](auto& p) { p.buildings[1].entrance = {150, 5e96}; },
                  "building 'B2': field 'entrance': is more than 1,000 km from every walkway");
  expect_rejected(
      [](auto& p) {
        p.network = network::WalkingNetwork({{1, {0, 0}}, {2, {100, 0}}, {3, {140, 0}}, {4, {200, 0}}},
                                            {{1, 2, {}}, {3, 4, {}}});
      },
      "building 'B2': field 'entrance': is on a part of the walking network that does not connect to the office");
  expect_rejected([](auto& p) { p.network = network::WalkingNetwork(); }, "community 'street': field 'network': has no edges");
}
