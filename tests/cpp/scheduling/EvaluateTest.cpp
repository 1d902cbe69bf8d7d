// The roster evaluator on the tiny fixture: objective and breakdown by hand, and each hard rule
// broken alone by a one-line change of a feasible roster.
#include <gtest/gtest.h>

#include <algorithm>

#include "gridgov/scheduling/Curtois.hpp"
#include "gridgov/scheduling/Evaluate.hpp"
#include "support/Expect.hpp"

using namespace gridgov::scheduling;

namespace {
const Problem problem = read_curtois(std::string(GRIDGOV_TEST_DATA) + "/rostering/tiny.txt");

// One line per staff member, a character per day: '.' off, else the (one-letter) shift id.
Roster roster(const std::vector<std::string>& lines) {
  Roster r(lines.size(), static_cast<int>(lines.at(0).size()));
  for (std::size_t i = 0; i < lines.size(); ++i)
    for (std::size_t d = 0; d < lines[i].size(); ++d)
      if (lines[i][d] != '.') {
        const auto t = std::find_if(problem.shifts.begin(), problem.shifts.end(),
                                    [&](const ShiftType& s) { return s.id == std::string(1, lines[i][d]); });
        r(i, static_cast<int>(d)) = static_cast<int>(t - problem.shifts.begin());
      }
  return r;
}

//                                  day 0123456789abcd
const std::vector<std::string> good{".EEE...EEE....",   // A
                                    "E...EEE...EEE.",   // B
                                    "....LLL......."};  // C

// The one hard rule a roster breaks, with its staff and first day, as "rule staff day".
std::vector<std::string> broken(const std::vector<std::string>& lines) {
  std::vector<std::string> out;
  for (const auto& f : evaluate(problem, roster(lines)).violations)
    out.push_back(std::string(rule_name(f.rule)) + " " + std::to_string(f.staff) + " " + std::to_string(f.day));
  return out;
}

std::vector<std::string> changed(std::size_t staff, const std::string& line) {
  auto lines = good;
  lines.at(staff) = line;
  return lines;
}
}  // namespace

TEST(Evaluate, FeasibleRosterCostsWhatTheRulesSay) {
  const auto e = evaluate(problem, roster(good));
  EXPECT_TRUE(e.feasible);
  EXPECT_TRUE(e.violations.empty());
  // E short on day 13 (100); L short on days 0-3 (4 x 50); B's on request day 8 (2); A's off
  // request against E on day 3 (1).
  EXPECT_EQ(e.cover_cost, 300);
  EXPECT_EQ(e.request_cost, 3);
  EXPECT_EQ(e.objective, 303);
  ASSERT_EQ(e.penalties.size(), 7u);
  const auto under = std::find_if(e.penalties.begin(), e.penalties.end(),
                                  [](const Finding& f) { return f.rule == Rule::under_cover && f.shift == 0; });
  ASSERT_NE(under, e.penalties.end());
  EXPECT_EQ(under->day, 13);
  EXPECT_EQ(under->staff, -1);
  EXPECT_EQ(under->cost, 100);
  EXPECT_EQ(under->detail, "1 short of 1");
  EXPECT_EQ(e.penalties.front().detail, "wanted to work E");  // B on day 8
  EXPECT_EQ(e.penalties.front().staff, 1);
}

TEST(Evaluate, OverCoverIsPricedPerPersonTooMany) {
  const auto e = evaluate(problem, roster(changed(1, "EE..EEE...EEE.")));
  EXPECT_TRUE(e.feasible);
  EXPECT_EQ(e.objective, 304);
  const auto over = std::find_if(e.penalties.begin(), e.penalties.end(), [](const Finding& f) { return f.rule == Rule::over_cover; });
  ASSERT_NE(over, e.penalties.end());
  EXPECT_EQ(over->day, 1);
  EXPECT_EQ(over->cost, 1);
}

TEST(Evaluate, EachHardRuleAlone) {
  using V = std::vector<std::string>;
  EXPECT_EQ(broken(changed(0, "EEEE...EEE....")), V{"day_off 0 0"});
  EXPECT_EQ(broken(changed(0, ".LEE...EEE....")), V{"succession 0 2"});
  EXPECT_EQ(broken(changed(2, "....LLL...LL..")), V{"max_shifts 2 -1"});
  EXPECT_EQ(broken(changed(1, "EE.EEEEE.EEEE.")), V{"max_total_minutes 1 -1"});
  EXPECT_EQ(broken(changed(0, ".EEE..........")), V{"min_total_minutes 0 -1"});
  EXPECT_EQ(broken(changed(0, ".EEEEEE.......")), V{"max_consecutive_shifts 0 1"});
  EXPECT_EQ(broken(changed(0, ".EEE...E......")), V{"min_consecutive_shifts 0 7"});
  EXPECT_EQ(broken(changed(0, ".EEE.EEE......")), V{"min_consecutive_days_off 0 4"});
  EXPECT_EQ(broken(changed(0, ".EE..EE....EE.")), V{"max_weekends 0 -1"});
}

TEST(Evaluate, MinimumRunsTouchingTheHorizonEdgesAreExempt) {
  EXPECT_TRUE(broken(changed(0, ".EEE...EE....E")).empty());  // one day at the end
  EXPECT_TRUE(broken(changed(2, "L....LL.......")).empty());  // one day at the start
}

TEST(Evaluate, BadRostersAreListedNotThrown) {
  auto e = evaluate(problem, Roster(2, 14));
  EXPECT_FALSE(e.feasible);
  ASSERT_EQ(e.violations.size(), 1u);
  EXPECT_EQ(e.violations[0].rule, Rule::roster_shape);
  EXPECT_EQ(e.violations[0].detail, "the roster has 2 staff and 14 days, the problem 3 staff and 14 days");
  auto unknown = roster(good);
  unknown(1, 3) = 7;
  e = evaluate(problem, unknown);
  ASSERT_EQ(e.violations.size(), 1u);
  EXPECT_EQ(e.violations[0].detail, "shift type 7 does not exist");
}
