// Ledger files: made once, opened again with everything in them, older schemas migrated,
// newer ones and other files refused, WAL journal and synchronous FULL in force.
#include <gtest/gtest.h>

#include <fstream>

#include "gridgov/io/Scenario.hpp"
#include "ledger/LedgerSupport.hpp"
#include "support/Expect.hpp"
#include "support/TempDir.hpp"

using namespace gridgov;
using namespace gridgov::ledger;
using fixtures::contact;

namespace {

// A version 1 ledger as an older gridgov wrote it: no batches, no promises, no batch columns.
void write_version_1(const std::filesystem::path& path) {
  const sqlite::Database db(path, true);
  db.exec(R"(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE households (id TEXT PRIMARY KEY, building TEXT NOT NULL, size INTEGER NOT NULL,
  home_observation INTEGER NOT NULL, returned_from_outside INTEGER NOT NULL, elderly_alone INTEGER NOT NULL,
  language TEXT NOT NULL, needs_delivery INTEGER NOT NULL, reached INTEGER NOT NULL, attempts INTEGER NOT NULL,
  last_attempt INTEGER NOT NULL, seen_evening INTEGER NOT NULL, level TEXT NOT NULL, since INTEGER NOT NULL,
  moved_on INTEGER);
CREATE TABLE level_history (household TEXT NOT NULL REFERENCES households (id), day INTEGER NOT NULL,
  level TEXT NOT NULL, PRIMARY KEY (household, day)) WITHOUT ROWID;
CREATE TABLE household_updates (id INTEGER PRIMARY KEY, household TEXT NOT NULL, day INTEGER NOT NULL,
  building TEXT NOT NULL, size INTEGER NOT NULL, home_observation INTEGER NOT NULL,
  returned_from_outside INTEGER NOT NULL, elderly_alone INTEGER NOT NULL, language TEXT NOT NULL,
  needs_delivery INTEGER NOT NULL);
CREATE TABLE contacts (id INTEGER PRIMARY KEY, household TEXT NOT NULL, day INTEGER NOT NULL, time INTEGER NOT NULL,
  volunteers TEXT NOT NULL, outcome TEXT NOT NULL, note TEXT NOT NULL);
CREATE TABLE plans (day INTEGER NOT NULL, kind TEXT NOT NULL, team TEXT NOT NULL, seq INTEGER NOT NULL,
  target TEXT NOT NULL, start_time INTEGER NOT NULL, end_time INTEGER NOT NULL, status TEXT NOT NULL,
  PRIMARY KEY (day, kind, team, seq)) WITHOUT ROWID;
CREATE INDEX contacts_by_household ON contacts (household, day);
INSERT INTO meta VALUES ('format', 'gridgov-ledger'), ('first_day', '0');
INSERT INTO households VALUES
  ('H1', 'B1', 3, 0, 0, 0, '', 0, 1, 2, 2, 0, 'green', 0, NULL),
  ('H2', 'B1', 1, 0, 0, 1, '', 0, 0, 0, -1, 0, 'green', 0, NULL),
  ('H3', 'B2', 2, 1, 0, 0, '', 1, 0, 0, -1, 0, 'red', 0, NULL),
  ('H4', 'B2', 4, 0, 1, 0, 'en', 0, 0, 0, -1, 0, 'orange', 0, NULL);
INSERT INTO level_history VALUES ('H1', 0, 'green'), ('H2', 0, 'green'), ('H3', 0, 'red'), ('H4', 0, 'orange');
INSERT INTO contacts (household, day, time, volunteers, outcome, note) VALUES
  ('H1', 1, 36000, 'V1', 'not_home', ''), ('H1', 2, 68400, 'V1;V2', 'reached', 'evening');
INSERT INTO plans VALUES (3, 'evening', 'T1', 0, 'H2', 68400, 69000, 'planned');
PRAGMA user_version = 1;)",
          "write a version 1 ledger");
  db.prepare("INSERT INTO meta VALUES ('scenario', ?1)", "store the scenario")
      .bind(1, io::scenario_json(fixtures::street()))
      .run();
}

