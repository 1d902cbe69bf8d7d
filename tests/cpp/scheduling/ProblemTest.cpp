// Problems built in code are checked before use, with errors naming the record and field.
#include <gtest/gtest.h>

#include "gridgov/scheduling/Evaluate.hpp"
#include "support/Expect.hpp"

using namespace gridgov::scheduling;

namespace {
Problem small() {
  Problem p;
  p.days = 7;
  p.shifts = {{.id = "D", .minutes = 480}, {.id = "N", .minutes = 600, .cannot_follow = {0}}};
  p.staff = {{.id = "A"}, {.id = "B", .max_shifts = {5, 0}}};
  p.cover = {{.day = 0, .shifts = {0}, .requirement = 1, .weight_under = 10, .weight_over = 1}};
  return p;
}
}  // namespace

TEST(Problem, ValidatesEveryRecord) {
  EXPECT_NO_THROW(validate(small()));
  auto p = small();
  p.staff[1].id = "A";
  GRIDGOV_EXPECT_INPUT_ERROR(validate(p), "staff 'A': field 'id': is used twice");
  p = small();
  p.shifts[1].cannot_follow = {2};
  GRIDGOV_EXPECT_INPUT_ERROR(validate(p), "shift type 'N': field 'cannot_follow': 2 is not a shift type (there are 2)");
  p = small();
  p.staff[1].max_shifts = {5};
  GRIDGOV_EXPECT_INPUT_ERROR(validate(p), "staff 'B': field 'max_shifts': has 1 entries for 2 shift types");
  p = small();
  p.cover.push_back(p.cover[0]);
  GRIDGOV_EXPECT_INPUT_ERROR(validate(p), "cover row 1: field 'shifts': a second row for day 0 and the same shift types");
  p = small();
  p.on_requests = {{.staff = 2, .day = 0, .shift = 0, .weight = 1}};
  GRIDGOV_EXPECT_INPUT_ERROR(validate(p), "on request 0: field 'staff': 2 is not a staff index");
  p = small();
  p.off_requests = {{.staff = 0, .day = 0, .shift = 0, .weight = -1}};
  GRIDGOV_EXPECT_INPUT_ERROR(validate(p), "off request 0: field 'weight': must not be negative");
  p = small();
  p.days = 0;
  GRIDGOV_EXPECT_INPUT_ERROR(evaluate(p, Roster(2, 0)), "field 'days': the horizon must have at least one day");
}

TEST(Problem, OpenBoundsAndUnpricedPairs) {
  // Unlimited contracts: A works every day of the week. B too works day 0 (one too many, 1)
  // and day 3, which has no cover row (free).
  auto p = small();
  Roster r(2, 7);
  for (int d = 0; d < 7; ++d) r(0, d) = 0;
  r(1, 0) = 0;
  r(1, 3) = 0;
  const auto e = evaluate(p, r);
  EXPECT_TRUE(e.feasible);
  EXPECT_EQ(e.objective, 1);
  r(1, 3) = 1;
  EXPECT_EQ(evaluate(p, r).violations.at(0).detail, "1 shifts > 0");
}
