// The Curtois–Qu reader: every section, ids to indices, and errors that name line and field.
#include <gtest/gtest.h>

#include "gridgov/io/Files.hpp"
#include "gridgov/scheduling/Curtois.hpp"
#include "support/Expect.hpp"

using namespace gridgov;
using namespace gridgov::scheduling;

namespace {
const std::string tiny = std::string(GRIDGOV_TEST_DATA) + "/rostering/tiny.txt";

std::string with_line(const std::string& section_line, const std::string& data) {
  return "SECTION_HORIZON\n14\nSECTION_SHIFTS\nE,480,\nL,480,E\nSECTION_STAFF\n"
         "A,E=14|L=14,4800,1920,5,2,2,1\n" + section_line + "\n" + data + "\n";
}
}  // namespace

TEST(Curtois, ReadsEverySection) {
  const auto p = read_curtois(tiny);
  EXPECT_EQ(p.name, "tiny.txt");
  EXPECT_EQ(p.days, 14);
  ASSERT_EQ(p.shifts.size(), 2u);
  EXPECT_EQ(p.shifts[1].id, "L");
  EXPECT_EQ(p.shifts[1].minutes, 480);
  EXPECT_EQ(p.shifts[1].cannot_follow, std::vector<std::size_t>{0});
  EXPECT_TRUE(p.shifts[0].cannot_follow.empty());
  ASSERT_EQ(p.staff.size(), 3u);
  const auto& c = p.staff[2];
  EXPECT_EQ(c.id, "C");
  EXPECT_EQ(c.max_shifts, (std::vector<int>{0, 3}));
  EXPECT_EQ(c.max_total_minutes, 2400);
  EXPECT_EQ(c.min_total_minutes, 0);
  EXPECT_EQ(c.max_consecutive_shifts, 3);
  EXPECT_EQ(c.min_consecutive_shifts, 2);
  EXPECT_EQ(c.min_consecutive_days_off, 2);
  EXPECT_EQ(c.max_weekends, 1);
  EXPECT_EQ(p.staff[1].days_off, std::vector<int>{13});
  ASSERT_EQ(p.on_requests.size(), 2u);
  EXPECT_EQ(p.on_requests[1], (Request{.staff = 1, .day = 8, .shift = 0, .weight = 2}));
  ASSERT_EQ(p.off_requests.size(), 2u);
  EXPECT_EQ(p.off_requests[0], (Request{.staff = 2, .day = 10, .shift = 1, .weight = 4}));
  ASSERT_EQ(p.cover.size(), 21u);
  EXPECT_EQ(p.cover[14], (Cover{.day = 0, .shifts = {1}, .requirement = 1, .weight_under = 50, .weight_over = 2}));
}

TEST(Curtois, ToleratesWindowsLineEndings) {
  std::string text = gridgov::io::read_file(tiny);
  std::string crlf;
  for (const char ch : text) crlf += ch == '\n' ? std::string("\r\n") : std::string(1, ch);
  EXPECT_EQ(parse_curtois(crlf, "tiny.txt"), read_curtois(tiny));
}

TEST(Curtois, ErrorsNameTheLineAndField) {
  GRIDGOV_EXPECT_INPUT_ERROR(parse_curtois(with_line("SECTION_COVER", "0,N,1,100,1"), "x.txt"),
                             "x.txt line 9: field 'ShiftID': unknown shift type 'N'");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_curtois(with_line("SECTION_COVER", "0,E,one,100,1"), "x.txt"),
                             "x.txt line 9: field 'Requirement': expected an integer, got 'one'");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_curtois(with_line("SECTION_COVER", "0,E,1,100"), "x.txt"),
                             "x.txt line 9: expected 5 fields");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_curtois(with_line("SECTION_DAYS_OFF", "Z,3"), "x.txt"),
                             "field 'EmployeeID': unknown staff 'Z'");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_curtois(with_line("SECTION_DAYS_OFF", "A,14"), "x.txt"),
                             "staff 'A': field 'days_off': 14 is not a day of the horizon");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_curtois(with_line("SECTION_STAFF", "B,E=14,4800,0,5,1,1,2"), "x.txt"),
                             "x.txt staff 'B': field 'MaxShifts': gives no limit for shift type 'L'");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_curtois(with_line("SECTION_STAFF", "B,E:14|L=1,4800,0,5,1,1,2"), "x.txt"),
                             "field 'MaxShifts': expected ShiftID=max, got 'E:14'");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_curtois(with_line("SECTION_STAFF", "B,E=1|L=1,100,200,5,1,1,2"), "x.txt"),
                             "staff 'B': field 'max_total_minutes': is below min_total_minutes");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_curtois(with_line("SECTION_REST", "1"), "x.txt"), "unknown section 'SECTION_REST'");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_curtois("SECTION_SHIFTS\nE,480,\n", "x.txt"), "field 'SECTION_HORIZON': missing");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_curtois("SECTION_HORIZON\n7\nSECTION_SHIFTS\nE,480,Q\n", "x.txt"),
                             "shift type 'E': field 'ShiftsThatCannotFollow': unknown shift type 'Q'");
  GRIDGOV_EXPECT_INPUT_ERROR(read_curtois("/nonexistent/Instance99.txt"), "Instance99.txt");
}
