// Plans as planned and as done: replanning replaces what is only planned and keeps what
// happened; promised visits by day.
#include <gtest/gtest.h>

#include "gridgov/core/Names.hpp"
#include "ledger/LedgerSupport.hpp"
#include "support/Expect.hpp"

using namespace gridgov;
using namespace gridgov::ledger;

namespace {

PlanItem stop(int seq, const std::string& target, const std::string& from, const std::string& to,
              WorkKind kind = WorkKind::door_knocking) {
  return {.day = 1, .kind = kind, .team = "T1", .seq = seq, .target = target, .start = parse_clock(from), .end = parse_clock(to)};
}

std::vector<std::string> targets(const std::vector<PlanItem>& items) {
  std::vector<std::string> out;
  for (const auto& p : items) out.push_back(p.target + ":" + std::string(enum_name(p.status, plan_status_names)));
  return out;
}

}  // namespace

TEST(Plans, ReplanningReplacesWhatIsOnlyPlannedAndKeepsWhatHappened) {
  auto l = Ledger::create(":memory:", fixtures::street());
  l.record_plan(std::vector{stop(0, "B1", "09:00", "09:20"), stop(1, "B2", "09:30", "09:50"), stop(2, "H3", "10:00", "10:10")});
  const auto duty = PlanItem{.day = 1, .kind = WorkKind::duty, .team = "V2", .target = "P1", .start = hours(7), .end = hours(12)};
  l.record_plan(std::span(&duty, 1));
  l.mark_done(1, WorkKind::door_knocking, "T1", 0);
  l.mark_done(1, WorkKind::door_knocking, "T1", 1, PlanStatus::missed);
  l.record_plan(std::vector{stop(2, "B2", "14:00", "14:20")});
  EXPECT_EQ(targets(l.plans(1)), (std::vector<std::string>{"B1:done", "B2:missed", "B2:planned", "P1:planned"}))
      << "door_knocking before duty, as the enumeration orders them; the duty of another team untouched";
  EXPECT_EQ(l.plans(1)[2].start, hours(14));
  EXPECT_TRUE(l.plans(2).empty());
  EXPECT_EQ(l.plans().size(), 4u);
  GRIDGOV_EXPECT_INPUT_ERROR(l.record_plan(std::vector{stop(0, "H1", "15:00", "15:10")}),
                             "plan item 0: field 'seq': door_knocking item 0 of team 'T1' on day 1 is already done");
  GRIDGOV_EXPECT_INPUT_ERROR(l.mark_done(1, WorkKind::evening, "T1", 0), "there is no evening item 0 of team 'T1' on day 1");
}

TEST(Plans, ReplanningADayReplacesEveryPlannedItemOfItsKindWhateverTheTeam) {
  auto l = Ledger::create(":memory:", fixtures::street());
  const auto item = [](const std::string& team, int seq, const std::string& target, WorkKind kind = WorkKind::door_knocking) {
    return PlanItem{.day = 1, .kind = kind, .team = team, .seq = seq, .target = target, .start = hours(9), .end = hours(10)};
  };
  l.record_plan(std::vector{item("V1+V2@09:00", 0, "B1"), item("V1+V2@09:00", 1, "B2"), item("V3@09:00", 0, "H3"),
                            item("V2", 0, "P1", WorkKind::duty)});
  l.mark_done(1, WorkKind::door_knocking, "V1+V2@09:00", 0);
  l.record_plan(std::vector{item("V1@12:00", 0, "H2"), item("V3@12:00", 0, "H4")});
  EXPECT_EQ(targets(l.plans(1)), (std::vector<std::string>{"B1:done", "H2:planned", "H4:planned", "P1:planned"}))
      << "the old teams' planned items are gone, the done one and the duty (another kind) kept";
  GRIDGOV_EXPECT_INPUT_ERROR(l.record_plan(std::vector{item("V1+V2@09:00", 0, "H1")}),
                             "plan item 0: field 'seq': door_knocking item 0 of team 'V1+V2@09:00' on day 1 is already done");
  EXPECT_EQ(l.plans(1).size(), 4u) << "a refused batch replaces nothing";
}

TEST(Plans, BadItemsAreRefusedNamingTheItemAndField) {
  auto l = Ledger::create(":memory:", fixtures::street(), 1);
  GRIDGOV_EXPECT_INPUT_ERROR(l.record_plan(std::vector{stop(0, "B1", "09:00", "09:20"), stop(1, "B7", "09:30", "09:40")}),
                             "plan item 1: field 'target': 'B7' is not a household, building, post or station");
  GRIDGOV_EXPECT_INPUT_ERROR(l.record_plan(std::vector{stop(0, "B1", "09:00", "08:20")}),
                             "plan item 0: field 'end': 08:20 is not between the start, 09:00, and 24:00");
  GRIDGOV_EXPECT_INPUT_ERROR(l.record_plan(std::vector{stop(0, "B1", "09:00", "09:20"), stop(0, "B2", "09:30", "09:40")}),
                             "plan item 1: field 'seq': another item of this batch is door_knocking item 0");
  auto early = stop(0, "B1", "09:00", "09:20");
  early.day = 0;
  GRIDGOV_EXPECT_INPUT_ERROR(l.record_plan(std::span(&early, 1)), "plan item 0: field 'day': 0 is before the ledger's first day, 1");
  early.day = 1 + max_days_after_first + 1;
  GRIDGOV_EXPECT_INPUT_ERROR(l.record_plan(std::span(&early, 1)), "plan item 0: field 'day': 3652 is more than 3650 days");
  EXPECT_TRUE(l.plans().empty());
}

TEST(Promises, KeptByDayInTheOrderPromised) {
  auto l = Ledger::create(":memory:", fixtures::street());
  const std::vector<Promise> promised{{"H2", 2, parse_window("19:00-20:00"), "after dinner"}, {"H1", 2, parse_window("08:00-09:00"), ""},
                                      {"H4", 3, parse_window("10:00-11:00"), ""}};
  l.promise(promised);
  EXPECT_EQ(l.promises(2), (std::vector<Promise>{promised[0], promised[1]}));
  EXPECT_EQ(l.promises(3), std::vector<Promise>{promised[2]});
  EXPECT_TRUE(l.promises(4).empty());
  const std::vector<Promise> bad{{"H2", 2, {hours(20), hours(19)}, ""}};
  GRIDGOV_EXPECT_INPUT_ERROR(l.promise(bad), "promise 0: field 'window'");
  const std::vector<Promise> unknown{{"H8", 2, parse_window("19:00-20:00"), ""}};
  GRIDGOV_EXPECT_INPUT_ERROR(l.promise(unknown), "promise 0: field 'household': unknown household 'H8'");
  const std::vector<Promise> far{{"H2", max_days_after_first + 1, parse_window("19:00-20:00"), ""}};
  GRIDGOV_EXPECT_INPUT_ERROR(l.promise(far), "promise 0: field 'day': 3651 is more than 3650 days (ten years) after");
  EXPECT_EQ(l.promises(max_days_after_first).size(), 0u);
  l.promise(std::vector<Promise>{{"H2", max_days_after_first, parse_window("19:00-20:00"), ""}});
  EXPECT_EQ(l.promises(max_days_after_first).size(), 1u) << "the last day allowed";
}
