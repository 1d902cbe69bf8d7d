// Scenario files: exact round trips, the committed fixture, and errors naming what is wrong.
#include <gtest/gtest.h>

#include "gridgov/io/Files.hpp"
#include "gridgov/io/Scenario.hpp"
#include "support/Expect.hpp"
#include "support/Fixtures.hpp"
#include "support/TempDir.hpp"

using namespace gridgov;
using namespace gridgov::io;

namespace {

const std::string fixture = std::string(GRIDGOV_TEST_DATA) + "/street.scenario.json";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST(Scenario, WritesTheCommittedFixtureByteForByte) {
  // The same file is read and rewritten by the Python tests: both sides agree on every byte.
  EXPECT_EQ(scenario_json(model::Community(fixtures::four_household_street())), read_file(fixture));
}

TEST(Scenario, RoundTripsExactly) {
  const auto c = read_scenario(fixture);
  EXPECT_EQ(c, model::Community(fixtures::four_household_street()));
  const fixtures::TempDir dir;
  write_scenario(dir.path() / "copy.json", c);
  EXPECT_EQ(read_file(dir.path() / "copy.json"), read_file(fixture));
}

TEST(Scenario, KeepsGeographicOriginsAndUserRules) {
  auto parts = fixtures::four_household_street();
  parts.network = network::WalkingNetwork(parts.network.nodes(), parts.network.edges(), GeoOrigin{116.4, 39.93});
  parts.level_rules = model::LevelRules::parse({"red if size > 3", "green"});
  const model::Community c(parts);
  EXPECT_EQ(parse_scenario(scenario_json(c)), c);
}

TEST(Scenario, RejectsWrongFormatsAndVersions) {
  const auto text = read_file(fixture);
  GRIDGOV_EXPECT_INPUT_ERROR(parse_scenario("{\"format\": ", "s.json"), "s.json: is not valid JSON");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_scenario("[1, 2]", "s.json"), "s.json: must hold a JSON object");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_scenario(replaced(text, "\"version\": 1", "\"version\": 2"), "s.json"),
                             "s.json: field 'version': is 2; this gridgov reads version 1");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_scenario(replaced(text, "gridgov-scenario", "geojson"), "s.json"),
                             "s.json: field 'format': must be \"gridgov-scenario\"");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_scenario(replaced(text, "\"grids\"", "\"gridz\""), "s.json"),
                             "s.json: field 'gridz': is not a key of a scenario file here");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_scenario(std::string(100, '[') + std::string(100, ']'), "s.json"), "nested deeper");
}

TEST(Scenario, RejectsBadRecordsNamingThem) {
  const auto text = read_file(fixture);
  GRIDGOV_EXPECT_INPUT_ERROR(parse_scenario(replaced(text, "\"size\": 3", "\"size\": \"three\""), "s.json"),
                             "s.json: households row 0 (household 'H1'): field 'size': expected an integer, got 'three'");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_scenario(replaced(text, "\"building\": \"B2\"", "\"building\": \"B7\""), "s.json"),
                             "household 'H3': field 'building': unknown building 'B7'");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_scenario(replaced(text, "{\"source\": 1, \"target\": 2", "{\"source\": 1, \"target\": 9"), "s.json"),
                             "edge 0: field 'target': unknown node 9");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_scenario(replaced(text, "\"skills\": [\"en\"]", "\"skills\": [1]"), "s.json"),
                             "volunteers row 1: field 'skills': expected a list of texts");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_scenario(replaced(text, "\"red if home_observation\"", "\"red if\""), "s.json"),
                             "level rule 1: expected a flag");
}

// Found by tests/fuzz/scenario: a number beyond a double's range escaped as nlohmann's out_of_range.
TEST(Scenario, ANumberBeyondADoubleIsInvalidJson) {
  GRIDGOV_EXPECT_INPUT_ERROR(parse_scenario("{\"version\": 1e400}", "s.json"), "s.json: is not valid JSON: ");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_scenario("5e743036", "s.json"), "number overflow parsing '5e743036'");
}
