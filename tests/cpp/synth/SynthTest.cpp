// Synthetic communities and districts: exact sizes, realistic shares and patterns, and the
// same result for the same seed.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "gridgov/io/Scenario.hpp"
#include "gridgov/synth/Synth.hpp"
#include "support/Expect.hpp"

using namespace gridgov;
using namespace gridgov::model;

namespace {

template <class Pred>
double share(const Community& c, Pred pred) {
  return static_cast<double>(std::count_if(c.households().begin(), c.households().end(), pred)) /
         static_cast<double>(c.households().size());
}

}  // namespace

TEST(SynthCommunity, DefaultHasTheSizesOfTheCaseCommunity) {
  const auto c = synth::community();
  EXPECT_EQ(c.buildings().size(), 600u);
  EXPECT_EQ(c.households().size(), 1336u);
  EXPECT_EQ(c.volunteers().size(), 60u);
  EXPECT_EQ(c.posts().size(), 8u);
  EXPECT_EQ(c.stations().size(), 1u);
  EXPECT_EQ(c.network().component_count(), 1u);
  ASSERT_TRUE(c.network().origin());
}

TEST(SynthCommunity, SharesAreNearTheirTargets) {
  const auto c = synth::community({.seed = 5, .buildings = 2000, .households = 5000, .volunteers = 100});
  EXPECT_NEAR(share(c, [](const Household& h) { return h.home_observation; }), 0.03, 0.01);
  EXPECT_NEAR(share(c, [](const Household& h) { return h.returned_from_outside; }), 0.12, 0.015);
  EXPECT_NEAR(share(c, [](const Household& h) { return h.elderly_alone; }), 0.09, 0.015);
  EXPECT_NEAR(share(c, [](const Household& h) { return !h.language.empty(); }), 0.025, 0.008);
  EXPECT_NEAR(share(c, [](const Household& h) { return h.reached; }), 0.65, 0.03);
  // Everyone under home observation came back from outside and needs deliveries.
  for (const auto& h : c.households()) {
    if (h.home_observation) {
      EXPECT_TRUE(h.returned_from_outside && h.needs_delivery) << h.id;
    }
    if (h.elderly_alone) {
      EXPECT_EQ(h.size, 1) << h.id;
    }
  }
}

TEST(SynthCommunity, GroupsKeepTheirTimePatterns) {
  const auto c = synth::community();
  std::set<Group> groups;
  for (const auto& v : c.volunteers()) {
    groups.insert(v.group);
    if (v.group == Group::party_member) {
      EXPECT_EQ(v.availability.on(Weekday::tue), (std::vector<TimeWindow>{{hours(19), hours(21)}})) << v.id;
    }
    if (v.group == Group::steward) {
      EXPECT_LE(v.max_shift, hours(2)) << v.id;
    }
    if (v.group == Group::student) {
      EXPECT_GE(v.availability.on(Weekday::mon).front().start, hours(9)) << v.id;
    }
  }
  EXPECT_EQ(groups.size(), group_names.size());
}

TEST(SynthCommunity, SomeoneSpeaksEveryLanguageTheHouseholdsNeed) {
  const auto c = synth::community({.seed = 9});
  for (const auto& h : c.households()) {
    if (h.language.empty()) continue;
    EXPECT_TRUE(std::any_of(c.volunteers().begin(), c.volunteers().end(), [&](const Volunteer& v) { return v.has_skill(h.language); }))
        << h.language;
  }
}

TEST(SynthCommunity, SameSeedSameCommunityOtherSeedOther) {
  const auto a = synth::community({.seed = 42});
  EXPECT_EQ(io::scenario_json(a), io::scenario_json(synth::community({.seed = 42})));
  EXPECT_NE(a, synth::community({.seed = 43}));
}

TEST(SynthCommunity, SizesAreParameters) {
  const auto c = synth::community({.buildings = 37, .households = 40, .volunteers = 7, .posts = 3});
  EXPECT_EQ(c.buildings().size(), 37u);
  EXPECT_EQ(c.households().size(), 40u);
  EXPECT_EQ(c.volunteers().size(), 7u);
  EXPECT_EQ(c.posts().size(), 3u);
}

TEST(SynthCommunity, ImpossibleOptionsNameTheOption) {
  GRIDGOV_EXPECT_INPUT_ERROR(synth::community({.buildings = 10, .households = 5}),
                             "synthetic community options: field 'households': must be at least the number of buildings");
  GRIDGOV_EXPECT_INPUT_ERROR(synth::community({.elderly_alone = 1.5}), "field 'elderly_alone': must be a share between 0 and 1");
  GRIDGOV_EXPECT_INPUT_ERROR(synth::community({.buildings = 3, .households = 3, .posts = 400}), "field 'posts': asks for 400 posts");
}

TEST(SynthDistrict, SplitsHouseholdsExactlyOverCommunitiesAndSubdistricts) {
  const auto d = synth::district({.seed = 3, .communities = 12, .households = 6000, .subdistricts = 4});
  EXPECT_EQ(d.communities.size(), 12u);
  EXPECT_EQ(d.household_count(), 6000u);
  std::set<std::string> subdistricts, ids;
  for (const auto& c : d.communities) subdistricts.insert(c.info().subdistrict), ids.insert(c.info().id);
  EXPECT_EQ(subdistricts.size(), 4u);
  EXPECT_EQ(ids.size(), 12u);
  EXPECT_NE(d.communities[0].households().size(), d.communities[1].households().size());
  GRIDGOV_EXPECT_INPUT_ERROR(synth::district({.communities = 10, .households = 100, .subdistricts = 2}), "field 'households': must be at least 20");
}
