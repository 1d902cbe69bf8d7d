// Playing a planned day out: the contacts follow the plan's doors and times and the home model,
// lit windows are noted once, and plan, contacts and simulations go into the ledger whole.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "gridgov/field/Outcomes.hpp"
#include "gridgov/field/Simulate.hpp"
#include "gridgov/ledger/Ledger.hpp"
#include "gridgov/synth/Synth.hpp"
#include "support/Expect.hpp"

using namespace gridgov;
using namespace gridgov::field;

namespace {

const model::Community small = synth::community(
    {.seed = 6, .buildings = 50, .households = 110, .volunteers = 24, .posts = 2, .day = 2, .reached = 0.4});

DayOptions options() {
  DayOptions o;
  o.day = Weekday::tue, o.campaign_day = 2;
  o.routing_solve.max_iterations = 200, o.routing_solve.seed = 1;
  o.duty_solve.max_iterations = 30, o.duty_solve.seed = 1;
  return o;
}

const DayPlan plan = plan_day(small, options());

HomeModel everyone(double chance) {
  HourlyChance row{};
  row.fill(chance);
  return HomeModel(small, std::vector<HourlyChance>(small.households().size(), row));
}

TEST(Outcomes, ContactsFollowThePlansDoorsAndTimes) {
  const Draws draws(1);
  const auto contacts = play_day(small, plan, everyone(1), false, draws);
  const auto items = plan_items(small, plan);
  std::vector<ledger::PlanItem> knocks;
  for (const auto& item : items)
    if (item.kind == ledger::WorkKind::door_knocking || item.kind == ledger::WorkKind::evening) knocks.push_back(item);
  std::stable_sort(knocks.begin(), knocks.end(), [](const auto& a, const auto& b) { return a.kind < b.kind; });
  ASSERT_EQ(contacts.size(), knocks.size());
  for (std::size_t i = 0; i < contacts.size(); ++i) {
    EXPECT_EQ(contacts[i].household, knocks[i].target);
    EXPECT_EQ(contacts[i].time, knocks[i].start);
    EXPECT_EQ(contacts[i].outcome, ledger::Outcome::reached);
    EXPECT_EQ(contacts[i].day, 2);
  }
}

TEST(Outcomes, NobodyHomeGivesNotHomeAndLightsOnlyWhenTheyAreOn) {
  const Draws draws(1);
  const auto dark = play_day(small, plan, everyone(0), true, draws);
  for (const auto& c : dark) EXPECT_EQ(c.outcome, ledger::Outcome::not_home);
  HourlyChance evening{};
  evening[20] = 1;
  const HomeModel lit(small, std::vector<HourlyChance>(small.households().size(), evening));
  const auto contacts = play_day(small, plan, lit, true, draws);
  std::set<std::string> missed, noted;
  for (const auto& c : contacts) {
    if (c.outcome == ledger::Outcome::lights_on) {
      EXPECT_TRUE(noted.insert(c.household).second) << "noted twice";
      EXPECT_TRUE(c.volunteers.empty());
      EXPECT_EQ(c.time, lights_clock);
    } else if (noted.empty()) {
      missed.insert(c.household);  // door-knocking comes before the lights, the evening round after
    }
  }
  std::set<std::string> expected;
  for (const auto& h : missed)
    if (!small.households()[small.household_index(h)].seen_evening) expected.insert(h);
  EXPECT_EQ(noted, expected);
}

TEST(Outcomes, TheEveningReplannedAfterTheDayCallsOnWhoTheDayMissed) {
  HourlyChance evening{};
  for (int h = 19; h < 21; ++h) evening[static_cast<std::size_t>(h)] = 1;
  const HomeModel only_evenings(small, std::vector<HourlyChance>(small.households().size(), evening));
  const Draws draws(5);
  const auto by_day = play_day(small, plan, only_evenings, false, draws, DayPart::day);
  auto parts = small.parts();
  std::set<std::string> missed;
  for (const auto& c : by_day) {
    ledger::apply_contact(c, parts.households[small.household_index(c.household)]);
    if (c.outcome == ledger::Outcome::not_home) missed.insert(c.household);
  }
  const model::Community now(parts);
  auto replanned = plan;
  replan_evening(replanned, now);
  ASSERT_TRUE(replanned.evening.has_value());
  const auto e = routing::check(replanned.evening->round.problem, replanned.evening->result.routes);
  EXPECT_TRUE(e.feasible);
  const auto in_evening = play_day(now, replanned, only_evenings, false, draws, DayPart::evening);
  int again = 0;
  for (const auto& c : in_evening) {
    EXPECT_EQ(c.outcome, ledger::Outcome::reached);  // everyone is in during the evening
    again += missed.contains(c.household) ? 1 : 0;
  }
  EXPECT_GT(again, 0) << "the evening round called on nobody the day had missed";
  // Nobody the day's work took is sent out again at the same time.
  std::map<std::size_t, std::vector<TimeWindow>> taken;
  for (const auto& r : plan.door_knocking.result.evaluation.routes)
    for (const auto v : plan.door_knocking.round.vehicle_volunteers[r.vehicle]) taken[v].push_back({r.departure, r.arrival});
  for (const auto& r : e.routes)
    for (const auto v : replanned.evening->round.vehicle_volunteers[r.vehicle])
      for (const auto& w : taken[v]) EXPECT_FALSE(w.overlaps({r.departure, r.arrival}));
}

TEST(Outcomes, ThePlanAndItsContactsGoIntoTheLedger) {
  auto ledger = ledger::Ledger::create(":memory:", small, 0);
  const auto items = plan_items(small, plan);
  ledger.record_plan(items);
  EXPECT_EQ(ledger.plans(2).size(), items.size());
  const Draws draws(3);
  const auto contacts = play_day(small, plan, HomeModel::typical(small, 3), true, draws);
  ledger.record(contacts);
  EXPECT_EQ(ledger.contacts(2), contacts);
  auto expected = small.parts().households;
  for (const auto& c : contacts) ledger::apply_contact(c, expected[small.household_index(c.household)]);
  EXPECT_EQ(ledger.community().households(), expected);
}

TEST(Outcomes, ASimulationRecordsEveryContactInTheLedger) {
  auto ledger = ledger::Ledger::create(":memory:", small, 0);
  SimulationOptions o;
  o.days = 3, o.seed = 2, o.max_iterations = 150, o.first_campaign_day = 2, o.ledger = &ledger;
  const auto s = simulate(small, HomeModel::typical(small, 2), Policy{}, o);
  EXPECT_EQ(ledger.contacts(), s.contacts);
  EXPECT_EQ(ledger.community().households(), s.final_state.households);
}

}  // namespace
