// A day's plan: every round passes the routing checker and the duty the roster evaluator, nobody
// is in two places at once or out of their free time, the evening round calls where the day
// did not, and promised visits are pinned.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <utility>
#include <set>

#include "gridgov/field/PlanDay.hpp"
#include "gridgov/scheduling/Evaluate.hpp"
#include "gridgov/synth/Synth.hpp"
#include "support/Expect.hpp"
#include "support/Fixtures.hpp"

using namespace gridgov;
using namespace gridgov::field;

namespace {

const model::Community small = synth::community(
    {.seed = 6, .buildings = 50, .households = 110, .volunteers = 24, .posts = 2, .day = 2, .reached = 0.4});

DayOptions options(Weekday day) {
  DayOptions o;
  o.day = day, o.campaign_day = 2;
  o.routing_solve.max_iterations = 300, o.routing_solve.seed = 3;
  o.duty_solve.max_iterations = 50, o.duty_solve.seed = 3;
  return o;
}

struct Taken {
  std::size_t volunteer;
  TimeWindow window;
  std::string what;
  model::Place from, to;  // where it begins and ends
};

// Checks each part of the plan apart from the planner, and lists who is taken when.
std::vector<Taken> checked(const DayPlan& plan) {
  std::vector<Taken> taken;
  const auto round = [&](const PlannedRound& r, const std::string& what) {
    const auto e = routing::check(r.round.problem, r.result.routes);
    EXPECT_TRUE(e.feasible) << what << ": " << (e.violations.empty() ? "" : e.violations.front());
    for (const auto& route : e.routes) {
      const auto& vehicle = r.round.problem.vehicles()[route.vehicle];
      for (const auto v : r.round.vehicle_volunteers[route.vehicle])
        taken.push_back({v, {route.departure, route.arrival}, what, r.round.locations[vehicle.start], r.round.locations[vehicle.end]});
    }
  };
  if (plan.duty) {
    const auto e = scheduling::evaluate(plan.duty->problem.problem, plan.duty->result.roster);
    EXPECT_TRUE(e.feasible) << "duty";
    for (const auto& d : plan.duty->duties) {
      const model::Place post{model::PlaceKind::post, d.post};
      taken.push_back({d.volunteer, {minutes(d.start), minutes(d.end)}, "duty", post, post});
    }
  }
  if (plan.deliveries) round(*plan.deliveries, "deliveries");
  round(plan.door_knocking, "door-knocking");
  if (plan.evening) round(*plan.evening, "evening");
  return taken;
}

// Nobody in two places at once, nor out of their free time, nor over their longest day, nor
// without their rest and the walk from where one piece of work ends to where the next begins.
void expect_nobody_in_two_places(const model::Community& c, Weekday day, const std::vector<Taken>& taken) {
  std::vector<Duration> total(c.volunteers().size());
  for (const auto& t : taken) total[t.volunteer] += t.window.length();
  for (std::size_t v = 0; v < total.size(); ++v)
    EXPECT_LE(total[v], c.volunteers()[v].max_day) << c.volunteers()[v].id << " works longer than their day";
  for (std::size_t i = 0; i < taken.size(); ++i) {
    const auto& a = taken[i];
    const auto& free = c.volunteers()[a.volunteer].availability.on(day);
    EXPECT_TRUE(std::any_of(free.begin(), free.end(), [&](const TimeWindow& w) {
      return w.start <= a.window.start && a.window.end <= w.end;
    })) << c.volunteers()[a.volunteer].id << " " << a.what << " outside their free time";
    for (std::size_t j = i + 1; j < taken.size(); ++j) {
      if (taken[j].volunteer != a.volunteer) continue;
      const auto& [first, next] = a.window.start <= taken[j].window.start ? std::pair(a, taken[j]) : std::pair(taken[j], a);
      const std::array<model::Place, 1> from{first.to}, to{next.from};
      const auto walk = seconds(c.travel(from, to).duration(0, 0));
      EXPECT_LE(first.window.end + c.volunteers()[a.volunteer].min_rest + walk, next.window.start)
          << c.volunteers()[a.volunteer].id << " in " << first.what << " then " << next.what
          << " without their rest and the walk between";
    }
  }
}

std::set<std::size_t> visited(const PlannedRound& r) {
  std::set<std::size_t> out;
  for (const auto& route : r.result.routes)
    for (const auto& s : route.stops)
      if (s.kind == routing::StopKind::visit)
        for (const auto h : r.round.visit_households[s.visit]) out.insert(h);
  return out;
}

TEST(PlanDay, EveryPartPassesItsCheckerAndNobodyIsInTwoPlaces) {
  for (const auto day : {Weekday::tue, Weekday::sat}) {
    const auto plan = plan_day(small, options(day));
    ASSERT_TRUE(plan.duty.has_value());
    EXPECT_FALSE(plan.duty->duties.empty());
    ASSERT_TRUE(plan.deliveries.has_value());
    ASSERT_TRUE(plan.evening.has_value());
    const auto taken = checked(plan);
    expect_nobody_in_two_places(small, day, taken);
    EXPECT_FALSE(visited(plan.door_knocking).empty());
    for (const auto h : visited(plan.door_knocking)) EXPECT_FALSE(small.households()[h].reached);
    std::set<std::size_t> both;
    const auto by_day = visited(plan.door_knocking), by_evening = visited(*plan.evening);
    std::set_intersection(by_day.begin(), by_day.end(), by_evening.begin(), by_evening.end(), std::inserter(both, both.end()));
    EXPECT_TRUE(both.empty()) << "the evening round calls where door-knocking already does";
  }
}

TEST(PlanDay, TheSameOptionsGiveTheSamePlan) {
  const auto a = plan_day(small, options(Weekday::wed));
  const auto b = plan_day(small, options(Weekday::wed));
  EXPECT_EQ(a.door_knocking.result.routes, b.door_knocking.result.routes);
  EXPECT_EQ(a.evening->result.routes, b.evening->result.routes);
  EXPECT_EQ(a.duty->result.roster, b.duty->result.roster);
}

TEST(PlanDay, PromisedVisitsArePinnedWhenSomeoneIsFree) {
  // A follow-up with a reached household by day, a call-back in the evening, and one at 03:00
  // when nobody is free: the first two are kept in their windows, the third reported broken.
  std::size_t reached = 0, open = 0;
  while (!small.households()[reached].reached || !small.households()[reached].language.empty()) ++reached;
  while (small.households()[open].reached || !small.households()[open].language.empty()) ++open;
  auto o = options(Weekday::thu);
  o.promised = {{reached, {hours(10), hours(11)}}, {open, {hours(19) + minutes(30), hours(20)}}, {open, {hours(3), hours(4)}}};
  const auto plan = plan_day(small, o);
  expect_nobody_in_two_places(small, o.day, checked(plan));
  EXPECT_EQ(plan.promise_kept, (std::vector<bool>{true, true, false}));
  EXPECT_TRUE(visited(plan.door_knocking).contains(reached));
}

TEST(PlanDay, WithoutEveningRoundsAndDutyOnlyDoorKnockingIsPlanned) {
  auto o = options(Weekday::mon);
  o.policy.evening_rounds = false, o.duty = false, o.deliveries = false;
  const auto plan = plan_day(small, o);
  EXPECT_FALSE(plan.duty || plan.deliveries || plan.evening);
  checked(plan);
}

TEST(PlanDay, BadPromisesNameTheField) {
  auto o = options(Weekday::mon);
  o.promised = {{small.households().size(), {hours(9), hours(10)}}};
  GRIDGOV_EXPECT_INPUT_ERROR(plan_day(small, o), "door-knocking options: field 'promised'");
  o.promised = {{0, {hours(10), hours(9)}}};
  GRIDGOV_EXPECT_INPUT_ERROR(plan_day(small, o), "field 'window': must end after it starts");
  o.promised.clear();
  o.routing_solve.max_iterations = 0;
  GRIDGOV_EXPECT_INPUT_ERROR(plan_day(small, o), "solve options: field 'time_limit': give a time limit, an iteration limit");
  o.routing_solve.max_iterations = 10;
  o.policy.prizes.red = Cost(-1);
  GRIDGOV_EXPECT_INPUT_ERROR(plan_day(small, o), "policy 'default': field 'prizes.red': must not be negative");
}

}  // namespace
