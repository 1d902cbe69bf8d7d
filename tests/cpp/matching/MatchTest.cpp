// match(): hand-sized cases, input errors, and the optimum against brute force on hundreds of
// tiny random instances, every result run through the independent checker.
#include <gtest/gtest.h>

#include "gridgov/core/Random.hpp"
#include "gridgov/matching/Matching.hpp"
#include "support/Expect.hpp"

using namespace gridgov;
using namespace gridgov::matching;

namespace {

IntMatrix matrix(std::initializer_list<std::initializer_list<std::int64_t>> rows) {
  IntMatrix m(static_cast<Eigen::Index>(rows.size()), static_cast<Eigen::Index>(rows.begin()->size()));
  Eigen::Index i = 0;
  for (const auto& r : rows) {
    Eigen::Index j = 0;
    for (const auto v : r) m(i, j++) = v;
    ++i;
  }
  return m;
}

// Runs the checker on a matching and expects it valid and agreeing with the matching's totals.
void expect_checked(const std::vector<Supply>& s, const std::vector<Demand>& d, const IntMatrix& cost, const Matching& m) {
  const auto c = check(s, d, cost, m.assignments);
  EXPECT_TRUE(c.valid) << (c.violations.empty() ? "" : c.violations.front());
  EXPECT_EQ(c.matched, m.matched);
  EXPECT_EQ(c.cost, m.cost);
  EXPECT_EQ(c.unmet, m.unmet);
}

}  // namespace

TEST(Match, EachDemandGoesToTheCheapestSpeakerWithRoom) {
  const std::vector<Supply> s{{"V1", 1, {"en"}}, {"V2", 2, {"en", "ko"}}};
  const std::vector<Demand> d{{"H1", "en", 1}, {"H2", "ko", 1}, {"H3", "en", 1}};
  const auto cost = matrix({{5, 0, 9}, {4, 7, 1}});
  const auto m = match(s, d, cost);
  // V2 must take H2 (only it speaks ko) and has room for one more: H3 (1) rather than H1 (4);
  // V1 then takes H1 (5). Total 5 + 7 + 1 = 13.
  EXPECT_EQ(m.matched, 3);
  EXPECT_EQ(m.cost, Cost(13));
  EXPECT_EQ(m.assignments, (std::vector<Assignment>{{0, 0, Cost(5)}, {1, 1, Cost(7)}, {1, 2, Cost(1)}}));
  expect_checked(s, d, cost, m);
}

TEST(Match, ServesTheMostUnitsBeforeSavingCost) {
  // The cheapest single pair (V1-H1, 0) would leave H2 unserved; serving both costs 20.
  const std::vector<Supply> s{{"V1", 1, {"en"}}, {"V2", 1, {"en"}}};
  const std::vector<Demand> d{{"H1", "en", 1}, {"H2", "fr", 1}};
  const std::vector<Supply> s2{{"V1", 1, {"en", "fr"}}, {"V2", 1, {"en"}}};
  const auto cost = matrix({{0, 10}, {10, 10}});
  const auto m = match(s2, d, cost);
  EXPECT_EQ(m.matched, 2);
  EXPECT_EQ(m.cost, Cost(20));
  expect_checked(s2, d, cost, m);
  const auto none_speaks_fr = match(s, d, cost);
  EXPECT_EQ(none_speaks_fr.unmet, (std::vector<int>{0, 1}));
  EXPECT_EQ(none_speaks_fr.cost, Cost(0));
}

TEST(Match, ADemandOfTwoUnitsNeedsTwoPeople) {
  const std::vector<Supply> s{{"V1", 5, {"medical"}}};
  const std::vector<Demand> d{{"P1", "medical", 2}};
  const auto m = match(s, d, matrix({{3}}));
  EXPECT_EQ(m.matched, 1);
  EXPECT_EQ(m.unmet, std::vector<int>{1});
}

