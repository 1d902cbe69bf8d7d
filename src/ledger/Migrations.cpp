#include "Migrations.hpp"

#include <string>

#include "gridgov/ledger/Ledger.hpp"

namespace gridgov::ledger::detail {
namespace {

// Columns every appended record starts with: its row, its batch, its household and its day.
constexpr const char* appended = R"(
  id INTEGER PRIMARY KEY,
  batch INTEGER NOT NULL REFERENCES batches (id),
  household TEXT NOT NULL REFERENCES households (id),
  day INTEGER NOT NULL,)";

// A household's description, in households and household_updates.
constexpr const char* description = R"(
  building TEXT NOT NULL,
  size INTEGER NOT NULL CHECK (size >= 1),
  home_observation INTEGER NOT NULL CHECK (home_observation IN (0, 1)),
  returned_from_outside INTEGER NOT NULL CHECK (returned_from_outside IN (0, 1)),
  elderly_alone INTEGER NOT NULL CHECK (elderly_alone IN (0, 1)),
  language TEXT NOT NULL,
  needs_delivery INTEGER NOT NULL CHECK (needs_delivery IN (0, 1)))";

constexpr const char* meta_table = R"(
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;)";

constexpr const char* batches_table = R"(
CREATE TABLE batches (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('create', 'contacts', 'households', 'plans', 'promises', 'migration')),
  source TEXT NOT NULL,
  rows INTEGER NOT NULL CHECK (rows >= 0)
);)";

const std::string households_table = R"(
CREATE TABLE households (
  id TEXT PRIMARY KEY,)" + std::string(description) + R"(,
  reached INTEGER NOT NULL CHECK (reached IN (0, 1)),
  attempts INTEGER NOT NULL CHECK (attempts >= 0),
  last_attempt INTEGER NOT NULL,
  seen_evening INTEGER NOT NULL CHECK (seen_evening IN (0, 1)),
  level TEXT NOT NULL CHECK (level IN ('green', 'orange', 'red')),
  since INTEGER NOT NULL,
  moved_on INTEGER
);)";

constexpr const char* level_history_table = R"(
CREATE TABLE level_history (
  household TEXT NOT NULL REFERENCES households (id),
  day INTEGER NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('green', 'orange', 'red')),
  PRIMARY KEY (household, day)
) WITHOUT ROWID;)";

const std::string household_updates_table = R"(
CREATE TABLE household_updates ()" + std::string(appended) + description + R"(
);)";

const std::string contacts_table = R"(
CREATE TABLE contacts ()" + std::string(appended) + R"(
  time INTEGER NOT NULL CHECK (time BETWEEN 0 AND 86400),
  volunteers TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('reached', 'not_home', 'refused', 'moved', 'lights_on')),
  note TEXT NOT NULL
);)";

constexpr const char* plans_table = R"(
CREATE TABLE plans (
  day INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('door_knocking', 'evening', 'delivery', 'duty')),
  team TEXT NOT NULL,
  seq INTEGER NOT NULL CHECK (seq >= 0),
  batch INTEGER NOT NULL REFERENCES batches (id),
  target TEXT NOT NULL,
  start_time INTEGER NOT NULL CHECK (start_time BETWEEN 0 AND 86400),
  end_time INTEGER NOT NULL CHECK (end_time BETWEEN start_time AND 86400),
  status TEXT NOT NULL CHECK (status IN ('planned', 'done', 'missed')),
  PRIMARY KEY (day, kind, team, seq)
) WITHOUT ROWID;)";

const std::string promises_table = R"(
CREATE TABLE promises ()" + std::string(appended) + R"(
  window_start INTEGER NOT NULL CHECK (window_start BETWEEN 0 AND 86400),
  window_end INTEGER NOT NULL CHECK (window_end > window_start AND window_end <= 86400),
  note TEXT NOT NULL
);)";

constexpr const char* indexes = R"(
CREATE INDEX household_updates_by_household ON household_updates (household, day);
CREATE INDEX contacts_by_household ON contacts (household, day);
CREATE INDEX contacts_by_day ON contacts (day);
CREATE INDEX promises_by_day ON promises (day);)";

// Version 1 had no batches, no promises, and no batch column in contacts, household_updates
// and plans: each of those tables is rebuilt with its rows put in one batch, "migration".
void from_version_1(const sqlite::Database& db) {
  std::string sql = batches_table;
  sql += R"(
INSERT INTO batches (id, kind, source, rows) VALUES (1, 'migration', 'schema version 1',
  (SELECT count(*) FROM contacts) + (SELECT count(*) FROM household_updates) + (SELECT count(*) FROM plans));
ALTER TABLE contacts RENAME TO contacts_v1;
ALTER TABLE household_updates RENAME TO household_updates_v1;
ALTER TABLE plans RENAME TO plans_v1;)";
  sql += contacts_table;
  sql += household_updates_table;
  sql += plans_table;
  sql += promises_table;
  sql += R"(
INSERT INTO contacts (id, batch, household, day, time, volunteers, outcome, note)
  SELECT id, 1, household, day, time, volunteers, outcome, note FROM contacts_v1;
INSERT INTO household_updates (id, batch, household, day, building, size, home_observation, returned_from_outside,
                               elderly_alone, language, needs_delivery)
  SELECT id, 1, household, day, building, size, home_observation, returned_from_outside, elderly_alone, language,
         needs_delivery FROM household_updates_v1;
INSERT INTO plans (day, kind, team, seq, batch, target, start_time, end_time, status)
  SELECT day, kind, team, seq, 1, target, start_time, end_time, status FROM plans_v1;
DROP TABLE contacts_v1;
DROP TABLE household_updates_v1;
DROP TABLE plans_v1;)";
  sql += indexes;
  db.exec(sql, "migrate from schema version 1");
}

}  // namespace

void create_schema(const sqlite::Database& db) {
  std::string sql;
  for (const std::string& table : {std::string(meta_table), std::string(batches_table), households_table,
                                  std::string(level_history_table), household_updates_table, contacts_table,
                                  std::string(plans_table), promises_table})
    sql += table;
  sql += indexes;
  sql += "\nPRAGMA user_version = " + std::to_string(schema_version) + ";";
  db.exec(sql, "create the ledger's tables");
}

void migrate(const sqlite::Database& db, int version) {
  if (version == 1) from_version_1(db);
  db.exec("PRAGMA user_version = " + std::to_string(schema_version), "set the schema version");
}

}  // namespace gridgov::ledger::detail
