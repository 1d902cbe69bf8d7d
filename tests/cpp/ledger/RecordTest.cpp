// Recording contacts: what each outcome does, levels recomputed by the rules with their
// history day by day, household updates, and bad input refused before anything is written.
#include <gtest/gtest.h>

#include "ledger/LedgerSupport.hpp"
#include "support/Expect.hpp"
#include "support/TempDir.hpp"

using namespace gridgov;
using namespace gridgov::ledger;
using fixtures::contact;
using model::Level;

namespace {

const HouseholdEntry& entry(const std::vector<HouseholdEntry>& all, const std::string& id) {
  for (const auto& e : all)
    if (e.household.id == id) return e;
  throw std::out_of_range(id);
}

std::vector<Level> levels_on_days(const Ledger& l, const std::string& household, int last_day) {
  std::vector<Level> out;
  for (int d = l.first_day(); d <= last_day; ++d) out.push_back(l.level_on(household, d));
  return out;
}

}  // namespace

TEST(Outcomes, EachChangesTheContactRecordAsDocumented) {
  model::Household h{.id = "H1", .building = "B1"};
  apply_contact(contact("H1", 2, Outcome::not_home), h);
  EXPECT_EQ(h.attempts, 1);
  EXPECT_EQ(h.last_attempt, 2);
  EXPECT_FALSE(h.reached);
  apply_contact(contact("H1", 3, Outcome::lights_on), h);
  EXPECT_TRUE(h.seen_evening);
  EXPECT_EQ(h.attempts, 1) << "lights seen on from outside is not a visit";
  apply_contact(contact("H1", 4, Outcome::refused), h);
  EXPECT_EQ(h.attempts, 2);
  EXPECT_FALSE(h.reached);
  apply_contact(contact("H1", 5, Outcome::reached), h);
  EXPECT_TRUE(h.reached);
  apply_contact(contact("H1", 1, Outcome::refused), h);
  EXPECT_TRUE(h.reached) << "a refusal does not undo having spoken with them";
  EXPECT_EQ(h.last_attempt, 5) << "an older visit does not move the last attempt back";
  EXPECT_EQ(h.attempts, 4);
}

TEST(Record, UpdatesHouseholdsAndTheCommunity) {
  auto l = Ledger::create(":memory:", fixtures::street());
  const std::vector<Contact> day1{contact("H1", 1, Outcome::not_home), contact("H2", 1, Outcome::reached, "19:30"),
                                  contact("H4", 1, Outcome::lights_on, "20:10")};
  l.record(day1);
  EXPECT_EQ(l.contacts(), day1);
  EXPECT_EQ(l.contacts(1), day1);
  EXPECT_TRUE(l.contacts(2).empty());
  const auto c = l.community();
  EXPECT_EQ(c.households()[0].attempts, 1);
  EXPECT_EQ(c.households()[0].last_attempt, 1);
  EXPECT_TRUE(c.households()[1].reached);
  EXPECT_TRUE(c.households()[3].seen_evening);
  EXPECT_EQ(c.households()[3].attempts, 0);
  EXPECT_EQ(c.households()[2], fixtures::street().households()[2]) << "a household nobody visited is as it was";
}

TEST(Levels, RecomputedByTheRulesWithTheLevelOfEveryDay) {
  auto l = Ledger::create(":memory:", fixtures::street());
  // Default rules: orange once unreached after three attempts, green again once reached.
  for (int day : {1, 2, 3}) {
    const Contact c = contact("H1", day, Outcome::not_home);
    l.record(std::span(&c, 1));
  }
  const Contact reached = contact("H1", 5, Outcome::reached);
  l.record(std::span(&reached, 1));
  EXPECT_EQ(levels_on_days(l, "H1", 6),
            (std::vector{Level::green, Level::green, Level::green, Level::orange, Level::orange, Level::green, Level::green}));
  EXPECT_EQ(levels_on_days(l, "H3", 2), (std::vector{Level::red, Level::red, Level::red}));
  const auto history = l.level_history();
  const std::vector<LevelChange> h1(history.begin(), history.begin() + 3);
  EXPECT_EQ(h1, (std::vector<LevelChange>{{"H1", 0, Level::green}, {"H1", 3, Level::orange}, {"H1", 5, Level::green}}));
  EXPECT_EQ(history.size(), 6u) << "H2, H3 and H4 keep their first level";
  EXPECT_EQ(entry(l.households(), "H1").level, Level::green);
}

TEST(Levels, HistoryDoesNotDependOnTheOrderPaperFormsAreEntered) {
  auto in_order = Ledger::create(":memory:", fixtures::street());
  auto late = Ledger::create(":memory:", fixtures::street());
  const std::vector<Contact> contacts{contact("H1", 1, Outcome::not_home), contact("H1", 2, Outcome::not_home),
                                      contact("H1", 3, Outcome::not_home), contact("H1", 4, Outcome::reached)};
  for (const auto& c : contacts) in_order.record(std::span(&c, 1));
  for (int i : {3, 0, 2, 1}) late.record(std::span(&contacts[static_cast<std::size_t>(i)], 1));
  EXPECT_EQ(late.level_history(), in_order.level_history());
  EXPECT_EQ(late.households(), in_order.households());
}

