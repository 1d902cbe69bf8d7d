// CSV files: quoting, line numbers, malformed input, and writes that never leave half a file.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "gridgov/io/Csv.hpp"
#include "gridgov/io/Files.hpp"
#include "gridgov/model/Community.hpp"
#include "support/Expect.hpp"
#include "support/Fixtures.hpp"
#include "support/TempDir.hpp"

using namespace gridgov;
using namespace gridgov::io;

namespace {

Table parse(const std::string& text) {
  std::istringstream in(text);
  return parse_csv(in, "test.csv");
}

}  // namespace

TEST(Csv, ParsesQuotesEmbeddedNewlinesAndCrLf) {
  const auto t = parse("\xEF\xBB\xBFid,note\r\nH1,\"a, \"\"quoted\"\"\nnote\"\r\nH2,plain\r\n\r\n");
  ASSERT_EQ(t.rows(), 2u);
  EXPECT_EQ(t.columns[0].name, "id");
  EXPECT_EQ(std::get<std::string>(t.columns[1].cells[0]), "a, \"quoted\"\nnote");
  EXPECT_EQ(t.lines, (std::vector<std::int64_t>{2, 4}));
}

TEST(Csv, RejectsMalformedFilesNamingTheLine) {
  GRIDGOV_EXPECT_INPUT_ERROR(parse(""), "test.csv: is empty");
  GRIDGOV_EXPECT_INPUT_ERROR(parse("id,building\nH1\n"), "test.csv line 2: has 1 fields but the header has 2");
  GRIDGOV_EXPECT_INPUT_ERROR(parse("id\n\"H1\n"), "test.csv line 2: has a quoted field that never ends");
  GRIDGOV_EXPECT_INPUT_ERROR(parse("id\n\"H1\"x\n"), "test.csv line 2: has text after a closing quote");
  GRIDGOV_EXPECT_INPUT_ERROR(parse("id,,size\n"), "has a column with no name");
}

TEST(Csv, WritesAndReadsBackEveryRecordType) {
  const fixtures::TempDir dir;
  const auto p = fixtures::four_household_street();
  write_records(dir.path() / "households.csv", p.households);
  write_records(dir.path() / "volunteers.csv", p.volunteers);
  write_records(dir.path() / "buildings.csv", p.buildings);
  EXPECT_EQ(read_records<model::Household>(dir.path() / "households.csv"), p.households);
  EXPECT_EQ(read_records<model::Volunteer>(dir.path() / "volunteers.csv"), p.volunteers);
  EXPECT_EQ(read_records<model::Building>(dir.path() / "buildings.csv"), p.buildings);
  const auto text = read_file(dir.path() / "volunteers.csv");
  EXPECT_NE(text.find("V2,party_member,mon-fri 19:00-21:00,8,40,8,0,en,120,-10,V1\n"), std::string::npos) << text;
}

TEST(Csv, AFailedWriteLeavesTheEarlierFileWhole) {
  const fixtures::TempDir dir;
  const auto path = dir.path() / "households.csv";
  write_records(path, fixtures::four_household_street().households);
  const auto before = read_file(path);
  EXPECT_THROW(write_file_atomically(path, [](std::ostream& out) {
                 out << "half";
                 throw std::runtime_error("interrupted");
               }),
               std::runtime_error);
  EXPECT_EQ(read_file(path), before);
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "households.csv.partial"));
}

TEST(Csv, MissingFileIsAnInputError) {
  GRIDGOV_EXPECT_INPUT_ERROR(read_csv("/nonexistent/households.csv"), "cannot be opened for reading");
}
