#pragma once
// The ledger's SQL schema, version by version (docs/ledger.md describes every table and column).

#include "Sqlite.hpp"

namespace gridgov::ledger::detail {

/// Creates the tables of the current schema in an empty database and sets its user_version;
/// runs inside the caller's transaction.
void create_schema(const sqlite::Database& db);

/// Brings a database of an older schema version up to the current one; runs inside the
/// caller's writing transaction, so a failure leaves the file as it was.
void migrate(const sqlite::Database& db, int version);

}  // namespace gridgov::ledger::detail
