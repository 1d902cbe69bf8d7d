// The rules watch-post duty adds to the rostering model, each checked by the evaluator on a
// hand-made problem: unavailable times, rest between days, pairs, skills, cover over several
// shift types, and fairness.
#include <gtest/gtest.h>

#include <algorithm>

#include "gridgov/scheduling/Evaluate.hpp"
#include "support/Expect.hpp"

using namespace gridgov::scheduling;

namespace {
// Two posts' morning and evening blocks; three staff; B and C serve together.
Problem posts() {
  Problem p;
  p.days = 2;
  p.shifts = {{.id = "P1 08-12", .minutes = 240, .start = 8 * 60},
              {.id = "P1 18-22", .minutes = 240, .start = 18 * 60},
              {.id = "P2 08-10", .minutes = 120, .start = 8 * 60}};
  p.staff = {{.id = "A", .unavailable = {{.day = 1, .start = 9 * 60, .end = 10 * 60}}, .min_rest_minutes = 11 * 60, .skills = {"en"}},
             {.id = "B"},
             {.id = "C", .skills = {"en"}}};
  p.pairs = {{1, 2}};
  // P1 at 09:00 on day 0 is spanned by the morning block only; wants 2, one with "en".
  p.cover = {{.day = 0, .shifts = {0}, .requirement = 2, .weight_under = 100, .weight_over = 5},
             {.day = 0, .shifts = {0}, .skill = "en", .requirement = 1, .weight_under = 70},
             {.day = 0, .shifts = {0, 2}, .requirement = 1, .weight_under = 10, .weight_over = 3}};
  return p;
}

Roster lines(const std::vector<std::vector<int>>& cells) {
  Roster r(cells.size(), static_cast<int>(cells.at(0).size()));
  for (std::size_t i = 0; i < cells.size(); ++i)
    for (std::size_t d = 0; d < cells[i].size(); ++d) r(i, static_cast<int>(d)) = cells[i][d];
  return r;
}

std::vector<std::string> broken(const Problem& p, const Roster& r) {
  std::vector<std::string> out;
  for (const auto& f : evaluate(p, r).violations) out.push_back(std::string(rule_name(f.rule)) + " " + std::to_string(f.staff) + " " + std::to_string(f.day));
  return out;
}
}  // namespace

TEST(DutyRules, UnavailableTimesRestAndPairsAreHard) {
  const auto p = posts();
  EXPECT_TRUE(evaluate(p, lines({{-1, 1}, {0, -1}, {0, -1}})).feasible);
  EXPECT_EQ(broken(p, lines({{-1, 0}, {0, -1}, {0, -1}})), (std::vector<std::string>{"unavailable 0 1"}));  // 08-12 over 09-10
  EXPECT_EQ(evaluate(p, lines({{-1, 0}, {0, -1}, {0, -1}})).violations.at(0).detail, "P1 08-12 overlaps 09:00-10:00 when unavailable");
  EXPECT_EQ(broken(p, lines({{-1, 2}, {0, -1}, {0, -1}})), (std::vector<std::string>{"unavailable 0 1"}));  // 08-10 too
  EXPECT_EQ(broken(p, lines({{1, 2}, {-1, -1}, {-1, -1}})),
            (std::vector<std::string>{"unavailable 0 1", "rest 0 1"}));  // 22:00 to 08:00 is 10 h < 11 h
  EXPECT_EQ(broken(p, lines({{-1, -1}, {0, -1}, {1, -1}})), (std::vector<std::string>{"apart 1 0"}));
  EXPECT_EQ(broken(p, lines({{-1, -1}, {0, -1}, {-1, -1}})), (std::vector<std::string>{"apart 1 0"}));
}

TEST(DutyRules, CoverCountsEveryNamedShiftTypeAndOnlyTheSkilled) {
  const auto p = posts();
  // Nobody: 2 short (200), nobody with en (70), 1 short of the two-post row (10).
  auto e = evaluate(p, lines({{-1, -1}, {-1, -1}, {-1, -1}}));
  EXPECT_EQ(e.objective, 280);
  // B and C in the morning at P1: the staff row is met, C speaks en, the two-post row has 1 too many.
  e = evaluate(p, lines({{-1, -1}, {0, -1}, {0, -1}}));
  EXPECT_EQ(e.objective, 3);
  ASSERT_EQ(e.penalties.size(), 1u);
  EXPECT_EQ(e.penalties[0].rule, Rule::over_cover);
  EXPECT_EQ(e.penalties[0].cover, 2);
  EXPECT_EQ(e.penalties[0].shift, -1);  // a row of several shift types
  // A alone at P2: counts only toward the two-post row.
  e = evaluate(p, lines({{2, -1}, {-1, -1}, {-1, -1}}));
  EXPECT_EQ(e.objective, 270);
}

TEST(DutyRules, FairnessPricesTheSpreadOfMinutesIncludingNobodyWorking) {
  auto p = posts();
  p.cover.clear();
  p.fairness_weight = 2;
  auto e = evaluate(p, lines({{-1, -1}, {0, 0}, {0, 0}}));  // B and C 480 minutes, A none
  EXPECT_EQ(e.objective, 960);
  EXPECT_EQ(e.fairness_cost, 960);
  ASSERT_EQ(e.penalties.size(), 1u);
  EXPECT_EQ(e.penalties[0].rule, Rule::fairness);
  EXPECT_EQ(e.penalties[0].detail, "spread 480 minutes: B works 480, A 0");
  EXPECT_EQ(evaluate(p, lines({{-1, 1}, {0, -1}, {0, -1}})).objective, 0);
}

TEST(DutyRules, ValidationNamesTheNewFields) {
  auto p = posts();
  p.staff[0].unavailable[0].end = 25 * 60;
  GRIDGOV_EXPECT_INPUT_ERROR(validate(p), "staff 'A': field 'unavailable': day 1: [540, 1500) is not a stretch of minutes within the day");
  p = posts();
  p.staff[1].min_rest_minutes = -1;
  GRIDGOV_EXPECT_INPUT_ERROR(validate(p), "staff 'B': field 'min_rest_minutes': must not be negative, got -1");
  p = posts();
  p.pairs = {{1, 1}};
  GRIDGOV_EXPECT_INPUT_ERROR(validate(p), "pair 0: field 'second': pairs the staff member 'B' with themselves");
  p = posts();
  p.pairs = {{1, 3}};
  GRIDGOV_EXPECT_INPUT_ERROR(validate(p), "pair 0: field 'second': 3 is not a staff index (there are 3)");
  p = posts();
  p.cover[2].shifts = {};
  GRIDGOV_EXPECT_INPUT_ERROR(validate(p), "cover row 2: field 'shifts': names no shift type");
  p = posts();
  p.cover[2].shifts = {2, 2};
  GRIDGOV_EXPECT_INPUT_ERROR(validate(p), "cover row 2: field 'shifts': names a shift type twice");
  p = posts();
  p.cover.push_back(p.cover[1]);
  GRIDGOV_EXPECT_INPUT_ERROR(validate(p), "cover row 3: field 'shifts': a second row for day 0 and the same shift types and skill 'en'");
  p = posts();
  p.fairness_weight = -1;
  GRIDGOV_EXPECT_INPUT_ERROR(validate(p), "problem: field 'fairness_weight': must not be negative, got -1");
}