TEST(Levels, UnknownHouseholdOrADayBeforeItEnteredIsAnError) {
  const auto l = Ledger::create(":memory:", fixtures::street(), 2);
  GRIDGOV_EXPECT_INPUT_ERROR(l.level_on("H9", 3), "household 'H9': is not in the ledger");
  GRIDGOV_EXPECT_INPUT_ERROR(l.level_on("H1", 1), "household 'H1': field 'day': day 1 is before it entered the ledger on day 2");
}

TEST(Moved, ClosesTheCaseUntilSomeoneAnswersThere) {
  auto l = Ledger::create(":memory:", fixtures::street());
  const std::vector<Contact> moved{contact("H2", 2, Outcome::moved), contact("H2", 3, Outcome::not_home)};
  l.record(moved);
  EXPECT_EQ(l.community().households().size(), 3u) << "planners no longer see a household that moved";
  EXPECT_EQ(entry(l.households(), "H2").moved_on, 2);
  const Contact back = contact("H2", 4, Outcome::reached);
  l.record(std::span(&back, 1));
  EXPECT_EQ(entry(l.households(), "H2").moved_on, -1);
  EXPECT_EQ(l.community().households().size(), 4u);
}

TEST(Updates, ChangedFlagsChangeLevelsFromThatDayAndKeepTheContactRecord) {
  auto l = Ledger::create(":memory:", fixtures::street());
  const Contact c = contact("H1", 1, Outcome::reached);
  l.record(std::span(&c, 1));
  auto h1 = l.community().households()[0];
  h1.home_observation = true;
  h1.attempts = 99;  // not the ledger's to take from an update
  l.update_households(4, std::span(&h1, 1));
  EXPECT_EQ(levels_on_days(l, "H1", 5),
            (std::vector{Level::green, Level::green, Level::green, Level::green, Level::red, Level::red}));
  const auto now = entry(l.households(), "H1").household;
  EXPECT_TRUE(now.home_observation);
  EXPECT_EQ(now.attempts, 1);
  EXPECT_TRUE(now.reached);
}

TEST(Updates, NewHouseholdsEnterOnTheirDay) {
  auto l = Ledger::create(":memory:", fixtures::street());
  const model::Household h5{.id = "H5", .building = "B2", .size = 2, .returned_from_outside = true};
  l.update_households(3, std::span(&h5, 1));
  EXPECT_EQ(entry(l.households(), "H5").since, 3);
  EXPECT_EQ(l.level_on("H5", 3), Level::orange);
  EXPECT_EQ(l.community().households().back().id, "H5");
  GRIDGOV_EXPECT_INPUT_ERROR(l.record(std::vector{contact("H5", 2, Outcome::reached)}),
                             "contact 0: field 'day': day 2 is before household 'H5' entered the ledger on day 3");
  const model::Household bad{.id = "H6", .building = "B9"};
  GRIDGOV_EXPECT_INPUT_ERROR(l.update_households(3, std::span(&bad, 1)), "household 'H6'");
  EXPECT_EQ(l.households().size(), 5u);
}

TEST(Validation, AWholeBatchIsRefusedNamingTheContactAndField) {
  const fixtures::TempDir dir;
  const auto path = dir.path() / "street.ledger";
  auto l = Ledger::create(path, fixtures::street(), 1);
  const std::vector<Contact> good{contact("H1", 1, Outcome::reached)};
  l.record(good);
  auto bad = std::vector{contact("H2", 1, Outcome::not_home), contact("H3", 2, Outcome::reached),
                         contact("H4", 2, Outcome::reached), contact("H9", 2, Outcome::reached)};
  GRIDGOV_EXPECT_INPUT_ERROR(l.record(bad), "contact 3: field 'household': unknown household 'H9'");
  bad[3] = contact("H4", 0, Outcome::reached);
  GRIDGOV_EXPECT_INPUT_ERROR(l.record(bad), "contact 3: field 'day': 0 is before the ledger's first day, 1");
  bad[3] = contact("H4", 1 + max_days_after_first + 1, Outcome::reached);
  GRIDGOV_EXPECT_INPUT_ERROR(l.record(bad),
                             "contact 3: field 'day': 3652 is more than 3650 days (ten years) after the ledger's first day, 1");
  bad[3] = contact("H4", 2, Outcome::reached);
  bad[3].volunteers = {"V1", "V7"};
  GRIDGOV_EXPECT_INPUT_ERROR(l.record(bad), "contact 3: field 'volunteers': unknown volunteer 'V7'");
  bad[3].volunteers = {"V1;V2"};  // one id: no volunteer's has a ';' (the community refuses one)
  GRIDGOV_EXPECT_INPUT_ERROR(l.record(bad), "contact 3: field 'volunteers': unknown volunteer 'V1;V2'");
  bad[3].volunteers = {"V2"};
  bad[3].time = hours(25);
  GRIDGOV_EXPECT_INPUT_ERROR(l.record(bad), "contact 3: field 'time': 90000 seconds is not a time of day");
  EXPECT_EQ(l.contacts(), good) << "nothing of a refused batch is written";
  EXPECT_EQ(Ledger::open(path).contacts(), good) << "and what was committed before is all there";
  EXPECT_EQ(Ledger::open(path).households(), l.households());
}
