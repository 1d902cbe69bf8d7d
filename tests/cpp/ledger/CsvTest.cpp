// The ledger's CSV files: contacts as a field worker fills them in, households as a register;
// round trips, and bad rows named by file, line and field with nothing recorded.
#include <gtest/gtest.h>

#include <fstream>

#include "gridgov/io/Csv.hpp"
#include "ledger/LedgerSupport.hpp"
#include "support/Expect.hpp"
#include "support/TempDir.hpp"

using namespace gridgov;
using namespace gridgov::ledger;
using fixtures::contact;

namespace {

void write_text(const std::filesystem::path& path, const std::string& text) { std::ofstream(path) << text; }

}  // namespace

TEST(ContactsCsv, ExportedContactsImportIntoAnotherLedgerAsTheyWere) {
  const fixtures::TempDir dir;
  auto a = Ledger::create(":memory:", fixtures::street());
  auto c = contact("H2", 1, Outcome::refused, "19:45:30");
  c.volunteers = {"V1", "V2"};
  c.note = "said \"come back\", later";
  a.record(std::vector{contact("H1", 1, Outcome::not_home), c, contact("H4", 2, Outcome::lights_on, "20:00")});
  a.export_contacts_csv(dir.path() / "contacts.csv");
  auto b = Ledger::create(":memory:", fixtures::street());
  b.import_contacts_csv(dir.path() / "contacts.csv");
  EXPECT_EQ(b.contacts(), a.contacts());
  EXPECT_EQ(b.households(), a.households());
  EXPECT_EQ(b.level_history(), a.level_history());
}

TEST(ContactsCsv, WhatAFieldWorkerWritesIsRead) {
  const fixtures::TempDir dir;
  write_text(dir.path() / "paper.csv",
             "household,day,time,outcome,volunteers\nH1,1,9:05,reached,V1\nH2,1,19:30:15,not_home,V1;V2\n");
  auto l = Ledger::create(":memory:", fixtures::street());
  l.import_contacts_csv(dir.path() / "paper.csv");
  const auto contacts = l.contacts();
  ASSERT_EQ(contacts.size(), 2u);
  EXPECT_EQ(contacts[0].time, minutes(9 * 60 + 5));
  EXPECT_EQ(contacts[1].time, parse_clock("19:30") + Duration{15});
  EXPECT_EQ(contacts[1].note, "");
}

TEST(ContactsCsv, BadRowsAreNamedByLineAndFieldAndNothingIsRecorded) {
  const fixtures::TempDir dir;
  const auto path = dir.path() / "contacts.csv";
  auto l = Ledger::create(":memory:", fixtures::street());
  write_text(path, "household,day,time,volunteers,outcome,note\nH1,1,09:30,V1,reached,\nH2,1,09:40,V1,gone,\n");
  GRIDGOV_EXPECT_INPUT_ERROR(l.import_contacts_csv(path),
                             "contacts.csv line 3: field 'outcome': unknown value 'gone' (allowed: reached, not_home, refused, "
                             "moved, lights_on)");
  write_text(path, "household,day,time,volunteers,outcome,note\nH1,1,09:30,V1,reached,\nH7,1,09:40,V1,reached,\n");
  GRIDGOV_EXPECT_INPUT_ERROR(l.import_contacts_csv(path), "contacts.csv line 3: field 'household': unknown household 'H7'");
  write_text(path, "household,day,time,volunteers,outcome\nH1,1,half past nine,V1,reached\n");
  GRIDGOV_EXPECT_INPUT_ERROR(l.import_contacts_csv(path), "contacts.csv line 2: field 'time': expected a clock time HH:MM");
  write_text(path, "household,day,time,volunteers,outcome\nH1,1,0930,V1,reached\n");  // text is never seconds
  GRIDGOV_EXPECT_INPUT_ERROR(l.import_contacts_csv(path),
                             "contacts.csv line 2: field 'time': expected a clock time HH:MM between 00:00 and 24:00, got '0930'");
  write_text(path, "household,day,volunteers,outcome\nH1,1,V1,reached\n");
  GRIDGOV_EXPECT_INPUT_ERROR(l.import_contacts_csv(path), "field 'time': is a required column of contact records");
  EXPECT_TRUE(l.contacts().empty());
}

TEST(ContactsTable, TextTimesAreClockTimesAndOnlyNumbersAreSeconds) {
  auto l = Ledger::create(":memory:", fixtures::street());
  const auto frame = [](io::Cell time) {
    return io::Table{.columns = {{"household", {std::string("H1")}}, {"day", {std::int64_t{1}}}, {"time", {std::move(time)}},
                                 {"outcome", {std::string("reached")}}},
                     .source = "frame",
                     .lines = {}};
  };
  GRIDGOV_EXPECT_INPUT_ERROR(l.record(frame(std::string("70200"))), "frame row 0: field 'time': expected a clock time");
  EXPECT_TRUE(l.contacts().empty());
  l.record(frame(std::int64_t{70200}));
  EXPECT_EQ(l.contacts().at(0).time, parse_clock("19:30")) << "a number is seconds since midnight";
  GRIDGOV_EXPECT_INPUT_ERROR(l.record(frame(std::int64_t{90000})), "frame row 0: field 'time': 90000 seconds is not a time of day");
}

TEST(HouseholdsCsv, ExportHasTheLedgersColumnsAndAnEditedRegisterImportsFromItsDay) {
  const fixtures::TempDir dir;
  const auto path = dir.path() / "households.csv";
  auto l = Ledger::create(":memory:", fixtures::street());
  l.record(std::vector{contact("H2", 1, Outcome::moved)});
  l.export_households_csv(path);
  const auto table = io::read_csv(path);
  EXPECT_EQ(table.columns.back().name, "moved_on");
  EXPECT_EQ(std::get<std::string>(table.find("level")->cells[2]), "red");
  EXPECT_EQ(std::get<std::string>(table.find("moved_on")->cells[1]), "1");
  EXPECT_EQ(std::get<std::string>(table.find("moved_on")->cells[0]), "");
  EXPECT_EQ(io::from_table<HouseholdEntry>(table), l.households());

  auto edited = io::read_csv(path);
  for (auto& column : edited.columns)
    if (column.name == "home_observation") column.cells[0] = std::string("true");
  io::write_csv(path, edited);
  l.import_households_csv(path, 2);
  EXPECT_EQ(l.level_on("H1", 1), model::Level::green);
  EXPECT_EQ(l.level_on("H1", 2), model::Level::red);
  EXPECT_EQ(l.households()[1].moved_on, 1) << "an update of its description does not reopen a closed case";
}
