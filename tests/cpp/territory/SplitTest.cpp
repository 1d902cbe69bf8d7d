// split() and naive_split() on synthetic communities: every split goes through the
// independent checker, and its figures must be the checker's.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "gridgov/core/Random.hpp"
#include "gridgov/synth/Synth.hpp"
#include "gridgov/territory/Check.hpp"
#include "gridgov/territory/Territories.hpp"
#include "support/Expect.hpp"
#include "support/Fixtures.hpp"

using namespace gridgov;
using namespace gridgov::territory;

namespace {

model::Community small(std::uint64_t seed) {
  return synth::community({.seed = seed, .buildings = 160, .households = 360, .volunteers = 30});
}

// Checks a split independently and expects the splitter's own figures to agree.
TerritoryCheck expect_checked(const model::Community& c, const Territories& t, const TerritoryOptions& o) {
  const auto k = static_cast<std::size_t>(o.grids);
  const auto v = check(c, t.grid_of_building, k, o.workload);
  EXPECT_EQ(t.grids.size(), k);
  for (std::size_t g = 0; g < std::min(k, t.grids.size()); ++g) {
    EXPECT_EQ(t.grids[g].workload, v.workload[g]) << "grid " << g;
    EXPECT_EQ(t.grids[g].households, v.households[g]) << "grid " << g;
    EXPECT_EQ(t.grids[g].walking, v.walking[g]) << "grid " << g;
    EXPECT_EQ(t.grids[g].connected, v.pieces[g] == 1) << "grid " << g;
    for (const auto b : t.grids[g].buildings) EXPECT_EQ(t.grid_of_building[b], g);
  }
  return v;
}

}  // namespace

TEST(Split, GridsAreConnectedAndBalancedBetterThanStripes) {
  for (const std::uint64_t seed : {0u, 1u, 2u})
    for (const int k : {3, 6}) {
      const auto c = small(seed);
      const TerritoryOptions o{.grids = k, .seed = seed};
      const auto ours = expect_checked(c, split(c, o), o);
      const auto naive = expect_checked(c, naive_split(c, o), o);
      EXPECT_TRUE(ours.valid) << "seed " << seed << ", k " << k << ": " << (ours.violations.empty() ? "" : ours.violations[0]);
      EXPECT_LT(ours.variation, naive.variation) << "seed " << seed << ", k " << k;
      EXPECT_LT(ours.max_over_min, naive.max_over_min) << "seed " << seed << ", k " << k;
    }
}

TEST(Split, EveryGridStaysConnectedOnManySmallCommunities) {
  Random rng(7);
  for (std::uint64_t seed = 0; seed < 20; ++seed) {
    const auto buildings = static_cast<int>(rng.uniform_int(20, 80));
    const auto c = synth::community({.seed = seed, .buildings = buildings, .households = buildings * 2, .volunteers = 10});
    const TerritoryOptions o{.grids = static_cast<int>(rng.uniform_int(2, 9)), .seed = seed, .restarts = 2};
    const auto v = expect_checked(c, split(c, o), o);
    EXPECT_TRUE(v.valid) << "seed " << seed << ": " << (v.violations.empty() ? "" : v.violations[0]);
  }
}

TEST(Split, TheDefaultCommunityInEightGridsIsWithinTheToleranceAndWalksLessThanStripes) {
  const auto c = synth::community();
  const TerritoryOptions o{.grids = 8};
  const auto ours = expect_checked(c, split(c, o), o);
  const auto naive = expect_checked(c, naive_split(c, o), o);
  const auto mean = [](const std::vector<std::int64_t>& w) {
    double s = 0;
    for (const auto x : w) s += static_cast<double>(x);
    return s / static_cast<double>(w.size());
  };
  for (const auto w : ours.workload) EXPECT_LE(std::abs(static_cast<double>(w) - mean(ours.workload)), o.tolerance * mean(ours.workload) + 1e-9);
  Distance ours_walking{}, naive_walking{};
  for (std::size_t g = 0; g < 8; ++g) ours_walking += ours.walking[g], naive_walking += naive.walking[g];
  EXPECT_LT(ours_walking, naive_walking);
}

TEST(Split, TheSameSeedGivesTheSameSplit) {
  const auto c = small(5);
  const TerritoryOptions o{.grids = 5, .seed = 11, .restarts = 3};
  const auto a = split(c, o), b = split(c, o);
  EXPECT_EQ(a.grid_of_building, b.grid_of_building);
  EXPECT_EQ(a.grids.front().worker, b.grids.front().worker);
}