// The SQL of the tables and indexes that version 2 made or remade, as SQLite stores it.
std::string version_2_schema(const std::filesystem::path& path) {
  const sqlite::Database db(path, false);
  auto s = db.prepare("SELECT group_concat(name || ': ' || sql, char(10)) FROM (SELECT name, sql FROM sqlite_master "
                      "WHERE sql IS NOT NULL AND tbl_name NOT IN ('meta', 'households', 'level_history') ORDER BY name)",
                      "read the schema");
  return s.step() ? s.text(0) : std::string();
}

}  // namespace

TEST(Files, ReopenedLedgerHoldsEverything) {
  const fixtures::TempDir dir;
  const auto path = dir.path() / "street.ledger";
  const std::vector<Contact> contacts{contact("H1", 3, Outcome::not_home), contact("H2", 3, Outcome::reached)};
  {
    auto l = Ledger::create(path, fixtures::street(), 3);
    l.record(contacts);
  }
  const auto l = Ledger::open(path);
  EXPECT_EQ(l.schema_version(), schema_version);
  EXPECT_EQ(l.first_day(), 3);
  EXPECT_EQ(l.contacts(), contacts);
  EXPECT_EQ(l.community().households()[1].reached, true);
  EXPECT_EQ(l.community().buildings(), fixtures::street().buildings()) << "the scenario is stored in the file";
}

TEST(Files, CreateRefusesAnExistingFileAndOpenAMissingOne) {
  const fixtures::TempDir dir;
  const auto path = dir.path() / "street.ledger";
  (void)Ledger::create(path, fixtures::street());
  GRIDGOV_EXPECT_INPUT_ERROR(Ledger::create(path, fixtures::street()), "street.ledger: already exists");
  GRIDGOV_EXPECT_INPUT_ERROR(Ledger::open(dir.path() / "none.ledger"), "none.ledger: does not exist");
  GRIDGOV_EXPECT_INPUT_ERROR(Ledger::create(dir.path() / "x.ledger", fixtures::street(), -1), "ledger: field 'day'");
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "x.ledger"));
}

TEST(Files, CreateRefusesWhateverIsAtThePathInTheSameStepAsMakingTheFile) {
  const fixtures::TempDir dir;
  const auto path = dir.path() / "street.ledger", elsewhere = dir.path() / "elsewhere.ledger";
  std::filesystem::create_symlink(elsewhere, path);  // what another process might have put there
  GRIDGOV_EXPECT_INPUT_ERROR(Ledger::create(path, fixtures::street()), "street.ledger: already exists");
  EXPECT_TRUE(std::filesystem::is_symlink(path)) << "what was there is left as it was";
  EXPECT_FALSE(std::filesystem::exists(elsewhere)) << "nothing made through it";
}

TEST(Files, CloseLetsGoOfTheFileAndLaterCallsSaySo) {
  const fixtures::TempDir dir;
  const auto path = dir.path() / "street.ledger", moved = dir.path() / "moved.ledger";
  auto l = Ledger::create(path, fixtures::street());
  l.record(std::vector{contact("H1", 0, Outcome::reached)});
  l.close();
  l.close();  // again: nothing
  for (const char* suffix : {"-wal", "-shm"})
    EXPECT_FALSE(std::filesystem::exists(path.string() + suffix)) << suffix << ": the connection is closed";
  try {
    (void)l.contacts();
    ADD_FAILURE() << "a closed ledger answered";
  } catch (const std::logic_error& e) {
    EXPECT_NE(std::string(e.what()).find("the ledger '" + path.string() + "' is closed"), std::string::npos) << e.what();
  }
  EXPECT_THROW((void)l.first_day(), std::logic_error);
  std::filesystem::rename(path, moved);
  EXPECT_EQ(Ledger::open(moved).contacts().size(), 1u);
}

TEST(Files, OpenRefusesFilesThatAreNotLedgers) {
  const fixtures::TempDir dir;
  std::ofstream(dir.path() / "notes.txt") << "household,day\nH1,1\n";
  GRIDGOV_EXPECT_INPUT_ERROR(Ledger::open(dir.path() / "notes.txt"), "notes.txt: is not a gridgov ledger");
  sqlite::Database(dir.path() / "other.db", true).exec("CREATE TABLE t (x)", "make another database");
  GRIDGOV_EXPECT_INPUT_ERROR(Ledger::open(dir.path() / "other.db"), "other.db: is not a gridgov ledger");
}