TEST(Match, EmptyInputsGiveAnEmptyMatching) {
  const auto m = match({}, {{"H1", "en", 2}}, IntMatrix(0, 1));
  EXPECT_EQ(m.matched, 0);
  EXPECT_EQ(m.unmet, std::vector<int>{2});
  EXPECT_TRUE(match({{"V1", 1, {"en"}}}, {}, IntMatrix(1, 0)).assignments.empty());
}

TEST(Match, BadInputNamesTheRecordAndField) {
  const std::vector<Demand> d{{"H1", "en", 1}};
  GRIDGOV_EXPECT_INPUT_ERROR(match({{"V1", -1, {"en"}}}, d, matrix({{1}})), "supply 'V1': field 'capacity'");
  GRIDGOV_EXPECT_INPUT_ERROR(match({{"V1", 1, {"EN"}}}, d, matrix({{1}})), "supply 'V1': field 'skills'");
  GRIDGOV_EXPECT_INPUT_ERROR(match({{"V1", 1, {"en"}}}, {{"H1", "en", -2}}, matrix({{1}})), "demand 'H1': field 'units'");
  GRIDGOV_EXPECT_INPUT_ERROR(match({{"V1", 1, {"en"}}}, {{"H1", "", 1}}, matrix({{1}})), "demand 'H1': field 'skill'");
  GRIDGOV_EXPECT_INPUT_ERROR(match({{"V1", 1, {"en"}}}, d, matrix({{1, 2}})), "field 'cost': is 1 x 2");
  GRIDGOV_EXPECT_INPUT_ERROR(match({{"V1", 1, {"en"}}}, d, matrix({{-4}})), "supply 'V1': field 'cost': for demand 'H1' is -4");
}

TEST(Match, RefusesACostMatrixOfAnyOtherShapeThanSuppliesByDemands) {
  // Two supplies, three demands: the transpose holds the same six numbers but must not pass,
  // nor may a matrix with a row or column missing (match() would read past its end).
  const std::vector<Supply> s{{"V1", 1, {"en"}}, {"V2", 1, {"en"}}};
  const std::vector<Demand> d{{"H1", "en", 1}, {"H2", "en", 1}, {"H3", "en", 1}};
  GRIDGOV_EXPECT_INPUT_ERROR(match(s, d, matrix({{5, 4}, {0, 7}, {9, 1}})),
                             "matching: field 'cost': is 3 x 2 but there are 2 supplies and 3 demands");
  GRIDGOV_EXPECT_INPUT_ERROR(match(s, d, matrix({{5, 0, 9}})), "field 'cost': is 1 x 3");
  GRIDGOV_EXPECT_INPUT_ERROR(match(s, d, matrix({{5, 0}, {4, 7}})), "field 'cost': is 2 x 2");
  GRIDGOV_EXPECT_INPUT_ERROR(match(s, d, IntMatrix(0, 0)), "field 'cost': is 0 x 0");
  EXPECT_EQ(match(s, d, matrix({{5, 0, 9}, {4, 7, 1}})).matched, 2);
}

TEST(MatchCheck, ACostMatrixOfTheWrongShapeIsAViolationNotAReadPastItsEnd) {
  const std::vector<Supply> s{{"V1", 1, {"en"}}, {"V2", 1, {"en"}}};
  const std::vector<Demand> d{{"H1", "en", 1}, {"H2", "en", 1}};
  const auto c = check(s, d, matrix({{3}}), {{0, 0, Cost(3)}, {1, 1, Cost(0)}});
  EXPECT_FALSE(c.valid);
  ASSERT_FALSE(c.violations.empty());
  EXPECT_EQ(c.violations.front(), "the cost matrix is 1 x 1 but there are 2 supplies and 2 demands");
  EXPECT_EQ(c.matched, 2);
  EXPECT_EQ(c.cost, Cost(3));  // the pair the matrix holds; the other has no cost to read
  EXPECT_EQ(c.unmet, (std::vector<int>{0, 0}));
}