TEST(Split, OneGridTakesEverythingAndOneGridPerBuildingIsEachAlone) {
  const model::Community street(fixtures::four_household_street());
  const auto one = split(street, {.grids = 1});
  EXPECT_EQ(one.grid_of_building, (std::vector<std::size_t>{0, 0}));
  // B1 and B2 are 5 + 100 + 5 m apart; the centre is B1 (a tie goes to the lower index).
  EXPECT_EQ(one.grids[0].walking, Distance(110));
  EXPECT_EQ(one.grids[0].centre, 0u);
  // Workload: H3 is red (7), H4 orange (3), H1 and H2 green (1 each).
  EXPECT_EQ(one.grids[0].workload, 12);
  const auto two = split(street, {.grids = 2});
  EXPECT_NE(two.grid_of_building[0], two.grid_of_building[1]);
  expect_checked(street, two, {.grids = 2});
}

TEST(Split, WorkersComeFromSocialWorkersFirstAndServeOneGridEach) {
  const auto c = small(4);
  std::size_t social = 0;
  for (const auto& v : c.volunteers()) social += v.group == model::Group::social_worker;
  ASSERT_GT(social, 0u);
  const auto t = split(c, {.grids = static_cast<int>(social) + 2});
  std::set<std::size_t> workers;
  std::size_t social_used = 0;
  for (const auto& g : t.grids) {
    ASSERT_TRUE(g.worker.has_value());
    workers.insert(*g.worker);
    social_used += c.volunteers()[*g.worker].group == model::Group::social_worker;
  }
  EXPECT_EQ(workers.size(), t.grids.size());
  EXPECT_EQ(social_used, social);
  // Grids beyond the eligible volunteers get nobody.
  const auto few = split(c, {.grids = 4, .worker_groups = {model::Group::social_worker}});
  std::size_t staffed = 0;
  for (const auto& g : few.grids) staffed += g.worker.has_value();
  EXPECT_EQ(staffed, std::min<std::size_t>(social, 4));
}

TEST(Split, WithGridsPutsTheGridsIntoTheCommunity) {
  const auto c = small(6);
  const auto t = split(c, {.grids = 4});
  const auto d = with_grids(c, t);
  ASSERT_EQ(d.grids().size(), 4u);
  for (std::size_t g = 0; g < 4; ++g) {
    EXPECT_EQ(d.grids()[g].id, t.grids[g].id);
    EXPECT_EQ(d.grids()[g].worker, c.volunteers()[*t.grids[g].worker].id);
  }
  for (std::size_t b = 0; b < c.buildings().size(); ++b) EXPECT_EQ(d.buildings()[b].grid, t.grids[t.grid_of_building[b]].id);
  EXPECT_EQ(d.households(), c.households());
}

TEST(Split, GridIdsArePaddedFromTenGridsOn) {
  const auto c = small(0);
  EXPECT_EQ(split(c, {.grids = 12, .restarts = 1}).grids.back().id, "G12");
  EXPECT_EQ(split(c, {.grids = 12, .restarts = 1}).grids.front().id, "G01");
}

TEST(Split, BadOptionsNameTheField) {
  const model::Community street(fixtures::four_household_street());
  GRIDGOV_EXPECT_INPUT_ERROR(split(street, {.grids = 0}), "territory options: field 'grids': must be at least 1");
  GRIDGOV_EXPECT_INPUT_ERROR(split(street, {.grids = 3}), "asks for 3 grids but the community has 2 buildings");
  GRIDGOV_EXPECT_INPUT_ERROR(split(street, {.grids = 1, .restarts = 0}), "field 'restarts'");
  GRIDGOV_EXPECT_INPUT_ERROR(split(street, {.grids = 1, .max_passes = -1}), "field 'max_passes': must not be negative");
  GRIDGOV_EXPECT_INPUT_ERROR(split(street, {.grids = 1, .tolerance = 1.0}), "field 'tolerance'");
  GRIDGOV_EXPECT_INPUT_ERROR(split(street, {.grids = 1, .workload = {.red = -1}}), "workload: field 'red'");
  GRIDGOV_EXPECT_INPUT_ERROR(split(street, {.grids = 1, .workload = {0, 0, 0}}), "zero visits");
  GRIDGOV_EXPECT_INPUT_ERROR(naive_split(street, {.grids = 5}), "field 'grids'");
}

TEST(NaiveSplit, CutsStripesOfEqualCountWestToEast) {
  const auto c = small(1);
  const auto t = naive_split(c, {.grids = 3});
  for (const auto& g : t.grids) EXPECT_NEAR(static_cast<double>(g.buildings.size()), 160.0 / 3, 1.0);
  for (std::size_t b = 0; b < c.buildings().size(); ++b)
    for (std::size_t o = 0; o < c.buildings().size(); ++o)
      if (t.grid_of_building[b] < t.grid_of_building[o]) {
        EXPECT_LE(c.buildings()[b].entrance.x, c.buildings()[o].entrance.x);
      }
}
