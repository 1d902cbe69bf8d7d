// The checker on problems small enough to compute by hand.
#include <gtest/gtest.h>

#include "RoutingFixtures.hpp"
#include "gridgov/routing/Check.hpp"
#include "support/Expect.hpp"

using namespace gridgov;
using namespace gridgov::routing;
using fixtures::line_problem;

namespace {

Route route(std::size_t vehicle, std::vector<std::size_t> visits) {
  Route r{vehicle, {}};
  for (auto v : visits) r.stops.push_back({StopKind::visit, v});
  return r;
}

bool mentions(const Evaluation& e, const std::string& text) {
  for (const auto& v : e.violations)
    if (v.find(text) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST(Check, OutAndBackAlongTheLine) {
  const auto p = line_problem();
  const auto e = check(p, {route(0, {0, 1, 2, 3})});
  EXPECT_TRUE(e.feasible);
  EXPECT_EQ(e.objective.distance, Distance(80));
  EXPECT_EQ(e.objective.duration, Duration(80 + 4 * 5));
  EXPECT_EQ(e.objective.total, Cost(80));  // distance_cost 1, duration_cost 0
  ASSERT_EQ(e.routes.size(), 1u);
  EXPECT_EQ(e.routes[0].stops[1].arrival, Duration(10 + 5 + 10));
  EXPECT_EQ(e.routes[0].stops[0].load, 3);  // four on board, one delivered
}

TEST(Check, LeavesAsLateAsPossibleSoWaitingIsNotCounted) {
  auto visits = line_problem().visits();
  visits.resize(1);
  visits[0].windows = {{Duration(100), Duration(120)}};  // the only stop opens at 100
  const Problem p(fixtures::line_matrix(), fixtures::line_matrix(), visits, {Vehicle{}});
  const auto e = check(p, {route(0, {0})});
  EXPECT_TRUE(e.feasible);
  EXPECT_EQ(e.routes[0].departure, Duration(90));
  EXPECT_EQ(e.routes[0].duration, Duration(10 + 5 + 10));
  EXPECT_EQ(e.routes[0].stops[0].start, Duration(100));
}

TEST(Check, TakesTheFirstWindowThatCanBeMet) {
  auto visits = line_problem().visits();
  visits[1].windows = {{Duration(0), Duration(15)}, {Duration(50), Duration(60)}};
  const Problem p(fixtures::line_matrix(), fixtures::line_matrix(), visits, {Vehicle{}});
  // Via v1 (arrive 10, leave 15) to v2 at 25: too late for [0, 15], waits for 50.
  const auto e = check(p, {route(0, {0, 1, 2, 3})});
  EXPECT_TRUE(e.feasible);
  EXPECT_EQ(e.routes[0].stops[1].start, Duration(50));
}

TEST(Check, ListsBrokenRules) {
  auto visits = line_problem().visits();
  visits[3].windows = {{Duration(0), Duration(20)}};
  visits[2].skills = {"en"};
  Vehicle small;
  small.capacity = 2;
  small.shift = {Duration(0), Duration(60)};
  const Problem p(fixtures::line_matrix(), fixtures::line_matrix(), visits, {small});
  const auto e = check(p, {route(0, {0, 1, 2, 3, 1})});
  EXPECT_FALSE(e.feasible);
  EXPECT_TRUE(mentions(e, "visit 'v4' is reached after its last window closes"));
  EXPECT_TRUE(mentions(e, "visit 'v3' needs a skill the vehicle lacks"));
  EXPECT_TRUE(mentions(e, "trip 1 carries 5, more than the capacity 2"));
  EXPECT_TRUE(mentions(e, "after its shift ends at 60"));
  EXPECT_TRUE(mentions(e, "visit 'v2': is made 2 times"));
  const auto missing = check(p, {route(0, {0})});
  EXPECT_TRUE(mentions(missing, "visit 'v2': is required but not made"));
  EXPECT_TRUE(mentions(check(p, {route(3, {0})}), "vehicle 3 does not exist"));
  EXPECT_TRUE(mentions(check(p, {route(0, {9})}), "visit 9 does not exist"));
}

TEST(Check, ReloadsSplitTheLoadIntoTrips) {
  Vehicle v;
  v.capacity = 2, v.reload_location = 0, v.max_reloads = 1, v.reload_service = Duration(3);
  const auto p = line_problem({v});
  Route r = route(0, {0, 1});
  r.stops.push_back({StopKind::reload, 0});
  r.stops.push_back({StopKind::visit, 2}), r.stops.push_back({StopKind::visit, 3});
  const auto e = check(p, {r});
  EXPECT_TRUE(e.feasible) << (e.violations.empty() ? "" : e.violations[0]);
  EXPECT_EQ(e.objective.distance, Distance(20 + 20 + 40 + 40));
  r.stops.push_back({StopKind::reload, 0});
  EXPECT_TRUE(mentions(check(p, {r}), "reloads 2 times, at most 1 allowed"));
}

TEST(Check, MealBreaksAreTakenOnceInTheirWindow) {
  Vehicle v;
  v.meal_break = MealBreak{Duration(30), {Duration(40), Duration(60)}, std::nullopt};
  const auto p = line_problem({v});
  Route r = route(0, {0, 1});
  r.stops.push_back({StopKind::meal_break, 0});  // back at the office (0) for the break
  r.stops.push_back({StopKind::visit, 2}), r.stops.push_back({StopKind::visit, 3});
  const auto e = check(p, {r});
  EXPECT_TRUE(e.feasible) << (e.violations.empty() ? "" : e.violations[0]);
  EXPECT_EQ(e.routes[0].stops[2].start, Duration(50));  // 10+5+10+5 = 30, walk back 20: 50
  EXPECT_TRUE(mentions(check(p, {route(0, {0, 1, 2, 3})}), "must take its meal break exactly once"));
}

TEST(Check, OptionalVisitsCostTheirPrizeWhenSkipped) {
  auto visits = line_problem().visits();
  visits[3].required = false, visits[3].prize = Cost(500);
  Vehicle v;
  v.fixed_cost = Cost(7);
  const Problem p(fixtures::line_matrix(), fixtures::line_matrix(), visits, {v});
  const auto e = check(p, {route(0, {0, 1, 2})});
  EXPECT_TRUE(e.feasible);
  EXPECT_EQ(e.objective.prizes_lost, Cost(500));
  EXPECT_EQ(e.objective.total, Cost(500 + 7 + 60));
}

TEST(Check, ProblemRejectsBadInputNamingTheField) {
  auto visits = line_problem().visits();
  visits[0].windows = {{Duration(10), Duration(5)}};
  GRIDGOV_EXPECT_INPUT_ERROR(Problem(fixtures::line_matrix(), fixtures::line_matrix(), visits, {Vehicle{}}),
                             "visit 'v1': field 'windows': closes before it opens");
  visits = line_problem().visits();
  visits[1].location = 9;
  GRIDGOV_EXPECT_INPUT_ERROR(Problem(fixtures::line_matrix(), fixtures::line_matrix(), visits, {Vehicle{}}),
                             "visit 'v2': field 'location': location 9 is not in the matrices");
  visits = line_problem().visits();
  visits[2].vehicle = 4;
  GRIDGOV_EXPECT_INPUT_ERROR(Problem(fixtures::line_matrix(), fixtures::line_matrix(), visits, {Vehicle{}}),
                             "visit 'v3': field 'vehicle': is pinned to vehicle 4");
  Vehicle bad;
  bad.max_reloads = 2;
  GRIDGOV_EXPECT_INPUT_ERROR(line_problem({bad}), "vehicle 0: field 'reload_location': is needed for reloads");
  GRIDGOV_EXPECT_INPUT_ERROR(Problem(IntMatrix(2, 3), IntMatrix(2, 3), {}, {}), "field 'distance': must be a square matrix");
}
