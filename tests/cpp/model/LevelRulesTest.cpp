// Management-level rules: the default rules, user rules, and errors naming the rule.
#include <gtest/gtest.h>

#include "gridgov/model/Level.hpp"
#include "support/Expect.hpp"

using namespace gridgov;
using namespace gridgov::model;

TEST(LevelRules, DefaultRulesFollowTheFlags) {
  const LevelRules rules;
  EXPECT_EQ(rules.level({.home_observation = true}), Level::red);
  EXPECT_EQ(rules.level({.returned_from_outside = true}), Level::orange);
  EXPECT_EQ(rules.level({.reached = false, .attempts = 3}), Level::orange);
  EXPECT_EQ(rules.level({.reached = true, .attempts = 3}), Level::green);
  EXPECT_EQ(rules.level({}), Level::green);
}

TEST(LevelRules, FirstMatchingRuleWinsAndPrecedenceIsNotAndOr) {
  const auto rules = LevelRules::parse({"red if elderly_alone and not reached or size >= 6", "orange if foreign_language",
                                        "green"});
  EXPECT_EQ(rules.level({.size = 6}), Level::red);
  EXPECT_EQ(rules.level({.elderly_alone = true}), Level::red);
  EXPECT_EQ(rules.level({.elderly_alone = true, .reached = true}), Level::green);
  EXPECT_EQ(rules.level({.elderly_alone = true, .language = "ko", .reached = true}), Level::orange);
}

TEST(LevelRules, TextIsNormalisedAndRoundTrips) {
  const auto rules = LevelRules::parse({"red  if   (home_observation or  returned_from_outside )", "green"});
  EXPECT_EQ(rules.text()[0], "red if (home_observation or returned_from_outside)");
  EXPECT_EQ(LevelRules::parse(rules.text()), rules);
}

TEST(LevelRules, ErrorsNameTheRuleAndTheProblem) {
  GRIDGOV_EXPECT_INPUT_ERROR(LevelRules::parse({"red if home_observaton", "green"}),
                             "level rule 1: expected a flag (home_observation");
  GRIDGOV_EXPECT_INPUT_ERROR(LevelRules::parse({"red if size >", "green"}), "level rule 1: expected an integer, got the end");
  GRIDGOV_EXPECT_INPUT_ERROR(LevelRules::parse({"red if (reached", "green"}), "expected ')'");
  GRIDGOV_EXPECT_INPUT_ERROR(LevelRules::parse({"purple", "green"}), "level rule 1: must start with a level");
  GRIDGOV_EXPECT_INPUT_ERROR(LevelRules::parse({"red if reached"}), "level rule 1: is the last rule and must be a bare level");
  GRIDGOV_EXPECT_INPUT_ERROR(LevelRules::parse({"green", "red if reached", "green"}), "level rule 1: has no condition");
  GRIDGOV_EXPECT_INPUT_ERROR(LevelRules::parse({"red if reached; drop", "green"}), "unexpected character ';'");
  GRIDGOV_EXPECT_INPUT_ERROR(LevelRules::parse({}), "level rules: are empty");
}

TEST(LevelRules, DeepNestingIsAnErrorNotACrash) {
  std::string deep = "red if ";
  for (int i = 0; i < 10000; ++i) deep += "not ";
  deep += "reached";
  GRIDGOV_EXPECT_INPUT_ERROR(LevelRules::parse({deep, "green"}), "nested too deeply");
}
