// The campaign simulation: every day's plans pass the routing checker, the counts agree with a
// recount from the contacts, the same seed gives the same campaign, and the dynamics follow
// the home model (nobody home, always home, home only in the evening).
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "gridgov/field/Simulate.hpp"
#include "gridgov/synth/Synth.hpp"
#include "support/Expect.hpp"
#include "support/Fixtures.hpp"

using namespace gridgov;
using namespace gridgov::field;

namespace {

const model::Community street(fixtures::four_household_street());
const model::Community small = synth::community(
    {.seed = 4, .buildings = 40, .households = 90, .volunteers = 14, .posts = 2, .day = 0, .reached = 0.0});

HomeModel flat(const model::Community& c, double day, double evening) {
  HourlyChance row{};
  for (int h = 0; h < 24; ++h) row[static_cast<std::size_t>(h)] = h >= 19 && h < 21 ? evening : day;
  return HomeModel(c, std::vector<HourlyChance>(c.households().size(), row));
}

SimulationOptions options(int days, std::uint64_t seed = 1) {
  SimulationOptions o;
  o.days = days, o.seed = seed, o.max_iterations = 300;
  return o;
}

// Recounts the simulation from its contacts and the starting community, apart from the code
// that kept the counts, and checks every day's plans passed the routing checker.
void expect_consistent(const model::Community& start, const Simulation& s) {
  auto households = start.households();
  std::map<int, SimulatedDay> days;
  for (const auto& a : s.contacts) {
    auto& h = households.at(start.household_index(a.household));
    auto& d = days[a.day];
    if (a.outcome == ledger::Outcome::lights_on) {
      EXPECT_TRUE(a.volunteers.empty());
      EXPECT_FALSE(h.seen_evening);
      h.seen_evening = true, ++d.lights_seen;
      continue;
    }
    EXPECT_FALSE(h.reached) << "a reached household was knocked at again";
    EXPECT_FALSE(a.volunteers.empty());
    ++h.attempts, h.last_attempt = a.day, ++d.visits;
    if (a.outcome == ledger::Outcome::reached) h.reached = true, ++d.reached;
  }
  EXPECT_EQ(households, s.final_state.households);
  Distance walked{};
  Duration time{};
  for (const auto& day : s.per_day) {
    EXPECT_TRUE(day.feasible) << "day " << day.campaign_day;
    EXPECT_EQ(day.visits, days[day.campaign_day].visits);
    EXPECT_EQ(day.reached, days[day.campaign_day].reached);
    EXPECT_EQ(day.lights_seen, days[day.campaign_day].lights_seen);
    walked += day.walked, time += day.volunteer_time;
  }
  EXPECT_EQ(walked, s.walked);
  EXPECT_EQ(time, s.volunteer_time);
  Duration per_volunteer{};
  for (const auto t : s.per_volunteer) per_volunteer += t;
  EXPECT_EQ(per_volunteer, s.volunteer_time);
  std::size_t unreached = 0;
  for (const auto& h : households) unreached += h.reached ? 0 : 1;
  EXPECT_EQ(unreached, s.unreached);
  EXPECT_EQ(s.days_to_cover.has_value(), unreached == 0);
  if (!s.per_day.empty()) {
    EXPECT_EQ(s.per_day.back().unreached, unreached);
  }
}

TEST(Simulate, CountsAgreeWithARecountAndPlansPassTheChecker) {
  const auto home = HomeModel::typical(small, 3);
  const auto s = simulate(small, home, Policy{}, options(4));
  expect_consistent(small, s);
  EXPECT_EQ(s.per_day.size(), 4u);
  EXPECT_GT(s.per_day.front().reached, 0u);
  EXPECT_GT(s.walked, Distance(0));
}

TEST(Simulate, TheSameSeedGivesTheSameCampaign) {
  const auto home = HomeModel::typical(small, 3);
  const auto a = simulate(small, home, Policy{}, options(3, 9));
  const auto b = simulate(small, home, Policy{}, options(3, 9));
  EXPECT_EQ(a.final_state, b.final_state);
  EXPECT_EQ(a.contacts, b.contacts);
  EXPECT_EQ(a.walked, b.walked);
}

TEST(Simulate, NobodyHomeReachesNobody) {
  const auto s = simulate(small, flat(small, 0, 0), Policy{}, options(3));
  expect_consistent(small, s);
  EXPECT_FALSE(s.days_to_cover.has_value());
  EXPECT_EQ(s.unreached, small.households().size());
  for (const auto& a : s.contacts) EXPECT_EQ(a.outcome, ledger::Outcome::not_home);
  EXPECT_GT(s.contacts.size(), 0u);
}

TEST(Simulate, EveningRoundsReachWhoIsHomeOnlyInTheEvening) {
  // On the street the social worker walks by day; only the party member, free 19:00-21:00 and
  // speaking English, can reach households home only in the evening, and H4 at any time.
  const auto evening_only = flat(street, 0, 1);
  Policy without;
  without.evening_rounds = false;
  const auto off = simulate(street, evening_only, without, options(2));
  expect_consistent(street, off);
  EXPECT_EQ(off.unreached, 4u);
  const auto on = simulate(street, evening_only, Policy{}, options(2));
  expect_consistent(street, on);
  ASSERT_TRUE(on.days_to_cover.has_value());
  EXPECT_EQ(*on.days_to_cover, 1);
  EXPECT_EQ(on.per_day.size(), 1u);
}

TEST(Simulate, AlwaysHomeWithoutEveningRoundsLeavesOnlyTheLanguageHousehold) {
  Policy without;
  without.evening_rounds = false;
  const auto s = simulate(street, flat(street, 1, 1), without, options(3));
  expect_consistent(street, s);
  EXPECT_EQ(s.unreached, 1u);
  EXPECT_FALSE(s.final_state.households[3].reached);  // H4 needs English; only V2 speaks it
  for (const auto& a : s.contacts) EXPECT_EQ(a.outcome, ledger::Outcome::reached);
}

TEST(Simulate, LightsSeenMoveHouseholdsToTheEvening) {
  Policy lights;
  lights.evening_rounds = false;
  const auto s = simulate(street, flat(street, 0, 1), lights, options(1));
  expect_consistent(street, s);
  EXPECT_EQ(s.per_day.front().lights_seen, s.per_day.front().visits);
  for (const auto& h : s.final_state.households) EXPECT_EQ(h.seen_evening, h.attempts > 0);
}

TEST(Simulate, EveryoneReachedAtTheStartTakesNoDays) {
  auto parts = street.parts();
  for (auto& h : parts.households) h.reached = true;
  const model::Community done(parts);
  const auto s = simulate(done, flat(done, 1, 1), Policy{}, options(5));
  ASSERT_TRUE(s.days_to_cover.has_value());
  EXPECT_EQ(*s.days_to_cover, 0);
  EXPECT_TRUE(s.per_day.empty());
}

TEST(Simulate, TwoPoliciesMeetTheSameLuckAtTheSameDoor) {
  // With a chance that does not change by the hour, whether a door opens depends only on the
  // seed, the household, the day and its attempt: any door both policies knock at on the same
  // day, at the same attempt, opens for both or for neither.
  const auto even = flat(small, 0.5, 0.5);
  Policy pairs, alone;
  alone.team_size = 1;
  const auto a = simulate(small, even, pairs, options(1, 4));
  const auto b = simulate(small, even, alone, options(1, 4));
  std::map<std::string, ledger::Outcome> first;
  for (const auto& c : a.contacts)
    if (ledger::is_visit(c.outcome)) first.emplace(c.household, c.outcome);
  int shared = 0;
  std::set<std::string> seen;
  for (const auto& c : b.contacts) {
    if (!ledger::is_visit(c.outcome) || !seen.insert(c.household).second) continue;
    const auto it = first.find(c.household);
    if (it == first.end()) continue;
    EXPECT_EQ(it->second, c.outcome) << c.household;
    ++shared;
  }
  EXPECT_GT(shared, 20);
}

TEST(Simulate, DutyAndDeliveriesFirstTakeTimeFromDoorKnocking) {
  const auto home = HomeModel::typical(small, 3);
  auto o = options(2);
  const auto plain = simulate(small, home, Policy{}, o);
  o.duty = true, o.deliveries = true;
  const auto busy = simulate(small, home, Policy{}, o);
  expect_consistent(small, busy);
  // The duty's hours are counted but walk nowhere: more hours for each metre walked.
  EXPECT_GT(busy.volunteer_time.get() * plain.walked.get(), plain.volunteer_time.get() * busy.walked.get());
  EXPECT_EQ(busy.contacts, simulate(small, home, Policy{}, o).contacts);
}

TEST(Simulate, TheCallbackStopsAfterTheDayItSees) {
  auto o = options(5);
  std::vector<int> seen;
  o.callback = [&](const SimulatedDay& d) {
    seen.push_back(d.campaign_day);
    return seen.size() == 2;
  };
  const auto s = simulate(small, flat(small, 0, 0), Policy{}, o);
  expect_consistent(small, s);
  EXPECT_EQ(seen, (std::vector<int>{0, 1}));
  EXPECT_EQ(s.per_day.size(), 2u);
}

TEST(Simulate, BadOptionsNameTheField) {
  const auto home = flat(street, 1, 1);
  Policy p;
  p.team_size = 0;
  GRIDGOV_EXPECT_INPUT_ERROR(simulate(street, home, p, options(1)), "policy 'default': field 'team_size'");
  auto o = options(1);
  o.max_iterations = 0;
  GRIDGOV_EXPECT_INPUT_ERROR(simulate(street, home, Policy{}, o), "field 'max_iterations'");
  GRIDGOV_EXPECT_INPUT_ERROR(simulate(street, flat(small, 1, 1), Policy{}, options(1)), "another community");
}

}  // namespace
