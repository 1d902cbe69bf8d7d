// A community's watch-post duty as a rostering problem, and the solver on it (every roster
// through the independent evaluator).
#include <gtest/gtest.h>

#include <algorithm>

#include "gridgov/scheduling/Duty.hpp"
#include "gridgov/scheduling/Solve.hpp"
#include "gridgov/synth/Synth.hpp"
#include "support/Expect.hpp"

using namespace gridgov;
using namespace gridgov::scheduling;

namespace {
const model::Community community = synth::community({.seed = 3, .buildings = 60, .households = 120, .volunteers = 16, .posts = 2});
}  // namespace

TEST(Duty, BlocksCoverRowsAndContractsFollowTheCommunity) {
  const auto duty = duty_problem(community, {.days = 7, .block_hours = {2, 4}});
  const auto& p = duty.problem;
  // A post open h hours offers h - 1 two-hour and h - 3 four-hour blocks, and has a cover row
  // per hour and day for its staff and one for each of its skills.
  std::size_t blocks = 0, rows = 0;
  for (const auto& post : community.posts()) {
    const auto h = static_cast<std::size_t>(post.hours.length().get() / 3600);
    blocks += (h - 1) + (h - 3);
    rows += 7 * h * (1 + post.skills.size());
  }
  EXPECT_EQ(duty.blocks.size(), blocks);
  EXPECT_EQ(p.cover.size(), rows);
  EXPECT_EQ(duty.slots.size(), p.cover.size());
  EXPECT_EQ(p.shifts[0].id, community.posts()[0].id + " 06:00-08:00");  // the main gate opens at 06:00
  // The 10:00 hour of post 0 on day 3 is spanned by 2 two-hour and 4 four-hour blocks.
  const auto row = std::find_if(duty.slots.begin(), duty.slots.end(), [](const DutySlot& s) { return s.post == 0 && s.day == 3 && s.start == 600; });
  ASSERT_NE(row, duty.slots.end());
  const auto& cover = p.cover[static_cast<std::size_t>(row - duty.slots.begin())];
  EXPECT_EQ(cover.shifts.size(), 6u);
  EXPECT_EQ(cover.requirement, community.posts()[0].staff);
  for (const auto t : cover.shifts) EXPECT_TRUE(duty.blocks[t].start <= 600 && 600 < duty.blocks[t].end);
  for (std::size_t i = 0; i < p.staff.size(); ++i) {
    const auto& v = community.volunteers()[i];
    const auto& s = p.staff[i];
    EXPECT_EQ(s.max_total_minutes, v.max_week.get() / 60);
    EXPECT_EQ(s.min_rest_minutes, v.min_rest.get() / 60);
    for (std::size_t t = 0; t < duty.blocks.size(); ++t)  // blocks longer than the longest duty are barred
      EXPECT_EQ(s.max_shifts[t] == 0, duty.blocks[t].end - duty.blocks[t].start > std::min(v.max_shift, v.max_day).get() / 60);
  }
  std::size_t ties = 0;
  for (const auto& v : community.volunteers()) ties += v.ties.size();
  EXPECT_EQ(p.pairs.size() * 2, ties);
}

TEST(Duty, SolvedRostersKeepEveryRuleAndPairsServeTogether) {
  const auto duty = duty_problem(community);
  SolveOptions o;
  o.max_iterations = 300, o.seed = 2;
  const auto r = solve(duty.problem, o);
  const auto e = evaluate(duty.problem, r.roster);
  EXPECT_TRUE(e.feasible);
  EXPECT_EQ(r.objective(), e.objective);
  EXPECT_GT(e.fairness_cost, 0);  // some volunteers are free far less than others
  const auto plan = duties(duty, r.roster);
  EXPECT_FALSE(plan.empty());
  for (const auto& d : plan) {  // each duty is a block of its post and the volunteer is free then
    EXPECT_LT(d.start, d.end);
    const auto& free = community.volunteers()[d.volunteer].availability.on(static_cast<Weekday>(d.day));
    EXPECT_TRUE(std::any_of(free.begin(), free.end(), [&](const TimeWindow& w) { return w.start.get() <= d.start * 60 && d.end * 60 <= w.end.get(); }));
  }
  EXPECT_EQ(solve(duty.problem, o).roster, r.roster);
}

TEST(Duty, BadOptionsAndPostsAreErrors) {
  GRIDGOV_EXPECT_INPUT_ERROR(duty_problem(community, {.days = 8}), "duty options: field 'days': must be 1 to 7, got 8");
  GRIDGOV_EXPECT_INPUT_ERROR(duty_problem(community, {.block_hours = {}}), "duty options: field 'block_hours': offers no block");
  GRIDGOV_EXPECT_INPUT_ERROR(duty_problem(community, {.block_hours = {0}}), "duty options: field 'block_hours': a block of 0 hours is not 1 to 24");
  GRIDGOV_EXPECT_INPUT_ERROR(duty_problem(community, {.fairness_weight = -1}), "duty options: field 'fairness_weight': must not be negative");
  auto parts = community.parts();
  parts.posts[0].hours.start = minutes(7 * 60 + 30);
  GRIDGOV_EXPECT_INPUT_ERROR(duty_problem(model::Community(parts)),
                             "post '" + parts.posts[0].id + "': field 'hours': duty is planned by the hour: a post must open and close on the hour");
  EXPECT_THROW(duties(duty_problem(community), Roster(1, 7)), InputError);
}
