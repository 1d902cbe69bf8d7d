// match_skills(): the four-household street by hand, and a synthetic community's properties.
#include <gtest/gtest.h>

#include "gridgov/matching/Skills.hpp"
#include "gridgov/synth/Synth.hpp"
#include "support/Expect.hpp"
#include "support/Fixtures.hpp"

using namespace gridgov;
using namespace gridgov::matching;

TEST(MatchSkills, TheStreetsEnglishSpeakerTakesTheEnglishHousehold) {
  const model::Community c(fixtures::four_household_street());
  const auto m = match_skills(c);
  ASSERT_EQ(m.needs.size(), 1u);  // H4 speaks en; the post needs nothing
  EXPECT_EQ(m.needs[0].kind, NeedKind::household);
  EXPECT_EQ(m.needs[0].index, 3u);
  ASSERT_EQ(m.assignments.size(), 1u);
  EXPECT_EQ(m.assignments[0].volunteer, 1u);  // V2
  // From V2's home (120, -10): 10 m to the street, 30 m east, 5 m up to B2's door.
  EXPECT_EQ(m.assignments[0].distance, Distance(45));
  EXPECT_EQ(m.distance, Distance(45));
  EXPECT_TRUE(m.unmet.empty());
}

TEST(MatchSkills, NeedsAreLeftUnmetWhenNobodyHasRoomOrTheGroupIsLeftOut) {
  const model::Community c(fixtures::four_household_street());
  EXPECT_EQ(match_skills(c, {.per_volunteer = 0}).unmet, std::vector<std::size_t>{0});
  EXPECT_EQ(match_skills(c, {.groups = {model::Group::social_worker}}).unmet, std::vector<std::size_t>{0});
  EXPECT_TRUE(match_skills(c, {.households = false}).needs.empty());
}

TEST(MatchSkills, ThePostsSkillsAreNeedsToo) {
  auto parts = fixtures::four_household_street();
  parts.posts[0].skills = {"en"};
  const model::Community c(parts);
  const auto m = match_skills(c, {.per_volunteer = 1});
  ASSERT_EQ(m.needs.size(), 2u);
  EXPECT_EQ(m.needs[1].kind, NeedKind::post);
  EXPECT_EQ(m.assignments.size(), 1u);  // one speaker with room for one
  EXPECT_EQ(m.unmet.size(), 1u);
  // The nearer need is taken: B2 is 45 m from V2's home, the post at the far end 92 m.
  EXPECT_EQ(m.assignments[0].need, 0u);
}

TEST(MatchSkills, BadOptionsNameTheField) {
  const model::Community c(fixtures::four_household_street());
  GRIDGOV_EXPECT_INPUT_ERROR(match_skills(c, {.skills = {"xx"}}), "field 'skills': unknown skill 'xx'");
  GRIDGOV_EXPECT_INPUT_ERROR(match_skills(c, {.skills = {"En"}}), "field 'skills'");
  GRIDGOV_EXPECT_INPUT_ERROR(match_skills(c, {.per_volunteer = -1}), "field 'per_volunteer'");
}

TEST(MatchSkills, OnASyntheticCommunityEveryUnmetNeedFindsItsSpeakersFull) {
  const auto c = synth::community({.seed = 3, .buildings = 200, .households = 450, .volunteers = 24, .foreign_language = 0.08});
  const SkillOptions options{.per_volunteer = 2};
  const auto m = match_skills(c, options);
  ASSERT_FALSE(m.needs.empty());
  std::vector<int> load(c.volunteers().size(), 0);
  std::vector<int> taken(m.needs.size(), 0);
  for (const auto& a : m.assignments) {
    EXPECT_TRUE(c.volunteers()[a.volunteer].has_skill(m.needs[a.need].skill));
    ++load[a.volunteer], ++taken[a.need];
  }
  for (const auto l : load) EXPECT_LE(l, options.per_volunteer);
  for (const auto t : taken) EXPECT_LE(t, 1);
  // Needs are single units, so an unmet need beside a speaker with room would be a missed match.
  for (const auto u : m.unmet) {
    EXPECT_EQ(taken[u], 0);
    for (std::size_t v = 0; v < load.size(); ++v)
      if (c.volunteers()[v].has_skill(m.needs[u].skill)) {
        EXPECT_EQ(load[v], options.per_volunteer);
      }
  }
  EXPECT_EQ(m.assignments.size() + m.unmet.size(), m.needs.size());
}
