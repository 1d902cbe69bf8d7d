// Cells converting between kinds, and records going through their table schemas.
#include <gtest/gtest.h>

#include <cmath>

#include "gridgov/io/Records.hpp"
#include "gridgov/model/Community.hpp"
#include "support/Expect.hpp"
#include "support/Fixtures.hpp"

using namespace gridgov;
using namespace gridgov::io;

TEST(Cells, ConvertTextToEachKind) {
  EXPECT_EQ(convert(std::string("42"), Kind::integer, "r", "f"), Cell{std::int64_t{42}});
  EXPECT_EQ(convert(std::string(" 2.5 "), Kind::real, "r", "f"), Cell{2.5});
  EXPECT_EQ(convert(std::string("TRUE"), Kind::boolean, "r", "f"), Cell{true});
  EXPECT_EQ(convert(std::string("0"), Kind::boolean, "r", "f"), Cell{false});
  EXPECT_EQ(convert(std::string("en; medical;"), Kind::list, "r", "f"), (Cell{std::vector<std::string>{"en", "medical"}}));
  EXPECT_EQ(convert(std::string(""), Kind::integer, "r", "f"), Cell{});
  EXPECT_EQ(convert(std::string(""), Kind::text, "r", "f"), Cell{std::string()});
}

TEST(Cells, ConvertNumbersTheWayDataFramesHoldThem) {
  EXPECT_EQ(convert(3.0, Kind::integer, "r", "f"), Cell{std::int64_t{3}});
  EXPECT_EQ(convert(std::int64_t{3}, Kind::real, "r", "f"), Cell{3.0});
  EXPECT_EQ(convert(std::nan(""), Kind::real, "r", "f"), Cell{});
  EXPECT_EQ(convert(std::int64_t{17}, Kind::text, "r", "f"), Cell{std::string("17")});
  EXPECT_EQ(convert(std::int64_t{1}, Kind::boolean, "r", "f"), Cell{true});
}

TEST(Cells, RejectValuesOfTheWrongKindNamingRecordAndField) {
  GRIDGOV_EXPECT_INPUT_ERROR(convert(std::string("two"), Kind::integer, "household 'H1'", "size"),
                             "household 'H1': field 'size': expected an integer, got 'two'");
  GRIDGOV_EXPECT_INPUT_ERROR(convert(2.5, Kind::integer, "r", "size"), "expected an integer, got '2.5'");
  GRIDGOV_EXPECT_INPUT_ERROR(convert(std::string("maybe"), Kind::boolean, "r", "reached"), "expected a boolean, got 'maybe'");
  GRIDGOV_EXPECT_INPUT_ERROR(convert(std::string("99999999999999999999"), Kind::integer, "r", "f"), "is out of range");
  EXPECT_EQ(to_text(1.0 / 3.0), "0.3333333333333333");
}

TEST(Records, EveryRecordTypeRoundTripsThroughItsTable) {
  const auto p = fixtures::four_household_street();
  EXPECT_EQ(from_table<model::Household>(to_table(p.households)), p.households);
  EXPECT_EQ(from_table<model::Building>(to_table(p.buildings)), p.buildings);
  EXPECT_EQ(from_table<model::Volunteer>(to_table(p.volunteers)), p.volunteers);
  EXPECT_EQ(from_table<model::Grid>(to_table(p.grids)), p.grids);
  EXPECT_EQ(from_table<model::Post>(to_table(p.posts)), p.posts);
  EXPECT_EQ(from_table<model::Station>(to_table(p.stations)), p.stations);
  EXPECT_EQ(from_table<network::Node>(to_table(p.network.nodes())), p.network.nodes());
  EXPECT_EQ(from_table<network::Edge>(to_table(p.network.edges())), p.network.edges());
  EXPECT_EQ(from_table<model::CommunityInfo>(to_table(std::vector{p.info})).front(), p.info);
}

TEST(Records, SingleCellsByColumnName) {
  const auto p = fixtures::four_household_street();
  EXPECT_EQ(cell(p.households[0], "size"), Cell{std::int64_t{3}});
  EXPECT_EQ(cell(p.volunteers[1], "availability"), Cell{std::string("mon-fri 19:00-21:00")});
  GRIDGOV_EXPECT_INPUT_ERROR(cell(p.households[0], "colour"), "household: field 'colour': is not a column of household records");
}

