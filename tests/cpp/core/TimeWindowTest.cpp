// Clock times, windows and weekly availability: parsing, canonical text, and errors.
#include <gtest/gtest.h>

#include "gridgov/core/Error.hpp"
#include "gridgov/core/WeeklyWindows.hpp"
#include "support/Expect.hpp"

using namespace gridgov;

TEST(Clock, ParsesAndFormatsClockTimes) {
  EXPECT_EQ(parse_clock("19:00"), hours(19));
  EXPECT_EQ(parse_clock("9:30"), hours(9) + minutes(30));
  EXPECT_EQ(parse_clock("24:00"), day_length);
  EXPECT_EQ(parse_clock("07:05:09"), hours(7) + minutes(5) + seconds(9));
  EXPECT_EQ(format_clock(hours(19)), "19:00");
  EXPECT_EQ(format_clock(seconds(3661)), "01:01:01");
}

TEST(Clock, RejectsMalformedTimesNamingTheField) {
  GRIDGOV_EXPECT_INPUT_ERROR(parse_clock("25:00", "volunteer 'V1'", "availability"),
                             "volunteer 'V1': field 'availability': expected a clock time");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_clock("19h", "post 'P1'", "hours"), "'19h'");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_clock("24:01"), "'24:01'");
  GRIDGOV_EXPECT_INPUT_ERROR(parse_window("21:00-19:00", "post 'P1'", "hours"),
                             "post 'P1': field 'hours': time window 21:00-19:00 must end after it starts");
}

TEST(WeeklyWindows, ParsesDayRangesAndListsIntoCanonicalText) {
  const auto w = WeeklyWindows::parse("sat,sun 09:00-12:00,14:00-18:00; mon-fri 19:00-21:00");
  EXPECT_EQ(w.on(Weekday::mon), (std::vector<TimeWindow>{{hours(19), hours(21)}}));
  EXPECT_EQ(w.on(Weekday::sun).size(), 2u);
  EXPECT_EQ(w.total(), hours(2) * 5 + hours(7) * 2);
  EXPECT_EQ(w.text(), "mon-fri 19:00-21:00; sat,sun 09:00-12:00,14:00-18:00");
  EXPECT_EQ(WeeklyWindows::parse(w.text()), w);
}

TEST(WeeklyWindows, GroupsEqualDaysAndWritesDaily) {
  EXPECT_EQ(WeeklyWindows::parse("mon 08:00-10:00; tue-sun 08:00-10:00").text(), "daily 08:00-10:00");
  EXPECT_EQ(WeeklyWindows::parse("mon,wed,fri 08:00-10:00").text(), "mon,wed,fri 08:00-10:00");
  EXPECT_EQ(WeeklyWindows::parse("mon-wed 08:00-10:00; sun 08:00-10:00").text(), "mon-wed,sun 08:00-10:00");
  EXPECT_TRUE(WeeklyWindows::parse("").empty());
}

TEST(WeeklyWindows, RejectsUnknownDaysAndOverlaps) {
  GRIDGOV_EXPECT_INPUT_ERROR(WeeklyWindows::parse("moon 08:00-10:00", "volunteer 'V7'", "availability"),
                             "volunteer 'V7': field 'availability': unknown day 'moon'");
  GRIDGOV_EXPECT_INPUT_ERROR(WeeklyWindows::parse("mon 08:00-10:00,09:00-11:00"),
                             "windows 08:00-10:00 and 09:00-11:00 on mon overlap");
  GRIDGOV_EXPECT_INPUT_ERROR(WeeklyWindows::parse("fri-mon 08:00-10:00"), "runs backwards");
  GRIDGOV_EXPECT_INPUT_ERROR(WeeklyWindows::parse("mon"), "expected 'DAYS HH:MM-HH:MM");
}