TEST(MatchCheck, ListsEveryBrokenRule) {
  const std::vector<Supply> s{{"V1", 1, {"en"}}};
  const std::vector<Demand> d{{"H1", "en", 1}, {"H2", "ko", 1}};
  const auto cost = matrix({{3, 4}});
  const auto c = check(s, d, cost, {{0, 0, Cost(3)}, {0, 0, Cost(2)}, {0, 1, Cost(4)}, {2, 0, Cost(0)}});
  EXPECT_FALSE(c.valid);
  const std::vector<std::string> expected{"twice", "differs from the matrix", "does not hold skill 'ko'", "does not exist",
                                          "serves 3 units, capacity 1", "demand 0 gets 2 units, needs 1"};
  for (const auto& text : expected) {
    bool found = false;
    for (const auto& v : c.violations) found |= v.find(text) != std::string::npos;
    EXPECT_TRUE(found) << text;
  }
  EXPECT_EQ(c.unmet, (std::vector<int>{0, 0}));
}

namespace {

struct Best {
  int matched = -1;
  std::int64_t cost = 0;
};

// Every subset of the eligible pairs that keeps within capacities and units; the most units,
// then the least cost.
Best brute_force(const std::vector<Supply>& s, const std::vector<Demand>& d, const IntMatrix& cost) {
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  for (std::size_t i = 0; i < s.size(); ++i)
    for (std::size_t j = 0; j < d.size(); ++j)
      if (std::find(s[i].skills.begin(), s[i].skills.end(), d[j].skill) != s[i].skills.end()) pairs.emplace_back(i, j);
  Best best;
  for (std::uint32_t mask = 0; mask < (1u << pairs.size()); ++mask) {
    std::vector<int> used(s.size(), 0), served(d.size(), 0);
    int units = 0;
    std::int64_t total = 0;
    for (std::size_t p = 0; p < pairs.size(); ++p)
      if (mask >> p & 1u) {
        ++used[pairs[p].first], ++served[pairs[p].second], ++units;
        total += cost(static_cast<Eigen::Index>(pairs[p].first), static_cast<Eigen::Index>(pairs[p].second));
      }
    bool ok = true;
    for (std::size_t i = 0; i < s.size(); ++i) ok &= used[i] <= s[i].capacity;
    for (std::size_t j = 0; j < d.size(); ++j) ok &= served[j] <= d[j].units;
    if (ok && (units > best.matched || (units == best.matched && total < best.cost))) best = {units, total};
  }
  return best;
}

}  // namespace

TEST(Match, FindsTheOptimumOfBruteForceOnTinyRandomInstances) {
  Random rng(2024);
  const std::vector<std::string> skills{"en", "ko", "medical"};
  for (int instance = 0; instance < 400; ++instance) {
    std::vector<Supply> s(static_cast<std::size_t>(rng.uniform_int(1, 3)));
    std::vector<Demand> d(static_cast<std::size_t>(rng.uniform_int(1, 4)));
    for (auto& x : s) {
      x.capacity = static_cast<int>(rng.uniform_int(0, 2));
      for (const auto& k : skills)
        if (rng.chance(0.5)) x.skills.push_back(k);
    }
    for (auto& x : d) x.skill = skills[rng.index(skills.size())], x.units = static_cast<int>(rng.uniform_int(0, 2));
    IntMatrix cost(static_cast<Eigen::Index>(s.size()), static_cast<Eigen::Index>(d.size()));
    for (Eigen::Index i = 0; i < cost.size(); ++i) cost(i) = rng.uniform_int(0, 20);
    const auto m = match(s, d, cost);
    const auto best = brute_force(s, d, cost);
    ASSERT_EQ(m.matched, best.matched) << "instance " << instance;
    ASSERT_EQ(m.cost.get(), best.cost) << "instance " << instance;
    expect_checked(s, d, cost, m);
  }
}