TEST(Files, AForeignDatabaseIsRefusedUntouched) {
  const fixtures::TempDir dir;
  const auto path = dir.path() / "other.db";
  sqlite::Database(path, true).exec("PRAGMA journal_mode = DELETE; CREATE TABLE t (x)", "make another database");
  GRIDGOV_EXPECT_INPUT_ERROR(Ledger::open(path), "other.db: is not a gridgov ledger");
  EXPECT_EQ(fixtures::query(path, "PRAGMA journal_mode"), "delete") << "not switched to WAL";
}

TEST(Files, NewerSchemaVersionsAreRefusedUntouched) {
  const fixtures::TempDir dir;
  const auto path = dir.path() / "street.ledger";
  (void)Ledger::create(path, fixtures::street());
  sqlite::Database(path, false)
      .exec("PRAGMA journal_mode = DELETE; PRAGMA user_version = 3", "pretend a newer gridgov wrote it, journal and all");
  GRIDGOV_EXPECT_INPUT_ERROR(Ledger::open(path), "has ledger schema version 3, newer than this gridgov reads (2)");
  EXPECT_EQ(fixtures::query(path, "PRAGMA user_version"), "3");
  EXPECT_EQ(fixtures::query(path, "PRAGMA journal_mode"), "delete") << "not switched to WAL";
}

TEST(Files, Version1IsMigratedKeepingItsRecordsIntoTheTablesANewFileHas) {
  const fixtures::TempDir dir;
  const auto old_file = dir.path() / "v1.ledger", new_file = dir.path() / "v2.ledger";
  write_version_1(old_file);
  auto l = Ledger::open(old_file);
  EXPECT_EQ(l.schema_version(), 2);
  EXPECT_EQ(l.contacts().size(), 2u);
  EXPECT_EQ(l.contacts()[1].volunteers, (std::vector<std::string>{"V1", "V2"}));
  ASSERT_EQ(l.plans().size(), 1u);
  EXPECT_EQ(l.plans()[0].target, "H2");
  EXPECT_EQ(fixtures::query(old_file, "SELECT kind || ' ' || rows FROM batches"), "migration 3");
  const Promise p{.household = "H2", .day = 3, .window = parse_window("19:00-20:00")};
  l.promise(std::span(&p, 1));
  l.record(std::vector{contact("H2", 3, Outcome::reached)});
  EXPECT_TRUE(l.community().households()[1].reached);
  (void)Ledger::create(new_file, fixtures::street());
  EXPECT_EQ(version_2_schema(old_file), version_2_schema(new_file));
  EXPECT_NE(version_2_schema(old_file).find("promises_by_day"), std::string::npos);
  EXPECT_EQ(fixtures::query(old_file, "PRAGMA integrity_check"), "ok");
  EXPECT_EQ(fixtures::query(old_file, "PRAGMA foreign_key_check"), "");
}

TEST(Files, WalJournalAndFullSynchronousAreInForce) {
  const fixtures::TempDir dir;
  const auto path = dir.path() / "street.ledger";
  (void)Ledger::create(path, fixtures::street());
  EXPECT_EQ(fixtures::query(path, "PRAGMA journal_mode"), "wal");
  const sqlite::Database db(path, false);
  EXPECT_EQ(db.pragma("synchronous"), 2) << "FULL: every commit is synced to disk";
  EXPECT_EQ(db.pragma("foreign_keys"), 1);
}

TEST(Files, ALedgerInMemoryWorksTheSame) {
  auto l = Ledger::create(":memory:", fixtures::street());
  l.record(std::vector{contact("H1", 0, Outcome::reached)});
  EXPECT_EQ(l.path(), ":memory:");
  EXPECT_TRUE(l.community().households()[0].reached);
  GRIDGOV_EXPECT_INPUT_ERROR(Ledger::open(":memory:"), "is not a gridgov ledger");
}