TEST(Records, WithoutASourceRecordsAreNamedByIdAlone) {
  Table t{{{"id", {Cell{std::string("H9")}}}, {"building", {Cell{std::string("B1")}}}, {"size", {Cell{std::string("x")}}}}, "", {}};
  GRIDGOV_EXPECT_INPUT_ERROR(from_table<model::Household>(t), "household 'H9': field 'size': expected an integer");
}

TEST(Records, VolunteerColumnsUseHoursClockTimesAndLists) {
  const auto t = to_table(fixtures::four_household_street().volunteers);
  EXPECT_EQ(std::get<std::string>(t.find("availability")->cells[1]), "mon-fri 19:00-21:00");
  EXPECT_EQ(std::get<double>(t.find("max_hours_day")->cells[0]), 8.0);
  EXPECT_EQ(std::get<std::vector<std::string>>(t.find("skills")->cells[1]), std::vector<std::string>{"en"});
  EXPECT_TRUE(std::holds_alternative<std::monostate>(t.find("home_x")->cells[0]));
}

namespace {

Table households(std::vector<Column> columns) {
  Table t{std::move(columns), "households.csv", {}};
  for (std::size_t r = 0; r < t.rows(); ++r) t.lines.push_back(static_cast<std::int64_t>(r) + 2);
  return t;
}

Column text_column(std::string name, std::vector<std::string> values) {
  Column c{std::move(name), {}};
  for (auto& v : values) c.cells.emplace_back(std::move(v));
  return c;
}

}  // namespace

TEST(Records, OptionalColumnsTakeTheirDefaults) {
  const auto h = from_table<model::Household>(households({text_column("id", {"H1"}), text_column("building", {"B1"})}));
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].size, 1);
  EXPECT_EQ(h[0].last_attempt, -1);
  EXPECT_FALSE(h[0].reached);
}

TEST(Records, ErrorsNameLineRecordAndColumn) {
  GRIDGOV_EXPECT_INPUT_ERROR(
      from_table<model::Household>(households({text_column("id", {"H1", "H2"}), text_column("building", {"B1", "B1"}),
                                               text_column("size", {"3", "many"})})),
      "households.csv line 3 (household 'H2'): field 'size': expected an integer, got 'many'");
  GRIDGOV_EXPECT_INPUT_ERROR(from_table<model::Household>(households({text_column("id", {"H1"})})),
                             "households.csv: field 'building': is a required column of household records and is missing");
  GRIDGOV_EXPECT_INPUT_ERROR(
      from_table<model::Household>(households({text_column("id", {"H1"}), text_column("building", {""})})),
      "households.csv line 2 (household 'H1'): field 'building': is required and has no value");
  GRIDGOV_EXPECT_INPUT_ERROR(from_table<model::Household>(households({text_column("id", {"H1"}), text_column("building", {"B1"}),
                                                                      text_column("sise", {"2"})})),
                             "households.csv: field 'sise': is not a column of household records (known: id, building, size");
  GRIDGOV_EXPECT_INPUT_ERROR(from_table<model::Household>(households({text_column("id", {"H1"}), text_column("building", {"B1"}),
                                                                      text_column("size", {"99999999999"})})),
                             "field 'size': 99999999999 is out of range");
  GRIDGOV_EXPECT_INPUT_ERROR(
      from_table<model::Volunteer>(households({text_column("id", {"V1"}), text_column("group", {"wizard"})})),
      "(volunteer 'V1'): field 'group': unknown value 'wizard' (allowed: social_worker, official");
  GRIDGOV_EXPECT_INPUT_ERROR(from_table<model::Volunteer>(households({text_column("id", {"V1"}), text_column("group", {"student"}),
                                                                      text_column("home_x", {"3"})})),
                             "field 'home_x': home_x and home_y must be given together");
}

TEST(Records, IgnoredColumnsAreSkipped) {
  const auto h = from_table<model::Household>(
      households({text_column("id", {"H1"}), text_column("building", {"B1"}), text_column("level", {"red"})}), {"level"});
  EXPECT_EQ(h.size(), 1u);
}
